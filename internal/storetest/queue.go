package storetest

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var queueTests = []test{
	{"GoLiveOrderAcrossPages", testGoLiveOrder},
	{"ListLaunches", testListLaunches},
	{"DraftCounts", testDraftCounts},
	{"Withdraw", testWithdrawCatalogue},
}

// launchAt stores a launch of n products in locales going live on goLive
// ("" for none).
func launchAt(t *testing.T, s core.Store, name, goLive string, n int, locales ...string) (*core.Launch, []*core.Draft) {
	t.Helper()
	l, ps, ds := fixture(name, n, locales, []string{"pdp"})
	l.GoLive = goLive
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	return l, ds
}

// testGoLiveOrder: the review queue's order (launch go-live, none last,
// then draft id) holds across pages of every size, with filters.
func testGoLiveOrder(t *testing.T, s core.Store) {
	ctx := context.Background()
	march, dm := launchAt(t, s, "march", "2027-03-01", 3, "fr-FR", "en-GB")
	undated, du := launchAt(t, s, "undated", "", 2, "fr-FR")
	january, dj := launchAt(t, s, "january", "2027-01-15", 3, "fr-FR", "de-DE")
	goLive := map[string]string{march.ID: march.GoLive, undated.ID: undated.GoLive, january.ID: january.GoLive}
	all := slices.Concat(dm, du, dj)
	want := func(keep func(*core.Draft) bool) []string {
		var ds []*core.Draft
		for _, d := range all {
			if keep(d) {
				ds = append(ds, d)
			}
		}
		slices.SortFunc(ds, func(a, b *core.Draft) int {
			ga, gb := goLive[a.LaunchID], goLive[b.LaunchID]
			return cmp.Or(cmp.Compare(boolRank(ga == ""), boolRank(gb == "")), cmp.Compare(ga, gb), cmp.Compare(a.ID, b.ID))
		})
		return ids(ds, draftID)
	}
	// pages lists f's drafts limit at a time, resuming after the last key.
	pages := func(f core.DraftFilter, limit int) []string {
		t.Helper()
		f.ByGoLive, f.Limit = true, limit
		var got []string
		for range 100 {
			items, err := s.ListDrafts(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, ids(items, draftID)...)
			if len(items) < limit {
				return got
			}
			last := items[len(items)-1]
			f.After = &core.ReviewKey{GoLive: goLive[last.LaunchID], ID: last.ID}
		}
		t.Fatal("paging does not end")
		return nil
	}
	for _, limit := range []int{1, 2, 4, 100} {
		if got, w := pages(core.DraftFilter{}, limit), want(func(*core.Draft) bool { return true }); !reflect.DeepEqual(got, w) {
			t.Errorf("limit %d: order\n%v\nwant\n%v", limit, got, w)
		}
		got := pages(core.DraftFilter{Locales: []string{"fr-FR"}, Status: core.StatusQueued}, limit)
		if w := want(func(d *core.Draft) bool { return d.Locale == "fr-FR" }); !reflect.DeepEqual(got, w) {
			t.Errorf("limit %d, fr-FR: order\n%v\nwant\n%v", limit, got, w)
		}
	}
	got := pages(core.DraftFilter{LaunchID: january.ID, Locales: []string{"de-DE"}}, 2)
	if w := want(func(d *core.Draft) bool { return d.LaunchID == january.ID && d.Locale == "de-DE" }); !reflect.DeepEqual(got, w) {
		t.Errorf("one launch, de-DE: %v, want %v", got, w)
	}
	// The first of the queue goes live first; the undated launch comes last.
	if first := pages(core.DraftFilter{}, 100); first[0] != want(func(*core.Draft) bool { return true })[0] ||
		!slices.Contains(ids(dj, draftID), first[0]) || !slices.Contains(ids(du, draftID), first[len(first)-1]) {
		t.Errorf("queue order: first %s, last %s", first[0], first[len(first)-1])
	}
	if items, err := s.ListDrafts(ctx, core.DraftFilter{ByGoLive: true, Status: core.StatusInReview}); err != nil || len(items) != 0 {
		t.Errorf("nothing in review: %d drafts, %v", len(items), err)
	}
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

func testListLaunches(t *testing.T, s core.Store) {
	ctx := context.Background()
	launchAt(t, s, "march", "2027-03-01", 1, "fr-FR", "en-GB")
	launchAt(t, s, "undated", "", 1, "fr-FR")
	january, _ := launchAt(t, s, "january", "2027-01-15", 1, "de-DE")
	names := func(f core.LaunchFilter) []string {
		t.Helper()
		ls, err := s.ListLaunches(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			if l.Counts != nil || l.Status != "" {
				t.Errorf("ListLaunches gave counts or status: %+v", l)
			}
		}
		return ids(ls, func(l *core.Launch) string { return l.Name })
	}
	for _, tt := range []struct {
		f    core.LaunchFilter
		want []string
	}{
		{core.LaunchFilter{}, []string{"january", "march", "undated"}},
		{core.LaunchFilter{Locales: []string{"fr-FR"}}, []string{"march", "undated"}},
		{core.LaunchFilter{Locales: []string{"de-DE", "en-GB"}}, []string{"january", "march"}},
		{core.LaunchFilter{Locales: []string{"ja-JP"}}, nil},
		{core.LaunchFilter{Limit: 1}, []string{"january"}},
	} {
		if got := names(tt.f); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ListLaunches(%+v) = %v, want %v", tt.f, got, tt.want)
		}
	}
	// In ID (creation) order after a cursor.
	byID, err := s.ListLaunches(ctx, core.LaunchFilter{ByID: true, Limit: 10})
	if err != nil || len(byID) != 3 || byID[0].ID >= byID[1].ID || byID[1].ID >= byID[2].ID {
		t.Fatalf("ListLaunches(ByID) = %v, %v", ids(byID, func(l *core.Launch) string { return l.ID }), err)
	}
	if got, err := s.ListLaunches(ctx, core.LaunchFilter{ByID: true, AfterID: byID[0].ID, Limit: 1}); err != nil || len(got) != 1 || got[0].ID != byID[1].ID {
		t.Errorf("ListLaunches(after the first, 1) = %v, %v", got, err)
	}
	// Created in the order march, undated, january: after march, the
	// launches with a fr-FR draft are undated only.
	if got, err := s.ListLaunches(ctx, core.LaunchFilter{ByID: true, AfterID: byID[0].ID, Locales: []string{"fr-FR"}}); err != nil ||
		!reflect.DeepEqual(ids(got, func(l *core.Launch) string { return l.Name }), []string{"undated"}) || byID[0].Name != "march" {
		t.Errorf("ListLaunches(after %s, fr-FR) = %v, %v", byID[0].Name, ids(got, func(l *core.Launch) string { return l.Name }), err)
	}
	ls, err := s.ListLaunches(ctx, core.LaunchFilter{Locales: []string{"de-DE"}})
	if err != nil || len(ls) != 1 || ls[0].ID != january.ID || ls[0].GoLive != "2027-01-15" || !reflect.DeepEqual(ls[0].Locales, []string{"de-DE"}) {
		t.Errorf("ListLaunches(de-DE) = %+v, %v", ls, err)
	}
}

