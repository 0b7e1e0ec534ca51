package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/testutil"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
	"github.com/copydesk/copydesk/internal/memstore"
	"github.com/copydesk/copydesk/internal/metrics"
	"github.com/copydesk/copydesk/internal/webhook"
)

const testGuide = `brand: Aurelia
version: "test-1"
voice: Warm and precise.
channels:
  pdp: {min_words: 1, max_words: 120}
  social: {max_chars: 220}
locales:
  en-GB: {spelling: british}
`

const adminSecret = "admin-secret-do-not-log"

// fixedNow makes created_at stable for golden files.
var fixedNow = time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC)

type testEnv struct {
	t       *testing.T
	svc     *core.Service
	store   *faultyStore
	queue   *fakeQueue
	handler http.Handler // raw, checked against api/openapi.yaml on every call
	raw     http.Handler // what httpapi.New returned
	logs    *testutil.SyncBuffer
	// secrets by role name
	merch, integration, reviewerFR, reviewerDE string
	readyErr                                   error
}

type envOption func(*httpapi.Options)

// sequentialIDs makes IDs id-0001, id-0002, ... so that golden files are
// stable and ID order is creation order, as with UUIDv7.
func sequentialIDs() func() string {
	var mu sync.Mutex
	n := 0
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		n++
		return fmt.Sprintf("id-%04d", n)
	}
}

func newEnv(t *testing.T, opts ...envOption) *testEnv {
	t.Helper()
	return newEnvConfig(t, nil, opts...)
}

// newEnvConfig is newEnv with the core's configuration changed by cfg.
func newEnvConfig(t *testing.T, cfg func(*core.Config), opts ...envOption) *testEnv {
	t.Helper()
	config := core.Config{AdminToken: adminSecret}
	if cfg != nil {
		cfg(&config)
	}
	e := &testEnv{t: t, store: &faultyStore{Store: memstore.New()}, queue: &fakeQueue{}, logs: &testutil.SyncBuffer{}}
	logger := slog.New(slog.NewTextHandler(e.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	e.svc = core.NewService(core.Deps{Store: e.store, Queue: e.queue, Generator: fakeGenerator{}, Checker: fakeChecker{},
		Logger: logger, Now: func() time.Time { return fixedNow }, NewID: sequentialIDs(),
		CheckCallback: webhook.NewGuard(nil).CheckURL}, config)
	ctx := context.Background()
	if _, err := e.svc.InstallStyleGuide(ctx, []byte(testGuide), false); err != nil {
		t.Fatalf("install guide: %v", err)
	}
	admin := &core.Token{Name: "admin", Role: core.RoleAdmin}
	mk := func(name string, role core.Role, locales ...string) string {
		secret, _, err := e.svc.CreateToken(ctx, admin, core.TokenInput{Name: name, Role: role, Locales: locales})
		if err != nil {
			t.Fatalf("create token: %v", err)
		}
		return secret
	}
	e.merch = mk("mia", core.RoleMerchandiser)
	e.integration = mk("campaigns", core.RoleIntegration)
	e.reviewerFR = mk("fleur", core.RoleReviewer, "fr-FR")
	e.reviewerDE = mk("dieter", core.RoleReviewer, "de-DE")
	m := metrics.New()
	o := httpapi.Options{Logger: logger, Ready: func(context.Context) error { return e.readyErr },
		Metrics: m, MetricsHandler: m.Handler()}
	for _, opt := range opts {
		opt(&o)
	}
	e.raw = httpapi.New(e.svc, o)
	e.handler = specValidated(t, e.raw)
	return e
}

// request is one call to the API.
type request struct {
	method, path, token, contentType, body string
	header                                 map[string]string
}

func (e *testEnv) do(r request) *httptest.ResponseRecorder {
	e.t.Helper()
	var body io.Reader
	if r.body != "" {
		body = strings.NewReader(r.body)
	}
	req := httptest.NewRequest(r.method, r.path, body)
	if r.token != "" {
		req.Header.Set("Authorization", "Bearer "+r.token)
	}
	ct := r.contentType
	if ct == "" && r.body != "" {
		ct = "application/json"
	}
	if ct != "-" && ct != "" {
		req.Header.Set("Content-Type", ct)
	}
	for k, v := range r.header {
		if k == "Transfer-Encoding" {
			req.ContentLength = -1 // a streamed body: only the reader's cap can stop it
			continue
		}
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	e.handler.ServeHTTP(rec, req)
	return rec
}

func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %T from %q: %v", v, rec.Body.String(), err)
	}
	return v
}

func wantStatus(t *testing.T, rec *httptest.ResponseRecorder, status int) {
	t.Helper()
	if rec.Code != status {
		t.Fatalf("status = %d, want %d; body: %s", rec.Code, status, rec.Body.String())
	}
}

// launchBody returns a valid launch; edit lets a test spoil one part.
func launchBody(t *testing.T, edit func(m map[string]any)) string {
	t.Helper()
	m := map[string]any{
		"name": "Spring Hearts 2027", "source_locale": "en-GB",
		"locales": []any{"en-GB", "fr-FR"}, "channels": []any{"pdp"},
		"products": []any{
			map[string]any{"sku": "190001C01", "name": "Pavé Heart Charm", "category": "charm",
				"materials": []any{"sterling silver"}, "stones": []any{map[string]any{"type": "cubic zirconia", "count": 12}}},
			map[string]any{"sku": "190002C01", "name": "Heart Ring", "category": "ring"},
		},
	}
	if edit != nil {
		edit(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// submit posts a valid launch and generates every draft, so that drafts
// are in review.
func (e *testEnv) submit() (launchID string, drafts []*core.Draft) {
	e.t.Helper()
	rec := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(e.t, nil)})
	wantStatus(e.t, rec, http.StatusAccepted)
	l := decode[core.Launch](e.t, rec)
	ctx := context.Background()
	for _, id := range e.queue.generate {
		if err := e.svc.GenerateDraft(ctx, id, false); err != nil {
			e.t.Fatalf("generate %s: %v", id, err)
		}
	}
	list, _, err := e.svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 100}, "")
	if err != nil {
		e.t.Fatal(err)
	}
	return l.ID, list
}

