package core_test

import (
	"context"
	"github.com/copydesk/copydesk/internal/locales"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
)

const guideYAML = `brand: Aurelia
version: "t1"
voice: Warm.
channels:
  pdp: {min_words: 1, max_words: 120}
`

// recordingGenerator answers with texts in turn (the last one repeats) and
// records every request it was given.
type recordingGenerator struct {
	mu    sync.Mutex
	texts []string
	reqs  []core.GenerateRequest
}

func (g *recordingGenerator) Generate(_ context.Context, req core.GenerateRequest) (*core.Generation, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.reqs = append(g.reqs, req)
	text := g.texts[min(len(g.reqs), len(g.texts))-1]
	return &core.Generation{Text: text, Model: "fake/m", PromptVersion: "p", Usage: core.Usage{PromptTokens: 100, CompletionTokens: 20, Cost: 0.01}}, nil
}

func (g *recordingGenerator) calls() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.reqs)
}

// goldChecker blocks any text that says "gold": the pipeline's behaviour,
// not the checks, is under test here.
type goldChecker struct{}

// SupportedLocales implements core.LocaleLister: the locales with a pack,
// as the real checker lists them (core refuses every locale when nothing
// lists).
func (goldChecker) SupportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		panic(err)
	}
	return set.Supported()
}

func (goldChecker) Check(in core.CheckInput) []core.Finding {
	if i := strings.Index(in.Text, "gold"); i >= 0 {
		return []core.Finding{{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityBlock,
			Message: "mentions gold; the product is sterling silver", Start: i, End: i + 4}}
	}
	if strings.Contains(in.Text, "lovely") {
		return []core.Finding{{Rule: "style", Category: "banned_term", Severity: core.SeverityWarn, Message: "vague"}}
	}
	return nil
}

// recordingQueue records what was enqueued; these tests drive the
// pipeline by hand.
type recordingQueue struct {
	mu       sync.Mutex
	generate []string
}

func (q *recordingQueue) EnqueueGenerate(_ context.Context, d *core.Draft) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.generate = append(q.generate, d.ID)
	return nil
}

func (q *recordingQueue) EnqueuePublish(context.Context, *core.Draft) error { return nil }

type fixture struct {
	queue *recordingQueue
	svc   *core.Service
	gen   *recordingGenerator
	admin *core.Token
	store core.Store
}

