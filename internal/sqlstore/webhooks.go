package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// InsertWebhookDelivery implements core.TxStore.
func (q *queries) InsertWebhookDelivery(ctx context.Context, d *core.WebhookDelivery) error {
	_, err := q.exec(ctx, `INSERT INTO webhook_deliveries (id, launch_id, event_id, type, attempt, at, outcome,
		status_code, error, duration_ms) VALUES (?,?,?,?,?,?,?,?,?,?)`,
		d.ID, d.LaunchID, d.EventID, d.Type, d.Attempt, q.d.Time(d.At), d.Outcome, d.StatusCode, d.Error, d.DurationMS)
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeConflict, err, "delivery exists")
	}
	if err != nil {
		return wrap(err, "recording a webhook delivery failed")
	}
	return nil
}

// ListWebhookDeliveries implements core.TxStore.
func (q *queries) ListWebhookDeliveries(ctx context.Context, f core.DeliveryFilter) ([]core.WebhookDelivery, error) {
	query := `SELECT id, launch_id, event_id, type, attempt, at, outcome, status_code, error, duration_ms
		FROM webhook_deliveries WHERE launch_id = ? AND id > ?`
	args := []any{f.LaunchID, f.AfterID}
	if f.EventID != "" {
		query += ` AND event_id = ?`
		args = append(args, f.EventID)
	}
	if f.Outcome != "" {
		query += ` AND outcome = ?`
		args = append(args, f.Outcome)
	}
	query += ` ORDER BY id LIMIT ` + strconv.Itoa(limit(f.Limit))
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(query), args...)
	if err != nil {
		return nil, wrap(err, "listing webhook deliveries failed")
	}
	defer rows.Close()
	out := []core.WebhookDelivery{}
	for rows.Next() {
		var d core.WebhookDelivery
		if err := rows.Scan(&d.ID, &d.LaunchID, &d.EventID, &d.Type, &d.Attempt, q.d.ScanTime(&d.At), &d.Outcome,
			&d.StatusCode, &d.Error, &d.DurationMS); err != nil {
			return nil, wrap(err, "listing webhook deliveries failed")
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing webhook deliveries failed")
	}
	return out, nil
}

// WebhookAttempts implements core.TxStore.
func (q *queries) WebhookAttempts(ctx context.Context, eventID string) (int, bool, error) {
	var n, delivered int
	err := q.row(ctx, `SELECT count(*), COALESCE(sum(CASE WHEN outcome = 'delivered' THEN 1 ELSE 0 END), 0)
		FROM webhook_deliveries WHERE event_id = ?`, eventID).Scan(&n, &delivered)
	if err != nil {
		return 0, false, wrap(err, "reading webhook deliveries failed")
	}
	return n, delivered > 0, nil
}

// RelayCursor implements core.TxStore.
func (q *queries) RelayCursor(ctx context.Context, name string) (int64, error) {
	var id int64
	err := q.row(ctx, `SELECT last_event_id FROM webhook_relay WHERE name = ?`, name).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, wrap(err, "reading the relay cursor failed")
	}
	return id, nil
}

// AdvanceRelayCursor implements core.TxStore.
func (q *queries) AdvanceRelayCursor(ctx context.Context, name string, from, to int64) (bool, error) {
	var moved bool
	err := q.atomically(ctx, func(q *queries) error {
		moved = false // run may run this again (a deadlock's victim)
		res, err := q.exec(ctx, `UPDATE webhook_relay SET last_event_id = ? WHERE name = ? AND last_event_id = ?`, to, name, from)
		if err != nil {
			return wrap(err, "moving the relay cursor failed")
		}
		if n, _ := res.RowsAffected(); n > 0 {
			moved = true
			return nil
		}
		if from != 0 {
			return nil
		}
		// A relay that never ran has no row yet.
		res, err = q.exec(ctx, `INSERT INTO webhook_relay (name, last_event_id) VALUES (?, ?) ON CONFLICT (name) DO NOTHING`, name, to)
		if err != nil {
			return wrap(err, "moving the relay cursor failed")
		}
		n, _ := res.RowsAffected()
		moved = n > 0
		return nil
	})
	return moved, err
}

// AddWebhookJobs implements core.TxStore.
func (q *queries) AddWebhookJobs(ctx context.Context, jobs []core.WebhookJob, at time.Time) error {
	for _, j := range jobs {
		body, err := json.Marshal(j)
		if err != nil {
			return core.Wrap(core.CodeInternal, err, "encoding a webhook job failed")
		}
		if _, err := q.exec(ctx, `INSERT INTO webhook_jobs (event_id, launch_id, job, state, created_at) VALUES (?,?,?,'pending',?)
			ON CONFLICT (event_id) DO NOTHING`, j.ID, j.LaunchID, string(body), q.d.Time(at)); err != nil {
			return wrap(err, "recording a webhook job failed")
		}
	}
	return nil
}

// PendingWebhookJobs implements core.TxStore.
func (q *queries) PendingWebhookJobs(ctx context.Context, before time.Time, n int) ([]core.WebhookJob, error) {
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(`SELECT job FROM webhook_jobs WHERE state = 'pending' AND created_at < ?
		ORDER BY created_at, event_id LIMIT `+strconv.Itoa(limit(n))), q.d.Time(before))
	if err != nil {
		return nil, wrap(err, "listing pending webhook jobs failed")
	}
	defer rows.Close()
	var out []core.WebhookJob
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, wrap(err, "listing pending webhook jobs failed")
		}
		var j core.WebhookJob
		if err := json.Unmarshal([]byte(body), &j); err != nil {
			return nil, core.Wrap(core.CodeInternal, err, "a recorded webhook job does not decode")
		}
		out = append(out, j)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing pending webhook jobs failed")
	}
	return out, nil
}

// FinishWebhookJob implements core.TxStore.
func (q *queries) FinishWebhookJob(ctx context.Context, eventID string) error {
	if _, err := q.exec(ctx, `UPDATE webhook_jobs SET state = 'done' WHERE event_id = ? AND state = 'pending'`, eventID); err != nil {
		return wrap(err, "finishing a webhook job failed")
	}
	return nil
}
