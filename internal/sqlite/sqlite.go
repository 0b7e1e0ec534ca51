// Package sqlite opens copydesk's store on a local SQLite file with the
// pure-Go modernc.org/sqlite driver: the embedded default, one process,
// many goroutines, one file. It holds only what is SQLite's own (the
// dialect, the migrations, opening the file); the store itself is
// internal/sqlstore.
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
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// writerCacheKiB is the writer connection's page cache (SQLite's default
// is 2 MiB; each of the readers keeps that).
const writerCacheKiB = 16 << 10

// walCheckpointPages is how long the WAL grows before a commit checkpoints
// it (32 MiB at 4 kB pages; SQLite's default is 1,000 pages). Disk, not
// memory: the WAL's index is 32 kB per 4,096 pages.
const walCheckpointPages = 8000

// Store is copydesk's store on SQLite.
type Store = sqlstore.Store

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
	// Statement journals (a multi-row INSERT inside a transaction keeps
	// the pages it changes, to undo itself alone) and the lookup's sorts
	// stay in memory: on a file each page journaled was a write system
	// call, 6% of the embedded process at 10,000 drafts.
	params.Add("_pragma", "temp_store(MEMORY)")
	wparams := url.Values{}
	for k, v := range params {
		wparams[k] = slices.Clone(v)
	}
	wparams.Set("_txlock", "immediate")
	if !memory {
		// The one writer's page cache keeps the pages a group commit
		// touches between commits (the drafts' and near_refs' indexes by
		// ID take a random insert a draft). It was sized for the
		// near-duplicate index's 64 random inserts a draft (migration
		// 00010), which outgrew it at ~16,000 drafts; since migration
		// 00018 a draft's keys are one row at the end of near_lists. The
		// cache fills only as far as pages are touched.
		wparams.Add("_pragma", fmt.Sprintf("cache_size(%d)", -writerCacheKiB))
		// A checkpoint, run by the commit that passes this many WAL pages,
		// copies each page once however many commits rewrote it: a group
		// commit rewrote ~1,000 of the index's leaf pages before migration
		// 00018, so at SQLite's default of 1,000 nearly every commit
		// checkpointed its own pages.
		wparams.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", walCheckpointPages))
	}

	w, err := sql.Open("sqlite", path+"?"+wparams.Encode())
	if err != nil {
		return nil, core.Wrap(core.CodeInternal, err, "sqlite: open failed")
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	r := w
	view := (*sql.TxOptions)(nil)
	if !memory {
		params.Add("_pragma", "query_only(1)")
		if r, err = sql.Open("sqlite", path+"?"+params.Encode()); err != nil {
			w.Close()
			return nil, core.Wrap(core.CodeInternal, err, "sqlite: open failed")
		}
		r.SetMaxOpenConns(8)
		r.SetMaxIdleConns(8)
		view = &sql.TxOptions{ReadOnly: true}
	}
	// The driver parses a statement's SQL on every call: the store keeps
	// its statements prepared.
	// The near-duplicate index is also kept in memory (sqlstore's
	// near_memory.go) where reads have a pool of their own: one process's
	// lookups then read only their candidates' rows.
	s := sqlstore.New(sqlstore.Options{Dialect: dialect{}, Write: w, Read: r, ViewOptions: view, Prepare: true,
		NearMemory: !memory})
	if err := migrate(ctx, w); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.LoadNearMemory(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

func migrate(ctx context.Context, db *sql.DB) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: migrations")
	}
	// Out of order: migration numbers are reserved per piece of work and
	// may land in any order; a database that has 00007 still takes 00005.
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub, goose.WithAllowOutofOrder(true))
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return core.Wrap(core.CodeInternal, err, "sqlite: applying migrations failed")
	}
	return nil
}