func draftIn(t *testing.T, drafts []*core.Draft, locale string) *core.Draft {
	t.Helper()
	for _, d := range drafts {
		if d.Locale == locale {
			return d
		}
	}
	t.Fatalf("no draft in %s", locale)
	return nil
}

// checkProblem asserts the RFC 9457 shape and returns the problem.
func checkProblem(t *testing.T, rec *httptest.ResponseRecorder, status int) httpapi.Problem {
	t.Helper()
	wantStatus(t, rec, status)
	if ct := rec.Header().Get("Content-Type"); ct != "application/problem+json" {
		t.Errorf("Content-Type = %q, want application/problem+json", ct)
	}
	var raw map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
		t.Fatalf("problem is not JSON: %v: %s", err, rec.Body.String())
	}
	for _, k := range []string{"type", "title", "status", "detail"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("problem lacks %q: %s", k, rec.Body.String())
		}
	}
	p := decode[httpapi.Problem](t, rec)
	if p.Status != status {
		t.Errorf("problem status = %d, want %d", p.Status, status)
	}
	if !strings.HasPrefix(p.Type, "https://copydesk.dev/problems/") {
		t.Errorf("problem type = %q", p.Type)
	}
	return p
}

func hasField(p httpapi.Problem, field, msgPart string) bool {
	for _, f := range p.Errors {
		if f.Field == field && strings.Contains(f.Message, msgPart) {
			return true
		}
	}
	return false
}

func TestHealthAndReadiness(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "GET", path: "/healthz"})
	wantStatus(t, rec, 200)
	if got := strings.TrimSpace(rec.Body.String()); got != `{"status":"ok"}` {
		t.Errorf("healthz body = %s", got)
	}
	wantStatus(t, e.do(request{method: "GET", path: "/readyz"}), 200)

	e.readyErr = errors.New("redis: dial tcp 10.0.0.7:6379: refused password=hunter2")
	p := checkProblem(t, e.do(request{method: "GET", path: "/readyz"}), 503)
	if strings.Contains(p.Detail, "hunter2") || strings.Contains(p.Detail, "10.0.0.7") {
		t.Errorf("readiness detail leaks the cause: %q", p.Detail)
	}
	e.readyErr = nil

	e.store.setPingErr(errors.New("database is locked"))
	checkProblem(t, e.do(request{method: "GET", path: "/readyz"}), 503)
}

func TestAuth(t *testing.T) {
	e := newEnv(t)
	_, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")
	tests := []struct {
		name   string
		req    request
		status int
	}{
		{"no token", request{method: "GET", path: "/v1/styleguide"}, 401},
		{"unknown token", request{method: "GET", path: "/v1/styleguide", token: "cd_nope"}, 401},
		{"basic scheme", request{method: "GET", path: "/v1/styleguide", header: map[string]string{"Authorization": "Basic " + adminSecret}}, 401},
		{"lower-case bearer", request{method: "GET", path: "/v1/styleguide", header: map[string]string{"Authorization": "bearer " + adminSecret}}, 200},
		{"reviewer cannot submit", request{method: "POST", path: "/v1/launches", token: e.reviewerFR, body: launchBody(t, nil)}, 403},
		{"merchandiser cannot make tokens", request{method: "POST", path: "/v1/tokens", token: e.merch, body: `{"name":"x","role":"admin"}`}, 403},
		{"reviewer of another locale", request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerDE}, 403},
		{"merchandiser cannot approve", request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.merch}, 403},
		{"merchandiser has no review queue", request{method: "GET", path: "/v1/reviews", token: e.merch}, 403},
		{"reviewer asks for a locale not theirs", request{method: "GET", path: "/v1/reviews?locale=de-DE", token: e.reviewerFR}, 403},
		{"reviewer cannot put the guide", request{method: "PUT", path: "/v1/styleguide", token: e.reviewerFR, contentType: "application/yaml", body: testGuide}, 403},
		{"reviewer cannot edit another locale", request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerDE, body: `{"text":"Hallo"}`}, 403},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(tt.req)
			if tt.status >= 400 {
				checkProblem(t, rec, tt.status)
			} else {
				wantStatus(t, rec, tt.status)
			}
			if tt.status == 401 && !strings.HasPrefix(rec.Header().Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("401 without WWW-Authenticate: Bearer")
			}
		})
	}
}

