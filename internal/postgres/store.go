// Package postgres implements core.Store on PostgreSQL with pgx: the store of
// a real deployment, shared by API replicas and any number of workers.
package postgres

import (
	"context"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/copydesk/copydesk/internal/core"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a core.Store on PostgreSQL.
type Store struct {
	pool *pgxpool.Pool
}

var _ core.Store = (*Store)(nil)

// Open connects to the database at url and applies pending migrations.
// Query parameters that pgx does not know, such as search_path, become
// session settings.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The cause may quote the URL; it stays in Err, out of the message.
		return nil, core.Wrap(core.CodeInvalid, err, "postgres: invalid database URL")
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, core.Wrap(core.CodeUnavailable, err, "postgres: cannot connect")
	}
	s := &Store{pool: pool}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "postgres: migrations")
	}
	// A session advisory lock lets many replicas start at once: one
	// migrates, the others wait and then find nothing to do.
	// Waiters poll every second (goose's default is 5s) for up to 5 minutes.
	locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "postgres: migrations")
	}
	db := stdlib.OpenDBFromPool(s.pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithSessionLocker(locker))
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "postgres: migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "postgres: applying migrations failed")
	}
	return nil
}

// Ping implements core.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.pool.Ping(ctx); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "database unreachable")
	}
	return nil
}

// Close implements core.Store.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// ---- helpers -------------------------------------------------------------

type dbtx interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func now() time.Time { return core.StoreTime(time.Now()) }

func newID() string { return uuid.Must(uuid.NewV7()).String() }

// norm makes a caller's time what the database will give back.
func norm(t time.Time) time.Time { return core.StoreTime(t) }

func internal(err error, msg string) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return core.Wrap(core.CodeUnavailable, err, msg)
	}
	return core.Wrap(core.CodeInternal, err, msg)
}

func isUnique(err error) (constraint string, ok bool) {
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "23505" {
		return pe.ConstraintName, true
	}
	return "", false
}

func clampLimit(n int) int {
	switch {
	case n <= 0:
		return 100
	case n > 1000:
		return 1000
	}
	return n
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		// Only plain data types are marshalled here; failure is a bug.
		panic(err)
	}
	return string(b)
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

// Cursors are opaque to callers: base64 of the sort key of the last row.
func encodeCursor(parts ...string) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strings.Join(parts, "\x00")))
}

func decodeCursor(c string, n int) ([]string, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, core.Errorf(core.CodeInvalid, "invalid cursor")
	}
	parts := strings.Split(string(b), "\x00")
	if len(parts) != n {
		return nil, core.Errorf(core.CodeInvalid, "invalid cursor")
	}
	return parts, nil
}

// where builds a WHERE clause with numbered placeholders.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	for _, a := range args {
		w.args = append(w.args, a)
		cond = strings.Replace(cond, "?", "$"+strconv.Itoa(len(w.args)), 1)
	}
	w.conds = append(w.conds, cond)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// ---- launches ------------------------------------------------------------

const launchCols = `l.id, l.name, l.source_locale, l.locales, l.channels, l.go_live, l.callback_url, l.mode, l.budget,
	l.product_count, COALESCE(l.idempotency_key, ''), l.request_hash, l.created_by, l.created_at`

