// Package sqlstore is copydesk's one SQL implementation of core.Store,
// over database/sql, for SQLite and PostgreSQL alike. What truly differs
// between the two (placeholders, arrays, times, row and advisory locks,
// unique violations) is a small Dialect that each adapter package
// (internal/sqlite, internal/postgres) supplies with its migrations and the
// code that opens its database. One file per aggregate: launches.go,
// drafts.go, events.go, catalogue.go, tokens.go, guides.go, cache.go.
package sqlstore

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/copydesk/copydesk/internal/core"
)

// Dialect is what differs between the databases.
type Dialect interface {
	// Numbered reports whether placeholders are $1, $2, ... (PostgreSQL)
	// rather than ? (SQLite). Queries here are written with ?.
	Numbered() bool
	// Array is a []string argument; ScanArray a destination for one
	// (text[] on PostgreSQL, JSON text on SQLite).
	Array(v []string) any
	ScanArray(dst *[]string) any
	// Time is a time argument; ScanTime a destination for one (timestamptz
	// on PostgreSQL, integer microseconds on SQLite).
	Time(t time.Time) any
	ScanTime(dst *time.Time) any
	// ForUpdate ends a SELECT that locks its rows until the transaction
	// ends; "" where a write transaction holds the whole database.
	ForUpdate() string
	// LockKey is a statement with one ? (a text key) that takes a lock
	// held until the transaction ends; "" where the write transaction
	// already holds the whole database.
	LockKey() string
	// IsUnique reports a unique-constraint violation.
	IsUnique(err error) bool
	// ColumnsQuery lists (table, column) of the application's tables.
	ColumnsQuery() string
}

// Options open a Store.
type Options struct {
	Dialect Dialect
	// Write runs transactions and writes; Read runs reads outside a
	// transaction and View (the same pool as Write if nil).
	Write, Read *sql.DB
	// ViewOptions begin View's read-only transactions.
	ViewOptions *sql.TxOptions
	// Close is called by Close after the pools are closed (may be nil).
	Close func() error
	// Copy, if set, bulk-loads rows into table on conn, inside the
	// transaction open on it (PostgreSQL: COPY through pgx's CopyFrom,
	// reached with conn.Raw). Big inserts (a launch's products, drafts and
	// created events) use it instead of multi-row INSERTs.
	Copy func(ctx context.Context, conn *sql.Conn, table string, cols []string, rows [][]any) error
	// Prepare keeps the store's statements prepared (per pool and
	// connection) for a driver that does not cache them itself.
	Prepare bool
	// Commits is how many write transactions can usefully run at once
	// (core.ConcurrentCommits; 0: one, a database with one writer).
	Commits int
	// Upkeep, if set, is a statement run outside any transaction, on
	// Write, after every UpkeepEvery near-duplicate index rows this
	// process has written (at most one at a time, in the background):
	// PostgreSQL's VACUUM of near_keys, which marks the index's new pages
	// all-visible so that the lookup reads its candidates from the index
	// alone (see nearUpkeep).
	Upkeep      string
	UpkeepEvery int64
	// NearMemory keeps a copy of a nearNumbers dialect's near-duplicate
	// index in memory for NearRefs (near_memory.go), built by
	// LoadNearMemory; a database with its own pool for reads only (the
	// copy's checks read while a commit waits).
	NearMemory bool
	// Pipeline, if set, sends several statements of a write transaction
	// in one round trip (PostgreSQL: pgx's batch): core's group commit
	// writes a batch through it (queries.Pipelined).
	Pipeline Pipeline
}

// Store is a core.Store over database/sql.
type Store struct {
	queries
	opts Options

	prepMu sync.Mutex
	prep   map[*sql.DB]map[string]*sql.Stmt // Options.Prepare's statements by pool

	upkeep upkeep // Options.Upkeep's state

	nearMem *nearMemory // Options.NearMemory's copy, nil without

	nearSets *nearSets // the copy of a nearSetsDialect's index (near_sets.go), nil for others

	txRetries atomic.Int64 // write transactions run again (run)

	nearBatch nearBatcher      // lookups from nearSets sent together (near_batch.go)
	nearTexts nearTextsBatcher // NearTextsOf's reads sent together (near_batch.go)
}

