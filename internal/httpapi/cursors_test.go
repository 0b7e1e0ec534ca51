package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestEveryListPagesWithOpaqueCursors walks every list of the API one item
// at a time with next_cursor and gets the same items as one big page; a
// made-up cursor and another list's cursor are refused with 400 naming
// "cursor" on each. All lists share one cursor format (base64url of the
// list's kind and the last item's key).
func TestEveryListPagesWithOpaqueCursors(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	launchID, drafts := e.submit()
	ctx := context.Background()
	admin, _ := e.svc.Authenticate(ctx, adminSecret)
	fr := draftIn(t, drafts, "fr-FR")
	if _, err := e.svc.EditText(ctx, admin, fr.ID, "The Pavé Heart Charm, rewritten."); err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		if _, err := e.svc.Approve(ctx, admin, d.ID, ""); err != nil {
			t.Fatal(err)
		}
	}
	// A second launch left in review feeds the review queue.
	e.submit()
	if _, err := e.svc.PublishDraft(ctx, drafts[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.PublishDraft(ctx, drafts[1].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.PutStyleGuide(ctx, admin, []byte(strings.Replace(testGuide, `"test-1"`, `"test-2"`, 1))); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		if err := e.store.InsertWebhookDelivery(ctx, &core.WebhookDelivery{ID: fmt.Sprintf("dl-%d", i), LaunchID: launchID,
			EventID: "draft.published:1", Type: core.WebhookDraftPublished, Attempt: i + 1, At: fixedNow, Outcome: core.DeliveryFailed}); err != nil {
			t.Fatal(err)
		}
	}

	type list struct {
		path  string
		token string
		feed  bool // an event feed: next_cursor always present
	}
	lists := []list{
		{path: "/v1/tokens", token: adminSecret},
		{path: "/v1/launches"},
		{path: "/v1/launches?locale=fr-FR"},
		{path: "/v1/launches/" + launchID + "/drafts"},
		{path: "/v1/launches/" + launchID + "/events", feed: true},
		{path: "/v1/launches/" + launchID + "/deliveries"},
		{path: "/v1/reviews", token: e.reviewerFR},
		{path: "/v1/catalogue"},
		{path: "/v1/styleguide/versions"},
		{path: "/v1/drafts/" + fr.ID + "/versions"},
	}
	type pageOf struct {
		Items      []json.RawMessage `json:"items"`
		NextCursor string            `json:"next_cursor"`
	}
	get := func(l list, query string) pageOf {
		t.Helper()
		token := l.token
		if token == "" {
			token = e.merch
		}
		rec := e.do(request{method: "GET", path: l.path + query, token: token})
		wantStatus(t, rec, 200)
		return decode[pageOf](t, rec)
	}
	foreign := map[string]string{}
	for _, l := range lists {
		t.Run(l.path, func(t *testing.T) {
			sep := "?"
			if strings.Contains(l.path, "?") {
				sep = "&"
			}
			all := get(l, sep+"limit=1000")
			if len(all.Items) < 2 {
				t.Fatalf("only %d items: the test needs a list of two or more", len(all.Items))
			}
			var walked []string
			cursor := ""
			for range len(all.Items) + 2 {
				q := "?limit=1"
				if strings.Contains(l.path, "?") {
					q = "&limit=1"
				}
				if cursor != "" {
					q += "&cursor=" + url.QueryEscape(cursor)
				}
				p := get(l, q)
				for _, it := range p.Items {
					walked = append(walked, string(it))
				}
				if len(p.Items) == 0 || p.NextCursor == "" {
					break
				}
				if foreign[l.path] == "" {
					foreign[l.path] = p.NextCursor
				}
				cursor = p.NextCursor
			}
			var whole []string
			for _, it := range all.Items {
				whole = append(whole, string(it))
			}
			if strings.Join(walked, "\n") != strings.Join(whole, "\n") {
				t.Errorf("pages of one = %d items, one page = %d items:\n%s\nvs\n%s", len(walked), len(whole), walked, whole)
			}
		})
	}
	for i, l := range lists {
		other := foreign[lists[(i+2)%len(lists)].path]
		for _, bad := range []string{"zzz", "%FF", "", other} {
			if bad == "" {
				continue
			}
			token := l.token
			if token == "" {
				token = e.merch
			}
			sep := "?"
			if strings.Contains(l.path, "?") {
				sep = "&"
			}
			p := checkProblem(t, e.do(request{method: "GET", path: l.path + sep + "cursor=" + url.QueryEscape(bad), token: token}), 400)
			if !hasField(p, "cursor", "") {
				t.Errorf("%s?cursor=%s: problem does not name cursor: %+v", l.path, bad, p)
			}
		}
	}
}
