// Package sqlite implements core.Store on a local SQLite file with the pure-Go
// modernc.org/sqlite driver. It is the embedded default: one process, many
// goroutines, one file.
//
// SQLite allows one writer at a time. Rather than let ~20 workers collide and
// spin on SQLITE_BUSY, every write goes through a pool of exactly one
// connection (Go's database/sql queues the callers) and starts with BEGIN
// IMMEDIATE so the write lock is taken up front, never upgraded mid-way.
// Reads use a separate pool: in WAL mode they never block the writer.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/pressly/goose/v3"
	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/copydesk/copydesk/internal/core"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a core.Store on SQLite.
type Store struct {
	w *sql.DB // exactly one connection: the writer
	r *sql.DB // readers; the same pool as w for in-memory databases
}

var _ core.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path, with its parent
// directory, and applies pending migrations. A path of ":memory:" gives a
// private in-memory database, handy in tests.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, core.Errorf(core.CodeInvalid, "sqlite: empty database path")
	}
	memory := path == ":memory:"
	if !memory {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, core.Wrap(core.CodeUnavailable, err, "sqlite: cannot create the database directory")
			}
		}
	}
	params := url.Values{}
	// busy_timeout still matters: WAL checkpoints and other processes
	// (a CLI, a backup) can hold locks briefly.
	params.Add("_pragma", "busy_timeout(10000)")
	params.Add("_pragma", "foreign_keys(1)")
	if !memory {
		params.Add("_pragma", "journal_mode(WAL)")
		// NORMAL is durable across application crashes in WAL mode and
		// much faster than FULL; only an OS crash can lose the last commits.
		params.Add("_pragma", "synchronous(NORMAL)")
	}
	wparams := url.Values{}
	for k, v := range params {
		wparams[k] = slices.Clone(v)
	}
	wparams.Set("_txlock", "immediate")

	w, err := sql.Open("sqlite", path+"?"+wparams.Encode())
	if err != nil {
		return nil, core.Wrap(core.CodeInternal, err, "sqlite: open failed")
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &Store{w: w, r: w}
	if !memory {
		params.Add("_pragma", "query_only(1)")
		r, err := sql.Open("sqlite", path+"?"+params.Encode())
		if err != nil {
			w.Close()
			return nil, core.Wrap(core.CodeInternal, err, "sqlite: open failed")
		}
		r.SetMaxOpenConns(8)
		r.SetMaxIdleConns(8)
		s.r = r
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func (s *Store) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: migrations")
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, s.w, sub)
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: applying migrations failed")
	}
	return nil
}

// Ping implements core.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.r.PingContext(ctx); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "database unreachable")
	}
	return nil
}

// Close implements core.Store.
func (s *Store) Close() error {
	var err error
	if s.r != s.w {
		err = s.r.Close()
	}
	return errors.Join(err, s.w.Close())
}

// ---- helpers -------------------------------------------------------------

func now() time.Time { return core.StoreTime(time.Now()) }

func newID() string { return uuid.Must(uuid.NewV7()).String() }

func micros(t time.Time) int64 { return t.UnixMicro() }

func fromMicros(us int64) time.Time { return time.UnixMicro(us).UTC() }

// norm makes a caller's time what the database will give back.
func norm(t time.Time) time.Time { return core.StoreTime(t) }

func internal(err error, msg string) error { return core.Wrap(core.CodeInternal, err, msg) }

func isUnique(err error) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
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

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

type scanner interface{ Scan(dest ...any) error }

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// The cursor of a draft page is the last id seen; base64 keeps it opaque so
// callers do not build their own.
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

// ---- launches ------------------------------------------------------------

const launchCols = `id, name, source_locale, locales, channels, go_live, callback_url, mode, budget,
	product_count, COALESCE(idempotency_key, ''), request_hash, created_by, created_at`

func scanLaunch(sc scanner) (*core.Launch, error) {
	var l core.Launch
	var locales, channels string
	var created int64
	if err := sc.Scan(&l.ID, &l.Name, &l.SourceLocale, &locales, &channels, &l.GoLive, &l.CallbackURL,
		&l.Mode, &l.Budget, &l.ProductCount, &l.IdempotencyKey, &l.RequestHash, &l.CreatedBy, &created); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(locales), &l.Locales); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(channels), &l.Channels); err != nil {
		return nil, err
	}
	l.CreatedAt = fromMicros(created)
	return &l, nil
}

