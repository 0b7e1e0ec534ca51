package storetest

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var webhookTests = []test{{"Deliveries", testDeliveries}, {"RelayCursor", testRelayCursor}, {"WebhookJobs", testWebhookJobs}}

// testWebhookJobs: jobs recorded pending come back whole, oldest first and
// only those recorded before the time asked; recording one twice keeps the
// first; a finished job is no longer pending; a rolled-back transaction
// records nothing.
func testWebhookJobs(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, _ := create(t, s, "jobs", 1)
	at := epoch.Add(time.Hour)
	j1 := core.WebhookJob{ID: "draft.published:3", Type: core.WebhookDraftPublished, LaunchID: l.ID, OutboxID: 3,
		DraftID: "d1", Version: 2, At: epoch, RequestID: "req-1"}
	j2 := core.WebhookJob{ID: "launch.completed:4", Type: core.WebhookLaunchCompleted, LaunchID: l.ID, OutboxID: 4, At: epoch}
	j3 := core.WebhookJob{ID: "draft.published:9", Type: core.WebhookDraftPublished, LaunchID: l.ID, OutboxID: 9, DraftID: "d2", Version: 1, At: epoch}
	if err := s.AddWebhookJobs(ctx, []core.WebhookJob{j2, j1}, at); err != nil {
		t.Fatal(err)
	}
	changed := j1
	changed.RequestID = "another"
	if err := s.AddWebhookJobs(ctx, []core.WebhookJob{changed, j3}, at.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if err := s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.AddWebhookJobs(ctx, []core.WebhookJob{{ID: "draft.published:99", Type: core.WebhookDraftPublished, LaunchID: l.ID, At: epoch}}, at); err != nil {
			return err
		}
		return core.Errorf(core.CodeConflict, "rolled back")
	}); core.ErrorCode(err) != core.CodeConflict {
		t.Fatalf("rolled-back transaction: %v", err)
	}
	got, err := s.PendingWebhookJobs(ctx, at.Add(time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i].At = got[i].At.UTC()
	}
	if want := []core.WebhookJob{j1, j2, j3}; !reflect.DeepEqual(got, want) {
		t.Fatalf("pending = %+v\nwant %+v", got, want)
	}
	if got, _ := s.PendingWebhookJobs(ctx, at.Add(time.Second), 10); len(got) != 2 {
		t.Errorf("pending before the second record = %+v, want 2", got)
	}
	if got, _ := s.PendingWebhookJobs(ctx, at.Add(time.Hour), 1); len(got) != 1 || got[0].ID != j1.ID {
		t.Errorf("pending, limit 1 = %+v", got)
	}
	if err := s.FinishWebhookJob(ctx, j1.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.FinishWebhookJob(ctx, "unknown:1"); err != nil {
		t.Errorf("finishing an unknown job: %v", err)
	}
	if got, _ := s.PendingWebhookJobs(ctx, at.Add(time.Hour), 10); len(got) != 2 || got[0].ID != j2.ID {
		t.Errorf("pending after finishing %s = %+v", j1.ID, got)
	}
}

