package httpapi_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// reset puts a draft back in a status with no findings, behind the
// machine's back, so that each request of a matrix starts alike.
func (e *testEnv) reset(id string, st core.Status) {
	e.t.Helper()
	ctx := context.Background()
	if err := e.store.Tx(ctx, func(tx core.TxStore) error {
		d, err := tx.LockDraft(ctx, id)
		if err != nil {
			return err
		}
		d.Status, d.Findings = st, []core.Finding{}
		return tx.SaveDraft(ctx, d)
	}); err != nil {
		e.t.Fatal(err)
	}
}

// TestReviewAuthorisationMatrix sends every review route as every role,
// on a draft of a locale the reviewer owns and of one they do not: a
// reviewer acts on their locales only (403 otherwise), an admin
// everywhere, other roles never; reads need any token; product facts are
// the merchandisers' and integrations'.
func TestReviewAuthorisationMatrix(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	fr, en := draftIn(t, drafts, "fr-FR"), draftIn(t, drafts, "en-GB")
	tokens := []struct{ name, secret string }{
		{"admin", adminSecret}, {"merchandiser", e.merch}, {"integration", e.integration},
		{"reviewer fr-FR", e.reviewerFR}, {"reviewer de-DE", e.reviewerDE}, {"none", ""},
	}
	product := `{"sku":"190001C01","name":"Pavé Heart Charm","category":"charm","materials":["sterling silver"]}`
	type route struct {
		name, method, path, body string
		draft                    *core.Draft // reset to in_review before each call
		want                     map[string]int
	}
	reviewerOf := func(locale string) map[string]int {
		w := map[string]int{"admin": 200, "merchandiser": 403, "integration": 403, "reviewer fr-FR": 403, "reviewer de-DE": 403, "none": 401}
		if locale == "fr-FR" {
			w["reviewer fr-FR"] = 200
		}
		return w
	}
	anyToken := map[string]int{"admin": 200, "merchandiser": 200, "integration": 200, "reviewer fr-FR": 200, "reviewer de-DE": 200, "none": 401}
	var routes []route
	for _, d := range []*core.Draft{fr, en} {
		routes = append(routes,
			route{"approve " + d.Locale, "POST", "/v1/drafts/" + d.ID + "/approve", `{"comment":"fine"}`, d, reviewerOf(d.Locale)},
			route{"reject " + d.Locale, "POST", "/v1/drafts/" + d.ID + "/reject", `{"comment":"Mention the clasp."}`, d, reviewerOf(d.Locale)},
			route{"edit " + d.Locale, "PUT", "/v1/drafts/" + d.ID + "/text", `{"text":"A heart charm."}`, d, reviewerOf(d.Locale)},
			route{"bulk approve " + d.Locale, "POST", "/v1/drafts/approve", `{"ids":["` + d.ID + `"]}`, d, reviewerOf(d.Locale)},
			route{"queue of " + d.Locale, "GET", "/v1/reviews?locale=" + d.Locale, "", nil, reviewerOf(d.Locale)},
			route{"versions " + d.Locale, "GET", "/v1/drafts/" + d.ID + "/versions", "", nil, anyToken},
			route{"diff " + d.Locale, "GET", "/v1/drafts/" + d.ID + "/versions?diff=1..1", "", nil, anyToken},
		)
	}
	routes = append(routes,
		route{"own queue", "GET", "/v1/reviews", "", nil, map[string]int{"admin": 200, "merchandiser": 403, "integration": 403,
			"reviewer fr-FR": 200, "reviewer de-DE": 200, "none": 401}},
		route{"bulk approve by launch", "POST", "/v1/drafts/approve", `{"launch_id":"` + launchID + `"}`, nil,
			map[string]int{"admin": 200, "merchandiser": 403, "integration": 403, "reviewer fr-FR": 200, "reviewer de-DE": 200, "none": 401}},
		route{"product facts", "PUT", "/v1/launches/" + launchID + "/products/190001C01", product, nil,
			map[string]int{"admin": 200, "merchandiser": 200, "integration": 200, "reviewer fr-FR": 403, "reviewer de-DE": 403, "none": 401}},
	)
	for _, r := range routes {
		for _, tok := range tokens {
			t.Run(r.name+" as "+tok.name, func(t *testing.T) {
				if r.draft != nil {
					e.reset(r.draft.ID, core.StatusInReview)
				}
				rec := e.do(request{method: r.method, path: r.path, token: tok.secret, body: r.body})
				want := r.want[tok.name]
				if rec.Code != want {
					t.Fatalf("%s %s as %s: %d, want %d: %s", r.method, r.path, tok.name, rec.Code, want, rec.Body.String())
				}
				if want != 200 {
					checkProblem(t, rec, want)
				}
				if r.draft != nil && want != 200 {
					if d, _ := e.svc.GetDraft(context.Background(), r.draft.ID); d.Status != core.StatusInReview {
						t.Errorf("a refused %s changed the draft to %s", r.name, d.Status)
					}
				}
			})
		}
	}
}

