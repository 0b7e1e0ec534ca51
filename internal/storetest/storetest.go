// Package storetest is the conformance suite of core.Store: every store
// adapter runs the same tests, so the SQLite default and PostgreSQL behave
// alike (as riverqueue/river does for its drivers).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// Run runs the conformance suite. newStore must return an empty store of its
// own (isolated from other calls) and arrange its cleanup.
func Run(t *testing.T, newStore func(t *testing.T) core.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s core.Store)
	}{
		{"CreateGetLaunch", testCreateGetLaunch},
		{"LaunchStatus", testLaunchStatus},
		{"Idempotency", testIdempotency},
		{"Products", testProducts},
		{"GetDraft", testGetDraft},
		{"ListDrafts", testListDrafts},
		{"UpdateDraft", testUpdateDraft},
		{"UpdateDraftRace", testUpdateDraftRace},
		{"Publish", testPublish},
		{"PublishVersions", testPublishVersions},
		{"StuckDrafts", testStuckDrafts},
		{"CatalogueFeed", testCatalogueFeed},
		{"Tokens", testTokens},
		{"StyleGuides", testStyleGuides},
		{"GenerationCache", testGenerationCache},
		{"NotFound", testNotFound},
		{"CustomIDs", testCustomIDs},
		{"BigLaunch", testBigLaunch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			if err := s.Ping(context.Background()); err != nil {
				t.Fatalf("Ping: %v", err)
			}
			tt.fn(t, s)
		})
	}
}

// Benchmark measures CreateLaunch of a launch of 1000 products in 3 locales
// (3000 drafts), the size the brief says must stay well under a second.
func Benchmark(b *testing.B, newStore func(tb testing.TB) core.Store) {
	s := newStore(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		l, ps, ds := fixture(fmt.Sprintf("bench-%d", i), 1000, []string{"en-GB", "fr-FR", "de-DE"}, []string{"pdp"})
		b.StartTimer()
		if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
			b.Fatal(err)
		}
	}
}

// ---- fixtures and assertions ----------------------------------------------

func fixture(name string, n int, locales, channels []string) (*core.Launch, []core.Product, []*core.Draft) {
	l := &core.Launch{
		Name: name, SourceLocale: locales[0], Locales: locales, Channels: channels,
		GoLive: "2027-02-01", CallbackURL: "https://campaigns.example/hooks", Mode: core.ModeGenerate,
		CreatedBy: "tester",
	}
	var ps []core.Product
	var ds []*core.Draft
	for i := range n {
		p := core.Product{
			SKU: fmt.Sprintf("SKU%05d", i), Name: fmt.Sprintf("Heart Charm %d", i), Category: "charm",
			Collection: "Moments", Materials: []string{"sterling silver"},
			Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12}},
			Colours: []string{"pink"}, Features: []string{"hand-finished"},
			Attributes: map[string]string{"diameter_mm": "11"},
		}
		if i%2 == 1 {
			p.Category, p.Collection = "ring", "Signature"
		}
		ps = append(ps, p)
		for _, loc := range locales {
			for _, ch := range channels {
				ds = append(ds, &core.Draft{SKU: p.SKU, Locale: loc, Channel: ch, Status: core.StatusQueued,
					History: []core.Event{{Event: "created", By: "tester"}}})
			}
		}
	}
	return l, ps, ds
}

func create(t *testing.T, s core.Store, name string, n int, locales ...string) (*core.Launch, []core.Product, []*core.Draft) {
	t.Helper()
	if len(locales) == 0 {
		locales = []string{"en-GB"}
	}
	l, ps, ds := fixture(name, n, locales, []string{"pdp"})
	if err := s.CreateLaunch(context.Background(), l, ps, ds); err != nil {
		t.Fatalf("CreateLaunch: %v", err)
	}
	return l, ps, ds
}