var _ core.Store = (*Store)(nil)

// New returns a Store over already migrated databases.
func New(o Options) *Store {
	if o.Read == nil {
		o.Read = o.Write
	}
	s := &Store{queries: queries{d: o.Dialect, read: retryingReads{o.Read}, write: o.Write, rebound: &sync.Map{}, stmts: &atomic.Int64{}}, opts: o,
		prep: map[*sql.DB]map[string]*sql.Stmt{}}
	s.queries.store = s
	if o.NearMemory {
		s.nearMem = &nearMemory{}
	}
	if _, ok := o.Dialect.(nearSetsDialect); ok {
		s.nearSets = &nearSets{}
	}
	s.upkeep.ctx, s.upkeep.cancel = context.WithCancel(context.Background())
	return s
}

// conn is what *sql.DB and *sql.Tx share.
type conn interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	PrepareContext(ctx context.Context, query string) (*sql.Stmt, error)
}

// queries implements core.TxStore on a pool or a transaction: reads go to
// read, writes to write (the same *sql.Tx inside a transaction).
type queries struct {
	d           Dialect
	read, write conn
	inTx        bool
	rebound     *sync.Map // query with ? -> query for the dialect
	store       *Store
	conn        *sql.Conn     // the connection of a write transaction, when Copy is set
	tx          *sql.Tx       // the transaction, inside one
	pool        *sql.DB       // the pool the transaction runs on
	missed      *[]string     // statements to prepare once the transaction ends
	stmts       *atomic.Int64 // statements sent, BEGIN and COMMIT included
	nearLog     *nearTxLog    // the near-duplicate index's changes, for Store.nearMem
	nearSetsLog *nearSetsTx   // the keys a transaction filed, for Store.nearSets
	pipe        *pipeline     // writes queued while Pipelined runs, nil outside
	// lookupConn is the connection a near-duplicate lookup holds for its
	// statement (nearSetsLookup), read through Options.Pipeline where set.
	lookupConn *sql.Conn
}

// atomically runs fn in the current transaction, or in a new one.
func (q *queries) atomically(ctx context.Context, fn func(*queries) error) error {
	if q.inTx {
		return fn(q)
	}
	return q.store.run(ctx, q.store.opts.Write, nil, func(tx core.TxStore) error { return fn(tx.(*queries)) })
}

// Tx implements core.Store.
func (s *Store) Tx(ctx context.Context, fn func(core.TxStore) error) error {
	return s.run(ctx, s.opts.Write, nil, fn)
}

// View implements core.Store.
func (s *Store) View(ctx context.Context, fn func(core.TxStore) error) error {
	return s.run(ctx, s.opts.Read, s.opts.ViewOptions, fn)
}

