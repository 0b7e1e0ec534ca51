package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
)

// int64Arrays is implemented by a dialect whose driver takes a []int64
// argument as an array (PostgreSQL): a batch's keys go in one statement
// (putNearSets).
type int64Arrays interface {
	Int64Array(v []int64) any
}

// PutNearKeys implements core.TxStore.
func (q *queries) PutNearKeys(ctx context.Context, ref string, keys []int64) error {
	if a, ok := q.d.(int64Arrays); ok && q.nearSetsOn() {
		return q.putNearSets(ctx, a, []core.NearKeys{{Ref: ref, Keys: keys}})
	}
	if q.nearNumbers() {
		return q.putNearNumbers(ctx, ref, keys)
	}
	return q.atomically(ctx, func(tx *queries) error {
		if _, err := tx.exec(ctx, `DELETE FROM near_keys WHERE ref = ?`, ref); err != nil {
			return wrap(err, "indexing the text failed")
		}
		if len(keys) == 0 {
			return nil
		}
		var b strings.Builder
		b.WriteString("INSERT INTO near_keys (key, ref) VALUES ")
		args := make([]any, 0, 2*len(keys))
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("(?,?)")
			args = append(args, k, ref)
		}
		b.WriteString(" ON CONFLICT (key, ref) DO NOTHING")
		// One text for a given number of keys (almost always 64): kept
		// prepared where the store prepares.
		if _, err := tx.exec(ctx, b.String(), args...); err != nil {
			return wrap(err, "indexing the text failed")
		}
		return nil
	})
}

// PutNearKeysMany implements core.TxStore: on PostgreSQL one statement
// for every ref (near_put, migration 00016: each ref's keys as one row);
// elsewhere PutNearKeys for each, whose statements cost no round trip.
func (q *queries) PutNearKeysMany(ctx context.Context, items []core.NearKeys) error {
	items = lastNearKeys(items)
	if len(items) == 0 {
		return nil
	}
	if a, ok := q.d.(int64Arrays); ok && q.nearSetsOn() {
		return q.putNearSets(ctx, a, items)
	}
	return q.atomically(ctx, func(tx *queries) error {
		for _, it := range items {
			if err := tx.PutNearKeys(ctx, it.Ref, it.Keys); err != nil {
				return err
			}
		}
		return nil
	})
}

// lastNearKeys keeps each ref's last item, in the order of the refs' first
// items: what PutNearKeys for each in turn would leave.
func lastNearKeys(items []core.NearKeys) []core.NearKeys {
	at := make(map[string]int, len(items))
	out := make([]core.NearKeys, 0, len(items))
	for _, it := range items {
		if i, seen := at[it.Ref]; seen {
			out[i] = it
			continue
		}
		at[it.Ref] = len(out)
		out = append(out, it)
	}
	return out
}

// nearQueries caches the NearTexts and NearRefs queries by (number of
// keys, perKey, limit, which): the text is the same for every check of a
// launch.
var nearQueries sync.Map

