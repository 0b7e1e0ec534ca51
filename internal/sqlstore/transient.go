package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
)

// Transient reports whether err is a database error that says nothing
// about the statement, only about the connection or the server's state at
// that moment, so that running the same statement again may succeed: a
// connection dropped, reset or refused (failover, pg_terminate_backend, an
// idle timeout, a restart), the server shutting down or not yet accepting,
// too many connections, a serialization failure or a deadlock.
//
// It reads SQLSTATE through the SQLState() method drivers' errors carry
// (pgconn.PgError), so that this package imports no driver: class 08
// (connection exception), 57P01-57P03 (admin or crash shutdown, cannot
// connect now), 53300 (too many connections), 40001 and 40P01
// (serialization failure, deadlock).
func Transient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) {
		return false
	}
	var state interface{ SQLState() string }
	if errors.As(err, &state) {
		code := state.SQLState()
		return strings.HasPrefix(code, "08") || code == "57P01" || code == "57P02" || code == "57P03" ||
			code == "53300" || code == "40001" || code == "40P01"
	}
	var safe interface{ SafeToRetry() bool }
	if errors.As(err, &safe) && safe.SafeToRetry() {
		return true
	}
	var netErr net.Error
	return errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) ||
		errors.As(err, &netErr) || strings.Contains(err.Error(), "conn closed")
}

// retryingReads runs reads outside a transaction on a pool and runs a
// read once more, on another connection, when the first attempt met a
// transient error (Transient): a read is idempotent, and a pool whose
// connection was dropped under it hands out a fresh one the next time.
// Writes are passed through untouched: whether a failed write happened is
// not known, so it is answered as unavailable, never silently repeated.
type retryingReads struct{ db *sql.DB }

func (r retryingReads) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return r.db.ExecContext(ctx, query, args...)
}

func (r retryingReads) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	rows, err := r.db.QueryContext(ctx, query, args...)
	if Transient(err) && ctx.Err() == nil {
		rows, err = r.db.QueryContext(ctx, query, args...)
	}
	return rows, err
}

func (r retryingReads) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	row := r.db.QueryRowContext(ctx, query, args...)
	if Transient(row.Err()) && ctx.Err() == nil {
		row = r.db.QueryRowContext(ctx, query, args...)
	}
	return row
}

func (r retryingReads) PrepareContext(ctx context.Context, query string) (*sql.Stmt, error) {
	return r.db.PrepareContext(ctx, query)
}
