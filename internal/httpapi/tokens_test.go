package httpapi_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/copydesk/copydesk/internal/httpapi"
)

type tokenPage struct {
	Items []struct {
		ID, Name, Role string
		Locales        []string
	} `json:"items"`
	NextCursor string `json:"next_cursor"`
}

// TestTokenListAndRevoke pages the tokens with opaque cursors and revokes
// one on one replica: the next request on another replica is refused.
func TestTokenListAndRevoke(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	var ids []string
	cursor := ""
	for {
		rec := e.do(request{method: "GET", path: "/v1/tokens?limit=3&cursor=" + cursor, token: adminSecret})
		wantStatus(t, rec, 200)
		p := decode[tokenPage](t, rec)
		for _, it := range p.Items {
			ids = append(ids, it.ID)
			if it.Name == "fleur" && (it.Role != "reviewer" || len(it.Locales) != 1) {
				t.Errorf("fleur = %+v", it)
			}
		}
		if p.NextCursor == "" {
			break
		}
		cursor = p.NextCursor
	}
	if len(ids) != 4 {
		t.Fatalf("listed %d tokens over pages of 3, want the 4 made", len(ids))
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/tokens?cursor=abc", token: adminSecret}), 400)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/tokens", token: e.merch}), 403)

	// Revoke the merchandiser's token on this replica ...
	var merchID string
	rec := e.do(request{method: "GET", path: "/v1/tokens", token: adminSecret})
	for _, it := range decode[tokenPage](t, rec).Items {
		if it.Name == "mia" {
			merchID = it.ID
		}
	}
	replicaB := httptest.NewServer(httpapi.New(e.svc, httpapi.Options{}))
	defer replicaB.Close()
	call := func() int {
		req, _ := http.NewRequest("GET", replicaB.URL+"/v1/styleguide", nil)
		req.Header.Set("Authorization", "Bearer "+e.merch)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := call(); got != 200 {
		t.Fatalf("before revocation: %d", got)
	}
	checkProblem(t, e.do(request{method: "DELETE", path: "/v1/tokens/" + merchID, token: e.reviewerFR}), 403)
	wantStatus(t, e.do(request{method: "DELETE", path: "/v1/tokens/" + merchID, token: adminSecret}), 204)
	// ... and it stops at once on the other.
	if got := call(); got != 401 {
		t.Errorf("after revocation on another replica: %d, want 401", got)
	}
	checkProblem(t, e.do(request{method: "DELETE", path: "/v1/tokens/" + merchID, token: adminSecret}), 404)
	checkProblem(t, e.do(request{method: "DELETE", path: "/v1/tokens/bootstrap", token: adminSecret}), 409)
}