// TestReviewQueue: a reviewer's queue never lists other locales, is
// ordered by go-live date, and filters by launch and status.
func TestReviewQueue(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	submit := func(goLive string) string {
		rec := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, func(m map[string]any) {
			m["go_live"] = goLive
			m["locales"] = []any{"en-GB", "fr-FR", "de-DE"}
		})})
		wantStatus(t, rec, http.StatusAccepted)
		return decode[core.Launch](t, rec).ID
	}
	late, early := submit("2027-06-01"), submit("2027-02-01")
	for _, id := range e.queue.generate {
		if err := e.svc.GenerateDraft(context.Background(), id, false); err != nil {
			t.Fatal(err)
		}
	}
	type page struct {
		Items []core.Draft `json:"items"`
	}
	rec := e.do(request{method: "GET", path: "/v1/reviews", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	q := decode[page](t, rec)
	if len(q.Items) != 4 {
		t.Fatalf("fr-FR queue has %d drafts, want 4 (2 products x 2 launches)", len(q.Items))
	}
	for i, d := range q.Items {
		if d.Locale != "fr-FR" {
			t.Errorf("the fr-FR queue lists a %s draft", d.Locale)
		}
		if want := map[bool]string{true: early, false: late}[i < 2]; d.LaunchID != want {
			t.Errorf("item %d is of launch %s, want the earliest go-live first", i, d.LaunchID)
		}
	}
	rec = e.do(request{method: "GET", path: "/v1/reviews?launch=" + late + "&locale=fr-FR", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	if q := decode[page](t, rec); len(q.Items) != 2 || q.Items[0].LaunchID != late {
		t.Errorf("queue of one launch: %+v", q.Items)
	}
	rec = e.do(request{method: "GET", path: "/v1/reviews?status=approved", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	if q := decode[page](t, rec); len(q.Items) != 0 {
		t.Errorf("approved queue has %d drafts, want 0", len(q.Items))
	}
	for _, bad := range []string{"?status=nonsense", "?locale=xx-!!", "?cursor=abc"} {
		checkProblem(t, e.do(request{method: "GET", path: "/v1/reviews" + bad, token: e.reviewerFR}), 400)
	}
	// Another list's cursor is not this one's.
	rec = e.do(request{method: "GET", path: "/v1/launches/" + late + "/drafts?limit=1", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/reviews?cursor=" + decode[struct {
		NextCursor string `json:"next_cursor"`
	}](t, rec).NextCursor, token: e.reviewerFR}), 400)
}

// TestReviewQueuePages: the queue's order (earliest go-live first, a
// launch without one last, then draft id) holds across pages: the store
// sorts and the cursor carries the sort key. The launch going live last
// was submitted first, so its drafts have the lowest ids: an order kept
// only within a page would show it first.
func TestReviewQueuePages(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	submit := func(goLive string) string {
		rec := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, func(m map[string]any) {
			if goLive != "" {
				m["go_live"] = goLive
			}
			m["locales"] = []any{"en-GB", "fr-FR"}
		})})
		wantStatus(t, rec, http.StatusAccepted)
		return decode[core.Launch](t, rec).ID
	}
	late, undated, early := submit("2027-06-01"), submit(""), submit("2027-02-01")
	for _, id := range e.queue.generate {
		if err := e.svc.GenerateDraft(context.Background(), id, false); err != nil {
			t.Fatal(err)
		}
	}
	type queuePage struct {
		Items      []core.Draft `json:"items"`
		NextCursor string       `json:"next_cursor"`
	}
	walk := func(limit int) (launches []string, pages int) {
		t.Helper()
		seen := map[string]bool{}
		cursor := ""
		for {
			path := fmt.Sprintf("/v1/reviews?locale=fr-FR&limit=%d", limit)
			if cursor != "" {
				path += "&cursor=" + url.QueryEscape(cursor)
			}
			rec := e.do(request{method: "GET", path: path, token: e.reviewerFR})
			wantStatus(t, rec, 200)
			p := decode[queuePage](t, rec)
			pages++
			if len(p.Items) > limit {
				t.Fatalf("page of %d, limit %d", len(p.Items), limit)
			}
			for _, d := range p.Items {
				if seen[d.ID] {
					t.Fatalf("limit %d: draft %s listed twice", limit, d.ID)
				}
				seen[d.ID] = true
				launches = append(launches, d.LaunchID)
			}
			if cursor = p.NextCursor; cursor == "" {
				return launches, pages
			}
		}
	}
	want := []string{early, early, late, late, undated, undated}
	for _, limit := range []int{1, 2, 4, 6} {
		got, pages := walk(limit)
		if !slices.Equal(got, want) {
			t.Errorf("limit %d: launches in queue order %v, want %v", limit, got, want)
		}
		if limit < 6 && pages < 2 {
			t.Errorf("limit %d: %d page(s); the test needs more than one", limit, pages)
		}
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/reviews?launch=nope", token: e.reviewerFR}), 404)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/reviews?locale=fr-FR,de-DE", token: e.reviewerFR}), 403)
}

