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
	"slices"
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
	// The bulk approval's confirmation page (not sent here).
	do(t, bctx, "open the bulk approval",
		chromedp.Click(chromedp.CSS(`p.bulk a`)),
		chromedp.WaitVisible(chromedp.CSS(`form.bulk-form button`)))
	if button := text(t, bctx, "form.bulk-form button"); !strings.HasPrefix(button, "Approve ") || !strings.HasSuffix(button, " drafts") {
		t.Fatalf("the bulk approval button says %q; want the count", button)
	}
	screenshot(t, bctx, dir, "review-bulk.png")
	checkAxe(t, bctx, axe, "bulk approval")

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

	checkRTL(t, bctx, h, axe, dir)
}

// checkRTL signs out, signs in as an ar-AE reviewer and opens an Arabic
// draft with a blocking finding: the copy is right to left (dir="rtl",
// lang ar-AE), each finding is highlighted at exactly its span, and the
// page passes axe. The screenshot is review-draft-rtl.png.
func checkRTL(t *testing.T, bctx context.Context, h *harness, axe, dir string) {
	ctx := context.Background()
	dubai := h.submit(t, "Dubai Mall Opening", "2027-03-15", "en-GB", "ar-AE")
	ar := h.draftsOf(t, dubai.ID, "ar-AE")[0]
	// "a pendant of 18-carat gold": the product is sterling silver.
	edited, err := h.app.Service.EditText(ctx, h.admin, ar.ID, ar.Text+" تعليقة من الذهب عيار 18.")
	if err != nil {
		t.Fatal(err)
	}
	if !core.Blocks(edited.Findings) {
		t.Fatalf("the Arabic edit has no blocking finding: %+v", edited.Findings)
	}
	rs := []rune(edited.Text)
	var want []string
	for _, f := range edited.Findings {
		if f.End > f.Start {
			want = append(want, string(rs[f.Start:f.End]))
		}
	}
	layla := h.reviewer(t, "Layla", "ar-AE")
	base := h.srv.URL
	do(t, bctx, "sign out",
		chromedp.Navigate(base+"/review/"),
		chromedp.WaitVisible(chromedp.CSS(`.who button`)),
		chromedp.Submit(chromedp.CSS(`.who button`)),
		chromedp.WaitVisible(chromedp.CSS(`#token`)))
	do(t, bctx, "sign in as the ar-AE reviewer",
		chromedp.SendKeys(chromedp.CSS(`#token`), layla),
		chromedp.Submit(chromedp.CSS(`#token`)),
		chromedp.WaitVisible(chromedp.CSS(`form.filters`)))
	do(t, bctx, "open the Arabic draft",
		chromedp.Navigate(base+"/review/drafts/"+ar.ID),
		chromedp.WaitVisible(chromedp.CSS(`#draft-copy`)))
	if html, err := chromedp.Run(bctx, chromedp.Evaluate[string](`document.querySelector("#draft-copy").outerHTML`)); err != nil || !strings.Contains(html, `<mark class="block"`) {
		t.Fatalf("the Arabic draft shows no blocking highlight (%v):\n%s", err, html)
	}
	attrs, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](
		`(e => [e.getAttribute("dir"), e.getAttribute("lang"), getComputedStyle(e).direction])(document.querySelector("#draft-copy"))`))
	if err != nil {
		t.Fatal(err)
	}
	if attrs[0] != "rtl" || !strings.HasPrefix(attrs[1], "ar") || attrs[2] != "rtl" {
		t.Fatalf("the Arabic copy has dir=%q lang=%q direction %q; want rtl, ar-AE, rtl", attrs[0], attrs[1], attrs[2])
	}
	// Each finding's marks, joined in document order, spell its span; and
	// the findings list quotes the same text, right to left too.
	type marked struct{ Marks, Quote, QuoteDir string }
	got, err := chromedp.Run(bctx, chromedp.Evaluate[[]marked](`[...document.querySelectorAll("ol.findings li")].map(li => {
		const marks = [...document.querySelectorAll("#draft-copy mark")].filter(m => (m.getAttribute("aria-describedby") || "").split(" ").includes(li.id));
		const q = li.querySelector(".where span");
		return {Marks: marks.map(m => m.textContent).join(""), Quote: q ? q.textContent : "", QuoteDir: q ? q.getAttribute("dir") : ""};
	}).filter(x => x.Quote !== "")`))
	if err != nil {
		t.Fatal(err)
	}
	var gotQuotes []string
	for _, g := range got {
		if g.Marks != g.Quote || g.QuoteDir != "rtl" {
			t.Errorf("a finding quotes %q (dir %q) but marks %q", g.Quote, g.QuoteDir, g.Marks)
		}
		gotQuotes = append(gotQuotes, g.Quote)
	}
	slices.Sort(gotQuotes)
	slices.Sort(want)
	if !slices.Equal(gotQuotes, want) {
		t.Errorf("highlighted spans %q, want %q", gotQuotes, want)
	}
	// A finding's reference number stands after its span in reading
	// order: to its left in right-to-left copy, even after a number.
	misplaced, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#draft-copy .fref")].flatMap(a => {
		let m = a.previousElementSibling;
		while (m && m.tagName !== "MARK") m = m.previousElementSibling;
		if (!m) return [];
		const ref = a.getBoundingClientRect();
		const line = [...m.getClientRects()].filter(r => Math.abs(r.bottom - ref.bottom) < r.height);
		return line.some(r => ref.right > r.left + 1) ? [a.textContent + " stands right of (part of) " + m.textContent] : [];
	})`))
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range misplaced {
		t.Errorf("in the Arabic copy the reference %s", m)
	}
	if block := text(t, bctx, "#draft-copy mark.block"); !strings.Contains(block, "الذهب") {
		t.Errorf("the blocking highlight is %q; want the gold claim", block)
	}
	screenshot(t, bctx, dir, "review-draft-rtl.png")
	checkAxe(t, bctx, axe, "Arabic draft")
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