func testDraftCounts(t *testing.T, s core.Store) {
	ctx := context.Background()
	a, da := launchAt(t, s, "a", "2027-03-01", 3, "fr-FR", "en-GB")
	b, _ := launchAt(t, s, "b", "", 2, "fr-FR")
	// da[0] is the first product's fr-FR draft (locales in order per product).
	set(t, s, da[0].ID, core.StatusInReview, nil)
	set(t, s, da[0].ID, core.StatusPublished, nil)
	got, err := s.DraftCounts(ctx, []string{a.ID, b.ID, "no-such-launch"}, []string{"fr-FR"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]map[core.Status]int{a.ID: {core.StatusQueued: 2, core.StatusPublished: 1}, b.ID: {core.StatusQueued: 2}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DraftCounts(fr-FR) = %v, want %v", got, want)
	}
	all, err := s.DraftCounts(ctx, []string{a.ID}, nil)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, n := range all[a.ID] {
		total += n
	}
	if total != 6 {
		t.Errorf("DraftCounts(every locale) = %v, want 6 drafts", all)
	}
	if none, err := s.DraftCounts(ctx, nil, nil); err != nil || len(none) != 0 {
		t.Errorf("DraftCounts(no launches) = %v, %v", none, err)
	}
}

// testWithdrawCatalogue: withdrawn copy leaves the feed and the SKU's
// current copy; reinstated, it is back, published anew.
func testWithdrawCatalogue(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, ds := launchAt(t, s, "withdraw", "2027-03-01", 2, "fr-FR")
	d, other := ds[0], ds[1]
	v1 := publish(t, s, d, epoch)
	d.Version++
	v2 := publish(t, s, d, epoch.Add(time.Minute))
	keep := publish(t, s, other, epoch.Add(2*time.Minute))
	feed := func() []string {
		t.Helper()
		es, err := s.ListCatalogue(ctx, core.CatalogueFilter{Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		return ids(es, func(e core.CatalogueEntry) string { return e.ID })
	}
	if got := feed(); !reflect.DeepEqual(got, []string{v1.ID, v2.ID, keep.ID}) {
		t.Fatalf("feed before = %v", got)
	}
	var n int
	err := s.Tx(ctx, func(tx core.TxStore) (err error) {
		n, err = tx.WithdrawCatalogue(ctx, d.ID, epoch.Add(time.Hour))
		return err
	})
	if err != nil || n != 2 {
		t.Fatalf("WithdrawCatalogue = %d, %v; want both versions", n, err)
	}
	if got := feed(); !reflect.DeepEqual(got, []string{keep.ID}) {
		t.Errorf("feed after withdrawal = %v, want only the other product's", got)
	}
	if by, err := s.CatalogueBySKU(ctx, d.SKU); err != nil || len(by) != 0 {
		t.Errorf("CatalogueBySKU after withdrawal = %+v, %v; want none", by, err)
	}
	if n, err := s.WithdrawCatalogue(ctx, d.ID, epoch.Add(time.Hour)); err != nil || n != 0 {
		t.Errorf("second WithdrawCatalogue = %d, %v; want 0", n, err)
	}
	if e, err := s.CatalogueEntryForDraft(ctx, d.ID, d.Version); err != nil || !e.Withdrawn || e.ID != v2.ID {
		t.Errorf("CatalogueEntryForDraft of withdrawn = %+v, %v", e, err)
	}
	back := core.StoreTime(epoch.Add(2 * time.Hour))
	if err := s.ReinstateCatalogueEntry(ctx, v2.ID, back); err != nil {
		t.Fatal(err)
	}
	if got := feed(); !reflect.DeepEqual(got, []string{keep.ID, v2.ID}) {
		t.Errorf("feed after reinstatement = %v, want v2 last (published anew)", got)
	}
	by, err := s.CatalogueBySKU(ctx, d.SKU)
	if err != nil || len(by) != 1 || by[0].ID != v2.ID || !by[0].PublishedAt.Equal(back) || by[0].Withdrawn {
		t.Errorf("CatalogueBySKU after reinstatement = %+v, %v", by, err)
	}
	wantCode(t, s.ReinstateCatalogueEntry(ctx, "no-such-entry", back), core.CodeNotFound)
}