// events returns the events of a launch from the outbox.
func (e *testEnv) events(launchID string) []core.Event {
	e.t.Helper()
	rec := e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events?limit=1000", token: e.merch})
	wantStatus(e.t, rec, 200)
	return decode[struct {
		Items []core.Event `json:"items"`
	}](e.t, rec).Items
}

func findEvent(events []core.Event, draftID, event string) *core.Event {
	for i := range events {
		if events[i].DraftID == draftID && events[i].Event == event {
			return &events[i]
		}
	}
	return nil
}

// TestReviewTransitions takes drafts through every reviewer transition
// over the API; each is an event in the outbox with who, when, what and
// the comment.
func TestReviewTransitions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	ctx := context.Background()
	var fr []*core.Draft
	for _, d := range drafts {
		if d.Locale == "fr-FR" {
			fr = append(fr, d)
		}
	}
	a, b := fr[0], fr[1]

	// Edit: checked again, findings replace the old ones, a new version.
	rec := e.do(request{method: "PUT", path: "/v1/drafts/" + a.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme en or gold !"}`})
	wantStatus(t, rec, 200)
	d := decode[core.Draft](t, rec)
	if d.Version != a.Version+1 || d.EditedBy != "fleur" || len(d.Findings) != 2 || !core.Blocks(d.Findings) {
		t.Fatalf("after the edit: version %d edited_by %q findings %+v", d.Version, d.EditedBy, d.Findings)
	}
	// Approve is refused while a block finding stands.
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + a.ID + "/approve", token: e.reviewerFR}), 409)
	// A second edit fixes it: its findings replace the old ones.
	rec = e.do(request{method: "PUT", path: "/v1/drafts/" + a.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme en argent."}`})
	wantStatus(t, rec, 200)
	if d = decode[core.Draft](t, rec); len(d.Findings) != 0 || d.Version != a.Version+2 {
		t.Fatalf("after fixing: %+v", d)
	}
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + a.ID + "/approve", token: e.reviewerFR, body: `{"comment":"parfait"}`})
	wantStatus(t, rec, 200)
	if d = decode[core.Draft](t, rec); d.Status != core.StatusApproved {
		t.Fatalf("approved draft is %s", d.Status)
	}

	// Reject: the comment is required; the draft is rewritten with it as
	// feedback and returns as a new version.
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + b.ID + "/reject", token: e.reviewerFR, body: `{"comment":"  "}`}), 400)
	if !hasField(p, "comment", "required") {
		t.Errorf("problem %+v does not name the comment", p)
	}
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + b.ID + "/reject", token: e.reviewerFR, body: `{"comment":"Nommez le fermoir."}`})
	wantStatus(t, rec, 200)
	if d = decode[core.Draft](t, rec); d.Status != core.StatusRejected || d.Feedback != "Nommez le fermoir." {
		t.Fatalf("rejected draft: %s feedback %q", d.Status, d.Feedback)
	}
	if err := e.svc.GenerateDraft(ctx, b.ID, false); err != nil {
		t.Fatal(err)
	}
	rewritten, _ := e.svc.GetDraft(ctx, b.ID)
	if rewritten.Status != core.StatusInReview || rewritten.Version != b.Version+1 || rewritten.Feedback != "" {
		t.Fatalf("rewrite: %s v%d feedback %q", rewritten.Status, rewritten.Version, rewritten.Feedback)
	}

	// Every transition is an event with who, when, what and the comment.
	evs := e.events(launchID)
	for _, want := range []struct{ draft, event, by, detail string }{
		{a.ID, core.EventEdited, "fleur", "verdict block"},
		{a.ID, core.EventApproved, "fleur", "parfait"},
		{b.ID, core.EventRejected, "fleur", "Nommez le fermoir."},
		{b.ID, core.EventGenerated, "fake/writer", "verdict"},
	} {
		ev := findEvent(evs, want.draft, want.event)
		if ev == nil || ev.By != want.by || !strings.Contains(ev.Detail, want.detail) || ev.At.IsZero() {
			t.Errorf("event %s of %s: %+v, want by %s with %q", want.event, want.draft, ev, want.by, want.detail)
		}
	}

	// Versions: every one kept; a word diff between any two.
	rec = e.do(request{method: "GET", path: "/v1/drafts/" + a.ID + "/versions", token: e.merch})
	wantStatus(t, rec, 200)
	vs := decode[struct {
		Items []core.DraftVersion `json:"items"`
	}](t, rec).Items
	if len(vs) != 3 || vs[0].Event != core.EventGenerated || vs[1].Text != "Un charme en or gold !" || vs[2].By != "fleur" {
		t.Fatalf("versions: %+v", vs)
	}
	rec = e.do(request{method: "GET", path: fmt.Sprintf("/v1/drafts/%s/versions?diff=2..3", a.ID), token: e.merch})
	wantStatus(t, rec, 200)
	diff := decode[core.VersionDiff](t, rec)
	want := []core.DiffOp{{Op: core.DiffEqual, Text: "Un charme en "}, {Op: core.DiffDelete, Text: "or gold !"},
		{Op: core.DiffInsert, Text: "argent."}}
	if fmt.Sprint(diff.Ops) != fmt.Sprint(want) {
		t.Errorf("diff 2..3 = %q, want %q", diff.Ops, want)
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/drafts/" + a.ID + "/versions?diff=1..9", token: e.merch}), 404)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/drafts/" + a.ID + "/versions?diff=two", token: e.merch}), 400)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/drafts/nope/versions", token: e.merch}), 404)
}