// run runs fn in a transaction on db. A transaction that could not begin
// for a transient reason (Transient: a dropped connection, a restarting
// server) is begun once more on another connection, since nothing ran; a
// read-only one (View) whose fn met a transient error is run once more
// whole, since reading twice is harmless. A write transaction the database
// rolled back whole as a deadlock's victim or for a serialization failure
// (rolledBack: SQLSTATE 40P01, 40001) is run again from its start, fn
// included, after a short random pause (txRetryPause), up to
// maxTxAttempts runs in all:
// nothing of it happened. Its transactions take their row locks in one
// order where the store can order them (LockDrafts, near_put, SaveDrafts,
// PutDraftVersions), so this is for what it cannot (locks taken by
// separate statements in the caller's order: advisory locks of several
// catalogue keys, a draft locked after another). Any other write
// transaction that failed after it began is not repeated: the error says
// unavailable.
func (s *Store) run(ctx context.Context, db *sql.DB, opts *sql.TxOptions, fn func(core.TxStore) error) error {
	err := s.runOnce(ctx, db, opts, fn)
	var begin *beginError
	readOnly := opts != nil && opts.ReadOnly
	if ctx.Err() == nil && Transient(err) && (errors.As(err, &begin) || readOnly) {
		err = s.runOnce(ctx, db, opts, fn)
	}
	for try := 1; !readOnly && try < maxTxAttempts && rolledBack(err) && ctx.Err() == nil; try++ {
		s.txRetries.Add(1)
		half := int64(try) * int64(txRetryPause) / 2
		t := time.NewTimer(time.Duration(half + rand.Int64N(half)))
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		err = s.runOnce(ctx, db, opts, fn)
	}
	if errors.As(err, &begin) {
		return wrap(begin.err, "starting a transaction failed")
	}
	return err
}

// maxTxAttempts is how many times run runs a write transaction that the
// database rolled back as a deadlock's victim (or for a serialization
// failure), the first included. The nth run again waits a random pause
// between n/2 and n times txRetryPause first, so that the transaction
// that won the deadlock (woken, it must lock its row again) takes it
// before the victim asks again: with no floor (at most 5 ms) the victim
// often locked its first row again first and met the same deadlock
// (TestDeadlockVictimRunsAgain under load). A deadlock costs
// deadlock_timeout (1 s by default) before it is found: the pause is
// small beside it.
const (
	maxTxAttempts = 4
	txRetryPause  = 20 * time.Millisecond
)

// rolledBack reports a database error that rolled the whole transaction
// back and says nothing about its statements: SQLSTATE 40P01 (a
// deadlock's victim) or 40001 (a serialization failure), read through
// the SQLState() method drivers' errors carry (pgconn.PgError).
func rolledBack(err error) bool {
	var state interface{ SQLState() string }
	if err == nil || !errors.As(err, &state) {
		return false
	}
	code := state.SQLState()
	return code == "40P01" || code == "40001"
}

// TxRetries is how many write transactions run has run again after the
// database rolled them back as a deadlock's victim or for a
// serialization failure (tests, benchmarks).
func (s *Store) TxRetries() int64 { return s.txRetries.Load() }

// beginError marks a failure to begin a transaction.
type beginError struct{ err error }

func (e *beginError) Error() string { return e.err.Error() }
func (e *beginError) Unwrap() error { return e.err }

func (s *Store) runOnce(ctx context.Context, db *sql.DB, opts *sql.TxOptions, fn func(core.TxStore) error) error {
	s.stmts.Add(2) // BEGIN and COMMIT (or ROLLBACK)
	var c *sql.Conn
	begin := db.BeginTx
	if s.opts.Copy != nil && (opts == nil || !opts.ReadOnly) {
		// A write transaction on a connection of its own, so that a bulk
		// load can reach the driver's connection inside it.
		var err error
		if c, err = db.Conn(ctx); err != nil {
			return wrap(err, "starting a transaction failed")
		}
		defer c.Close()
		begin = c.BeginTx
	}
	tx, err := begin(ctx, opts)
	if err != nil {
		return &beginError{err}
	}
	defer tx.Rollback()
	q := s.queries
	var missed []string
	q.read, q.write, q.inTx, q.conn, q.tx, q.pool, q.missed = tx, tx, true, c, tx, db, &missed
	err = fn(&q)
	if err == nil {
		err = q.sendNear(ctx) // the puts made since the last statement
	}
	if q.nearSetsLog != nil && q.nearSetsLog.failed != nil {
		// The first failure, not what the aborted transaction's later
		// statements met: a deadlock is known as one (run).
		err = q.nearSetsLog.failed
	}
	if err != nil {
		return err
	}
	commit := tx.Commit
	if q.nearLog != nil {
		commit = func() error { return q.commitNear(tx, q.nearLog) }
	}
	if q.nearSetsLog != nil && s.nearSets != nil {
		s.nearSets.beginCommit(q.nearSetsLog)
		commit = func() error {
			err := tx.Commit()
			s.nearSets.applyOwn(q.nearSetsLog, err == nil)
			return err
		}
	}
	if err := commit(); err != nil {
		if s.queries.d.IsUnique(err) {
			return core.Wrap(core.CodeConflict, err, "the change conflicts with another")
		}
		return wrap(err, "committing a transaction failed")
	}
	if len(missed) > 0 {
		s.prepareAll(ctx, db, missed) // the connection is back in the pool
	}
	return nil
}

