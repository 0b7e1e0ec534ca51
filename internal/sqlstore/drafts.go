package sqlstore

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

var draftColumns = []string{"id", "launch_id", "sku", "locale", "channel", "status", "text", "version", "attempts",
	"findings", "model", "style_guide_version", "prompt_version", "prompt_hash", "prompt_tokens", "completion_tokens",
	"cost", "feedback", "reason", "created_at", "updated_at", "edited_by", "stale", "lease_token", "lease_until"}

var draftCols = strings.Join(draftColumns, ", ")

func (q *queries) draftArgs(d *core.Draft) []any {
	return []any{d.ID, d.LaunchID, d.SKU, d.Locale, d.Channel, string(d.Status), d.Text, d.Version, d.Attempts,
		mustJSON(d.Findings), d.Model, d.StyleGuideVersion, d.PromptVersion, d.PromptHash, d.Usage.PromptTokens,
		d.Usage.CompletionTokens, d.Usage.Cost, d.Feedback, d.Reason, q.d.Time(d.CreatedAt), q.d.Time(d.UpdatedAt),
		d.EditedBy, d.Stale, d.LeaseToken, q.leaseTime(d.LeaseUntil)}
}

// leaseTime stores a lease's end; the zero time (no lease) as the epoch,
// which every clock has passed.
func (q *queries) leaseTime(t time.Time) any {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return q.d.Time(t)
}

func (q *queries) scanDraft(sc interface{ Scan(...any) error }) (*core.Draft, error) {
	var d core.Draft
	var findings string
	if err := sc.Scan(&d.ID, &d.LaunchID, &d.SKU, &d.Locale, &d.Channel, &d.Status, &d.Text, &d.Version,
		&d.Attempts, &findings, &d.Model, &d.StyleGuideVersion, &d.PromptVersion, &d.PromptHash,
		&d.Usage.PromptTokens, &d.Usage.CompletionTokens, &d.Usage.Cost, &d.Feedback, &d.Reason,
		q.d.ScanTime(&d.CreatedAt), q.d.ScanTime(&d.UpdatedAt), &d.EditedBy, &d.Stale,
		&d.LeaseToken, q.d.ScanTime(&d.LeaseUntil)); err != nil {
		return nil, err
	}
	if !d.LeaseUntil.After(time.Unix(0, 0)) {
		d.LeaseUntil = time.Time{}
	}
	if err := json.Unmarshal([]byte(findings), &d.Findings); err != nil {
		return nil, err
	}
	return &d, nil
}

// InsertDrafts implements core.TxStore.
func (q *queries) InsertDrafts(ctx context.Context, drafts []*core.Draft) error {
	rows := make([][]any, len(drafts))
	for i, d := range drafts {
		if d.Findings == nil {
			d.Findings = []core.Finding{}
		}
		rows[i] = q.draftArgs(d)
	}
	err := q.insertRows(ctx, "drafts", draftColumns, rows)
	if q.d.IsUnique(err) {
		return core.Wrap(core.CodeInvalid, err, "duplicate draft (sku, locale, channel) in launch")
	}
	if err != nil {
		return wrap(err, "storing drafts failed")
	}
	return nil
}

// GetDraft implements core.TxStore.
func (q *queries) GetDraft(ctx context.Context, id string) (*core.Draft, error) {
	return q.getDraft(ctx, id, "")
}

// LockDraft implements core.TxStore.
func (q *queries) LockDraft(ctx context.Context, id string) (*core.Draft, error) {
	if !q.inTx {
		return q.getDraft(ctx, id, "")
	}
	return q.getDraft(ctx, id, q.d.ForUpdate())
}

func (q *queries) getDraft(ctx context.Context, id, lock string) (*core.Draft, error) {
	d, err := q.scanDraft(q.row(ctx, `SELECT `+draftCols+` FROM drafts WHERE id = ?`+lock, id))
	if err != nil {
		return nil, notFound(err, "draft", "reading draft failed")
	}
	return d, nil
}

// blob is b as a statement's argument: NULL when empty.
func blob(b []byte) any {
	if len(b) == 0 {
		return nil
	}
	return b
}

