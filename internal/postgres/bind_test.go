package postgres

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

// pgxBatch is pipeline as it was before perf38: pgx's batch, its
// parameters bound by pgx's ExtendedQueryBuilder; BenchmarkPipelineBind
// measures against it.
func pgxBatch(ctx context.Context, conn *sql.Conn, queries []string, args [][]any, read func(sqlstore.PipeResults) error) error {
	return conn.Raw(func(dc any) error {
		sc := dc.(*stdlib.Conn)
		b := &pgx.Batch{}
		for i, q := range queries {
			b.Queue(q, args[i]...)
		}
		fe := sc.Conn().PgConn().Frontend()
		buf := reserve(fe, batchBytes(args))
		br := sc.Conn().SendBatch(ctx, b)
		err := read(pgxBatchResults{br})
		if cerr := br.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			giveBack(fe, buf)
		}
		return err
	})
}

type pgxBatchResults struct{ br pgx.BatchResults }

func (r pgxBatchResults) Exec() (int64, error) {
	tag, err := r.br.Exec()
	return tag.RowsAffected(), err
}

func (r pgxBatchResults) Query(scan func(next func() bool, scan func(dest ...any) error) error) error {
	rows, err := r.br.Query()
	if err != nil {
		return err
	}
	defer rows.Close()
	if err := scan(rows.Next, rows.Scan); err != nil {
		return err
	}
	return rows.Err()
}

// groupCommitBatch is a batch shaped like a group commit's: for 16
// drafts a near_put-like statement of text[] and bigint[] arrays, an
// UPDATE-like statement of ~800-byte texts and JSON, and a last
// statement that reads rows.
func groupCommitBatch() ([]string, [][]any) {
	const (
		put  = `SELECT cardinality($1::text[]) + cardinality($2::bigint[]) + cardinality($3::bigint[])`
		save = `SELECT octet_length($1::text) + octet_length($2::text) + $3::int + octet_length($4::jsonb::text)`
		read = `SELECT n FROM generate_series(1, $1::int) AS n WHERE $2::text <> ''`
	)
	refs := make([]string, 16)
	keys := make([]int64, 16*64)
	places := make([]int64, 16*64)
	for i := range refs {
		refs[i] = fmt.Sprintf("0193a7c2-%04x-7000-8000-00000000%04x", i, i)
	}
	for i := range keys {
		keys[i], places[i] = int64(uint64(i)*0x9E3779B97F4A7C15), int64(i)
	}
	queries := []string{put}
	args := [][]any{{dialect{}.Array(refs), keys, places}}
	text := strings.Repeat("Ein Ring aus Sterlingsilber, é ü. ", 25)
	for i := range 16 {
		queries = append(queries, save)
		args = append(args, []any{text, refs[i], i, `{"findings":[],"usage":{"prompt_tokens":812}}`})
	}
	queries = append(queries, read)
	args = append(args, []any{16, "x"})
	return queries, args
}

