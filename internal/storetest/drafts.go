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

var draftTests = []test{
	{"Get", testGetDraft},
	{"List", testListDrafts},
	{"Save", testSaveDraft},
	{"LockRace", testLockRace},
	{"Stuck", testStuckDrafts},
	{"CustomIDs", testCustomIDs},
	{"BigLaunch", testBigLaunch},
	{"NotFound", testDraftNotFound},
	{"Many", testDraftsMany},
	{"LockedAndSaved", testDraftsLockedAndSaved},
	{"Pipelined", testPipelined},
}

// pipelined runs fn as core's group commit does: inside Pipelined where
// the transaction offers it (PostgreSQL: the writes go in one round trip).
func pipelined(ctx context.Context, tx core.TxStore, fn func() error) error {
	if p, ok := tx.(core.PipelinedTx); ok {
		return p.Pipelined(ctx, fn)
	}
	return fn()
}

// A group commit's writes sent together (core.PipelinedTx) do what they
// do one by one: the drafts, versions, keys and spend are written, the
// events numbered in order, a read inside sees the writes before it, and
// a write that fails (a draft not found) fails the batch with its own
// error and keeps nothing.
func testPipelined(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "piped", 3, "en-GB")
	a, b := *ds[0], *ds[1]
	a.Status, a.Text, a.Version = core.StatusInReview, "A sterling silver charm.", 1
	b.Status, b.LeaseToken, b.LeaseUntil = core.StatusGenerating, "tok", epoch.Add(20*time.Second)
	evs := []*core.Event{
		{LaunchID: l.ID, DraftID: a.ID, At: epoch, Event: core.EventGenerated, From: core.StatusGenerating, To: core.StatusInReview, Version: 1},
		{LaunchID: l.ID, DraftID: b.ID, At: epoch, Event: core.EventGenerating, From: core.StatusQueued, To: core.StatusGenerating},
	}
	one := []*core.Event{{LaunchID: l.ID, DraftID: b.ID, At: epoch, Event: "tick", To: core.StatusGenerating}}
	var inside string
	err := s.Tx(ctx, func(tx core.TxStore) error {
		return pipelined(ctx, tx, func() error {
			if err := tx.PutNearKeysMany(ctx, []core.NearKeys{{Ref: a.ID, Keys: []int64{7, 8}}}); err != nil {
				return err
			}
			if err := tx.PutDraftVersions(ctx, []*core.DraftVersion{{DraftID: a.ID, Version: 1, Text: a.Text, At: epoch}}); err != nil {
				return err
			}
			if err := tx.SaveDrafts(ctx, []*core.Draft{&a, &b}); err != nil {
				return err
			}
			if err := tx.AddLaunchSpend(ctx, l.ID, 0.25); err != nil {
				return err
			}
			if err := tx.AppendEvents(ctx, evs); err != nil {
				return err
			}
			if err := tx.AppendEvents(ctx, one); err != nil {
				return err
			}
			got, err := tx.GetDraft(ctx, a.ID)
			if err != nil {
				return err
			}
			inside = got.Text
			return tx.SaveDraft(ctx, &b)
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if inside != a.Text {
		t.Errorf("a read inside the pipeline saw text %q, want %q", inside, a.Text)
	}
	if evs[0].ID == 0 || evs[1].ID != evs[0].ID+1 || evs[1].Seq != evs[0].Seq+1 || one[0].ID != evs[1].ID+1 {
		t.Errorf("event ids %d %d %d, seqs %d %d: want consecutive", evs[0].ID, evs[1].ID, one[0].ID, evs[0].Seq, evs[1].Seq)
	}
	for _, want := range []*core.Draft{&a, &b} {
		if got, err := s.GetDraft(ctx, want.ID); err != nil || got.Status != want.Status || got.Text != want.Text || got.LeaseToken != want.LeaseToken {
			t.Errorf("GetDraft(%s) = %+v, %v; want status %s text %q", want.ID, got, err, want.Status, want.Text)
		}
	}
	if vs, err := s.ListDraftVersions(ctx, a.ID); err != nil || len(vs) != 1 || vs[0].Text != a.Text {
		t.Errorf("versions of a = %+v, %v", vs, err)
	}
	if got, err := s.GetLaunch(ctx, l.ID); err != nil || got.Spent != 0.25 {
		t.Errorf("launch spent = %v, %v; want 0.25", got, err)
	}
	got, err := s.ListEvents(ctx, core.EventFilter{LaunchID: l.ID, After: evs[0].Seq - 1})
	if err != nil || len(got) != 3 || got[0].ID != evs[0].ID || got[2].Event != "tick" {
		t.Errorf("events = %+v, %v", got, err)
	}
	c, missing := a, a
	c.Text, missing.ID = "changed", "missing"
	wantCode(t, s.Tx(ctx, func(tx core.TxStore) error {
		return pipelined(ctx, tx, func() error {
			if err := tx.SaveDrafts(ctx, []*core.Draft{&c, &missing}); err != nil {
				return err
			}
			return tx.AppendEvents(ctx, []*core.Event{{LaunchID: l.ID, DraftID: c.ID, At: epoch, Event: "x", To: core.StatusInReview}})
		})
	}), core.CodeNotFound)
	wantCode(t, s.Tx(ctx, func(tx core.TxStore) error {
		return pipelined(ctx, tx, func() error { return tx.SaveDrafts(ctx, []*core.Draft{&c, &missing}) })
	}), core.CodeNotFound)
	if got, _ := s.GetDraft(ctx, a.ID); got.Text != a.Text {
		t.Errorf("a failed pipelined batch kept a write: text %q", got.Text)
	}
	if got, err := s.ListEvents(ctx, core.EventFilter{LaunchID: l.ID, After: one[0].Seq}); err != nil || len(got) != 0 {
		t.Errorf("a failed pipelined batch kept events: %+v, %v", got, err)
	}
}

// LockDrafts and SaveDrafts read and write many drafts as LockDraft and
// SaveDraft do one: in ID order whatever the order asked, unknown IDs
// absent; every field saved (a lease, a time with microseconds, findings),
// the others untouched; a draft not found fails the whole save.
func testDraftsMany(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "many", 4, "en-GB", "fr-FR")
	asked := []string{ds[5].ID, "missing", ds[1].ID, ds[6].ID, ds[0].ID}
	var locked []*core.Draft
	err := s.Tx(ctx, func(tx core.TxStore) error {
		var err error
		locked, err = tx.LockDrafts(ctx, asked)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(locked, draftID), []string{ds[0].ID, ds[1].ID, ds[5].ID, ds[6].ID}; !slices.Equal(got, want) {
		t.Fatalf("LockDrafts = %v, want %v", got, want)
	}
	if !reflect.DeepEqual(locked[2], ds[5]) {
		t.Errorf("LockDrafts item =\n%+v\nwant\n%+v", locked[2], ds[5])
	}
	if none, err := s.LockDrafts(ctx, nil); err != nil || len(none) != 0 {
		t.Errorf("LockDrafts(nil) = %v, %v", none, err)
	}
	a, b := *ds[1], *ds[6]
	a.Status, a.Text, a.Version, a.Attempts = core.StatusInReview, "Un charme en argent sterling.", 1, 2
	a.Findings = []core.Finding{{Rule: "length.min", Category: "length", Severity: core.SeverityWarn, Message: "short", Start: 1, End: 4}}
	a.Model, a.StyleGuideVersion, a.PromptVersion, a.PromptHash = "offline/template", "2026.11", "p1", "abc"
	a.Usage = core.Usage{PromptTokens: 812, CompletionTokens: 140, Cost: 0.0123}
	a.Feedback, a.Reason, a.EditedBy, a.Stale = "warmer please", "none", "rev", "facts changed"
	a.UpdatedAt = epoch.Add(time.Minute + 123*time.Microsecond)
	b.Status, b.LeaseToken, b.LeaseUntil = core.StatusGenerating, "tok", epoch.Add(20*time.Second+7*time.Microsecond)
	b.UpdatedAt = epoch.Add(2 * time.Minute)
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.SaveDrafts(ctx, []*core.Draft{&b, &a}) }); err != nil {
		t.Fatal(err)
	}
	for _, want := range []*core.Draft{&a, &b, ds[0], ds[5]} {
		got, err := s.GetDraft(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("GetDraft after SaveDrafts =\n%+v\nwant\n%+v", got, want)
		}
	}
	c, missing := a, a
	c.Text, missing.ID = "changed", "missing"
	wantCode(t, s.Tx(ctx, func(tx core.TxStore) error { return tx.SaveDrafts(ctx, []*core.Draft{&c, &missing}) }), core.CodeNotFound)
	if got, _ := s.GetDraft(ctx, a.ID); got.Text != a.Text {
		t.Errorf("a failed SaveDrafts kept a write: text %q", got.Text)
	}
	wantCode(t, s.SaveDrafts(ctx, []*core.Draft{&c, &missing}), core.CodeNotFound)
	if got, _ := s.GetDraft(ctx, a.ID); got.Text != a.Text {
		t.Errorf("a failed SaveDrafts outside a transaction kept a write: text %q", got.Text)
	}
}

// Drafts locked and saved in one transaction, as the group commit saves
// them (PostgreSQL sends a locked draft's content only where it changed):
// each stored as given, whether only its status and lease changed, a
// finding changed in place, or the text changed; and a draft saved alone
// after it was locked, then set back to what was locked, is stored as
// set back (what LockDrafts read is no longer the row).
func testDraftsLockedAndSaved(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "locksave", 3, "en-GB")
	ids := []string{ds[0].ID, ds[1].ID, ds[2].ID}
	var want []*core.Draft
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		got, err := tx.LockDrafts(ctx, ids)
		if err != nil {
			return err
		}
		for i, d := range got {
			d.Status, d.Text, d.Version = core.StatusInReview, fmt.Sprintf("A silver charm, number %d.", i), 1
			d.Findings = []core.Finding{{Rule: "length.min", Category: "length", Severity: core.SeverityWarn, Message: "short", Start: 1, End: 4}}
			d.UpdatedAt = epoch.Add(time.Minute)
		}
		want = got
		return tx.SaveDrafts(ctx, got)
	}); err != nil {
		t.Fatal(err)
	}
	check := func(step string) {
		t.Helper()
		for _, w := range want {
			got, err := s.GetDraft(ctx, w.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("%s: GetDraft =\n%+v\nwant\n%+v", step, got, w)
			}
		}
	}
	check("first save")
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		got, err := tx.LockDrafts(ctx, ids)
		if err != nil {
			return err
		}
		got[0].Status, got[0].LeaseToken, got[0].LeaseUntil = core.StatusGenerating, "tok", epoch.Add(20*time.Second)
		got[1].Status, got[1].Findings[0].Message = core.StatusApproved, "changed in place"
		got[2].Status, got[2].Text, got[2].Version, got[2].Feedback = core.StatusInReview, "A gold charm.", 2, "warmer"
		for _, d := range got {
			d.UpdatedAt = epoch.Add(2 * time.Minute)
		}
		want = got
		return tx.SaveDrafts(ctx, got)
	}); err != nil {
		t.Fatal(err)
	}
	check("mixed save")
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		got, err := tx.LockDrafts(ctx, ids)
		if err != nil {
			return err
		}
		locked := *got[0]
		got[0].Text, got[0].Usage = "Changed alone.", core.Usage{PromptTokens: 10, CompletionTokens: 5, Cost: 0.5}
		if err := tx.SaveDraft(ctx, got[0]); err != nil {
			return err
		}
		*got[0] = locked
		got[0].Status = core.StatusInReview
		want = got
		return tx.SaveDrafts(ctx, got)
	}); err != nil {
		t.Fatal(err)
	}
	check("set back")
}

