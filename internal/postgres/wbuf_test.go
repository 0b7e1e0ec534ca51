package postgres

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgproto3"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

// TestPipelineReservesItsBatch: a batch sent through pipeline reads back
// what it sent, and the write buffer reserved before it (writeReserve of
// batchBytes) holds what pgx then writes (its Bind, Execute and Sync
// messages, as the frontend's tracer counts them) without being much
// larger: at most 1.5x and 1 kB.
func TestPipelineReservesItsBatch(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "wbuf")
	db := openSQL(t, u)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var trace bytes.Buffer
	if err := conn.Raw(func(dc any) error {
		dc.(*stdlib.Conn).Conn().PgConn().Frontend().Trace(&trace, pgproto3.TracerOptions{SuppressTimestamps: true})
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	keys := make([]int64, 3000)
	for i := range keys {
		keys[i] = int64(uint64(i)*0x9E3779B97F4A7C15) - 7
	}
	text := strings.Repeat("Ein Ring aus Sterlingsilber, é ü 中文. ", 300)
	when := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	queries := []string{
		`SELECT $1::text, $2::bigint[], $3::int, $4::timestamptz`,
		`SELECT cardinality($1::bigint[]), octet_length($2::text)`,
		`SELECT $1::text[]`,
	}
	args := [][]any{
		{text, keys, 42, when},
		{keys[:64], text[:100]},
		{dialect{}.Array([]string{"a", `b"c`})},
	}
	for round := range 2 { // the first prepares the statements
		trace.Reset()
		err := pipeline(ctx, conn, queries, args, func(r sqlstore.PipeResults) error {
			var (
				gotText string
				gotKeys []int64
				n       int
				gotWhen time.Time
				card    int
				length  int
				arr     []string
			)
			if err := r.Query(func(next func() bool, scan func(dest ...any) error) error {
				for next() {
					if err := scan(&gotText, &gotKeys, &n, &gotWhen); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				return err
			}
			if gotText != text || !slices.Equal(gotKeys, keys) || n != 42 || !gotWhen.Equal(when) {
				t.Errorf("round %d: the first statement read back other values (%d keys, n %d, %v)", round, len(gotKeys), n, gotWhen)
			}
			if err := r.Query(func(next func() bool, scan func(dest ...any) error) error {
				for next() {
					if err := scan(&card, &length); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				return err
			}
			if card != 64 || length != 100 {
				t.Errorf("round %d: cardinality %d and length %d, want 64 and 100", round, card, length)
			}
			return r.Query(func(next func() bool, scan func(dest ...any) error) error {
				for next() {
					if err := scan(&arr); err != nil {
						return err
					}
				}
				if !slices.Equal(arr, []string{"a", `b"c`}) {
					t.Errorf("round %d: text[] read back as %q", round, arr)
				}
				return nil
			})
		})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
	}
	// The second round's messages: Bind, Execute and Sync only.
	sent, reserved := 0, 0
	sc := bufio.NewScanner(&trace)
	sc.Buffer(nil, 1<<20) // the trace spells out the 12 kB text
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 || f[0] != "F" {
			continue
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("trace line %q", sc.Text())
		}
		switch f[1] {
		case "Unknown":
			reserved++
		case "Bind", "Execute", "Describe", "Sync":
			sent += n
		default:
			t.Errorf("the second round sent a %s message", f[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	est := batchBytes(args)
	t.Logf("sent %d bytes, reserved %d", sent, est)
	if reserved != 2 {
		t.Errorf("%d reservations and probes in the trace, want 2", reserved)
	}
	if est < sent || est > sent+sent/2+1024 {
		t.Errorf("reserved %d bytes for a batch of %d", est, sent)
	}
}

// TestArgBytesAsEncoded: every argument type batchBytes knows is counted
// at least as pgx encodes it (the test above checks them together).
func TestArgBytesAsEncoded(t *testing.T) {
	for _, c := range []struct {
		arg  any
		want int
	}{
		{nil, 0}, {"abc", 3}, {[]byte("ab"), 2}, {[]int64{1, 2}, 44}, {[]int32{1}, 28},
		{[]string{"a", "bc"}, 31}, {textArrayArg{"a", "bc"}, 11}, {int64(1), 8}, {time.Time{}, 8}, {struct{}{}, 16},
	} {
		if got := argBytes(c.arg); got != c.want {
			t.Errorf("argBytes(%#v) = %d, want %d", c.arg, got, c.want)
		}
	}
}

// TestPooledReserveGivenBackOnlyWhenDropped: reserve's buffer holds what
// the frontend's buffer held with room for the batch; pgx writes the batch
// into it; stillHeld is true until a flush of more than 1 KiB makes pgx
// drop it, and stays true after a flush of 1 KiB or less (pgx keeps its
// buffer then), so giveBack never pools a buffer pgx still writes into
// (#17, perf37).
func TestPooledReserveGivenBackOnlyWhenDropped(t *testing.T) {
	for _, size := range []int{100, 1024, 1025, 20000} {
		var w bytes.Buffer
		fe := pgproto3.NewFrontend(strings.NewReader(""), &w)
		fe.Send(&pgproto3.Sync{}) // something in the buffer before
		n := max(size, wbufPooled)
		p := reserve(fe, n)
		if p == nil || cap(*p) < 5+n || len(*p) != 5 {
			t.Fatalf("reserved len %d cap %d", len(*p), cap(*p))
		}
		q := &pgproto3.Query{String: strings.Repeat("x", size-5-5-1)}
		fe.Send(q)
		if !stillHeld(fe, *p) {
			t.Fatalf("size %d: not held before the flush", size)
		}
		if err := fe.Flush(); err != nil {
			t.Fatal(err)
		}
		if w.Len() != size {
			t.Fatalf("flushed %d bytes, want %d", w.Len(), size)
		}
		want, _ := (&pgproto3.Sync{}).Encode(nil)
		want, _ = q.Encode(want)
		if !bytes.Equal(w.Bytes(), want) {
			t.Fatalf("size %d: other bytes sent", size)
		}
		if held := stillHeld(fe, *p); held != (size <= 1024) {
			t.Errorf("size %d: held %v after the flush", size, held)
		}
	}
	if stillHeld(pgproto3.NewFrontend(strings.NewReader(""), io.Discard), nil) {
		t.Error("no buffer held")
	}
}

// BenchmarkReserve: a 50 kB batch written and flushed after a
// writeReserve (a new buffer of its size each time, pgx dropping it at the
// flush) against reserve's pooled buffer given back (#17, perf37).
func BenchmarkReserve(b *testing.B) {
	q := &pgproto3.Query{String: strings.Repeat("x", 50000)}
	for _, pooled := range []bool{false, true} {
		b.Run(fmt.Sprintf("pooled=%v", pooled), func(b *testing.B) {
			fe := pgproto3.NewFrontend(strings.NewReader(""), io.Discard)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				var p *[]byte
				if pooled {
					p = reserve(fe, 50010)
				} else {
					fe.Send(writeReserve(50010))
				}
				fe.Send(q)
				if err := fe.Flush(); err != nil {
					b.Fatal(err)
				}
				giveBack(fe, p)
			}
		})
	}
}
