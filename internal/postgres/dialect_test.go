package postgres

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestTextArrayAsPostgresReadsIt: Array's text form reads back as the
// elements given, whatever they hold (quotes, backslashes, braces, commas,
// spaces, NULL spelt out, empty strings, non-ASCII), and none is {}.
func TestTextArrayAsPostgresReadsIt(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "textarray")
	db := openSQL(t, u)
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.ConnectConfig(ctx, cfg) // the pipeline's path: pgx without database/sql
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	cases := [][]string{
		{},
		{""},
		{"0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b", "0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c"},
		{`a"b`, `c\d`, `\`, `"`, `\"`, "{x}", "a,b", " lead", "trail ", "NULL", "null", "é ü 中文", "tab\there", "nl\nhere"},
	}
	for _, want := range cases {
		var got, viaPgx []string
		if err := db.QueryRowContext(ctx, `SELECT $1::text[]`, dialect{}.Array(want)).Scan(dialect{}.ScanArray(&got)); err != nil {
			t.Fatalf("%q: %v", want, err)
		}
		if err := conn.QueryRow(ctx, `SELECT $1::text[]`, dialect{}.Array(want)).Scan(&viaPgx); err != nil {
			t.Fatalf("%q through pgx: %v", want, err)
		}
		for _, g := range [][]string{got, viaPgx} {
			if g == nil {
				g = []string{}
			}
			if !slices.Equal(g, want) {
				t.Errorf("got %q, want %q", g, want)
			}
		}
		var n int
		if err := db.QueryRowContext(ctx, `SELECT cardinality($1::text[])`, dialect{}.Array(want)).Scan(&n); err != nil || n != len(want) {
			t.Errorf("%q: cardinality %d (%v), want %d", want, n, err, len(want))
		}
	}
}

// TestInt64ArrayAsPostgresReadsIt: Int64Array's text form reads back as the
// numbers given (negative, zero, the ends of int64, an empty array, one
// long enough to outgrow the scratch buffer), through database/sql and pgx,
// as bigint[] and, where they fit, as int[].
func TestInt64ArrayAsPostgresReadsIt(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "int64array")
	db := openSQL(t, u)
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	long := make([]int64, 3000)
	for i := range long {
		long[i] = int64(i*7919) - 1<<40
	}
	cases := [][]int64{
		{},
		{0},
		{-1, 0, 1},
		{math.MaxInt64, math.MinInt64, -math.MaxInt64},
		{1, 2, 3, 1, 1},
		long,
	}
	for _, want := range cases {
		var got, viaPgx []int64
		if err := db.QueryRowContext(ctx, `SELECT $1::bigint[]`, dialect{}.Int64Array(want)).Scan(dialect{}.ScanInt64Array(&got)); err != nil {
			t.Fatalf("%v: %v", want, err)
		}
		if err := conn.QueryRow(ctx, `SELECT $1::bigint[]`, dialect{}.Int64Array(want)).Scan(&viaPgx); err != nil {
			t.Fatalf("%v through pgx: %v", want, err)
		}
		for _, g := range [][]int64{got, viaPgx} {
			if g == nil {
				g = []int64{}
			}
			if !slices.Equal(g, want) {
				t.Errorf("got %v, want %v", g, want)
			}
		}
		var n int
		if err := conn.QueryRow(ctx, `SELECT cardinality($1::bigint[])`, dialect{}.Int64Array(want)).Scan(&n); err != nil || n != len(want) {
			t.Errorf("%v: cardinality %d (%v), want %d", want, n, err, len(want))
		}
	}
	// As int[] (the lookup's counts): small numbers read back; one past int4 is refused.
	var small []int32
	if err := conn.QueryRow(ctx, `SELECT $1::int[]`, dialect{}.Int64Array([]int64{-3, 0, 64, math.MaxInt32})).Scan(&small); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(small, []int32{-3, 0, 64, math.MaxInt32}) {
		t.Errorf("int[]: got %v", small)
	}
	if err := conn.QueryRow(ctx, `SELECT $1::int[]`, dialect{}.Int64Array([]int64{math.MaxInt32 + 1})).Scan(&small); err == nil {
		t.Errorf("int[]: %d read as %v, want an error", int64(math.MaxInt32+1), small)
	}
}
