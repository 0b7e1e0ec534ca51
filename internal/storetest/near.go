package storetest

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var nearTests = []test{
	{"Index", testNearIndex},
	{"PerKey", testNearPerKey},
	{"Many", testNearKeysMany},
	{"ProgressKept", testProgressKept},
	{"Refs", testNearRefs},
	{"RefsFollow", testNearRefsFollow},
	{"RefsCatalogueScope", testNearRefsCatalogueScope},
	{"Sig", testNearSig},
	{"RefsOf", testNearRefsOf},
	{"TextsOfEveryLength", testNearTextsOfEveryLength},
}

// NearTextsOf answers each ref asked once, whatever the list's length
// (PostgreSQL lists up to 64 refs as an IN list of a power of two, the
// last repeated: sqlstore's inListPlanned), a ref not found left out.
func testNearTextsOfEveryLength(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "textsof", 70)
	var refs []string
	for i, d := range ds {
		if i%3 == 0 {
			set(t, s, d.ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU; d.Version = 1 })
		}
		refs = append(refs, d.ID)
	}
	texts := map[string]string{}
	for i, d := range ds {
		texts[d.ID] = ""
		if i%3 == 0 {
			texts[d.ID] = "copy of " + d.SKU
		}
	}
	for n := 0; n <= len(refs); n++ {
		for _, asked := range [][]string{refs[:n], append(slices.Clone(refs[:n]), "no-such-ref")} {
			got, err := s.NearTextsOf(ctx, asked)
			if err != nil {
				t.Fatalf("%d refs: %v", len(asked), err)
			}
			seen := map[string]bool{}
			for _, r := range got {
				if seen[r.Ref] {
					t.Errorf("%d refs: %s answered twice", len(asked), r.Ref)
				}
				seen[r.Ref] = true
				if want, ok := texts[r.Ref]; !ok || r.Text != want || r.Catalogue {
					t.Errorf("%d refs: %+v, want the draft's text %q", len(asked), r, want)
				}
			}
			if len(seen) != n {
				t.Errorf("%d refs (%d distinct drafts): %d answered", len(asked), n, len(seen))
			}
		}
	}
}

