package sqlstore_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/sqlstore"
	"github.com/copydesk/copydesk/internal/testutil"
)

// The near-duplicate lookup on SQLite reads its candidates' rows by key, at
// most limit of them (near_refs by number; NearTexts' drafts and catalogue
// by ID): a plan that walks the launch's drafts (or a locale's catalogue)
// through another index and probes the candidates costs a read that grows
// with the launch, on every check. The candidates come from the copy of
// the index in memory or from the lists (near_memory.go), as a JSON array.
func TestNearQueryPlanFollowsCandidates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "plan.db")
	s := openSQLite(t, path)
	s.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, refs := range []bool{true, false} {
		q, args := sqlstore.NearMemoryTexts, []any{"[1,2,3]", "[1,2,3]"}
		if refs {
			q, args = sqlstore.NearMemoryRefs, []any{"[1,2,3]", "L", "en-GB", "web", "SKU", "en-GB", "web", "SKU"}
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
				plan = append(plan, detail)
			}
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
		// The candidates (j) and the count (near_clock, one row) are
		// scanned; every table is searched by its key, once a candidate.
		searches := 0
		for _, p := range plan {
			switch {
			case strings.HasPrefix(p, "SCAN j"), p == "SCAN near_clock":
			case strings.HasPrefix(p, "SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"),
				strings.HasPrefix(p, "SEARCH ") && strings.HasSuffix(p, "(id=?)"):
				searches++
			default:
				t.Errorf("refs=%v: %q in the plan %q", refs, p, plan)
			}
		}
		if want := map[bool]int{true: 1, false: 4}[refs]; searches != want {
			t.Errorf("refs=%v: %d searches in the plan %q, want %d", refs, searches, plan, want)
		}
	}
}

// On PostgreSQL the lookup reads each candidate's draft and catalogue row
// by its primary key, once a candidate, whatever the statistics say: with
// none (a new schema, a launch just copied in, autovacuum behind) the
// planner read every draft of the launch, locale and channel through
// their unique index into a hash join instead, a read that grew with the
// launch on every check (docs/PERFORMANCE.md, 1 Dec). The candidates come
// from the copy in memory (near_sets.go); the statements checked are the
// ones sent over them, in the generic plan a prepared statement settles on.
func TestNearQueryPlanFollowsCandidatesPostgres(t *testing.T) {
	ctx := context.Background()
	conn := migratedConn(t, "plan")
	if _, err := conn.Exec(ctx, "SET plan_cache_mode = force_generic_plan"); err != nil {
		t.Fatal(err)
	}
	check := "64, '{}', '{}', 60"
	for _, refs := range []bool{true, false} {
		q, args := sqlstore.NearSetsTexts, check+", '{a,b}', '{2,1}', '{a,b}', '{2,1}'"
		if refs {
			q, args = sqlstore.NearSetsRefs, check+", '{a,b}', 'L', 'en-GB', 'web', 'SKU', 'en-GB', 'web', 'SKU'"
		}
		n := 0
		q = regexp.MustCompile(`\?`).ReplaceAllStringFunc(q, func(string) string { n++; return "$" + strconv.Itoa(n) })
		name := fmt.Sprintf("near_%v", refs)
		if _, err := conn.Exec(ctx, "PREPARE "+name+" AS "+q); err != nil {
			t.Fatal(err)
		}
		var plan string
		if err := conn.QueryRow(ctx, "EXPLAIN (FORMAT JSON) EXECUTE "+name+"("+args+")").Scan(&plan); err != nil {
			t.Fatal(err)
		}
		var root []struct{ Plan planNode }
		if err := json.Unmarshal([]byte(plan), &root); err != nil || len(root) != 1 {
			t.Fatalf("refs=%v: %v %s", refs, err, plan)
		}
		probes := map[string]int{}
		var walk func(p planNode)
		walk = func(p planNode) {
			switch p.Relation {
			case "drafts", "catalogue":
				if p.Type != "Index Scan" || p.Index != p.Relation+"_pkey" || !probeCond.MatchString(p.Cond) {
					t.Errorf("refs=%v: %s reads %s by %q (%s), want an Index Scan of %s_pkey by id = the ref in the plan %s",
						refs, p.Type, p.Relation, p.Index, p.Cond, p.Relation, plan)
				}
				probes[p.Relation]++
			}
			for _, c := range p.Plans {
				if refs && c.Relation == "catalogue" && c.Index == "catalogue_pkey" && p.OneTime == "" {
					t.Errorf("refs=%v: the catalogue probe is under %s without a one-time filter: probed for every ref, drafts' too, in the plan %s", refs, p.Type, plan)
				}
				walk(c)
			}
		}
		walk(root[0].Plan)
		if probes["drafts"] != 1 || probes["catalogue"] != 1 {
			t.Errorf("refs=%v: probes %v, want drafts and catalogue once each", refs, probes)
		}
	}
}

// probeCond is a probe by the candidate's ref (the candidates' alias
// depends on whether the planner inlined them).
var probeCond = regexp.MustCompile(`^\(id = [a-z_0-9]+\.ref\)$`)

// planNode is the part of a PostgreSQL EXPLAIN (FORMAT JSON) node the plan
// tests read.
type planNode struct {
	Type     string     `json:"Node Type"`
	Relation string     `json:"Relation Name"`
	Index    string     `json:"Index Name"`
	Cond     string     `json:"Index Cond"`
	OneTime  string     `json:"One-Time Filter"`
	Plans    []planNode `json:"Plans"`
}

// migratedConn opens a connection to a fresh schema that postgres.Open
// has migrated, closed when the test ends.
func migratedConn(t *testing.T, name string) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	u := testutil.FreshSchema(t, name)
	s, err := postgres.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(ctx) })
	return conn
}