func testGetDraft(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "get", 1)
	got, err := s.GetDraft(ctx, ds[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ds[0]) {
		t.Errorf("GetDraft =\n%+v\nwant\n%+v", got, ds[0])
	}
	if got.History != nil || got.Findings == nil {
		t.Errorf("GetDraft history %v findings %v; want none and []", got.History, got.Findings)
	}
}

// page lists every draft matching f, limit at a time, the way core pages.
func page(t *testing.T, s core.Store, f core.DraftFilter, limit int) []string {
	t.Helper()
	var got []string
	for range 200 {
		f.Limit = limit
		items, err := s.ListDrafts(context.Background(), f)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) > max(limit, 1) && limit > 0 {
			t.Fatalf("page of %d items, limit %d", len(items), limit)
		}
		for _, d := range items {
			if d.History != nil {
				t.Fatalf("ListDrafts returned history")
			}
		}
		got = append(got, ids(items, draftID)...)
		if len(items) < limit || limit <= 0 || len(items) == 0 {
			return got
		}
		f.AfterID = items[len(items)-1].ID
	}
	t.Fatal("pagination does not end")
	return nil
}

func testListDrafts(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "list", 5, "en-GB", "fr-FR", "de-DE")
	other, _, ods := create(t, s, "other", 2, "en-GB")
	set(t, s, ds[1].ID, core.StatusInReview, nil)
	set(t, s, ds[4].ID, core.StatusInReview, nil)
	set(t, s, ods[0].ID, core.StatusInReview, nil)
	all := ids(ds, draftID)
	if !slices.IsSorted(all) {
		t.Errorf("draft IDs are not in creation order: %v", all)
	}
	tests := []struct {
		name string
		f    core.DraftFilter
		want []string
	}{
		{"launch", core.DraftFilter{LaunchID: l.ID}, all},
		{"other launch", core.DraftFilter{LaunchID: other.ID}, ids(ods, draftID)},
		{"locale", core.DraftFilter{LaunchID: l.ID, Locales: []string{"fr-FR"}},
			[]string{ds[1].ID, ds[4].ID, ds[7].ID, ds[10].ID, ds[13].ID}},
		{"locales", core.DraftFilter{LaunchID: l.ID, Locales: []string{"fr-FR", "de-DE"}, Status: core.StatusQueued},
			[]string{ds[2].ID, ds[5].ID, ds[7].ID, ds[8].ID, ds[10].ID, ds[11].ID, ds[13].ID, ds[14].ID}},
		{"status", core.DraftFilter{LaunchID: l.ID, Status: core.StatusInReview}, []string{ds[1].ID, ds[4].ID}},
		{"review queue across launches", core.DraftFilter{Status: core.StatusInReview, Locales: []string{"en-GB", "fr-FR"}},
			[]string{ds[1].ID, ds[4].ID, ods[0].ID}},
		{"none", core.DraftFilter{LaunchID: l.ID, Status: core.StatusPublished}, nil},
		{"sku", core.DraftFilter{LaunchID: l.ID, SKU: ds[3].SKU}, []string{ds[3].ID, ds[4].ID, ds[5].ID}},
		{"sku and channel", core.DraftFilter{LaunchID: l.ID, SKU: ds[3].SKU, Channel: "pdp"}, []string{ds[3].ID, ds[4].ID, ds[5].ID}},
		{"other channel", core.DraftFilter{LaunchID: l.ID, Channel: "social"}, nil},
		{"unknown launch", core.DraftFilter{LaunchID: "nope"}, nil},
	}
	for _, tt := range tests {
		for _, limit := range []int{1, 4, 1000} {
			if got := page(t, s, tt.f, limit); !slices.Equal(got, tt.want) {
				t.Errorf("%s, limit %d: got %v\nwant %v", tt.name, limit, got, tt.want)
			}
		}
	}
	// No limit means a page of the default size.
	if items, err := s.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}); err != nil || len(items) != len(ds) {
		t.Errorf("ListDrafts without a limit = %d drafts, %v", len(items), err)
	}
	items, err := s.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(items[0], ds[0]) {
		t.Errorf("ListDrafts item =\n%+v\nwant\n%+v", items[0], ds[0])
	}
}

