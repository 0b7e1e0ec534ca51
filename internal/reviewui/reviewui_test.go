package reviewui_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// client is a browser-like HTTP client: a cookie jar, no automatic
// redirects (the tests look at them), and the page's Origin on POSTs.
type client struct {
	t    testing.TB
	base string
	http *http.Client
}

func newClient(t testing.TB, base string) *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: t, base: base, http: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (c *client) get(path string) (*http.Response, string) {
	c.t.Helper()
	resp, err := c.http.Get(c.base + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func (c *client) post(path string, form url.Values, origin string) (*http.Response, string) {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.base+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var csrfRe = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrfOf returns the CSRF token of the first form in a page.
func csrfOf(t testing.TB, page string) string {
	t.Helper()
	m := csrfRe.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no CSRF field in the page:\n%s", page)
	}
	return m[1]
}

// signIn signs c in with secret through the form and returns the queue.
func (c *client) signIn(secret string) string {
	c.t.Helper()
	_, form := c.get("/review/signin")
	resp, body := c.post("/review/signin", url.Values{"csrf": {csrfOf(c.t, form)}, "token": {secret}, "next": {"/review/"}}, c.base)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/review/" {
		c.t.Fatalf("sign in: %d %s\n%s", resp.StatusCode, resp.Header.Get("Location"), body)
	}
	resp, body = c.get("/review/")
	if resp.StatusCode != http.StatusOK {
		c.t.Fatalf("queue after sign-in: %d\n%s", resp.StatusCode, body)
	}
	return body
}

func TestReviewUI(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	fr, de := h.drafts(t, "fr-FR"), h.drafts(t, "de-DE")
	camille := h.reviewer(t, "Camille", "fr-FR")
	merch, _, err := h.app.Service.CreateToken(ctx, h.admin, core.TokenInput{Name: "m", Role: core.RoleMerchandiser})
	if err != nil {
		t.Fatal(err)
	}

	t.Run("signed out pages go to the sign-in form", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		for _, path := range []string{"/review/", "/review/drafts/" + fr[0].ID} {
			resp, _ := c.get(path)
			if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/review/signin?next=") {
				t.Errorf("GET %s: %d to %q", path, resp.StatusCode, resp.Header.Get("Location"))
			}
		}
		resp, _ := c.post("/review/drafts/"+fr[0].ID+"/approve", url.Values{}, h.srv.URL)
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("POST approve signed out: %d, want 401", resp.StatusCode)
		}
		resp, _ = c.get("/review")
		if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != "/review/" {
			t.Errorf("GET /review: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
		}
	})

	t.Run("sign-in refusals", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		_, form := c.get("/review/signin")
		token := csrfOf(t, form)
		for _, tt := range []struct {
			name   string
			form   url.Values
			origin string
			want   int
			says   string
		}{
			{"no CSRF nonce", url.Values{"token": {camille}}, h.srv.URL, http.StatusForbidden, "expired"},
			{"another site", url.Values{"csrf": {token}, "token": {camille}}, "https://evil.example", http.StatusForbidden, "expired"},
			{"empty token", url.Values{"csrf": {token}}, h.srv.URL, http.StatusBadRequest, "Enter your reviewer token"},
			{"unknown token", url.Values{"csrf": {token}, "token": {"cd_nope"}}, h.srv.URL, http.StatusUnauthorized, "not valid"},
			{"merchandiser token", url.Values{"csrf": {token}, "token": {merch}}, h.srv.URL, http.StatusForbidden, "merchandiser role"},
		} {
			if tt.form.Has("csrf") {
				tt.form.Set("csrf", token) // the nonce of the latest form
			}
			resp, body := c.post("/review/signin", tt.form, tt.origin)
			if resp.StatusCode != tt.want || !strings.Contains(body, tt.says) {
				t.Errorf("%s: %d, want %d saying %q\n%s", tt.name, resp.StatusCode, tt.want, tt.says, body)
			}
			// Each refusal serves a fresh form with a new nonce.
			if m := csrfRe.FindStringSubmatch(body); m != nil {
				token = m[1]
			}
		}
	})

	t.Run("the session cookie is HttpOnly, SameSite=Strict and scoped to /review/", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		_, form := c.get("/review/signin")
		resp, _ := c.post("/review/signin", url.Values{"csrf": {csrfOf(t, form)}, "token": {camille}, "next": {"//evil.example/x"}}, h.srv.URL)
		if loc := resp.Header.Get("Location"); loc != "/review/" {
			t.Errorf("an off-site next went to %q", loc)
		}
		var found bool
		for _, ck := range resp.Cookies() {
			if ck.Name == "copydesk_review" {
				found = true
				if !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Path != "/review/" || ck.MaxAge <= 0 {
					t.Errorf("session cookie %+v", ck)
				}
			}
		}
		if !found {
			t.Error("no session cookie set")
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("CSP %q", csp)
		}
	})

	t.Run("a reviewer sees and acts on their locale only", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		queue := c.signIn(camille)
		for _, d := range fr {
			if !strings.Contains(queue, "/review/drafts/"+d.ID) {
				t.Errorf("the fr-FR draft %s is not in the queue", d.ID)
			}
		}
		for _, d := range de {
			if strings.Contains(queue, d.ID) {
				t.Errorf("the de-DE draft %s is in a fr-FR reviewer's queue", d.ID)
			}
		}
		if resp, _ := c.get("/review/?locale=de-DE"); resp.StatusCode != http.StatusForbidden {
			t.Errorf("queue of de-DE: %d, want 403", resp.StatusCode)
		}
		if resp, _ := c.get("/review/?locale=xx-!!"); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("queue of a bad locale: %d, want 400", resp.StatusCode)
		}
		if resp, _ := c.get("/review/?status=nonsense"); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("queue of a bad status: %d, want 400", resp.StatusCode)
		}
		if resp, _ := c.get("/review/drafts/" + de[0].ID); resp.StatusCode != http.StatusForbidden {
			t.Errorf("de-DE draft page: %d, want 403", resp.StatusCode)
		}
		if resp, _ := c.get("/review/drafts/nope"); resp.StatusCode != http.StatusNotFound {
			t.Errorf("unknown draft page: %d, want 404", resp.StatusCode)
		}
		csrf := csrfOf(t, queue)
		for _, action := range []string{"approve", "reject", "edit"} {
			form := url.Values{"csrf": {csrf}, "comment": {"x"}, "text": {"Un texte."}}
			if resp, _ := c.post("/review/drafts/"+de[0].ID+"/"+action, form, h.srv.URL); resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s a de-DE draft: %d, want 403", action, resp.StatusCode)
			}
		}
		if d, _ := h.app.Service.GetDraft(ctx, de[0].ID); d.Status != core.StatusInReview || d.Version != de[0].Version {
			t.Errorf("the de-DE draft changed: %s v%d", d.Status, d.Version)
		}
	})

	t.Run("forms need the session's CSRF token and this origin", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		queue := c.signIn(camille)
		csrf := csrfOf(t, queue)
		target := "/review/drafts/" + fr[5].ID + "/approve"
		for _, tt := range []struct {
			name   string
			form   url.Values
			origin string
		}{
			{"no token", url.Values{}, h.srv.URL},
			{"a wrong token", url.Values{"csrf": {"x" + csrf}}, h.srv.URL},
			{"another origin", url.Values{"csrf": {csrf}}, "https://evil.example"},
		} {
			if resp, _ := c.post(target, tt.form, tt.origin); resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s: %d, want 403", tt.name, resp.StatusCode)
			}
		}
		if d, _ := h.app.Service.GetDraft(ctx, fr[5].ID); d.Status != core.StatusInReview {
			t.Fatalf("a refused form changed the draft: %s", d.Status)
		}
	})

	t.Run("an oversized form is 413, not a lost CSRF token", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		queue := c.signIn(camille)
		// The CSRF field last, after 20 MB of comment: before the cap the
		// form parsed empty and the answer was 403.
		body := "comment=" + strings.Repeat("a", 20<<20) + "&csrf=" + url.QueryEscape(csrfOf(t, queue))
		req, _ := http.NewRequest(http.MethodPost, h.srv.URL+"/review/drafts/"+fr[5].ID+"/reject", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", h.srv.URL)
		resp, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("20 MB form: %d, want 413", resp.StatusCode)
		}
		if d, _ := h.app.Service.GetDraft(ctx, fr[5].ID); d.Status != core.StatusInReview {
			t.Fatalf("an oversized form changed the draft: %s", d.Status)
		}
	})

	t.Run("approve carries the version the page showed", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		c.signIn(camille)
		id := fr[6].ID
		_, page := c.get("/review/drafts/" + id)
		m := regexp.MustCompile(`name="version" value="(\d+)"`).FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("the approve form has no version:\n%s", page)
		}
		edited, err := h.app.Service.EditText(ctx, h.admin, id, fr[6].Text+" ")
		if err != nil {
			t.Fatal(err)
		}
		resp, body := c.post("/review/drafts/"+id+"/approve", url.Values{"csrf": {csrfOf(t, page)}, "version": {m[1]}}, h.srv.URL)
		if resp.StatusCode != http.StatusConflict || !strings.Contains(body, fmt.Sprintf("version %d", edited.Version)) {
			t.Errorf("approve of version %s after an edit: %d, want 409 naming version %d", m[1], resp.StatusCode, edited.Version)
		}
		if d, _ := h.app.Service.GetDraft(ctx, id); d.Status != core.StatusInReview {
			t.Fatalf("a stale approve changed the draft: %s", d.Status)
		}
	})

	t.Run("UI responses carry X-Request-Id like the API", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		for _, path := range []string{"/review/signin", "/review/"} {
			if resp, _ := c.get(path); resp.Header.Get("X-Request-Id") == "" {
				t.Errorf("GET %s: no X-Request-Id", path)
			}
		}
		req, _ := http.NewRequest(http.MethodGet, h.srv.URL+"/review/signin", nil)
		req.Header.Set("X-Request-Id", "trace-review-1")
		resp, err := c.http.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Request-Id"); got != "trace-review-1" {
			t.Errorf("X-Request-Id = %q; want the caller's", got)
		}
	})

	t.Run("transitions from the draft page", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		c.signIn(camille)
		blocked := fr[6]
		if _, err := h.app.Service.EditText(ctx, h.admin, blocked.ID, blocked.Text+" Pas cher !"); err != nil {
			t.Fatal(err)
		}
		_, page := c.get("/review/drafts/" + blocked.ID)
		if !strings.Contains(page, `<mark class="block"`) || !strings.Contains(page, "A blocking finding stands") {
			t.Fatalf("the blocked draft's page does not show its finding:\n%s", page)
		}
		csrf := csrfOf(t, page)
		if resp, body := c.post("/review/drafts/"+blocked.ID+"/approve", url.Values{"csrf": {csrf}}, h.srv.URL); resp.StatusCode != http.StatusConflict {
			t.Errorf("approve a blocked draft: %d, want 409\n%s", resp.StatusCode, body)
		}
		if resp, body := c.post("/review/drafts/"+blocked.ID+"/reject", url.Values{"csrf": {csrf}, "comment": {"  "}}, h.srv.URL); resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, "comment") {
			t.Errorf("reject without a comment: %d, want 400 naming the comment\n%s", resp.StatusCode, body)
		}
		if resp, _ := c.post("/review/drafts/"+blocked.ID+"/edit", url.Values{"csrf": {csrf}, "text": {""}}, h.srv.URL); resp.StatusCode != http.StatusBadRequest {
			t.Errorf("an empty edit: %d, want 400", resp.StatusCode)
		}
		// Fix it by hand: it is checked again and may then be approved.
		resp, _ := c.post("/review/drafts/"+blocked.ID+"/edit?locale=fr-FR", url.Values{"csrf": {csrf}, "text": {blocked.Text}}, h.srv.URL)
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(loc, "/review/drafts/"+blocked.ID+"?locale=fr-FR&done=edited") {
			t.Fatalf("edit: %d to %q", resp.StatusCode, loc)
		}
		resp, _ = c.post("/review/drafts/"+blocked.ID+"/approve", url.Values{"csrf": {csrf}, "comment": {"bon"}}, h.srv.URL)
		if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "done=approved") || strings.Contains(loc, blocked.ID) {
			t.Fatalf("approve: %d to %q (want the next draft)", resp.StatusCode, loc)
		}
		_, next := c.get(resp.Header.Get("Location"))
		if want := fmt.Sprintf("Approved %s (fr-FR).", blocked.SKU); !strings.Contains(next, want) {
			t.Errorf("the next page does not say %q", want)
		}
		d, _ := h.app.Service.GetDraft(ctx, blocked.ID)
		if d.Status != core.StatusApproved && d.Status != core.StatusPublished {
			t.Errorf("after approving: %s", d.Status)
		}
	})

	t.Run("an admin reviews every locale", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		queue := c.signIn(adminSecret)
		if !strings.Contains(queue, de[1].ID) || !strings.Contains(queue, fr[1].ID) {
			t.Error("the admin's queue lacks a locale")
		}
		if resp, _ := c.get("/review/drafts/" + de[1].ID); resp.StatusCode != http.StatusOK {
			t.Errorf("admin opens a de-DE draft: %d", resp.StatusCode)
		}
	})

	t.Run("the launch filter lists the reviewer's launches by name, progress in their locales", func(t *testing.T) {
		// Two more launches: one with fr-FR copy (Camille's), one without.
		autumn := h.submit(t, "Autumn Charms", "2027-09-01", "en-GB", "fr-FR")
		tokyo := h.submit(t, "Tokyo Pop-up", "2027-01-10", "en-GB", "de-DE")
		c := newClient(t, h.srv.URL)
		c.signIn(camille)
		// Filtered on the sample launch, the page's drafts are all of it,
		// yet the filter offers every launch Camille reviews, by name.
		_, queue := c.get("/review/?launch=" + h.launch.ID)
		sel := between(t, queue, `<select id="f-launch"`, `</select>`)
		for _, want := range []string{h.launch.Name + " (goes live 2027-02-01)", "Autumn Charms (goes live 2027-09-01)", `value="` + autumn.ID + `"`} {
			if !strings.Contains(sel, want) {
				t.Errorf("the launch filter lacks %q:\n%s", want, sel)
			}
		}
		if strings.Contains(sel, tokyo.ID) || strings.Contains(sel, "Tokyo") {
			t.Errorf("the launch filter offers a launch with no fr-FR copy:\n%s", sel)
		}
		if !strings.Contains(sel, `value="`+h.launch.ID+`" selected`) {
			t.Errorf("the filtered launch is not selected:\n%s", sel)
		}
		// The progress bar counts Camille's locale only: 24 fr-FR drafts of
		// the sample's 72.
		done := 0
		for _, d := range h.drafts(t, "fr-FR") {
			if d.Status == core.StatusApproved || d.Status == core.StatusPublished {
				done++
			}
		}
		want := fmt.Sprintf(`aria-label="%s: %d of 24 drafts in fr-FR approved or published"`, h.launch.Name, done)
		if !strings.Contains(queue, want) || !strings.Contains(queue, `<progress id="p-`+h.launch.ID+`" max="24" value="`+fmt.Sprint(done)+`"`) {
			t.Errorf("the sample's progress bar is not %s:\n%s", want, between(t, queue, `<ul class="launches">`, `</ul>`))
		}
		// An admin's filter offers every launch.
		a := newClient(t, h.srv.URL)
		a.signIn(adminSecret)
		_, adminQueue := a.get("/review/")
		if sel := between(t, adminQueue, `<select id="f-launch"`, `</select>`); !strings.Contains(sel, "Tokyo Pop-up") || !strings.Contains(sel, "Autumn Charms") {
			t.Errorf("the admin's launch filter:\n%s", sel)
		}
	})

	t.Run("bulk approval of the drafts with no findings, confirmed with their count", func(t *testing.T) {
		jonas := h.reviewer(t, "Jonas", "de-DE")
		var clean []string
		for _, d := range h.drafts(t, "de-DE") {
			if d.Status == core.StatusInReview && len(d.Findings) == 0 && d.LaunchID == h.launch.ID {
				clean = append(clean, d.ID)
			}
		}
		if len(clean) == 0 {
			t.Fatal("the sample launch has no de-DE draft without findings to bulk approve")
		}
		c := newClient(t, h.srv.URL)
		c.signIn(jonas)
		filter := "?launch=" + h.launch.ID + "&locale=de-DE"
		_, queue := c.get("/review/" + filter)
		link := fmt.Sprintf(`href="/review/bulk-approve?launch=%s&amp;locale=de-DE" class="button">Approve the %d drafts with no findings`, h.launch.ID, len(clean))
		if !strings.Contains(queue, link) {
			t.Fatalf("the queue has no bulk approval link %q:\n%s", link, queue)
		}
		resp, confirm := c.get("/review/bulk-approve" + filter)
		if resp.StatusCode != http.StatusOK || !strings.Contains(confirm, fmt.Sprintf("Approve %d drafts</button>", len(clean))) {
			t.Fatalf("confirmation page %d lacks the count %d:\n%s", resp.StatusCode, len(clean), confirm)
		}
		var ids []string
		for _, m := range regexp.MustCompile(`name="id" value="([^"]+)"`).FindAllStringSubmatch(confirm, -1) {
			ids = append(ids, m[1])
		}
		if !slices.Equal(slices.Sorted(slices.Values(ids)), slices.Sorted(slices.Values(clean))) {
			t.Fatalf("the confirmation lists %v, want %v", ids, clean)
		}
		form := url.Values{"csrf": {csrfOf(t, confirm)}, "id": ids}
		// Without the CSRF token, or from another site: refused, nothing approved.
		if resp, _ := c.post("/review/bulk-approve"+filter, url.Values{"id": ids}, h.srv.URL); resp.StatusCode != http.StatusForbidden {
			t.Errorf("bulk approve without CSRF: %d, want 403", resp.StatusCode)
		}
		if resp, _ := c.post("/review/bulk-approve"+filter, form, "https://evil.example"); resp.StatusCode != http.StatusForbidden {
			t.Errorf("bulk approve from another site: %d, want 403", resp.StatusCode)
		}
		// A draft of another locale slipped into the form is refused whole.
		bad := url.Values{"csrf": form["csrf"], "id": append([]string{fr[3].ID}, ids...)}
		if resp, _ := c.post("/review/bulk-approve"+filter, bad, h.srv.URL); resp.StatusCode != http.StatusForbidden {
			t.Errorf("bulk approve with a fr-FR draft: %d, want 403", resp.StatusCode)
		}
		if d, _ := h.app.Service.GetDraft(ctx, clean[0]); d.Status != core.StatusInReview {
			t.Fatalf("a refused bulk approval changed a draft: %s", d.Status)
		}
		resp, _ = c.post("/review/bulk-approve"+filter, form, h.srv.URL)
		loc := resp.Header.Get("Location")
		if resp.StatusCode != http.StatusSeeOther || !strings.Contains(loc, "done=bulk") || !strings.Contains(loc, fmt.Sprintf("n=%d", len(clean))) {
			t.Fatalf("bulk approve: %d to %q", resp.StatusCode, loc)
		}
		_, after := c.get(loc)
		if want := fmt.Sprintf("Approved %d drafts with no findings.", len(clean)); !strings.Contains(after, want) {
			t.Errorf("the queue does not say %q", want)
		}
		for _, id := range clean {
			d, _ := h.app.Service.GetDraft(ctx, id)
			if d.Status != core.StatusApproved && d.Status != core.StatusPublished {
				t.Errorf("draft %s after bulk approval: %s", id, d.Status)
			}
			if !hasEvent(d, core.EventApproved, "Jonas", "bulk") {
				t.Errorf("draft %s has no bulk approval event by Jonas: %+v", id, d.History)
			}
		}
		if strings.Contains(after, "with no findings…") {
			t.Error("the queue still offers a bulk approval with nothing left to approve")
		}
	})

	t.Run("sign out ends the session", func(t *testing.T) {
		c := newClient(t, h.srv.URL)
		queue := c.signIn(camille)
		resp, _ := c.post("/review/signout", url.Values{"csrf": {csrfOf(t, queue)}}, h.srv.URL)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("sign out: %d", resp.StatusCode)
		}
		if resp, _ := c.get("/review/"); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("after sign-out the queue answers %d", resp.StatusCode)
		}
	})
}

// between returns the part of page from the first from up to the next to.
func between(t *testing.T, page, from, to string) string {
	t.Helper()
	i := strings.Index(page, from)
	if i < 0 {
		t.Fatalf("the page has no %q:\n%s", from, page)
	}
	j := strings.Index(page[i:], to)
	if j < 0 {
		t.Fatalf("the page has no %q after %q", to, from)
	}
	return page[i : i+j]
}
