package reviewui

import (
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// queueLimit is how many drafts one queue page shows.
const queueLimit = 1000

// filter is the queue's narrowing, carried from the queue to the draft
// pages and back so that "next" stays within it.
type filter struct {
	Launch string
	Locale string
	Status string
}

func readFilter(r *http.Request) filter {
	q := r.URL.Query()
	return filter{Launch: q.Get("launch"), Locale: q.Get("locale"), Status: q.Get("status")}
}

// Query encodes the filter as a query string ("" when empty, else "?...").
func (f filter) Query() string {
	v := url.Values{}
	if f.Launch != "" {
		v.Set("launch", f.Launch)
	}
	if f.Locale != "" {
		v.Set("locale", f.Locale)
	}
	if f.Status != "" {
		v.Set("status", f.Status)
	}
	if len(v) == 0 {
		return ""
	}
	return "?" + v.Encode()
}

func (f filter) reviewFilter(limit int, cursor string) core.ReviewFilter {
	rf := core.ReviewFilter{LaunchID: f.Launch, Status: core.Status(f.Status), Limit: limit, Cursor: cursor}
	if f.Locale != "" {
		rf.Locales = []string{f.Locale}
	}
	return rf
}

// launchView is one launch's line of progress, counted in the locales
// the reviewer works on (all of them for an admin).
type launchView struct {
	ID, Name, GoLive, Status string
	Total, Done, InReview    int
	Working, Failed          int
	Percent                  int
	// Scope names the locales counted ("fr-FR", "fr-FR, de-DE", or
	// "every locale").
	Scope string
}

func newLaunchView(l *core.Launch, c map[core.Status]int, scope string) launchView {
	v := launchView{ID: l.ID, Name: l.Name, GoLive: l.GoLive, Status: l.Status, Scope: scope,
		Done: c[core.StatusApproved] + c[core.StatusPublished], InReview: c[core.StatusInReview],
		Working: c[core.StatusQueued] + c[core.StatusGenerating] + c[core.StatusRejected], Failed: c[core.StatusFailed]}
	for _, n := range c {
		v.Total += n
	}
	if v.Total > 0 {
		v.Percent = v.Done * 100 / v.Total
	}
	return v
}

// launchOption is one launch of the queue's launch filter.
type launchOption struct {
	ID, Label string
}

// row is one draft of the queue table.
type row struct {
	ID, SKU, Locale, Dir, Channel, Status, Excerpt, GoLive, LaunchName string
	Version, Blocks, Warns                                             int
}

func (u *UI) queue(w http.ResponseWriter, r *http.Request, s *session) {
	f := readFilter(r)
	ctx := r.Context()
	p, err := u.svc.Reviews(ctx, s.tok, f.reviewFilter(queueLimit, r.URL.Query().Get("cursor")))
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	visible, err := u.svc.ReviewLaunches(ctx, s.tok)
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	rows := make([]row, len(p.Drafts))
	clean := 0
	for i, d := range p.Drafts {
		l := p.Launches[d.LaunchID]
		rows[i] = row{ID: d.ID, SKU: d.SKU, Locale: d.Locale, Dir: localeDir(d.Locale), Channel: d.Channel,
			Status: string(d.Status), Excerpt: excerpt(d.Text, 110), Version: d.Version,
			GoLive: l.GoLive, LaunchName: l.Name}
		for _, fd := range d.Findings {
			if fd.Severity == core.SeverityBlock {
				rows[i].Blocks++
			} else {
				rows[i].Warns++
			}
		}
		if d.Status == core.StatusInReview && len(d.Findings) == 0 {
			clean++
		}
	}
	// Progress bars: the launches of this page (and the one filtered on),
	// in queue order, counted in the reviewer's locales.
	var shown []*core.Launch
	for _, l := range visible {
		if _, ok := p.Launches[l.ID]; ok || l.ID == f.Launch {
			shown = append(shown, l)
		}
	}
	for id, l := range p.Launches { // a launch not in the list (over its cap)
		if !slices.ContainsFunc(shown, func(x *core.Launch) bool { return x.ID == id }) {
			shown = append(shown, l)
		}
	}
	ids := make([]string, len(shown))
	for i, l := range shown {
		ids[i] = l.ID
	}
	var scoped []string
	if f.Locale != "" {
		scoped = []string{f.Locale}
	}
	counts, err := u.svc.ReviewProgress(ctx, s.tok, ids, scoped)
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	scope := strings.Join(s.tok.Locales, ", ")
	if f.Locale != "" {
		scope = f.Locale
	} else if s.tok.Role == core.RoleAdmin {
		scope = "every locale"
	}
	launches := make([]launchView, len(shown))
	for i, l := range shown {
		launches[i] = newLaunchView(l, counts[l.ID], scope)
	}
	options := make([]launchOption, len(visible))
	for i, l := range visible {
		label := l.Name
		if l.GoLive != "" {
			label += " (goes live " + l.GoLive + ")"
		}
		options[i] = launchOption{ID: l.ID, Label: label}
	}
	if f.Launch != "" && !slices.ContainsFunc(options, func(o launchOption) bool { return o.ID == f.Launch }) {
		if l, ok := p.Launches[f.Launch]; ok {
			options = append(options, launchOption{ID: l.ID, Label: l.Name})
		}
	}
	locales := s.tok.Locales
	if s.tok.Role == core.RoleAdmin {
		seen := map[string]bool{}
		for _, l := range visible {
			for _, loc := range l.Locales {
				seen[loc] = true
			}
		}
		if f.Locale != "" {
			seen[f.Locale] = true
		}
		locales = slices.Sorted(maps.Keys(seen))
	}
	status := f.Status
	if status == "" {
		status = string(core.StatusInReview)
	}
	next := ""
	if p.NextCursor != "" {
		v, _ := url.ParseQuery(strings.TrimPrefix(f.Query(), "?"))
		v.Set("cursor", p.NextCursor)
		next = Prefix + "?" + v.Encode()
	}
	bulk := ""
	if status == string(core.StatusInReview) && clean > 0 {
		bulk = Prefix + "bulk-approve" + f.Query()
	}
	u.render(w, r, http.StatusOK, "queue", page{Title: "Review queue", Session: s, Data: map[string]any{
		"Filter": f, "Status": status, "Statuses": core.Statuses, "Locales": locales,
		"Launches": launches, "Options": options, "Rows": rows, "Next": next, "Done": doneNote(r),
		"Clean": clean, "Bulk": bulk,
	}})
}

// doneNote says what the previous action did, after a redirect.
func doneNote(r *http.Request) string {
	q := r.URL.Query()
	sku, loc := q.Get("sku"), q.Get("loc")
	if q.Get("done") == "bulk" {
		n, _ := strconv.Atoi(q.Get("n"))
		left, _ := strconv.Atoi(q.Get("left"))
		note := "Approved " + plural(n, "draft") + " with no findings."
		if left > 0 {
			note += " " + plural(left, "draft") + " changed meanwhile and still wait for you."
		}
		return note
	}
	what := map[string]string{"approved": "Approved", "rejected": "Rejected and sent back for rewriting:",
		"edited": "Saved your edit and checked it again:"}[q.Get("done")]
	if what == "" || sku == "" {
		return ""
	}
	return what + " " + sku + " (" + loc + ")."
}

// draftView is everything the draft page shows.
type draftView struct {
	Draft      *core.Draft
	Launch     *core.Launch
	Product    *core.Product
	Facts      []core.Fact
	Dir        string
	Segments   []segment
	Findings   []findingView
	Blocks     int
	Source     *core.Draft
	SourceDir  string
	CanAct     bool
	CanApprove bool
	Filter     filter
	Next       string
	Done       string
	History    []core.Event
	// Diff is the word diff from the previous version (nil for version 1).
	Diff     []core.DiffOp
	DiffFrom int
}

func (u *UI) draft(w http.ResponseWriter, r *http.Request, s *session) {
	rc, err := u.svc.ReviewDraft(r.Context(), s.tok, r.PathValue("id"))
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	d := rc.Draft
	f := readFilter(r)
	segs, findings := highlight(d.Text, d.Findings)
	v := draftView{Draft: d, Launch: rc.Launch, Product: rc.Product, Facts: core.ProductFacts(*rc.Product),
		Dir: localeDir(d.Locale), Segments: segs, Findings: findings, Source: rc.Source,
		CanAct: d.Status == core.StatusInReview || d.Status == core.StatusFailed,
		Filter: f, Done: doneNote(r), History: slices.Clone(d.History)}
	if rc.Source != nil {
		v.SourceDir = localeDir(rc.Source.Locale)
	}
	v.Blocks = len(findings) - countWarn(findings)
	v.CanApprove = d.Status == core.StatusInReview && !core.Blocks(d.Findings)
	slices.Reverse(v.History) // newest first
	if d.Version > 1 {
		if diff, err := u.svc.DiffVersions(r.Context(), d.ID, d.Version-1, d.Version); err == nil {
			v.Diff, v.DiffFrom = diff.Ops, diff.From
		}
	}
	if next, err := u.nextDraft(r, s, f, d.ID); err == nil {
		v.Next = next
	}
	u.render(w, r, http.StatusOK, "draft", page{Title: d.SKU + " " + d.Locale + " " + d.Channel, Session: s, Data: v})
}

func countWarn(fs []findingView) int {
	n := 0
	for _, f := range fs {
		if f.Severity != core.SeverityBlock {
			n++
		}
	}
	return n
}

// nextDraft returns the page of the first draft in the caller's queue
// (within the filter) other than skip, or "" when the queue is empty.
func (u *UI) nextDraft(r *http.Request, s *session, f filter, skip string) (string, error) {
	p, err := u.svc.Reviews(r.Context(), s.tok, f.reviewFilter(200, ""))
	if err != nil {
		return "", err
	}
	// The draft after skip in queue order, else the first other one.
	for i, d := range p.Drafts {
		if d.ID == skip && i+1 < len(p.Drafts) {
			return Prefix + "drafts/" + p.Drafts[i+1].ID + f.Query(), nil
		}
	}
	for _, d := range p.Drafts {
		if d.ID != skip {
			return Prefix + "drafts/" + d.ID + f.Query(), nil
		}
	}
	return "", nil
}

// afterAction goes to the next draft of the queue with a note of what was
// done, or back to the queue when it is empty.
func (u *UI) afterAction(w http.ResponseWriter, r *http.Request, s *session, d *core.Draft, done string, stay bool) {
	f := readFilter(r)
	target := ""
	if !stay {
		target, _ = u.nextDraft(r, s, f, d.ID)
	}
	if target == "" {
		target = Prefix + f.Query()
		if stay {
			target = Prefix + "drafts/" + d.ID + f.Query()
		}
	}
	sep := "?"
	if strings.Contains(target, "?") {
		sep = "&"
	}
	target += sep + url.Values{"done": {done}, "sku": {d.SKU}, "loc": {d.Locale}}.Encode()
	http.Redirect(w, r, target, http.StatusSeeOther)
}

func (u *UI) approve(w http.ResponseWriter, r *http.Request, s *session) {
	// The version the page showed: a text changed since is 409, not
	// approved unseen. Absent (an older page) approves the current one.
	version := 0
	if v := r.PostFormValue("version"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			u.fail(w, r, s, core.Invalid("the form's version is not valid", core.FieldError{Field: "version", Message: "must be a draft version, 1 or more"}))
			return
		}
		version = n
	}
	d, err := u.svc.ApproveVersion(r.Context(), s.tok, r.PathValue("id"), r.PostFormValue("comment"), version)
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	u.afterAction(w, r, s, d, "approved", false)
}

