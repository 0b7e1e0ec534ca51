package storetest

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var nearTests = []test{
	{"Index", testNearIndex},
	{"PerKey", testNearPerKey},
	{"Many", testNearKeysMany},
	{"ProgressKept", testProgressKept},
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
