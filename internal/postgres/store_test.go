package postgres_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

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

// The near-duplicate index is vacuumed by the store itself after every
// nearUpkeepEvery rows it writes, so that the lookup's scans stay
// index-only where autovacuum is off or behind (sqlstore's upkeep).
func TestNearIndexUpkeep(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "storetest")
	s, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vacuums := func() int {
		t.Helper()
		conn, err := pgx.Connect(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var n int
		if err := conn.QueryRow(ctx, `SELECT vacuum_count FROM pg_stat_user_tables
			WHERE schemaname = current_schema() AND relname = 'near_keys'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	put := func(refs int) {
		t.Helper()
		items := make([]core.NearKeys, refs)
		for i := range items {
			items[i] = core.NearKeys{Ref: core.NewID()}
			for k := range 64 {
				items[i].Keys = append(items[i].Keys, int64(i*64+k))
			}
		}
		if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutNearKeysMany(ctx, items) }); err != nil {
			t.Fatal(err)
		}
	}
	put(200) // 12,800 rows: under the threshold
	if n := vacuums(); n != 0 {
		t.Fatalf("%d vacuums after 12,800 rows, want none yet", n)
	}
	put(100)  // 19,200: over it
	s.Close() // waits for the run
	if n := vacuums(); n != 1 {
		t.Errorf("%d vacuums after 19,200 rows, want 1", n)
	}
}

// near_put (migration 00014) inserts a text's key rows plainly and falls
// back to its ON CONFLICT DO NOTHING form where a row is already there:
// the same key twice in one ref's list, a key row left by another writer
// that near_key_sets does not show, and two transactions writing one ref
// at once (the second waits for the first, then finds its rows). Each
// must leave the ref's distinct keys, as the ON CONFLICT statement did.
func TestNearPutFallsBackOnConflict(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "storetest")
	s, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rowsOf := func(ref string) string {
		t.Helper()
		var got string
		if err := conn.QueryRow(ctx, `SELECT COALESCE(string_agg(key::text, ',' ORDER BY key), '') FROM near_keys WHERE ref = $1`, ref).Scan(&got); err != nil {
			t.Fatal(err)
		}
		return got
	}

	dup := core.NewID()
	if err := s.PutNearKeys(ctx, dup, []int64{5, 5, 6}); err != nil {
		t.Fatalf("a key twice in one list: %v", err)
	}
	if got := rowsOf(dup); got != "5,6" {
		t.Errorf("a key twice in one list left %q, want 5,6", got)
	}

	stray := core.NewID()
	if _, err := conn.Exec(ctx, `INSERT INTO near_keys (key, ref) VALUES (8, $1)`, stray); err != nil {
		t.Fatal(err)
	}
	if err := s.PutNearKeys(ctx, stray, []int64{7, 8}); err != nil {
		t.Fatalf("a key row already there: %v", err)
	}
	if got := rowsOf(stray); got != "7,8" {
		t.Errorf("a key row already there left %q, want 7,8", got)
	}

	both := core.NewID()
	keys := []int64{10, 11, 12}
	written, release := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- s.Tx(ctx, func(tx core.TxStore) error {
			if err := tx.PutNearKeysMany(ctx, []core.NearKeys{{Ref: both, Keys: keys}}); err != nil {
				return err
			}
			close(written)
			<-release
			return nil
		})
	}()
	<-written
	second := make(chan error, 1)
	go func() { second <- s.PutNearKeys(ctx, both, keys) }()
	time.Sleep(200 * time.Millisecond) // the second is waiting on the first's rows
	close(release)
	if err := <-first; err != nil {
		t.Fatalf("first writer: %v", err)
	}
	if err := <-second; err != nil {
		t.Fatalf("second writer of the same ref: %v", err)
	}
	if got := rowsOf(both); got != "10,11,12" {
		t.Errorf("two writers of one ref left %q, want 10,11,12", got)
	}
}