// SaveDraft implements core.TxStore. The draft's stored signature is
// d.NearSig when set; else the one stored is kept if the text is the same
// and dropped if not (the right-hand text is the row's before the
// update), so a stored signature is always its text's, whatever path
// changed the text.
func (q *queries) SaveDraft(ctx context.Context, d *core.Draft) error {
	if d.Findings == nil {
		d.Findings = []core.Finding{}
	}
	return q.execCheck(ctx, "saving draft failed", func(n int64) error {
		if n == 0 {
			return core.Errorf(core.CodeNotFound, "draft not found")
		}
		return nil
	}, `UPDATE drafts SET status = ?, text = ?, version = ?, attempts = ?, findings = ?,
		model = ?, style_guide_version = ?, prompt_version = ?, prompt_hash = ?, prompt_tokens = ?,
		completion_tokens = ?, cost = ?, feedback = ?, reason = ?, updated_at = ?, edited_by = ?, stale = ?,
		lease_token = ?, lease_until = ?, near_sig = COALESCE(?, CASE WHEN text = ? THEN near_sig END) WHERE id = ?`,
		string(d.Status), d.Text, d.Version, d.Attempts, mustJSON(d.Findings), d.Model, d.StyleGuideVersion,
		d.PromptVersion, d.PromptHash, d.Usage.PromptTokens, d.Usage.CompletionTokens, d.Usage.Cost,
		d.Feedback, d.Reason, q.d.Time(d.UpdatedAt), d.EditedBy, d.Stale, d.LeaseToken, q.leaseTime(d.LeaseUntil),
		blob(d.NearSig), d.Text, d.ID)
}

// ListDrafts implements core.TxStore.
func (q *queries) ListDrafts(ctx context.Context, f core.DraftFilter) ([]*core.Draft, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) { where, args = append(where, cond), append(args, a...) }
	if f.LaunchID != "" {
		add("d.launch_id = ?", f.LaunchID)
	}
	if len(f.Locales) > 0 {
		ls := make([]any, len(f.Locales))
		for i, l := range f.Locales {
			ls[i] = l
		}
		add("d.locale IN ("+placeholders(len(ls))+")", ls...)
	}
	if f.Status != "" {
		add("d.status = ?", string(f.Status))
	}
	if f.SKU != "" {
		add("d.sku = ?", f.SKU)
	}
	if f.Channel != "" {
		add("d.channel = ?", f.Channel)
	}
	from, order := ` FROM drafts d`, " ORDER BY d.id"
	if f.ByGoLive {
		// The review queue: launches with a go-live date first, by date,
		// then those without; then draft id. The cursor is the same key.
		const key = "(CASE WHEN l.go_live = '' THEN 1 ELSE 0 END), l.go_live, d.id"
		from, order = ` FROM drafts d JOIN launches l ON l.id = d.launch_id`, " ORDER BY "+key
		if f.After != nil {
			rank := 0
			if f.After.GoLive == "" {
				rank = 1
			}
			add("("+key+") > (?, ?, ?)", rank, f.After.GoLive, f.After.ID)
		}
	} else if f.AfterID != "" {
		add("d.id > ?", f.AfterID)
	}
	query := `SELECT ` + draftColsOf("d") + from
	if len(where) > 0 {
		query += " WHERE " + strings.Join(where, " AND ")
	}
	query += order + " LIMIT " + strconv.Itoa(limit(f.Limit))
	return q.drafts(ctx, query, args...)
}

// draftColsOf is draftCols qualified with a table alias.
func draftColsOf(alias string) string {
	cols := make([]string, len(draftColumns))
	for i, c := range draftColumns {
		cols[i] = alias + "." + c
	}
	return strings.Join(cols, ", ")
}

// StuckDrafts implements core.TxStore.
func (q *queries) StuckDrafts(ctx context.Context, statuses []core.Status, before time.Time, n int) ([]*core.Draft, error) {
	if len(statuses) == 0 {
		return []*core.Draft{}, nil
	}
	args := make([]any, 0, len(statuses)+1)
	for _, st := range statuses {
		args = append(args, string(st))
	}
	args = append(args, q.d.Time(before))
	return q.drafts(ctx, `SELECT `+draftCols+` FROM drafts WHERE status IN (`+placeholders(len(statuses))+`)
		AND updated_at < ? ORDER BY updated_at, id LIMIT `+strconv.Itoa(limit(n)), args...)
}

func (q *queries) drafts(ctx context.Context, query string, args ...any) ([]*core.Draft, error) {
	q.stmts.Add(1)
	rows, err := q.read.QueryContext(ctx, q.sqlNoCache(query), args...)
	if err != nil {
		return nil, wrap(err, "listing drafts failed")
	}
	defer rows.Close()
	out := []*core.Draft{}
	for rows.Next() {
		d, err := q.scanDraft(rows)
		if err != nil {
			return nil, wrap(err, "listing drafts failed")
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "listing drafts failed")
	}
	return out, nil
}