// nearQuery reads at most perKey refs of each key (one index range scan
// each: a key that boilerplate gives half a launch costs perKey rows, not
// half the launch), keeps the limit refs that share the most keys, and
// joins their drafts and catalogue entries (with their texts, or, refs,
// the NearRefs columns of those a NearFilter keeps): an index of key rows
// (near_keys), which neither store has now (SQLite's lookups go through
// near_numbers.go and near_memory.go, PostgreSQL's through near_sets.go).
func nearQuery(keys, perKey, limit int, refs bool) string {
	id := fmt.Sprintf("%d/%d/%d/%v", keys, perKey, limit, refs)
	if s, ok := nearQueries.Load(id); ok {
		return s.(string)
	}
	var b strings.Builder
	per := strconv.Itoa(perKey)
	b.WriteString("WITH t AS (SELECT ref, count(*) AS n FROM (")
	for i := range keys {
		if i > 0 {
			b.WriteString(" UNION ALL ")
		}
		b.WriteString("SELECT ref FROM (SELECT ref FROM near_keys WHERE key = ? LIMIT " + per + ") k" + strconv.Itoa(i))
	}
	b.WriteString(") h GROUP BY ref ORDER BY n DESC, ref LIMIT " + strconv.Itoa(limit) + ")")
	// The candidates drive the join: at most limit rows, each found by its
	// ID. Without stored statistics SQLite's planner prefers the other
	// order for NearRefs (every draft of the launch through
	// drafts_launch_status, each probed in t): a read that grows with the
	// launch, most of the embedded process's time at 10,000 drafts
	// (docs/PERFORMANCE.md). SQLite keeps a CROSS JOIN's order as written.
	join := func(table, alias, cols string) string {
		return " FROM t CROSS JOIN " + table + " " + alias + " WHERE " + alias + ".id = t.ref"
	}
	and := " AND "
	if refs {
		b.WriteString(`
		SELECT t.ref, 0, d.sku, d.version` + join("drafts", "d", "launch_id, locale, channel, sku, status, text, version") + `
			` + and + `d.launch_id = ? AND d.locale = ? AND d.channel = ? AND d.sku <> ? AND d.status <> 'failed' AND d.text <> ''
		UNION ALL
		SELECT t.ref, 1, c.sku, 0` + join("catalogue", "c", "locale, channel, sku, text") + `
			` + and + `c.locale = ? AND c.channel = ? AND c.sku <> ? AND c.text <> ''`)
	} else {
		b.WriteString(`
		SELECT t.ref, t.n, 0, d.launch_id, d.sku, d.locale, d.channel, d.text, d.status` + join("drafts", "d", "launch_id, sku, locale, channel, text, status") + `
		UNION ALL
		SELECT t.ref, t.n, 1, c.launch_id, c.sku, c.locale, c.channel, c.text, 'published'` + join("catalogue", "c", "launch_id, sku, locale, channel, text"))
	}
	s := b.String()
	nearQueries.Store(id, s)
	return s
}

// nearKeyArgs are keys as nearQuery's arguments.
func (q *queries) nearKeyArgs(keys []int64) []any {
	args := make([]any, len(keys), len(keys)+7)
	for i, k := range keys {
		args[i] = k
	}
	return args
}

// NearTexts implements core.TxStore.
func (q *queries) NearTexts(ctx context.Context, keys []int64, perKey, limit int) ([]core.NearText, error) {
	out := []core.NearText{}
	if len(keys) == 0 || perKey <= 0 || limit <= 0 {
		return out, nil
	}
	if q.nearNumbers() {
		return q.nearTextsNumbers(ctx, keys, perKey, limit)
	}
	if q.nearSetsOn() {
		return q.nearTextsSets(ctx, keys, perKey, limit)
	}
	args := q.nearKeyArgs(keys)
	rows, err := q.query(ctx, nearQuery(len(keys), perKey, limit, false), args...)
	return scanRows(rows, err, out, "finding near-duplicate candidates failed", func(t *core.NearText, cat *int) []any {
		return []any{&t.Ref, &t.Shared, cat, &t.LaunchID, &t.SKU, &t.Locale, &t.Channel, &t.Text, &t.Status}
	}, func(t *core.NearText, cat int) { t.Catalogue = cat == 1 })
}

// scanRows reads every row of a candidates query into out: dest gives the
// row's scan targets (the catalogue flag is read into cat, then set).
func scanRows[T any](rows *sql.Rows, err error, out []T, msg string, dest func(*T, *int) []any, setCat func(*T, int)) ([]T, error) {
	if err != nil {
		return nil, wrap(err, msg)
	}
	defer rows.Close()
	// One row's destinations for every row (each row's own would escape
	// to the heap, a few allocations a row); the row is copied out.
	var t T
	var cat int
	ds := dest(&t, &cat)
	for rows.Next() {
		var zero T
		t, cat = zero, 0
		if err := rows.Scan(ds...); err != nil {
			return nil, wrap(err, msg)
		}
		setCat(&t, cat)
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, wrap(err, msg)
	}
	return out, nil
}

// NearRefs implements core.TxStore: four narrow columns a row, the filter
// applied in the statement after the same limit as NearTexts.
func (q *queries) NearRefs(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	if len(keys) == 0 || perKey <= 0 || limit <= 0 {
		return []core.NearRef{}, nil
	}
	if q.nearNumbers() {
		return q.nearRefsNumbers(ctx, keys, perKey, limit, f, true)
	}
	if q.nearSetsOn() {
		if !q.inTx && q.lookupConn == nil && q.store.opts.Pipeline != nil && !nearBatchOff {
			return q.nearRefsShared(ctx, keys, perKey, limit, f)
		}
		return q.nearRefsSets(ctx, keys, perKey, limit, f, true)
	}
	return q.nearRefsTable(ctx, keys, perKey, limit, f)
}