// LoadNearMemory builds Options.NearMemory's copy of the near-duplicate
// index from the database (a no-op without): called once the migrations
// are applied, before the store is used. On an error the copy stays off
// and lookups read the table.
func (s *Store) LoadNearMemory(ctx context.Context) error {
	if s.nearMem == nil {
		return nil
	}
	return s.loadNearMemory(ctx)
}

// CommitsInFlight implements core.ConcurrentCommits.
func (s *Store) CommitsInFlight() int { return max(s.opts.Commits, 1) }

// Statements is how many statements the store has sent to the database
// (BEGIN and COMMIT included): each is a round trip on PostgreSQL. Tests
// and benchmarks count them per draft.
func (s *Store) Statements() int64 { return s.stmts.Load() }

// Ping implements core.Store.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.opts.Read.PingContext(ctx); err != nil {
		return core.Wrap(core.CodeUnavailable, err, "database unreachable")
	}
	return nil
}

// Close implements core.Store.
func (s *Store) Close() error {
	s.upkeep.stop()
	if m := s.nearSets; m != nil && m.answered.Load()+m.missed.Load() >= 1000 {
		batches, batched, alone := s.NearBatches()
		slog.Info("near-duplicate copy in memory", "answered", m.answered.Load(), "retried", m.retried.Load(), "kept", m.kept.Load(), "unordered", m.unordered.Load(),
			"caught_up_lookups", m.missed.Load(), "caught_up_refs", m.caughtUp.Load(), "from_rows", m.scanned.Load(), "builds", m.builds.Load(),
			"batches", batches, "batched", batched, "batched_alone", alone)
	}
	var errs []error
	s.prepMu.Lock()
	for _, byQuery := range s.prep {
		for _, st := range byQuery {
			errs = append(errs, st.Close())
		}
	}
	s.prep = map[*sql.DB]map[string]*sql.Stmt{}
	s.prepMu.Unlock()
	if s.opts.Read != s.opts.Write {
		errs = append(errs, s.opts.Read.Close())
	}
	errs = append(errs, s.opts.Write.Close())
	if s.opts.Close != nil {
		errs = append(errs, s.opts.Close())
	}
	return errors.Join(errs...)
}

// Columns lists the columns of every application table, for the test
// that both schemas agree.
func (s *Store) Columns(ctx context.Context) (map[string][]string, error) {
	rows, err := s.opts.Read.QueryContext(ctx, s.queries.d.ColumnsQuery())
	if err != nil {
		return nil, wrap(err, "listing columns failed")
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var table, col string
		if err := rows.Scan(&table, &col); err != nil {
			return nil, wrap(err, "listing columns failed")
		}
		out[table] = append(out[table], col)
	}
	return out, rows.Err()
}

// ---- helpers ----

// sql rewrites a query written with ? for the dialect, once per query.
func (q *queries) sql(query string) string {
	if !q.d.Numbered() {
		return query
	}
	if r, ok := q.rebound.Load(query); ok {
		return r.(string)
	}
	r := q.sqlNoCache(query)
	q.rebound.Store(query, r)
	return r
}

func (q *queries) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := q.flushPipe(ctx); err != nil {
		return nil, err
	}
	q.stmts.Add(1)
	query = q.sql(query)
	if st := q.prepared(ctx, q.store.opts.Write, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return q.write.ExecContext(ctx, query, args...)
}