func wantCode(t *testing.T, err error, code core.Code) {
	t.Helper()
	if got := core.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

// set moves a draft to a status without checks, as the pipeline would.
func set(t *testing.T, s core.Store, id string, st core.Status, f func(*core.Draft)) *core.Draft {
	t.Helper()
	d, err := s.UpdateDraft(context.Background(), id, nil, core.Event{Event: string(st), By: "test"}, func(d *core.Draft) error {
		d.Status = st
		if f != nil {
			f(d)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("UpdateDraft(%s -> %s): %v", id, st, err)
	}
	return d
}

func approve(t *testing.T, s core.Store, id, text string) {
	t.Helper()
	set(t, s, id, core.StatusApproved, func(d *core.Draft) { d.Text = text; d.Version++ })
}

// ---- tests ----------------------------------------------------------------

func testCreateGetLaunch(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("Spring Hearts", 3, []string{"en-GB", "fr-FR"}, []string{"pdp"})
	l.IdempotencyKey, l.RequestHash, l.Budget = "key-1", "hash-1", 12.5
	ds[0].Usage = core.Usage{PromptTokens: 100, CompletionTokens: 20, Cost: 0.5}
	ds[1].Usage = core.Usage{PromptTokens: 10, CompletionTokens: 2, Cost: 0.25}
	ds[1].Status = core.StatusInReview
	if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	if l.ID == "" || l.CreatedAt.IsZero() {
		t.Fatalf("CreateLaunch did not fill ID/CreatedAt: %+v", l)
	}
	seen := map[string]bool{}
	for _, d := range ds {
		if d.ID == "" || d.LaunchID != l.ID || seen[d.ID] {
			t.Fatalf("draft id %q launch %q (launch %q)", d.ID, d.LaunchID, l.ID)
		}
		seen[d.ID] = true
	}
	got, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := *l
	want.ProductCount = 3
	want.Counts = map[core.Status]int{}
	for _, st := range core.Statuses {
		want.Counts[st] = 0
	}
	want.Counts[core.StatusQueued] = 5
	want.Counts[core.StatusInReview] = 1
	want.Usage = core.Usage{PromptTokens: 110, CompletionTokens: 22, Cost: 0.75}
	want.Status = core.LaunchProcessing
	if !reflect.DeepEqual(got, &want) {
		t.Errorf("GetLaunch =\n%+v\nwant\n%+v", got, &want)
	}
	if !got.CreatedAt.Equal(l.CreatedAt) || got.CreatedAt.Location() != time.UTC {
		t.Errorf("CreatedAt = %v, want %v in UTC", got.CreatedAt, l.CreatedAt)
	}
}

func testLaunchStatus(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "status", 2, "en-GB", "fr-FR")
	steps := []struct {
		draft int
		to    core.Status
		want  string
	}{
		{0, core.StatusGenerating, core.LaunchProcessing},
		{0, core.StatusInReview, core.LaunchProcessing},
		{1, core.StatusFailed, core.LaunchProcessing},
		{2, core.StatusPublished, core.LaunchProcessing},
		{3, core.StatusInReview, core.LaunchInReview},
		{3, core.StatusApproved, core.LaunchInReview},
		{3, core.StatusPublished, core.LaunchInReview},
		{0, core.StatusRejected, core.LaunchProcessing},
		{0, core.StatusPublished, core.LaunchComplete},
	}
	for _, st := range steps {
		set(t, s, ds[st.draft].ID, st.to, nil)
		got, err := s.GetLaunch(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Status != st.want {
			t.Fatalf("after draft %d -> %s: status %q, want %q (counts %v)", st.draft, st.to, got.Status, st.want, got.Counts)
		}
	}
	for _, tt := range []struct {
		counts map[core.Status]int
		want   string
	}{
		{map[core.Status]int{}, core.LaunchComplete},
		{map[core.Status]int{core.StatusQueued: 1, core.StatusPublished: 3}, core.LaunchProcessing},
		{map[core.Status]int{core.StatusGenerating: 1}, core.LaunchProcessing},
		{map[core.Status]int{core.StatusApproved: 1, core.StatusFailed: 1}, core.LaunchInReview},
		{map[core.Status]int{core.StatusPublished: 2, core.StatusFailed: 1, core.StatusQueued: 0}, core.LaunchComplete},
	} {
		if got := core.DeriveLaunchStatus(tt.counts); got != tt.want {
			t.Errorf("DeriveLaunchStatus(%v) = %q, want %q", tt.counts, got, tt.want)
		}
	}
}

func testIdempotency(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("first", 2, []string{"en-GB"}, []string{"pdp"})
	l.IdempotencyKey, l.RequestHash = "idem-1", "h1"
	if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	got, err := s.LaunchByIdempotencyKey(ctx, "idem-1")
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != l.ID || got.RequestHash != "h1" || got.Counts[core.StatusQueued] != 2 {
		t.Fatalf("LaunchByIdempotencyKey = %+v", got)
	}
	l2, ps2, ds2 := fixture("second", 2, []string{"en-GB"}, []string{"pdp"})
	l2.IdempotencyKey, l2.RequestHash = "idem-1", "h2"
	wantCode(t, s.CreateLaunch(ctx, l2, ps2, ds2), core.CodeConflict)
	// The failed launch left nothing behind.
	if l2.ID != "" {
		_, err := s.GetLaunch(ctx, l2.ID)
		wantCode(t, err, core.CodeNotFound)
	}
	// Racing submissions of one key: exactly one launch is created.
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l, ps, ds := fixture(fmt.Sprint("race ", i), 2, []string{"en-GB"}, []string{"pdp"})
			l.IdempotencyKey = "idem-race"
			errs[i] = s.CreateLaunch(ctx, l, ps, ds)
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
			t.Errorf("racing CreateLaunch: %v", err)
		}
	}
	if won != 1 {
		t.Errorf("%d racing launches with one key succeeded, want 1", won)
	}
	_, err = s.LaunchByIdempotencyKey(ctx, "idem-unknown")
	wantCode(t, err, core.CodeNotFound)
	_, err = s.LaunchByIdempotencyKey(ctx, "")
	wantCode(t, err, core.CodeNotFound)
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
	if len(got.History) != 1 || got.History[0].Event != "created" || got.History[0].At.IsZero() {
		t.Errorf("History = %+v", got.History)
	}
}

func testListDrafts(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, ds := create(t, s, "list", 5, "en-GB", "fr-FR", "de-DE")
	other, _, ods := create(t, s, "other", 2, "en-GB")
	set(t, s, ds[1].ID, core.StatusInReview, nil)
	set(t, s, ds[4].ID, core.StatusInReview, nil)
	set(t, s, ods[0].ID, core.StatusInReview, nil)

	ids := func(ds []*core.Draft) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	var all []string
	for _, d := range ds {
		all = append(all, d.ID)
	}
	// IDs are time ordered, so creation order is id order.
	if !slices.IsSorted(all) {
		t.Errorf("draft IDs are not in creation order: %v", all)
	}

	tests := []struct {
		name string
		f    core.DraftFilter
		want []string
	}{
		{"launch", core.DraftFilter{LaunchID: l.ID}, all},
		{"other launch", core.DraftFilter{LaunchID: other.ID}, ids(ods)},
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
	}
	for _, tt := range tests {
		for _, limit := range []int{0, 1, 4, 1000} {
			t.Run(fmt.Sprintf("%s/limit=%d", tt.name, limit), func(t *testing.T) {
				f := tt.f
				f.Limit = limit
				var got []string
				for page := 0; ; page++ {
					if page > 100 {
						t.Fatal("pagination does not end")
					}
					items, next, err := s.ListDrafts(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					if limit > 0 && len(items) > limit {
						t.Fatalf("page of %d items, limit %d", len(items), limit)
					}
					for _, d := range items {
						if d.History != nil {
							t.Fatalf("ListDrafts returned history")
						}
					}
					got = append(got, ids(items)...)
					if next == "" {
						break
					}
					f.Cursor = next
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("got %v\nwant %v", got, tt.want)
				}
			})
		}
	}
	// A full page is returned with the drafts' fields.
	items, _, err := s.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	want := *ds[0]
	want.History = nil
	if !reflect.DeepEqual(items[0], &want) {
		t.Errorf("ListDrafts item =\n%+v\nwant\n%+v", items[0], &want)
	}
	_, _, err = s.ListDrafts(ctx, core.DraftFilter{Cursor: "!!not a cursor!!"})
	wantCode(t, err, core.CodeInvalid)
}

func testUpdateDraft(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "update", 1)
	id := ds[0].ID
	before := ds[0].UpdatedAt
	time.Sleep(2 * time.Millisecond)

	d, err := s.UpdateDraft(ctx, id, []core.Status{core.StatusQueued}, core.Event{Event: "generating", By: "worker"}, func(d *core.Draft) error {
		if d.Status != core.StatusQueued || d.SKU != ds[0].SKU {
			return fmt.Errorf("mutate saw %+v", d)
		}
		d.Status = core.StatusGenerating
		d.Attempts++
		// Identity fields cannot be changed.
		d.ID, d.LaunchID, d.SKU, d.Locale, d.Channel = "x", "x", "x", "x", "x"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != id || d.SKU != ds[0].SKU || d.Locale != "en-GB" || d.Channel != "pdp" || d.LaunchID != ds[0].LaunchID {
		t.Errorf("identity changed: %+v", d)
	}
	if !d.UpdatedAt.After(before) {
		t.Errorf("UpdatedAt %v not after %v", d.UpdatedAt, before)
	}

	findings := []core.Finding{{Rule: "length.min", Category: "length", Severity: core.SeverityWarn, Message: "short", Start: 1, End: 4}}
	d, err = s.UpdateDraft(ctx, id, []core.Status{core.StatusGenerating}, core.Event{Event: "generated", By: "worker", Detail: "attempt 1"}, func(d *core.Draft) error {
		d.Status = core.StatusInReview
		d.Text, d.Version, d.Findings = "Un charme en argent sterling.", 1, findings
		d.Model, d.StyleGuideVersion, d.PromptVersion, d.PromptHash = "offline/template", "2026.11", "p1", "abc"
		d.Usage = d.Usage.Add(core.Usage{PromptTokens: 812, CompletionTokens: 140, Cost: 0.01})
		d.Feedback, d.Reason = "warmer please", "none"
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.GetDraft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("GetDraft after update =\n%+v\nwant\n%+v", got, d)
	}
	if len(got.History) != 3 || got.History[1].Event != "generating" || got.History[2].Detail != "attempt 1" || got.History[2].At.IsZero() {
		t.Errorf("History = %+v", got.History)
	}

	// Wrong status: conflict naming the current status, nothing written.
	_, err = s.UpdateDraft(ctx, id, []core.Status{core.StatusQueued, core.StatusGenerating}, core.Event{Event: "x"}, func(d *core.Draft) error {
		t.Error("mutate called on conflict")
		return nil
	})
	wantCode(t, err, core.CodeConflict)
	if !strings.Contains(core.ErrorMessage(err), string(core.StatusInReview)) {
		t.Errorf("conflict message %q does not name the current status", core.ErrorMessage(err))
	}

	// An error from mutate aborts the update and comes back unchanged.
	boom := core.Errorf(core.CodeInvalid, "boom")
	_, err = s.UpdateDraft(ctx, id, []core.Status{core.StatusInReview}, core.Event{Event: "approved"}, func(d *core.Draft) error {
		d.Status = core.StatusApproved
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("mutate error = %v, want %v", err, boom)
	}
	after, err := s.GetDraft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(after, got) {
		t.Errorf("aborted update changed the draft:\n%+v\nwas\n%+v", after, got)
	}

	// An explicit event time is kept.
	at := time.Date(2026, 1, 2, 3, 4, 5, 6000, time.UTC)
	d, err = s.UpdateDraft(ctx, id, []core.Status{core.StatusInReview}, core.Event{At: at, Event: "approved", By: "reviewer"}, func(d *core.Draft) error {
		d.Status = core.StatusApproved
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if last := d.History[len(d.History)-1]; !last.At.Equal(at) || last.By != "reviewer" {
		t.Errorf("last event = %+v", last)
	}

	_, err = s.UpdateDraft(ctx, "missing", nil, core.Event{}, func(*core.Draft) error { return nil })
	wantCode(t, err, core.CodeNotFound)
}

func testUpdateDraftRace(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, _, ds := create(t, s, "race", 1)
	id := ds[0].ID
	const n = 20

	// Twenty workers race to take the same queued draft: exactly one wins.
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.UpdateDraft(ctx, id, []core.Status{core.StatusQueued}, core.Event{Event: "generating", By: fmt.Sprint(i)}, func(d *core.Draft) error {
				d.Status = core.StatusGenerating
				return nil
			})
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
			t.Errorf("racing update: %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d winners, want 1", won)
	}

	// Concurrent read-modify-write never loses an update.
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.UpdateDraft(ctx, id, []core.Status{core.StatusGenerating}, core.Event{Event: "attempt"}, func(d *core.Draft) error {
				d.Attempts++
				return nil
			})
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Errorf("concurrent update: %v", err)
		}
	}
	d, err := s.GetDraft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Attempts != n || len(d.History) != 2+n {
		t.Errorf("attempts %d, history %d; want %d, %d", d.Attempts, len(d.History), n, 2+n)
	}
}

func testPublish(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := create(t, s, "publish", 2, "en-GB")
	id := ds[1].ID

	// Not approved: conflict.
	_, err := s.PublishDraft(ctx, id, core.Event{Event: "published"})
	wantCode(t, err, core.CodeConflict)
	set(t, s, id, core.StatusInReview, nil)
	_, err = s.PublishDraft(ctx, id, core.Event{Event: "published"})
	wantCode(t, err, core.CodeConflict)

	approve(t, s, id, "A ring in sterling silver.")
	e1, err := s.PublishDraft(ctx, id, core.Event{Event: "published", By: "worker"})
	if err != nil {
		t.Fatal(err)
	}
	want := core.CatalogueEntry{SKU: ps[1].SKU, Locale: "en-GB", Channel: "pdp", Text: "A ring in sterling silver.",
		Version: 1, DraftID: id, LaunchID: l.ID, Category: ps[1].Category, Collection: ps[1].Collection, PublishedAt: e1.PublishedAt}
	if !reflect.DeepEqual(*e1, want) || e1.PublishedAt.IsZero() {
		t.Errorf("PublishDraft =\n%+v\nwant\n%+v", *e1, want)
	}
	// Twice: the same entry, nothing new written.
	e2, err := s.PublishDraft(ctx, id, core.Event{Event: "published", By: "worker"})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(e1, e2) {
		t.Errorf("second publish = %+v, want %+v", e2, e1)
	}
	d, err := s.GetDraft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != core.StatusPublished {
		t.Errorf("status %s after publish", d.Status)
	}
	if n := len(d.History); n != 4 || d.History[n-1].Event != "published" {
		t.Errorf("history after two publishes = %+v", d.History)
	}
	feed, _, err := s.ListCatalogue(ctx, core.CatalogueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(feed) != 1 || !reflect.DeepEqual(feed[0], *e1) {
		t.Errorf("catalogue = %+v, want just %+v", feed, *e1)
	}
	by, err := s.CatalogueBySKU(ctx, ps[1].SKU)
	if err != nil {
		t.Fatal(err)
	}
	if len(by) != 1 || !reflect.DeepEqual(by[0], *e1) {
		t.Errorf("CatalogueBySKU = %+v", by)
	}

	// Racing publishers of one draft: one entry.
	approve(t, s, ds[0].ID, "A charm.")
	var wg sync.WaitGroup
	entries := make([]*core.CatalogueEntry, 10)
	errs := make([]error, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			entries[i], errs[i] = s.PublishDraft(ctx, ds[0].ID, core.Event{Event: "published"})
		}()
	}
	wg.Wait()
	for i := range 10 {
		if errs[i] != nil {
			t.Fatalf("racing publish: %v", errs[i])
		}
		if !reflect.DeepEqual(entries[i], entries[0]) {
			t.Errorf("racing publish gave %+v and %+v", entries[i], entries[0])
		}
	}
	by, err = s.CatalogueBySKU(ctx, ps[0].SKU)
	if err != nil || len(by) != 1 || by[0].Version != 1 {
		t.Errorf("CatalogueBySKU after racing publish = %+v, %v", by, err)
	}

	// A draft with a blocking finding never reaches the catalogue.
	_, _, bs := create(t, s, "blocked", 1)
	set(t, s, bs[0].ID, core.StatusApproved, func(d *core.Draft) {
		d.Findings = []core.Finding{{Rule: "r", Category: "claim", Severity: core.SeverityBlock, Message: "m"}}
	})
	_, err = s.PublishDraft(ctx, bs[0].ID, core.Event{Event: "published"})
	wantCode(t, err, core.CodeConflict)

	_, err = s.PublishDraft(ctx, "missing", core.Event{Event: "published"})
	wantCode(t, err, core.CodeNotFound)
}

func testPublishVersions(t *testing.T, s core.Store) {
	ctx := context.Background()
	// The same SKU in two launches, two locales.
	_, _, a := create(t, s, "first", 1, "en-GB", "fr-FR")
	_, _, b := create(t, s, "second", 1, "en-GB", "fr-FR")
	publish := func(d *core.Draft, text string) *core.CatalogueEntry {
		t.Helper()
		approve(t, s, d.ID, text)
		e, err := s.PublishDraft(ctx, d.ID, core.Event{Event: "published"})
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	if e := publish(a[0], "en one"); e.Version != 1 {
		t.Errorf("first version = %d", e.Version)
	}
	if e := publish(b[0], "en two"); e.Version != 2 {
		t.Errorf("second version = %d", e.Version)
	}
	if e := publish(a[1], "fr one"); e.Version != 1 {
		t.Errorf("first fr version = %d", e.Version)
	}
	// A draft that is edited after publishing publishes its new version.
	set(t, s, a[1].ID, core.StatusApproved, func(d *core.Draft) {}) // published -> approved is forced here
	if e := publish(a[1], "fr two"); e.Version != 2 {
		t.Errorf("re-published fr version = %d", e.Version)
	}

	by, err := s.CatalogueBySKU(ctx, a[0].SKU)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range by {
		got = append(got, fmt.Sprintf("%s/%s/v%d/%s", e.Locale, e.Channel, e.Version, e.Text))
	}
	want := []string{"en-GB/pdp/v2/en two", "fr-FR/pdp/v2/fr two"}
	if !slices.Equal(got, want) {
		t.Errorf("CatalogueBySKU = %v, want %v", got, want)
	}
	by, err = s.CatalogueBySKU(ctx, "never-published")
	if err != nil || len(by) != 0 {
		t.Errorf("CatalogueBySKU(unknown) = %v, %v; want empty, nil", by, err)
	}
}

func testStuckDrafts(t *testing.T, s core.Store) {
	ctx := context.Background()
	old := time.Now().Add(-10 * time.Minute)
	l, ps, ds := fixture("stuck", 4, []string{"en-GB"}, []string{"pdp"})
	for i, d := range ds {
		d.CreatedAt = old.Add(time.Duration(i) * time.Second)
	}
	if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	// ds[0]: queued long ago (stuck); ds[1]: generating long ago... but
	// UpdateDraft bumps updated_at, so it is fresh; ds[2]: fresh in review;
	// ds[3]: queued long ago (stuck).
	set(t, s, ds[1].ID, core.StatusGenerating, nil)
	set(t, s, ds[2].ID, core.StatusInReview, nil)
	before := time.Now().Add(-5 * time.Minute)
	statuses := []core.Status{core.StatusQueued, core.StatusGenerating}
	got, err := s.StuckDrafts(ctx, statuses, before, 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range got {
		ids = append(ids, d.ID)
	}
	if want := []string{ds[0].ID, ds[3].ID}; !slices.Equal(ids, want) {
		t.Errorf("StuckDrafts = %v, want %v", ids, want)
	}
	got, err = s.StuckDrafts(ctx, statuses, before, 1)
	if err != nil || len(got) != 1 || got[0].ID != ds[0].ID {
		t.Errorf("StuckDrafts limit 1 = %v, %v", got, err)
	}
	got, err = s.StuckDrafts(ctx, statuses, time.Now().Add(time.Minute), 10)
	if err != nil || len(got) != 3 {
		t.Errorf("StuckDrafts(now+1m) = %d drafts, %v; want 3", len(got), err)
	}
	got, err = s.StuckDrafts(ctx, []core.Status{core.StatusFailed}, time.Now().Add(time.Minute), 10)
	if err != nil || len(got) != 0 {
		t.Errorf("StuckDrafts(failed) = %v, %v", got, err)
	}
}

func testCatalogueFeed(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, ps, ds := create(t, s, "feed", 3, "en-GB", "fr-FR")
	var published []core.CatalogueEntry
	var mid time.Time
	for i, d := range ds {
		if i == 3 {
			time.Sleep(2 * time.Millisecond)
			mid = time.Now()
			time.Sleep(2 * time.Millisecond)
		}
		approve(t, s, d.ID, "text "+d.SKU+" "+d.Locale)
		e, err := s.PublishDraft(ctx, d.ID, core.Event{Event: "published"})
		if err != nil {
			t.Fatal(err)
		}
		published = append(published, *e)
	}
	_ = ps
	key := func(es []core.CatalogueEntry) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.DraftID)
		}
		return out
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
	tests := []struct {
		name string
		f    core.CatalogueFilter
		want []string
	}{
		{"all", core.CatalogueFilter{}, key(published)},
		{"locale", core.CatalogueFilter{Locale: "fr-FR"}, pick(func(e core.CatalogueEntry) bool { return e.Locale == "fr-FR" })},
		{"channel", core.CatalogueFilter{Channel: "pdp"}, key(published)},
		{"no channel", core.CatalogueFilter{Channel: "social"}, nil},
		{"since", core.CatalogueFilter{Since: mid}, key(published[3:])},
		{"since and locale", core.CatalogueFilter{Since: mid, Locale: "en-GB"}, pick(func(e core.CatalogueEntry) bool {
			return e.Locale == "en-GB" && e.PublishedAt.After(mid)
		})},
		{"category", core.CatalogueFilter{Category: "ring"}, pick(func(e core.CatalogueEntry) bool { return e.Category == "ring" })},
		{"collection", core.CatalogueFilter{Collection: "Moments"}, pick(func(e core.CatalogueEntry) bool { return e.Collection == "Moments" })},
		{"future", core.CatalogueFilter{Since: time.Now().Add(time.Hour)}, nil},
	}
	for _, tt := range tests {
		for _, limit := range []int{0, 1, 2} {
			t.Run(fmt.Sprintf("%s/limit=%d", tt.name, limit), func(t *testing.T) {
				f := tt.f
				f.Limit = limit
				var got []string
				for page := 0; ; page++ {
					if page > 100 {
						t.Fatal("pagination does not end")
					}
					items, next, err := s.ListCatalogue(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					if limit > 0 && len(items) > limit {
						t.Fatalf("page of %d, limit %d", len(items), limit)
					}
					got = append(got, key(items)...)
					if next == "" {
						break
					}
					f.Cursor = next
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("got %v\nwant %v", got, tt.want)
				}
			})
		}
	}
	all, _, err := s.ListCatalogue(ctx, core.CatalogueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(all, published) {
		t.Errorf("ListCatalogue =\n%+v\nwant\n%+v", all, published)
	}
	_, _, err = s.ListCatalogue(ctx, core.CatalogueFilter{Cursor: "%%%"})
	wantCode(t, err, core.CodeInvalid)
}

func testTokens(t *testing.T, s core.Store) {
	ctx := context.Background()
	tok := &core.Token{Name: "fr reviewer", Role: core.RoleReviewer, Locales: []string{"fr-FR", "fr-BE"}, Hash: "h-1"}
	if err := s.CreateToken(ctx, tok); err != nil {
		t.Fatal(err)
	}
	if tok.ID == "" || tok.CreatedAt.IsZero() {
		t.Fatalf("CreateToken did not fill ID/CreatedAt: %+v", tok)
	}
	got, err := s.TokenByHash(ctx, "h-1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, tok) {
		t.Errorf("TokenByHash = %+v, want %+v", got, tok)
	}
	admin := &core.Token{Name: "admin", Role: core.RoleAdmin, Hash: "h-2"}
	if err := s.CreateToken(ctx, admin); err != nil {
		t.Fatal(err)
	}
	if got, err := s.TokenByHash(ctx, "h-2"); err != nil || !reflect.DeepEqual(got, admin) {
		t.Errorf("TokenByHash(admin) = %+v, %v; want %+v", got, err, admin)
	}
	wantCode(t, s.CreateToken(ctx, &core.Token{Name: "dup", Role: core.RoleAdmin, Hash: "h-1"}), core.CodeConflict)
	_, err = s.TokenByHash(ctx, "nope")
	wantCode(t, err, core.CodeNotFound)
}

func testStyleGuides(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.LatestStyleGuide(ctx)
	wantCode(t, err, core.CodeNotFound)
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	v1 := core.StyleGuideDoc{Version: "2026.10", Body: "brand: Aurelia\nversion: \"2026.10\"\n", CreatedAt: at}
	v2 := core.StyleGuideDoc{Version: "2026.11", Body: "brand: Aurelia\nversion: \"2026.11\"\n", CreatedAt: at}
	for _, doc := range []core.StyleGuideDoc{v1, v2} {
		if err := s.SaveStyleGuide(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	// Saving an existing version changes nothing, not even which is latest.
	if err := s.SaveStyleGuide(ctx, core.StyleGuideDoc{Version: "2026.10", Body: "other"}); err != nil {
		t.Fatal(err)
	}
	latest, err := s.LatestStyleGuide(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*latest, v2) {
		t.Errorf("LatestStyleGuide = %+v, want %+v", latest, v2)
	}
	got, err := s.StyleGuide(ctx, "2026.10")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, v1) {
		t.Errorf("StyleGuide = %+v, want %+v", got, v1)
	}
	_, err = s.StyleGuide(ctx, "1999")
	wantCode(t, err, core.CodeNotFound)
	// CreatedAt defaults to now.
	if err := s.SaveStyleGuide(ctx, core.StyleGuideDoc{Version: "2026.12", Body: "b"}); err != nil {
		t.Fatal(err)
	}
	latest, err = s.LatestStyleGuide(ctx)
	if err != nil || latest.Version != "2026.12" || time.Since(latest.CreatedAt) > time.Minute {
		t.Errorf("LatestStyleGuide = %+v, %v", latest, err)
	}
}

func testGenerationCache(t *testing.T, s core.Store) {
	ctx := context.Background()
	_, err := s.CachedGeneration(ctx, "k")
	wantCode(t, err, core.CodeNotFound)
	g := &core.Generation{Text: "Un charme.", Model: "offline/template", PromptVersion: "p1", PromptHash: "abc",
		Usage: core.Usage{PromptTokens: 10, CompletionTokens: 5, Cost: 0.001}}
	if err := s.PutCachedGeneration(ctx, "k", g); err != nil {
		t.Fatal(err)
	}
	got, err := s.CachedGeneration(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, g) {
		t.Errorf("CachedGeneration = %+v, want %+v", got, g)
	}
	g2 := *g
	g2.Text = "Deux."
	if err := s.PutCachedGeneration(ctx, "k", &g2); err != nil {
		t.Fatalf("second put: %v", err)
	}
	if got, err := s.CachedGeneration(ctx, "k"); err != nil || got.Text != "Deux." {
		t.Errorf("after second put: %+v, %v", got, err)
	}
}

func testNotFound(t *testing.T, s core.Store) {
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
	}{
		{"GetLaunch", func() error { _, err := s.GetLaunch(ctx, "nope"); return err }},
		{"LaunchByIdempotencyKey", func() error { _, err := s.LaunchByIdempotencyKey(ctx, "nope"); return err }},
		{"GetProduct", func() error { _, err := s.GetProduct(ctx, "nope", "nope"); return err }},
		{"GetDraft", func() error { _, err := s.GetDraft(ctx, "nope"); return err }},
		{"UpdateDraft", func() error {
			_, err := s.UpdateDraft(ctx, "nope", nil, core.Event{}, func(*core.Draft) error { return nil })
			return err
		}},
		{"PublishDraft", func() error { _, err := s.PublishDraft(ctx, "nope", core.Event{}); return err }},
		{"TokenByHash", func() error { _, err := s.TokenByHash(ctx, "nope"); return err }},
		{"LatestStyleGuide", func() error { _, err := s.LatestStyleGuide(ctx); return err }},
		{"StyleGuide", func() error { _, err := s.StyleGuide(ctx, "nope"); return err }},
		{"CachedGeneration", func() error { _, err := s.CachedGeneration(ctx, "nope"); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantCode(t, tt.call(), core.CodeNotFound) })
	}
	// Empty lists are not errors.
	if ds, next, err := s.ListDrafts(ctx, core.DraftFilter{LaunchID: "nope"}); err != nil || len(ds) != 0 || next != "" {
		t.Errorf("ListDrafts(unknown launch) = %v, %q, %v", ds, next, err)
	}
}

func testBigLaunch(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("big", 1000, []string{"en-GB", "fr-FR", "de-DE"}, []string{"pdp"})
	start := time.Now()
	if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	t.Logf("CreateLaunch of %d products, %d drafts: %v", len(ps), len(ds), time.Since(start))
	got, err := s.GetLaunch(ctx, l.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.ProductCount != 1000 || got.Counts[core.StatusQueued] != 3000 {
		t.Errorf("big launch: %d products, counts %v", got.ProductCount, got.Counts)
	}
	n := 0
	f := core.DraftFilter{LaunchID: l.ID, Limit: 1000}
	for {
		items, next, err := s.ListDrafts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		n += len(items)
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if n != 3000 {
		t.Errorf("listed %d drafts, want 3000", n)
	}
}

// Callers may choose IDs; every store orders them by bytes, whatever the
// database locale.
func testCustomIDs(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, ps, ds := fixture("custom", 3, []string{"en-GB"}, []string{"pdp"})
	l.ID = "launch-Custom"
	for i, id := range []string{"b-2", "B-1", "a-3"} {
		ds[i].ID = id
	}
	if err := s.CreateLaunch(ctx, l, ps, ds); err != nil {
		t.Fatal(err)
	}
	if l.ID != "launch-Custom" || ds[0].LaunchID != l.ID {
		t.Fatalf("custom IDs replaced: %q %q", l.ID, ds[0].LaunchID)
	}
	var got []string
	f := core.DraftFilter{LaunchID: l.ID, Limit: 1}
	for {
		items, next, err := s.ListDrafts(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range items {
			got = append(got, d.ID)
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	if want := []string{"B-1", "a-3", "b-2"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if d, err := s.GetDraft(ctx, "B-1"); err != nil || d.SKU != ps[1].SKU {
		t.Errorf("GetDraft(B-1) = %+v, %v", d, err)
	}
}