// TestBulkApprove approves the clean drafts of a set and leaves those with
// findings for a person.
func TestBulkApprove(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	var fr []*core.Draft
	for _, d := range drafts {
		if d.Locale == "fr-FR" {
			fr = append(fr, d)
		}
	}
	wantStatus(t, e.do(request{method: "PUT", path: "/v1/drafts/" + fr[0].ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme !"}`}), 200)
	rec := e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR,
		body: `{"launch_id":"` + launchID + `","comment":"lot du printemps"}`})
	wantStatus(t, rec, 200)
	res := decode[core.BulkApproveResult](t, rec)
	if len(res.Approved) != 1 || res.Approved[0] != fr[1].ID || len(res.Skipped) != 1 || res.Skipped[0] != fr[0].ID {
		t.Fatalf("bulk approve = %+v; want %s approved and %s (a warning) skipped", res, fr[1].ID, fr[0].ID)
	}
	if ev := findEvent(e.events(launchID), fr[1].ID, core.EventApproved); ev == nil || ev.By != "fleur" || !strings.Contains(ev.Detail, "lot du printemps") {
		t.Errorf("the bulk approval's event: %+v", ev)
	}
	// The en-GB drafts were not the fr-FR reviewer's to approve.
	for _, d := range drafts {
		if got, _ := e.svc.GetDraft(context.Background(), d.ID); d.Locale == "en-GB" && got.Status != core.StatusInReview {
			t.Errorf("an en-GB draft was bulk approved by a fr-FR reviewer")
		}
	}
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR, body: `{"locales":["en-GB"]}`}), 403)
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/approve", token: adminSecret, body: `{}`}), 400)
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR, body: `{"ids":["nope"]}`}), 400)
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR, body: `{"launch_id":"nope"}`}), 404)
}