// nearRefsTable is NearRefs read from the index's table (not SQLite's:
// nearRefsNumbers).
func (q *queries) nearRefsTable(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	out := make([]core.NearRef, 0, min(limit, 256)) // at most limit rows: one array, not six growing
	args := q.nearKeyArgs(keys)
	args = append(args, f.LaunchID, f.Locale, f.Channel, f.SKU, f.Locale, f.Channel, f.SKU)
	rows, err := q.query(ctx, nearQuery(len(keys), perKey, limit, true), args...)
	return scanRows(rows, err, out, "finding near-duplicate candidates failed", func(t *core.NearRef, cat *int) []any {
		return []any{&t.Ref, cat, &t.SKU, &t.Version}
	}, setRefCatalogue)
}

func setRefCatalogue(t *core.NearRef, cat int) { t.Catalogue = cat == 1 }

// NearRefsOf implements core.TxStore: NearRefs' filter over the refs a
// NearIndex of core's own found, one statement. Each ref is one probe of
// the drafts' primary key, and of the catalogue's only when no draft has
// it, whatever the statistics say (the LATERAL subqueries with LIMIT 1 of
// nearQuery, PostgreSQL), or in the order written (SQLite keeps a CROSS
// JOIN's order).
func (q *queries) NearRefsOf(ctx context.Context, refs []string, f core.NearFilter) ([]core.NearRef, error) {
	out := make([]core.NearRef, 0, len(refs))
	if len(refs) == 0 {
		return out, nil
	}
	query := `SELECT r.ref, CASE WHEN d.found THEN 0 ELSE 1 END, COALESCE(d.sku, c.sku), COALESCE(d.version, 0)
		FROM unnest(?::text[]) AS r(ref)
		LEFT JOIN LATERAL (SELECT true AS found, launch_id, locale, channel, sku, status, text, version
			FROM drafts WHERE drafts.id = r.ref LIMIT 1) d ON true
		LEFT JOIN LATERAL (SELECT locale, channel, sku, text FROM catalogue WHERE d.found IS NULL AND catalogue.id = r.ref LIMIT 1) c ON true
		WHERE (d.launch_id = ? AND d.locale = ? AND d.channel = ? AND d.sku <> ? AND d.status <> 'failed' AND d.text <> '')
			OR (c.locale = ? AND c.channel = ? AND c.sku <> ? AND c.text <> '')`
	args := []any{q.d.Array(refs), f.LaunchID, f.Locale, f.Channel, f.SKU, f.Locale, f.Channel, f.SKU}
	if !q.d.Numbered() {
		query = `SELECT d.id, 0, d.sku, d.version FROM json_each(?) AS r CROSS JOIN drafts d
			WHERE d.id = r.value AND d.launch_id = ? AND d.locale = ? AND d.channel = ? AND d.sku <> ? AND d.status <> 'failed' AND d.text <> ''
		UNION ALL
		SELECT c.id, 1, c.sku, 0 FROM json_each(?) AS r CROSS JOIN catalogue c
			WHERE c.id = r.value AND c.locale = ? AND c.channel = ? AND c.sku <> ? AND c.text <> ''`
		args = []any{q.d.Array(refs), f.LaunchID, f.Locale, f.Channel, f.SKU, q.d.Array(refs), f.Locale, f.Channel, f.SKU}
	}
	rows, err := q.query(ctx, query, args...)
	return scanRows(rows, err, out, "finding near-duplicate candidates failed", func(t *core.NearRef, cat *int) []any {
		return []any{&t.Ref, cat, &t.SKU, &t.Version}
	}, setRefCatalogue)
}

// NearTextsOf implements core.TxStore: each text with its stored
// signature (migration 00012).
func (q *queries) NearTextsOf(ctx context.Context, refs []string) ([]core.NearRef, error) {
	return q.NearEntriesOf(ctx, refs, nil)
}

// NearEntriesOf implements core.NearEntriesReader: NearTextsOf with each
// row's entry made by dec (nil: none) as it is read.
func (q *queries) NearEntriesOf(ctx context.Context, refs []string, dec core.NearEntryDecoder) ([]core.NearRef, error) {
	if len(refs) == 0 {
		return []core.NearRef{}, nil
	}
	if q.store.opts.Pipeline != nil && !q.inTx && q.lookupConn == nil && !nearBatchOff {
		return q.nearTextsShared(ctx, refs, dec)
	}
	return q.nearTextsOf(ctx, refs, dec)
}

