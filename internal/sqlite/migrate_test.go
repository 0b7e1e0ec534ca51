package sqlite

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/copydesk/copydesk/internal/core"
)

// A database whose near-duplicate index files texts by ID (before
// migration 00010) finds the same candidates after it, by number, and
// back again after the migration is undone.
func TestNearNumbersMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, sub, goose.WithAllowOutofOrder(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 9); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`INSERT INTO launches (id, name, source_locale, locales, channels, mode, product_count, created_at)
			VALUES ('L', 'old', 'en-GB', '["en-GB"]', '["pdp"]', 'generate', 4, 0)`,
		`INSERT INTO drafts (id, launch_id, sku, locale, channel, status, text, version, attempts, findings, model,
			style_guide_version, prompt_version, prompt_hash, prompt_tokens, completion_tokens, cost, feedback, reason,
			created_at, updated_at)
			SELECT 'd' || value, 'L', 'SKU-' || value, 'en-GB', 'pdp', CASE value WHEN 3 THEN 'failed' ELSE 'in_review' END,
				CASE value WHEN 4 THEN '' ELSE 'copy ' || value END, value, 1, '[]', 'm', 'g', 'p', 'h', 0, 0, 0, '', '', 0, 0
			FROM json_each('[1,2,3,4,5]')`,
		`INSERT INTO catalogue (id, sku, locale, channel, version, text, draft_id, draft_version, launch_id, category,
			collection, published_at) VALUES ('c1', 'SKU-9', 'en-GB', 'pdp', 1, 'published copy', 'd9', 1, 'L0', 'rings', '', 0)`,
		`INSERT INTO near_keys (key, ref) SELECT 7, 'd' || value FROM json_each('[1,2,3,4,5]')`,
		`INSERT INTO near_keys (key, ref) VALUES (8, 'd2'), (8, 'c1'), (8, 'gone')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	f := core.NearFilter{LaunchID: "L", Locale: "en-GB", Channel: "pdp", SKU: "SKU-1"}
	refs, err := s.NearRefs(ctx, []int64{7, 8}, 10, 10, f)
	if err != nil {
		t.Fatal(err)
	}
	want := []core.NearRef{{Ref: "d2", SKU: "SKU-2", Version: 2}, {Ref: "d5", SKU: "SKU-5", Version: 5}, {Ref: "c1", Catalogue: true, SKU: "SKU-9"}}
	if !sameRefs(refs, want) {
		t.Errorf("after the migration: NearRefs = %+v, want %+v", refs, want)
	}
	texts, err := s.NearTexts(ctx, []int64{8}, 10, 10)
	if err != nil || len(texts) != 2 || texts[0].Shared != 1 {
		t.Errorf("after the migration: NearTexts(8) = %+v, %v, want d2 and c1", texts, err)
	}
	// Indexed again under new keys: the old ones go.
	if err := s.PutNearKeys(ctx, "d5", []int64{9}); err != nil {
		t.Fatal(err)
	}
	if refs, err = s.NearRefs(ctx, []int64{7, 9}, 10, 10, f); err != nil || !sameRefs(refs, []core.NearRef{{Ref: "d2", SKU: "SKU-2", Version: 2}, {Ref: "d5", SKU: "SKU-5", Version: 5}}) {
		t.Errorf("d5 under 9: NearRefs(7, 9) = %+v, %v", refs, err)
	}
	s.Close()

	if db, err = sql.Open("sqlite", path); err != nil {
		t.Fatal(err)
	}
	if p, err = goose.NewProvider(goose.DialectSQLite3, db, sub, goose.WithAllowOutofOrder(true)); err != nil {
		t.Fatal(err)
	}
	if _, err := p.DownTo(ctx, 9); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM near_keys WHERE ref IN ('d1', 'd2', 'd3', 'd4', 'c1', 'gone') OR (ref = 'd5' AND key = 9)`).Scan(&n); err != nil || n != 8 {
		t.Errorf("after undoing it: %d rows by ID, %v; want 8", n, err)
	}
	db.Close()
}

func sameRefs(a, b []core.NearRef) bool {
	m := map[string]core.NearRef{}
	for _, r := range a {
		m[r.Ref] = r
	}
	w := map[string]core.NearRef{}
	for _, r := range b {
		w[r.Ref] = r
	}
	return len(a) == len(b) && reflect.DeepEqual(m, w)
}