// TestStaleCopy changes a product's facts under approved, published and
// in-review copy: every locale is checked again; copy that no longer
// passes returns to review marked stale with the change shown.
func TestStaleCopy(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	ctx := context.Background()
	var en, fr *core.Draft
	for _, d := range drafts {
		if d.SKU == "190001C01" && d.Locale == "en-GB" {
			en = d
		}
		if d.SKU == "190001C01" && d.Locale == "fr-FR" {
			fr = d
		}
	}
	// fr-FR approved and published; en-GB waits in review.
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 200)
	if _, err := e.svc.PublishDraft(ctx, fr.ID); err != nil {
		t.Fatal(err)
	}
	// public reports whether the fr-FR copy is in the catalogue: by SKU, in
	// the feed and in its CSV, all three agreeing.
	public := func() bool {
		t.Helper()
		bySKU := e.do(request{method: "GET", path: "/v1/catalogue/190001C01", token: e.integration})
		feed := e.do(request{method: "GET", path: "/v1/catalogue?locale=fr-FR", token: e.integration})
		csv := e.do(request{method: "GET", path: "/v1/catalogue.csv?locale=fr-FR", token: e.integration})
		wantStatus(t, feed, 200)
		wantStatus(t, csv, 200)
		in := []bool{bySKU.Code == 200 && strings.Contains(bySKU.Body.String(), `"locale":"fr-FR"`),
			strings.Contains(feed.Body.String(), `"sku":"190001C01"`), strings.Contains(csv.Body.String(), "190001C01,fr-FR")}
		if in[0] != in[1] || in[1] != in[2] {
			t.Fatalf("by SKU, feed and CSV disagree on the fr-FR copy: %v\n%s\n%s\n%s", in, bySKU.Body, feed.Body, csv.Body)
		}
		return in[0]
	}
	if !public() {
		t.Fatal("the published fr-FR copy is not in the catalogue")
	}
	// The product is renamed to something its copy does not say... and the
	// copy's "Heart" is now a fact it must not state.
	body := `{"sku":"190001C01","name":"Pavé Heart Charm","category":"charm","materials":["14k gold"],
		"attributes":{"not_in_copy":"Heart"}}`
	rec := e.do(request{method: "PUT", path: "/v1/launches/" + launchID + "/products/190001C01", token: e.merch, body: body})
	wantStatus(t, rec, 200)
	res := decode[core.ProductUpdate](t, rec)
	if len(res.Stale) != 2 || !strings.Contains(strings.Join(res.Changes, "|"), "Materials: sterling silver → 14k gold") ||
		len(res.Withdrawn) != 1 || res.Withdrawn[0] != fr.ID {
		t.Fatalf("product update = %+v; want both drafts stale, the published fr-FR one withdrawn, and the change named", res)
	}
	for _, id := range []string{fr.ID, en.ID} {
		d, _ := e.svc.GetDraft(ctx, id)
		if d.Status != core.StatusInReview || !strings.Contains(d.Stale, "sterling silver → 14k gold") || !core.Blocks(d.Findings) {
			t.Errorf("%s after the change: %s stale %q findings %+v", d.Locale, d.Status, d.Stale, d.Findings)
		}
		// Published copy is withdrawn (its own event); copy in review only
		// goes stale.
		want := core.EventStale
		if id == fr.ID {
			want = core.EventWithdrawn
		}
		ev := findEvent(e.events(launchID), id, want)
		if ev == nil || ev.By != "mia" || !strings.Contains(ev.Detail, "14k gold") || (id == fr.ID && ev.From != core.StatusPublished) {
			t.Errorf("%s event of %s: %+v", want, d.Locale, ev)
		}
	}
	// The untrue copy has left the public catalogue, everywhere.
	if public() {
		t.Fatal("the fr-FR copy is still public after its facts changed")
	}
	// Approving it again as it is is refused (it blocks); so is publishing.
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 409)
	// The other product's copy is untouched.
	for _, d := range drafts {
		if got, _ := e.svc.GetDraft(ctx, d.ID); d.SKU != "190001C01" && (got.Stale != "" || got.Version != d.Version) {
			t.Errorf("draft %s of another product changed", d.ID)
		}
	}
	// A reviewer fixes the stale copy by hand; the mark goes.
	rec = e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme pavé en or 14 carats."}`})
	wantStatus(t, rec, 200)
	if d := decode[core.Draft](t, rec); d.Stale != "" || len(d.Findings) != 0 {
		t.Errorf("after the fix: stale %q findings %+v", d.Stale, d.Findings)
	}
	if public() {
		t.Fatal("an edit alone made the copy public again")
	}
	// Approved and published again: the new copy is public.
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 200)
	if _, err := e.svc.PublishDraft(ctx, fr.ID); err != nil {
		t.Fatal(err)
	}
	if !public() {
		t.Fatal("the approved fix is not in the catalogue")
	}
	rec = e.do(request{method: "GET", path: "/v1/catalogue/190001C01", token: e.integration})
	if cat := decode[struct {
		Descriptions []core.CatalogueEntry `json:"descriptions"`
	}](t, rec); len(cat.Descriptions) != 1 || cat.Descriptions[0].Text != "Un charme pavé en or 14 carats." {
		t.Errorf("catalogue after the fix = %+v", cat)
	}

	for _, bad := range []struct {
		path, body string
		status     int
	}{
		{"/v1/launches/" + launchID + "/products/190001C01", `{"sku":"OTHER","name":"x","category":"ring"}`, 400},
		{"/v1/launches/" + launchID + "/products/190001C01", `{"sku":"190001C01","category":"ring"}`, 400},
		{"/v1/launches/" + launchID + "/products/NOPE", `{"sku":"NOPE","name":"x","category":"ring"}`, 404},
		{"/v1/launches/nope/products/190001C01", `{"sku":"190001C01","name":"x","category":"ring"}`, 404},
	} {
		checkProblem(t, e.do(request{method: "PUT", path: bad.path, token: e.merch, body: bad.body}), bad.status)
	}
}