// NearRefsOf keeps, of the refs a NearIndex of core's own found, what
// NearRefs keeps of the same candidates from the store's index: the same
// rows with the same versions, refs not found left out.
func testNearRefsOf(t *testing.T, s core.Store) {
	ctx := context.Background()
	ds, other := nearRefsDrafts(t, s, "refs of")
	e := publish(t, s, ds[1], epoch)
	own := publish(t, s, ds[4], epoch) // the product's own published copy
	all := []string{ds[0].ID, ds[1].ID, ds[2].ID, ds[3].ID, ds[4].ID, other[0].ID, e.ID, own.ID}
	for _, id := range all {
		if err := s.PutNearKeys(ctx, id, []int64{31}); err != nil {
			t.Fatal(err)
		}
	}
	f := core.NearFilter{LaunchID: ds[0].LaunchID, Locale: ds[0].Locale, Channel: ds[0].Channel, SKU: ds[4].SKU}
	sortRefs := func(ts []core.NearRef) []core.NearRef {
		slices.SortFunc(ts, func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) })
		return ts
	}
	want, err := s.NearRefs(ctx, []int64{31}, 10, 10, f)
	if err != nil {
		t.Fatal(err)
	}
	sortRefs(want)
	if len(want) != 3 {
		t.Fatalf("NearRefs = %+v: want ds[0], ds[1] and the entry", want)
	}
	var got []core.NearRef
	err = s.Tx(ctx, func(tx core.TxStore) error {
		got, err = tx.NearRefsOf(ctx, append(slices.Clone(all), "no-such-ref"), f)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if sortRefs(got); !reflect.DeepEqual(got, want) {
		t.Errorf("NearRefsOf = %+v, want NearRefs' %+v", got, want)
	}
	if got, err := s.NearRefsOf(ctx, nil, f); err != nil || len(got) != 0 {
		t.Errorf("NearRefsOf(nil) = %v, %v", got, err)
	}
}

// A text's stored signature (Draft.NearSig, CatalogueEntry.NearSig) is
// saved with it, by SaveDraft and by SaveDrafts (one statement on
// PostgreSQL), and read back only by NearTextsOf, byte for byte; saved
// again without one, a draft keeps it while its text is the same and
// loses it when the text changes, so a stored signature is always its
// text's. A read of the draft or entry otherwise has none.
func testNearSig(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "sig", 4)
	sig := func(text string) []byte { // every byte value, as a real one has
		b := []byte{0, 255, '\\', '\'', 0x80}
		return append(b, text...)
	}
	saveAll := func(f func(d *core.Draft)) {
		t.Helper()
		ids := make([]string, len(ds))
		for i, d := range ds {
			ids[i] = d.ID
		}
		err := s.Tx(ctx, func(tx core.TxStore) error {
			got, err := tx.LockDrafts(ctx, ids)
			if err != nil {
				return err
			}
			for _, d := range got {
				if d.NearSig != nil {
					t.Errorf("LockDrafts read a stored signature")
				}
				d.Status = core.StatusInReview
				f(d)
			}
			return tx.SaveDrafts(ctx, got) // several: one statement on PostgreSQL
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	read := func(refs ...string) map[string]string {
		t.Helper()
		got, err := s.NearTextsOf(ctx, refs)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, r := range got {
			if r.Sig == nil {
				out[r.Ref] = "none"
			} else if string(r.Sig) == string(sig(r.Text)) {
				out[r.Ref] = "its text's"
			} else {
				out[r.Ref] = fmt.Sprintf("wrong %q", r.Sig)
			}
		}
		return out
	}
	ids := func() []string { return []string{ds[0].ID, ds[1].ID, ds[2].ID, ds[3].ID} }
	// ds[0] alone (SaveDraft); the others in one batch, ds[3] without one.
	ds[0] = set(t, s, ds[0].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy zero"; d.NearSig = sig(d.Text) })
	saveAll(func(d *core.Draft) {
		if d.ID != ds[0].ID {
			d.Text = "copy of " + d.SKU
			if d.ID != ds[3].ID {
				d.NearSig = sig(d.Text)
			}
		}
	})
	want := map[string]string{ds[0].ID: "its text's", ds[1].ID: "its text's", ds[2].ID: "its text's", ds[3].ID: "none"}
	if got := read(ids()...); !reflect.DeepEqual(got, want) {
		t.Fatalf("stored signatures = %v, want %v", got, want)
	}
	if d, err := s.GetDraft(ctx, ds[0].ID); err != nil || d.NearSig != nil {
		t.Errorf("GetDraft = %v (signature %q): want none read", err, d.NearSig)
	}
	// Saved again without one: kept where the text is the same, dropped
	// where it changed, alone and in a batch.
	set(t, s, ds[0].ID, core.StatusApproved, nil)
	set(t, s, ds[1].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "rewritten one" })
	if got := read(ds[0].ID, ds[1].ID); got[ds[0].ID] != "its text's" || got[ds[1].ID] != "none" {
		t.Fatalf("after SaveDraft without signatures: %v, want ds[0] kept, ds[1] none", got)
	}
	saveAll(func(d *core.Draft) {
		switch d.ID {
		case ds[2].ID:
			d.Text = "rewritten two"
		case ds[3].ID:
			d.Text, d.NearSig = "rewritten three", sig("rewritten three")
		}
	})
	want = map[string]string{ds[0].ID: "its text's", ds[1].ID: "none", ds[2].ID: "none", ds[3].ID: "its text's"}
	if got := read(ids()...); !reflect.DeepEqual(got, want) {
		t.Fatalf("after SaveDrafts without signatures: %v, want %v", got, want)
	}
	// A catalogue entry's, inserted with it.
	e := &core.CatalogueEntry{ID: core.NewID(), SKU: ds[0].SKU, Locale: ds[0].Locale, Channel: ds[0].Channel,
		Text: "published zero", DraftID: ds[0].ID, LaunchID: ds[0].LaunchID, Category: "charm", PublishedAt: epoch}
	e.NearSig = sig(e.Text)
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertCatalogueEntry(ctx, e, 1) }); err != nil {
		t.Fatal(err)
	}
	plain := publish(t, s, ds[3], epoch)
	if got := read(e.ID, plain.ID); got[e.ID] != "its text's" || got[plain.ID] != "none" {
		t.Errorf("catalogue signatures = %v: want the entry's, none for the one published without", got)
	}
	if got, err := s.CatalogueEntryForDraft(ctx, ds[0].ID, 1); err != nil || got.NearSig != nil {
		t.Errorf("CatalogueEntryForDraft = %v (signature %q): want none read", err, got.NearSig)
	}
	nearEntriesAsTexts(t, s, append(ids(), e.ID, plain.ID, "no-such-ref"))
}

// nearEntriesAsTexts checks, where s is a core.NearEntriesReader, that
// NearEntriesOf gives NearTextsOf's rows of refs, each with a text and a
// signature its decoder reads as the entry made of them (no text, no
// signature), outside a transaction and in one (perf39).
func nearEntriesAsTexts(t *testing.T, s core.Store, refs []string) {
	t.Helper()
	r, ok := s.(core.NearEntriesReader)
	if !ok {
		return
	}
	ctx := context.Background()
	texts, err := s.NearTextsOf(ctx, refs)
	if err != nil {
		t.Fatal(err)
	}
	sortRefs := func(ts []core.NearRef) []core.NearRef {
		slices.SortFunc(ts, func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) })
		return ts
	}
	made := 0
	for _, dec := range []*sigEntries{{}, {none: true}} {
		var want []core.NearRef
		for _, x := range texts {
			if !dec.none && x.Text != "" && len(x.Sig) > 0 {
				x = core.NearRef{Ref: x.Ref, Catalogue: x.Catalogue, Version: x.Version,
					Entry: fmt.Sprintf("%s %v %d %q", x.Ref, x.Catalogue, x.Version, x.Sig)}
				made++
			}
			want = append(want, x)
		}
		got, err := r.NearEntriesOf(ctx, refs, dec)
		if err != nil {
			t.Fatal(err)
		}
		if sortRefs(got); !reflect.DeepEqual(got, sortRefs(want)) {
			t.Errorf("NearEntriesOf (none %v) = %+v, want %+v", dec.none, got, want)
		}
		err = s.Tx(ctx, func(tx core.TxStore) error {
			r, ok := tx.(core.NearEntriesReader)
			if !ok {
				return nil
			}
			got, err = r.NearEntriesOf(ctx, refs, dec)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if sortRefs(got); !reflect.DeepEqual(got, want) {
			t.Errorf("NearEntriesOf in a transaction (none %v) = %+v, want %+v", dec.none, got, want)
		}
	}
	if made == 0 {
		t.Errorf("no row with a signature among %v", refs)
	}
}

// sigEntries is a core.NearEntryDecoder whose entry is a string of the
// row and its signature; none makes none.
type sigEntries struct{ none bool }

func (d *sigEntries) NearEntry(ref string, catalogue bool, version int, sig []byte) any {
	if d.none {
		return nil
	}
	return fmt.Sprintf("%s %v %d %q", ref, catalogue, version, sig)
}

// NearRefs answers with drafts as they are now, whatever they were when
// they were indexed: a draft that fails after is left out, one rewritten
// comes with its new version, one that comes back from failed is found.
func testNearRefsFollow(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "follow", 3)
	for i, d := range ds {
		ds[i] = set(t, s, d.ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU; d.Version = 1 })
		if err := s.PutNearKeys(ctx, d.ID, []int64{70, 71}); err != nil {
			t.Fatal(err)
		}
	}
	f := core.NearFilter{LaunchID: ds[0].LaunchID, Locale: ds[0].Locale, Channel: ds[0].Channel, SKU: ds[0].SKU}
	refs := func() map[string]int {
		t.Helper()
		got, err := s.NearRefs(ctx, []int64{70, 71}, 10, 10, f)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, r := range got {
			out[r.Ref] = r.Version
		}
		return out
	}
	if got := refs(); !reflect.DeepEqual(got, map[string]int{ds[1].ID: 1, ds[2].ID: 1}) {
		t.Fatalf("NearRefs = %v, want ds[1] and ds[2] at version 1", got)
	}
	set(t, s, ds[1].ID, core.StatusFailed, nil)
	set(t, s, ds[2].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "new copy"; d.Version = 2 })
	if got := refs(); !reflect.DeepEqual(got, map[string]int{ds[2].ID: 2}) {
		t.Fatalf("after ds[1] failed and ds[2] rewritten: NearRefs = %v, want ds[2] at version 2", got)
	}
	set(t, s, ds[1].ID, core.StatusInReview, nil)
	set(t, s, ds[2].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "" })
	if got := refs(); !reflect.DeepEqual(got, map[string]int{ds[1].ID: 1}) {
		t.Fatalf("after ds[1] back and ds[2] emptied: NearRefs = %v, want ds[1] at version 1", got)
	}
}