// CreateLaunch implements core.Store.
func (s *Store) CreateLaunch(ctx context.Context, l *core.Launch, products []core.Product, drafts []*core.Draft) error {
	t := now()
	core.PrepareLaunch(l, len(products), drafts, t, newID)

	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return internal(err, "creating launch failed")
	}
	defer tx.Rollback(ctx)

	var key any
	if l.IdempotencyKey != "" {
		key = l.IdempotencyKey
	}
	if _, err := tx.Exec(ctx, `INSERT INTO launches (id, name, source_locale, locales, channels, go_live,
		callback_url, mode, budget, product_count, idempotency_key, request_hash, created_by, created_at)
		VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14)`,
		l.ID, l.Name, l.SourceLocale, nonNil(l.Locales), nonNil(l.Channels), l.GoLive, l.CallbackURL, l.Mode, l.Budget,
		l.ProductCount, key, l.RequestHash, l.CreatedBy, l.CreatedAt); err != nil {
		if _, ok := isUnique(err); ok {
			return core.Wrap(core.CodeConflict, err, "a launch with this id or idempotency key exists")
		}
		return internal(err, "creating launch failed")
	}

	// COPY moves thousands of rows in one round trip.
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"products"}, []string{"launch_id", "sku", "category", "collection", "data"},
		pgx.CopyFromSlice(len(products), func(i int) ([]any, error) {
			p := &products[i]
			return []any{l.ID, p.SKU, p.Category, p.Collection, mustJSON(p)}, nil
		}))
	if err != nil {
		if _, ok := isUnique(err); ok {
			return core.Wrap(core.CodeInvalid, err, "duplicate product sku in launch")
		}
		return internal(err, "creating launch failed")
	}
	_, err = tx.CopyFrom(ctx, pgx.Identifier{"drafts"}, draftColNames,
		pgx.CopyFromSlice(len(drafts), func(i int) ([]any, error) { return draftArgs(drafts[i]), nil }))
	if err != nil {
		if _, ok := isUnique(err); ok {
			return core.Wrap(core.CodeInvalid, err, "duplicate draft (sku, locale, channel) in launch")
		}
		return internal(err, "creating launch failed")
	}
	var events [][]any
	for _, d := range drafts {
		for _, ev := range d.History {
			events = append(events, []any{d.ID, ev.At, ev.Event, ev.By, ev.Detail})
		}
	}
	if len(events) > 0 {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"draft_events"}, []string{"draft_id", "at", "event", "by", "detail"},
			pgx.CopyFromRows(events)); err != nil {
			return internal(err, "creating launch failed")
		}
	}
	if err := tx.Commit(ctx); err != nil {
		if _, ok := isUnique(err); ok {
			return core.Wrap(core.CodeConflict, err, "a launch with this id or idempotency key exists")
		}
		return internal(err, "creating launch failed")
	}

	l.Counts = make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		l.Counts[st] = 0
	}
	l.Usage = core.Usage{}
	for _, d := range drafts {
		l.Counts[d.Status]++
		l.Usage = l.Usage.Add(d.Usage)
	}
	l.Status = core.DeriveLaunchStatus(l.Counts)
	return nil
}

// GetLaunch implements core.Store.
func (s *Store) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	return s.launchWhere(ctx, `l.id = $1`, id)
}

// LaunchByIdempotencyKey implements core.Store.
func (s *Store) LaunchByIdempotencyKey(ctx context.Context, key string) (*core.Launch, error) {
	if key == "" {
		return nil, core.Errorf(core.CodeNotFound, "launch not found")
	}
	return s.launchWhere(ctx, `l.idempotency_key = $1`, key)
}

func (s *Store) launchWhere(ctx context.Context, cond string, arg any) (*core.Launch, error) {
	// One statement, so the counts come from the same snapshot as the launch.
	row := s.pool.QueryRow(ctx, `SELECT `+launchCols+`, c.statuses, c.ns, c.pts, c.cts, c.costs
		FROM launches l LEFT JOIN LATERAL (
			SELECT array_agg(status) AS statuses, array_agg(n) AS ns, array_agg(pt) AS pts,
				array_agg(ct) AS cts, array_agg(cost) AS costs
			FROM (SELECT status, count(*) AS n, sum(prompt_tokens)::bigint AS pt,
				sum(completion_tokens)::bigint AS ct, sum(cost) AS cost
				FROM drafts WHERE launch_id = l.id GROUP BY status) g
		) c ON true WHERE `+cond, arg)
	var l core.Launch
	var statuses []string
	var ns, pts, cts []int64
	var costs []float64
	err := row.Scan(&l.ID, &l.Name, &l.SourceLocale, &l.Locales, &l.Channels, &l.GoLive, &l.CallbackURL,
		&l.Mode, &l.Budget, &l.ProductCount, &l.IdempotencyKey, &l.RequestHash, &l.CreatedBy, &l.CreatedAt,
		&statuses, &ns, &pts, &cts, &costs)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "launch not found")
	}
	if err != nil {
		return nil, internal(err, "reading launch failed")
	}
	l.CreatedAt = l.CreatedAt.UTC()
	l.Counts = make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		l.Counts[st] = 0
	}
	for i, st := range statuses {
		l.Counts[core.Status(st)] = int(ns[i])
		l.Usage = l.Usage.Add(core.Usage{PromptTokens: int(pts[i]), CompletionTokens: int(cts[i]), Cost: costs[i]})
	}
	l.Status = core.DeriveLaunchStatus(l.Counts)
	return &l, nil
}

