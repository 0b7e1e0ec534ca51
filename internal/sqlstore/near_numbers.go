package sqlstore

import (
	"context"
	"strconv"
	"strings"
)

// nearNumbers is implemented by a dialect whose near-duplicate index files
// texts under integers (SQLite, migration 00010): near_keys (key, n) and
// near_refs (n, ref and the columns NearRefs filters on, kept by
// triggers). Its rows are a third the size of (key, ref) rows with a
// 36-character ref, so the 64 rows a draft inserts at random keys dirty
// fewer pages, and a lookup reads neither drafts nor catalogue.
type nearNumbers interface {
	NearNumbers()
}

func (q *queries) nearNumbers() bool {
	_, ok := q.d.(nearNumbers)
	return ok
}

// nearRefRow names ref by its number, with the columns NearRefs filters
// on read from its draft or catalogue entry as they are now (later changes
// follow by the triggers); a ref that is neither is filed, never live.
// keyed is 0 for a ref filed now: it has no keys to delete. The last
// column is near_clock's count before the row (migration 00017): the
// row's trigger adds one to it, which RETURNING does not see (its values
// are the statement's own, before AFTER triggers), for the copy of the
// index in memory (near_memory.go).
const nearRefRow = `INSERT INTO near_refs (ref, catalogue, launch_id, locale, channel, sku, version, live)
	SELECT v.ref, c.id IS NOT NULL, COALESCE(d.launch_id, c.launch_id, ''), COALESCE(d.locale, c.locale, ''),
		COALESCE(d.channel, c.channel, ''), COALESCE(d.sku, c.sku, ''), COALESCE(d.version, 0),
		COALESCE(d.status <> 'failed' AND d.text <> '', c.text <> '', 0)
	FROM (SELECT ? AS ref) v LEFT JOIN drafts d ON d.id = v.ref LEFT JOIN catalogue c ON c.id = v.ref WHERE true
	ON CONFLICT (ref) DO UPDATE SET catalogue = excluded.catalogue, launch_id = excluded.launch_id,
		locale = excluded.locale, channel = excluded.channel, sku = excluded.sku, version = excluded.version,
		live = excluded.live, keyed = 1
	RETURNING n, keyed, (SELECT v FROM near_clock WHERE id = 1)`

// putNearNumbers is PutNearKeys on a nearNumbers dialect.
func (q *queries) putNearNumbers(ctx context.Context, ref string, keys []int64) error {
	return q.atomically(ctx, func(tx *queries) error {
		var n, clock int64
		var keyed bool
		if err := tx.row(ctx, nearRefRow, ref).Scan(&n, &keyed, &clock); err != nil {
			return wrap(err, "indexing the text failed")
		}
		var old []int64
		switch {
		case keyed && tx.store.nearMem != nil:
			// The copy in memory (near_memory.go) is told the keys gone.
			var err error
			if old, err = tx.deleteNearKeys(ctx, n); err != nil {
				return wrap(err, "indexing the text failed")
			}
		case keyed:
			if _, err := tx.exec(ctx, `DELETE FROM near_keys WHERE n = ?`, n); err != nil {
				return wrap(err, "indexing the text failed")
			}
		}
		if tx.store.nearMem != nil {
			tx.logNearChange(clock, n, old, keys)
		}
		if len(keys) == 0 {
			return nil
		}
		var b strings.Builder
		b.WriteString("INSERT INTO near_keys (key, n) VALUES ")
		args := make([]any, 0, 2*len(keys))
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("(?,?)")
			args = append(args, k, n)
		}
		b.WriteString(" ON CONFLICT (key, n) DO NOTHING")
		// One text for a given number of keys (almost always 64): kept
		// prepared where the store prepares.
		if _, err := tx.exec(ctx, b.String(), args...); err != nil {
			return wrap(err, "indexing the text failed")
		}
		return nil
	})
}

// nearNumbersQuery is nearQuery on a nearNumbers dialect: the same
// candidates (at most perKey numbers a key, the limit that share the most
// keys, ties by number), named through near_refs, which the candidates drive
// (CROSS JOIN keeps that order on SQLite); refs filters them on near_refs'
// columns, the texts come from drafts and catalogue by ID.
func nearNumbersQuery(keys, perKey, limit int, refs bool) string {
	var b strings.Builder
	per := strconv.Itoa(perKey)
	materialized := "MATERIALIZED " // read twice below: named once
	if refs {
		materialized = ""
	}
	b.WriteString("WITH g AS (SELECT n, count(*) AS c FROM (")
	for i := range keys {
		if i > 0 {
			b.WriteString(" UNION ALL ")
		}
		b.WriteString("SELECT n FROM (SELECT n FROM near_keys WHERE key = ? LIMIT " + per + ") k" + strconv.Itoa(i))
	}
	// Ties are broken by number (the order texts were first indexed), not
	// by ref as on PostgreSQL: by ref, every candidate (a few hundred) was
	// looked up in near_refs before the limit, half the lookup's time.
	b.WriteString(") h GROUP BY n ORDER BY c DESC, n LIMIT " + strconv.Itoa(limit) + "),\n\tt AS " + materialized + "(SELECT r.*, g.c FROM g CROSS JOIN near_refs r WHERE r.n = g.n)")
	if refs {
		b.WriteString(`
		SELECT ref, catalogue, sku, version FROM t WHERE live AND (
			(catalogue = 0 AND launch_id = ? AND locale = ? AND channel = ? AND sku <> ?)
			OR (catalogue = 1 AND locale = ? AND channel = ? AND sku <> ?))`)
	} else {
		b.WriteString(`
		SELECT t.ref, t.c, 0, d.launch_id, d.sku, d.locale, d.channel, d.text, d.status FROM t CROSS JOIN drafts d WHERE d.id = t.ref
		UNION ALL
		SELECT t.ref, t.c, 1, c.launch_id, c.sku, c.locale, c.channel, c.text, 'published' FROM t CROSS JOIN catalogue c WHERE c.id = t.ref`)
	}
	return b.String()
}

// deleteNearKeys deletes number n's keys and returns them.
func (q *queries) deleteNearKeys(ctx context.Context, n int64) ([]int64, error) {
	rows, err := q.query(ctx, `DELETE FROM near_keys WHERE n = ? RETURNING key`, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var old []int64
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		old = append(old, k)
	}
	return old, rows.Err()
}
