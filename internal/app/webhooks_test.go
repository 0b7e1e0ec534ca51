package app

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/testutil"
	"github.com/copydesk/copydesk/internal/webhook"
)

// receiver is a campaign tool's webhook endpoint: it verifies every
// request's signature and timestamp as the README tells integrators to,
// and fails the first failFirst requests with 503.
type receiver struct {
	secret    []byte
	failFirst int

	mu       sync.Mutex
	requests int
	answers  map[string][]int // event id -> status answered, in order
	events   map[string]core.WebhookEvent
	problems []string
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.requests++
	if err := webhook.Verify(rc.secret, r.Header, body, time.Now(), webhook.DefaultTolerance); err != nil {
		rc.problems = append(rc.problems, "verify: "+err.Error())
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if webhook.Verify([]byte("another secret"), r.Header, body, time.Now(), webhook.DefaultTolerance) == nil {
		rc.problems = append(rc.problems, "a wrong secret verifies")
	}
	var ev core.WebhookEvent
	if err := json.Unmarshal(body, &ev); err != nil || ev.ID == "" || ev.ID != r.Header.Get(webhook.HeaderEventID) ||
		r.Header.Get("Content-Type") != "application/json" {
		rc.problems = append(rc.problems, fmt.Sprintf("bad event %q (%v) with headers %v", body, err, r.Header))
	}
	status := http.StatusNoContent
	if rc.requests <= rc.failFirst {
		status = http.StatusServiceUnavailable
	}
	rc.answers[ev.ID] = append(rc.answers[ev.ID], status)
	if status < 300 {
		rc.events[ev.ID] = ev
	}
	w.WriteHeader(status)
}

// delivered lists the ids of events answered 2xx.
func (rc *receiver) delivered() map[string]core.WebhookEvent {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := map[string]core.WebhookEvent{}
	for k, v := range rc.events {
		out[k] = v
	}
	return out
}

// testRedis is this package's own database of TEST_REDIS_URL's server
// when it is set (CI sets it: real Redis), emptied first so no task of an
// earlier run is taken up and no text of an earlier run's database is a
// near-duplicate candidate (testutil.RedisDB: other packages' tests run
// side by side on databases of their own); else an in-process Redis.
// Tests that use it run one after the other.
func testRedis(t *testing.T) string {
	t.Helper()
	if os.Getenv("TEST_REDIS_URL") != "" {
		return testutil.RedisDB(t, testutil.RedisDBApp)
	}
	mr := miniredis.RunT(t)
	return "redis://" + mr.Addr() + "/0"
}

// TestWebhooksEndToEnd drives a launch with a callback_url through real
// workers on each store: every publish and the launch's completion reach
// the receiver signed, the first attempts fail and are retried with
// backoff until they succeed, every attempt is listed by GET
// /v1/launches/{id}/deliveries, each event is delivered once, and
// /metrics counts the attempts by outcome. The stores run one after the
// other because they share one Redis database.
func TestWebhooksEndToEnd(t *testing.T) {
	onEachStore(t, "hooks", testWebhooks)
}

func testWebhooks(t *testing.T, dbURL string) {
	const secret = "whsec_test"
	rc := &receiver{secret: []byte(secret), failFirst: 2, answers: map[string][]int{}, events: map[string]core.WebhookEvent{}}
	srv := httptest.NewServer(rc)
	defer srv.Close()

	env := map[string]string{"DATABASE_URL": dbURL, "REDIS_URL": testRedis(t), "ADMIN_TOKEN": "a",
		"WEBHOOK_SECRET": secret, "WEBHOOK_ALLOWED_HOSTS": "127.0.0.1", "WEBHOOK_POLL": "20ms", "WEBHOOK_BACKOFF": "100ms"}
	a, ctx := runApp(t, env, nil)

	in := sampleLaunch(t, 2, "en-GB")
	in.CallbackURL = srv.URL + "/hooks/copydesk?token=abc"
	admin, err := a.Service.Authenticate(ctx, "a")
	if err != nil {
		t.Fatal(err)
	}
	l, _, err := a.Service.SubmitLaunch(ctx, &core.Token{ID: "t1", Name: "campaigns", Role: core.RoleIntegration}, in, "")
	if err != nil {
		t.Fatal(err)
	}

	// Approve what the writer wrote; the workers publish it.
	published := approveUntilFinished(t, ctx, a, admin, l.ID)
	if len(published) == 0 {
		t.Fatal("nothing was published")
	}

	// One draft.published per publish and one launch.completed.
	want := len(published) + 1
	for len(rc.delivered()) < want {
		if ctx.Err() != nil {
			rc.mu.Lock()
			t.Fatalf("receiver got %v, want %d events delivered; problems %q", rc.answers, want, rc.problems)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// Let a stray duplicate show itself, if the relay or queue made one.
	time.Sleep(300 * time.Millisecond)
	rc.mu.Lock()
	if len(rc.problems) > 0 {
		t.Errorf("receiver problems: %q", rc.problems)
	}
	failedFirst := 0
	for id, answers := range rc.answers {
		ok := 0
		for _, s := range answers {
			if s < 300 {
				ok++
			}
		}
		if ok != 1 {
			t.Errorf("event %s answered %v: want exactly one success", id, answers)
		}
		if answers[0] == http.StatusServiceUnavailable {
			failedFirst++
		}
	}
	if failedFirst == 0 || rc.requests != want+2 {
		t.Errorf("requests = %d (answers %v), want %d: two failures retried", rc.requests, rc.answers, want+2)
	}
	rc.mu.Unlock()

	events := rc.delivered()
	completed := 0
	for id, ev := range events {
		switch ev.Type {
		case core.WebhookDraftPublished:
			if ev.Entry == nil || ev.Entry.LaunchID != l.ID || ev.Entry.Text == "" || !strings.HasPrefix(id, "draft.published:") {
				t.Errorf("publish event %s = %+v", id, ev)
			}
		case core.WebhookLaunchCompleted:
			completed++
			if ev.Launch == nil || ev.Launch.Status != core.LaunchComplete || ev.Launch.Counts[core.StatusPublished] != len(published) {
				t.Errorf("completion event %s = %+v", id, ev.Launch)
			}
		default:
			t.Errorf("unknown event %s: %+v", id, ev)
		}
	}
	if completed != 1 {
		t.Errorf("%d launch.completed events, want 1", completed)
	}

	// Every attempt is listed over the API, the failures first.
	h := a.Handler()
	rec, body := do(t, h, call{method: "GET", path: "/v1/launches/" + l.ID + "/deliveries?limit=1000", token: "a"})
	if rec.Code != 200 {
		t.Fatalf("deliveries: %d %s", rec.Code, rec.Body)
	}
	var list struct {
		Items []core.WebhookDelivery `json:"items"`
	}
	b, _ := json.Marshal(body)
	_ = json.Unmarshal(b, &list)
	if len(list.Items) != want+2 {
		t.Fatalf("deliveries = %+v, want %d attempts", list.Items, want+2)
	}
	attempts := map[string][]string{}
	for _, d := range list.Items {
		attempts[d.EventID] = append(attempts[d.EventID], fmt.Sprintf("%d:%s:%d", d.Attempt, d.Outcome, d.StatusCode))
		if d.Outcome == core.DeliveryFailed && !strings.Contains(d.Error, "503") {
			t.Errorf("failed attempt without its reason: %+v", d)
		}
		if strings.Contains(d.Error, "token=abc") {
			t.Errorf("an attempt's error shows the callback URL: %+v", d)
		}
	}
	retried := 0
	for id, as := range attempts {
		if as[len(as)-1] != fmt.Sprintf("%d:delivered:204", len(as)) {
			t.Errorf("event %s attempts %v: want the last one delivered", id, as)
		}
		if len(as) > 1 {
			retried++
			if as[0] != "1:failed:503" {
				t.Errorf("event %s attempts %v", id, as)
			}
		}
	}
	if retried == 0 {
		t.Errorf("no event was retried: %v", attempts)
	}

	rec, _ = do(t, h, call{method: "GET", path: "/metrics"})
	for _, line := range []string{
		`copydesk_webhook_deliveries_total{outcome="failed"} 2`,
		fmt.Sprintf(`copydesk_webhook_deliveries_total{outcome="delivered"} %d`, want),
		fmt.Sprintf(`copydesk_drafts{status="published"} %d`, len(published)),
		`asynq_queue_size{queue="webhook"}`,
		`copydesk_webhook_delivery_duration_seconds_count 5`,
	} {
		if !strings.Contains(rec.Body.String(), line) {
			t.Errorf("/metrics lacks %s", line)
		}
	}
}

// TestWebhookRefusedAtConnect: a callback whose host is a name (accepted
// at submission: names are judged when connecting) that resolves to
// loopback is refused by the guard at connect time, recorded as refused
// and not retried.
func TestWebhookRefusedAtConnect(t *testing.T) {
	var hits int
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { mu.Lock(); hits++; mu.Unlock() }))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	env := map[string]string{"DATABASE_URL": "sqlite:" + filepath.Join(t.TempDir(), "refused.db"), "ADMIN_TOKEN": "a",
		"WEBHOOK_SECRET": "s", "WEBHOOK_POLL": "20ms", "WEBHOOK_BACKOFF": "50ms"}
	cfg, err := LoadConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	a, err := New(ctx, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- a.RunWorkers(wctx) }()
	defer func() { stop(); <-done }()

	in := sampleLaunch(t, 1, "en-GB")
	in.CallbackURL = "http://localhost:" + u.Port() + "/hook"
	l, _, err := a.Service.SubmitLaunch(ctx, &core.Token{ID: "t1", Name: "campaigns", Role: core.RoleIntegration}, in, "")
	if err != nil {
		t.Fatal(err)
	}
	admin, _ := a.Service.Authenticate(ctx, "a")
	for {
		drafts, _, err := a.Service.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID, Limit: 10}, "")
		if err != nil {
			t.Fatal(err)
		}
		if d := drafts[0]; d.Status == core.StatusInReview {
			if _, err := a.Service.Approve(ctx, admin, d.ID, ""); err != nil {
				t.Fatal(err)
			}
		}
		items, _, err := a.Service.ListDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID}, "", 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) >= 2 {
			// Both events (the publish and the completion) refused once.
			time.Sleep(300 * time.Millisecond)
			items, _, _ = a.Service.ListDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID}, "", 100)
			for _, d := range items {
				if d.Outcome != core.DeliveryRefused || d.Attempt != 1 || !strings.Contains(d.Error, "WEBHOOK_ALLOWED_HOSTS") {
					t.Errorf("attempt %+v: want refused once", d)
				}
			}
			if len(items) != 2 {
				t.Errorf("%d attempts, want 2 (refusals are not retried)", len(items))
			}
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("no refusal recorded; drafts %+v", drafts)
		}
		time.Sleep(20 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	if hits != 0 {
		t.Errorf("the loopback receiver was reached %d times", hits)
	}
}