func newFixture(t *testing.T, texts ...string) *fixture {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	gen := &recordingGenerator{texts: texts}
	queue := &recordingQueue{}
	svc := core.NewService(core.Deps{Store: store, Queue: queue, Generator: gen, Checker: goldChecker{}},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	return &fixture{svc: svc, gen: gen, admin: admin, store: store, queue: queue}
}

func launchInput(skus ...string) core.LaunchInput {
	in := core.LaunchInput{Name: "L", SourceLocale: "en-GB", Locales: []string{"en-GB"}, Channels: []string{"pdp"}}
	for _, s := range skus {
		in.Products = append(in.Products, core.Product{SKU: s, Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"}})
	}
	return in
}

func (f *fixture) generateOne(t *testing.T, sku string) *core.Draft {
	t.Helper()
	ctx := context.Background()
	l, _, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput(sku), "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, _ := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	if err := f.svc.GenerateDraft(ctx, drafts[0].ID, false); err != nil {
		t.Fatal(err)
	}
	d, err := f.svc.GetDraft(ctx, drafts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBlockedCopyIsReaskedWithItsFindings(t *testing.T) {
	f := newFixture(t, "A gold charm.", "A sterling silver charm.")
	d := f.generateOne(t, "S1")
	if d.Status != core.StatusInReview || d.Attempts != 2 || d.Text != "A sterling silver charm." {
		t.Fatalf("draft = %s, %d attempts, %q; want in_review after a corrected re-ask", d.Status, d.Attempts, d.Text)
	}
	reask := f.gen.reqs[1]
	if reask.Attempt != 2 || reask.PreviousText != "A gold charm." || len(reask.Findings) != 1 || reask.Findings[0].Rule != "grounding.material" {
		t.Fatalf("re-ask request = %+v; want the findings of the first attempt", reask)
	}
	if d.Usage.PromptTokens != 200 {
		t.Fatalf("usage = %+v; want both attempts counted", d.Usage)
	}
}

func TestStillBlockedCopyFailsAndCanNeverBeApproved(t *testing.T) {
	f := newFixture(t, "A gold charm.")
	d := f.generateOne(t, "S1")
	if d.Status != core.StatusFailed || d.Attempts != 3 || !core.Blocks(d.Findings) || d.Reason == "" {
		t.Fatalf("draft = %s, %d attempts, findings %v, reason %q; want failed after 3 with its findings", d.Status, d.Attempts, d.Findings, d.Reason)
	}
	ctx := context.Background()
	if _, err := f.svc.Approve(ctx, f.admin, d.ID, ""); !core.IsCode(err, core.CodeConflict) {
		t.Fatalf("approving a failed draft: %v; want conflict", err)
	}
	// A human edit that still says gold waits in review and cannot be approved.
	d, err := f.svc.EditText(ctx, f.admin, d.ID, "Still a gold charm.")
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != core.StatusInReview || !core.Blocks(d.Findings) || d.Version != 2 {
		t.Fatalf("edited draft = %s v%d %v", d.Status, d.Version, d.Findings)
	}
	if _, err := f.svc.Approve(ctx, f.admin, d.ID, ""); !core.IsCode(err, core.CodeConflict) {
		t.Fatalf("approving blocked copy: %v; want conflict", err)
	}
	// Fixed by hand, it can be approved and published.
	if _, err := f.svc.EditText(ctx, f.admin, d.ID, "A sterling silver charm."); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Approve(ctx, f.admin, d.ID, "fine"); err != nil {
		t.Fatal(err)
	}
	e, err := f.svc.PublishDraft(ctx, d.ID)
	if err != nil || e == nil || e.Text != "A sterling silver charm." {
		t.Fatalf("publish = %+v, %v", e, err)
	}
}

func TestPublishGateSendsNewlyBlockedCopyBackToReview(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	d := f.generateOne(t, "S1")
	ctx := context.Background()
	if _, err := f.svc.Approve(ctx, f.admin, d.ID, ""); err != nil {
		t.Fatal(err)
	}
	// The text changes under the approval (as if the guide changed and now
	// blocks it): publishing must refuse it.
	if err := f.store.Tx(ctx, func(tx core.TxStore) error {
		d, err := tx.LockDraft(ctx, d.ID)
		if err != nil {
			return err
		}
		d.Text = "A gold charm."
		return tx.SaveDraft(ctx, d)
	}); err != nil {
		t.Fatal(err)
	}
	e, err := f.svc.PublishDraft(ctx, d.ID)
	if err != nil || e != nil {
		t.Fatalf("publish = %+v, %v; want nothing published", e, err)
	}
	got, _ := f.svc.GetDraft(ctx, d.ID)
	if got.Status != core.StatusInReview || !core.Blocks(got.Findings) {
		t.Fatalf("draft = %s %v; want back in review with the finding", got.Status, got.Findings)
	}
	if _, err := f.svc.Catalogue(ctx, d.SKU); !core.IsCode(err, core.CodeNotFound) {
		t.Fatalf("blocked copy reached the catalogue: %v", err)
	}
}

func TestRejectRegeneratesWithTheReviewersComment(t *testing.T) {
	f := newFixture(t, "A lovely sterling silver charm.")
	d := f.generateOne(t, "S1")
	ctx := context.Background()
	if _, err := f.svc.Reject(ctx, f.admin, d.ID, "  "); !core.IsCode(err, core.CodeInvalid) {
		t.Fatalf("reject without comment: %v; want invalid", err)
	}
	d, err := f.svc.Reject(ctx, f.admin, d.ID, "Mention the clasp.")
	if err != nil {
		t.Fatal(err)
	}
	if d.Status != core.StatusRejected || d.Feedback != "Mention the clasp." {
		t.Fatalf("rejected draft = %s %q", d.Status, d.Feedback)
	}
	if err := f.svc.GenerateDraft(ctx, d.ID, false); err != nil {
		t.Fatal(err)
	}
	last := f.gen.reqs[len(f.gen.reqs)-1]
	if last.Feedback != "Mention the clasp." {
		t.Fatalf("the regeneration did not carry the comment: %+v", last)
	}
	got, _ := f.svc.GetDraft(ctx, d.ID)
	if got.Version != 2 || got.Feedback != "" || len(got.History) < 4 {
		t.Fatalf("draft v%d feedback %q history %d", got.Version, got.Feedback, len(got.History))
	}
}

func TestReviewersActOnlyOnTheirLocales(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	d := f.generateOne(t, "S1")
	ctx := context.Background()
	secret, _, err := f.svc.CreateToken(ctx, f.admin, core.TokenInput{Name: "Camille", Role: core.RoleReviewer, Locales: []string{"fr-fr"}})
	if err != nil {
		t.Fatal(err)
	}
	fr, err := f.svc.Authenticate(ctx, secret)
	if err != nil || fr.Locales[0] != "fr-FR" {
		t.Fatalf("token = %+v, %v", fr, err)
	}
	if _, err := f.svc.Approve(ctx, fr, d.ID, ""); !core.IsCode(err, core.CodeForbidden) {
		t.Fatalf("a fr-FR reviewer approved en-GB copy: %v", err)
	}
	if _, _, err := f.svc.SubmitLaunch(ctx, fr, launchInput("S2"), ""); !core.IsCode(err, core.CodeForbidden) {
		t.Fatalf("a reviewer submitted a launch: %v", err)
	}
	if _, err := f.svc.Authenticate(ctx, "cd_wrong"); !core.IsCode(err, core.CodeUnauthorized) {
		t.Fatalf("a wrong token: %v", err)
	}
}

func TestIdempotencyKey(t *testing.T) {
	f := newFixture(t, "x")
	ctx := context.Background()
	first, created, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput("S1"), "key-1")
	if err != nil || !created {
		t.Fatal(err)
	}
	again, created, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput("S1"), "key-1")
	if err != nil || created || again.ID != first.ID {
		t.Fatalf("replay = %v created=%v, %v; want the first launch", again, created, err)
	}
	if _, _, err := f.svc.SubmitLaunch(ctx, f.admin, launchInput("S2"), "key-1"); !core.IsCode(err, core.CodeConflict) {
		t.Fatalf("same key, other body: %v; want conflict", err)
	}
}

func TestTheSameDescriptionIsNotPaidForTwice(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	first := f.generateOne(t, "S1")
	second := f.generateOne(t, "S1") // same facts, locale, channel, guide and generator
	if f.gen.calls() != 1 {
		t.Fatalf("generator called %d times; want the second draft served from the cache", f.gen.calls())
	}
	if second.Text != first.Text || second.Usage.PromptTokens != 0 || second.Status != core.StatusInReview {
		t.Fatalf("cached draft = %q usage %+v %s", second.Text, second.Usage, second.Status)
	}
}

func TestTranslateModeWritesTheSourceFirst(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.", "Un charm en argent sterling.")
	ctx := context.Background()
	in := launchInput("S1")
	in.Mode, in.Locales = core.ModeTranslate, []string{"en-GB", "fr-FR"}
	l, _, err := f.svc.SubmitLaunch(ctx, f.admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	en, _, _ := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Locales: []string{"en-GB"}}, "")
	fr, _, _ := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Locales: []string{"fr-FR"}}, "")
	if len(f.queue.generate) != 1 || f.queue.generate[0] != en[0].ID {
		t.Fatalf("enqueued %v; want only the source draft %s", f.queue.generate, en[0].ID)
	}
	// A translation delivered before its source is parked, not written.
	if err := f.svc.GenerateDraft(ctx, fr[0].ID, false); err != nil {
		t.Fatal(err)
	}
	if d, _ := f.svc.GetDraft(ctx, fr[0].ID); d.Status != core.StatusQueued || f.gen.calls() != 0 {
		t.Fatalf("early translation = %s after %d calls; want parked in queued", d.Status, f.gen.calls())
	}
	if err := f.svc.GenerateDraft(ctx, en[0].ID, false); err != nil {
		t.Fatal(err)
	}
	if len(f.queue.generate) != 2 || f.queue.generate[1] != fr[0].ID {
		t.Fatalf("enqueued %v; want the translation released once the source was written", f.queue.generate)
	}
	if err := f.svc.GenerateDraft(ctx, fr[0].ID, false); err != nil {
		t.Fatal(err)
	}
	last := f.gen.reqs[len(f.gen.reqs)-1]
	if last.Source == nil || last.Source.Locale != "en-GB" || last.Source.Text != "A sterling silver charm." || last.Locale != "fr-FR" {
		t.Fatalf("translation request = %+v; want the checked en-GB source", last)
	}
}

