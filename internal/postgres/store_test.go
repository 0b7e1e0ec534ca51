package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/testutil"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/storetest"
)

func newStore(tb testing.TB) core.Store {
	tb.Helper()
	s, err := postgres.Open(context.Background(), testutil.FreshSchema(tb, "storetest"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	testutil.ServiceURL(t, "TEST_DATABASE_URL") // skip (or fail in CI) once, not per subtest
	storetest.Run(t, func(t *testing.T) core.Store { return newStore(t) })
}

// Replicas starting together migrate once; reopening migrates nothing.
func TestConcurrentOpen(t *testing.T) {
	u := testutil.FreshSchema(t, "storetest")
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
	testutil.ServiceURL(b, "TEST_DATABASE_URL")
	storetest.Benchmark(b, newStore)
}