const draftCols = `id, launch_id, sku, locale, channel, status, text, version, attempts, findings,
	model, style_guide_version, prompt_version, prompt_hash, prompt_tokens, completion_tokens, cost,
	feedback, reason, created_at, updated_at`

func scanDraft(sc scanner) (*core.Draft, error) {
	var d core.Draft
	var findings string
	var created, updated int64
	if err := sc.Scan(&d.ID, &d.LaunchID, &d.SKU, &d.Locale, &d.Channel, &d.Status, &d.Text, &d.Version,
		&d.Attempts, &findings, &d.Model, &d.StyleGuideVersion, &d.PromptVersion, &d.PromptHash,
		&d.Usage.PromptTokens, &d.Usage.CompletionTokens, &d.Usage.Cost, &d.Feedback, &d.Reason,
		&created, &updated); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(findings), &d.Findings); err != nil {
		return nil, err
	}
	d.CreatedAt, d.UpdatedAt = fromMicros(created), fromMicros(updated)
	return &d, nil
}

func draftArgs(d *core.Draft) []any {
	return []any{d.ID, d.LaunchID, d.SKU, d.Locale, d.Channel, string(d.Status), d.Text, d.Version,
		d.Attempts, mustJSON(d.Findings), d.Model, d.StyleGuideVersion, d.PromptVersion, d.PromptHash,
		d.Usage.PromptTokens, d.Usage.CompletionTokens, d.Usage.Cost, d.Feedback, d.Reason,
		micros(d.CreatedAt), micros(d.UpdatedAt)}
}

