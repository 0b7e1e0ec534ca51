package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/storetest"
)

// databaseURL returns TEST_DATABASE_URL; without it the test is skipped,
// except in CI where a missing database must fail loudly.
func databaseURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv("TEST_DATABASE_URL")
	if u == "" {
		if os.Getenv("CI") != "" {
			tb.Fatal("TEST_DATABASE_URL is not set (required in CI)")
		}
		tb.Skip("TEST_DATABASE_URL is not set")
	}
	return u
}

// freshSchema creates a schema of a random name, dropped on cleanup, and
// returns a URL whose sessions use it: each store gets its own tables and
// migrations, so tests can run side by side.
func freshSchema(tb testing.TB) string {
	tb.Helper()
	base := databaseURL(tb)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "storetest_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		tb.Fatalf("connecting to TEST_DATABASE_URL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			tb.Errorf("cleanup: %v", err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			tb.Errorf("cleanup: %v", err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		tb.Fatal(err)
	}
	// pgx turns unknown URL parameters into RuntimeParams, so this sets the
	// session's search_path on every pooled connection.
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func newStore(tb testing.TB) core.Store {
	tb.Helper()
	s, err := postgres.Open(context.Background(), freshSchema(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	databaseURL(t) // skip (or fail in CI) once, not per subtest
	storetest.Run(t, func(t *testing.T) core.Store { return newStore(t) })
}

// Replicas starting together migrate once; reopening migrates nothing.
func TestConcurrentOpen(t *testing.T) {
	u := freshSchema(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := postgres.Open(context.Background(), u)
			if err == nil {
				err = s.Ping(context.Background())
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}

func TestOpenErrorHidesURL(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://user:s3cret@127.0.0.1:1/db?connect_timeout=1")
	if err == nil {
		t.Fatal("Open of an unreachable database succeeded")
	}
	if msg := core.ErrorMessage(err); strings.Contains(msg, "s3cret") || strings.Contains(msg, "127.0.0.1") {
		t.Errorf("caller-safe message leaks the URL: %q", msg)
	}
}

func BenchmarkCreateLaunch(b *testing.B) {
	databaseURL(b)
	storetest.Benchmark(b, newStore)
}