func testSaveDraft(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "save", 1)
	d := *ds[0]
	d.Status, d.Text, d.Version, d.Attempts = core.StatusInReview, "Un charme en argent sterling.", 1, 2
	d.Findings = []core.Finding{{Rule: "length.min", Category: "length", Severity: core.SeverityWarn, Message: "short", Start: 1, End: 4}}
	d.Model, d.StyleGuideVersion, d.PromptVersion, d.PromptHash = "offline/template", "2026.11", "p1", "abc"
	d.Usage = core.Usage{PromptTokens: 812, CompletionTokens: 140, Cost: 0.01}
	d.Feedback, d.Reason = "warmer please", "none"
	d.UpdatedAt = epoch.Add(time.Minute + 123*time.Microsecond)
	if err := s.Tx(ctx, func(tx core.TxStore) error { return tx.SaveDraft(ctx, &d) }); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetDraft(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, &d) {
		t.Errorf("GetDraft after save =\n%+v\nwant\n%+v", got, &d)
	}
	missing := d
	missing.ID = "missing"
	wantCode(t, s.SaveDraft(ctx, &missing), core.CodeNotFound)
}

// Workers race to take one draft, each locking it in a transaction: the
// lock serialises them, so exactly one sees it queued, and concurrent
// read-modify-writes lose nothing.
func testLockRace(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "race", 1)
	id := ds[0].ID
	const n = 20
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := s.Tx(ctx, func(tx core.TxStore) error {
				d, err := tx.LockDraft(ctx, id)
				if err != nil {
					return err
				}
				if d.Status == core.StatusQueued {
					mu.Lock()
					won++
					mu.Unlock()
				}
				d.Status = core.StatusGenerating
				d.Attempts++
				return tx.SaveDraft(ctx, d)
			})
			if err != nil {
				t.Errorf("racing transaction: %v", err)
			}
		}()
	}
	wg.Wait()
	if won != 1 {
		t.Errorf("%d workers saw the draft queued, want 1", won)
	}
	d, err := s.GetDraft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Attempts != n {
		t.Errorf("attempts %d after %d locked increments", d.Attempts, n)
	}
}

