package httpapi_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// A callback_url the SSRF guard can judge without connecting (an IP
// literal that is loopback, private, link-local or metadata) is refused at
// submission, naming the field.
func TestSubmitRefusesPrivateCallbacks(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	for _, u := range []string{"http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]/x",
		"http://10.1.2.3/hook", "https://user:pw@campaigns.example/hook", "ftp://campaigns.example/"} {
		t.Run(u, func(t *testing.T) {
			body := launchBody(t, func(m map[string]any) { m["callback_url"] = u })
			p := checkProblem(t, e.do(request{method: "POST", path: "/v1/launches", token: e.integration, body: body}), 400)
			if !hasField(p, "callback_url", "") {
				t.Errorf("problem does not name callback_url: %+v", p)
			}
		})
	}
	body := launchBody(t, func(m map[string]any) { m["callback_url"] = "https://campaigns.example/hooks/copydesk" })
	wantStatus(t, e.do(request{method: "POST", path: "/v1/launches", token: e.integration, body: body}), http.StatusAccepted)
}

func TestListDeliveries(t *testing.T) {
	t.Parallel()
	e := newEnv(t)
	rec := e.do(request{method: "POST", path: "/v1/launches", token: e.integration,
		body: launchBody(t, func(m map[string]any) { m["callback_url"] = "https://campaigns.example/hooks/copydesk" })})
	wantStatus(t, rec, http.StatusAccepted)
	l := decode[core.Launch](t, rec)
	ctx := context.Background()
	for i, outcome := range []string{core.DeliveryFailed, core.DeliveryFailed, core.DeliveryDelivered, core.DeliveryRefused} {
		d := &core.WebhookDelivery{ID: fmt.Sprintf("dl-%02d", i), LaunchID: l.ID, EventID: "draft.published:1", Type: core.WebhookDraftPublished,
			Attempt: i + 1, At: fixedNow.Add(time.Duration(i) * time.Second), Outcome: outcome, StatusCode: 503, Error: "the receiver answered 503", DurationMS: 3}
		if outcome == core.DeliveryDelivered {
			d.StatusCode, d.Error = 204, ""
		}
		if outcome == core.DeliveryRefused {
			d.EventID, d.Type, d.Attempt, d.StatusCode, d.Error = "launch.completed:9", core.WebhookLaunchCompleted, 1, 0, "refused to connect"
		}
		if err := e.store.InsertWebhookDelivery(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	type deliveryPage struct {
		Items      []core.WebhookDelivery `json:"items"`
		NextCursor string                 `json:"next_cursor"`
	}
	base := "/v1/launches/" + l.ID + "/deliveries"
	var seen []string
	cursor := ""
	for range 5 {
		path := base + "?limit=3"
		if cursor != "" {
			path += "&cursor=" + cursor
		}
		rec := e.do(request{method: "GET", path: path, token: e.reviewerFR})
		wantStatus(t, rec, 200)
		p := decode[deliveryPage](t, rec)
		for _, d := range p.Items {
			seen = append(seen, fmt.Sprintf("%s %s #%d %s", d.ID, d.EventID, d.Attempt, d.Outcome))
		}
		if cursor = p.NextCursor; cursor == "" {
			break
		}
	}
	want := []string{"dl-00 draft.published:1 #1 failed", "dl-01 draft.published:1 #2 failed", "dl-02 draft.published:1 #3 delivered",
		"dl-03 launch.completed:9 #1 refused"}
	if fmt.Sprint(seen) != fmt.Sprint(want) {
		t.Errorf("pages = %q\nwant %q", seen, want)
	}
	p := decode[deliveryPage](t, e.do(request{method: "GET", path: base + "?outcome=failed", token: e.merch}))
	if len(p.Items) != 2 {
		t.Errorf("outcome=failed: %d items", len(p.Items))
	}
	p = decode[deliveryPage](t, e.do(request{method: "GET", path: base + "?event_id=launch.completed:9", token: e.merch}))
	if len(p.Items) != 1 || p.Items[0].Outcome != core.DeliveryRefused {
		t.Errorf("event_id filter: %+v", p.Items)
	}

	// Another list's cursor, a made-up one, a bad outcome, an unknown launch.
	drafts := decode[deliveryPage](t, e.do(request{method: "GET", path: "/v1/launches/" + l.ID + "/drafts?limit=1", token: e.merch}))
	for _, tt := range []struct {
		path   string
		status int
		field  string
	}{
		{base + "?cursor=zzz", 400, "cursor"},
		{base + "?cursor=" + drafts.NextCursor, 400, "cursor"},
		{base + "?outcome=maybe", 400, "outcome"},
		{base + "?limit=0", 400, "limit"},
		{"/v1/launches/nope/deliveries", 404, ""},
	} {
		p := checkProblem(t, e.do(request{method: "GET", path: tt.path, token: e.merch}), tt.status)
		if tt.field != "" && !hasField(p, tt.field, "") {
			t.Errorf("%s: problem does not name %s: %+v", tt.path, tt.field, p)
		}
	}
	wantStatus(t, e.do(request{method: "GET", path: base}), http.StatusUnauthorized)
}
