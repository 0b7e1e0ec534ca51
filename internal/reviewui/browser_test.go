package reviewui_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/copydesk/copydesk/internal/core"
)

// chromium finds Debian's chromium (or a Chrome) for the browser test; it
// skips without one, except under CI, where .ci/run installs it.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("chromium is not installed (required in CI: .ci/run installs Debian's chromium)")
	}
	t.Skip("chromium is not installed")
	return ""
}

// axeSource reads axe-core's browser bundle: $AXE_CORE_JS, else the npm
// cache .ci/run installs it into. It skips without it, except under CI.
func axeSource(t *testing.T) string {
	t.Helper()
	paths := []string{os.Getenv("AXE_CORE_JS")}
	if home, err := os.UserHomeDir(); err == nil {
		paths = append(paths, filepath.Join(home, ".cache", "copydesk", "npm", "node_modules", "axe-core", "axe.min.js"))
	}
	for _, p := range paths {
		if p == "" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("axe-core is not installed (required in CI: .ci/run installs it from npm and sets AXE_CORE_JS)")
	}
	t.Skip("axe-core is not installed: npm install --prefix ~/.cache/copydesk/npm axe-core")
	return ""
}

// artifactDir is where screenshots go: $ARTIFACTS, else the gitignored
// testdata/artifacts of this package.
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

type axeViolation struct {
	ID     string `json:"id"`
	Impact string `json:"impact"`
	Help   string `json:"help"`
	Nodes  []struct {
		Target []string `json:"target"`
	} `json:"nodes"`
}