func testStuckDrafts(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "stuck", 4)
	// ds[0] and ds[3] stay as created (updated at epoch); ds[1] and ds[2]
	// move on, later.
	set(t, s, ds[1].ID, core.StatusGenerating, func(d *core.Draft) { d.UpdatedAt = epoch.Add(time.Hour) })
	set(t, s, ds[2].ID, core.StatusInReview, func(d *core.Draft) { d.UpdatedAt = epoch.Add(time.Hour) })
	before := epoch.Add(30 * time.Minute)
	statuses := []core.Status{core.StatusQueued, core.StatusGenerating}
	got, err := s.StuckDrafts(ctx, statuses, before, 10)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{ds[0].ID, ds[3].ID}; !slices.Equal(ids(got, draftID), want) {
		t.Errorf("StuckDrafts = %v, want %v", ids(got, draftID), want)
	}
	got, err = s.StuckDrafts(ctx, statuses, before, 1)
	if err != nil || len(got) != 1 || got[0].ID != ds[0].ID {
		t.Errorf("StuckDrafts limit 1 = %v, %v", got, err)
	}
	got, err = s.StuckDrafts(ctx, statuses, epoch.Add(2*time.Hour), 10)
	if err != nil || len(got) != 3 || got[2].ID != ds[1].ID {
		t.Errorf("StuckDrafts(+2h) = %v, %v; want 3, oldest first", ids(got, draftID), err)
	}
	got, err = s.StuckDrafts(ctx, []core.Status{core.StatusFailed}, epoch.Add(2*time.Hour), 10)
	if err != nil || len(got) != 0 {
		t.Errorf("StuckDrafts(failed) = %v, %v", got, err)
	}
}