func testDeliveries(t *testing.T, s core.Store) {
	ctx := context.Background()
	l, _, _ := create(t, s, "hooks", 1)
	other, _, _ := create(t, s, "other", 1)
	var want []core.WebhookDelivery
	for i, outcome := range []string{core.DeliveryFailed, core.DeliveryFailed, core.DeliveryDelivered} {
		d := core.WebhookDelivery{ID: core.NewID(), LaunchID: l.ID, EventID: "draft.published:7", Type: core.WebhookDraftPublished,
			Attempt: i + 1, At: epoch.Add(time.Duration(i) * time.Second), Outcome: outcome, StatusCode: 503, Error: "the receiver answered 503",
			DurationMS: 12}
		if outcome == core.DeliveryDelivered {
			d.StatusCode, d.Error = 204, ""
		}
		if err := s.InsertWebhookDelivery(ctx, &d); err != nil {
			t.Fatal(err)
		}
		want = append(want, d)
	}
	refused := core.WebhookDelivery{ID: core.NewID(), LaunchID: l.ID, EventID: "launch.completed:9", Type: core.WebhookLaunchCompleted,
		Attempt: 1, At: epoch, Outcome: core.DeliveryRefused, Error: "refused to connect"}
	if err := s.InsertWebhookDelivery(ctx, &refused); err != nil {
		t.Fatal(err)
	}
	want = append(want, refused)
	if err := s.InsertWebhookDelivery(ctx, &core.WebhookDelivery{ID: core.NewID(), LaunchID: other.ID, EventID: "draft.published:8",
		Type: core.WebhookDraftPublished, Attempt: 1, At: epoch, Outcome: core.DeliveryDelivered, StatusCode: 200}); err != nil {
		t.Fatal(err)
	}
	wantCode(t, s.InsertWebhookDelivery(ctx, &refused), core.CodeConflict)

	got, err := s.ListWebhookDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID, Limit: 10})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("ListWebhookDeliveries = %+v, %v\nwant %+v", got, err, want)
	}
	page, err := s.ListWebhookDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID, AfterID: want[1].ID, Limit: 1})
	if err != nil || len(page) != 1 || page[0].ID != want[2].ID {
		t.Errorf("page after the second = %+v, %v", page, err)
	}
	if got, err := s.ListWebhookDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID, Outcome: core.DeliveryFailed, Limit: 10}); err != nil || len(got) != 2 {
		t.Errorf("failed only = %+v, %v", got, err)
	}
	if got, err := s.ListWebhookDeliveries(ctx, core.DeliveryFilter{LaunchID: l.ID, EventID: "launch.completed:9", Limit: 10}); err != nil ||
		len(got) != 1 || got[0].ID != refused.ID {
		t.Errorf("one event = %+v, %v", got, err)
	}
	if got, err := s.ListWebhookDeliveries(ctx, core.DeliveryFilter{LaunchID: "nope", Limit: 10}); err != nil || len(got) != 0 || got == nil {
		t.Errorf("unknown launch = %#v, %v; want an empty list", got, err)
	}

	for _, tt := range []struct {
		event     string
		n         int
		delivered bool
	}{{"draft.published:7", 3, true}, {"launch.completed:9", 1, false}, {"draft.published:999", 0, false}} {
		n, ok, err := s.WebhookAttempts(ctx, tt.event)
		if err != nil || n != tt.n || ok != tt.delivered {
			t.Errorf("WebhookAttempts(%s) = %d, %v, %v; want %d, %v", tt.event, n, ok, err, tt.n, tt.delivered)
		}
	}
	// Inside a transaction too, and rolled back with it.
	err = s.Tx(ctx, func(tx core.TxStore) error {
		if err := tx.InsertWebhookDelivery(ctx, &core.WebhookDelivery{ID: core.NewID(), LaunchID: l.ID, EventID: "x:1", Type: "x",
			Attempt: 1, At: epoch, Outcome: core.DeliveryFailed}); err != nil {
			return err
		}
		return core.Errorf(core.CodeConflict, "roll back")
	})
	wantCode(t, err, core.CodeConflict)
	if n, _, _ := s.WebhookAttempts(ctx, "x:1"); n != 0 {
		t.Errorf("a rolled-back delivery is kept")
	}
}

func testRelayCursor(t *testing.T, s core.Store) {
	ctx := context.Background()
	if c, err := s.RelayCursor(ctx, "test"); err != nil || c != 0 {
		t.Fatalf("RelayCursor of a new relay = %d, %v; want 0", c, err)
	}
	steps := []struct {
		from, to int64
		moved    bool
		after    int64
	}{
		{0, 5, true, 5},
		{0, 7, false, 5}, // another relay got there first
		{5, 9, true, 9},
		{5, 12, false, 9},
		{9, 9, true, 9},
	}
	for _, st := range steps {
		moved, err := s.AdvanceRelayCursor(ctx, "test", st.from, st.to)
		if err != nil || moved != st.moved {
			t.Fatalf("AdvanceRelayCursor(%d -> %d) = %v, %v; want %v", st.from, st.to, moved, err, st.moved)
		}
		if c, err := s.RelayCursor(ctx, "test"); err != nil || c != st.after {
			t.Fatalf("cursor after %d -> %d = %d, %v; want %d", st.from, st.to, c, err, st.after)
		}
	}
	if c, err := s.RelayCursor(ctx, "another"); err != nil || c != 0 {
		t.Errorf("cursors are per relay: %d, %v", c, err)
	}
}
