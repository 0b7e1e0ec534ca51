package app

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	copydesk "github.com/copydesk/copydesk"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/httpapi"
	"github.com/copydesk/copydesk/internal/testutil"
)

// onBothStores runs a test of the whole API against SQLite and PostgreSQL.
func onBothStores(t *testing.T, fn func(t *testing.T, h http.Handler, svc *core.Service)) {
	stores := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "api.db") },
		"postgres": func(t *testing.T) string { return testutil.FreshSchema(t, "api") },
	}
	for name, url := range stores {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			db := url(t)
			cfg, err := LoadConfig(func(k string) string { return map[string]string{"DATABASE_URL": db, "ADMIN_TOKEN": "a"}[k] })
			if err != nil {
				t.Fatal(err)
			}
			a, err := New(context.Background(), cfg, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { a.Close() })
			fn(t, httpapi.New(a.Service, httpapi.Options{}), a.Service)
		})
	}
}

type call struct {
	method, path, token, body string
	header                    map[string]string
}

func do(t *testing.T, h http.Handler, c call) (*httptest.ResponseRecorder, map[string]any) {
	t.Helper()
	var body *strings.Reader
	if c.body != "" {
		body = strings.NewReader(c.body)
	} else {
		body = strings.NewReader("")
	}
	req := httptest.NewRequest(c.method, c.path, body)
	req.Header.Set("Authorization", "Bearer "+c.token)
	if c.body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range c.header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	_ = json.Unmarshal(rec.Body.Bytes(), &out)
	return rec, out
}

func token(t *testing.T, svc *core.Service, name string, role core.Role, locales ...string) string {
	t.Helper()
	secret, _, err := svc.CreateToken(context.Background(), &core.Token{Name: "admin", Role: core.RoleAdmin},
		core.TokenInput{Name: name, Role: role, Locales: locales})
	if err != nil {
		t.Fatal(err)
	}
	return secret
}

func sampleBody(t *testing.T, name string) string {
	t.Helper()
	var in map[string]any
	if err := json.Unmarshal(copydesk.SampleLaunch, &in); err != nil {
		t.Fatal(err)
	}
	in["products"] = in["products"].([]any)[:2]
	in["name"] = name
	b, _ := json.Marshal(in)
	return string(b)
}

// Hostile and careless input gets the same clear answers on both stores:
// a cursor this API did not make is 400 naming "cursor" on every list; an
// empty path id is 404 on every route that takes one; idempotency keys
// belong to the caller that sent them.
func TestHostileInputOnBothStores(t *testing.T) {
	onBothStores(t, func(t *testing.T, h http.Handler, svc *core.Service) {
		teamA := token(t, svc, "team-a", core.RoleMerchandiser)
		teamB := token(t, svc, "team-b", core.RoleIntegration)
		reviewer := token(t, svc, "rev", core.RoleReviewer, "en-GB")
		key := map[string]string{"Idempotency-Key": "spring-upload-1"}
		rec, a := do(t, h, call{method: "POST", path: "/v1/launches", token: teamA, body: sampleBody(t, "A"), header: key})
		if rec.Code != http.StatusAccepted {
			t.Fatalf("submit: %d %s", rec.Code, rec.Body)
		}
		launchID := a["id"].(string)

		// Idempotency keys are scoped to the token that sent them.
		rec, b := do(t, h, call{method: "POST", path: "/v1/launches", token: teamB, body: sampleBody(t, "B"), header: key})
		if rec.Code != http.StatusAccepted || b["id"] == launchID {
			t.Errorf("team B's first use of team A's key: %d, launch %v (A's is %s)", rec.Code, b["id"], launchID)
		}
		if rec, again := do(t, h, call{method: "POST", path: "/v1/launches", token: teamA, body: sampleBody(t, "A"), header: key}); rec.Code != http.StatusAccepted || again["id"] != launchID {
			t.Errorf("team A's replay: %d, launch %v, want %s", rec.Code, again["id"], launchID)
		}
		if rec, _ := do(t, h, call{method: "POST", path: "/v1/launches", token: teamA, body: sampleBody(t, "other"), header: key}); rec.Code != http.StatusConflict {
			t.Errorf("team A's key with another body: %d, want 409", rec.Code)
		}

		// A real cursor of one list is not a cursor of another.
		_, page := do(t, h, call{method: "GET", path: "/v1/launches/" + launchID + "/drafts?limit=1", token: teamA})
		draftCursor, _ := page["next_cursor"].(string)
		if draftCursor == "" {
			t.Fatalf("no next cursor on a page of 1: %v", page)
		}
		lists := []call{
			{path: "/v1/launches/" + launchID + "/drafts", token: teamA},
			{path: "/v1/reviews", token: reviewer},
			{path: "/v1/catalogue", token: teamA},
		}
		for _, l := range lists {
			for _, bad := range []string{"abc", "%25%25%25", "zzz", "AAAA", "ZA", "bm90IGEgY3Vyc29y"} {
				rec, p := do(t, h, call{method: "GET", path: l.path + "?cursor=" + bad, token: l.token})
				if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), `"field":"cursor"`) {
					t.Errorf("GET %s?cursor=%s: %d %v; want 400 naming cursor", l.path, bad, rec.Code, p)
				}
			}
		}
		if rec, _ := do(t, h, call{method: "GET", path: "/v1/catalogue?cursor=" + draftCursor, token: teamA}); rec.Code != http.StatusBadRequest {
			t.Errorf("a drafts cursor on the catalogue: %d, want 400", rec.Code)
		}
		if rec, _ := do(t, h, call{method: "GET", path: "/v1/launches/" + launchID + "/drafts?cursor=" + draftCursor, token: teamA}); rec.Code != http.StatusOK {
			t.Errorf("the drafts' own cursor: %d, want 200", rec.Code)
		}

		// Every route with a path id answers 404 when the id is empty.
		for _, c := range []call{
			{method: "GET", path: "/v1/launches//drafts"},
			{method: "GET", path: "/v1/launches//drafts.csv"},
			{method: "GET", path: "/v1/launches//events"},
			{method: "GET", path: "/v1/launches/"},
			{method: "GET", path: "/v1/drafts/"},
			{method: "POST", path: "/v1/drafts//approve", body: `{}`},
			{method: "POST", path: "/v1/drafts//reject", body: `{"comment":"x"}`},
			{method: "PUT", path: "/v1/drafts//text", body: `{"text":"x"}`},
			{method: "GET", path: "/v1/catalogue/"},
		} {
			c.token = "a"
			if rec, _ := do(t, h, c); rec.Code != http.StatusNotFound {
				t.Errorf("%s %s: %d %s; want 404", c.method, c.path, rec.Code, rec.Body)
			}
		}
	})
}