func (u *UI) reject(w http.ResponseWriter, r *http.Request, s *session) {
	d, err := u.svc.Reject(r.Context(), s.tok, r.PathValue("id"), r.PostFormValue("comment"))
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	u.afterAction(w, r, s, d, "rejected", false)
}

func (u *UI) edit(w http.ResponseWriter, r *http.Request, s *session) {
	d, err := u.svc.EditText(r.Context(), s.tok, r.PathValue("id"), r.PostFormValue("text"))
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	u.afterAction(w, r, s, d, "edited", true)
}

// excerpt cuts text to at most n runes at a word boundary.
func excerpt(text string, n int) string {
	rs := []rune(text)
	if len(rs) <= n {
		return text
	}
	cut := string(rs[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,.;:!?") + "…"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// bulkView is the bulk approval's confirmation page.
type bulkView struct {
	Filter filter
	Rows   []row
	IDs    []string
	Scope  string
}

// bulkConfirm shows the drafts in review with no findings that the queue's
// filter selects (its first page, at most queueLimit) and asks to approve
// exactly those: the count is on the button.
func (u *UI) bulkConfirm(w http.ResponseWriter, r *http.Request, s *session) {
	f := readFilter(r)
	f.Status = ""
	p, err := u.svc.Reviews(r.Context(), s.tok, f.reviewFilter(queueLimit, ""))
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	v := bulkView{Filter: f, Scope: strings.Join(s.tok.Locales, ", ")}
	if s.tok.Role == core.RoleAdmin {
		v.Scope = "every locale"
	}
	if f.Locale != "" {
		v.Scope = f.Locale
	}
	if l, ok := p.Launches[f.Launch]; ok {
		v.Scope += ", launch " + l.Name
	}
	for _, d := range p.Drafts {
		if len(d.Findings) != 0 {
			continue
		}
		l := p.Launches[d.LaunchID]
		v.Rows = append(v.Rows, row{ID: d.ID, SKU: d.SKU, Locale: d.Locale, Dir: localeDir(d.Locale), Channel: d.Channel,
			Excerpt: excerpt(d.Text, 90), Version: d.Version, GoLive: l.GoLive, LaunchName: l.Name})
		v.IDs = append(v.IDs, d.ID)
	}
	u.render(w, r, http.StatusOK, "bulk", page{Title: "Approve drafts with no findings", Session: s, Data: v})
}

// bulkApprove approves the drafts the confirmation page listed (each
// through the state machine; any that changed meanwhile or gained a
// finding is left for a person) and goes back to the queue with a note.
func (u *UI) bulkApprove(w http.ResponseWriter, r *http.Request, s *session) {
	f := readFilter(r)
	ids := r.PostForm["id"]
	if len(ids) == 0 {
		u.fail(w, r, s, core.Invalid("no drafts were selected", core.FieldError{Field: "id", Message: "name at least one draft"}))
		return
	}
	in := core.BulkApproveInput{IDs: ids, Comment: r.PostFormValue("comment")}
	// Each draft is approved only at the version the confirmation page showed.
	if vs := r.PostForm["version"]; len(vs) > 0 {
		for i, v := range vs {
			n, err := strconv.Atoi(v)
			if err != nil {
				u.fail(w, r, s, core.Invalid("bad version", core.FieldError{Field: fmt.Sprintf("version[%d]", i), Message: "not a number"}))
				return
			}
			in.Versions = append(in.Versions, n)
		}
	}
	res, err := u.svc.BulkApprove(r.Context(), s.tok, in)
	if err != nil {
		u.fail(w, r, s, err)
		return
	}
	left := len(ids) - len(res.Approved)
	target := Prefix + f.Query()
	sep := "?"
	if strings.Contains(target, "?") {
		sep = "&"
	}
	target += sep + url.Values{"done": {"bulk"}, "n": {strconv.Itoa(len(res.Approved))}, "left": {strconv.Itoa(left)}}.Encode()
	http.Redirect(w, r, target, http.StatusSeeOther)
}
