package httpapi_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
)

// Who may call a route (issue #11's authorisation matrix).
type audience string

const (
	public     audience = "public"     // no token needed
	anyToken   audience = "any"        // any valid token
	adminOnly  audience = "admin"      // admin tokens
	submitters audience = "submitters" // admin, merchandiser, integration
	reviewers  audience = "reviewers"  // admin and reviewers of any locale (their own queue)
	localeOwn  audience = "locale"     // admin and reviewers of the draft's locale
)

// routeAccess is the expected audience of every route the server serves,
// keyed "METHOD /path" as Gin's route table spells it. A route added to
// the server without a line here fails TestAuthorisationMatrix.
var routeAccess = map[string]audience{
	"GET /healthz":                       public,
	"HEAD /healthz":                      public,
	"GET /readyz":                        public,
	"HEAD /readyz":                       public,
	"GET /openapi.json":                  public,
	"GET /metrics":                       public,
	"GET /admin/queues":                  public, // a redirect to /admin/queues/
	"* /admin/queues/*path":              adminOnly,
	"POST /v1/tokens":                    adminOnly,
	"GET /v1/tokens":                     adminOnly,
	"DELETE /v1/tokens/:id":              adminOnly,
	"POST /v1/launches":                  submitters,
	"GET /v1/launches":                   anyToken,
	"GET /v1/launches/:id":               anyToken,
	"GET /v1/launches/:id/drafts":        anyToken,
	"GET /v1/launches/:id/drafts.csv":    anyToken,
	"GET /v1/launches/:id/events":        anyToken,
	"GET /v1/launches/:id/deliveries":    anyToken,
	"PUT /v1/launches/:id/products/:sku": submitters,
	"GET /v1/drafts/:id":                 anyToken,
	"GET /v1/drafts/:id/versions":        anyToken,
	"POST /v1/drafts/:id/approve":        localeOwn,
	"POST /v1/drafts/:id/reject":         localeOwn,
	"PUT /v1/drafts/:id/text":            localeOwn,
	"POST /v1/drafts/approve":            localeOwn, // by ids of drafts of one locale
	"GET /v1/reviews":                    reviewers,
	"GET /v1/catalogue":                  anyToken,
	"GET /v1/catalogue.csv":              anyToken,
	"GET /v1/catalogue/:sku":             anyToken,
	"POST /v1/checks":                    anyToken,
	"GET /v1/styleguide":                 anyToken,
	"GET /v1/styleguide/versions":        anyToken,
	"PUT /v1/styleguide":                 adminOnly,
}

// allowed reports whether a caller of role (reviewing locales) may call a
// route of audience a on a draft of draftLocale.
func (a audience) allowed(role core.Role, locales []string, draftLocale string) bool {
	switch {
	case a == public || role == core.RoleAdmin:
		return true
	case role == "":
		return false
	}
	switch a {
	case anyToken:
		return true
	case submitters:
		return role == core.RoleMerchandiser || role == core.RoleIntegration
	case reviewers:
		return role == core.RoleReviewer
	case localeOwn:
		return role == core.RoleReviewer && strings.Contains(strings.Join(locales, ","), draftLocale)
	}
	return false
}

