package sqlstore_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

func openPostgres(t testing.TB, u string) *sqlstore.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), u)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// openNamedPostgres opens a fresh schema (testutil.FreshSchema) whose
// connections carry an application_name of app, this process's ID and the
// time, so that a benchmark can find its own backends in pg_stat_activity;
// it returns the store and that name.
func openNamedPostgres(t testing.TB, schema, app string) (*sqlstore.Store, string) {
	t.Helper()
	u := testutil.FreshSchema(t, schema)
	app += strconv.Itoa(os.Getpid()) + strconv.FormatInt(time.Now().UnixNano()%1e6, 10)
	if strings.Contains(u, "?") {
		u += "&application_name=" + app
	} else {
		u += "?application_name=" + app
	}
	return openPostgres(t, u), app
}

// storeLaunch prepares launch l with its products and drafts
// (core.PrepareLaunch) and stores the three in one transaction.
func storeLaunch(t testing.TB, s *sqlstore.Store, l *core.Launch, ps []core.Product, ds []*core.Draft) {
	t.Helper()
	ctx := context.Background()
	core.PrepareLaunch(l, len(ps), ds, time.Now(), core.NewID)
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.InsertLaunch(ctx, l); err != nil {
			return err
		}
		if err := tx.InsertProducts(ctx, l.ID, ps); err != nil {
			return err
		}
		return tx.InsertDrafts(ctx, ds)
	}); err != nil {
		t.Fatal(err)
	}
}