func TestTokens(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: "/v1/tokens", token: adminSecret,
		body: `{"name":"fr reviewers","role":"reviewer","locales":["fr-fr"]}`})
	wantStatus(t, rec, 201)
	got := decode[struct {
		Token, ID, Name, Role string
		Locales               []string
	}](t, rec)
	if got.Token == "" || got.ID == "" || got.Role != "reviewer" || len(got.Locales) != 1 || got.Locales[0] != "fr-FR" {
		t.Fatalf("token response = %+v", got)
	}
	if rec.Header().Get("Cache-Control") != "no-store" {
		t.Errorf("the secret may be cached")
	}
	// The new secret works.
	wantStatus(t, e.do(request{method: "GET", path: "/v1/reviews", token: got.Token}), 200)

	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/tokens", token: adminSecret, body: `{"name":"x","role":"reviewer"}`}), 400)
	if !hasField(p, "locales", "at least one locale") {
		t.Errorf("missing locales error: %+v", p)
	}
	p = checkProblem(t, e.do(request{method: "POST", path: "/v1/tokens", token: adminSecret, body: `{"name":"x","role":"boss"}`}), 400)
	if !hasField(p, "role", "must be one of") {
		t.Errorf("missing role error: %+v", p)
	}
}

func TestLaunchLifecycle(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: "/v1/launches", token: e.integration, body: launchBody(t, nil)})
	wantStatus(t, rec, 202)
	l := decode[core.Launch](t, rec)
	if rec.Header().Get("Location") != "/v1/launches/"+l.ID {
		t.Errorf("Location = %q", rec.Header().Get("Location"))
	}
	if rec.Header().Get("Idempotent-Replayed") != "" {
		t.Errorf("a first submission is marked as replayed")
	}
	if l.Counts[core.StatusQueued] != 4 || l.Status != core.LaunchProcessing || l.ProductCount != 2 {
		t.Errorf("launch = %+v", l)
	}
	if len(e.queue.generate) != 4 {
		t.Errorf("enqueued %d drafts, want 4", len(e.queue.generate))
	}

	rec = e.do(request{method: "GET", path: "/v1/launches/" + l.ID, token: e.reviewerFR})
	wantStatus(t, rec, 200)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/nope", token: e.merch}), 404)

	// Drafts: filter, paging.
	rec = e.do(request{method: "GET", path: "/v1/launches/" + l.ID + "/drafts?limit=3", token: e.merch})
	wantStatus(t, rec, 200)
	pg := decode[struct {
		Items      []core.Draft `json:"items"`
		NextCursor string       `json:"next_cursor"`
	}](t, rec)
	if len(pg.Items) != 3 || pg.NextCursor == "" {
		t.Fatalf("first page = %d items, cursor %q", len(pg.Items), pg.NextCursor)
	}
	rec = e.do(request{method: "GET", path: "/v1/launches/" + l.ID + "/drafts?limit=3&cursor=" + pg.NextCursor, token: e.merch})
	wantStatus(t, rec, 200)
	if strings.Contains(rec.Body.String(), "next_cursor") {
		t.Errorf("the last page has a next_cursor: %s", rec.Body.String())
	}
	rec = e.do(request{method: "GET", path: "/v1/launches/" + l.ID + "/drafts?locale=fr-fr&status=queued", token: e.merch})
	wantStatus(t, rec, 200)
	pg = decode[struct {
		Items      []core.Draft `json:"items"`
		NextCursor string       `json:"next_cursor"`
	}](t, rec)
	if len(pg.Items) != 2 || pg.Items[0].Locale != "fr-FR" {
		t.Errorf("fr-FR drafts = %+v", pg.Items)
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/nope/drafts", token: e.merch}), 404)
}

func TestDryRun(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: "/v1/launches?dry_run=true", token: e.integration, body: launchBody(t, nil)})
	wantStatus(t, rec, 200)
	est := decode[core.LaunchEstimate](t, rec)
	if est.Drafts != 4 || !est.WithinBudget {
		t.Errorf("estimate = %+v", est)
	}
	if len(e.queue.generate) != 0 {
		t.Errorf("a dry run enqueued %d drafts", len(e.queue.generate))
	}
	checkProblem(t, e.do(request{method: "POST", path: "/v1/launches?dry_run=maybe", token: e.integration, body: launchBody(t, nil)}), 400)
	checkProblem(t, e.do(request{method: "POST", path: "/v1/launches?dry_run=true", token: e.reviewerFR, body: launchBody(t, nil)}), 403)
}

