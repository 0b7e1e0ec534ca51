package postgres

import (
	"context"
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