// TestWithdrawnCopyReinstated: published copy withdrawn when the facts
// changed comes back, as the same catalogue version published anew, once
// the facts are true again and a reviewer approves it as it stands.
func TestWithdrawnCopyReinstated(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	ctx := context.Background()
	var fr *core.Draft
	for _, d := range drafts {
		if d.SKU == "190001C01" && d.Locale == "fr-FR" {
			fr = d
		}
	}
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 200)
	first, err := e.svc.PublishDraft(ctx, fr.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The test checker blocks copy that states a not_in_copy attribute.
	product := func(attrs string) string {
		return `{"sku":"190001C01","name":"Pavé Heart Charm","category":"charm","materials":["sterling silver"],` +
			`"stones":[{"type":"cubic zirconia","count":12}],"attributes":{` + attrs + `}}`
	}
	path := "/v1/launches/" + launchID + "/products/190001C01"
	wantStatus(t, e.do(request{method: "PUT", path: path, token: e.merch, body: product(`"not_in_copy":"Heart"`)}), 200)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue/190001C01", token: e.integration}), 404)
	// The facts are put right; the copy passes again but waits for a person.
	rec := e.do(request{method: "PUT", path: path, token: e.merch, body: product("")})
	wantStatus(t, rec, 200)
	if res := decode[core.ProductUpdate](t, rec); len(res.Rechecked) == 0 {
		t.Fatalf("product update = %+v; want the fr-FR draft checked again", res)
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue/190001C01", token: e.integration}), 404)
	wantStatus(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 200)
	again, err := e.svc.PublishDraft(ctx, fr.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != first.ID || again.Version != first.Version || again.Text != first.Text {
		t.Fatalf("republished %+v, first %+v: want the same entry and version back", again, first)
	}
	rec = e.do(request{method: "GET", path: "/v1/catalogue?locale=fr-FR", token: e.integration})
	if feed := decode[struct{ Items []core.CatalogueEntry }](t, rec); len(feed.Items) != 1 || feed.Items[0].DraftID != fr.ID {
		t.Fatalf("feed after reinstatement = %+v", feed)
	}
	if ev := findEvent(e.events(launchID), fr.ID, core.EventWithdrawn); ev == nil {
		t.Error("no withdrawn event")
	}
}

// TestTranslationsFollowTheirSource: in translate mode, a changed source
// text sends its translations to be translated again, except a hand edit,
// which is kept and marked stale.
func TestTranslationsFollowTheirSource(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, func(m map[string]any) {
		m["mode"] = "translate"
		m["locales"] = []any{"en-GB", "fr-FR", "de-DE"}
	})})
	wantStatus(t, rec, http.StatusAccepted)
	launchID := decode[core.Launch](t, rec).ID
	ctx := context.Background()
	drain := func() {
		for range 5 {
			ids := e.queue.generate
			e.queue.generate = nil
			for _, id := range ids {
				if err := e.svc.GenerateDraft(ctx, id, false); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	drain()
	list, _, _ := e.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: launchID, SKU: "190001C01", Limit: 10}, "")
	by := map[string]*core.Draft{}
	for _, d := range list {
		by[d.Locale] = d
		if d.Status != core.StatusInReview {
			t.Fatalf("%s is %s before the change", d.Locale, d.Status)
		}
	}
	// The German reviewer edits their translation by hand.
	wantStatus(t, e.do(request{method: "PUT", path: "/v1/drafts/" + by["de-DE"].ID + "/text", token: e.reviewerDE, body: `{"text":"Ein Herz-Anhänger."}`}), 200)
	// The source is edited.
	wantStatus(t, e.do(request{method: "PUT", path: "/v1/drafts/" + by["en-GB"].ID + "/text", token: adminSecret, body: `{"text":"A pavé heart charm in silver."}`}), 200)
	fr, _ := e.svc.GetDraft(ctx, by["fr-FR"].ID)
	de, _ := e.svc.GetDraft(ctx, by["de-DE"].ID)
	if fr.Status != core.StatusQueued || findEvent(e.events(launchID), fr.ID, core.EventSourceChanged) == nil {
		t.Errorf("the fr-FR translation did not follow its source: %s", fr.Status)
	}
	if de.Text != "Ein Herz-Anhänger." || de.Status != core.StatusInReview || !strings.Contains(de.Stale, "en-GB source text changed") {
		t.Errorf("the hand-edited de-DE translation: %s %q stale %q", de.Status, de.Text, de.Stale)
	}
	drain()
	if fr, _ = e.svc.GetDraft(ctx, fr.ID); fr.Status != core.StatusInReview || fr.Version != by["fr-FR"].Version+1 {
		t.Errorf("the fr-FR translation was not written again: %s v%d", fr.Status, fr.Version)
	}
	if de2, _ := e.svc.GetDraft(ctx, de.ID); de2.Text != "Ein Herz-Anhänger." {
		t.Errorf("a later run overwrote the hand edit: %q", de2.Text)
	}
}

