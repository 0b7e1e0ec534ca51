package storetest

import (
	"context"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var launchTests = []test{
	{"InsertGet", testInsertGetLaunch},
	{"Progress", testLaunchProgress},
	{"StatusCounts", testStatusCounts},
	{"Spend", testLaunchSpend},
	{"Idempotency", testIdempotency},
	{"Products", testProducts},
	{"ProductsTogether", testProductsTogether},
	{"ProductsWithGuide", testProductsWithGuide},
	{"Rollback", testRollback},
	{"NotFound", testLaunchNotFound},
}

func testInsertGetLaunch(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("Spring Hearts", 3, []string{"en-GB", "fr-FR"}, []string{"pdp"})
	l.IdempotencyKey, l.IdempotencyOwner, l.RequestHash, l.Budget = "key-1", "tok-1", "hash-1", 12.5
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *l
	want.ProductCount = 3
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("GetLaunch =\n%+v\nwant\n%+v", got, &want)
	}
	if got.CreatedAt.Location() != time.UTC {
		t.Errorf("CreatedAt %v is not UTC", got.CreatedAt)
	}
	// View sees the same through a read-only transaction.
	err = s.View(ctx, func(tx core.TxStore) error {
		v, err := tx.GetLaunch(ctx, l.ID)
		if err == nil && !reflect.DeepEqual(v, got) {
			t.Errorf("GetLaunch in View = %+v", v)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testLaunchProgress(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "progress", 2, "en-GB", "fr-FR")
	set(t, s, ds[0].ID, core.StatusInReview, func(d *core.Draft) { d.Usage = core.Usage{PromptTokens: 100, CompletionTokens: 20, Cost: 0.5} })
	set(t, s, ds[1].ID, core.StatusFailed, func(d *core.Draft) { d.Usage = core.Usage{PromptTokens: 10, CompletionTokens: 2, Cost: 0.25} })
	counts, usage, err := s.LaunchProgress(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := map[core.Status]int{}
	for _, st := range core.Statuses {
		want[st] = 0
	}
	want[core.StatusQueued], want[core.StatusInReview], want[core.StatusFailed] = 2, 1, 1
	if !reflect.DeepEqual(counts, want) {
		t.Errorf("counts = %v, want %v", counts, want)
	}
	if usage != (core.Usage{PromptTokens: 110, CompletionTokens: 22, Cost: 0.75}) {
		t.Errorf("usage = %+v", usage)
	}
	counts, usage, err = s.LaunchProgress(ctx, "no-such-launch")
	if err != nil || counts[core.StatusQueued] != 0 || len(counts) != len(core.Statuses) || usage != (core.Usage{}) {
		t.Errorf("progress of an unknown launch = %v %v %v", counts, usage, err)
	}
}

func testLaunchSpend(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, _ := create(t, s, "spend", 1)
	const n = 20
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.AddLaunchSpend(ctx, l.ID, 0.25) }); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Spent != n*0.25 {
		t.Errorf("spent %v after %d concurrent increments of 0.25, want %v", got.Spent, n, n*0.25)
	}
	wantCode(t, s.AddLaunchSpend(ctx, "nope", 1), core.CodeNotFound)
}

func testIdempotency(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("first", 2, []string{"en-GB"}, []string{"pdp"})
	l.IdempotencyKey, l.IdempotencyOwner, l.RequestHash = "idem-1", "team-a", "h1"
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	got, err := s.LaunchByIdempotencyKey(ctx, "team-a", "idem-1")
	if err != nil || got.ID != l.ID || got.RequestHash != "h1" {
		t.Fatalf("LaunchByIdempotencyKey = %+v, %v", got, err)
	}
	// The same key from the same caller conflicts, and leaves nothing.
	l2, ps2, ds2 := fixture("second", 2, []string{"en-GB"}, []string{"pdp"})
	l2.IdempotencyKey, l2.IdempotencyOwner = "idem-1", "team-a"
	wantCode(t, insert(s, l2, ps2, ds2), core.CodeConflict)
	_, err = s.GetLaunch(ctx, l2.ID)
	wantCode(t, err, core.CodeNotFound)
	// Keys are scoped to their caller: another team may use the same one.
	l3, ps3, ds3 := fixture("third", 1, []string{"en-GB"}, []string{"pdp"})
	l3.IdempotencyKey, l3.IdempotencyOwner = "idem-1", "team-b"
	if err := insert(s, l3, ps3, ds3); err != nil {
		t.Fatalf("the same key from another caller: %v", err)
	}
	if got, err := s.LaunchByIdempotencyKey(ctx, "team-b", "idem-1"); err != nil || got.ID != l3.ID {
		t.Errorf("team-b's launch = %+v, %v", got, err)
	}
	// Racing submissions of one key: exactly one launch is created.
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, ps, ds := fixture(fmt.Sprint("race ", i), 2, []string{"en-GB"}, []string{"pdp"})
			l.IdempotencyKey, l.IdempotencyOwner = "idem-race", "team-a"
			errs[i] = insert(s, l, ps, ds)
		}()
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch core.ErrorCode(err) {
		case "":
			won++
		case core.CodeConflict:
		default:
			t.Errorf("racing insert: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d racing launches with one key succeeded, want 1", won)
	}
	for _, k := range [][2]string{{"team-a", "idem-unknown"}, {"team-c", "idem-1"}, {"team-a", ""}} {
		_, err = s.LaunchByIdempotencyKey(ctx, k[0], k[1])
		wantCode(t, err, core.CodeNotFound)
	}
	// Launches without a key never collide.
	create(t, s, "nokey-1", 1)
	create(t, s, "nokey-2", 1)
}

func testProducts(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, _ := create(t, s, "products", 3)
	for _, p := range ps {
		got, err := s.GetProduct(ctx, l.ID, p.SKU)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, &p) {
			t.Errorf("GetProduct = %+v, want %+v", got, p)
		}
	}
	_, err := s.GetProduct(ctx, l.ID, "NOPE")
	wantCode(t, err, core.CodeNotFound)
	_, err = s.GetProduct(ctx, "no-launch", ps[0].SKU)
	wantCode(t, err, core.CodeNotFound)
	// A SKU twice in one launch is invalid, and the launch is not stored.
	l2, ps2, ds2 := fixture("dup", 2, []string{"en-GB"}, []string{"pdp"})
	ps2[1].SKU = ps2[0].SKU
	wantCode(t, insert(s, l2, ps2, ds2[:1]), core.CodeInvalid)
	_, err = s.GetLaunch(ctx, l2.ID)
	wantCode(t, err, core.CodeNotFound)
}