// CreateLaunch implements core.Store.
func (s *Store) CreateLaunch(ctx context.Context, l *core.Launch, products []core.Product, drafts []*core.Draft) error {
	t := now()
	core.PrepareLaunch(l, len(products), drafts, t, newID)

	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return internal(err, "creating launch failed")
	}
	defer tx.Rollback()

	var key any
	if l.IdempotencyKey != "" {
		key = l.IdempotencyKey
		// Safe without a race: the writer transaction holds the write lock.
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM launches WHERE idempotency_key = ?`, key).Scan(&n); err != nil {
			return internal(err, "creating launch failed")
		}
		if n > 0 {
			return core.Errorf(core.CodeConflict, "a launch with this idempotency key exists")
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO launches (id, name, source_locale, locales, channels, go_live,
		callback_url, mode, budget, product_count, idempotency_key, request_hash, created_by, created_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		l.ID, l.Name, l.SourceLocale, mustJSON(nonNil(l.Locales)), mustJSON(nonNil(l.Channels)), l.GoLive, l.CallbackURL,
		l.Mode, l.Budget, l.ProductCount, key, l.RequestHash, l.CreatedBy, micros(l.CreatedAt)); err != nil {
		if isUnique(err) {
			return core.Wrap(core.CodeConflict, err, "a launch with this id or idempotency key exists")
		}
		return internal(err, "creating launch failed")
	}

	// Prepared statements in one transaction: thousands of rows in tens of
	// milliseconds, and all-or-nothing.
	ps, err := tx.PrepareContext(ctx, `INSERT INTO products (launch_id, sku, category, collection, data) VALUES (?,?,?,?,?)`)
	if err != nil {
		return internal(err, "creating launch failed")
	}
	defer ps.Close()
	for i := range products {
		p := &products[i]
		if _, err := ps.ExecContext(ctx, l.ID, p.SKU, p.Category, p.Collection, mustJSON(p)); err != nil {
			if isUnique(err) {
				return core.Wrap(core.CodeInvalid, err, fmt.Sprintf("duplicate product sku %q", p.SKU))
			}
			return internal(err, "creating launch failed")
		}
	}
	ds, err := tx.PrepareContext(ctx, `INSERT INTO drafts (`+draftCols+`) VALUES (`+placeholders(21)+`)`)
	if err != nil {
		return internal(err, "creating launch failed")
	}
	defer ds.Close()
	es, err := tx.PrepareContext(ctx, `INSERT INTO draft_events (draft_id, at, event, by, detail) VALUES (?,?,?,?,?)`)
	if err != nil {
		return internal(err, "creating launch failed")
	}
	defer es.Close()
	for _, d := range drafts {
		if _, err := ds.ExecContext(ctx, draftArgs(d)...); err != nil {
			if isUnique(err) {
				return core.Wrap(core.CodeInvalid, err, fmt.Sprintf("duplicate draft for %s/%s/%s", d.SKU, d.Locale, d.Channel))
			}
			return internal(err, "creating launch failed")
		}
		for _, ev := range d.History {
			if _, err := es.ExecContext(ctx, d.ID, micros(ev.At), ev.Event, ev.By, ev.Detail); err != nil {
				return internal(err, "creating launch failed")
			}
		}
	}
	if err := tx.Commit(); err != nil {
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

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

// GetLaunch implements core.Store.
func (s *Store) GetLaunch(ctx context.Context, id string) (*core.Launch, error) {
	return s.launchWhere(ctx, `id = ?`, id)
}

// LaunchByIdempotencyKey implements core.Store.
func (s *Store) LaunchByIdempotencyKey(ctx context.Context, key string) (*core.Launch, error) {
	if key == "" {
		return nil, core.Errorf(core.CodeNotFound, "launch not found")
	}
	return s.launchWhere(ctx, `idempotency_key = ?`, key)
}

func (s *Store) launchWhere(ctx context.Context, where string, arg any) (*core.Launch, error) {
	// One read transaction so the counts match the launch row's snapshot.
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: s.r != s.w})
	if err != nil {
		return nil, internal(err, "reading launch failed")
	}
	defer tx.Rollback()
	l, err := scanLaunch(tx.QueryRowContext(ctx, `SELECT `+launchCols+` FROM launches WHERE `+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "launch not found")
	}
	if err != nil {
		return nil, internal(err, "reading launch failed")
	}
	rows, err := tx.QueryContext(ctx, `SELECT status, count(*), COALESCE(sum(prompt_tokens), 0),
		COALESCE(sum(completion_tokens), 0), COALESCE(sum(cost), 0) FROM drafts WHERE launch_id = ? GROUP BY status`, l.ID)
	if err != nil {
		return nil, internal(err, "reading launch failed")
	}
	defer rows.Close()
	l.Counts = make(map[core.Status]int, len(core.Statuses))
	for _, st := range core.Statuses {
		l.Counts[st] = 0
	}
	for rows.Next() {
		var st string
		var n int
		var u core.Usage
		if err := rows.Scan(&st, &n, &u.PromptTokens, &u.CompletionTokens, &u.Cost); err != nil {
			return nil, internal(err, "reading launch failed")
		}
		l.Counts[core.Status(st)] = n
		l.Usage = l.Usage.Add(u)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err, "reading launch failed")
	}
	l.Status = core.DeriveLaunchStatus(l.Counts)
	return l, nil
}

// GetProduct implements core.Store.
func (s *Store) GetProduct(ctx context.Context, launchID, sku string) (*core.Product, error) {
	var data string
	err := s.r.QueryRowContext(ctx, `SELECT data FROM products WHERE launch_id = ? AND sku = ?`, launchID, sku).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
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

// GetDraft implements core.Store.
func (s *Store) GetDraft(ctx context.Context, id string) (*core.Draft, error) {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: s.r != s.w})
	if err != nil {
		return nil, internal(err, "reading draft failed")
	}
	defer tx.Rollback()
	d, err := getDraft(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if d.History, err = history(ctx, tx, id); err != nil {
		return nil, err
	}
	return d, nil
}

func getDraft(ctx context.Context, q queryer, id string) (*core.Draft, error) {
	d, err := scanDraft(q.QueryRowContext(ctx, `SELECT `+draftCols+` FROM drafts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "draft not found")
	}
	if err != nil {
		return nil, internal(err, "reading draft failed")
	}
	return d, nil
}

