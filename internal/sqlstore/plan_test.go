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

// The near-duplicate lookup on SQLite reads its candidates' rows by key, at
// most limit of them (near_refs by number; NearTexts' drafts and catalogue
// by ID): a plan that walks the launch's drafts (or a locale's catalogue)
// through another index and probes the candidates costs a read that grows
// with the launch, on every check.
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
		q := sqlstore.NearQuery(128, 32, 64, refs, false, true)
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
			if strings.HasPrefix(detail, "SEARCH") || strings.HasPrefix(detail, "SCAN") {
				if !strings.Contains(detail, "near_keys") && !strings.HasPrefix(detail, "SCAN k") {
					plan = append(plan, detail)
				}
			}
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		// The grouped candidates (g, t, h) are scanned; every table is
		// searched by its key, once a candidate.
		searches := 0
		for _, p := range plan {
			switch {
			case strings.HasPrefix(p, "SCAN ") && len(strings.Fields(p)) == 2 && strings.Contains("g t h", strings.Fields(p)[1]):
			case strings.HasPrefix(p, "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"),
				strings.HasPrefix(p, "SEARCH ") && strings.HasSuffix(p, "(id=?)"):
				searches++
			default:
				t.Errorf("refs=%v: %q in the plan %q", refs, p, plan)
			}
		}
		if want := map[bool]int{true: 1, false: 3}[refs]; searches != want {
			t.Errorf("refs=%v: %d searches in the plan %q, want %d", refs, searches, plan, want)
		}
	}
}
