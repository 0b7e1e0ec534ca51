package core_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/copydesk/copydesk/api"
	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/webhook"
)

// materialChecker blocks copy that does not name the product's first
// material: a change of material makes published copy untrue. It lists
// goldChecker's locales.
type materialChecker struct{ goldChecker }

// SupportedLocales implements core.LocaleLister (core refuses every
// locale when nothing lists).
func (materialChecker) SupportedLocales() []string { return []string{"en-GB", "fr-FR"} }

func (materialChecker) Check(in core.CheckInput) []core.Finding {
	if len(in.Product.Materials) > 0 && !strings.Contains(in.Text, in.Product.Materials[0]) {
		return []core.Finding{{Rule: "grounding.material", Category: "grounding", Severity: core.SeverityBlock,
			Message: "does not name " + in.Product.Materials[0]}}
	}
	return nil
}

// Published copy withdrawn after a product change is announced like a
// publish: one draft.withdrawn job per withdrawal, whose body (valid
// against the spec's WebhookEvent) has the withdrawn catalogue entry and
// the reason; a change that leaves the copy passing announces nothing.
func TestWebhookDraftWithdrawn(t *testing.T) {
	ctx := context.Background()
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	jobs := &jobQueue{}
	sender := &scriptedSender{attempts: []webhook.Attempt{{StatusCode: 204}}}
	svc := core.NewService(core.Deps{Store: store, Queue: &recordingQueue{}, Generator: &recordingGenerator{texts: []string{"A sterling silver charm."}},
		Checker: materialChecker{}, WebhookQueue: jobs, WebhookSender: sender, CheckCallback: webhook.NewGuard(nil).CheckURL},
		core.Config{AdminToken: "admin-secret", MaxAttempts: 3, GeneratorID: "fake"})
	if _, err := svc.InstallStyleGuide(ctx, []byte(guideYAML), false); err != nil {
		t.Fatal(err)
	}
	admin, _ := svc.Authenticate(ctx, "admin-secret")
	d := approvedLaunch(t, svc, admin, "https://campaigns.example/hooks", "W1")
	publish(t, svc, d[0])
	relay(t, svc)
	if got := strings.Join(jobs.take(), " "); got != "draft.published launch.completed" {
		t.Fatalf("after the publish: %q", got)
	}

	p := launchInput("W1").Products[0]
	p.Features = []string{"gift box"} // still sterling silver: the copy passes
	if _, err := svc.UpdateProduct(ctx, admin, d[0].LaunchID, "W1", p); err != nil {
		t.Fatal(err)
	}
	relay(t, svc)
	if got := jobs.take(); len(got) != 0 {
		t.Fatalf("a change the copy survives announced %v", got)
	}

	p.Materials = []string{"platinum"}
	res, err := svc.UpdateProduct(ctx, admin, d[0].LaunchID, "W1", p)
	if err != nil || !slices.Equal(res.Withdrawn, []string{d[0].ID}) {
		t.Fatalf("update = %+v, %v; want %s withdrawn", res, err, d[0].ID)
	}
	relay(t, svc)
	jobs.mu.Lock()
	all := slices.Clone(jobs.jobs)
	jobs.jobs = nil
	jobs.mu.Unlock()
	if len(all) != 1 || all[0].Type != core.WebhookDraftWithdrawn || !strings.HasPrefix(all[0].ID, "draft.withdrawn:") {
		t.Fatalf("jobs after the withdrawal = %+v", all)
	}
	if err := svc.DeliverWebhook(ctx, all[0]); err != nil {
		t.Fatal(err)
	}
	body := sender.bodies[len(sender.bodies)-1]
	var ev core.WebhookEvent
	if err := json.Unmarshal([]byte(body), &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Type != core.WebhookDraftWithdrawn || ev.ID != all[0].ID || ev.Entry == nil || ev.Entry.DraftID != d[0].ID ||
		ev.Entry.Text != "A sterling silver charm." || !strings.Contains(ev.Reason, "withdrawn from the catalogue") {
		t.Fatalf("draft.withdrawn body = %s", body)
	}

	// The body is what the spec's webhooks section says.
	doc, err := openapi3.NewLoader().LoadFromData(api.OpenAPIYAML)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	_ = json.Unmarshal([]byte(body), &v)
	if err := doc.Components.Schemas["WebhookEvent"].Value.VisitJSON(v); err != nil {
		t.Errorf("draft.withdrawn body is not a WebhookEvent of api/openapi.yaml: %v\n%s", err, body)
	}
}

// A job whose retries are spent (AbandonWebhook, called by the task's
// last attempt) is no longer pending: the sweep does not send it again,
// while a job that only failed once is enqueued again by it.
func TestAbandonedWebhookIsNotSwept(t *testing.T) {
	ctx := context.Background()
	sender := &scriptedSender{attempts: []webhook.Attempt{{StatusCode: 503, Error: "the receiver answered 503"}}}
	svc, jobs, admin := newWebhookFixture(t, sender)
	d := approvedLaunch(t, svc, admin, "https://campaigns.example/hooks", "G1")
	publish(t, svc, d[0])
	relay(t, svc)
	jobs.mu.Lock()
	all := slices.Clone(jobs.jobs)
	jobs.jobs = nil
	jobs.mu.Unlock()
	if len(all) != 2 {
		t.Fatalf("jobs = %+v", all)
	}
	for _, j := range all {
		if err := svc.DeliverWebhook(ctx, j); !core.IsCode(err, core.CodeUnavailable) {
			t.Fatalf("failed attempt: %v", err)
		}
	}
	if err := svc.AbandonWebhook(ctx, all[0]); err != nil {
		t.Fatal(err)
	}
	r, err := svc.Sweep(ctx, 0)
	if err != nil || r.Webhooks != 1 {
		t.Fatalf("sweep = %+v, %v; want only the job not given up", r, err)
	}
	if got := jobs.take(); len(got) != 1 || got[0] != all[1].Type {
		t.Fatalf("swept %v, want [%s]", got, all[1].Type)
	}
}