func TestTranslateModeNeedsTheSourceLocale(t *testing.T) {
	f := newFixture(t, "x")
	in := launchInput("S1")
	in.Mode, in.Locales = core.ModeTranslate, []string{"fr-FR"}
	if _, _, err := f.svc.SubmitLaunch(context.Background(), f.admin, in, ""); !core.IsCode(err, core.CodeInvalid) {
		t.Fatalf("err = %v; want invalid", err)
	}
}

func TestBudgetStopsGeneration(t *testing.T) {
	f := newFixture(t, "A sterling silver charm.")
	ctx := context.Background()
	in := launchInput("S1", "S2")
	in.Budget = 0.005 // one call costs 0.01
	l, _, err := f.svc.SubmitLaunch(ctx, f.admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, _ := f.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	for _, d := range drafts {
		if err := f.svc.GenerateDraft(ctx, d.ID, false); err != nil {
			t.Fatal(err)
		}
	}
	first, _ := f.svc.GetDraft(ctx, drafts[0].ID)
	second, _ := f.svc.GetDraft(ctx, drafts[1].ID)
	if first.Status != core.StatusInReview || second.Status != core.StatusFailed || !strings.Contains(second.Reason, "budget") {
		t.Fatalf("drafts = %s, %s (%q); want the second stopped by the budget", first.Status, second.Status, second.Reason)
	}
	if f.gen.calls() != 1 {
		t.Fatalf("%d model calls; want none after the budget was spent", f.gen.calls())
	}
	got, _ := f.svc.GetLaunch(ctx, l.ID)
	if got.Usage.Cost < 0.0099 || got.Budget != 0.005 {
		t.Fatalf("launch usage %+v budget %v", got.Usage, got.Budget)
	}
}

// estimatingGenerator forecasts 500 prompt and 150 completion tokens per
// call at 0.002 a call and 120 requests a minute.
type estimatingGenerator struct{ recordingGenerator }

func (*estimatingGenerator) Estimate(core.GenerateRequest) core.CallEstimate {
	return core.CallEstimate{Model: "fake/m", PromptTokens: 500, CompletionTokens: 150, Cost: 0.002, RequestsPerMinute: 120}
}

func TestDryRunEstimatesWithoutCallingTheModel(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	gen := &estimatingGenerator{recordingGenerator{texts: []string{"x"}}}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: gen, Checker: goldChecker{}},
		core.Config{AdminToken: "a", MaxAttempts: 3})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "a")
	var skus []string
	for i := range 100 {
		skus = append(skus, "S"+string(rune('A'+i%26))+string(rune('a'+i/26)))
	}
	in := launchInput(skus...)
	in.Locales = []string{"en-GB", "fr-FR"}
	in.Budget = 0.1
	est, err := svc.EstimateLaunch(ctx, admin, in)
	if err != nil {
		t.Fatal(err)
	}
	if est.Drafts != 200 || est.ModelCalls != 200 || est.MaxModelCalls != 600 || est.PromptTokens != 100000 ||
		est.CompletionTokens != 30000 || est.Cost != 0.4 || est.DurationSeconds == nil || *est.DurationSeconds != 100 || est.WithinBudget {
		t.Fatalf("estimate = %+v", est)
	}
	if gen.calls() != 0 {
		t.Fatal("a dry run called the model")
	}
	if l, _, _ := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: "dry-run"}, ""); len(l) != 0 {
		t.Fatal("a dry run stored drafts")
	}
}