// PostgreSQL's near-duplicate lookup from each process's copy of the index
// in memory (near_sets.go) gives what the rows of near_key_sets give,
// whatever the writes before it: texts filed, re-keyed, un-keyed, several
// in one transaction, transactions rolled back, keys shared by more texts
// than perKey, drafts gone failed, published copy; after the store is
// opened again; while another process (a second store on the same schema)
// writes too, in turn and at once, when the copy takes its commits from
// near_log; with re-keyed refs' old numbers taken out of the keys every
// few changes. Each copy ends equal to one built afresh.
func TestNearSetsAgreesWithRows(t *testing.T) {
	ctx := context.Background()
	sqlstore.SetNearSetsCompactAt(t, 16) // re-keyed refs' old numbers taken out often
	u := testutil.FreshSchema(t, "nearsets")
	s := openPostgres(t, u)
	defer func() { s.Close() }()
	rng := rand.New(rand.NewPCG(17, 23))
	var rngMu sync.Mutex
	intN := func(n int) int { rngMu.Lock(); defer rngMu.Unlock(); return rng.IntN(n) }
	l := &core.Launch{Name: "near", SourceLocale: "en-GB", Locales: []string{"en-GB", "fr-FR"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "test"}
	var ps []core.Product
	var ds []*core.Draft
	for i := range 100 {
		ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%03d", i), Name: "Charm", Category: "charm"})
		for _, loc := range l.Locales {
			ds = append(ds, &core.Draft{SKU: ps[i].SKU, Locale: loc, Channel: "pdp", Status: core.StatusInReview, Text: "copy " + loc})
		}
	}
	storeLaunch(t, s, l, ps, ds)
	var refs []string
	for _, d := range ds {
		refs = append(refs, d.ID)
	}
	for _, d := range ds[:20] {
		e := &core.CatalogueEntry{ID: core.NewID(), SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: "text " + d.ID,
			DraftID: d.ID, LaunchID: d.LaunchID, Category: "charm", Collection: "Moments", PublishedAt: time.Now()}
		if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertCatalogueEntry(ctx, e, d.Version) }); err != nil {
			t.Fatal(err)
		}
		refs = append(refs, e.ID)
	}
	randomKeys := func(n int) []int64 {
		keys := make([]int64, n)
		for i := range keys {
			keys[i] = int64(intN(60)) - 30
		}
		return keys
	}
	put := func(tx core.TxStore) error {
		ref := refs[intN(len(refs))]
		if intN(10) == 0 {
			return tx.PutNearKeys(ctx, ref, nil)
		}
		return tx.PutNearKeys(ctx, ref, randomKeys(1+intN(12)))
	}
	lookups := 0
	check := func(st *sqlstore.Store, step string) {
		t.Helper()
		for range 10 {
			d := ds[intN(len(ds))]
			keys := randomKeys(1 + intN(20))
			perKey, limit := 1+intN(12), 1+intN(40)
			f := core.NearFilter{LaunchID: l.ID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU}
			got, err := st.NearRefs(ctx, keys, perKey, limit, f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := st.NearRefsTable(ctx, keys, perKey, limit, f)
			if err != nil {
				t.Fatal(err)
			}
			byRef := func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) }
			slices.SortFunc(got, byRef)
			slices.SortFunc(want, byRef)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: NearRefs(%v, %d, %d) = %+v from memory, %+v from the rows", step, keys, perKey, limit, got, want)
			}
			lookups++
		}
	}
	errRollback := errors.New("rolled back")
	began := time.Now()
	for step := range 120 {
		switch intN(5) {
		case 0:
			if err := put(s); err != nil {
				t.Fatal(err)
			}
		case 1: // several, as the group commit does, in its pipeline
			if err := s.Tx(ctx, func(tx core.TxStore) error {
				return tx.(core.PipelinedTx).Pipelined(ctx, func() error {
					for range 1 + intN(8) {
						if err := put(tx); err != nil {
							return err
						}
					}
					return nil
				})
			}); err != nil {
				t.Fatal(err)
			}
		case 2:
			ref := refs[intN(len(refs))]
			if err := s.PutNearKeysMany(ctx, []core.NearKeys{{Ref: ref, Keys: randomKeys(5)}, {Ref: refs[0], Keys: randomKeys(3)},
				{Ref: ref, Keys: randomKeys(7)}}); err != nil {
				t.Fatal(err)
			}
		case 3:
			if err := s.Tx(ctx, func(tx core.TxStore) error {
				if err := put(tx); err != nil {
					return err
				}
				return errRollback
			}); !errors.Is(err, errRollback) {
				t.Fatal(err)
			}
		case 4:
			d := ds[intN(len(ds))]
			cur, err := s.GetDraft(ctx, d.ID)
			if err != nil {
				t.Fatal(err)
			}
			cur.Status = core.StatusFailed
			if err := s.SaveDraft(ctx, cur); err != nil {
				t.Fatal(err)
			}
		}
		check(s, fmt.Sprintf("step %d", step))
	}
	// Nothing else wrote: the copy answered every lookup at once.
	if answered, missed, _, _, builds := s.NearSetsCounts(); answered != int64(lookups) || missed != 0 || builds != 1 {
		t.Errorf("%d lookups: the copy answered %d at once, %d after a catch-up, built %d times", lookups, answered, missed, builds)
	}
	t.Logf("alone: %v", time.Since(began))
	s.Close()
	s = openPostgres(t, u)
	check(s, "reopened")
	other := openPostgres(t, u)
	defer other.Close()
	for range 20 {
		if err := put(other); err != nil {
			t.Fatal(err)
		}
	}
	check(s, "after another writer")
	for i := range 40 {
		w := s
		if i%3 == 0 {
			w = other
		}
		if err := put(w); err != nil {
			t.Fatal(err)
		}
		check(s, fmt.Sprintf("both writing, %d", i))
		check(other, fmt.Sprintf("both writing, the other, %d", i))
	}
	t.Logf("in turn: %v", time.Since(began))
	// Both at once, with lookups of both meanwhile; then each copy's
	// lookups agree with the rows once the writers are done.
	var wg sync.WaitGroup
	for _, w := range []*sqlstore.Store{s, other, s, other} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 30 {
				if err := w.Tx(ctx, func(tx core.TxStore) error {
					for range 1 + intN(4) {
						if err := put(tx); err != nil {
							return err
						}
					}
					return nil
				}); err != nil {
					t.Error(err)
					return
				}
				if _, err := w.NearRefs(ctx, randomKeys(8), 4, 10, core.NearFilter{LaunchID: l.ID, Locale: "en-GB", Channel: "pdp"}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	t.Logf("at once: %v", time.Since(began))
	// Transactions that only file keys take their rows' locks in one
	// order (sendNear, near_put in ref order): none deadlocked, so none
	// was run again.
	if r := s.TxRetries() + other.TxRetries(); r != 0 {
		t.Errorf("%d transactions run again after a deadlock", r)
	}
	for _, st := range []*sqlstore.Store{s, other} {
		a, m, sc, cu, b := st.NearSetsCounts()
		t.Logf("answered %d, missed %d, scanned %d, caught up %d refs, built %d", a, m, sc, cu, b)
	}
	check(s, "after both at once")
	check(other, "after both at once, the other")
	for _, st := range []*sqlstore.Store{s, other} {
		if _, _, _, caughtUp, _ := st.NearSetsCounts(); caughtUp == 0 {
			t.Error("a copy took no commit of the other store")
		}
	}
	again := openPostgres(t, u)
	defer again.Close()
	if _, err := again.NearSetsCandidates(ctx, nil, 1, 1); err != nil {
		t.Fatal(err)
	}
	for _, st := range []*sqlstore.Store{s, other} {
		if got, want := st.NearSetsKeys(), again.NearSetsKeys(); !reflect.DeepEqual(got, want) {
			t.Errorf("the copy kept: %v\nbuilt from the rows: %v", got, want)
		}
	}
	if lookups < 1500 {
		t.Errorf("only %d lookups compared", lookups)
	}
}

// A key gives its first perKey refs in ref order (byte order, as
// near_keys' COLLATE "C" ordered them) whatever order they were filed in,
// and ties go by ref: what near_candidates (migration 00011) answered.
func TestNearSetsPerKeyInRefOrder(t *testing.T) {
	ctx := context.Background()
	s := openPostgres(t, testutil.FreshSchema(t, "nearsets"))
	defer s.Close()
	for i := 39; i >= 0; i-- {
		if err := s.PutNearKeys(ctx, fmt.Sprintf("r%02d", i), []int64{7}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutNearKeys(ctx, "r05", []int64{7, 8}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutNearKeys(ctx, "r39", []int64{7, 8, 9}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutNearKeys(ctx, "R99", []int64{10}); err != nil { // upper case sorts first in byte order
		t.Fatal(err)
	}
	if err := s.PutNearKeys(ctx, "r99", []int64{10}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		keys          []int64
		perKey, limit int
		want          string
	}{
		{[]int64{7}, 5, 100, "r00:1 r01:1 r02:1 r03:1 r04:1"},
		{[]int64{7, 8, 9}, 32, 4, "r05:2 r39:2 r00:1 r01:1"},
		{[]int64{9, 11}, 32, 64, "r39:1"},
		{[]int64{10}, 1, 64, "R99:1"},
		{[]int64{7, 7}, 1, 64, "r00:2"},
	} {
		got, err := s.NearSetsCandidates(ctx, tc.keys, tc.perKey, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("candidates(%v, %d, %d) = %v, want %s", tc.keys, tc.perKey, tc.limit, got, tc.want)
		}
	}
}

// A copy whose snapshot is not past the log's cut (near_log_cut: rows up
// to it may be gone) is built again at its next lookup that finds it so,
// and answers as the rows do.
func TestNearSetsBehindTheLogCut(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "nearsets")
	s := openPostgres(t, u)
	defer s.Close()
	other := openPostgres(t, u)
	defer other.Close()
	for i := range 10 {
		if err := s.PutNearKeys(ctx, fmt.Sprintf("ref%02d", i), []int64{int64(i % 3), 100}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.NearRefs(ctx, []int64{100}, 20, 20, core.NearFilter{}); err != nil {
		t.Fatal(err)
	}
	// Another process re-keys and files texts, then the log is cut past
	// everything (as nearUpkeep does for old rows).
	for i := range 5 {
		if err := other.PutNearKeys(ctx, fmt.Sprintf("ref%02d", i*2), []int64{200}); err != nil {
			t.Fatal(err)
		}
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `WITH gone AS (DELETE FROM near_log RETURNING xid)
		UPDATE near_log_cut SET cut = (SELECT max(xid) FROM gone)`); err != nil {
		t.Fatal(err)
	}
	_, _, _, _, before := s.NearSetsCounts()
	if _, err := s.NearRefs(ctx, []int64{100}, 20, 20, core.NearFilter{}); err != nil {
		t.Fatal(err)
	}
	if _, _, _, _, after := s.NearSetsCounts(); after != before+1 {
		t.Errorf("builds %d -> %d: want the copy built again", before, after)
	}
	for _, keys := range [][]int64{{100}, {200}, {0, 1, 2}} {
		got, err := s.NearSetsCandidates(ctx, keys, 20, 20)
		if err != nil {
			t.Fatal(err)
		}
		fresh := openPostgres(t, u)
		want, err := fresh.NearSetsCandidates(ctx, keys, 20, 20)
		fresh.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("candidates(%v) = %v after the rebuild, %v built afresh", keys, got, want)
		}
	}
}

// A transaction's puts of several refs lock the refs' rows in ref order,
// whatever order it made them in: one that put b then a waits for a
// (held by another transaction) before it takes b, so the other can take
// b and commit. Before, it took b at its put and waited for a while the
// other waited for b: a deadlock (SQLSTATE 40P01), one of the two rolled
// back. Each transaction here runs once: none was a deadlock's victim
// run again (Store.run).
func TestNearPutsLockInRefOrder(t *testing.T) {
	ctx := context.Background()
	s, app := openNamedPostgres(t, "nearsets", "nearlock")
	defer s.Close()
	const a, b = "ref-a", "ref-b"
	var runs1, runs2 atomic.Int32
	holdingA, release := make(chan struct{}), make(chan struct{})
	errs := make(chan error, 2)
	go func() {
		errs <- s.Tx(ctx, func(tx core.TxStore) error {
			runs1.Add(1)
			if err := tx.PutNearKeys(ctx, a, []int64{1}); err != nil {
				return err
			}
			if _, err := tx.ListDraftVersions(ctx, "none"); err != nil { // the put is sent before it
				return err
			}
			if runs1.Load() == 1 {
				close(holdingA)
				<-release
			}
			return tx.PutNearKeys(ctx, b, []int64{1})
		})
	}()
	<-holdingA
	go func() {
		errs <- s.Tx(ctx, func(tx core.TxStore) error {
			runs2.Add(1)
			if err := tx.PutNearKeys(ctx, b, []int64{2}); err != nil {
				return err
			}
			if err := tx.PutNearKeys(ctx, a, []int64{2}); err != nil {
				return err
			}
			_, err := tx.ListDraftVersions(ctx, "none")
			return err
		})
	}()
	// The second waits for a's row lock (not a wall-clock bound: the
	// deadline only ends a test that hangs).
	waitForLockWait(ctx, t, app)
	close(release)
	for range 2 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if runs1.Load() != 1 || runs2.Load() != 1 || s.TxRetries() != 0 {
		t.Errorf("runs %d and %d, %d run again: want each once", runs1.Load(), runs2.Load(), s.TxRetries())
	}
	// The second committed last: both refs have its keys.
	got, err := s.NearSetsCandidates(ctx, []int64{1, 2}, 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := "ref-a:1 ref-b:1"; strings.Join(got, " ") != want {
		t.Errorf("candidates of keys 1 and 2 = %v, want %s (each with key 2 alone)", got, want)
	}
}