// GetProduct implements core.Store.
func (s *Store) GetProduct(ctx context.Context, launchID, sku string) (*core.Product, error) {
	var data string
	err := s.pool.QueryRow(ctx, `SELECT data FROM products WHERE launch_id = $1 AND sku = $2`, launchID, sku).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "product %s not found in launch", sku)
	}
	if err != nil {
		return nil, internal(err, "reading product failed")
	}
	var p core.Product
	if err := json.Unmarshal([]byte(data), &p); err != nil {
		return nil, internal(err, "reading product failed")
	}
	return &p, nil
}

// ---- drafts --------------------------------------------------------------

var draftColNames = []string{"id", "launch_id", "sku", "locale", "channel", "status", "text", "version", "attempts",
	"findings", "model", "style_guide_version", "prompt_version", "prompt_hash", "prompt_tokens",
	"completion_tokens", "cost", "feedback", "reason", "created_at", "updated_at"}

var draftCols = "d." + strings.Join(draftColNames, ", d.")

func draftArgs(d *core.Draft) []any {
	return []any{d.ID, d.LaunchID, d.SKU, d.Locale, d.Channel, string(d.Status), d.Text, d.Version,
		d.Attempts, mustJSON(d.Findings), d.Model, d.StyleGuideVersion, d.PromptVersion, d.PromptHash,
		int64(d.Usage.PromptTokens), int64(d.Usage.CompletionTokens), d.Usage.Cost, d.Feedback, d.Reason,
		d.CreatedAt, d.UpdatedAt}
}

func draftDest(d *core.Draft, findings *string) []any {
	return []any{&d.ID, &d.LaunchID, &d.SKU, &d.Locale, &d.Channel, &d.Status, &d.Text, &d.Version,
		&d.Attempts, findings, &d.Model, &d.StyleGuideVersion, &d.PromptVersion, &d.PromptHash,
		&d.Usage.PromptTokens, &d.Usage.CompletionTokens, &d.Usage.Cost, &d.Feedback, &d.Reason,
		&d.CreatedAt, &d.UpdatedAt}
}

func finishDraft(d *core.Draft, findings string) error {
	d.CreatedAt, d.UpdatedAt = d.CreatedAt.UTC(), d.UpdatedAt.UTC()
	return json.Unmarshal([]byte(findings), &d.Findings)
}

// getDraft loads a draft with its history in one statement (one snapshot).
func getDraft(ctx context.Context, q dbtx, id string, forUpdate bool) (*core.Draft, error) {
	var d core.Draft
	var findings string
	var ats []time.Time
	var evs, bys, details []string
	lock := ""
	if forUpdate {
		lock = " FOR UPDATE OF d"
	}
	err := q.QueryRow(ctx, `SELECT `+draftCols+`, h.ats, h.evs, h.bys, h.details
		FROM drafts d LEFT JOIN LATERAL (
			SELECT array_agg(at ORDER BY id) AS ats, array_agg(event ORDER BY id) AS evs,
				array_agg(by ORDER BY id) AS bys, array_agg(detail ORDER BY id) AS details
			FROM draft_events WHERE draft_id = d.id
		) h ON true WHERE d.id = $1`+lock, id).
		Scan(append(draftDest(&d, &findings), &ats, &evs, &bys, &details)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "draft not found")
	}
	if err != nil {
		return nil, internal(err, "reading draft failed")
	}
	if err := finishDraft(&d, findings); err != nil {
		return nil, internal(err, "reading draft failed")
	}
	for i := range ats {
		d.History = append(d.History, core.Event{At: ats[i].UTC(), Event: evs[i], By: bys[i], Detail: details[i]})
	}
	return &d, nil
}

