package postgres

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestKeepIdleReusesThePoolsConnections: with keepIdle, many goroutines
// reading through database/sql, some inside transactions, more of them
// than the pool has connections, all finish (none waits in the pool for a
// connection database/sql keeps idle), and the pool hands out each of its
// connections once, not once a statement.
func TestKeepIdleReusesThePoolsConnections(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	u := testutil.FreshSchema(t, "keepidle")
	cfg, err := pgxpool.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	cfg.MaxConns = 3
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer pool.Close()
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	keepIdle(db, cfg)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				var n int
				if g%4 == 0 && i%5 == 0 {
					tx, err := db.BeginTx(ctx, nil)
					if err != nil {
						errs <- err
						return
					}
					err = tx.QueryRowContext(ctx, `SELECT $1::int`, i).Scan(&n)
					if cerr := tx.Commit(); err == nil {
						err = cerr
					}
					if err != nil {
						errs <- err
						return
					}
				} else if err := db.QueryRowContext(ctx, `SELECT $1::int`, i).Scan(&n); err != nil {
					errs <- err
					return
				}
				if n != i {
					errs <- context.Canceled
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	st := db.Stats()
	if st.MaxOpenConnections != 3 || st.OpenConnections > 3 || st.Idle == 0 {
		t.Errorf("database/sql: max open %d, open %d, idle %d; want 3, at most 3, some", st.MaxOpenConnections, st.OpenConnections, st.Idle)
	}
	if n := pool.Stat().AcquireCount(); n > 6 {
		t.Errorf("the pool handed out connections %d times for 800 statements, want each of its 3 about once", n)
	}
}
