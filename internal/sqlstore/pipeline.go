package sqlstore

import (
	"context"
	"database/sql"
)

// PipeResults reads a pipeline's results in the order its statements were
// sent (Options.Pipeline): Exec for each write, then Query for the last
// statement when it reads rows.
type PipeResults interface {
	// Exec is the next write's number of rows affected, or its error.
	Exec() (int64, error)
	// Query reads the last statement's rows with scan; its error is the
	// database's or scan's.
	Query(scan func(next func() bool, scan func(dest ...any) error) error) error
}

// Pipeline sends queries (in the dialect's placeholders) with their args
// on conn, inside the transaction open on it, in one round trip, and calls
// read with their results before it returns (PostgreSQL: pgx's batch in
// pipeline mode).
type Pipeline func(ctx context.Context, conn *sql.Conn, queries []string, args [][]any, read func(PipeResults) error) error

// pipedWrite is a write queued in a pipeline: what wraps its database
// error, and what checks the rows it affected (may be nil).
type pipedWrite struct {
	sql   string
	args  []any
	msg   string
	check func(rowsAffected int64) error
	// rows, if set, reads the statement's rows instead (execRow).
	rows func(next func() bool, scan func(dest ...any) error) error
	// done, if set, is called once the write is sent (execCheckDone).
	done func()
}

// pipeline holds a transaction's queued writes while core's group commit
// writes a batch (Pipelined).
type pipeline struct {
	queued []pipedWrite
	failed error // the first error a send met: Pipelined returns it
}

// Pipelined implements core.PipelinedTx: inside fn, the writes whose only
// answer is an error (the near-duplicate keys, the versions, the drafts'
// UPDATE, the launch spend, the outbox lock) are queued, and sent together
// with the event append that reads rows after them, or when fn ends, in
// one round trip instead of one each (issue #17). Each queued write's
// error, and its rows-affected check, is returned by the call that sends
// the pipeline: a batch fails as before, one call later. Any other
// statement sends what is queued first, so statements run in the order
// they were written. Without Options.Pipeline (SQLite, whose statements
// cost no round trip) or outside a write transaction, fn runs as it is.
func (q *queries) Pipelined(ctx context.Context, fn func() error) error {
	if q.store.opts.Pipeline == nil || !q.inTx || q.conn == nil || q.pipe != nil {
		return fn()
	}
	q.pipe = &pipeline{}
	err := fn()
	if err == nil {
		err = q.flushPipe(ctx)
	}
	if q.pipe.failed != nil {
		// A send's error is the batch's even where a caller dropped it
		// (row, whose *sql.Row cannot carry it).
		err = q.pipe.failed
	}
	q.pipe = nil
	return err
}

// execCheck runs a write whose only answer is an error: queued while a
// pipeline is open, else run at once. check (may be nil) is given the
// number of rows it affected; msg wraps a database error.
func (q *queries) execCheck(ctx context.Context, msg string, check func(int64) error, query string, args ...any) error {
	return q.execCheckDone(ctx, msg, nil, check, query, args...)
}

// execCheckDone is execCheck with done (may be nil) called once the write
// is sent, whatever its outcome: at once without a pipeline, else when the
// pipeline that holds it is sent; not if it never is (Pipelined's fn
// failed first). Until then args must stay as they are (pooledJSON's
// buffer).
func (q *queries) execCheckDone(ctx context.Context, msg string, done func(), check func(int64) error, query string, args ...any) error {
	if err := q.sendNear(ctx); err != nil {
		return err
	}
	if q.pipe != nil {
		q.stmts.Add(1)
		q.pipe.queued = append(q.pipe.queued, pipedWrite{sql: q.sql(query), args: args, msg: msg, check: check, done: done})
		return nil
	}
	if err := q.flushPipe(ctx); err != nil {
		return err
	}
	res, err := q.exec(ctx, query, args...)
	if done != nil {
		done()
	}
	if err != nil {
		return wrap(err, msg)
	}
	if check != nil {
		n, _ := res.RowsAffected()
		return check(n)
	}
	return nil
}

