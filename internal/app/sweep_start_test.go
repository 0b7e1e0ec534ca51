package app

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// TestEmbeddedFirstSweepLeavesThisRunsLaunch is issue #17's newcomer
// report, made deterministic: on a fresh database the demo's start-up
// logged "sweep enqueued drafts that had lost their task" for its own
// launch. The embedded first pass takes only drafts older than this run;
// it used to compute that as an age when it began and turn it back into a
// time after asking the in-process Redis for orphans, so on a busy start
// (Redis slow to answer: here locked) a launch stored in between fell
// before the cutoff, and drafts whose enqueue had not yet happened were
// enqueued as lost. The pass must read none of this run's drafts: neither
// a submitted launch (held in the window) nor one stored whose enqueue
// has not begun. On SQLite and on PostgreSQL (TEST_DATABASE_URL), with
// the in-process Redis.
func TestEmbeddedFirstSweepLeavesThisRunsLaunch(t *testing.T) {
	onEachStore(t, "sweepstart", testEmbeddedFirstSweep)
}

func testEmbeddedFirstSweep(t *testing.T, dbURL string) {
	cfg, err := LoadConfig(func(k string) string {
		return map[string]string{"DATABASE_URL": dbURL, "ADMIN_TOKEN": "a", "STUCK_AFTER": "1h", "RECONCILE_INTERVAL": "1h"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	a, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	type pass struct {
		r   core.SweepReport
		err error
	}
	passes := make(chan pass, 1)
	a.OnSweep = func(r core.SweepReport, err error) {
		select {
		case passes <- pass{r, err}:
		default:
		}
	}
	admin, err := a.Service.Authenticate(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}

	// New returned at once; the in-process Redis then stalls (a loaded
	// machine, the workers' first polls), holding the sweep in its first
	// question while the demo's launch is stored.
	a.Started = core.StoreTime(time.Now())
	a.miniredis.Lock()
	locked := true
	defer func() {
		if locked {
			a.miniredis.Unlock()
		}
	}()
	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	go a.RunSweep(runCtx)
	time.Sleep(100 * time.Millisecond)
	// A submission (its tasks wait in the window while Redis stalls) and a
	// launch stored whose enqueue has not begun (a submission between its
	// commit and its enqueue).
	if _, _, err := a.Service.SubmitLaunch(ctx, admin, sampleLaunch(t, 2, "en-GB"), ""); err != nil {
		t.Fatal(err)
	}
	in := sampleLaunch(t, 2, "en-GB", "fr-FR")
	l := &core.Launch{Name: in.Name, SourceLocale: in.SourceLocale, Locales: in.Locales, Channels: in.Channels, CreatedBy: "admin"}
	var drafts []*core.Draft
	for _, p := range in.Products {
		for _, loc := range in.Locales {
			drafts = append(drafts, &core.Draft{SKU: p.SKU, Locale: loc, Channel: in.Channels[0], Status: core.StatusQueued})
		}
	}
	if err := a.Service.CreateLaunch(ctx, l, in.Products, drafts); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	a.miniredis.Unlock()
	locked = false

	select {
	case p := <-passes:
		if p.err != nil || p.r.Stuck != 0 || p.r.Enqueued != 0 {
			t.Fatalf("the first pass = %+v, %v; want none of this run's drafts read, none enqueued", p.r, p.err)
		}
	case <-ctx.Done():
		t.Fatal("the first pass never finished")
	}
}