// inList is a condition that col is one of vals, with its one argument:
// an array parameter on PostgreSQL, a JSON list read with json_each on
// SQLite. One statement text for any number of values (prepared once).
func (q *queries) inList(col string, vals []string) (string, any) {
	if q.d.Numbered() {
		return col + " = ANY (?::text[])", q.d.Array(vals)
	}
	return col + " IN (SELECT value FROM json_each(?))", q.d.Array(vals)
}

// inListPlanned is inList for a read by a short list of any length on
// PostgreSQL: col IN (?, ...) with the values' count rounded up to a power
// of two, the last value repeated (IN matches a row once however often
// its value is listed). `= ANY (?)`'s generic plan is costed for ten
// values, so a list of one or a few was planned again on every call (the
// server keeps a prepared statement's generic plan only where it costs no
// more than the custom ones); each length class is now one statement
// whose generic plan, costed for its own count, is kept: NearTextsOf
// (mostly one to a few refs) 0.12-0.15 -> 0.04-0.06 ms of the backend's
// CPU a call (#17). Past maxPlannedList values, and on SQLite, inList's.
func (q *queries) inListPlanned(col string, vals []string) (string, []any) {
	if !q.d.Numbered() || len(vals) == 0 || len(vals) > maxPlannedList {
		cond, arg := q.inList(col, vals)
		return cond, []any{arg}
	}
	n := 1
	for n < len(vals) {
		n *= 2
	}
	var b strings.Builder
	b.WriteString(col)
	b.WriteString(" IN (?")
	args := make([]any, n)
	for i := range args {
		if i > 0 {
			b.WriteString(", ?")
		}
		args[i] = vals[min(i, len(vals)-1)]
	}
	b.WriteString(")")
	return b.String(), args
}

// maxPlannedList is the longest list inListPlanned lists.
const maxPlannedList = 64

// LockDrafts implements core.TxStore: one statement, the rows locked in
// ID order (PostgreSQL locks them as the sorted rows come out), so that
// transactions locking overlapping sets cannot deadlock.
func (q *queries) LockDrafts(ctx context.Context, ids []string) ([]*core.Draft, error) {
	if len(ids) == 0 {
		return []*core.Draft{}, nil
	}
	lock := ""
	if q.inTx {
		lock = q.d.ForUpdate()
	}
	cond, arg := q.inList("id", ids)
	rows, err := q.query(ctx, `SELECT `+draftCols+` FROM drafts WHERE `+cond+` ORDER BY id`+lock, arg)
	if err != nil {
		return nil, wrap(err, "reading drafts failed")
	}
	defer rows.Close()
	out := make([]*core.Draft, 0, len(ids))
	for rows.Next() {
		d, err := q.scanDraft(rows)
		if err != nil {
			return nil, wrap(err, "reading drafts failed")
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, "reading drafts failed")
	}
	return out, nil
}

// jsonRecords is implemented by a dialect that reads a JSON array of
// objects as rows (PostgreSQL's jsonb_to_recordset): there SaveDrafts
// writes every draft in one statement, one round trip.
type jsonRecords interface {
	JSONRecords() bool
}

// savedDraft is one row of SaveDrafts' JSON document (PostgreSQL).
type savedDraft struct {
	ID                string         `json:"id"`
	Status            string         `json:"status"`
	Text              string         `json:"text"`
	Version           int            `json:"version"`
	Attempts          int            `json:"attempts"`
	Findings          []core.Finding `json:"findings"` // encoded in place, as mustJSON(d.Findings) (TestRowsFindingsAsRaw)
	Model             string         `json:"model"`
	StyleGuideVersion string         `json:"style_guide_version"`
	PromptVersion     string         `json:"prompt_version"`
	PromptHash        string         `json:"prompt_hash"`
	PromptTokens      int64          `json:"prompt_tokens"`
	CompletionTokens  int64          `json:"completion_tokens"`
	Cost              float64        `json:"cost"`
	Feedback          string         `json:"feedback"`
	Reason            string         `json:"reason"`
	UpdatedAt         time.Time      `json:"updated_at"`
	EditedBy          string         `json:"edited_by"`
	Stale             string         `json:"stale"`
	LeaseToken        string         `json:"lease_token"`
	LeaseUntil        time.Time      `json:"lease_until"`
	NearSig           []byte         `json:"near_sig,omitempty"` // base64; absent: NULL
}

