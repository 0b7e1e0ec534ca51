package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var catalogueTests = []test{
	{"Publish", testPublishEntry},
	{"Versions", testCatalogueVersions},
	{"Feed", testCatalogueFeed},
}

// publish writes d's catalogue entry at the given time, as core does.
func publish(t *testing.T, s core.Store, d *core.Draft, at time.Time) *core.CatalogueEntry {
	t.Helper()
	ctx := context.Background()
	e := &core.CatalogueEntry{ID: core.NewID(), SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: "text " + d.ID,
		DraftID: d.ID, LaunchID: d.LaunchID, Category: "charm", Collection: "Moments", PublishedAt: at}
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertCatalogueEntry(ctx, e, d.Version) }); err != nil {
		t.Fatal(err)
	}
	return e
}

func testPublishEntry(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "publish", 1)
	e := publish(t, s, ds[0], epoch)
	if e.Version != 1 {
		t.Errorf("first version = %d", e.Version)
	}
	got, err := s.CatalogueEntryForDraft(ctx, ds[0].ID, ds[0].Version)
	if err != nil || !reflect.DeepEqual(got, e) {
		t.Errorf("CatalogueEntryForDraft = %+v, %v; want %+v", got, err, e)
	}
	// A draft version publishes once.
	again := *e
	again.ID = core.NewID()
	wantCode(t, s.InsertCatalogueEntry(ctx, &again, ds[0].Version), core.CodeConflict)
	_, err = s.CatalogueEntryForDraft(ctx, ds[0].ID, ds[0].Version+1)
	wantCode(t, err, core.CodeNotFound)
	by, err := s.CatalogueBySKU(ctx, "never-published")
	if err != nil || by == nil || len(by) != 0 {
		t.Errorf("CatalogueBySKU(unknown) = %#v, %v; want empty, nil", by, err)
	}
}

func testCatalogueVersions(t *testing.T, s core.Store) {
	ctx := context.Background()
	// The same SKU in several launches, two locales.
	_, _, a := create(t, s, "first", 1, "en-GB", "fr-FR")
	_, _, b := create(t, s, "second", 1, "en-GB", "fr-FR")
	if e := publish(t, s, a[0], epoch); e.Version != 1 {
		t.Errorf("first version = %d", e.Version)
	}
	if e := publish(t, s, b[0], epoch.Add(time.Second)); e.Version != 2 {
		t.Errorf("second version = %d", e.Version)
	}
	publish(t, s, a[1], epoch)
	// Racing publishers of one (sku, locale, channel) from many launches
	// take turns: distinct versions.
	const n = 8
	var drafts []*core.Draft
	for range n {
		_, _, ds := create(t, s, "racer", 1, "fr-FR")
		drafts = append(drafts, ds[0])
	}
	var wg sync.WaitGroup
	versions := make([]int, n)
	for i, d := range drafts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := &core.CatalogueEntry{ID: core.NewID(), SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: "t",
				DraftID: d.ID, LaunchID: d.LaunchID, PublishedAt: epoch.Add(time.Minute)}
			if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertCatalogueEntry(ctx, e, 0) }); err != nil {
				t.Error(err)
			}
			versions[i] = e.Version
		}()
	}
	wg.Wait()
	slices.Sort(versions)
	for i, v := range versions {
		if v != i+2 {
			t.Fatalf("racing versions %v, want 2..%d", versions, n+1)
		}
	}
	by, err := s.CatalogueBySKU(ctx, a[0].SKU)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range by {
		got = append(got, fmt.Sprintf("%s/%s/v%d", e.Locale, e.Channel, e.Version))
	}
	if want := []string{"en-GB/pdp/v2", fmt.Sprintf("fr-FR/pdp/v%d", n+1)}; !slices.Equal(got, want) {
		t.Errorf("CatalogueBySKU = %v, want %v", got, want)
	}
}

func testCatalogueFeed(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "feed", 3, "en-GB", "fr-FR")
	var published []core.CatalogueEntry
	for i, d := range ds {
		// Two entries share each microsecond: the id breaks the tie.
		e := publish(t, s, d, epoch.Add(time.Duration(i/2)*time.Microsecond))
		e.Category = "charm"
		published = append(published, *e)
	}
	slices.SortFunc(published, func(a, b core.CatalogueEntry) int {
		if c := a.PublishedAt.Compare(b.PublishedAt); c != 0 {
			return c
		}
		return map[bool]int{true: -1, false: 1}[a.ID < b.ID]
	})
	key := func(es []core.CatalogueEntry) []string {
		return ids(es, func(e core.CatalogueEntry) string { return e.ID })
	}
	pick := func(f func(e core.CatalogueEntry) bool) []string {
		var out []core.CatalogueEntry
		for _, e := range published {
			if f(e) {
				out = append(out, e)
			}
		}
		return key(out)
	}
	mid := epoch.Add(time.Microsecond)
	tests := []struct {
		name string
		f    core.CatalogueFilter
		want []string
	}{
		{"all", core.CatalogueFilter{}, key(published)},
		{"locale", core.CatalogueFilter{Locale: "fr-FR"}, pick(func(e core.CatalogueEntry) bool { return e.Locale == "fr-FR" })},
		{"channel", core.CatalogueFilter{Channel: "pdp"}, key(published)},
		{"no channel", core.CatalogueFilter{Channel: "social"}, nil},
		{"since (inclusive)", core.CatalogueFilter{Since: mid}, pick(func(e core.CatalogueEntry) bool { return !e.PublishedAt.Before(mid) })},
		{"since and locale", core.CatalogueFilter{Since: mid, Locale: "en-GB"}, pick(func(e core.CatalogueEntry) bool {
			return e.Locale == "en-GB" && !e.PublishedAt.Before(mid)
		})},
		{"category", core.CatalogueFilter{Category: "charm"}, key(published)},
		{"collection", core.CatalogueFilter{Collection: "Signature"}, nil},
		{"future", core.CatalogueFilter{Since: epoch.Add(time.Hour)}, nil},
	}
	for _, tt := range tests {
		for _, limit := range []int{1, 2, 100} {
			f := tt.f
			f.Limit = limit
			var got []string
			for range 100 {
				items, err := s.ListCatalogue(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, key(items)...)
				if len(items) < limit {
					break
				}
				last := items[len(items)-1]
				f.After = &core.CatalogueKey{PublishedAt: last.PublishedAt, ID: last.ID}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s, limit %d: got %v\nwant %v", tt.name, limit, got, tt.want)
			}
		}
	}
	all, err := s.ListCatalogue(ctx, core.CatalogueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(all, published) {
		t.Errorf("ListCatalogue =\n%+v\nwant\n%+v", all, published)
	}
}