// TestAutoApprovalPolicy: off by default; for a locale with a policy,
// clean drafts are approved by it except the sample sent to a person, and
// both are recorded.
func TestAutoApprovalPolicy(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		policy map[string]float64
		want   map[string]string // locale -> event
	}{
		{"off by default", nil, map[string]string{"fr-FR": "", "en-GB": ""}},
		{"fr-FR without a sample", map[string]float64{"fr-FR": 0}, map[string]string{"fr-FR": core.EventAutoApproved, "en-GB": ""}},
		{"fr-FR all sampled", map[string]float64{"fr-FR": 1}, map[string]string{"fr-FR": core.EventSampled, "en-GB": ""}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnvConfig(t, func(c *core.Config) { c.AutoApprove = tt.policy })
			launchID, drafts := e.submit()
			evs := e.events(launchID)
			for _, d := range drafts {
				want := tt.want[d.Locale]
				auto, sampled := findEvent(evs, d.ID, core.EventAutoApproved), findEvent(evs, d.ID, core.EventSampled)
				switch want {
				case "":
					if auto != nil || sampled != nil || d.Status != core.StatusInReview {
						t.Errorf("%s: %s, policy events %v %v; want it left in review", d.Locale, d.Status, auto, sampled)
					}
				case core.EventAutoApproved:
					if auto == nil || auto.By != "policy" || d.Status != core.StatusApproved {
						t.Errorf("%s: %s, event %+v; want approved by the policy", d.Locale, d.Status, auto)
					}
				case core.EventSampled:
					if sampled == nil || d.Status != core.StatusInReview {
						t.Errorf("%s: %s, event %+v; want sampled for a person", d.Locale, d.Status, sampled)
					}
				}
			}
		})
	}
}
