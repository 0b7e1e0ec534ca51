package sqlstore_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/sqlstore"
)

// The embedded store's near-duplicate lookup from its copy of the index in
// memory (near_memory.go) gives what the table gives, whatever the writes
// before it: texts filed, re-keyed, un-keyed, several in one transaction,
// transactions rolled back, keys shared by more texts than perKey, keys
// asked twice, drafts gone failed, published copy; after the store is
// opened again; and while another process (a second store on the same
// file) writes the index too, when the copy takes its changes.
func TestNearMemoryAgreesWithTable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "near.db")
	s := openSQLite(t, path)
	defer func() { s.Close() }()
	if on, _ := s.NearMemoryOn(); !on {
		t.Fatal("the copy in memory is off on a new database")
	}
	rng := rand.New(rand.NewPCG(17, 19))
	l := &core.Launch{Name: "near", SourceLocale: "en-GB", Locales: []string{"en-GB", "fr-FR"}, Channels: []string{"pdp"},
		GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "test"}
	var ps []core.Product
	var ds []*core.Draft
	for i := range 150 {
		ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%03d", i), Name: "Charm", Category: "charm"})
		for _, loc := range l.Locales {
			ds = append(ds, &core.Draft{SKU: ps[i].SKU, Locale: loc, Channel: "pdp", Status: core.StatusInReview, Text: "copy " + loc})
		}
	}
	storeLaunch(t, s, l, ps, ds)
	var refs []string // every ref that can be indexed
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
	// 60 keys for 320 texts of up to 12 keys each: most keys file more
	// texts than perKey.
	randomKeys := func(n int) []int64 {
		keys := make([]int64, n)
		for i := range keys {
			keys[i] = int64(rng.IntN(60)) - 30
		}
		return keys
	}
	put := func(tx core.TxStore) error {
		ref := refs[rng.IntN(len(refs))]
		if rng.IntN(10) == 0 {
			return tx.PutNearKeys(ctx, ref, nil)
		}
		return tx.PutNearKeys(ctx, ref, randomKeys(1+rng.IntN(12)))
	}
	lookups := 0
	check := func(st *sqlstore.Store, step string) {
		t.Helper()
		for range 20 {
			d := ds[rng.IntN(len(ds))]
			keys := randomKeys(1 + rng.IntN(20))
			perKey, limit := 1+rng.IntN(12), 1+rng.IntN(40)
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
				t.Fatalf("%s: NearRefs(%v, %d, %d) = %+v from memory, %+v from the table", step, keys, perKey, limit, got, want)
			}
			lookups++
		}
	}
	errRollback := errors.New("rolled back")
	for step := range 200 {
		switch rng.IntN(5) {
		case 0: // one text a transaction
			if err := put(s); err != nil {
				t.Fatal(err)
			}
		case 1: // several, as the group commit does
			if err := s.Tx(ctx, func(tx core.TxStore) error {
				for range 1 + rng.IntN(8) {
					if err := put(tx); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
		case 2: // a ref given twice in one batch
			ref := refs[rng.IntN(len(refs))]
			if err := s.PutNearKeysMany(ctx, []core.NearKeys{{Ref: ref, Keys: randomKeys(5)}, {Ref: refs[0], Keys: randomKeys(3)},
				{Ref: ref, Keys: randomKeys(7)}}); err != nil {
				t.Fatal(err)
			}
		case 3: // rolled back: nothing changes
			if err := s.Tx(ctx, func(tx core.TxStore) error {
				if err := put(tx); err != nil {
					return err
				}
				return errRollback
			}); !errors.Is(err, errRollback) {
				t.Fatal(err)
			}
		case 4: // a draft fails: it is no longer compared
			d := ds[rng.IntN(len(ds))]
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
	if on, _ := s.NearMemoryOn(); !on {
		t.Fatal("the copy in memory turned off without another writer")
	}
	// Nothing else wrote: the copy answered every lookup.
	if answered, missed := s.NearMemoryLookups(); answered != int64(lookups) || missed != 0 {
		t.Errorf("%d lookups: the copy answered %d, left %d to the table", lookups, answered, missed)
	}
	// Opened again: the copy is built from the table.
	s.Close()
	s = openSQLite(t, path)
	check(s, "reopened")
	// Another process writes the same file, then both do, in turn: each
	// store's lookups still give the lists' answer, and its copy stays on,
	// taking the other's changes from the database (near_log and the
	// lists filed since).
	other := openSQLite(t, path)
	defer other.Close()
	for range 20 {
		if err := put(other); err != nil {
			t.Fatal(err)
		}
	}
	check(s, "after another writer")
	for i := range 60 {
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
	for _, st := range []*sqlstore.Store{s, other} {
		if on, _ := st.NearMemoryOn(); !on {
			t.Error("a copy in memory turned off with two writers")
		}
		if st.NearMemoryCaughtUp() == 0 {
			t.Error("a copy took no change of the other store")
		}
	}
	// Each copy is the one built from the lists.
	again := openSQLite(t, path)
	defer again.Close()
	if got, want := s.NearMemoryKeys(), again.NearMemoryKeys(); !reflect.DeepEqual(got, want) {
		t.Errorf("the copy kept: %v\nbuilt from the lists: %v", got, want)
	}
	if got, want := other.NearMemoryKeys(), again.NearMemoryKeys(); !reflect.DeepEqual(got, want) {
		t.Errorf("the other's copy: %v\nbuilt from the lists: %v", got, want)
	}
	if lookups < 4000 {
		t.Errorf("only %d lookups compared", lookups)
	}
}

// A copy further behind than near_log keeps (another process wrote more
// texts than that meanwhile) is built again from the lists, and answers
// as they do; a copy within it takes the changes alone.
func TestNearMemoryBehindTheLogCut(t *testing.T) {
	ctx := context.Background()
	sqlstore.SetNearLogCut(t, 8, 4)
	path := filepath.Join(t.TempDir(), "near.db")
	s := openSQLite(t, path)
	defer s.Close()
	other := openSQLite(t, path)
	defer other.Close()
	put := func(st *sqlstore.Store, i int) {
		t.Helper()
		// re-keyed refs (ref i%10) as well as new ones
		if err := st.PutNearKeys(ctx, fmt.Sprintf("ref%02d", i%10+i/30*10), []int64{int64(i % 7), int64(i % 5), 100}); err != nil {
			t.Fatal(err)
		}
	}
	lookup := func(st *sqlstore.Store) {
		t.Helper()
		for _, keys := range [][]int64{{0, 1}, {2, 3, 4}, {100}, {5, 6, 100}} {
			got, err := st.NearRefs(ctx, keys, 3, 5, core.NearFilter{})
			if err != nil {
				t.Fatal(err)
			}
			want, err := st.NearRefsTable(ctx, keys, 3, 5, core.NearFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("NearRefs(%v) = %+v from memory, %+v from the lists", keys, got, want)
			}
		}
	}
	for i := range 5 {
		put(other, i)
	}
	lookup(s)
	if s.NearMemoryBuilds() != 1 || s.NearMemoryCaughtUp() != 5 {
		t.Errorf("within the log: %d builds, %d changes taken; want 1 (at opening), 5", s.NearMemoryBuilds(), s.NearMemoryCaughtUp())
	}
	for i := 5; i < 60; i++ {
		put(other, i)
	}
	lookup(s)
	if s.NearMemoryBuilds() != 2 {
		t.Errorf("behind the log's cut: %d builds, want 2", s.NearMemoryBuilds())
	}
	again := openSQLite(t, path)
	defer again.Close()
	if got, want := s.NearMemoryKeys(), again.NearMemoryKeys(); !reflect.DeepEqual(got, want) {
		t.Errorf("the copy: %v\nbuilt from the lists: %v", got, want)
	}
}

// The lookup from the copy in memory reads each candidate's near_refs row
// by its number, never a scan of near_refs.
func TestNearMemoryPlanProbesCandidates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "plan.db")
	s := openSQLite(t, path)
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+sqlstore.NearMemoryRefs, "[1,2,3]", "L", "en-GB", "web", "SKU", "en-GB", "web", "SKU")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(plan, "\n")
	if !strings.Contains(joined, "SEARCH r USING INTEGER PRIMARY KEY") || strings.Contains(joined, "SCAN r") {
		t.Errorf("plan:\n%s", joined)
	}
}

// Lookups while the store's own transactions index texts: the copy stays
// on (a lookup that meets a commit not yet applied reads the table), and
// agrees with the table afterwards.
func TestNearMemoryConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "near.db")
	s := openSQLite(t, path)
	defer s.Close()
	refs := make([]string, 200)
	for i := range refs {
		refs[i] = fmt.Sprintf("ref%03d", i)
	}
	var g errgroup.Group
	for w := range 4 {
		g.Go(func() error {
			rng := rand.New(rand.NewPCG(uint64(w), 1))
			for range 100 {
				if err := s.Tx(ctx, func(tx core.TxStore) error {
					for range 1 + rng.IntN(5) {
						keys := []int64{int64(rng.IntN(40)), int64(rng.IntN(40)), int64(rng.IntN(40))}
						if err := tx.PutNearKeys(ctx, refs[rng.IntN(len(refs))], keys); err != nil {
							return err
						}
					}
					return nil
				}); err != nil {
					return err
				}
			}
			return nil
		})
	}
	for r := range 4 {
		g.Go(func() error {
			rng := rand.New(rand.NewPCG(uint64(r), 2))
			for range 300 {
				if _, err := s.NearRefs(ctx, []int64{int64(rng.IntN(40)), int64(rng.IntN(40))}, 4, 8, core.NearFilter{}); err != nil {
					return err
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		t.Fatal(err)
	}
	if on, clock := s.NearMemoryOn(); !on || clock < 400 {
		t.Fatalf("the copy in memory: on %v at %d", on, clock)
	}
	answered, missed := s.NearMemoryLookups()
	t.Logf("the copy answered %d lookups; %d statements met a count not the copy's", answered, missed)
	// Writing alone, the store never reads every list: the last try holds
	// its commits off.
	if scanned := s.NearMemoryScanned(); scanned != 0 || answered != 1200 {
		t.Errorf("%d lookups answered from the copy, %d read the lists; want 1200, 0", answered, scanned)
	}
	// The copy kept by the commits is the one built from the table.
	again := openSQLite(t, path)
	defer again.Close()
	if got, want := s.NearMemoryKeys(), again.NearMemoryKeys(); len(want) < 30 || !reflect.DeepEqual(got, want) {
		t.Errorf("the copy kept: %v\nbuilt from the table: %v", got, want)
	}
}

// openSQLite opens the embedded store at path, failing the test on an
// error.
func openSQLite(t *testing.T, path string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