// checkAxe injects axe-core into the page, runs it and fails the test on
// any serious or critical violation (WCAG 2.x A and AA rules and axe's best
// practices); lesser ones are logged.
func checkAxe(t *testing.T, ctx context.Context, axe, page string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](axe+";undefined", chromedp.EvalIgnoreExceptions)); err != nil &&
		!errors.Is(err, chromedp.ErrJSUndefined) {
		t.Fatalf("inject axe on the %s page: %v", page, err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe on the %s page: %v", page, err)
	}
	var vs []axeViolation
	if err := json.Unmarshal([]byte(raw), &vs); err != nil {
		t.Fatalf("axe result on the %s page: %v", page, err)
	}
	for _, v := range vs {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, strings.Join(n.Target, " "))
		}
		msg := fmt.Sprintf("axe on the %s page: %s (%s): %s at %s", page, v.ID, v.Impact, v.Help, strings.Join(where, "; "))
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Error(msg)
		} else {
			t.Log(msg)
		}
	}
	t.Logf("axe on the %s page: %d violations", page, len(vs))
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// text returns the text of the first element matching a CSS selector.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		t.Fatalf("text of %s: %v", sel, err)
	}
	return strings.TrimSpace(s)
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// TestReviewerInChromium drives the reviewer UI in real headless Chromium:
// a fr-FR reviewer signs in, opens a draft with a highlighted blocking
// finding and rejects it with a comment (it is rewritten as a new version),
// edits another, approves a third with the keyboard, and the approved copy
// reaches the catalogue. axe-core checks the queue and the draft page.
func TestReviewerInChromium(t *testing.T) {
	browser := chromium(t)
	axe := axeSource(t)
	dir := artifactDir(t)
	h := newHarness(t)
	ctx := context.Background()
	secret := h.reviewer(t, "Camille", "fr-FR")

	fr := h.drafts(t, "fr-FR")
	if len(fr) < 3 {
		t.Fatalf("want at least 3 fr-FR drafts, got %d", len(fr))
	}
	flagged, toEdit, toApprove := fr[0], fr[1], fr[2]
	// Give the first draft a finding the way a person would meet one: an
	// edit that the checks flag ("pas cher" is banned by the example guide).
	if _, err := h.app.Service.EditText(ctx, h.admin, flagged.ID, flagged.Text+" Un bijou pas cher."); err != nil {
		t.Fatal(err)
	}
	if d, _ := h.app.Service.GetDraft(ctx, flagged.ID); !core.Blocks(d.Findings) {
		t.Fatalf("the edited draft has no blocking finding: %+v", d.Findings)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.NoFirstRun, chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()
	bctx, cancelTimeout := context.WithTimeout(bctx, 120*time.Second)
	defer cancelTimeout()

	base := h.srv.URL
	// Sign in: the queue redirects to the sign-in form and back.
	do(t, bctx, "sign in",
		chromedp.Navigate(base+"/review/"),
		chromedp.WaitVisible(chromedp.CSS(`#token`)),
		chromedp.SendKeys(chromedp.CSS(`#token`), secret),
		chromedp.Submit(chromedp.CSS(`#token`)),
		chromedp.WaitVisible(chromedp.CSS(`table.queue`)),
	)
	if got := text(t, bctx, "h1"); got != "Review queue" {
		t.Fatalf("after sign-in the page says %q", got)
	}
	rows, err := chromedp.Run(bctx, chromedp.Evaluate[int](`document.querySelectorAll("table.queue tbody tr").length`))
	if err != nil {
		t.Fatal(err)
	}
	others, err := chromedp.Run(bctx, chromedp.Evaluate[int](
		`[...document.querySelectorAll("table.queue tbody td:nth-child(2)")].filter(td => td.textContent !== "fr-FR").length`))
	if err != nil {
		t.Fatal(err)
	}
	if rows != len(fr) || others != 0 {
		t.Fatalf("the queue shows %d rows (%d not fr-FR); want the %d fr-FR drafts only", rows, others, len(fr))
	}
	screenshot(t, bctx, dir, "review-queue.png")
	checkAxe(t, bctx, axe, "queue")

	// The flagged draft: its finding is highlighted at its span.
	do(t, bctx, "open the flagged draft",
		chromedp.Navigate(base+"/review/drafts/"+flagged.ID),
		chromedp.WaitVisible(chromedp.CSS(`#draft-copy`)))
	if marked, finding := text(t, bctx, "#draft-copy mark.block"), text(t, bctx, "ol.findings li.block"); !strings.EqualFold(marked, "pas cher") || !strings.Contains(finding, "banned") {
		t.Fatalf("highlight %q, finding %q; want 'pas cher' marked with its message", marked, finding)
	}
	if ins := text(t, bctx, "p.diff ins"); !strings.Contains(ins, "pas cher") {
		t.Fatalf("the diff to version 1 shows %q added; want the edit", ins)
	}
	screenshot(t, bctx, dir, "review-draft.png")
	checkAxe(t, bctx, axe, "draft")

	// Reject it with a comment: it is rewritten with the comment as
	// feedback and comes back as a new version.
	do(t, bctx, "reject",
		chromedp.SendKeys(chromedp.CSS(`#reject-comment`), "Ne dites pas « pas cher » : décrivez le travail du métal."),
		chromedp.Submit(chromedp.CSS(`#reject-comment`)),
		chromedp.WaitVisible(chromedp.CSS(`p.done`)))
	if note := text(t, bctx, "p.done"); !strings.Contains(note, "Rejected") || !strings.Contains(note, flagged.SKU) {
		t.Fatalf("after rejecting, the page says %q", note)
	}
	rewritten := h.waitDraft(t, flagged.ID, func(d *core.Draft) bool {
		return d.Status == core.StatusInReview && d.Version > 2
	})
	if strings.Contains(rewritten.Text, "pas cher") || core.Blocks(rewritten.Findings) {
		t.Fatalf("the rewrite still has the problem: %q %+v", rewritten.Text, rewritten.Findings)
	}
	if !hasEvent(rewritten, "rejected", "Camille", "pas cher") {
		t.Fatalf("the history does not record the rejection with its comment: %+v", rewritten.History)
	}

	// Edit another draft by hand.
	edited := toEdit.Text + " Un cadeau qui dure."
	do(t, bctx, "edit",
		chromedp.Navigate(base+"/review/drafts/"+toEdit.ID),
		chromedp.WaitVisible(chromedp.CSS(`#edit-text`)),
		chromedp.SetValue(chromedp.CSS(`#edit-text`), edited),
		chromedp.Submit(chromedp.CSS(`#edit-text`)),
		chromedp.WaitVisible(chromedp.CSS(`p.done`)))
	if note := text(t, bctx, "p.done"); !strings.Contains(note, "Saved your edit") {
		t.Fatalf("after editing, the page says %q", note)
	}
	if d, _ := h.app.Service.GetDraft(ctx, toEdit.ID); d.Text != edited || d.Version != toEdit.Version+1 || !strings.HasPrefix(d.Model, "human/") {
		t.Fatalf("the edit was not stored: version %d model %q text %q", d.Version, d.Model, d.Text)
	}

	// Approve a third with the keyboard shortcut.
	do(t, bctx, "approve",
		chromedp.Navigate(base+"/review/drafts/"+toApprove.ID),
		chromedp.WaitVisible(chromedp.CSS(`button[data-key="a"]`)),
		chromedp.KeyEvent("a"),
		chromedp.WaitVisible(chromedp.CSS(`p.done`)))
	if note := text(t, bctx, "p.done"); !strings.Contains(note, "Approved "+toApprove.SKU) {
		t.Fatalf("after approving, the page says %q", note)
	}
	// The approved copy reaches the catalogue (the REST feed a shop reads).
	h.waitDraft(t, toApprove.ID, func(d *core.Draft) bool { return d.Status == core.StatusPublished })
	text, ok := catalogueText(t, base, secret, toApprove.SKU, "fr-FR")
	if !ok || text != toApprove.Text {
		t.Fatalf("the catalogue has %q (found %v), want the approved %q", text, ok, toApprove.Text)
	}
}

func hasEvent(d *core.Draft, event, by, detail string) bool {
	for _, e := range d.History {
		if e.Event == event && e.By == by && strings.Contains(e.Detail, detail) {
			return true
		}
	}
	return false
}

// catalogueText reads GET /v1/catalogue/{sku} and returns the locale's text.
func catalogueText(t *testing.T, base, secret, sku, locale string) (string, bool) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/v1/catalogue/"+sku, nil)
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return "", false
	}
	var body struct {
		Descriptions []core.CatalogueEntry `json:"descriptions"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	for _, e := range body.Descriptions {
		if e.Locale == locale {
			return e.Text, true
		}
	}
	return "", false
}