func nearRefs(ts []core.NearText) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Ref)
	}
	slices.Sort(out)
	return out
}

// The near-duplicate index: texts filed under keys are found by any of
// them, the most shared first, drafts and catalogue entries alike; putting
// keys again replaces them, none removes them.
func testNearIndex(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "near", 4)
	for i, d := range ds {
		set(t, s, d.ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU })
		keys := []int64{100, int64(200 + i)}
		if i < 2 {
			keys = append(keys, 300, -5) // negative keys are keys too
		}
		if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutNearKeys(ctx, d.ID, keys) }); err != nil {
			t.Fatal(err)
		}
	}
	e := publish(t, s, ds[3], epoch)
	if err := s.PutNearKeys(ctx, e.ID, []int64{300, 400}); err != nil {
		t.Fatal(err)
	}
	got, err := s.NearTexts(ctx, []int64{300, -5, 999}, 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := nearRefs([]core.NearText{{Ref: ds[0].ID}, {Ref: ds[1].ID}, {Ref: e.ID}}); !slices.Equal(nearRefs(got), want) {
		t.Fatalf("NearTexts(300, -5) = %v, want %v", nearRefs(got), want)
	}
	for _, g := range got {
		switch g.Ref {
		case e.ID:
			if !g.Catalogue || g.Shared != 1 || g.Text != e.Text || g.Status != core.StatusPublished || g.SKU != e.SKU || g.Locale != e.Locale {
				t.Errorf("catalogue hit = %+v", g)
			}
		default:
			if g.Catalogue || g.Shared != 2 || g.Status != core.StatusInReview || g.Text == "" || g.LaunchID != ds[0].LaunchID || g.Channel != "pdp" {
				t.Errorf("draft hit = %+v", g)
			}
		}
	}
	// The limit keeps those that share the most keys.
	got, err = s.NearTexts(ctx, []int64{100, 300, -5}, 10, 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := nearRefs([]core.NearText{{Ref: ds[0].ID}, {Ref: ds[1].ID}}); !slices.Equal(nearRefs(got), want) {
		t.Errorf("top 2 = %v, want %v", nearRefs(got), want)
	}
	// Replacing and removing.
	if err := s.PutNearKeys(ctx, ds[0].ID, []int64{500}); err != nil {
		t.Fatal(err)
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutNearKeys(ctx, ds[1].ID, nil) }); err != nil {
		t.Fatal(err)
	}
	got, err = s.NearTexts(ctx, []int64{300, -5, 500}, 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := nearRefs([]core.NearText{{Ref: ds[0].ID}, {Ref: e.ID}}); !slices.Equal(nearRefs(got), want) {
		t.Errorf("after replacing = %v, want %v", nearRefs(got), want)
	}
	if got, err := s.NearTexts(ctx, nil, 10, 10); err != nil || len(got) != 0 {
		t.Errorf("no keys: %v, %v", got, err)
	}
}

// PutNearKeysMany leaves what PutNearKeys for each item in turn would:
// old keys replaced, none removing them, a ref given twice ending with its
// last keys, large keys of either sign kept exactly.
func testNearKeysMany(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "many", 4)
	for _, d := range ds {
		set(t, s, d.ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU })
	}
	const big = int64(-8_000_000_000_000_000_001)
	if err := s.PutNearKeys(ctx, ds[0].ID, []int64{1, 2}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutNearKeys(ctx, ds[1].ID, []int64{1}); err != nil {
		t.Fatal(err)
	}
	err := s.Tx(ctx, func(tx core.TxStore) error {
		return tx.PutNearKeysMany(ctx, []core.NearKeys{
			{Ref: ds[0].ID, Keys: []int64{2, 3}}, // 1 goes, 2 stays, 3 comes
			{Ref: ds[1].ID},                      // removed
			{Ref: ds[2].ID, Keys: []int64{9}},
			{Ref: ds[3].ID, Keys: []int64{big, 3}},
			{Ref: ds[2].ID, Keys: []int64{3, 4}}, // the last of ds[2] counts
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		keys []int64
		want []string
	}{
		{[]int64{1}, nil},
		{[]int64{2}, []string{ds[0].ID}},
		{[]int64{3}, []string{ds[0].ID, ds[2].ID, ds[3].ID}},
		{[]int64{9}, nil},
		{[]int64{4}, []string{ds[2].ID}},
		{[]int64{big}, []string{ds[3].ID}},
	} {
		got, err := s.NearTexts(ctx, tc.keys, 10, 10)
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(nearRefs(got), want) {
			t.Errorf("NearTexts(%v) = %v, want %v", tc.keys, nearRefs(got), want)
		}
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.PutNearKeysMany(ctx, nil) }); err != nil {
		t.Errorf("no items: %v", err)
	}
}

// One key contributes at most perKey texts, so a key shared by a whole
// launch cannot make a lookup read the launch.
func testNearPerKey(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "per key", 30)
	for _, d := range ds {
		if err := s.PutNearKeys(ctx, d.ID, []int64{7}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutNearKeys(ctx, ds[29].ID, []int64{8, 9}); err != nil {
		t.Fatal(err)
	}
	got, err := s.NearTexts(ctx, []int64{7}, 5, 100)
	if err != nil || len(got) != 5 {
		t.Fatalf("perKey 5: %d texts, %v", len(got), err)
	}
	got, err = s.NearTexts(ctx, []int64{7, 8, 9}, 5, 1)
	if err != nil || len(got) != 1 || got[0].Ref != ds[29].ID || got[0].Shared != 2 {
		t.Fatalf("the text with both keys: %+v, %v", got, err)
	}
}

// Launch progress follows every way drafts are written: inserted, moved
// through many statuses, usage changed, in transactions that roll back.
func testProgressKept(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "kept", 10, "en-GB", "fr-FR")
	path := []core.Status{core.StatusGenerating, core.StatusInReview, core.StatusApproved, core.StatusPublished}
	want := map[core.Status]int{}
	var usage core.Usage
	for i, d := range ds {
		steps := i % (len(path) + 1)
		for k := 0; k < steps; k++ {
			set(t, s, d.ID, path[k], func(d *core.Draft) {
				d.Usage = d.Usage.Add(core.Usage{PromptTokens: 3, CompletionTokens: 1, Cost: 0.5})
			})
			usage = usage.Add(core.Usage{PromptTokens: 3, CompletionTokens: 1, Cost: 0.5})
		}
		st := core.StatusQueued
		if steps > 0 {
			st = path[steps-1]
		}
		want[st]++
	}
	// Many drafts saved in one statement, as a worker's batch commit saves
	// them (SaveDrafts): each move and usage change counts once, a draft
	// saved unchanged counts nothing.
	batch := make([]string, 0, 9)
	for _, d := range ds[:min(9, len(ds))] {
		batch = append(batch, d.ID)
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		locked, err := tx.LockDrafts(ctx, batch)
		if err != nil {
			return err
		}
		for i, d := range locked {
			switch i % 3 {
			case 0:
				want[d.Status]--
				d.Status = core.StatusFailed
				want[d.Status]++
				fallthrough
			case 1:
				d.Usage = d.Usage.Add(core.Usage{PromptTokens: 2, CompletionTokens: 5, Cost: 0.25})
				usage = usage.Add(core.Usage{PromptTokens: 2, CompletionTokens: 5, Cost: 0.25})
			}
		}
		return tx.SaveDrafts(ctx, locked)
	}); err != nil {
		t.Fatal(err)
	}
	// A move that rolls back counts nothing.
	_ = s.Tx(ctx, func(tx core.TxStore) error {
		d, err := tx.LockDraft(ctx, ds[0].ID)
		if err != nil {
			return err
		}
		d.Status, d.Usage.Cost = core.StatusFailed, 100
		if err := tx.SaveDraft(ctx, d); err != nil {
			return err
		}
		return core.Errorf(core.CodeConflict, "roll back")
	})
	counts, got, err := s.LaunchProgress(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range core.Statuses {
		if counts[st] != want[st] {
			t.Errorf("%s: %d drafts, want %d (all counts %v)", st, counts[st], want[st], counts)
		}
	}
	if got != usage {
		t.Errorf("usage %+v, want %+v", got, usage)
	}
	// A store that reads a launch with its progress in one statement
	// answers the same as GetLaunch and LaunchProgress.
	lr, ok := s.(core.LaunchReader)
	if !ok {
		t.Fatalf("%T does not implement core.LaunchReader", s)
	}
	one, err := lr.LaunchWithProgress(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	row, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	row.Counts, row.Usage = counts, got
	if !reflect.DeepEqual(one, row) {
		t.Errorf("LaunchWithProgress =\n%+v\nwant\n%+v", one, row)
	}
	_, err = lr.LaunchWithProgress(ctx, "no-such-launch")
	wantCode(t, err, core.CodeNotFound)
}

// NearRefs keeps, of what NearTexts finds, the texts its filter names
// (not empty, the locale and channel, another SKU; drafts of the launch,
// not failed), with each draft's version; NearTextsOf reads the texts and
// versions of drafts and catalogue entries by ref, leaving out refs that
// are not there; both in a transaction too.
func testNearRefs(t *testing.T, s core.Store) {
	ctx := context.Background()
	ds, other := nearRefsDrafts(t, s, "refs")
	for _, d := range append(slices.Clone(ds), other[0]) {
		if err := s.PutNearKeys(ctx, d.ID, []int64{7, 8}); err != nil {
			t.Fatal(err)
		}
	}
	e := publish(t, s, ds[1], epoch)
	own := publish(t, s, ds[4], epoch) // the product's own published copy
	for _, id := range []string{e.ID, own.ID} {
		if err := s.PutNearKeys(ctx, id, []int64{8}); err != nil {
			t.Fatal(err)
		}
	}
	f := core.NearFilter{LaunchID: ds[0].LaunchID, Locale: ds[0].Locale, Channel: ds[0].Channel, SKU: ds[4].SKU}
	texts, err := s.NearTexts(ctx, []int64{7, 8}, 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	version := map[string]int{}
	for _, d := range ds {
		version[d.ID] = d.Version
	}
	var want []core.NearRef
	for _, n := range texts { // core's filter, applied to NearTexts
		if n.SKU == f.SKU || n.Text == "" || n.Locale != f.Locale || n.Channel != f.Channel ||
			(!n.Catalogue && (n.LaunchID != f.LaunchID || n.Status == core.StatusFailed)) {
			continue
		}
		want = append(want, core.NearRef{Ref: n.Ref, Catalogue: n.Catalogue, SKU: n.SKU, Version: version[n.Ref]})
	}
	sortRefs := func(ts []core.NearRef) {
		slices.SortFunc(ts, func(a, b core.NearRef) int { return strings.Compare(a.Ref, b.Ref) })
	}
	sortRefs(want)
	if wantRefs := []string{ds[0].ID, ds[1].ID, e.ID}; len(want) != 3 || !slices.Contains(wantRefs, want[0].Ref) ||
		!slices.Contains(wantRefs, want[1].Ref) || !slices.Contains(wantRefs, want[2].Ref) {
		t.Fatalf("NearTexts filtered = %+v: want ds[0], ds[1] and the entry", want)
	}
	var refs []core.NearRef
	err = s.Tx(ctx, func(tx core.TxStore) error {
		refs, err = tx.NearRefs(ctx, []int64{7, 8}, 10, 10, f)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sortRefs(refs)
	if !reflect.DeepEqual(refs, want) {
		t.Errorf("NearRefs = %+v, want %+v", refs, want)
	}
	// The limit is NearTexts': the two sharing the most keys (ds[0] and
	// ds[1] share both; the failed ds[3] and own ds[4] among the first).
	limited, err := s.NearTexts(ctx, []int64{7, 8}, 10, 4)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, x := range limited {
		if x.Ref == ds[0].ID || x.Ref == ds[1].ID {
			n++
		}
	}
	refs, err = s.NearRefs(ctx, []int64{7, 8}, 10, 4, f)
	if err != nil || len(refs) != n {
		t.Errorf("NearRefs with limit 4 = %+v, %v: want the %d of ds[0], ds[1] among NearTexts' 4", refs, err, n)
	}
	var got []core.NearRef
	err = s.Tx(ctx, func(tx core.TxStore) error {
		got, err = tx.NearTextsOf(ctx, []string{ds[0].ID, "no-such-ref", e.ID, ds[2].ID})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sortRefs(got)
	wantTexts := []core.NearRef{
		{Ref: ds[0].ID, Text: ds[0].Text, Version: 2},
		{Ref: ds[2].ID},
		{Ref: e.ID, Catalogue: true, Text: e.Text},
	}
	sortRefs(wantTexts)
	if !reflect.DeepEqual(got, wantTexts) {
		t.Errorf("NearTextsOf = %+v, want %+v", got, wantTexts)
	}
	if got, err := s.NearTextsOf(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("NearTextsOf(nil) = %v, %v", got, err)
	}
}

// NearRefs finds the same refs whether or not the filter names the
// published copy's keys (NearFilter.Category, CatalogueKeys), which a
// store may leave out where no copy of that locale, channel and category
// is published: a catalogue entry filed under them is found when its
// category is the filter's, drafts are found by the other keys either
// way, and a count past the keys given is the keys given.
func testNearRefsCatalogueScope(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "catalogue scope", 2)
	for i, d := range ds {
		ds[i] = set(t, s, d.ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU; d.Version = 1 })
	}
	if err := s.PutNearKeys(ctx, ds[1].ID, []int64{21}); err != nil {
		t.Fatal(err)
	}
	e := publish(t, s, ds[1], epoch) // category charm
	if err := s.PutNearKeys(ctx, e.ID, []int64{22}); err != nil {
		t.Fatal(err)
	}
	refs := func(keys []int64, category string, catalogueKeys int) []string {
		t.Helper()
		f := core.NearFilter{LaunchID: ds[0].LaunchID, Locale: ds[0].Locale, Channel: ds[0].Channel, SKU: ds[0].SKU,
			Category: category, CatalogueKeys: catalogueKeys}
		got, err := s.NearRefs(ctx, keys, 10, 10, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range got {
			out = append(out, r.Ref)
		}
		slices.Sort(out)
		return out
	}
	both := []string{ds[1].ID, e.ID}
	slices.Sort(both)
	for _, tc := range []struct {
		keys          []int64
		category      string
		catalogueKeys int
		want          []string
	}{
		{[]int64{21, 22}, "", 0, both},
		{[]int64{21, 22}, "charm", 1, both},
		{[]int64{22}, "charm", 5, []string{e.ID}},
		{[]int64{21, 23}, "bracelet", 1, []string{ds[1].ID}},
		{[]int64{23}, "bracelet", 1, nil},
	} {
		if got := refs(tc.keys, tc.category, tc.catalogueKeys); !slices.Equal(got, tc.want) {
			t.Errorf("NearRefs(%v, %q, last %d published) = %v, want %v", tc.keys, tc.category, tc.catalogueKeys, got, tc.want)
		}
	}
}

// nearRefsDrafts creates the drafts the NearRefs tests filter: five of
// one launch named name (ds[0] with text at version 2, ds[1] and ds[4]
// in review at version 1, ds[2] with no text yet, ds[3] failed) and one
// in review in another launch (other[0]).
func nearRefsDrafts(t *testing.T, s core.Store, name string) (ds, other []*core.Draft) {
	t.Helper()
	_, _, ds = create(t, s, name, 5)
	_, _, other = create(t, s, name+"-other", 1)
	ds[0] = set(t, s, ds[0].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy of " + d.SKU; d.Version = 2 })
	ds[1] = set(t, s, ds[1].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "other copy"; d.Version = 1 })
	ds[3] = set(t, s, ds[3].ID, core.StatusFailed, func(d *core.Draft) { d.Text = "failed copy"; d.Version = 1 })
	ds[4] = set(t, s, ds[4].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "own copy"; d.Version = 1 })
	other[0] = set(t, s, other[0].ID, core.StatusInReview, func(d *core.Draft) { d.Text = "copy elsewhere"; d.Version = 1 })
	return ds, other
}
