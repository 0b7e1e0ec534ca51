package sqlstore_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

// Lookups from PostgreSQL's copy that arrive together are sent in one
// statement (near_batch.go): each answer is the one its own statement
// gives (the rows of near_key_sets, NearRefsTable), for lookups of two
// launches, both locales and channels, drafts gone failed and published
// copy; while this process files keys meanwhile (its commits the batch's
// check may find the copy lacking) and another process does, no lookup
// errs and each later one agrees again; and batches of more than one
// lookup did form. Then the texts the same way (texts).
func TestNearBatchAgreesWithRows(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "nearbatch")
	s := openPostgres(t, u)
	defer s.Close()
	rng := rand.New(rand.NewPCG(5, 8))
	var rngMu sync.Mutex
	intN := func(n int) int { rngMu.Lock(); defer rngMu.Unlock(); return rng.IntN(n) }
	var ds []*core.Draft
	var refs []string
	for li := range 2 {
		l := &core.Launch{Name: fmt.Sprintf("batch %d", li), SourceLocale: "en-GB", Locales: []string{"en-GB", "fr-FR"},
			Channels: []string{"pdp", "email"}, GoLive: "2027-02-01", Mode: core.ModeGenerate, CreatedBy: "test"}
		var ps []core.Product
		var these []*core.Draft
		for i := range 40 {
			ps = append(ps, core.Product{SKU: fmt.Sprintf("SKU%03d", i%30), Name: "Charm", Category: "charm"})
			if i >= 30 {
				continue
			}
			for _, loc := range l.Locales {
				for _, ch := range l.Channels {
					these = append(these, &core.Draft{SKU: ps[i].SKU, Locale: loc, Channel: ch, Status: core.StatusInReview, Text: "copy " + loc})
				}
			}
		}
		ps = ps[:30]
		core.PrepareLaunch(l, len(ps), these, time.Now(), core.NewID)
		if err := s.Tx(ctx, func(tx core.TxStore) error {
			if err := tx.InsertLaunch(ctx, l); err != nil {
				return err
			}
			if err := tx.InsertProducts(ctx, l.ID, ps); err != nil {
				return err
			}
			return tx.InsertDrafts(ctx, these)
		}); err != nil {
			t.Fatal(err)
		}
		ds = append(ds, these...)
	}
	for _, d := range ds {
		refs = append(refs, d.ID)
	}
	for _, d := range ds[:30] {
		e := &core.CatalogueEntry{ID: core.NewID(), SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: "text " + d.ID,
			DraftID: d.ID, LaunchID: d.LaunchID, Category: "charm", Collection: "Moments", PublishedAt: time.Now()}
		if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertCatalogueEntry(ctx, e, d.Version) }); err != nil {
			t.Fatal(err)
		}
		refs = append(refs, e.ID)
	}
	for _, d := range ds[40:60] {
		cur, err := s.GetDraft(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		cur.Status = core.StatusFailed
		if err := s.SaveDraft(ctx, cur); err != nil {
			t.Fatal(err)
		}
	}
	randomKeys := func(n int) []int64 {
		keys := make([]int64, n)
		for i := range keys {
			keys[i] = int64(intN(40))
		}
		return keys
	}
	var items []core.NearKeys
	for _, r := range refs {
		items = append(items, core.NearKeys{Ref: r, Keys: randomKeys(4 + intN(8))})
	}
	if err := s.PutNearKeysMany(ctx, items); err != nil {
		t.Fatal(err)
	}
	type lookup struct {
		keys          []int64
		perKey, limit int
		f             core.NearFilter
	}
	newLookup := func() lookup {
		d := ds[intN(len(ds))]
		return lookup{keys: randomKeys(1 + intN(20)), perKey: 1 + intN(40), limit: 1 + intN(64),
			f: core.NearFilter{LaunchID: d.LaunchID, Locale: d.Locale, Channel: d.Channel, SKU: d.SKU}}
	}
	byRef := func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) }
	// agree runs n lookups from 24 goroutines at once and compares each
	// with the rows (nothing writes meanwhile).
	agree := func(step string, n int) {
		t.Helper()
		ls := make([]lookup, n)
		for i := range ls {
			ls[i] = newLookup()
		}
		got := make([][]core.NearRef, n)
		errs := make([]error, n)
		var wg sync.WaitGroup
		next := make(chan int)
		for range 24 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					got[i], errs[i] = s.NearRefs(ctx, ls[i].keys, ls[i].perKey, ls[i].limit, ls[i].f)
				}
			}()
		}
		for i := range ls {
			next <- i
		}
		close(next)
		wg.Wait()
		for i, l := range ls {
			if errs[i] != nil {
				t.Fatalf("%s: %v", step, errs[i])
			}
			want, err := s.NearRefsTable(ctx, l.keys, l.perKey, l.limit, l.f)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(got[i], byRef)
			slices.SortFunc(want, byRef)
			if len(got[i]) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got[i], want) {
				t.Fatalf("%s: NearRefs(%v, %d, %d, %+v) = %+v together, %+v from the rows", step, l.keys, l.perKey, l.limit, l.f, got[i], want)
			}
		}
	}
	agree("first", 400)
	batches, batched, _ := s.NearBatches()
	if batches == 0 || batched < 2*batches {
		t.Fatalf("%d statements of %d lookups together: none formed", batches, batched)
	}
	t.Logf("%d lookups together in %d statements", batched, batches)
	// Lookups while this process files keys (each commit one the batch's
	// check may see before the copy has it) and another process does.
	other := openPostgres(t, u) // another process writing: the copy catches up
	defer other.Close()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writeErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			r, w := refs[intN(len(refs))], s
			if intN(3) == 0 {
				w = other
			}
			if err := w.PutNearKeysMany(ctx, []core.NearKeys{{Ref: r, Keys: randomKeys(4 + intN(8))}}); err != nil {
				writeErr = err
				return
			}
		}
	}()
	var lwg sync.WaitGroup
	for range 24 {
		lwg.Add(1)
		go func() {
			defer lwg.Done()
			for range 20 {
				l := newLookup()
				if _, err := s.NearRefs(ctx, l.keys, l.perKey, l.limit, l.f); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	lwg.Wait()
	close(stop)
	wg.Wait()
	if writeErr != nil {
		t.Fatal(writeErr)
	}
	agree("after the writes", 400)
	texts(t, s, refs, intN)
	b2, batched2, alone := s.NearBatches()
	t.Logf("then %d lookups together in %d statements, %d sent back alone", batched2, b2, alone)
}

// texts reads random sets of refs' texts (refs named twice, refs of no
// text, drafts and published copy) from 24 goroutines at once: each answer
// is the one a statement of its own gives, no two share a signature's
// bytes, and reads of more than one call did form.
func texts(t *testing.T, s *sqlstore.Store, refs []string, intN func(int) int) {
	t.Helper()
	ctx := context.Background()
	for i, r := range refs[:40] { // texts with signatures
		if err := s.Tx(ctx, func(tx core.TxStore) error {
			d, err := tx.GetDraft(ctx, r)
			if err != nil {
				return nil // a catalogue entry
			}
			d.Text, d.NearSig = fmt.Sprintf("text %d", i), []byte{1, 2, byte(i)}
			return tx.SaveDraft(ctx, d)
		}); err != nil {
			t.Fatal(err)
		}
	}
	dec := &testEntries{}
	const n = 600
	asked := make([][]string, n)
	for i := range asked {
		for range 1 + intN(12) {
			if intN(10) == 0 {
				asked[i] = append(asked[i], "no-such-ref")
				continue
			}
			asked[i] = append(asked[i], refs[intN(60)])
		}
		if intN(5) == 0 {
			asked[i] = append(asked[i], asked[i][0])
		}
	}
	got := make([][]core.NearRef, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	next := make(chan int)
	for range 24 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if i%2 == 1 {
					// Odd calls with their entries made as read, together
					// with each other (one decoder) and not with the even.
					got[i], errs[i] = s.NearEntriesOf(ctx, asked[i], dec)
					continue
				}
				got[i], errs[i] = s.NearTextsOf(ctx, asked[i])
			}
		}()
	}
	for i := range asked {
		next <- i
	}
	close(next)
	wg.Wait()
	sigs := map[*byte]int{}
	byRef := func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) }
	for i := range asked {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		want, err := s.NearTextsAlone(ctx, asked[i])
		if err != nil {
			t.Fatal(err)
		}
		if i%2 == 1 {
			want = entriesAsMade(want, dec)
			alone, err := s.NearEntriesAlone(ctx, asked[i], dec)
			if err != nil {
				t.Fatal(err)
			}
			slices.SortFunc(alone, byRef)
			slices.SortFunc(want, byRef)
			if !reflect.DeepEqual(alone, want) {
				t.Fatalf("NearEntriesOf(%v) = %+v alone, %+v from the texts", asked[i], alone, want)
			}
		}
		slices.SortFunc(got[i], byRef)
		slices.SortFunc(want, byRef)
		if !reflect.DeepEqual(got[i], want) {
			t.Fatalf("NearTextsOf(%v) = %+v together, %+v alone", asked[i], got[i], want)
		}
		for _, r := range got[i] {
			if len(r.Sig) > 0 {
				if j, ok := sigs[&r.Sig[0]]; ok && j != i {
					t.Fatalf("calls %d and %d share %s's signature", j, i, r.Ref)
				}
				sigs[&r.Sig[0]] = i
			}
		}
	}
	batches, batched := s.NearTextsBatches()
	if batches == 0 {
		t.Fatal("no texts read together")
	}
	if dec.made.Load() == 0 {
		t.Fatal("no entry made")
	}
	t.Logf("texts: %d calls together in %d statements, %d entries made", batched, batches, dec.made.Load())
}

// testEntries is a core.NearEntryDecoder that reads a signature whose
// last byte is even: its entry names the row and copies the bytes (they
// are the row's only during the call).
type testEntries struct{ made atomic.Int64 }

type testEntry struct {
	ref       string
	catalogue bool
	version   int
	sig       string
}

func (d *testEntries) NearEntry(ref string, catalogue bool, version int, sig []byte) any {
	if sig[len(sig)-1]%2 != 0 {
		return nil
	}
	d.made.Add(1)
	return &testEntry{ref: ref, catalogue: catalogue, version: version, sig: string(sig)}
}

// entriesAsMade is NearEntriesOf's answer from NearTextsOf's: each row
// with a text whose signature dec reads has its entry and neither text nor
// signature.
func entriesAsMade(rows []core.NearRef, dec *testEntries) []core.NearRef {
	for i, r := range rows {
		if r.Text == "" || len(r.Sig) == 0 || r.Sig[len(r.Sig)-1]%2 != 0 {
			continue
		}
		rows[i] = core.NearRef{Ref: r.Ref, Catalogue: r.Catalogue, Version: r.Version,
			Entry: &testEntry{ref: r.Ref, catalogue: r.Catalogue, version: r.Version, sig: string(r.Sig)}}
	}
	return rows
}