// SaveDrafts implements core.TxStore.
func (q *queries) SaveDrafts(ctx context.Context, ds []*core.Draft) error {
	if len(ds) == 0 {
		return nil
	}
	j, ok := q.d.(jsonRecords)
	if !ok || !j.JSONRecords() || len(ds) == 1 {
		// SQLite: its statements cost no round trip, one each is as good.
		return q.atomically(ctx, func(tx *queries) error {
			for _, d := range ds {
				if err := tx.SaveDraft(ctx, d); err != nil {
					return err
				}
			}
			return nil
		})
	}
	// In ID order: the UPDATE locks the rows as the join reaches them,
	// which for a plan driven by the document is the document's order;
	// transactions saving overlapping drafts then lock them in one order
	// (as LockDrafts does) and cannot deadlock on them.
	ds = slices.SortedStableFunc(slices.Values(ds), func(a, b *core.Draft) int { return strings.Compare(a.ID, b.ID) })
	rows := make([]savedDraft, len(ds))
	for i, d := range ds {
		if d.Findings == nil {
			d.Findings = []core.Finding{}
		}
		until := d.LeaseUntil
		if until.IsZero() {
			until = time.Unix(0, 0)
		}
		rows[i] = savedDraft{ID: d.ID, Status: string(d.Status), Text: d.Text, Version: d.Version, Attempts: d.Attempts,
			Findings: d.Findings, Model: d.Model, StyleGuideVersion: d.StyleGuideVersion,
			PromptVersion: d.PromptVersion, PromptHash: d.PromptHash, PromptTokens: int64(d.Usage.PromptTokens),
			CompletionTokens: int64(d.Usage.CompletionTokens), Cost: d.Usage.Cost, Feedback: d.Feedback, Reason: d.Reason,
			UpdatedAt: d.UpdatedAt.UTC(), EditedBy: d.EditedBy, Stale: d.Stale, LeaseToken: d.LeaseToken, LeaseUntil: until.UTC(),
			NearSig: d.NearSig}
	}
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	// The rows' JSON in a pooled buffer (pooledJSON), the statement's
	// argument until the pipeline that sends it has bound it: a group
	// commit's ~50 kB, made a string for every batch before (#17, perf38).
	// A transaction run again encodes them again; a buffer of a send that
	// never happens is left to the collector.
	return q.atomically(ctx, func(tx *queries) error {
		b := pooledJSON(rows)
		return tx.saveDraftRows(ctx, b.Bytes(), func() { givePooledJSON(b) }, ids)
	})
}

// saveDraftRows is SaveDrafts' one statement (PostgreSQL): the drafts ids
// in a JSON array of savedDraft, in the same order. The stored signature
// follows SaveDraft's rule (the given one, else the old one if the text
// is the same).
//
// The drafts are also named by id = ANY (ids), a condition on the primary
// key: the planner takes jsonb_to_recordset for 100 rows, and while a
// launch's drafts are few (the plan a connection caches is made then) it
// hashed those and read every draft of the table to join them, a
// sequential scan of the whole table for every batch, O(n) a batch and
// O(n²) a launch (762 of them reading 7.55 million rows in a 10,000-draft
// launch: the "unexplained sequential scans", docs/PERFORMANCE.md, 1 Dec).
// With the ids the drafts are read through drafts_pkey whatever the plan.
func (q *queries) saveDraftRows(ctx context.Context, rows []byte, done func(), ids []string) error {
	n := len(ids)
	return q.execCheckDone(ctx, "saving drafts failed", done, func(saved int64) error {
		if saved != int64(n) {
			return core.Errorf(core.CodeNotFound, "draft not found (%d of %d saved)", saved, n)
		}
		return nil
	}, `UPDATE drafts d SET status = v.status, text = v.text, version = v.version,
		attempts = v.attempts, findings = v.findings, model = v.model, style_guide_version = v.style_guide_version,
		prompt_version = v.prompt_version, prompt_hash = v.prompt_hash, prompt_tokens = v.prompt_tokens,
		completion_tokens = v.completion_tokens, cost = v.cost, feedback = v.feedback, reason = v.reason,
		updated_at = v.updated_at, edited_by = v.edited_by, stale = v.stale, lease_token = v.lease_token,
		lease_until = v.lease_until, near_sig = COALESCE(decode(v.near_sig, 'base64'), CASE WHEN d.text = v.text THEN d.near_sig END)
		FROM jsonb_to_recordset(?::jsonb) AS v(id text, status text, text text, version integer, attempts integer,
			findings jsonb, model text, style_guide_version text, prompt_version text, prompt_hash text,
			prompt_tokens bigint, completion_tokens bigint, cost double precision, feedback text, reason text,
			updated_at timestamptz, edited_by text, stale text, lease_token text, lease_until timestamptz, near_sig text)
		WHERE d.id = v.id AND d.id = ANY (?::text[])`, rows, q.d.Array(ids))
}