// TestPipelineBindsAsPgx: a batch bound by pipeline's binder reads back
// as the same batch sent through pgx's (pgxBatch): values, NULLs, empty
// strings and arrays, a string parameter of a non-text type (sent in text
// format), text[] in array_in's form, JSON as []byte (and nil: NULL), and an argument of the wrong type
// refused with the argument named, before anything is sent, the
// connection still usable (#17, perf38).
func TestPipelineBindsAsPgx(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "bind")
	db := openSQL(t, u)
	conn, err := db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	when := time.Date(2026, 12, 4, 13, 0, 0, 0, time.UTC)
	var nilText *string
	empty := ""
	queries := []string{
		`SELECT $1::text, $2::bigint[], $3::int, $4::timestamptz, $5::text IS NULL, $6::text, $7::bigint, $8::jsonb::text, $9::bytea, $10::text[], $11::jsonb::text, $12::json IS NULL, $13::text`,
		`SELECT $1::int + 1`,
	}
	args := [][]any{
		{"Ring é 中文", []int64{-1, 0, 1 << 62}, 42, when, nilText, &empty, "123", `{"a": [1, 2]}`, []byte{0, 1, 255}, dialect{}.Array([]string{"a", `b"c`, ""}), []byte(`{"b": "é", "a": [1]}`), []byte(nil), ""},
		{int64(7)},
	}
	readAll := func(run func(context.Context, *sql.Conn, []string, [][]any, func(sqlstore.PipeResults) error) error) []string {
		var out []string
		err := run(ctx, conn, queries, args, func(r sqlstore.PipeResults) error {
			for _, ncol := range []int{13, 1} {
				if err := r.Query(func(next func() bool, scan func(dest ...any) error) error {
					for next() {
						vals := make([]any, ncol)
						dest := make([]any, ncol)
						for i := range dest {
							dest[i] = &vals[i]
						}
						if err := scan(dest...); err != nil {
							return err
						}
						out = append(out, fmt.Sprintf("%v", vals))
					}
					return nil
				}); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for round := range 2 {
		got, want := readAll(pipeline), readAll(pgxBatch)
		if !slices.Equal(got, want) || len(got) != 2 {
			t.Errorf("round %d: pipeline read\n%q\npgx's batch\n%q", round, got, want)
		}
	}
	bad := [][]any{{struct{ X chan int }{}}}
	err = pipeline(ctx, conn, queries[1:], bad, func(sqlstore.PipeResults) error {
		t.Error("read called for a batch that could not be bound")
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "args[0]") {
		t.Errorf("a bad argument: %v", err)
	}
	var n int
	if err := conn.QueryRowContext(ctx, `SELECT 1`).Scan(&n); err != nil || n != 1 {
		t.Errorf("the connection after a bad argument: %v", err)
	}
	// A statement's error is the batch's, and a later one's.
	err = pipeline(ctx, conn, []string{`SELECT 1/$1::int`, `SELECT $1::int`}, [][]any{{0}, {1}}, func(r sqlstore.PipeResults) error {
		_, err1 := r.Exec()
		_, err2 := r.Exec()
		if err1 == nil || !errors.Is(err2, err1) {
			t.Errorf("errors %v, %v", err1, err2)
		}
		return err1
	})
	if err == nil {
		t.Error("division by zero went unreported")
	}
}

// TestInt8ArrayAsPgx: binder's bigint[] is pgx's binary encoding of the
// same []int64, byte for byte: nil (NULL), empty, one, many, the extremes.
func TestInt8ArrayAsPgx(t *testing.T) {
	m := pgtype.NewMap()
	for _, v := range [][]int64{nil, {}, {0}, {-1, 1, 255, 256, math.MaxInt64, math.MinInt64}, groupKeys(1000)} {
		want, err := m.Encode(pgtype.Int8ArrayOID, pgtype.BinaryFormatCode, v, nil)
		if err != nil {
			t.Fatal(err)
		}
		b := &binder{buf: []byte("before")}
		b.int8Array(v)
		b.done()
		if got := b.values[0]; !bytes.Equal(got, want) || (got == nil) != (want == nil) || b.formats[0] != pgtype.BinaryFormatCode {
			t.Errorf("%d keys: %x, pgx %x", len(v), got, want)
		}
	}
}

func groupKeys(n int) []int64 {
	keys := make([]int64, n)
	for i := range keys {
		keys[i] = int64(uint64(i) * 0x9E3779B97F4A7C15)
	}
	return keys
}

// BenchmarkPipelineBind: a group commit's batch (groupCommitBatch: 18
// statements, ~24 kB of parameters) through pgx's batch (pgx) and through
// pipeline's binder (own); B/op is this process's allocation a batch,
// cpu-ns/op its CPU (#17, perf38).
func BenchmarkPipelineBind(b *testing.B) {
	ctx := context.Background()
	u := testutil.FreshSchema(b, "bindbench")
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		b.Fatal(err)
	}
	db := stdlib.OpenDB(*cfg)
	defer db.Close()
	conn, err := db.Conn(ctx)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close()
	queries, args := groupCommitBatch()
	read := func(r sqlstore.PipeResults) error {
		for range len(queries) - 1 {
			if _, err := r.Exec(); err != nil {
				return err
			}
		}
		return r.Query(func(next func() bool, scan func(dest ...any) error) error {
			var n int
			for next() {
				if err := scan(&n); err != nil {
					return err
				}
			}
			return nil
		})
	}
	for _, c := range []struct {
		name string
		run  func(context.Context, *sql.Conn, []string, [][]any, func(sqlstore.PipeResults) error) error
	}{{"pgx", pgxBatch}, {"own", pipeline}} {
		b.Run(c.name, func(b *testing.B) {
			if err := c.run(ctx, conn, queries, args, read); err != nil { // prepares
				b.Fatal(err)
			}
			b.ReportAllocs()
			cpu0 := processCPU()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := c.run(ctx, conn, queries, args, read); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(processCPU()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}

func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestAppendTextArrayAsTextArray: the text form a binder writes is
// textArray's string (what TextValue sends), for random elements of
// quotes, backslashes, braces, commas and other bytes, appended after
// what the buffer held (#17, perf38).
func TestAppendTextArrayAsTextArray(t *testing.T) {
	rng := rand.New(rand.NewPCG(38, 17))
	alphabet := []string{`"`, `\`, "{", "}", ",", " ", "a", "é", "中", "NULL", ""}
	for range 2000 {
		v := make([]string, rng.IntN(6))
		if rng.IntN(10) == 0 {
			v = nil
		}
		for i := range v {
			var sb strings.Builder
			for range rng.IntN(8) {
				sb.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			v[i] = sb.String()
		}
		got := appendTextArray([]byte("x"), v)
		text, err := textArrayArg(v).TextValue()
		if err != nil || !text.Valid || string(got) != "x"+textArray(v) || text.String != textArray(v) {
			t.Fatalf("%q: appended %q, textArray %q, TextValue %q", v, got[1:], textArray(v), text.String)
		}
	}
}

// BenchmarkTextArray: a lookup's 64 refs (UUIDs, nothing to escape)
// checked for a character to escape, as appendTextArray and textArray
// do (needsEscape) against strings.ContainsAny before perf38, and in
// their text form appended to a buffer (#17).
func BenchmarkTextArray(b *testing.B) {
	refs := make([]string, 64)
	for i := range refs {
		refs[i] = fmt.Sprintf("0193a7c2-%04x-7000-8000-00000000%04x", i, i)
	}
	b.Run("ContainsAny", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, r := range refs {
				if strings.ContainsAny(r, `"\`) {
					n++
				}
			}
		}
		if n != 0 {
			b.Fatal(n)
		}
	})
	b.Run("needsEscape", func(b *testing.B) {
		n := 0
		for b.Loop() {
			for _, r := range refs {
				if needsEscape(r) {
					n++
				}
			}
		}
		if n != 0 {
			b.Fatal(n)
		}
	})
	b.Run("append", func(b *testing.B) {
		buf := make([]byte, 0, 4096)
		b.ReportAllocs()
		for b.Loop() {
			buf = appendTextArray(buf[:0], refs)
		}
	})
}