func (q *queries) query(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if err := q.flushPipe(ctx); err != nil {
		return nil, err
	}
	q.stmts.Add(1)
	query = q.sql(query)
	if st := q.prepared(ctx, q.store.opts.Read, query); st != nil {
		rows, err := st.QueryContext(ctx, args...)
		if !q.inTx && Transient(err) && ctx.Err() == nil {
			rows, err = st.QueryContext(ctx, args...) // as retryingReads does
		}
		return rows, err
	}
	return q.read.QueryContext(ctx, query, args...)
}

func (q *queries) row(ctx context.Context, query string, args ...any) *sql.Row {
	// A failed send is kept by the pipeline and returned by Pipelined
	// (a *sql.Row cannot carry it): the batch rolls back as it would have.
	_ = q.flushPipe(ctx)
	q.stmts.Add(1)
	query = q.sql(query)
	if st := q.prepared(ctx, q.store.opts.Read, query); st != nil {
		row := st.QueryRowContext(ctx, args...)
		if !q.inTx && Transient(row.Err()) && ctx.Err() == nil {
			row = st.QueryRowContext(ctx, args...)
		}
		return row
	}
	return q.read.QueryRowContext(ctx, query, args...)
}

// prepareAll prepares on pool the statements a transaction ran unprepared
// (Options.Prepare), once it has ended and given its connection back.
func (s *Store) prepareAll(ctx context.Context, pool *sql.DB, queries []string) {
	q := s.queries
	for _, query := range queries {
		q.prepared(ctx, pool, query)
	}
}

// maxPrepared bounds the statements kept prepared per pool: the store's
// fixed queries fit many times over; anything past it runs unprepared.
const maxPrepared = 256

// prepared returns query prepared on pool (outside a transaction; inside
// one, on the transaction's pool, bound to it), prepared once per pool and
// connection and kept: with Options.Prepare, for a driver that does not
// cache statements itself (modernc.org/sqlite parses the SQL of every
// call; the near-duplicate lookup's is long). nil means run it unprepared.
func (q *queries) prepared(ctx context.Context, pool *sql.DB, query string) *sql.Stmt {
	if !q.store.opts.Prepare {
		return nil
	}
	if q.inTx {
		pool = q.pool
	}
	s := q.store
	s.prepMu.Lock()
	byQuery := s.prep[pool]
	if byQuery == nil {
		byQuery = map[string]*sql.Stmt{}
		s.prep[pool] = byQuery
	}
	st, ok := byQuery[query]
	full := len(byQuery) >= maxPrepared
	s.prepMu.Unlock()
	if !ok {
		if full {
			return nil
		}
		if q.inTx {
			// Preparing on the pool would wait for a connection while this
			// transaction holds one (SQLite's writer has only one): the
			// statement is prepared once the transaction has ended.
			*q.missed = append(*q.missed, query)
			return nil
		}
		var err error
		if st, err = pool.PrepareContext(ctx, query); err != nil {
			return nil // the statement itself answers the error
		}
		s.prepMu.Lock()
		if prev, raced := byQuery[query]; raced {
			st.Close()
			st = prev
		} else {
			byQuery[query] = st
		}
		s.prepMu.Unlock()
	}
	if q.inTx {
		return q.tx.StmtContext(ctx, st)
	}
	return st
}

// lock takes the dialect's transaction-scoped lock on key (a no-op where
// the write transaction holds the database).
func (q *queries) lock(ctx context.Context, key string) error {
	if q.d.LockKey() == "" {
		return nil
	}
	return q.execCheck(ctx, "taking a lock failed", nil, q.d.LockKey(), key)
}