// GetDraft implements core.Store.
func (s *Store) GetDraft(ctx context.Context, id string) (*core.Draft, error) {
	return getDraft(ctx, s.pool, id, false)
}

func (s *Store) queryDrafts(ctx context.Context, q string, args ...any) ([]*core.Draft, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, internal(err, "listing drafts failed")
	}
	defer rows.Close()
	drafts := []*core.Draft{}
	for rows.Next() {
		var d core.Draft
		var findings string
		if err := rows.Scan(draftDest(&d, &findings)...); err != nil {
			return nil, internal(err, "listing drafts failed")
		}
		if err := finishDraft(&d, findings); err != nil {
			return nil, internal(err, "listing drafts failed")
		}
		drafts = append(drafts, &d)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err, "listing drafts failed")
	}
	return drafts, nil
}

// ListDrafts implements core.Store.
func (s *Store) ListDrafts(ctx context.Context, f core.DraftFilter) ([]*core.Draft, string, error) {
	limit := clampLimit(f.Limit)
	var w where
	if f.LaunchID != "" {
		w.add("d.launch_id = ?", f.LaunchID)
	}
	if len(f.Locales) > 0 {
		w.add("d.locale = ANY(?)", f.Locales)
	}
	if f.Status != "" {
		w.add("d.status = ?", string(f.Status))
	}
	if f.SKU != "" {
		w.add("d.sku = ?", f.SKU)
	}
	if f.Channel != "" {
		w.add("d.channel = ?", f.Channel)
	}
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, 1)
		if err != nil {
			return nil, "", err
		}
		w.add("d.id > ?", parts[0])
	}
	drafts, err := s.queryDrafts(ctx, `SELECT `+draftCols+` FROM drafts d`+w.String()+
		` ORDER BY d.id LIMIT `+strconv.Itoa(limit+1), w.args...)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(drafts) > limit {
		drafts = drafts[:limit]
		next = encodeCursor(drafts[limit-1].ID)
	}
	return drafts, next, nil
}

// UpdateDraft implements core.Store. An empty from allows any status; an
// event with an empty Event name is not recorded.
func (s *Store) UpdateDraft(ctx context.Context, id string, from []core.Status, ev core.Event, mutate func(*core.Draft) error) (*core.Draft, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, internal(err, "updating draft failed")
	}
	defer tx.Rollback(ctx)
	// FOR UPDATE serialises racing workers on the row: the loser waits, then
	// sees the winner's status and gets a conflict.
	d, err := getDraft(ctx, tx, id, true)
	if err != nil {
		return nil, err
	}
	if len(from) > 0 && !slices.Contains(from, d.Status) {
		return nil, core.Errorf(core.CodeConflict, "draft is %s, not %s", d.Status, joinStatuses(from))
	}
	keep := *d
	if mutate != nil {
		if err := mutate(d); err != nil {
			return nil, err
		}
	}
	// The identity of a draft never changes.
	d.ID, d.LaunchID, d.SKU, d.Locale, d.Channel, d.CreatedAt = keep.ID, keep.LaunchID, keep.SKU, keep.Locale, keep.Channel, keep.CreatedAt
	t := now()
	d.UpdatedAt = t
	if _, err := tx.Exec(ctx, `UPDATE drafts SET status = $1, text = $2, version = $3, attempts = $4, findings = $5,
		model = $6, style_guide_version = $7, prompt_version = $8, prompt_hash = $9, prompt_tokens = $10,
		completion_tokens = $11, cost = $12, feedback = $13, reason = $14, updated_at = $15 WHERE id = $16`,
		string(d.Status), d.Text, d.Version, d.Attempts, mustJSON(d.Findings), d.Model, d.StyleGuideVersion,
		d.PromptVersion, d.PromptHash, int64(d.Usage.PromptTokens), int64(d.Usage.CompletionTokens), d.Usage.Cost,
		d.Feedback, d.Reason, t, d.ID); err != nil {
		return nil, internal(err, "updating draft failed")
	}
	if ev.Event != "" {
		if ev.At.IsZero() {
			ev.At = t
		}
		ev.At = norm(ev.At)
		if err := appendEvent(ctx, tx, d.ID, ev); err != nil {
			return nil, err
		}
		d.History = append(keep.History[:len(keep.History):len(keep.History)], ev)
	} else {
		d.History = keep.History
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, internal(err, "updating draft failed")
	}
	return d, nil
}