func history(ctx context.Context, q queryer, id string) ([]core.Event, error) {
	rows, err := q.QueryContext(ctx, `SELECT at, event, by, detail FROM draft_events WHERE draft_id = ? ORDER BY id`, id)
	if err != nil {
		return nil, internal(err, "reading draft history failed")
	}
	defer rows.Close()
	var evs []core.Event
	for rows.Next() {
		var ev core.Event
		var at int64
		if err := rows.Scan(&at, &ev.Event, &ev.By, &ev.Detail); err != nil {
			return nil, internal(err, "reading draft history failed")
		}
		ev.At = fromMicros(at)
		evs = append(evs, ev)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err, "reading draft history failed")
	}
	return evs, nil
}

// ListDrafts implements core.Store.
func (s *Store) ListDrafts(ctx context.Context, f core.DraftFilter) ([]*core.Draft, string, error) {
	limit := clampLimit(f.Limit)
	var where []string
	var args []any
	if f.LaunchID != "" {
		where, args = append(where, "launch_id = ?"), append(args, f.LaunchID)
	}
	if len(f.Locales) > 0 {
		where = append(where, "locale IN ("+placeholders(len(f.Locales))+")")
		for _, l := range f.Locales {
			args = append(args, l)
		}
	}
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, string(f.Status))
	}
	if f.SKU != "" {
		where, args = append(where, "sku = ?"), append(args, f.SKU)
	}
	if f.Channel != "" {
		where, args = append(where, "channel = ?"), append(args, f.Channel)
	}
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, 1)
		if err != nil {
			return nil, "", err
		}
		where, args = append(where, "id > ?"), append(args, parts[0])
	}
	q := `SELECT ` + draftCols + ` FROM drafts`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id LIMIT " + strconv.Itoa(limit+1)
	drafts, err := queryDrafts(ctx, s.r, q, args...)
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

func queryDrafts(ctx context.Context, q queryer, query string, args ...any) ([]*core.Draft, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, internal(err, "listing drafts failed")
	}
	defer rows.Close()
	drafts := []*core.Draft{}
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, internal(err, "listing drafts failed")
		}
		drafts = append(drafts, d)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err, "listing drafts failed")
	}
	return drafts, nil
}

// UpdateDraft implements core.Store. An empty from allows any status; an
// event with an empty Event name is not recorded.
func (s *Store) UpdateDraft(ctx context.Context, id string, from []core.Status, ev core.Event, mutate func(*core.Draft) error) (*core.Draft, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal(err, "updating draft failed")
	}
	defer tx.Rollback()
	d, err := getDraft(ctx, tx, id)
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
	if _, err := tx.ExecContext(ctx, `UPDATE drafts SET status = ?, text = ?, version = ?, attempts = ?, findings = ?,
		model = ?, style_guide_version = ?, prompt_version = ?, prompt_hash = ?, prompt_tokens = ?,
		completion_tokens = ?, cost = ?, feedback = ?, reason = ?, updated_at = ? WHERE id = ?`,
		string(d.Status), d.Text, d.Version, d.Attempts, mustJSON(d.Findings), d.Model, d.StyleGuideVersion,
		d.PromptVersion, d.PromptHash, d.Usage.PromptTokens, d.Usage.CompletionTokens, d.Usage.Cost,
		d.Feedback, d.Reason, micros(t), d.ID); err != nil {
		return nil, internal(err, "updating draft failed")
	}
	if err := appendEvent(ctx, tx, d.ID, ev, t); err != nil {
		return nil, err
	}
	if d.History, err = history(ctx, tx, d.ID); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
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