// wrap turns a driver error into a core error: cancelled or timed out is
// unavailable (the caller may retry), and so is a transient one (a dropped
// connection, a server restarting: Transient), with a Retry-After of a
// second and a message that says the database is unavailable; anything
// else is internal.
func wrap(err error, msg string) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return core.Wrap(core.CodeUnavailable, err, msg)
	}
	if Transient(err) {
		return &core.Error{Code: core.CodeUnavailable, Err: err, RetryAfter: 1,
			Message: "the database is unavailable for a moment (" + msg + "); try again"}
	}
	return core.Wrap(core.CodeInternal, err, msg)
}

func notFound(err error, what string, msg string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return core.Errorf(core.CodeNotFound, "%s not found", what)
	}
	return wrap(err, msg)
}

// limit is a store's page size: what core asks for, 100 if nothing.
func limit(n int) int {
	if n <= 0 {
		return core.DefaultPageSize
	}
	return n
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// copyRows is how many rows make a bulk load (Options.Copy) worth it.
const copyRows = 32

// insertRows writes rows into table in multi-row INSERTs of at most
// ~maxParams arguments each: a few statements for thousands of rows.
func (q *queries) insertRows(ctx context.Context, table string, cols []string, rows [][]any) error {
	if err := q.sendNear(ctx); err != nil {
		return err
	}
	if q.conn != nil && q.store.opts.Copy != nil && len(rows) >= copyRows {
		q.stmts.Add(1)
		return q.store.opts.Copy(ctx, q.conn, table, cols, rows)
	}
	const maxParams = 30000
	per := max(1, maxParams/len(cols))
	one := "(" + placeholders(len(cols)) + ")"
	for start := 0; start < len(rows); start += per {
		end := min(start+per, len(rows))
		var b strings.Builder
		b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
		args := make([]any, 0, (end-start)*len(cols))
		for i, r := range rows[start:end] {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(one)
			args = append(args, r...)
		}
		q.stmts.Add(1)
		if _, err := q.write.ExecContext(ctx, q.sqlNoCache(b.String()), args...); err != nil {
			return err
		}
	}
	return nil
}

// sqlNoCache rebinds a query built at run time (not worth caching).
func (q *queries) sqlNoCache(query string) string {
	if !q.d.Numbered() {
		return query
	}
	var b strings.Builder
	n := 0
	for _, c := range query {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// mustJSON is json.Marshal(v) as a string. It encodes into a pooled
// buffer and copies the string out once: json.Marshal copies its pooled
// buffer into a new slice, which string() copied again (a group commit's
// drafts and events, ~80 MB a 10,000-draft launch, #17). An Encoder
// writes what Marshal returns and a newline.
func mustJSON(v any) string {
	b := jsonBufs.Get().(*bytes.Buffer)
	b.Reset()
	if err := json.NewEncoder(b).Encode(v); err != nil {
		panic(err) // only plain data types are marshalled here: a bug
	}
	out := string(bytes.TrimSuffix(b.Bytes(), []byte{'\n'}))
	if b.Cap() <= maxPooledJSON {
		jsonBufs.Put(b)
	}
	return out
}

var jsonBufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// pooledJSON is mustJSON's encoding of v left in its pooled buffer, for
// an argument (its Bytes) that PostgreSQL's pipeline copies when it binds
// the statement: no string of it is made. givePooledJSON puts it back
// once the statement is sent, never before.
func pooledJSON(v any) *bytes.Buffer {
	b := jsonBufs.Get().(*bytes.Buffer)
	b.Reset()
	if err := json.NewEncoder(b).Encode(v); err != nil {
		panic(err) // only plain data types are marshalled here: a bug
	}
	b.Truncate(b.Len() - 1) // the Encoder's newline
	return b
}

// givePooledJSON puts pooledJSON's buffer back.
func givePooledJSON(b *bytes.Buffer) {
	if b.Cap() <= maxPooledJSON {
		jsonBufs.Put(b)
	}
}

// maxPooledJSON is the largest buffer mustJSON keeps for the next call (a
// group commit's drafts are ~100-200 kB).
const maxPooledJSON = 1 << 20

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}