func joinStatuses(ss []core.Status) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = string(s)
	}
	return strings.Join(parts, " or ")
}

func appendEvent(ctx context.Context, tx pgx.Tx, draftID string, ev core.Event) error {
	if _, err := tx.Exec(ctx, `INSERT INTO draft_events (draft_id, at, event, by, detail) VALUES ($1, $2, $3, $4, $5)`,
		draftID, ev.At, ev.Event, ev.By, ev.Detail); err != nil {
		return internal(err, "recording draft event failed")
	}
	return nil
}

// ---- catalogue -----------------------------------------------------------

const catCols = `id, sku, locale, channel, version, text, draft_id, launch_id, category, collection, published_at`

func scanEntry(row pgx.Row) (core.CatalogueEntry, string, error) {
	var e core.CatalogueEntry
	var id string
	err := row.Scan(&id, &e.SKU, &e.Locale, &e.Channel, &e.Version, &e.Text, &e.DraftID, &e.LaunchID,
		&e.Category, &e.Collection, &e.PublishedAt)
	e.PublishedAt = e.PublishedAt.UTC()
	return e, id, err
}

// PublishDraft implements core.Store.
func (s *Store) PublishDraft(ctx context.Context, id string, ev core.Event) (*core.CatalogueEntry, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	defer tx.Rollback(ctx)
	var d core.Draft
	var findings string
	err = tx.QueryRow(ctx, `SELECT `+draftCols+` FROM drafts d WHERE d.id = $1 FOR UPDATE`, id).Scan(draftDest(&d, &findings)...)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "draft not found")
	}
	if err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if err := finishDraft(&d, findings); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if d.Status == core.StatusPublished {
		e, _, err := scanEntry(tx.QueryRow(ctx, `SELECT `+catCols+` FROM catalogue WHERE draft_id = $1 AND draft_version = $2`, d.ID, d.Version))
		if err != nil {
			return nil, internal(err, "reading catalogue entry failed")
		}
		return &e, nil
	}
	if d.Status != core.StatusApproved {
		return nil, core.Errorf(core.CodeConflict, "draft is %s, not approved", d.Status)
	}
	if core.Blocks(d.Findings) {
		return nil, core.Errorf(core.CodeConflict, "draft has blocking findings")
	}
	e := core.CatalogueEntry{SKU: d.SKU, Locale: d.Locale, Channel: d.Channel, Text: d.Text,
		DraftID: d.ID, LaunchID: d.LaunchID, PublishedAt: now()}
	err = tx.QueryRow(ctx, `SELECT category, collection FROM products WHERE launch_id = $1 AND sku = $2`,
		d.LaunchID, d.SKU).Scan(&e.Category, &e.Collection)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, internal(err, "publishing draft failed")
	}
	// Two drafts of one (sku, locale, channel) from different launches may
	// publish at once; the lock makes them take turns for the next version.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock(hashtextextended($1 || '|' || $2 || '|' || $3, 0))`,
		d.SKU, d.Locale, d.Channel); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if err := tx.QueryRow(ctx, `SELECT COALESCE(max(version), 0) + 1 FROM catalogue WHERE sku = $1 AND locale = $2 AND channel = $3`,
		d.SKU, d.Locale, d.Channel).Scan(&e.Version); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if _, err := tx.Exec(ctx, `INSERT INTO catalogue (id, sku, locale, channel, version, text, draft_id,
		draft_version, launch_id, category, collection, published_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
		newID(), e.SKU, e.Locale, e.Channel, e.Version, e.Text, e.DraftID, d.Version, e.LaunchID,
		e.Category, e.Collection, e.PublishedAt); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if _, err := tx.Exec(ctx, `UPDATE drafts SET status = $1, updated_at = $2 WHERE id = $3`,
		string(core.StatusPublished), e.PublishedAt, d.ID); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if ev.Event == "" {
		ev.Event = "published"
	}
	if ev.At.IsZero() {
		ev.At = e.PublishedAt
	}
	ev.At = norm(ev.At)
	if err := appendEvent(ctx, tx, d.ID, ev); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	return &e, nil
}

// StuckDrafts implements core.Store; oldest first.
func (s *Store) StuckDrafts(ctx context.Context, statuses []core.Status, before time.Time, limit int) ([]*core.Draft, error) {
	if len(statuses) == 0 {
		return []*core.Draft{}, nil
	}
	ss := make([]string, len(statuses))
	for i, st := range statuses {
		ss[i] = string(st)
	}
	return s.queryDrafts(ctx, `SELECT `+draftCols+` FROM drafts d WHERE d.status = ANY($1) AND d.updated_at < $2
		ORDER BY d.updated_at, d.id LIMIT `+strconv.Itoa(clampLimit(limit)), ss, before)
}

// CatalogueBySKU implements core.Store. A SKU never published gives an empty
// list, not an error.
func (s *Store) CatalogueBySKU(ctx context.Context, sku string) ([]core.CatalogueEntry, error) {
	es, _, err := s.queryEntries(ctx, `SELECT DISTINCT ON (locale, channel) `+catCols+` FROM catalogue
		WHERE sku = $1 ORDER BY locale, channel, version DESC`, sku)
	return es, err
}

func (s *Store) queryEntries(ctx context.Context, q string, args ...any) ([]core.CatalogueEntry, []string, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, nil, internal(err, "reading catalogue failed")
	}
	defer rows.Close()
	es := []core.CatalogueEntry{}
	var ids []string
	for rows.Next() {
		e, id, err := scanEntry(rows)
		if err != nil {
			return nil, nil, internal(err, "reading catalogue failed")
		}
		es, ids = append(es, e), append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, internal(err, "reading catalogue failed")
	}
	return es, ids, nil
}

// ListCatalogue implements core.Store. Since is inclusive, so a feed reader
// polling with the last time it saw may get that entry again but never
// misses one published in the same microsecond.
func (s *Store) ListCatalogue(ctx context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, string, error) {
	limit := clampLimit(f.Limit)
	var w where
	for _, c := range []struct{ col, v string }{{"locale", f.Locale}, {"channel", f.Channel}, {"category", f.Category}, {"collection", f.Collection}} {
		if c.v != "" {
			w.add(c.col+" = ?", c.v)
		}
	}
	if !f.Since.IsZero() {
		w.add("published_at >= ?", f.Since)
	}
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, 2)
		if err != nil {
			return nil, "", err
		}
		us, err := strconv.ParseInt(parts[0], 10, 64)
		if err != nil {
			return nil, "", core.Errorf(core.CodeInvalid, "invalid cursor")
		}
		w.add("(published_at, id) > (?, ?)", time.UnixMicro(us).UTC(), parts[1])
	}
	es, ids, err := s.queryEntries(ctx, `SELECT `+catCols+` FROM catalogue`+w.String()+
		` ORDER BY published_at, id LIMIT `+strconv.Itoa(limit+1), w.args...)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(es) > limit {
		es = es[:limit]
		next = encodeCursor(strconv.FormatInt(es[limit-1].PublishedAt.UnixMicro(), 10), ids[limit-1])
	}
	return es, next, nil
}

// ---- tokens, style guides, generation cache ------------------------------

// CreateToken implements core.Store.
func (s *Store) CreateToken(ctx context.Context, t *core.Token) error {
	if t.ID == "" {
		t.ID = newID()
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = now()
	}
	t.CreatedAt = norm(t.CreatedAt)
	_, err := s.pool.Exec(ctx, `INSERT INTO tokens (id, name, role, locales, hash, created_at) VALUES ($1,$2,$3,$4,$5,$6)`,
		t.ID, t.Name, string(t.Role), nonNil(t.Locales), t.Hash, t.CreatedAt)
	if _, ok := isUnique(err); ok {
		return core.Wrap(core.CodeConflict, err, "token exists")
	}
	if err != nil {
		return internal(err, "creating token failed")
	}
	return nil
}

// TokenByHash implements core.Store.
func (s *Store) TokenByHash(ctx context.Context, hash string) (*core.Token, error) {
	var t core.Token
	err := s.pool.QueryRow(ctx, `SELECT id, name, role, locales, hash, created_at FROM tokens WHERE hash = $1`, hash).
		Scan(&t.ID, &t.Name, &t.Role, &t.Locales, &t.Hash, &t.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "token not found")
	}
	if err != nil {
		return nil, internal(err, "reading token failed")
	}
	if len(t.Locales) == 0 {
		t.Locales = nil
	}
	t.CreatedAt = t.CreatedAt.UTC()
	return &t, nil
}

// SaveStyleGuide implements core.Store.
func (s *Store) SaveStyleGuide(ctx context.Context, doc core.StyleGuideDoc) error {
	if doc.Version == "" {
		return core.Errorf(core.CodeInvalid, "style guide version is empty")
	}
	if doc.CreatedAt.IsZero() {
		doc.CreatedAt = now()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO style_guides (version, body, created_at) VALUES ($1, $2, $3)
		ON CONFLICT (version) DO NOTHING`, doc.Version, doc.Body, norm(doc.CreatedAt))
	if err != nil {
		return internal(err, "saving style guide failed")
	}
	return nil
}