func TestReviewFlowAndCatalogue(t *testing.T) {
	e := newEnv(t)
	launchID, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")

	rec := e.do(request{method: "GET", path: "/v1/drafts/" + fr.ID, token: e.merch})
	wantStatus(t, rec, 200)
	d := decode[core.Draft](t, rec)
	if d.Status != core.StatusInReview || len(d.History) == 0 || d.Findings == nil {
		t.Fatalf("draft = %+v", d)
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/drafts/nope", token: e.merch}), 404)

	rec = e.do(request{method: "GET", path: "/v1/reviews", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	q := decode[struct {
		Items []core.Draft `json:"items"`
	}](t, rec)
	if len(q.Items) != 2 {
		t.Errorf("fr-FR review queue has %d drafts, want 2", len(q.Items))
	}
	for _, d := range q.Items {
		if d.Locale != "fr-FR" {
			t.Errorf("review queue shows a %s draft to a fr-FR reviewer", d.Locale)
		}
	}

	// An edit that mentions gold blocks: it cannot be approved.
	rec = e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme en or gold."}`})
	wantStatus(t, rec, 200)
	d = decode[core.Draft](t, rec)
	if !core.Blocks(d.Findings) || d.Model != "human/fleur" {
		t.Fatalf("edited draft = %+v", d)
	}
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 409)
	if !strings.Contains(p.Detail, "blocking") {
		t.Errorf("detail = %q", p.Detail)
	}
	rec = e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charme en argent."}`})
	wantStatus(t, rec, 200)

	// Approve with an empty body, with a comment, and reject.
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR})
	wantStatus(t, rec, 200)
	if d := decode[core.Draft](t, rec); d.Status != core.StatusApproved {
		t.Errorf("approved draft status = %s", d.Status)
	}
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR}), 409)

	other := drafts[0]
	for _, d := range drafts {
		if d.Locale == "fr-FR" && d.ID != fr.ID {
			other = d
		}
	}
	p = checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + other.ID + "/reject", token: e.reviewerFR, body: `{}`}), 400)
	if !hasField(p, "comment", "required") {
		t.Errorf("reject without comment: %+v", p)
	}
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + other.ID + "/reject", token: e.reviewerFR, body: `{"comment":"Mention the clasp."}`})
	wantStatus(t, rec, 200)
	if d := decode[core.Draft](t, rec); d.Status != core.StatusRejected || d.Feedback != "Mention the clasp." {
		t.Errorf("rejected draft = %+v", d)
	}
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + drafts[0].ID + "/approve", token: adminSecret, body: `{"comment":"fine"}`})
	wantStatus(t, rec, 200)

	// Publish and read the catalogue.
	if len(e.queue.publish) != 2 {
		t.Fatalf("publish queue = %v", e.queue.publish)
	}
	for _, id := range e.queue.publish {
		if _, err := e.svc.PublishDraft(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	rec = e.do(request{method: "GET", path: "/v1/catalogue/" + fr.SKU, token: e.integration})
	wantStatus(t, rec, 200)
	cat := decode[struct {
		SKU          string                `json:"sku"`
		Descriptions []core.CatalogueEntry `json:"descriptions"`
	}](t, rec)
	if cat.SKU != fr.SKU || len(cat.Descriptions) == 0 || cat.Descriptions[0].LaunchID != launchID {
		t.Errorf("catalogue = %+v", cat)
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/catalogue/NOPE", token: e.integration}), 404)

	rec = e.do(request{method: "GET", path: "/v1/catalogue?locale=fr-FR&channel=pdp&since=2020-01-01T00:00:00Z&limit=10", token: e.integration})
	wantStatus(t, rec, 200)
	feed := decode[struct {
		Items []core.CatalogueEntry `json:"items"`
	}](t, rec)
	if len(feed.Items) != 1 || feed.Items[0].Locale != "fr-FR" {
		t.Errorf("feed = %+v", feed.Items)
	}
	rec = e.do(request{method: "GET", path: "/v1/catalogue?since=2020-01-01T00:00:00+01:00", token: e.integration,
		header: map[string]string{headerLenient: "an unencoded + arrives as a space and is forgiven"}})
	wantStatus(t, rec, 200)
	rec = e.do(request{method: "GET", path: "/v1/catalogue?since=2999-01-01T00:00:00%2B01:00", token: e.integration})
	wantStatus(t, rec, 200)
	if !strings.Contains(rec.Body.String(), `"items":[]`) {
		t.Errorf("since in the future should give no items: %s", rec.Body.String())
	}
	rec = e.do(request{method: "GET", path: "/v1/catalogue?locale=de-DE", token: e.integration})
	wantStatus(t, rec, 200)
	if !strings.Contains(rec.Body.String(), `"items":[]`) {
		t.Errorf("an empty feed should have items: [], got %s", rec.Body.String())
	}
}

func TestChecks(t *testing.T) {
	e := newEnv(t)
	body := `{"product":{"sku":"1","name":"Heart Charm","category":"charm"},"locale":"en-gb","channel":"pdp","text":"A golden heart!"}`
	rec := e.do(request{method: "POST", path: "/v1/checks", token: e.reviewerDE, body: body})
	wantStatus(t, rec, 200)
	res := decode[core.CheckResult](t, rec)
	if res.Verdict != core.VerdictBlock || len(res.Findings) != 2 || res.StyleGuideVersion == "" {
		t.Errorf("check = %+v", res)
	}
	rec = e.do(request{method: "POST", path: "/v1/checks", token: e.reviewerDE,
		body: `{"product":{"sku":"1","name":"Heart","category":"charm"},"locale":"en-GB","channel":"pdp","text":"Fine."}`})
	wantStatus(t, rec, 200)
	if !strings.Contains(rec.Body.String(), `"findings":[]`) || !strings.Contains(rec.Body.String(), `"verdict":"pass"`) {
		t.Errorf("a clean check = %s", rec.Body.String())
	}
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/checks", token: e.merch,
		body: `{"product":{},"locale":"xx-??","channel":"billboard","text":""}`}), 400)
	for _, f := range []string{"locale", "channel", "text"} {
		if !hasField(p, f, "") {
			t.Errorf("no error for %s: %+v", f, p.Errors)
		}
	}
}

