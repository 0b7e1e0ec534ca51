package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/storetest"
)

func newStore(tb testing.TB) core.Store {
	tb.Helper()
	// A nested path also checks that Open creates the parent directory.
	s, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "data", "copydesk.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) core.Store { return newStore(t) })
}

func TestMemory(t *testing.T) {
	s, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ping(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStyleGuide(ctx, core.StyleGuideDoc{Version: "v1", Body: "b", CreatedAt: time.Now()}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Migrations already applied are skipped; data survives.
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if doc, err := s.CurrentStyleGuide(ctx); err != nil || doc.Version != "v1" {
		t.Fatalf("after reopen: %+v, %v", doc, err)
	}
}

func BenchmarkCreateLaunch(b *testing.B) {
	storetest.Benchmark(b, newStore)
}

// Two handles on one file (say the API and a CLI) write at once: busy_timeout
// and BEGIN IMMEDIATE make them wait for each other instead of failing.
func TestTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "copydesk.db")
	var stores []*sqlite.Store
	var svcs []*core.Service
	for range 2 {
		s, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		stores = append(stores, s)
		svcs = append(svcs, core.NewService(core.Deps{Store: s}, core.Config{}))
	}
	l := &core.Launch{Name: "two", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"}}
	var ps []core.Product
	var ds []*core.Draft
	for i := range 40 {
		sku := fmt.Sprintf("S%02d", i)
		ps = append(ps, core.Product{SKU: sku, Name: sku, Category: "ring"})
		ds = append(ds, &core.Draft{SKU: sku, Locale: "en-GB", Channel: "pdp"})
	}
	if err := svcs[0].CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 5*len(ds))
	for i, d := range ds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				err := stores[i%2].Tx(ctx, func(tx core.TxStore) error {
					d, err := tx.LockDraft(ctx, d.ID)
					if err != nil {
						return err
					}
					d.Attempts++
					if err := tx.SaveDraft(ctx, d); err != nil {
						return err
					}
					return tx.AppendEvents(ctx, []*core.Event{{LaunchID: d.LaunchID, DraftID: d.ID, At: time.Now(), Event: "tick", To: d.Status}})
				})
				if err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got, err := svcs[1].GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatalf("GetLaunch: %v", err)
	}
	if got.Counts[core.StatusQueued] != 40 {
		t.Fatalf("counts = %v", got.Counts)
	}
	evs, err := stores[0].ListEvents(ctx, core.EventFilter{LaunchID: l.ID})
	if err != nil || len(evs) != 40*6 || evs[len(evs)-1].Seq != 40*6 {
		t.Fatalf("%d events, %v; want %d with seqs 1..n", len(evs), err, 40*6)
	}
}
