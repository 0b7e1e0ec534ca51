package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/testutil"
)

// sqlStateError is a driver's error with its SQLSTATE (as pgconn.PgError
// carries one).
type sqlStateError string

func (e sqlStateError) Error() string    { return "SQLSTATE " + string(e) }
func (e sqlStateError) SQLState() string { return string(e) }

// A write transaction the database rolled back whole (a deadlock's
// victim, 40P01; a serialization failure, 40001) is run again, fn
// included, at most four times in all; any other error, and a read-only
// transaction's, is not.
func TestTxRunsAgainAfterADeadlock(t *testing.T) {
	ctx := context.Background()
	s := openSQLite(t, filepath.Join(t.TempDir(), "retry.db"))
	defer s.Close()
	for _, tc := range []struct {
		name      string
		errs      []error // what each run returns, nil past the end
		runs      int
		wantErr   bool
		wantAgain int64
	}{
		{"deadlock once", []error{sqlStateError("40P01")}, 2, false, 1},
		{"serialization failure twice", []error{sqlStateError("40001"), sqlStateError("40001")}, 3, false, 2},
		{"wrapped in the batch's error", []error{errors.Join(errors.New("batch"), core.Wrap(core.CodeUnavailable, sqlStateError("40P01"), "x"))}, 2, false, 1},
		{"deadlock every time", []error{sqlStateError("40P01"), sqlStateError("40P01"), sqlStateError("40P01"), sqlStateError("40P01"), sqlStateError("40P01")}, 4, true, 3},
		{"another SQLSTATE", []error{sqlStateError("23505")}, 1, true, 0},
		{"not a database error", []error{errors.New("no")}, 1, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := s.TxRetries()
			runs := 0
			err := s.Tx(ctx, func(tx core.TxStore) error {
				runs++
				if runs <= len(tc.errs) {
					return tc.errs[runs-1]
				}
				return nil
			})
			if (err != nil) != tc.wantErr || runs != tc.runs || s.TxRetries()-before != tc.wantAgain {
				t.Errorf("err %v after %d runs, %d again: want error %v, %d runs, %d again", err, runs, s.TxRetries()-before, tc.wantErr, tc.runs, tc.wantAgain)
			}
		})
	}
	runs := 0
	if err := s.View(ctx, func(tx core.TxStore) error { runs++; return sqlStateError("40P01") }); err == nil || runs > 2 {
		t.Errorf("a view: %v after %d runs, want an error after at most 2 (its own retry of a transient error)", err, runs)
	}
}

// Two transactions that lock two drafts in opposite orders, a statement
// each (what no store can order): PostgreSQL rolls one back as the
// deadlock's victim, and the store runs it again (again if it meets the
// same deadlock, within the bound); both succeed.
func TestDeadlockVictimRunsAgain(t *testing.T) {
	ctx := context.Background()
	s, app := openNamedPostgres(t, "txretry", "txretry")
	defer s.Close()
	l := &core.Launch{Name: "retry", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "test"}
	ps := []core.Product{{SKU: "A", Name: "Charm", Category: "charm"}, {SKU: "B", Name: "Charm", Category: "charm"}}
	ds := []*core.Draft{{SKU: "A", Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview, Text: "a"},
		{SKU: "B", Locale: "en-GB", Channel: "pdp", Status: core.StatusInReview, Text: "b"}}
	storeLaunch(t, s, l, ps, ds)
	x, y := ds[0].ID, ds[1].ID
	var runs1, runs2 atomic.Int32
	holdingX, release := make(chan struct{}), make(chan struct{})
	lockBoth := func(runs *atomic.Int32, first, second string, hold func()) func(core.TxStore) error {
		return func(tx core.TxStore) error {
			n := runs.Add(1)
			d, err := tx.LockDraft(ctx, first)
			if err != nil {
				return err
			}
			if n == 1 && hold != nil {
				hold()
			}
			if _, err := tx.LockDraft(ctx, second); err != nil {
				return err
			}
			d.Feedback = fmt.Sprintf("run %d", n)
			return tx.SaveDraft(ctx, d)
		}
	}
	errs := make(chan error, 2)
	go func() {
		errs <- s.Tx(ctx, lockBoth(&runs1, x, y, func() { close(holdingX); <-release }))
	}()
	<-holdingX
	go func() { errs <- s.Tx(ctx, lockBoth(&runs2, y, x, nil)) }()
	// The second holds y and waits for x (the deadline only ends a test
	// that hangs); then the first asks for y.
	waitForLockWait(ctx, t, app)
	close(release)
	for range 2 {
		if err := <-errs; err != nil {
			t.Errorf("a transaction failed: %v", err)
		}
	}
	// At least one run again; the victim can meet the same deadlock
	// again (it may lock its first row before the winner, woken, locks
	// it), within the bound.
	if r := s.TxRetries(); r < 1 || int64(runs1.Load()+runs2.Load()) != 2+r {
		t.Errorf("%d + %d runs, %d run again: want at least one run again, each counted", runs1.Load(), runs2.Load(), r)
	}
	t.Logf("%d + %d runs", runs1.Load(), runs2.Load())
}

// waitForLockWait returns once a backend of application app waits on a
// lock (pg_stat_activity.wait_event_type 'Lock'), polling every 5 ms. The
// minute's deadline only ends a test that hangs; it is no timing bound.
func waitForLockWait(ctx context.Context, t *testing.T, app string) {
	t.Helper()
	conn, err := pgx.Connect(ctx, testutil.ServiceURL(t, "TEST_DATABASE_URL"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for deadline := time.Now().Add(time.Minute); ; {
		var waiting int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
			app).Scan(&waiting); err != nil {
			t.Fatal(err)
		}
		if waiting > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the second transaction never waited for a lock")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
