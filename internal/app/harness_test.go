package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	copydesk "github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/testutil"
)

// runApp starts an App configured by env (read through LoadConfig) with its
// workers running, logging to log (nil discards). The returned context ends
// after 90 s; the workers stop and the app closes when the test ends.
func runApp(t *testing.T, env map[string]string, log *slog.Logger) (*App, context.Context) {
	t.Helper()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, err := LoadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	t.Cleanup(cancel)
	a, err := New(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.RunWorkers(wctx) }()
	t.Cleanup(func() { stop(); <-done })
	return a, ctx
}

// onEachStore runs test on SQLite and on a fresh PostgreSQL schema named
// after prefix, one after the other (tests that use it share one Redis
// database).
func onEachStore(t *testing.T, prefix string, test func(t *testing.T, dbURL string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, "sqlite:"+filepath.Join(t.TempDir(), prefix+".db")) })
	t.Run("postgres", func(t *testing.T) { test(t, testutil.FreshSchema(t, prefix)) })
}

// sampleLaunch is the bundled sample launch cut to its first n products, in
// locales.
func sampleLaunch(t *testing.T, n int, locales ...string) core.LaunchInput {
	t.Helper()
	var in core.LaunchInput
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	in.Products, in.Locales = in.Products[:n], locales
	return in
}

// approveUntilFinished approves every draft of the launch as it reaches
// in_review (as the reviewer, admin) and polls every 20 ms until each draft
// is published or failed; it returns the ids of the published drafts and
// fails the test if ctx ends first.
func approveUntilFinished(t *testing.T, ctx context.Context, a *App, admin *core.Token, launchID string) []string {
	t.Helper()
	approved := map[string]bool{}
	for {
		drafts, _, err := a.Service.ListDrafts(ctx, core.DraftFilter{LaunchID: launchID, Limit: 100}, "")
		if err != nil {
			t.Fatal(err)
		}
		var published []string
		finished := 0
		for _, d := range drafts {
			switch d.Status {
			case core.StatusInReview:
				if !approved[d.ID] {
					if _, err := a.Service.Approve(ctx, admin, d.ID, ""); err != nil {
						t.Fatalf("approve %s: %v (findings %+v)", d.ID, err, d.Findings)
					}
					approved[d.ID] = true
				}
			case core.StatusPublished:
				finished++
				published = append(published, d.ID)
			case core.StatusFailed:
				finished++
			}
		}
		if finished == len(drafts) {
			return published
		}
		if ctx.Err() != nil {
			t.Fatalf("drafts never finished: %+v", drafts)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
