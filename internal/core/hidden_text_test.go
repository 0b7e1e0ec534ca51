package core_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/copydesk/copydesk/internal/checks"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/sqlite"
)

// newCheckedFixture is newFixture with the real checker and grounding, as
// the wiring plugs them in.
func newCheckedFixture(t *testing.T, texts ...string) *fixture {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	gen := &recordingGenerator{texts: texts}
	queue := &recordingQueue{}
	svc := core.NewService(core.Deps{Store: store, Queue: queue, Generator: gen, Checker: checks.NewScoped(grounding.CheckScoped)},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	return &fixture{svc: svc, gen: gen, admin: admin, store: store, queue: queue}
}

const cleanCopy = "A sterling silver heart charm, polished by hand."

// TestHiddenCharactersInEditsNeverReachTheCatalogue: a reviewer's edit
// holding invisible, look-alike or directional characters is checked like
// any copy; it gets safety findings that block, so it can be neither
// approved nor published, and the publish task's re-check catches such
// text however it got into the draft (issue #11). Controls and bidi
// overrides are refused outright at the edge (StringProblem).
func TestHiddenCharactersInEditsNeverReachTheCatalogue(t *testing.T) {
	f := newCheckedFixture(t, cleanCopy)
	ctx := context.Background()
	d := f.generateOne(t, "S1")
	if d.Status != core.StatusInReview || core.Blocks(d.Findings) {
		t.Fatalf("clean copy: %s %+v", d.Status, d.Findings)
	}
	blocked := []struct{ name, text, rule string }{
		{"issue #11 edit", "A so\u00adlid go\u00adld heart charm with a real dia\u200bmond.", "safety.invisible"},
		{"zero-width space", "A sterling silver heart charm,\u200b polished by hand.", "safety.invisible"},
		{"word joiner", "A sterling silver heart\u2060 charm, polished by hand.", "safety.invisible"},
		{"zero-width joiner in a word", "A sterling silver he\u200dart charm, polished by hand.", "safety.invisible"},
		{"tag characters", "A sterling silver heart charm, polished by hand.\U000E0069\U000E0067\U000E006E", "safety.invisible"},
		{"byte order mark", "\ufeffA sterling silver heart charm, polished by hand.", "safety.invisible"},
		{"right-to-left mark in Latin copy", "A sterling silver heart charm, polished by hand.\u200f", "safety.bidi"},
		{"cyrillic look-alike", "A sterling silver heart \u0441harm, polished by hand.", "safety.lookalike"},
		{"full-width gold", "A ｓｏｌｉｄ ｇｏｌｄ heart charm, polished by hand.", "claim.solid_gold"},
	}
	for _, tc := range blocked {
		got, err := f.svc.EditText(ctx, f.admin, d.ID, tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got.Status != core.StatusInReview || !core.Blocks(got.Findings) || !hasRule(got.Findings, tc.rule) {
			t.Errorf("%s: draft %s with %+v; want in review with a blocking %s", tc.name, got.Status, got.Findings, tc.rule)
		}
		if _, err := f.svc.Approve(ctx, f.admin, d.ID, ""); !core.IsCode(err, core.CodeConflict) {
			t.Errorf("%s: approving: %v; want conflict", tc.name, err)
		}
	}
	for _, bad := range []string{"A heart charm \u202eylno", "A heart \x1b[31mcharm", "A heart charm\a", "A heart\u2066 charm"} {
		if _, err := f.svc.EditText(ctx, f.admin, d.ID, bad); !core.IsCode(err, core.CodeInvalid) {
			t.Errorf("edit %q: %v; want invalid", bad, err)
		}
	}
	if _, err := f.svc.Catalogue(ctx, d.SKU); !core.IsCode(err, core.CodeNotFound) {
		t.Fatalf("something reached the catalogue: %v", err)
	}
	// An edit is stored in NFC.
	if got, err := f.svc.EditText(ctx, f.admin, d.ID, "A sterling silver heart charm, polished by hand, pave\u0301."); err != nil || got.Text != "A sterling silver heart charm, polished by hand, pavé." {
		t.Fatalf("NFD edit stored as %q, %v", got.Text, err)
	}

	// Approved clean copy that gains a hidden character before publishing
	// (a direct write, a restored backup) goes back to review.
	if _, err := f.svc.EditText(ctx, f.admin, d.ID, cleanCopy); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Approve(ctx, f.admin, d.ID, ""); err != nil {
		t.Fatal(err)
	}
	if err := f.store.Tx(ctx, func(tx core.TxStore) error {
		d, err := tx.LockDraft(ctx, d.ID)
		if err != nil {
			return err
		}
		d.Text = "A so\u00adlid go\u00adld heart charm, polished by hand."
		return tx.SaveDraft(ctx, d)
	}); err != nil {
		t.Fatal(err)
	}
	if e, err := f.svc.PublishDraft(ctx, d.ID); err != nil || e != nil {
		t.Fatalf("publish = %+v, %v; want nothing published", e, err)
	}
	got, _ := f.svc.GetDraft(ctx, d.ID)
	if got.Status != core.StatusInReview || !hasRule(got.Findings, "safety.invisible") {
		t.Fatalf("draft = %s %+v; want back in review with safety.invisible", got.Status, got.Findings)
	}
	if _, err := f.svc.Catalogue(ctx, d.SKU); !core.IsCode(err, core.CodeNotFound) {
		t.Fatalf("hidden characters reached the catalogue: %v", err)
	}
}

func hasRule(fs []core.Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule && f.Severity == core.SeverityBlock {
			return true
		}
	}
	return false
}
