// Package postgres opens copydesk's store on PostgreSQL through pgx's
// database/sql driver: the store of a real deployment, shared by API
// replicas and any number of workers. It holds only what is PostgreSQL's
// own (the dialect, the migrations, connecting); the store itself is
// internal/sqlstore.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is copydesk's store on PostgreSQL.
type Store = sqlstore.Store

// Open connects to the database at url and applies pending migrations.
// Query parameters that pgx does not know, such as search_path, become
// session settings.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The cause may quote the URL; it stays in Err, out of the message.
		return nil, core.Wrap(core.CodeInvalid, err, "postgres: invalid database URL")
	}
	withoutDescriptionCache(cfg.ConnConfig, url)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, core.Wrap(core.CodeUnavailable, err, "postgres: cannot connect")
	}
	db := stdlib.OpenDBFromPool(pool)
	keepIdle(db, cfg)
	if err := migrate(ctx, db); err != nil {
		db.Close()
		pool.Close()
		return nil, err
	}
	return sqlstore.New(sqlstore.Options{Dialect: dialect{}, Write: db,
		ViewOptions: &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead},
		Close:       func() error { pool.Close(); return nil },
		Copy:        copyFrom, Commits: commitsInFlight, Pipeline: pipeline,
		Upkeep: nearUpkeep, UpkeepEvery: nearUpkeepEvery}), nil
}

// keepIdle lets database/sql keep the pool's connections between
// statements, as many as the pool holds (OpenDBFromPool keeps none, for
// programs that also take connections from the pool directly; the store
// takes them only through db). Without it every statement outside a
// transaction took a connection from the pool and made a new
// database/sql connection around it (stdlib's Conn, its map, a context
// with a deadline to give it back): ~2% of a PostgreSQL worker's CPU and
// 33 MB of a 10,000-draft launch's allocations (#17). db opens at most
// the pool's connections, so a statement waiting for one waits in
// database/sql, where a connection given back is handed to it, not in
// the pool, which the idle ones would hold. Their lifetime and idle time
// are the pool's.
func keepIdle(db *sql.DB, cfg *pgxpool.Config) {
	n := int(cfg.MaxConns)
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxLifetime(cfg.MaxConnLifetime)
	db.SetConnMaxIdleTime(cfg.MaxConnIdleTime)
}

// withoutDescriptionCache drops pgx's statement description cache when
// nothing can use it: it serves only QueryExecModeCacheDescribe, and the
// store runs in the default mode (prepared statements, pgx's statement
// cache), so each connection kept an empty 512-entry map (~25 kB, 1.3 MiB
// for a worker's 55 connections: #17). A URL that names the mode
// (default_query_exec_mode=cache_describe) or the cache's size keeps it.
func withoutDescriptionCache(cc *pgx.ConnConfig, url string) {
	if cc.DefaultQueryExecMode != pgx.QueryExecModeCacheDescribe && !strings.Contains(url, "description_cache_capacity=") {
		cc.DescriptionCacheCapacity = 0
	}
}

// nearUpkeep cuts the near-duplicate index's log (near_log, migration
// 00016) to its latest nearLogKeep rows (one a write transaction that
// filed keys), by the log's index on xid, and records the highest ID cut
// in near_log_cut: a process's copy in memory whose snapshot is not past
// it may have lost rows and is built again (sqlstore's near_sets.go). The
// rows cut are older than any copy that looks up during a launch needs.
const nearUpkeep = `WITH edge AS (SELECT xid FROM near_log ORDER BY xid DESC OFFSET ` + nearLogKeep + ` LIMIT 1),
	gone AS (DELETE FROM near_log WHERE xid <= (SELECT xid FROM edge) RETURNING xid)
	UPDATE near_log_cut SET cut = greatest(cut, (SELECT max(xid) FROM gone)) WHERE id = 1 AND EXISTS (SELECT 1 FROM gone)`

// nearLogKeep is how many of near_log's latest rows nearUpkeep keeps: at
// a batch of ~13 drafts a row, some 850,000 drafts' writes.
const nearLogKeep = "65536"

// nearUpkeepEvery is how many index keys a process writes between cuts of
// the log: 4,096 drafts' (64 keys each); each run reads nearLogKeep
// entries of near_log_xid, a few milliseconds.
const nearUpkeepEvery = 1 << 18

// commitsInFlight is how many batch commits a process keeps running at
// once (core.ConcurrentCommits): one batch's statements run on the server
// while the next batch's do, instead of every step of a worker waiting on
// one transaction's round trips at a time (docs/PERFORMANCE.md, 1 Dec).
const commitsInFlight = 2

// copyFrom bulk-loads rows with COPY (pgx's CopyFrom, binary) on the
// connection of the transaction open on conn: one round trip for a
// launch's thousands of drafts instead of thousands of bound parameters.
func copyFrom(ctx context.Context, conn *sql.Conn, table string, cols []string, rows [][]any) error {
	return conn.Raw(func(dc any) error {
		sc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("postgres: the connection is a %T, not pgx's", dc)
		}
		_, err := sc.Conn().CopyFrom(ctx, pgx.Identifier{table}, cols, pgx.CopyFromRows(rows))
		return err
	})
}

// pipeline sends queries in one round trip on the connection of the
// transaction open on conn (pgconn's pipeline mode) and hands read their
// results in order. Each statement is prepared once a connection (pgx's
// prepared statements, under its SQL) and bound from a binder of our own,
// not pgx's batch, whose parameter buffer regrew from 256 bytes for every
// statement (binder). Statements after one that fails are not run (the
// transaction is aborted); the batch's results are drained and the
// pipeline closed before pipeline returns.
func pipeline(ctx context.Context, conn *sql.Conn, queries []string, args [][]any, read func(sqlstore.PipeResults) error) error {
	return conn.Raw(func(dc any) error {
		sc, ok := dc.(*stdlib.Conn)
		if !ok {
			return fmt.Errorf("postgres: the connection is a %T, not pgx's", dc)
		}
		c := sc.Conn()
		b := takeBinder()
		defer b.give()
		if err := prepared(ctx, c, b, queries, args); err != nil {
			return err
		}
		// The batch's messages go into one buffer of about their size
		// (writeReserve), not one regrown by append as pgx binds them.
		// From batches of a few kB up it is a buffer pgx dropped after an
		// earlier batch (reserve, giveBack).
		pc := c.PgConn()
		fe := pc.Frontend()
		buf := reserve(fe, batchBytes(args))
		p := pc.StartPipeline(ctx)
		b.send(p)
		err := p.Sync()
		if err == nil {
			err = read(&pipeResults{p: p, m: c.TypeMap()})
		}
		if cerr := p.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			giveBack(fe, buf)
		} else if stalePlan(err) && !pc.IsClosed() {
			for _, q := range queries {
				_ = c.Deallocate(ctx, q)
			}
		}
		return err
	})
}

func migrate(ctx context.Context, db *sql.DB) error {
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
	// Out of order: migration numbers are reserved per piece of work and
	// may land in any order; a database that has 00007 still takes 00005.
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithSessionLocker(locker), goose.WithAllowOutofOrder(true))
	if err != nil {
		return core.Wrap(core.CodeInternal, err, "postgres: migrations")
	}
	if _, err := p.Up(ctx); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "postgres: applying migrations failed")
	}
	return nil
}