// rawColumn is a column scanned through pgx without a copy
// (pgtype.BytesScanner): b is the row's own bytes (nil for NULL), valid
// until the next row.
type rawColumn struct{ b []byte }

func (c *rawColumn) ScanBytes(b []byte) error {
	c.b = b
	return nil
}

// nearEntry gives t the entry dec makes of sig, t's stored signature,
// where t has a text (hasText) and dec makes one: then t keeps neither
// text nor signature.
func nearEntry(t *core.NearRef, hasText bool, sig []byte, dec core.NearEntryDecoder) bool {
	if dec == nil || !hasText || len(sig) == 0 {
		return false
	}
	if e := dec.NearEntry(t.Ref, t.Catalogue, t.Version, sig); e != nil {
		t.Entry, t.Text, t.Sig = e, "", nil
		return true
	}
	return false
}

// nearTextsOf is NearEntriesOf in a statement of its own.
func (q *queries) nearTextsOf(ctx context.Context, refs []string, dec core.NearEntryDecoder) ([]core.NearRef, error) {
	out := []core.NearRef{}
	if len(refs) == 0 {
		return out, nil
	}
	dCond, dArgs := q.inListPlanned("id", refs)
	cCond, cArgs := q.inListPlanned("id", refs)
	query := `SELECT id, 0, text, version, near_sig FROM drafts WHERE ` + dCond + `
		UNION ALL SELECT id, 1, text, 0, near_sig FROM catalogue WHERE ` + cCond
	args := append(dArgs, cArgs...)
	const msg = "reading near-duplicate candidates failed"
	setCat := func(t *core.NearRef, cat int) {
		t.Catalogue = cat == 1
		if len(t.Sig) == 0 {
			t.Sig = nil
		}
	}
	if q.store.opts.Pipeline != nil && !q.inTx && q.lookupConn == nil {
		// Through pgx on a connection of its own, as the lookup's
		// statement (lookupRows): database/sql's rows cost the worker a
		// driver value a column and a copy of each signature (#17). The
		// text and the signature are read from the row's own bytes: a
		// row dec makes an entry of copies neither (perf39).
		out = make([]core.NearRef, 0, len(refs))
		err := q.onLookupConn(ctx, msg, func(on *queries) error {
			out = out[:0]
			return on.lookupRows(ctx, msg, query, args, func(next func() bool, scan func(dest ...any) error) error {
				var t core.NearRef
				var cat int
				var text, sig rawColumn
				dest := []any{&t.Ref, &cat, &text, &t.Version, &sig}
				for next() {
					t, cat, text, sig = core.NearRef{}, 0, rawColumn{}, rawColumn{}
					if err := scan(dest...); err != nil {
						return wrap(err, msg)
					}
					if text.b == nil {
						return wrap(errors.New("a NULL text"), msg)
					}
					t.Catalogue = cat == 1
					if !nearEntry(&t, len(text.b) > 0, sig.b, dec) {
						t.Text = string(text.b)
						if len(sig.b) > 0 {
							t.Sig = bytes.Clone(sig.b)
						}
					}
					out = append(out, t)
				}
				return nil
			})
		})
		if err != nil {
			return nil, err
		}
		return out, nil
	}
	rows, err := q.query(ctx, query, args...)
	out, err = scanRows(rows, err, out, msg, func(t *core.NearRef, cat *int) []any {
		return []any{&t.Ref, cat, &t.Text, &t.Version, &t.Sig}
	}, setCat)
	if err != nil || dec == nil {
		return out, err
	}
	for i := range out {
		t := &out[i]
		nearEntry(t, t.Text != "", t.Sig, dec)
	}
	return out, nil
}

// onLookupConn runs fn with q on a connection of the read pool held for
// it (lookupConn: its statement goes through Options.Pipeline), once
// more on another connection if the first failed for a transient reason
// (as query retries a read).
func (q *queries) onLookupConn(ctx context.Context, msg string, fn func(on *queries) error) error {
	try := func() error {
		c, err := q.store.opts.Read.Conn(ctx)
		if err != nil {
			return wrap(err, msg)
		}
		defer c.Close()
		on := *q
		on.read, on.lookupConn = c, c
		return fn(&on)
	}
	err := try()
	if err != nil && Transient(err) && ctx.Err() == nil {
		err = try()
	}
	return err
}