// The product model a PIM sends (metals as objects, stone origins,
// measurements) is accepted by /v1/checks and validated field by field.
func TestChecksProductModel(t *testing.T) {
	e := newEnv(t)
	good := `{"product":{"sku":"1","name":"Hoops","category":"earrings","metals":[{"base":"brass","plating":"silver","plating_microns":0.5}],` +
		`"stones":[{"type":"sapphire","origin":"lab_grown","count":2}],"measurements":[{"name":"diameter","value":20,"unit":"mm"}],"total_carat_weight":0.4,"variant_group":"loop"},` +
		`"locale":"en-GB","channel":"pdp","text":"Fine."}`
	rec := e.do(request{method: "POST", path: "/v1/checks", token: e.merch, body: good})
	wantStatus(t, rec, 200)
	bad := `{"product":{"sku":"1","name":"Hoops","category":"earrings","metals":[{"base":"gold","fineness":"31k"}],` +
		`"stones":[{"type":"sapphire","origin":"grown"}],"measurements":[{"name":"diameter","value":20,"unit":"ft"}]},` +
		`"locale":"en-GB","channel":"pdp","text":"Fine."}`
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/checks", token: e.merch, body: bad}), 400)
	for _, f := range []string{"product.metals[0].fineness", "product.stones[0].origin", "product.measurements[0].unit"} {
		if !hasField(p, f, "") {
			t.Errorf("no error for %s: %+v", f, p.Errors)
		}
	}
}

func TestStyleGuide(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch})
	wantStatus(t, rec, 200)
	if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/yaml") || rec.Body.String() != testGuide {
		t.Errorf("YAML guide: %q %q", rec.Header().Get("Content-Type"), rec.Body.String())
	}
	version := rec.Header().Get("X-Style-Guide-Version")
	if !strings.HasPrefix(version, "test-1+") {
		t.Errorf("X-Style-Guide-Version = %q", version)
	}

	for _, accept := range []string{"application/json", "application/json, application/yaml;q=0.5", "text/html, application/json;q=0.9"} {
		rec = e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch, header: map[string]string{"Accept": accept}})
		wantStatus(t, rec, 200)
		g := decode[struct {
			Version string         `json:"version"`
			Body    string         `json:"body"`
			Guide   map[string]any `json:"guide"`
		}](t, rec)
		if g.Version != version || g.Body != testGuide || g.Guide["brand"] != "Aurelia" {
			t.Errorf("Accept %q: JSON guide = %+v", accept, g)
		}
	}
	for _, accept := range []string{"*/*", "application/yaml, application/json;q=0.5", "text/html"} {
		rec = e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch, header: map[string]string{"Accept": accept}})
		if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/yaml") {
			t.Errorf("Accept %q answered %q", accept, rec.Header().Get("Content-Type"))
		}
	}

	newGuide := strings.Replace(testGuide, "test-1", "test-2", 1)
	for _, ct := range []string{"application/yaml", "application/x-yaml", "text/yaml; charset=utf-8"} {
		rec = e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, contentType: ct, body: newGuide})
		wantStatus(t, rec, 200)
		if v := decode[map[string]string](t, rec)["version"]; !strings.HasPrefix(v, "test-2+") {
			t.Errorf("put %s: version %q", ct, v)
		}
	}
	// JSON: the guide itself, and the wrapper that GET answers with.
	rec = e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret,
		body: `{"brand":"Aurelia","version":"test-3","channels":{"pdp":{"max_words":100}}}`})
	wantStatus(t, rec, 200)
	wrapped, _ := json.Marshal(map[string]any{"version": "ignored", "body": strings.Replace(testGuide, "test-1", "test-4", 1)})
	rec = e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, body: string(wrapped)})
	wantStatus(t, rec, 200)
	if v := decode[map[string]string](t, rec)["version"]; !strings.HasPrefix(v, "test-4+") {
		t.Errorf("wrapped put: version %q", v)
	}
	rec = e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch})
	if !strings.Contains(rec.Body.String(), "test-4") {
		t.Errorf("the new guide is not current: %s", rec.Body.String())
	}

	p := checkProblem(t, e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, contentType: "application/yaml",
		body: testGuide + "colour_scheme: loud\n"}), 400)
	if !strings.Contains(p.Detail, "colour_scheme") {
		t.Errorf("unknown key detail = %q", p.Detail)
	}
	checkProblem(t, e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, contentType: "text/plain", body: testGuide}), 415)
	checkProblem(t, e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, body: `{"brand":`}), 400)
	checkProblem(t, e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, contentType: "application/yaml",
		body: "brand: Aur\xffelia\n"}), 400)
}