// LatestStyleGuide implements core.Store.
func (s *Store) LatestStyleGuide(ctx context.Context) (*core.StyleGuideDoc, error) {
	return s.styleGuide(ctx, `SELECT version, body, created_at FROM style_guides ORDER BY seq DESC LIMIT 1`)
}

// StyleGuide implements core.Store.
func (s *Store) StyleGuide(ctx context.Context, version string) (*core.StyleGuideDoc, error) {
	return s.styleGuide(ctx, `SELECT version, body, created_at FROM style_guides WHERE version = $1`, version)
}

func (s *Store) styleGuide(ctx context.Context, q string, args ...any) (*core.StyleGuideDoc, error) {
	var doc core.StyleGuideDoc
	err := s.pool.QueryRow(ctx, q, args...).Scan(&doc.Version, &doc.Body, &doc.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "style guide not found")
	}
	if err != nil {
		return nil, internal(err, "reading style guide failed")
	}
	doc.CreatedAt = doc.CreatedAt.UTC()
	return &doc, nil
}

// CachedGeneration implements core.Store.
func (s *Store) CachedGeneration(ctx context.Context, key string) (*core.Generation, error) {
	var data string
	err := s.pool.QueryRow(ctx, `SELECT generation FROM generation_cache WHERE key = $1`, key).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "generation not cached")
	}
	if err != nil {
		return nil, internal(err, "reading generation cache failed")
	}
	var g core.Generation
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		return nil, internal(err, "reading generation cache failed")
	}
	return &g, nil
}

// PutCachedGeneration implements core.Store. A second put under the same key
// replaces the first.
func (s *Store) PutCachedGeneration(ctx context.Context, key string, g *core.Generation) error {
	if g == nil {
		return core.Errorf(core.CodeInvalid, "nil generation")
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO generation_cache (key, generation, created_at) VALUES ($1, $2, $3)
		ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, created_at = excluded.created_at`,
		key, mustJSON(g), now())
	if err != nil {
		return internal(err, "writing generation cache failed")
	}
	return nil
}
