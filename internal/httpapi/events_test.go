package httpapi_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

type eventPage struct {
	Items      []core.Event `json:"items"`
	Last       int64        `json:"last"`
	NextCursor *string      `json:"next_cursor"`
}

// Every state change is in the launch's outbox, in order, and a reader
// that passes the last seq it saw gets exactly the newer ones.
func TestLaunchEvents(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit() // 4 drafts: created, generating, generated
	get := func(query string) eventPage {
		t.Helper()
		rec := e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events" + query, token: e.reviewerFR})
		wantStatus(t, rec, http.StatusOK)
		return decode[eventPage](t, rec)
	}
	all := get("")
	if len(all.Items) != 12 || all.Last != 12 {
		t.Fatalf("%d events, last %d; want 12 (created, generating, generated per draft)", len(all.Items), all.Last)
	}
	for i, ev := range all.Items {
		if ev.Seq != int64(i+1) || ev.LaunchID != launchID || ev.ID == 0 || ev.At.IsZero() {
			t.Errorf("event %d = %+v", i, ev)
		}
	}
	if first := all.Items[0]; first.Event != core.EventCreated || first.From != "" || first.To != core.StatusQueued || first.By != "mia" {
		t.Errorf("first event = %+v", first)
	}
	if all.NextCursor == nil || *all.NextCursor == "" {
		t.Errorf("a page of a feed that can grow has no next_cursor")
	}
	// Nothing can come after the largest seq: no next_cursor.
	if end := get("?after=9223372036854775807"); len(end.Items) != 0 || end.NextCursor != nil {
		t.Errorf("after the largest seq: %d items, next_cursor %v; want none", len(end.Items), end.NextCursor)
	}
	fr := draftIn(t, drafts, "fr-FR")
	rec := e.do(request{method: "POST", path: "/v1/drafts/" + fr.ID + "/reject", token: e.reviewerFR, body: `{"comment":"Warmer, please."}`})
	wantStatus(t, rec, http.StatusOK)
	next := get(fmt.Sprintf("?after=%d", all.Last))
	if len(next.Items) != 1 || next.Last != 13 {
		t.Fatalf("after %d: %+v", all.Last, next)
	}
	want := core.Event{ID: next.Items[0].ID, LaunchID: launchID, Seq: 13, DraftID: fr.ID, At: next.Items[0].At,
		Event: core.EventRejected, By: "fleur", From: core.StatusInReview, To: core.StatusRejected, Version: 1, Detail: "Warmer, please."}
	if next.Items[0] != want {
		t.Errorf("reject event =\n%+v\nwant\n%+v", next.Items[0], want)
	}
	if none := get("?after=13"); len(none.Items) != 0 || none.Last != 13 || none.Items == nil {
		t.Errorf("nothing new = %+v", none)
	}
	if page := get("?after=2&limit=3"); len(page.Items) != 3 || page.Items[0].Seq != 3 || page.Last != 5 {
		t.Errorf("a page of 3 after 2 = %+v", page)
	}
	for _, bad := range []string{"?after=-1", "?after=abc", "?after=1.5"} {
		p := checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events" + bad, token: e.merch}), 400)
		if !hasField(p, "after", "") {
			t.Errorf("%s: %+v", bad, p)
		}
	}
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/nope/events", token: e.merch}), 404)
	checkProblem(t, e.do(request{method: "GET", path: "/v1/launches/" + launchID + "/events"}), 401)
}

// PUT an earlier guide again: it becomes current, and is listed so.
func TestStyleGuideRollback(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	put := func(body string) string {
		t.Helper()
		rec := e.do(request{method: "PUT", path: "/v1/styleguide", token: adminSecret, contentType: "application/yaml", body: body})
		wantStatus(t, rec, http.StatusOK)
		return decode[map[string]string](t, rec)["version"]
	}
	current := func() string {
		t.Helper()
		rec := e.do(request{method: "GET", path: "/v1/styleguide", token: e.merch})
		wantStatus(t, rec, http.StatusOK)
		return rec.Header().Get("X-Style-Guide-Version")
	}
	a := current()
	b := put(testGuide + "competitors: [Tiffany]\n")
	if current() != b {
		t.Fatalf("after PUT B the current guide is %s, want %s", current(), b)
	}
	if got := put(testGuide); got != a || current() != a {
		t.Fatalf("after PUT A again: answered %s, current %s; want %s", got, current(), a)
	}
	rec := e.do(request{method: "GET", path: "/v1/styleguide/versions", token: e.merch})
	wantStatus(t, rec, http.StatusOK)
	list := decode[struct {
		Items []core.StyleGuideDoc `json:"items"`
	}](t, rec)
	if len(list.Items) != 2 || list.Items[0].Version != a || !list.Items[0].Current || list.Items[1].Version != b || list.Items[1].Current {
		t.Errorf("versions = %+v; want %s (current), %s", list.Items, a, b)
	}
	// Checks use the guide made current again: B's competitor rule is gone.
	rec = e.do(request{method: "POST", path: "/v1/checks", token: e.merch,
		body: `{"product":{"sku":"S","name":"N","category":"ring"},"locale":"en-GB","channel":"pdp","text":"Nicer than Tiffany."}`})
	wantStatus(t, rec, http.StatusOK)
	if v := decode[core.CheckResult](t, rec).StyleGuideVersion; v != a {
		t.Errorf("the check used guide %s, want %s", v, a)
	}
}
