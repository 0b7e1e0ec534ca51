package httpapi_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An approve that names the version the reviewer saw approves only that
// text: after an edit it is 409 naming the current version; without a
// version (older clients) the current text is approved.
func TestApproveAtVersion(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")
	seen := fr.Version
	rec := e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR, body: `{"text":"Un charm en argent sterling, fini à la main."}`})
	wantStatus(t, rec, http.StatusOK)
	edited := decode[core.Draft](t, rec)
	if edited.Version == seen {
		t.Fatalf("an edit kept version %d", seen)
	}
	p := checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR,
		body: fmt.Sprintf(`{"version":%d}`, seen)}), http.StatusConflict)
	if !strings.Contains(p.Detail, fmt.Sprintf("version %d", edited.Version)) {
		t.Errorf("the conflict does not name the current version %d: %q", edited.Version, p.Detail)
	}
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR,
		body: `{"version":-1}`}), http.StatusBadRequest)
	rec = e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/approve", token: e.reviewerFR,
		body: fmt.Sprintf(`{"version":%d}`, edited.Version)})
	wantStatus(t, rec, http.StatusOK)
	if d := decode[core.Draft](t, rec); d.Status != core.StatusApproved {
		t.Errorf("approved at the current version: %s", d.Status)
	}
}

// TestBulkApproveAtVersions: a bulk approval that names the versions the
// caller saw skips a draft edited since (left for a person) and approves
// the rest; versions that do not pair with ids are a 400 naming versions.
func TestBulkApproveAtVersions(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	_, drafts := e.submit()
	fr := draftIn(t, drafts, "fr-FR")
	seen := fr.Version
	wantStatus(t, e.do(request{method: "PUT", path: "/v1/drafts/" + fr.ID + "/text", token: e.reviewerFR,
		body: `{"text":"Un charm en argent sterling, fini à la main."}`}), http.StatusOK)
	checkProblem(t, e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR,
		body: fmt.Sprintf(`{"ids":[%q],"versions":[%d,1]}`, fr.ID, seen)}), http.StatusBadRequest)
	rec := e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR,
		body: fmt.Sprintf(`{"ids":[%q],"versions":[%d]}`, fr.ID, seen)})
	wantStatus(t, rec, http.StatusOK)
	res := decode[core.BulkApproveResult](t, rec)
	if len(res.Approved) != 0 || len(res.Skipped) != 1 {
		t.Fatalf("bulk approval at a stale version: approved %v, skipped %v; want it skipped", res.Approved, res.Skipped)
	}
	rec = e.do(request{method: "GET", path: "/v1/drafts/" + fr.ID, token: e.reviewerFR})
	cur := decode[core.Draft](t, rec)
	rec = e.do(request{method: "POST", path: "/v1/drafts/approve", token: e.reviewerFR,
		body: fmt.Sprintf(`{"ids":[%q],"versions":[%d]}`, fr.ID, cur.Version)})
	wantStatus(t, rec, http.StatusOK)
	if res := decode[core.BulkApproveResult](t, rec); len(res.Approved) != 1 {
		t.Errorf("bulk approval at the current version %d: approved %v, skipped %v", cur.Version, res.Approved, res.Skipped)
	}
}
