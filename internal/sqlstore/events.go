package sqlstore

import (
	"context"
	"strconv"

	"github.com/copydesk/copydesk/internal/core"
)

var eventColumns = []string{"id", "launch_id", "seq", "draft_id", "at", "event", "by", "from_status", "to_status", "version", "detail"}

// AppendEvents implements core.TxStore. It takes the outbox lock first
// (PostgreSQL: an advisory lock held to commit; SQLite: the writer already
// holds the database), so IDs and Seqs are handed out, and become visible,
// in commit order: a reader polling "after the last ID I saw" never skips
// an event that commits later with a smaller ID.
func (q *queries) AppendEvents(ctx context.Context, events []*core.Event) error {
	if len(events) == 0 {
		return nil
	}
	if !q.inTx {
		return core.Errorf(core.CodeInternal, "events are appended inside a transaction")
	}
	if err := q.lock(ctx, "copydesk.draft_events"); err != nil {
		return err
	}
	if len(events) == 1 {
		// A state change's one event: numbered and written in one
		// statement, which starts after the lock is held and so sees every
		// earlier commit.
		e := events[0]
		e.At = core.StoreTime(e.At)
		err := q.row(ctx, `INSERT INTO draft_events (id, launch_id, seq, draft_id, at, event, by, from_status, to_status, version, detail)
			VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM draft_events), ?,
				(SELECT COALESCE(max(seq), 0) + 1 FROM draft_events WHERE launch_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)
			RETURNING id, seq`,
			e.LaunchID, e.LaunchID, e.DraftID, q.d.Time(e.At), e.Event, e.By, string(e.From), string(e.To), e.Version, e.Detail).
			Scan(&e.ID, &e.Seq)
		if err != nil {
			return wrap(err, "recording events failed")
		}
		return nil
	}
	var id int64
	if err := q.row(ctx, `SELECT COALESCE(max(id), 0) FROM draft_events`).Scan(&id); err != nil {
		return wrap(err, "recording events failed")
	}
	seqs := map[string]int64{}
	rows := make([][]any, len(events))
	for i, e := range events {
		seq, ok := seqs[e.LaunchID]
		if !ok {
			if err := q.row(ctx, `SELECT COALESCE(max(seq), 0) FROM draft_events WHERE launch_id = ?`, e.LaunchID).Scan(&seq); err != nil {
				return wrap(err, "recording events failed")
			}
		}
		id++
		seq++
		seqs[e.LaunchID] = seq
		e.ID, e.Seq, e.At = id, seq, core.StoreTime(e.At)
		rows[i] = []any{e.ID, e.LaunchID, e.Seq, e.DraftID, q.d.Time(e.At), e.Event, e.By, string(e.From), string(e.To), e.Version, e.Detail}
	}
	if err := q.insertRows(ctx, "draft_events", eventColumns, rows); err != nil {
		return wrap(err, "recording events failed")
	}
	return nil
}

// ListEvents implements core.TxStore.
func (q *queries) ListEvents(ctx context.Context, f core.EventFilter) ([]core.Event, error) {
	var query string
	var args []any
	switch {
	case f.LaunchID != "":
		query, args = ` WHERE launch_id = ? AND seq > ? ORDER BY seq`, []any{f.LaunchID, f.After}
	case f.DraftID != "":
		query, args = ` WHERE draft_id = ? AND id > ? ORDER BY id`, []any{f.DraftID, f.After}
	default:
		query, args = ` WHERE id > ? ORDER BY id`, []any{f.After}
	}
	if f.Limit > 0 {
		query += " LIMIT " + strconv.Itoa(f.Limit)
	}
	q.stmts.Add(1)
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(`SELECT id, launch_id, seq, draft_id, at, event, by,
		from_status, to_status, version, detail FROM draft_events`+query), args...)
	if err != nil {
		return nil, wrap(err, "reading events failed")
	}
	defer rows.Close()
	out := []core.Event{}
	for rows.Next() {
		var e core.Event
		if err := rows.Scan(&e.ID, &e.LaunchID, &e.Seq, &e.DraftID, q.d.ScanTime(&e.At), &e.Event, &e.By,
			&e.From, &e.To, &e.Version, &e.Detail); err != nil {
			return nil, wrap(err, "reading events failed")
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "reading events failed")
	}
	return out, nil
}