func TestStyleGuideMissingIsUnavailable(t *testing.T) {
	store := memstore.New()
	svc := core.NewService(core.Deps{Store: store, Queue: &fakeQueue{}, Generator: fakeGenerator{}, Checker: fakeChecker{}},
		core.Config{AdminToken: adminSecret})
	h := httpapi.New(svc, httpapi.Options{})
	req := httptest.NewRequest("GET", "/v1/styleguide", nil)
	req.Header.Set("Authorization", "Bearer "+adminSecret)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	checkProblem(t, rec, 503)
}

func TestBadInput(t *testing.T) {
	e := newEnv(t, func(o *httpapi.Options) { o.MaxBodyBytes = 64 << 10 })
	_, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")
	big := launchBody(t, func(m map[string]any) { m["name"] = strings.Repeat("x", 70<<10) })

	tests := []struct {
		name        string
		req         request
		status      int
		field       string // an expected errors[].field, if any
		message     string // part of that field's message
		detailParts []string
	}{
		{name: "malformed JSON", req: request{body: "{\n  \"name\": \"x\",\n  \"locales\": [\"en-GB\" \"fr-FR\"]\n}"},
			status: 400, detailParts: []string{"not valid JSON", "line 3"}},
		{name: "truncated JSON", req: request{body: `{"name": "x"`}, status: 400, detailParts: []string{"ends before"}},
		{name: "unknown top-level field", req: request{body: launchBody(t, func(m map[string]any) { m["nmae"] = "x" })},
			status: 400, field: "nmae", message: "not a known field"},
		{name: "unknown nested field", req: request{body: launchBody(t, func(m map[string]any) {
			m["products"].([]any)[1].(map[string]any)["stones"] = []any{map[string]any{"type": "pearl", "carat": 2}}
		})}, status: 400, field: "products[1].stones[0].carat", message: "not a known field"},
		{name: "wrong type deep", req: request{body: launchBody(t, func(m map[string]any) {
			m["products"].([]any)[1].(map[string]any)["stones"] = []any{map[string]any{"type": "pearl"}, map[string]any{"type": "pearl", "count": "three"}}
		})}, status: 400, field: "products[1].stones[1].count", message: "must be a whole number"},
		{name: "fractional count", req: request{body: launchBody(t, func(m map[string]any) {
			m["products"].([]any)[0].(map[string]any)["stones"] = []any{map[string]any{"type": "pearl", "count": 1.5}}
		})}, status: 400, field: "products[0].stones[0].count", message: "whole number"},
		{name: "huge count", req: request{body: strings.Replace(launchBody(t, nil), `"count":12`, `"count":1e400`, 1)},
			status: 400, field: "products[0].stones[0].count"},
		{name: "string for a list", req: request{body: launchBody(t, func(m map[string]any) { m["locales"] = "fr-FR" })},
			status: 400, field: "locales", message: "must be an array"},
		{name: "object for a string", req: request{body: launchBody(t, func(m map[string]any) { m["name"] = map[string]any{} })},
			status: 400, field: "name", message: "must be a string"},
		{name: "array body", req: request{body: `[1,2]`}, status: 400, detailParts: []string{"must be an object"}},
		{name: "missing fields", req: request{body: launchBody(t, func(m map[string]any) {
			delete(m["products"].([]any)[0].(map[string]any), "sku")
			delete(m, "name")
		})}, status: 400, field: "products[0].sku", message: "is required"},
		{name: "missing name", req: request{body: launchBody(t, func(m map[string]any) { delete(m, "name") })},
			status: 400, field: "name", message: "is required"},
		{name: "duplicate SKUs", req: request{body: launchBody(t, func(m map[string]any) {
			m["products"].([]any)[1].(map[string]any)["sku"] = "190001C01"
		})}, status: 400, field: "products[1].sku", message: "duplicate SKU"},
		{name: "unknown locale", req: request{body: launchBody(t, func(m map[string]any) { m["locales"] = []any{"en-GB", "zz-$$"} })},
			status: 400, field: "locales[1]"},
		{name: "unknown channel", req: request{body: launchBody(t, func(m map[string]any) { m["channels"] = []any{"billboard"} })},
			status: 400, field: "channels[0]", message: "unknown channel"},
		{name: "invalid UTF-8", req: request{body: strings.Replace(launchBody(t, nil), "Heart Ring", "Heart \xff Ring", 1)},
			status: 400, detailParts: []string{"not valid UTF-8", "line 1"}},
		{name: "trailing data", req: request{body: launchBody(t, nil) + ` {"again":true}`}, status: 400, detailParts: []string{"after the JSON", "column " + fmt.Sprint(utf8.RuneCountInString(launchBody(t, nil))+2)}},
		{name: "empty body", req: request{body: " "}, status: 400, detailParts: []string{"empty"}},
		{name: "too large", req: request{body: big}, status: 413},
		{name: "too large without Content-Length", req: request{body: big, header: map[string]string{"Transfer-Encoding": "chunked"}}, status: 413},
		{name: "wrong content type", req: request{body: launchBody(t, nil), contentType: "text/plain"}, status: 415,
			detailParts: []string{"application/json", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "not text/plain"}},
		{name: "no content type", req: request{body: launchBody(t, nil), contentType: "-"}, status: 415,
			detailParts: []string{"application/json", "text/csv", "spreadsheetml", "no Content-Type"}},
		{name: "CSV without a category column", req: request{path: "/v1/launches?name=x&source_locale=en-GB&locales=en-GB&channels=pdp", body: "sku,name\n1,x\n", contentType: "text/csv"}, status: 400, field: "row 1", message: "category"},
		{name: "long idempotency key", req: request{body: launchBody(t, nil), header: map[string]string{"Idempotency-Key": strings.Repeat("k", 201)}},
			status: 400, field: "Idempotency-Key"},
		{name: "bad limit", req: request{method: "GET", path: "/v1/launches/x/drafts?limit=0"}, status: 400, field: "limit"},
		{name: "limit too big", req: request{method: "GET", path: "/v1/catalogue?limit=1001"}, status: 400, field: "limit"},
		{name: "limit not a number", req: request{method: "GET", path: "/v1/reviews?limit=ten", token: e.reviewerFR}, status: 400, field: "limit"},
		{name: "bad since", req: request{method: "GET", path: "/v1/catalogue?since=yesterday"}, status: 400, field: "since", message: "RFC 3339"},
		{name: "bad status filter", req: request{method: "GET", path: "/v1/launches/" + fr.LaunchID + "/drafts?status=done"}, status: 400, field: "status"},
		{name: "bad locale filter", req: request{method: "GET", path: "/v1/catalogue?locale=%24%24"}, status: 400, field: "locale"},
		{name: "bad cursor", req: request{method: "GET", path: "/v1/launches/" + fr.LaunchID + "/drafts?cursor=zzz"}, status: 400, field: "cursor"},
		{name: "edit with empty text", req: request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":"  "}`},
			status: 400, field: "text", message: "required"},
		{name: "edit with a number", req: request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":5}`},
			status: 400, field: "text", message: "must be a string"},
		{name: "approve with an unknown field", req: request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR, body: `{"coment":"typo"}`},
			status: 400, field: "coment"},
		{name: "approve with a wrong content type", req: request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR, contentType: "application/xml", body: `<x/>`},
			status: 415},
		{name: "unknown route", req: request{method: "GET", path: "/v1/nothing"}, status: 404},
		{name: "wrong method", req: request{method: "DELETE", path: "/v1/launches"}, status: 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.req
			if r.method == "" {
				r.method, r.path = "POST", "/v1/launches"
			}
			if r.token == "" {
				r.token = e.merch
			}
			p := checkProblem(t, e.do(r), tt.status)
			if tt.field != "" && !hasField(p, tt.field, tt.message) {
				t.Errorf("no error for field %q with %q: %+v (detail %q)", tt.field, tt.message, p.Errors, p.Detail)
			}
			for _, part := range tt.detailParts {
				if !strings.Contains(p.Detail, part) {
					t.Errorf("detail %q lacks %q", p.Detail, part)
				}
			}
		})
	}
}

