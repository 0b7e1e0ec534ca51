package sqlstore

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

type pgErr struct{ code string }

func (e pgErr) Error() string    { return "SQLSTATE " + e.code }
func (e pgErr) SQLState() string { return e.code }

// TestTransient: what says only that the connection or the server's state
// failed is transient (a dropped connection answers 503 with Retry-After
// and reads are retried); what says the statement is wrong is not.
func TestTransient(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		err  error
		want bool
	}{
		{pgErr{"57P01"}, true}, // terminating connection due to administrator command
		{pgErr{"57P03"}, true}, // cannot connect now
		{pgErr{"08006"}, true}, // connection failure
		{pgErr{"53300"}, true}, // too many connections
		{pgErr{"40001"}, true}, // serialization failure
		{pgErr{"40P01"}, true}, // deadlock
		{fmt.Errorf("saving: %w", pgErr{"57P01"}), true},
		{driver.ErrBadConn, true},
		{sql.ErrConnDone, true},
		{io.ErrUnexpectedEOF, true},
		{syscall.ECONNRESET, true},
		{&net.OpError{Op: "read", Err: syscall.ECONNREFUSED}, true},
		{errors.New("conn closed"), true},
		{pgErr{"23505"}, false}, // unique violation
		{pgErr{"22P05"}, false}, // untranslatable character
		{pgErr{"42P01"}, false}, // undefined table
		{context.Canceled, false},
		{sql.ErrNoRows, false},
		{nil, false},
	} {
		if got := Transient(c.err); got != c.want {
			t.Errorf("Transient(%v) = %v, want %v", c.err, got, c.want)
		}
	}
	e := wrap(pgErr{"57P01"}, "reading drafts failed")
	var ce *core.Error
	if !errors.As(e, &ce) || ce.Code != core.CodeUnavailable || ce.RetryAfter != 1 {
		t.Errorf("wrap of a dropped connection = %#v, want unavailable with Retry-After 1", e)
	}
	if !core.IsCode(wrap(pgErr{"42P01"}, "x"), core.CodeInternal) {
		t.Error("wrap of a statement error is not internal")
	}
}
