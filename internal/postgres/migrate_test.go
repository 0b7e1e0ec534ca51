package postgres

import (
	"context"
	"database/sql"
	"io/fs"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/copydesk/copydesk/internal/testutil"
)

// Migration 00016 (each text's keys as one row, the log for the copies in
// memory) goes down to the key rows and the functions of 00011-00015 and
// up again, keeping every ref's keys: down, near_candidates finds them
// from near_keys; up again, the store's lookups find them from the copy.
func TestNearListsMigrationDown(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "migrate")
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	for i, ref := range []string{"r1", "r2", "r3"} {
		if err := s.PutNearKeys(ctx, ref, []int64{7, int64(10 + i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.PutNearKeys(ctx, "r3", []int64{7, 8, 8}); err != nil { // re-keyed, a key twice
		t.Fatal(err)
	}
	s.Close()

	db := openSQL(t, u)
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db, sub, goose.WithAllowOutofOrder(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 15); err != nil {
		t.Fatal(err)
	}
	candidates := func(db *sql.DB) string {
		t.Helper()
		rows, err := db.QueryContext(ctx, `SELECT cand_ref || ':' || cand_n FROM near_candidates('{7,8,11}', 32, 10)`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var got []string
		for rows.Next() {
			var c string
			if err := rows.Scan(&c); err != nil {
				t.Fatal(err)
			}
			got = append(got, c)
		}
		return strings.Join(got, " ")
	}
	if got, want := candidates(db), "r2:2 r3:2 r1:1"; got != want {
		t.Errorf("after Down: near_candidates = %q, want %q", got, want)
	}
	if _, err := db.ExecContext(ctx, `SELECT near_put('{r4}', '{7,9}', '{1,1}')`); err != nil {
		t.Errorf("after Down: the old near_put: %v", err)
	}
	if _, err := p.Up(ctx); err != nil {
		t.Fatal(err)
	}
	s, err = Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.NearTexts(ctx, []int64{7}, 32, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 { // no drafts or entries behind the refs: the filter keeps none
		t.Errorf("NearTexts = %v", got)
	}
	var keys string
	if err := db.QueryRowContext(ctx, `SELECT string_agg(ref || '=' || array_to_string(keys, ','), ' ' ORDER BY ref) FROM near_key_sets`).Scan(&keys); err != nil {
		t.Fatal(err)
	}
	if want := "r1=7,10 r2=7,11 r3=7,8 r4=7,9"; keys != want {
		t.Errorf("after Down and Up: near_key_sets %q, want %q", keys, want)
	}
}

// The near-duplicate index's functions plan their statements once a
// session (migration 00017): near_lacking runs in every lookup, and a
// plan made again for each call's values was a third of the lookup
// statement's CPU on the server (docs/PERFORMANCE.md, "The
// twenty-second session").
func TestNearFunctionsKeepGenericPlans(t *testing.T) {
	ctx := context.Background()
	u := testutil.FreshSchema(t, "generic")
	s, err := Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db := openSQL(t, u)
	for _, fn := range []string{"near_lacking", "near_catch_up", "near_put"} {
		var conf string
		if err := db.QueryRowContext(ctx, `SELECT COALESCE(array_to_string(p.proconfig, ' '), '') FROM pg_proc p
			WHERE p.proname = $1 AND p.pronamespace = current_schema()::regnamespace`, fn).Scan(&conf); err != nil {
			t.Fatalf("%s: %v", fn, err)
		}
		if !strings.Contains(conf, "plan_cache_mode=force_generic_plan") {
			t.Errorf("%s's settings %q: no plan_cache_mode=force_generic_plan", fn, conf)
		}
	}
}

// openSQL opens database/sql over pgx on the schema URL u, closed when the
// test ends: the migrations' own access path (goose reads *sql.DB).
func openSQL(t *testing.T, u string) *sql.DB {
	t.Helper()
	cfg, err := pgx.ParseConfig(u)
	if err != nil {
		t.Fatal(err)
	}
	db := stdlib.OpenDB(*cfg)
	t.Cleanup(func() { db.Close() })
	return db
}