// An error inside Tx rolls back everything the transaction wrote.
func testRollback(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("rolled back", 2, []string{"en-GB"}, []string{"pdp"})
	boom := core.Errorf(core.CodeInvalid, "boom")
	err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.InsertLaunch(ctx, l); err != nil {
			return err
		}
		if err := tx.InsertDrafts(ctx, ds); err != nil {
			return err
		}
		if err := tx.AppendEvents(ctx, []*core.Event{{LaunchID: l.ID, DraftID: ds[0].ID, At: epoch, Event: core.EventCreated, To: core.StatusQueued}}); err != nil {
			return err
		}
		return boom
	})
	if err != boom {
		t.Fatalf("Tx = %v, want the callback's error", err)
	}
	_, err = s.GetLaunch(ctx, l.ID)
	wantCode(t, err, core.CodeNotFound)
	_, err = s.GetDraft(ctx, ds[0].ID)
	wantCode(t, err, core.CodeNotFound)
	if evs, err := s.ListEvents(ctx, core.EventFilter{}); err != nil || len(evs) != 0 {
		t.Errorf("events after rollback = %v, %v", evs, err)
	}
	_ = ps
}

func testLaunchNotFound(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.GetLaunch(ctx, "nope")
	wantCode(t, err, core.CodeNotFound)
	_, err = s.GetLaunch(ctx, "")
	wantCode(t, err, core.CodeNotFound)
}

func testStatusCounts(t *testing.T, s core.Store) {
	ctx := context.Background()
	counts, err := s.StatusCounts(ctx)
	if err != nil || len(counts) != len(core.Statuses) || counts[core.StatusQueued] != 0 {
		t.Fatalf("StatusCounts of an empty store = %v, %v; want every status at 0", counts, err)
	}
	_, _, a := create(t, s, "counts-a", 3)
	create(t, s, "counts-b", 2, "en-GB", "fr-FR")
	set(t, s, a[0].ID, core.StatusGenerating, nil)
	set(t, s, a[1].ID, core.StatusGenerating, nil)
	set(t, s, a[1].ID, core.StatusInReview, nil)
	counts, err = s.StatusCounts(ctx)
	want := map[core.Status]int{core.StatusQueued: 5, core.StatusGenerating: 1, core.StatusInReview: 1}
	for _, st := range core.Statuses {
		if counts[st] != want[st] {
			t.Errorf("StatusCounts = %v, %v; want %v", counts, err, want)
			break
		}
	}
}