func TestIdempotency(t *testing.T) {
	e := newEnv(t)
	key := map[string]string{"Idempotency-Key": "spring-2027-upload-1"}
	body := launchBody(t, nil)
	first := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: body, header: key})
	wantStatus(t, first, 202)
	again := e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: body, header: key})
	wantStatus(t, again, 202)
	if again.Header().Get("Idempotent-Replayed") != "true" {
		t.Errorf("replay not marked")
	}
	a, b := decode[core.Launch](t, first), decode[core.Launch](t, again)
	if a.ID != b.ID || again.Header().Get("Location") != first.Header().Get("Location") {
		t.Errorf("replay made launch %s, first was %s", b.ID, a.ID)
	}
	if len(e.queue.generate) != 4 {
		t.Errorf("a replay enqueued drafts again: %d", len(e.queue.generate))
	}
	other := launchBody(t, func(m map[string]any) { m["name"] = "Another" })
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: other, header: key}), 409)
	if !strings.Contains(p.Detail, "Idempotency-Key") {
		t.Errorf("conflict detail = %q", p.Detail)
	}
	// Without a key the same body is a new launch.
	c := decode[core.Launch](t, e.do(request{method: "POST", path: "/v1/launches", token: e.merch, body: body}))
	if c.ID == a.ID {
		t.Errorf("a keyless resubmission replayed")
	}
}