func appendEvent(ctx context.Context, tx *sql.Tx, draftID string, ev core.Event, t time.Time) error {
	if ev.Event == "" {
		return nil
	}
	if ev.At.IsZero() {
		ev.At = t
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO draft_events (draft_id, at, event, by, detail) VALUES (?,?,?,?,?)`,
		draftID, micros(norm(ev.At)), ev.Event, ev.By, ev.Detail); err != nil {
		return internal(err, "recording draft event failed")
	}
	return nil
}

const catCols = `id, sku, locale, channel, version, text, draft_id, launch_id, category, collection, published_at`

func scanEntry(sc scanner) (core.CatalogueEntry, string, error) {
	var e core.CatalogueEntry
	var id string
	var at int64
	err := sc.Scan(&id, &e.SKU, &e.Locale, &e.Channel, &e.Version, &e.Text, &e.DraftID, &e.LaunchID,
		&e.Category, &e.Collection, &at)
	e.PublishedAt = fromMicros(at)
	return e, id, err
}

// PublishDraft implements core.Store.
func (s *Store) PublishDraft(ctx context.Context, id string, ev core.Event) (*core.CatalogueEntry, error) {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	defer tx.Rollback()
	d, err := getDraft(ctx, tx, id)
	if err != nil {
		return nil, err
	}
	if d.Status == core.StatusPublished {
		e, _, err := scanEntry(tx.QueryRowContext(ctx, `SELECT `+catCols+` FROM catalogue WHERE draft_id = ? AND draft_version = ?`, d.ID, d.Version))
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
	err = tx.QueryRowContext(ctx, `SELECT category, collection FROM products WHERE launch_id = ? AND sku = ?`,
		d.LaunchID, d.SKU).Scan(&e.Category, &e.Collection)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, internal(err, "publishing draft failed")
	}
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(max(version), 0) + 1 FROM catalogue WHERE sku = ? AND locale = ? AND channel = ?`,
		d.SKU, d.Locale, d.Channel).Scan(&e.Version); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO catalogue (id, sku, locale, channel, version, text, draft_id,
		draft_version, launch_id, category, collection, published_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		newID(), e.SKU, e.Locale, e.Channel, e.Version, e.Text, e.DraftID, d.Version, e.LaunchID,
		e.Category, e.Collection, micros(e.PublishedAt)); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if _, err := tx.ExecContext(ctx, `UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?`,
		string(core.StatusPublished), micros(e.PublishedAt), d.ID); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	if ev.Event == "" {
		ev.Event = "published"
	}
	if err := appendEvent(ctx, tx, d.ID, ev, e.PublishedAt); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, internal(err, "publishing draft failed")
	}
	return &e, nil
}

// StuckDrafts implements core.Store; oldest first.
func (s *Store) StuckDrafts(ctx context.Context, statuses []core.Status, before time.Time, limit int) ([]*core.Draft, error) {
	if len(statuses) == 0 {
		return []*core.Draft{}, nil
	}
	args := make([]any, 0, len(statuses)+1)
	for _, st := range statuses {
		args = append(args, string(st))
	}
	args = append(args, micros(before))
	return queryDrafts(ctx, s.r, `SELECT `+draftCols+` FROM drafts WHERE status IN (`+placeholders(len(statuses))+`)
		AND updated_at < ? ORDER BY updated_at, id LIMIT `+strconv.Itoa(clampLimit(limit)), args...)
}

// ---- catalogue -----------------------------------------------------------

// CatalogueBySKU implements core.Store. A SKU never published gives an empty
// list, not an error.
func (s *Store) CatalogueBySKU(ctx context.Context, sku string) ([]core.CatalogueEntry, error) {
	es, _, err := s.queryEntries(ctx, `SELECT `+catCols+` FROM catalogue c WHERE sku = ? AND version =
		(SELECT max(version) FROM catalogue m WHERE m.sku = c.sku AND m.locale = c.locale AND m.channel = c.channel)
		ORDER BY locale, channel`, sku)
	return es, err
}

func (s *Store) queryEntries(ctx context.Context, q string, args ...any) ([]core.CatalogueEntry, string, error) {
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, "", internal(err, "reading catalogue failed")
	}
	defer rows.Close()
	es := []core.CatalogueEntry{}
	var lastID string
	for rows.Next() {
		e, id, err := scanEntry(rows)
		if err != nil {
			return nil, "", internal(err, "reading catalogue failed")
		}
		es = append(es, e)
		lastID = id
	}
	if err := rows.Err(); err != nil {
		return nil, "", internal(err, "reading catalogue failed")
	}
	return es, lastID, nil
}

