package postgres

import (
	"database/sql"
	"errors"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"
)

// dialect is PostgreSQL's side of sqlstore.Dialect: $n placeholders,
// text[] lists, timestamptz times, SELECT ... FOR UPDATE row locks and
// transaction-scoped advisory locks.
type dialect struct{}

func (dialect) Numbered() bool { return true }

// Array is a text[] argument in PostgreSQL's text form ({"a","b"}), one
// string: pgx sends a string as it is, where a []string is encoded an
// element at a time into buffers it grows as it goes (a lookup's 64 refs
// were ~5% of a worker's allocated bytes, #17). The string is made only
// where pgx encodes the argument (textArrayArg's TextValue, database/sql's
// statements); a pipeline's binder writes the text form straight into its
// buffer (appendTextArray: the string was 3% of a 10,000-draft launch's
// worker allocations, perf38).
func (dialect) Array(v []string) any { return textArrayArg(v) }

// textArrayArg is Array's argument: v for a text[] parameter, in its text
// form.
type textArrayArg []string

// TextValue implements pgtype.TextValuer: pgx's text format (text[]'s
// preferred one) sends the text form, as the string Array was.
func (a textArrayArg) TextValue() (pgtype.Text, error) {
	return pgtype.Text{String: textArray(a), Valid: true}, nil
}

// appendTextArray appends v's text form, textArray's, to buf.
func appendTextArray(buf []byte, v []string) []byte {
	n := 2
	for _, s := range v {
		n += len(s) + 3
	}
	buf = slices.Grow(buf, n)
	buf = append(buf, '{')
	for i, s := range v {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, '"')
		if needsEscape(s) {
			for j := 0; j < len(s); j++ {
				if s[j] == '"' || s[j] == '\\' {
					buf = append(buf, '\\')
				}
				buf = append(buf, s[j])
			}
		} else {
			buf = append(buf, s...)
		}
		buf = append(buf, '"')
	}
	return append(buf, '}')
}

// needsEscape reports whether s holds a double quote or a backslash: two
// scans of IndexByte (vectorised), where strings.ContainsAny's byte loop
// was 0.7% of a PostgreSQL worker's CPU samples over a launch's refs
// (#17, perf38).
func needsEscape(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.IndexByte(s, '\\') >= 0
}

// textArray writes v as array_in reads it: each element in double quotes,
// a double quote or backslash in it escaped with a backslash.
func textArray(v []string) string {
	n := 2
	for _, s := range v {
		n += len(s) + 3
	}
	var b strings.Builder
	b.Grow(n)
	b.WriteByte('{')
	for i, s := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('"')
		if needsEscape(s) {
			for j := 0; j < len(s); j++ {
				if s[j] == '"' || s[j] == '\\' {
					b.WriteByte('\\')
				}
				b.WriteByte(s[j])
			}
		} else {
			b.WriteString(s)
		}
		b.WriteByte('"')
	}
	b.WriteByte('}')
	return b.String()
}

// Int64Array is a []int64 argument (bigint[]): sqlstore rewrites a text's
// near-duplicate keys in one statement with it.
func (dialect) Int64Array(v []int64) any { return v }

// NearSets: the near-duplicate index is near_key_sets with near_log
// (migration 00016), and each process keeps a copy of it in memory.
func (dialect) NearSets() {}

// ScanInt64Array is a destination for a bigint[] column.
func (dialect) ScanInt64Array(dst *[]int64) any { return &int64ArrayScanner{dst: dst} }

type int64ArrayScanner struct{ dst *[]int64 }

func (a *int64ArrayScanner) Scan(src any) error {
	m := maps.Get().(*pgtype.Map)
	defer maps.Put(m)
	return m.SQLScanner(a.dst).Scan(src)
}

func (dialect) ScanArray(dst *[]string) any {
	return &arrayScanner{dst: dst}
}
func (dialect) Time(t time.Time) any        { return t.UTC() }
func (dialect) ScanTime(dst *time.Time) any { return utcTime{dst} }
func (dialect) ForUpdate() string           { return " FOR UPDATE" }
func (dialect) LockKey() string             { return `SELECT pg_advisory_xact_lock(hashtextextended(?, 0))` }
func (dialect) IsUnique(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
func (dialect) ColumnsQuery() string {
	return `SELECT table_name::text, column_name::text FROM information_schema.columns
		WHERE table_schema = current_schema() AND table_name <> 'goose_db_version'
		ORDER BY table_name, ordinal_position`
}

// pgtype.Map caches scan plans and is not safe for concurrent use: one per
// scan, from a pool.
var maps = sync.Pool{New: func() any { return pgtype.NewMap() }}

type arrayScanner struct{ dst *[]string }

func (a *arrayScanner) Scan(src any) error {
	m := maps.Get().(*pgtype.Map)
	defer maps.Put(m)
	return m.SQLScanner(a.dst).Scan(src)
}

type utcTime struct{ dst *time.Time }

func (u utcTime) Scan(src any) error {
	var t sql.NullTime
	if err := t.Scan(src); err != nil {
		return err
	}
	*u.dst = t.Time.UTC()
	return nil
}

// JSONRecords: jsonb_to_recordset reads a JSON array as rows, so
// sqlstore saves a batch of drafts in one statement.
func (dialect) JSONRecords() bool { return true }