// execRow runs a write whose rows scan reads (near_put's transaction ID):
// queued while a pipeline is open, its rows read when the pipeline is
// sent; else run at once. msg wraps a database error.
func (q *queries) execRow(ctx context.Context, msg string, scan func(next func() bool, scan func(dest ...any) error) error, query string, args ...any) error {
	if err := q.sendNear(ctx); err != nil {
		return err
	}
	if q.pipe != nil {
		q.stmts.Add(1)
		q.pipe.queued = append(q.pipe.queued, pipedWrite{sql: q.sql(query), args: args, msg: msg, rows: scan})
		return nil
	}
	return q.pipedQuery(ctx, msg, query, args, scan)
}

// flushPipe sends what the pipeline holds, if anything, in one round trip,
// after the transaction's queued near-duplicate keys (sendNear: queued
// with it, or sent at once without a pipeline). Every statement of a
// transaction passes through here or sendNear first, so the queued puts
// run where the first of them was made, before anything after them.
func (q *queries) flushPipe(ctx context.Context) error {
	if err := q.sendNear(ctx); err != nil {
		return err
	}
	if q.pipe == nil || len(q.pipe.queued) == 0 {
		return nil
	}
	return q.sendPipe(ctx, "", nil, "", nil)
}

// pipedQuery runs query, scan reading its rows: sent with what the
// pipeline holds, in one round trip, when one is open; else alone through
// database/sql. msg wraps a database error; scan's own is returned as is.
func (q *queries) pipedQuery(ctx context.Context, msg, query string, args []any, scan func(next func() bool, scan func(dest ...any) error) error) error {
	if err := q.sendNear(ctx); err != nil {
		return err
	}
	if q.pipe == nil || len(q.pipe.queued) == 0 {
		rows, err := q.query(ctx, query, args...)
		if err != nil {
			return wrap(err, msg)
		}
		defer rows.Close()
		if err := scan(rows.Next, rows.Scan); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return wrap(err, msg)
		}
		return nil
	}
	q.stmts.Add(1)
	return q.sendPipe(ctx, q.sql(query), args, msg, scan)
}

// sendPipe sends the queued writes, and query after them if not "".
func (q *queries) sendPipe(ctx context.Context, query string, args []any, msg string, scan func(next func() bool, scan func(dest ...any) error) error) error {
	err := q.sendPipeOnce(ctx, query, args, msg, scan)
	if err != nil && q.pipe.failed == nil {
		q.pipe.failed = err
	}
	return err
}

func (q *queries) sendPipeOnce(ctx context.Context, query string, args []any, msg string, scan func(next func() bool, scan func(dest ...any) error) error) error {
	ws := q.pipe.queued
	q.pipe.queued = nil
	sqls, argss := make([]string, 0, len(ws)+1), make([][]any, 0, len(ws)+1)
	for _, w := range ws {
		sqls, argss = append(sqls, w.sql), append(argss, w.args)
	}
	if query != "" {
		sqls, argss = append(sqls, query), append(argss, args)
	}
	defer func() {
		for _, w := range ws {
			if w.done != nil {
				w.done()
			}
		}
	}()
	var own error // the first error of ours (a check's, scan's), returned as is
	err := q.store.opts.Pipeline(ctx, q.conn, sqls, argss, func(r PipeResults) error {
		for _, w := range ws {
			if w.rows != nil {
				var scanned error
				if err := r.Query(func(next func() bool, sc func(dest ...any) error) error {
					scanned = w.rows(next, sc)
					return scanned
				}); err != nil {
					own = scanned
					if own == nil {
						own = wrap(err, w.msg)
					}
					return own
				}
				continue
			}
			n, err := r.Exec()
			if err != nil {
				own = wrap(err, w.msg)
				return own
			}
			if w.check != nil {
				if own = w.check(n); own != nil {
					return own
				}
			}
		}
		if query == "" {
			return nil
		}
		var scanned error
		if err := r.Query(func(next func() bool, sc func(dest ...any) error) error {
			scanned = scan(next, sc)
			return scanned
		}); err != nil {
			own = scanned
			if own == nil {
				own = wrap(err, msg)
			}
			return own
		}
		return nil
	})
	if own != nil {
		return own
	}
	if err != nil {
		return wrap(err, "writing the batch failed")
	}
	return nil
}
