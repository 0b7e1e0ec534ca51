package memstore

import (
	"cmp"
	"context"
	"slices"

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
