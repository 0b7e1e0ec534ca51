package sqlstore

import (
	"context"
	"errors"
	"slices"
	"strconv"
)

// nearNumbers is implemented by a dialect whose near-duplicate index files
// texts under integers (SQLite, migrations 00010 and 00018): near_refs
// (n, ref and the columns NearRefs filters on, kept by triggers) and
// near_lists (n, the text's keys as one row). A lookup's candidates come
// from the copy of the index each process keeps in memory (near_memory.go),
// built from the lists; the database reads only the candidates' near_refs
// rows, and neither drafts nor catalogue.
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
// keyed is 0 for a ref filed now: it has no keys to replace. The last
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

// nearLogRekey logs a re-keyed ref's keys before the change under the
// count the change brings (migration 00018), and returns them.
const nearLogRekey = `INSERT INTO near_log (at, n, old)
	VALUES (?, ?, COALESCE((SELECT keys FROM near_lists WHERE n = ?), '')) RETURNING old`

// nearLogKeep is how many of the latest changes near_log keeps; it is cut
// every nearLogPruneEvery changes. A copy further behind (a process that
// did not look up while another wrote this many texts) is built again.
// Variables for tests.
var (
	nearLogKeep       int64 = 1 << 16
	nearLogPruneEvery int64 = 1 << 12
)

// putNearNumbers is PutNearKeys on a nearNumbers dialect: the ref's
// near_refs row, a log row when it was keyed before, and its keys as one
// row of near_lists. A new text's list row goes at the end of the table
// (numbers are filed in increasing order), where the 64 rows a key of
// near_keys (before migration 00018) went to 64 leaf pages at random.
func (q *queries) putNearNumbers(ctx context.Context, ref string, keys []int64) error {
	keys = distinctKeys(keys)
	list := encodeNearList(keys)
	return q.atomically(ctx, func(tx *queries) error {
		var n, clock int64
		var keyed bool
		if err := tx.row(ctx, nearRefRow, ref).Scan(&n, &keyed, &clock); err != nil {
			return wrap(err, "indexing the text failed")
		}
		at := clock + 1
		var old []int64
		if keyed {
			var oldList string
			if err := tx.row(ctx, nearLogRekey, at, n, n).Scan(&oldList); err != nil {
				return wrap(err, "indexing the text failed")
			}
			var err error
			if old, err = decodeNearList(oldList); err != nil {
				return wrap(err, "indexing the text failed")
			}
		}
		if _, err := tx.exec(ctx, `INSERT INTO near_lists (n, keys) VALUES (?, ?)
			ON CONFLICT (n) DO UPDATE SET keys = excluded.keys`, n, list); err != nil {
			return wrap(err, "indexing the text failed")
		}
		if at%nearLogPruneEvery == 0 && at > nearLogKeep {
			cut := at - nearLogKeep
			if _, err := tx.exec(ctx, `DELETE FROM near_log WHERE at <= ?`, cut); err != nil {
				return wrap(err, "indexing the text failed")
			}
			if _, err := tx.exec(ctx, `UPDATE near_clock SET pruned = max(pruned, ?) WHERE id = 1`, cut); err != nil {
				return wrap(err, "indexing the text failed")
			}
		}
		if tx.store.nearMem != nil {
			tx.logNearChange(clock, n, old, keys)
		}
		return nil
	})
}

// distinctKeys are keys ascending, each once (a new slice).
func distinctKeys(keys []int64) []int64 {
	return distinctInPlace(slices.Clone(keys))
}

// distinctInPlace is distinctKeys in keys' own array (reordered).
func distinctInPlace(keys []int64) []int64 {
	slices.Sort(keys)
	return slices.Clip(slices.Compact(keys))
}

// encodeNearList is a list row's keys: a JSON array, empty for none.
func encodeNearList(keys []int64) string {
	if len(keys) == 0 {
		return ""
	}
	b := make([]byte, 0, 21*len(keys)+2)
	b = append(b, '[')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, k, 10)
	}
	return string(append(b, ']'))
}

var errNearList = errors.New("a malformed near-duplicate key list")

// decodeNearList reads encodeNearList's form (and json_group_array's,
// which is the same for integers; spaces allowed).
func decodeNearList(s string) ([]int64, error) {
	return appendNearList(nil, s)
}

// appendNearList appends the keys of list s to dst.
func appendNearList(dst []int64, s string) ([]int64, error) {
	i := skipSpace(s, 0)
	if i == len(s) {
		return dst, nil
	}
	if s[i] != '[' {
		return dst, errNearList
	}
	i = skipSpace(s, i+1)
	if i < len(s) && s[i] == ']' {
		return dst, nil
	}
	for {
		j := i
		if j < len(s) && s[j] == '-' {
			j++
		}
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		k, err := strconv.ParseInt(s[i:j], 10, 64)
		if err != nil {
			return dst, errNearList
		}
		dst = append(dst, k)
		i = skipSpace(s, j)
		if i == len(s) {
			return dst, errNearList
		}
		switch s[i] {
		case ',':
			i = skipSpace(s, i+1)
		case ']':
			if skipSpace(s, i+1) != len(s) {
				return dst, errNearList
			}
			return dst, nil
		default:
			return dst, errNearList
		}
	}
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	return i
}
