package sqlstore

import (
	"context"
	"strconv"
	"time"

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
		found := false
		return q.pipedQuery(ctx, "recording events failed", `INSERT INTO draft_events (id, launch_id, seq, draft_id, at, event, by, from_status, to_status, version, detail)
			VALUES ((SELECT COALESCE(max(id), 0) + 1 FROM draft_events), ?,
				(SELECT COALESCE(max(seq), 0) + 1 FROM draft_events WHERE launch_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)
			RETURNING id, seq`,
			[]any{e.LaunchID, e.LaunchID, e.DraftID, q.d.Time(e.At), e.Event, e.By, string(e.From), string(e.To), e.Version, e.Detail},
			func(next func() bool, scan func(...any) error) error {
				for next() {
					if err := scan(&e.ID, &e.Seq); err != nil {
						return wrap(err, "recording events failed")
					}
					found = true
				}
				if !found {
					return core.Errorf(core.CodeInternal, "recording events failed: no row written")
				}
				return nil
			})
	}
	if j, ok := q.d.(jsonRecords); ok && j.JSONRecords() && len(events) <= maxEventRecords {
		return q.appendEventRecords(ctx, events)
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

// maxEventRecords bounds the events appendEventRecords writes in one JSON
// document: a group commit's (core's maxBatch, 64 at most) go there; a
// launch's thousands of created events are copied (insertRows).
const maxEventRecords = 256

// eventRecord is one row of appendEventRecords' JSON document; N is its
// place in the batch, from 1.
type eventRecord struct {
	N        int       `json:"n"`
	LaunchID string    `json:"launch_id"`
	DraftID  string    `json:"draft_id"`
	At       time.Time `json:"at"`
	Event    string    `json:"event"`
	By       string    `json:"by"`
	From     string    `json:"from_status"`
	To       string    `json:"to_status"`
	Version  int       `json:"version"`
	Detail   string    `json:"detail"`
}

// appendEventRecords numbers and writes events in one statement
// (PostgreSQL, jsonb_to_recordset), the outbox lock already held: the nth
// event gets the table's largest id plus n, and the launch's largest seq
// plus its rank among the batch's events of that launch, exactly as the
// row-by-row numbering does. It replaces a statement for the largest id,
// one for each launch's largest seq and a multi-row INSERT whose text
// changed with the batch's size (so a connection prepared it anew for
// each size): two round trips a group commit, and the server's parse and
// plan of a new text, fewer (docs/PERFORMANCE.md, "The group commit's
// event append").
//
// The statement sees every event committed before it began, and it began
// after the lock was granted, so no event committed later can hold a
// number it hands out. Each launch's largest seq is read once, before
// the window's sort hands out the first row to insert (read per row, the
// scan walked past the statement's own new index entries). Ids are consecutive from the largest plus one, so
// each returned row's place in events is its id less the smallest.
func (q *queries) appendEventRecords(ctx context.Context, events []*core.Event) error {
	rows := make([]eventRecord, len(events))
	for i, e := range events {
		e.At = core.StoreTime(e.At)
		rows[i] = eventRecord{N: i + 1, LaunchID: e.LaunchID, DraftID: e.DraftID, At: e.At, Event: e.Event, By: e.By,
			From: string(e.From), To: string(e.To), Version: e.Version, Detail: e.Detail}
	}
	type numbered struct{ id, seq int64 }
	got := make([]numbered, 0, len(events))
	first := int64(0)
	// pipedQuery has sent the rows when it returns (SaveDrafts' pooled
	// JSON).
	b := pooledJSON(rows)
	defer givePooledJSON(b)
	err := q.pipedQuery(ctx, "recording events failed", `WITH e AS MATERIALIZED (SELECT * FROM jsonb_to_recordset(?::jsonb) AS e(n bigint,
			launch_id text, draft_id text, at timestamptz, event text, by text, from_status text, to_status text,
			version integer, detail text)),
		l AS MATERIALIZED (SELECT d.launch_id, COALESCE((SELECT max(x.seq) FROM draft_events x
			WHERE x.launch_id = d.launch_id), 0) AS seq FROM (SELECT DISTINCT launch_id FROM e) d)
		INSERT INTO draft_events (id, launch_id, seq, draft_id, at, event, by, from_status, to_status, version, detail)
		SELECT top.id + e.n, e.launch_id, l.seq + row_number() OVER (PARTITION BY e.launch_id ORDER BY e.n),
			e.draft_id, e.at, e.event, e.by, e.from_status, e.to_status, e.version, e.detail
		FROM e JOIN l ON l.launch_id = e.launch_id
		CROSS JOIN (SELECT COALESCE(max(id), 0) AS id FROM draft_events) top
		RETURNING id, seq`, []any{b.Bytes()},
		func(next func() bool, scan func(...any) error) error {
			for next() {
				var n numbered
				if err := scan(&n.id, &n.seq); err != nil {
					return wrap(err, "recording events failed")
				}
				if len(got) == 0 || n.id < first {
					first = n.id
				}
				got = append(got, n)
			}
			return nil
		})
	if err != nil {
		return err
	}
	if len(got) != len(events) {
		return core.Errorf(core.CodeInternal, "recording events failed: %d of %d written", len(got), len(events))
	}
	for _, n := range got {
		i := n.id - first
		if i < 0 || i >= int64(len(events)) {
			return core.Errorf(core.CodeInternal, "recording events failed: id %d out of the batch's range", n.id)
		}
		events[i].ID, events[i].Seq = n.id, n.seq
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
