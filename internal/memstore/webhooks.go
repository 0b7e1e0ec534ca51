package memstore

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// ---- webhooks ----

func (t *txStore) InsertWebhookDelivery(_ context.Context, d *core.WebhookDelivery) error {
	if err := t.write(); err != nil {
		return err
	}
	if slices.ContainsFunc(t.st.deliveries, func(o core.WebhookDelivery) bool { return o.ID == d.ID }) {
		return core.Errorf(core.CodeConflict, "delivery exists")
	}
	if _, ok := t.st.launches[d.LaunchID]; !ok {
		return core.Errorf(core.CodeInternal, "memstore: delivery of unknown launch %s", d.LaunchID)
	}
	c := *d
	c.At = core.StoreTime(c.At)
	t.st.deliveries = append(t.st.deliveries, c)
	return nil
}

func (t *txStore) ListWebhookDeliveries(_ context.Context, f core.DeliveryFilter) ([]core.WebhookDelivery, error) {
	out := []core.WebhookDelivery{}
	for _, d := range t.st.deliveries {
		if d.LaunchID == f.LaunchID && d.ID > f.AfterID && (f.EventID == "" || d.EventID == f.EventID) &&
			(f.Outcome == "" || d.Outcome == f.Outcome) {
			out = append(out, d)
		}
	}
	slices.SortFunc(out, func(a, b core.WebhookDelivery) int { return cmp.Compare(a.ID, b.ID) })
	return out[:min(len(out), limit(f.Limit))], nil
}

func (t *txStore) WebhookAttempts(_ context.Context, eventID string) (int, bool, error) {
	n, delivered := 0, false
	for _, d := range t.st.deliveries {
		if d.EventID == eventID {
			n++
			delivered = delivered || d.Outcome == core.DeliveryDelivered
		}
	}
	return n, delivered, nil
}

func (t *txStore) RelayCursor(_ context.Context, name string) (int64, error) {
	return t.st.relays[name], nil
}

func (t *txStore) AdvanceRelayCursor(_ context.Context, name string, from, to int64) (bool, error) {
	if err := t.write(); err != nil {
		return false, err
	}
	if t.st.relays[name] != from {
		return false, nil
	}
	t.st.relays[name] = to
	return true, nil
}

// Each primitive outside a transaction runs as a transaction of its own.

func (s *Store) InsertWebhookDelivery(ctx context.Context, d *core.WebhookDelivery) error {
	return do0(s, func(tx *txStore) error { return tx.InsertWebhookDelivery(ctx, d) })
}

func (s *Store) ListWebhookDeliveries(ctx context.Context, f core.DeliveryFilter) ([]core.WebhookDelivery, error) {
	return do(s, func(tx *txStore) ([]core.WebhookDelivery, error) { return tx.ListWebhookDeliveries(ctx, f) })
}

func (s *Store) WebhookAttempts(ctx context.Context, eventID string) (int, bool, error) {
	var n int
	var ok bool
	err := do0(s, func(tx *txStore) error {
		var err error
		n, ok, err = tx.WebhookAttempts(ctx, eventID)
		return err
	})
	return n, ok, err
}

func (s *Store) RelayCursor(ctx context.Context, name string) (int64, error) {
	return do(s, func(tx *txStore) (int64, error) { return tx.RelayCursor(ctx, name) })
}

func (s *Store) AdvanceRelayCursor(ctx context.Context, name string, from, to int64) (bool, error) {
	return do(s, func(tx *txStore) (bool, error) { return tx.AdvanceRelayCursor(ctx, name, from, to) })
}

// ---- metrics ----

func (t *txStore) StatusCounts(context.Context) (map[core.Status]int, error) {
	counts := make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		counts[st] = 0
	}
	for _, d := range t.st.drafts {
		counts[d.Status]++
	}
	return counts, nil
}

func (s *Store) StatusCounts(ctx context.Context) (map[core.Status]int, error) {
	return do(s, func(tx *txStore) (map[core.Status]int, error) { return tx.StatusCounts(ctx) })
}

// hookJob is a recorded webhook job.
type hookJob struct {
	job     core.WebhookJob
	at      time.Time
	pending bool
}

func (t *txStore) AddWebhookJobs(_ context.Context, jobs []core.WebhookJob, at time.Time) error {
	if err := t.write(); err != nil {
		return err
	}
	for _, j := range jobs {
		if _, ok := t.st.hookJobs[j.ID]; !ok {
			t.st.hookJobs[j.ID] = hookJob{job: j, at: core.StoreTime(at), pending: true}
		}
	}
	return nil
}

func (t *txStore) PendingWebhookJobs(_ context.Context, before time.Time, n int) ([]core.WebhookJob, error) {
	var recs []hookJob
	for _, h := range t.st.hookJobs {
		if h.pending && h.at.Before(before) {
			recs = append(recs, h)
		}
	}
	slices.SortFunc(recs, func(a, b hookJob) int {
		return cmp.Or(a.at.Compare(b.at), cmp.Compare(a.job.ID, b.job.ID))
	})
	var out []core.WebhookJob
	for _, h := range recs[:min(len(recs), limit(n))] {
		out = append(out, h.job)
	}
	return out, nil
}

func (t *txStore) FinishWebhookJob(_ context.Context, eventID string) error {
	if err := t.write(); err != nil {
		return err
	}
	if h, ok := t.st.hookJobs[eventID]; ok && h.pending {
		h.pending = false
		t.st.hookJobs[eventID] = h
	}
	return nil
}

func (s *Store) AddWebhookJobs(ctx context.Context, jobs []core.WebhookJob, at time.Time) error {
	return do0(s, func(tx *txStore) error { return tx.AddWebhookJobs(ctx, jobs, at) })
}

func (s *Store) PendingWebhookJobs(ctx context.Context, before time.Time, n int) ([]core.WebhookJob, error) {
	return do(s, func(tx *txStore) ([]core.WebhookJob, error) { return tx.PendingWebhookJobs(ctx, before, n) })
}

func (s *Store) FinishWebhookJob(ctx context.Context, eventID string) error {
	return do0(s, func(tx *txStore) error { return tx.FinishWebhookJob(ctx, eventID) })
}