// TestAuthorisationMatrix sends every route of the server's route table
// (gin's Routes()) as every kind of caller — admin, merchandiser,
// integration, a reviewer of the draft's locale, a reviewer of another
// locale, no token, a revoked token — on a draft of each of two locales,
// and checks who gets through: the others get 403 (a valid token of the
// wrong role or locale) or 401 (none, revoked), as problem+json, and a
// refused request changes nothing. Whether the request then succeeds is
// other tests' business; here it must only not be 401, 403 or 5xx.
func TestAuthorisationMatrix(t *testing.T) {
	t.Parallel()
	monitor := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("monitor")) })
	e := newEnv(t, func(o *httpapi.Options) { o.Admin = monitor })
	launchID, drafts := e.submit()
	fr, en := draftIn(t, drafts, "fr-FR"), draftIn(t, drafts, "en-GB")
	ctx := context.Background()
	admin := &core.Token{Name: "admin", Role: core.RoleAdmin}
	revoked, tok, err := e.svc.CreateToken(ctx, admin, core.TokenInput{Name: "gone", Role: core.RoleMerchandiser})
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.RevokeToken(ctx, admin, tok.ID); err != nil {
		t.Fatal(err)
	}
	callers := []struct {
		name, secret string
		role         core.Role
		locales      []string
	}{
		{"admin", adminSecret, core.RoleAdmin, nil},
		{"merchandiser", e.merch, core.RoleMerchandiser, nil},
		{"integration", e.integration, core.RoleIntegration, nil},
		{"reviewer fr-FR", e.reviewerFR, core.RoleReviewer, []string{"fr-FR"}},
		{"reviewer de-DE", e.reviewerDE, core.RoleReviewer, []string{"de-DE"}},
		{"no token", "", "", nil},
		{"revoked token", revoked, "", nil},
	}
	guide := e.do(request{method: "GET", path: "/v1/styleguide", token: adminSecret, header: map[string]string{"Accept": "application/yaml"}})
	wantStatus(t, guide, http.StatusOK)

	engine := e.raw.(*gin.Engine)
	param := regexp.MustCompile(`:[A-Za-z_]+|\*[A-Za-z_]+`)
	served := map[string]bool{}
	for _, r := range engine.Routes() {
		key := r.Method + " " + r.Path
		if strings.HasPrefix(r.Path, "/admin/queues/") {
			key = "* " + r.Path // Any: every method
		}
		served[key] = true
		a, ok := routeAccess[key]
		if !ok {
			t.Errorf("route %s %s has no expected audience in routeAccess: add one", r.Method, r.Path)
			continue
		}
		for _, d := range []*core.Draft{fr, en} {
			for _, c := range callers {
				name := r.Method + " " + r.Path + " on " + d.Locale + " as " + c.name
				t.Run(name, func(t *testing.T) {
					path := param.ReplaceAllStringFunc(r.Path, func(p string) string {
						switch {
						case strings.HasPrefix(r.Path, "/v1/drafts/"):
							return d.ID
						case p == ":sku" && strings.HasPrefix(r.Path, "/v1/catalogue"):
							return "190001C01"
						case p == ":sku":
							return "190001C01"
						case strings.HasPrefix(r.Path, "/v1/tokens/"):
							// a token of its own for each call: admins revoke it
							_, tk, err := e.svc.CreateToken(ctx, admin, core.TokenInput{Name: "temp", Role: core.RoleIntegration})
							if err != nil {
								t.Fatal(err)
							}
							return tk.ID
						case strings.HasPrefix(r.Path, "/admin/queues/"):
							return "queues"
						}
						return launchID
					})
					body, ct := requestBody(r.Method, r.Path, d, guide.Body.String())
					e.reset(fr.ID, core.StatusInReview)
					e.reset(en.ID, core.StatusInReview)
					send := e.do
					if strings.HasPrefix(r.Path, "/admin/") {
						send = e.rawDo // the queue monitor is not in the API's spec
					}
					rec := send(request{method: r.Method, path: path, token: c.secret, body: body, contentType: ct})
					role := c.role
					if c.secret == revoked {
						role = ""
					}
					locale := d.Locale
					if !strings.HasPrefix(r.Path, "/v1/drafts") {
						locale = "" // no draft: locale-bound routes are reviewers' of any
					}
					want := a.allowed(role, c.locales, locale)
					if a == localeOwn && locale == "" {
						want = role == core.RoleAdmin || role == core.RoleReviewer
					}
					switch {
					case rec.Code >= 500:
						t.Fatalf("%d: %s", rec.Code, rec.Body.String())
					case want && (rec.Code == 401 || rec.Code == 403):
						t.Fatalf("refused with %d, want through: %s", rec.Code, rec.Body.String())
					case !want && role == "" && rec.Code != 401:
						t.Fatalf("%d, want 401: %s", rec.Code, rec.Body.String())
					case !want && role != "" && rec.Code != 403:
						t.Fatalf("%d, want 403: %s", rec.Code, rec.Body.String())
					}
					if !want {
						checkProblem(t, rec, rec.Code)
						for _, dr := range []*core.Draft{fr, en} {
							if got, _ := e.svc.GetDraft(ctx, dr.ID); got.Status != core.StatusInReview {
								t.Errorf("a refused request changed draft %s to %s", dr.Locale, got.Status)
							}
						}
					}
				})
			}
			if !strings.HasPrefix(r.Path, "/v1/drafts") {
				break // the draft's locale only matters to draft routes
			}
		}
	}
	for key := range routeAccess {
		if !served[key] {
			t.Errorf("routeAccess lists %s, which the server does not serve", key)
		}
	}
}

// requestBody returns a valid body (and its content type) for a route, so
// that a caller who may call it gets past authorisation to validation.
func requestBody(method, path string, d *core.Draft, guide string) (string, string) {
	switch method + " " + path {
	case "POST /v1/tokens":
		return `{"name":"matrix","role":"integration"}`, ""
	case "POST /v1/launches":
		return `{"name":"Matrix","source_locale":"en-GB","locales":["en-GB"],"channels":["pdp"],
			"products":[{"sku":"M1","name":"Heart Charm","category":"charm","materials":["sterling silver"]}]}`, ""
	case "PUT /v1/launches/:id/products/:sku":
		return `{"sku":"190001C01","name":"Pavé Heart Charm","category":"charm","materials":["sterling silver"]}`, ""
	case "POST /v1/drafts/:id/approve":
		return `{"comment":"fine"}`, ""
	case "POST /v1/drafts/:id/reject":
		return `{"comment":"Mention the clasp."}`, ""
	case "PUT /v1/drafts/:id/text":
		return `{"text":"A heart charm."}`, ""
	case "POST /v1/drafts/approve":
		return `{"ids":["` + d.ID + `"]}`, ""
	case "POST /v1/checks":
		return `{"locale":"en-GB","channel":"pdp","product":{"sku":"1","name":"Heart Charm","category":"charm","materials":["sterling silver"]},"text":"A heart charm."}`, ""
	case "PUT /v1/styleguide":
		return guide, "application/yaml"
	}
	if method == "POST" || method == "PUT" || method == "PATCH" {
		return `{}`, ""
	}
	return "", ""
}
