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
