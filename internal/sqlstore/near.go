package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
)

// int64Arrays is implemented by a dialect whose driver takes a []int64
// argument as an array and whose WITH may hold a DELETE (PostgreSQL): there
// a text's keys are rewritten in one statement, one round trip.
type int64Arrays interface {
	Int64Array(v []int64) any
}

// PutNearKeys implements core.TxStore.
func (q *queries) PutNearKeys(ctx context.Context, ref string, keys []int64) error {
	if a, ok := q.d.(int64Arrays); ok {
		return q.putNearKeyArrays(ctx, a, []core.NearKeys{{Ref: ref, Keys: keys}})
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
// for every ref (the keys a ref no longer has go, its new ones come);
// elsewhere PutNearKeys for each, whose statements cost no round trip.
func (q *queries) PutNearKeysMany(ctx context.Context, items []core.NearKeys) error {
	items = lastNearKeys(items)
	if len(items) == 0 {
		return nil
	}
	if a, ok := q.d.(int64Arrays); ok {
		return q.putNearKeyArrays(ctx, a, items)
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

// putNearKeyArrays replaces the keys of each item's ref (each ref once) in
// one statement, on PostgreSQL. A ref's keys are also kept as one row of
// near_key_sets (migration 00013), so the keys it no longer has are found
// there and deleted through near_keys_pkey, one probe each, instead of
// through an index on ref that each of the 64 rows a draft inserts had to
// enter; a ref seen for the first time (a draft's first text) has none.
// Each key names its ref by its place in refs (1-based), not by the ref's
// text: 64 keys a ref sent the same 36-character ID 64 times, to be
// encoded here and parsed by the server as a text array.
func (q *queries) putNearKeyArrays(ctx context.Context, a int64Arrays, items []core.NearKeys) error {
	refs := make([]string, len(items))
	n := 0
	for _, it := range items {
		n += len(it.Keys)
	}
	keys, keyRefs := make([]int64, 0, n), make([]int64, 0, n)
	for i, it := range items {
		refs[i] = it.Ref
		for _, k := range it.Keys {
			keys = append(keys, k)
			keyRefs = append(keyRefs, int64(i+1))
		}
	}
	// near_put (migration 00014) reads the old keys from near_key_sets
	// before any part of its statement writes (one snapshot), then the
	// three writes touch disjoint rows: the keys gone, the refs' key sets,
	// the keys new. The new key rows are inserted plainly (no speculative
	// insertion: a probe of near_keys_pkey and a WAL record fewer a row);
	// where one is already there (a ref written by two transactions at
	// once, which core never does: each draft's keys are written under its
	// row lock) the statement runs again with ON CONFLICT DO NOTHING, so
	// it does not fail.
	if err := q.execCheck(ctx, "indexing the texts failed", nil, `SELECT near_put(?::text[], ?::bigint[], ?::bigint[])`,
		q.d.Array(refs), a.Int64Array(keys), a.Int64Array(keyRefs)); err != nil {
		return err
	}
	q.store.nearRowsWritten(len(keys))
	return nil
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
// the NearRefs columns of those a NearFilter keeps). With arrays (PostgreSQL)
// the keys are one array parameter, whatever their number.
func nearQuery(keys, perKey, limit int, refs, arrays bool) string {
	id := fmt.Sprintf("%d/%d/%d/%v/%v", keys, perKey, limit, refs, arrays)
	if s, ok := nearQueries.Load(id); ok {
		return s.(string)
	}
	var b strings.Builder
	per := strconv.Itoa(perKey)
	if arrays {
		// PostgreSQL: near_candidates (migration 00011) reads each key's
		// first perKey refs by ref, one range scan of near_keys_pkey each
		// whatever the statistics (a bitmap scan read every ref of a key).
		keys := "?::bigint[]"
		if refs {
			// NearRefs: the published copy's keys (the last of them,
			// NearFilter.CatalogueKeys) are left out where the locale,
			// channel and category have no catalogue entry, so none can
			// be filed under them (one probe of catalogue_scope,
			// migration 00013, for 64 of near_keys_pkey that find
			// nothing: a new market's, a new category's, a first launch's).
			keys = `trim_array(?::bigint[], CASE WHEN EXISTS (SELECT 1 FROM catalogue
				WHERE locale = ? AND channel = ? AND category = ?) THEN 0 ELSE ?::int END)`
		}
		b.WriteString("WITH t AS (SELECT c.ref, c.n FROM near_candidates(" + keys + ", " + per + ", " + strconv.Itoa(limit) + ") AS c(ref, n))")
	} else {
		b.WriteString("WITH t AS (SELECT ref, count(*) AS n FROM (")
		for i := range keys {
			if i > 0 {
				b.WriteString(" UNION ALL ")
			}
			b.WriteString("SELECT ref FROM (SELECT ref FROM near_keys WHERE key = ? LIMIT " + per + ") k" + strconv.Itoa(i))
		}
		b.WriteString(") h GROUP BY ref ORDER BY n DESC, ref LIMIT " + strconv.Itoa(limit) + ")")
	}
	// The candidates drive the join: at most limit rows, each found by its
	// ID. Without stored statistics SQLite's planner prefers the other
	// order for NearRefs (every draft of the launch through
	// drafts_launch_status, each probed in t): a read that grows with the
	// launch, most of the embedded process's time at 10,000 drafts
	// (docs/PERFORMANCE.md). SQLite keeps a CROSS JOIN's order as written.
	// PostgreSQL does the same wrong thing while a launch's drafts have no
	// statistics yet (a new schema, a launch just copied in, autovacuum
	// behind): it read every draft of the launch, locale and channel
	// through their unique index into a hash (4,600 buffers a check at
	// 10,000 drafts, docs/PERFORMANCE.md). There each candidate's row is
	// read in a LATERAL subquery with LIMIT 1 (the ID is unique, so the
	// limit changes no answer): a subquery with a LIMIT is neither pulled
	// up nor given the outer conditions, so it is one probe of the primary
	// key per candidate whatever the statistics say, and the filter is
	// applied to the row found.
	join := func(table, alias, cols string) string {
		if arrays {
			return " FROM t CROSS JOIN LATERAL (SELECT " + cols + " FROM " + table + " WHERE " + table + ".id = t.ref LIMIT 1) " + alias
		}
		return " FROM t CROSS JOIN " + table + " " + alias + " WHERE " + alias + ".id = t.ref"
	}
	and := " AND "
	if arrays {
		and = " WHERE "
	}
	if refs && arrays {
		// PostgreSQL: a ref is a draft's or a catalogue entry's ID (never
		// both), so the catalogue is probed only for a ref no draft has:
		// the condition on the draft probe's row is a constant inside the
		// catalogue's subquery, a one-time filter that skips its index
		// scan (64 probes of catalogue_pkey a check that found nothing in
		// a launch's lookup, docs/PERFORMANCE.md).
		b.WriteString(`
		SELECT t.ref, CASE WHEN d.found THEN 0 ELSE 1 END, COALESCE(d.sku, c.sku), COALESCE(d.version, 0)
		FROM t LEFT JOIN LATERAL (SELECT true AS found, launch_id, locale, channel, sku, status, text, version
			FROM drafts WHERE drafts.id = t.ref LIMIT 1) d ON true
		LEFT JOIN LATERAL (SELECT locale, channel, sku, text FROM catalogue WHERE d.found IS NULL AND catalogue.id = t.ref LIMIT 1) c ON true
		WHERE (d.launch_id = ? AND d.locale = ? AND d.channel = ? AND d.sku <> ? AND d.status <> 'failed' AND d.text <> '')
			OR (c.locale = ? AND c.channel = ? AND c.sku <> ? AND c.text <> '')`)
	} else if refs {
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
func (q *queries) nearKeyArgs(keys []int64) ([]any, bool) {
	if a, ok := q.d.(int64Arrays); ok {
		return []any{a.Int64Array(keys)}, true
	}
	args := make([]any, len(keys), len(keys)+7)
	for i, k := range keys {
		args[i] = k
	}
	return args, false
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
	args, arrays := q.nearKeyArgs(keys)
	rows, err := q.query(ctx, nearQuery(len(keys), perKey, limit, false, arrays), args...)
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
	for rows.Next() {
		var t T
		var cat int
		if err := rows.Scan(dest(&t, &cat)...); err != nil {
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
	return q.nearRefsTable(ctx, keys, perKey, limit, f)
}

// nearRefsTable is NearRefs read from the index's table (not SQLite's:
// nearRefsNumbers).
func (q *queries) nearRefsTable(ctx context.Context, keys []int64, perKey, limit int, f core.NearFilter) ([]core.NearRef, error) {
	out := make([]core.NearRef, 0, min(limit, 256)) // at most limit rows: one array, not six growing
	args, arrays := q.nearKeyArgs(keys)
	if arrays {
		args = append(args, f.Locale, f.Channel, f.Category, min(max(f.CatalogueKeys, 0), len(keys)))
	}
	args = append(args, f.LaunchID, f.Locale, f.Channel, f.SKU, f.Locale, f.Channel, f.SKU)
	rows, err := q.query(ctx, nearQuery(len(keys), perKey, limit, true, arrays), args...)
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
	out := []core.NearRef{}
	if len(refs) == 0 {
		return out, nil
	}
	dCond, dArg := q.inList("id", refs)
	cCond, cArg := q.inList("id", refs)
	rows, err := q.query(ctx, `SELECT id, 0, text, version, near_sig FROM drafts WHERE `+dCond+`
		UNION ALL SELECT id, 1, text, 0, near_sig FROM catalogue WHERE `+cCond, dArg, cArg)
	return scanRows(rows, err, out, "reading near-duplicate candidates failed", func(t *core.NearRef, cat *int) []any {
		return []any{&t.Ref, cat, &t.Text, &t.Version, &t.Sig}
	}, func(t *core.NearRef, cat int) {
		t.Catalogue = cat == 1
		if len(t.Sig) == 0 {
			t.Sig = nil
		}
	})
}
