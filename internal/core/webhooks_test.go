package core_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/webhook"
)

type jobQueue struct {
	mu   sync.Mutex
	jobs []core.WebhookJob
	err  error
}

func (q *jobQueue) EnqueueWebhook(_ context.Context, j core.WebhookJob) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.err != nil {
		return q.err
	}
	q.jobs = append(q.jobs, j)
	return nil
}

func (q *jobQueue) take() []string {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []string
	for _, j := range q.jobs {
		out = append(out, j.Type)
	}
	q.jobs = nil
	return out
}

type scriptedSender struct {
	mu       sync.Mutex
	attempts []webhook.Attempt // answered in turn
	sent     []string          // event ids
	bodies   []string
}

func (s *scriptedSender) Send(_ context.Context, _ string, eventID string, body []byte) webhook.Attempt {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sent = append(s.sent, eventID)
	s.bodies = append(s.bodies, string(body))
	a := s.attempts[0]
	if len(s.attempts) > 1 {
		s.attempts = s.attempts[1:]
	}
	a.At = time.Now()
	return a
}

func newWebhookFixture(t *testing.T, sender core.WebhookSender) (*core.Service, *jobQueue, *core.Token) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	jobs := &jobQueue{}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: &recordingGenerator{texts: []string{"A sterling silver charm."}},
		Checker: goldChecker{}, WebhookQueue: jobs, WebhookSender: sender, CheckCallback: webhook.NewGuard(nil).CheckURL},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	return svc, jobs, admin
}

// approvedLaunch submits a launch of n products and approves every draft.
func approvedLaunch(t *testing.T, svc *core.Service, admin *core.Token, callback string, skus ...string) []*core.Draft {
	t.Helper()
	ctx := context.Background()
	in := launchInput(skus...)
	in.CallbackURL = callback
	l, _, err := svc.SubmitLaunch(ctx, admin, in, "")
	if err != nil {
		t.Fatal(err)
	}
	drafts, _, _ := svc.ListDrafts(ctx, core.DraftFilter{LaunchID: l.ID}, "")
	for _, d := range drafts {
		if err := svc.GenerateDraft(ctx, d.ID, false); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Approve(ctx, admin, d.ID, ""); err != nil {
			t.Fatal(err)
		}
	}
	return drafts
}