// ListCatalogue implements core.Store. Since is inclusive, so a feed reader
// polling with the last time it saw may get that entry again but never
// misses one published in the same microsecond.
func (s *Store) ListCatalogue(ctx context.Context, f core.CatalogueFilter) ([]core.CatalogueEntry, string, error) {
	limit := clampLimit(f.Limit)
	var where []string
	var args []any
	for _, c := range []struct{ col, v string }{{"locale", f.Locale}, {"channel", f.Channel}, {"category", f.Category}, {"collection", f.Collection}} {
		if c.v != "" {
			where, args = append(where, c.col+" = ?"), append(args, c.v)
		}
	}
	if !f.Since.IsZero() {
		where, args = append(where, "published_at >= ?"), append(args, micros(f.Since))
	}
	if f.Cursor != "" {
		parts, err := decodeCursor(f.Cursor, 2)
		if err != nil {
			return nil, "", err
		}
		at, err := strconv.ParseInt(parts[0], 10, 64)
		if err != nil {
			return nil, "", core.Errorf(core.CodeInvalid, "invalid cursor")
		}
		where, args = append(where, "(published_at, id) > (?, ?)"), append(args, at, parts[1])
	}
	q := `SELECT ` + catCols + ` FROM catalogue`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY published_at, id LIMIT " + strconv.Itoa(limit+1)
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, "", internal(err, "reading catalogue failed")
	}
	defer rows.Close()
	es := []core.CatalogueEntry{}
	var ids []string
	for rows.Next() {
		e, id, err := scanEntry(rows)
		if err != nil {
			return nil, "", internal(err, "reading catalogue failed")
		}
		es, ids = append(es, e), append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, "", internal(err, "reading catalogue failed")
	}
	next := ""
	if len(es) > limit {
		es = es[:limit]
		last := es[limit-1]
		next = encodeCursor(strconv.FormatInt(micros(last.PublishedAt), 10), ids[limit-1])
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
	_, err := s.w.ExecContext(ctx, `INSERT INTO tokens (id, name, role, locales, hash, created_at) VALUES (?,?,?,?,?,?)`,
		t.ID, t.Name, string(t.Role), mustJSON(nonNil(t.Locales)), t.Hash, micros(t.CreatedAt))
	if isUnique(err) {
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
	var locales string
	var created int64
	err := s.r.QueryRowContext(ctx, `SELECT id, name, role, locales, hash, created_at FROM tokens WHERE hash = ?`, hash).
		Scan(&t.ID, &t.Name, &t.Role, &locales, &t.Hash, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "token not found")
	}
	if err != nil {
		return nil, internal(err, "reading token failed")
	}
	if err := json.Unmarshal([]byte(locales), &t.Locales); err != nil {
		return nil, internal(err, "reading token failed")
	}
	if len(t.Locales) == 0 {
		t.Locales = nil
	}
	t.CreatedAt = fromMicros(created)
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
	_, err := s.w.ExecContext(ctx, `INSERT INTO style_guides (version, body, created_at, seq)
		VALUES (?, ?, ?, (SELECT COALESCE(max(seq), 0) + 1 FROM style_guides)) ON CONFLICT (version) DO NOTHING`,
		doc.Version, doc.Body, micros(doc.CreatedAt))
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
	return s.styleGuide(ctx, `SELECT version, body, created_at FROM style_guides WHERE version = ?`, version)
}

func (s *Store) styleGuide(ctx context.Context, q string, args ...any) (*core.StyleGuideDoc, error) {
	var doc core.StyleGuideDoc
	var created int64
	err := s.r.QueryRowContext(ctx, q, args...).Scan(&doc.Version, &doc.Body, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, core.Errorf(core.CodeNotFound, "style guide not found")
	}
	if err != nil {
		return nil, internal(err, "reading style guide failed")
	}
	doc.CreatedAt = fromMicros(created)
	return &doc, nil
}

// CachedGeneration implements core.Store.
func (s *Store) CachedGeneration(ctx context.Context, key string) (*core.Generation, error) {
	var data string
	err := s.r.QueryRowContext(ctx, `SELECT generation FROM generation_cache WHERE key = ?`, key).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
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
	_, err := s.w.ExecContext(ctx, `INSERT INTO generation_cache (key, generation, created_at) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET generation = excluded.generation, created_at = excluded.created_at`,
		key, mustJSON(g), micros(now()))
	if err != nil {
		return internal(err, "writing generation cache failed")
	}
	return nil
}