func TestServerErrors(t *testing.T) {
	e := newEnv(t)
	e.store.getLaunchErr = errors.New("pq: connection to 10.1.2.3 failed: password=hunter2")
	p := checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/x", token: e.merch}), 500)
	if p.Detail != "internal error" || len(p.Errors) != 0 {
		t.Errorf("internal problem = %+v", p)
	}
	if !strings.Contains(e.logs.String(), "10.1.2.3") {
		t.Errorf("the cause of an internal error is not logged")
	}

	e.store.getLaunchErr = &core.Error{Code: core.CodeUnavailable, Message: "the database is busy", RetryAfter: 2.5}
	rec := e.do(request{method: "GET", path: "/v1/launches/x", token: e.merch})
	p = checkProblem(t, rec, 503)
	if rec.Header().Get("Retry-After") != "3" || p.Detail != "the database is busy" {
		t.Errorf("503: Retry-After %q, detail %q", rec.Header().Get("Retry-After"), p.Detail)
	}

	e.store.getLaunchErr = core.Wrap(core.CodeInternal, errors.New("disk full"), "the launch could not be read")
	p = checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/x", token: e.merch}), 500)
	if p.Detail != "internal error" {
		t.Errorf("an internal core error shows %q", p.Detail)
	}

	e.store.getLaunchErr = nil
	e.store.panicGetLaunch = true
	rec = e.do(request{method: "GET", path: "/v1/launches/x", token: e.merch})
	p = checkProblem(t, rec, 500)
	if strings.Contains(rec.Body.String(), "hunter2") || p.Detail != "internal error" {
		t.Errorf("a panic leaks: %s", rec.Body.String())
	}
	if !strings.Contains(e.logs.String(), "panic in handler") {
		t.Errorf("the panic is not logged")
	}
}

func TestRequestLogging(t *testing.T) {
	e := newEnv(t)
	rec := e.do(request{method: "GET", path: "/v1/styleguide", token: adminSecret, header: map[string]string{"X-Request-Id": "req-42"}})
	wantStatus(t, rec, 200)
	if rec.Header().Get("X-Request-Id") != "req-42" {
		t.Errorf("X-Request-Id not echoed")
	}
	if rec := e.do(request{method: "GET", path: "/healthz", header: map[string]string{"X-Request-Id": "bad id\x01"}}); rec.Header().Get("X-Request-Id") == "bad id\x01" {
		t.Errorf("an unsafe request id is echoed")
	}
	logs := e.logs.String()
	for _, want := range []string{"method=GET", "path=/v1/styleguide", "status=200", "duration=", "request_id=req-42"} {
		if !strings.Contains(logs, want) {
			t.Errorf("request log lacks %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, adminSecret) || strings.Contains(logs, e.merch) {
		t.Errorf("a bearer token reached the logs")
	}
}

// TestGolden pins the exact JSON of a launch and of a validation problem.
func TestGolden(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name string
		req  request
	}{
		{"launch_accepted", request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, nil)}},
		{"problem_invalid_launch", request{method: "POST", path: "/v1/launches", token: e.merch, body: launchBody(t, func(m map[string]any) {
			m["channels"] = []any{"billboard"}
			m["products"].([]any)[1].(map[string]any)["sku"] = "190001C01"
			delete(m, "source_locale")
		})}},
		{"problem_unknown_field", request{method: "POST", path: "/v1/launches", token: e.merch, body: `{"products":[{"sku":"1","colour":"red"}]}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(tt.req)
			var indented bytes.Buffer
			if err := json.Indent(&indented, rec.Body.Bytes(), "", "  "); err != nil {
				t.Fatal(err)
			}
			got := fmt.Sprintf("%d %s\n%s", rec.Code, rec.Header().Get("Content-Type"), indented.String())
			testutil.Golden(t, filepath.Join("testdata", tt.name+".golden"), []byte(got))
		})
	}
}
