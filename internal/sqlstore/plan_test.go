package sqlstore_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/sqlstore"
)

// The near-duplicate lookup on SQLite reads its candidates' rows by ID, at
// most limit of them: a plan that walks the launch's drafts (or a locale's
// catalogue) through another index and probes the candidates costs a read
// that grows with the launch, on every check.
func TestNearQueryPlanFollowsCandidates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "plan.db")
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, refs := range []bool{true, false} {
		q := sqlstore.NearQuery(128, 32, 64, refs, false)
		args := make([]any, 128, 135)
		for i := range args {
			args[i] = int64(i)
		}
		if refs {
			args = append(args, "L", "en-GB", "web", "SKU", "en-GB", "web", "SKU")
		}
		rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(detail, " d ") || strings.Contains(detail, " c ") || strings.HasSuffix(detail, " d") || strings.HasSuffix(detail, " c") {
				plan = append(plan, detail)
			}
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		if len(plan) != 2 {
			t.Fatalf("refs=%v: plan of drafts and catalogue %q, want two searches", refs, plan)
		}
		for _, p := range plan {
			if !strings.HasPrefix(p, "SEARCH ") || !strings.Contains(p, "(id=?)") {
				t.Errorf("refs=%v: %q, want a search by id", refs, p)
			}
		}
	}
}
