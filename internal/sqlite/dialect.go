package sqlite

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	msqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// dialect is SQLite's side of sqlstore.Dialect: ? placeholders, lists as
// JSON text, times as integer microseconds since the epoch (UTC), and no
// row locks: every write transaction is BEGIN IMMEDIATE on the one writer
// connection, so it holds the whole database.
type dialect struct{}

func (dialect) Numbered() bool              { return false }
func (dialect) Array(v []string) any        { b, _ := json.Marshal(v); return string(b) }
func (dialect) ScanArray(dst *[]string) any { return jsonList{dst} }
func (dialect) Time(t time.Time) any        { return t.UnixMicro() }
func (dialect) ScanTime(dst *time.Time) any { return micros{dst} }
func (dialect) ForUpdate() string           { return "" }

// NearNumbers: the near-duplicate index files texts under integers
// (migration 00010, sqlstore's near_numbers.go).
func (dialect) NearNumbers()    {}
func (dialect) LockKey() string { return "" }
func (dialect) IsUnique(err error) bool {
	var se *msqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
}
func (dialect) ColumnsQuery() string {
	return `SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'goose_db_version'
		ORDER BY m.name, p.cid`
}

type jsonList struct{ dst *[]string }

func (j jsonList) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	default:
		return fmt.Errorf("sqlite: a list column holds %T", src)
	}
	return json.Unmarshal(b, j.dst)
}

type micros struct{ dst *time.Time }

func (m micros) Scan(src any) error {
	us, ok := src.(int64)
	if !ok {
		return fmt.Errorf("sqlite: a time column holds %T", src)
	}
	*m.dst = time.UnixMicro(us).UTC()
	return nil
}