// A generated draft records the guide current when it was generated,
// read with its product (core.ProductsGuideReader): a guide another
// process installs between two drafts, and a rollback, are each the next
// draft's at once.
func TestGenerationReadsTheGuideWithTheProduct(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t, "A sterling silver charm.")
	if _, ok := any(f.store).(core.ProductsGuideReader); !ok {
		t.Fatal("the SQLite store reads the guide's version on its own")
	}
	other := core.NewService(core.Deps{Store: f.store, Queue: &recordingQueue{}, Generator: f.gen, Checker: goldChecker{}},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	first, _, err := f.svc.CurrentStyleGuide(ctx)
	if err != nil {
		t.Fatal(err)
	}
	newer := strings.Replace(guideYAML, "version:", "# another\nversion:", 1)
	for i, install := range []string{"", newer, guideYAML} {
		want := first.Version
		if install != "" {
			doc, err := other.InstallStyleGuide(ctx, []byte(install), false)
			if err != nil {
				t.Fatal(err)
			}
			want = doc.Version
		}
		d := f.generateOne(t, "G"+strconv.Itoa(i))
		if d.StyleGuideVersion != want || d.Status != core.StatusInReview {
			t.Fatalf("draft %d: guide %q, status %s; want %q, in review", i, d.StyleGuideVersion, d.Status, want)
		}
	}
}

// A worker keeps each guide version's document once read and reads the
// current version alone after that, yet sees a guide another process
// installs (and a rollback) at once.
func TestCurrentStyleGuideFollowsTheStore(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	other := core.NewService(core.Deps{Store: f.store, Queue: &recordingQueue{}, Generator: f.gen, Checker: goldChecker{}},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	first, _, err := f.svc.CurrentStyleGuide(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // read, then kept
		doc, g, err := f.svc.CurrentStyleGuide(ctx)
		if err != nil || g == nil || *doc != *first {
			t.Fatalf("CurrentStyleGuide = %+v, %v, %v; want %+v", doc, g, err, first)
		}
	}
	newer := strings.Replace(guideYAML, "version:", "# another\nversion:", 1)
	installed, err := other.InstallStyleGuide(ctx, []byte(newer), false)
	if err != nil {
		t.Fatal(err)
	}
	doc, _, err := f.svc.CurrentStyleGuide(ctx)
	if err != nil || doc.Version != installed.Version || doc.Body != newer || doc.Version == first.Version {
		t.Fatalf("after another process installed %s: %+v, %v", installed.Version, doc, err)
	}
	if _, err := other.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil { // a rollback
		t.Fatal(err)
	}
	doc, _, err = f.svc.CurrentStyleGuide(ctx)
	if err != nil || *doc != *first {
		t.Fatalf("after the rollback: %+v, %v; want %+v", doc, err, first)
	}
}