// A store that reads products together (core.ProductsReader) gives what
// GetProduct gives for each SKU, in order, nil for one the launch lacks,
// and a SKU named twice as two products that share nothing.
func testProductsTogether(t *testing.T, s core.Store) {
	pr, ok := s.(core.ProductsReader)
	if !ok {
		t.Skip("the store reads products one at a time")
	}
	ctx := context.Background()
	l, ps, _ := create(t, s, "together", 3)
	skus := []string{ps[2].SKU, "NOPE", ps[0].SKU, ps[2].SKU}
	got, err := pr.GetProducts(ctx, l.ID, skus)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(skus) {
		t.Fatalf("GetProducts gave %d products for %d SKUs", len(got), len(skus))
	}
	for i, sku := range skus {
		want, err := s.GetProduct(ctx, l.ID, sku)
		if sku == "NOPE" {
			if got[i] != nil || !core.IsCode(err, core.CodeNotFound) {
				t.Errorf("%s: GetProducts = %+v, GetProduct error %v; want nil and not found", sku, got[i], err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got[i], want) {
			t.Errorf("%s: GetProducts = %+v, GetProduct = %+v (%v)", sku, got[i], want, err)
		}
	}
	if got[0] == got[3] || len(got[0].Materials) == 0 {
		t.Fatalf("a SKU named twice: %p and %p, materials %v", got[0], got[3], got[0].Materials)
	}
	got[0].Materials[0] = "changed"
	if got[3].Materials[0] == "changed" {
		t.Error("a SKU named twice shares its materials")
	}
	if none, err := pr.GetProducts(ctx, "no-launch", []string{ps[0].SKU}); err != nil || len(none) != 1 || none[0] != nil {
		t.Errorf("another launch's SKU: %v, %v; want [nil]", none, err)
	}
}

// A store that reads the current style guide's version with the products
// (core.ProductsGuideReader) gives GetProducts' products and
// CurrentStyleGuideVersion's version ("" while none is stored): after a
// save, the new version; after a version is saved again, that one.
func testProductsWithGuide(t *testing.T, s core.Store) {
	pg, ok := s.(core.ProductsGuideReader)
	if !ok {
		t.Skip("the store reads the guide's version on its own")
	}
	ctx := context.Background()
	l, ps, _ := create(t, s, "withguide", 2)
	skus := []string{ps[1].SKU, "NOPE", ps[0].SKU}
	check := func(step, wantVersion string) {
		t.Helper()
		got, v, err := pg.GetProductsWithGuide(ctx, l.ID, skus)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		want, err := s.(core.ProductsReader).GetProducts(ctx, l.ID, skus)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: GetProductsWithGuide = %+v, GetProducts = %+v (%v)", step, got, want, err)
		}
		if v != wantVersion {
			t.Errorf("%s: the guide's version %q, want %q", step, v, wantVersion)
		}
		if none, v, err := pg.GetProductsWithGuide(ctx, l.ID, nil); err != nil || len(none) != 0 || v != wantVersion {
			t.Errorf("%s: no SKUs: %v, %q, %v; want none, %q", step, none, v, err, wantVersion)
		}
	}
	if _, err := s.CurrentStyleGuideVersion(ctx); core.IsCode(err, core.CodeNotFound) {
		check("no guide", "")
	}
	at := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	for _, v := range []string{"pg.1", "pg.2", "pg.1"} {
		if err := s.SaveStyleGuide(ctx, core.StyleGuideDoc{Version: v, Body: "body " + v, CreatedAt: at}); err != nil {
			t.Fatal(err)
		}
		cur, err := s.CurrentStyleGuideVersion(ctx)
		if err != nil || cur != v {
			t.Fatalf("CurrentStyleGuideVersion = %q, %v; want %q", cur, err, v)
		}
		check("saved "+v, v)
	}
}