func relay(t *testing.T, svc *core.Service) {
	t.Helper()
	if _, _, err := svc.RelayWebhooks(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func publish(t *testing.T, svc *core.Service, d *core.Draft) {
	t.Helper()
	if _, err := svc.PublishDraft(context.Background(), d.ID); err != nil {
		t.Fatal(err)
	}
}

// The relay turns each publish into one draft.published job and announces
// a launch's completion once, at the event that completed it, however its
// passes fall; launches without a callback_url send nothing; jobs a queue
// that is down did not take are recorded pending and the sweep enqueues them.
func TestRelayWebhooks(t *testing.T) {
	ctx := context.Background()
	svc, jobs, admin := newWebhookFixture(t, &scriptedSender{attempts: []webhook.Attempt{{StatusCode: 204}}})

	// Published one pass at a time.
	a := approvedLaunch(t, svc, admin, "https://campaigns.example/hooks", "A1", "A2")
	quiet := approvedLaunch(t, svc, admin, "", "Q1")
	relay(t, svc)
	if got := jobs.take(); len(got) != 0 {
		t.Fatalf("jobs before any publish: %v", got)
	}
	publish(t, svc, a[0])
	publish(t, svc, quiet[0])
	relay(t, svc)
	if got := strings.Join(jobs.take(), " "); got != "draft.published" {
		t.Fatalf("after the first publish: %q", got)
	}
	publish(t, svc, a[1])
	relay(t, svc)
	if got := strings.Join(jobs.take(), " "); got != "draft.published launch.completed" {
		t.Fatalf("after the last publish: %q", got)
	}
	relay(t, svc)
	if got := jobs.take(); len(got) != 0 {
		t.Fatalf("a second pass sent again: %v", got)
	}

	// Published between passes: one completion, not two; the queue down
	// first keeps the events for the next pass.
	b := approvedLaunch(t, svc, admin, "https://campaigns.example/hooks", "B1", "B2")
	publish(t, svc, b[0])
	publish(t, svc, b[1])
	jobs.err = errors.New("redis down")
	if _, _, err := svc.RelayWebhooks(ctx); err == nil {
		t.Fatal("relay with the queue down: no error")
	}
	jobs.err = nil
	relay(t, svc)
	if got := jobs.take(); len(got) != 0 {
		t.Fatalf("the cursor moved with the jobs recorded, yet a pass enqueued %v", got)
	}
	// The jobs were recorded pending with the cursor: the sweep enqueues
	// them, and again those of launch A (this queue delivers nothing, so
	// they are pending still; a real queue would hold them and keep them).
	r, err := svc.Sweep(ctx, 0)
	if err != nil || r.Webhooks != 6 {
		t.Fatalf("sweep = %+v, %v; want 6 webhooks", r, err)
	}
	want := "draft.published draft.published launch.completed draft.published draft.published launch.completed"
	if got := strings.Join(jobs.take(), " "); got != want {
		t.Fatalf("both published in one pass, then swept: %q, want %q", got, want)
	}
}

// DeliverWebhook records every attempt with its number, asks the queue to
// retry a failure, never retries a refusal, and never sends a delivered
// event again.
func TestDeliverWebhook(t *testing.T) {
	ctx := context.Background()
	sender := &scriptedSender{attempts: []webhook.Attempt{{StatusCode: 503, Error: "the receiver answered 503"}, {StatusCode: 200}}}
	svc, jobs, admin := newWebhookFixture(t, sender)
	d := approvedLaunch(t, svc, admin, "https://campaigns.example/hooks", "A1")
	publish(t, svc, d[0])
	relay(t, svc)
	jobs.mu.Lock()
	all := append([]core.WebhookJob(nil), jobs.jobs...)
	jobs.mu.Unlock()
	if len(all) != 2 {
		t.Fatalf("jobs = %+v", all)
	}
	pub := all[0]
	if err := svc.DeliverWebhook(ctx, pub); !core.IsCode(err, core.CodeUnavailable) {
		t.Fatalf("failed attempt: %v, want unavailable (retried)", err)
	}
	if err := svc.DeliverWebhook(ctx, pub); err != nil {
		t.Fatalf("second attempt: %v", err)
	}
	if err := svc.DeliverWebhook(ctx, pub); err != nil || len(sender.sent) != 2 {
		t.Fatalf("a delivered event: %v, %d sends; want no third send", err, len(sender.sent))
	}
	if !strings.Contains(sender.bodies[0], `"type":"draft.published"`) || !strings.Contains(sender.bodies[0], `"text":"A sterling silver charm."`) ||
		sender.bodies[0] != sender.bodies[1] {
		t.Errorf("bodies = %q", sender.bodies)
	}
	items, _, err := svc.ListDeliveries(ctx, core.DeliveryFilter{LaunchID: d[0].LaunchID}, "", 10)
	if err != nil || len(items) != 2 || items[0].Attempt != 1 || items[0].Outcome != core.DeliveryFailed || items[0].StatusCode != 503 ||
		items[1].Attempt != 2 || items[1].Outcome != core.DeliveryDelivered {
		t.Fatalf("deliveries = %+v, %v", items, err)
	}

	sender.attempts = []webhook.Attempt{{Refused: true, Error: "refused to connect to x (127.0.0.1)"}}
	if err := svc.DeliverWebhook(ctx, all[1]); !core.IsCode(err, core.CodeInvalid) {
		t.Fatalf("refused attempt: %v, want invalid (not retried)", err)
	}
	items, _, _ = svc.ListDeliveries(ctx, core.DeliveryFilter{LaunchID: d[0].LaunchID, Outcome: core.DeliveryRefused}, "", 10)
	if len(items) != 1 || items[0].Type != core.WebhookLaunchCompleted || !strings.Contains(sender.bodies[2], `"status":"complete"`) {
		t.Fatalf("refused deliveries = %+v; body %s", items, sender.bodies[2])
	}
}