// Callers may choose IDs; every store orders them by bytes, whatever the
// database locale.
func testCustomIDs(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("custom", 3, []string{"en-GB"}, []string{"pdp"})
	l.ID = "launch-Custom"
	for i, id := range []string{"b-2", "B-1", "a-3"} {
		ds[i].ID, ds[i].LaunchID = id, l.ID
	}
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	if got, want := page(t, s, core.DraftFilter{LaunchID: l.ID}, 1), []string{"B-1", "a-3", "b-2"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if d, err := s.GetDraft(ctx, "B-1"); err != nil || d.SKU != ps[1].SKU {
		t.Errorf("GetDraft(B-1) = %+v, %v", d, err)
	}
}

func testBigLaunch(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("big", 1000, []string{"en-GB", "fr-FR", "de-DE"}, []string{"pdp"})
	if err := insert(s, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	got, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	counts, _, err := s.LaunchProgress(ctx, l.ID)
	if err != nil || got.ProductCount != 1000 || counts[core.StatusQueued] != 3000 {
		t.Errorf("big launch: %d products, counts %v, %v", got.ProductCount, counts, err)
	}
	if n := len(page(t, s, core.DraftFilter{LaunchID: l.ID}, 1000)); n != 3000 {
		t.Errorf("listed %d drafts, want 3000", n)
	}
	evs, err := s.ListEvents(ctx, core.EventFilter{LaunchID: l.ID})
	if err != nil || len(evs) != 3000 || evs[2999].Seq != 3000 {
		t.Errorf("created events: %d, %v", len(evs), err)
	}
}

func testDraftNotFound(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.GetDraft(ctx, "nope")
	wantCode(t, err, core.CodeNotFound)
	err = s.Tx(ctx, func(tx core.TxStore) error { _, err := tx.LockDraft(ctx, "nope"); return err })
	wantCode(t, err, core.CodeNotFound)
	_, _, ds := create(t, s, "dup drafts", 1)
	d := *ds[0]
	d.ID = fmt.Sprint(d.ID, "-2") // same (launch, sku, locale, channel)
	wantCode(t, s.Tx(ctx, func(tx core.TxStore) error { return tx.InsertDrafts(ctx, []*core.Draft{&d}) }), core.CodeInvalid)
}
