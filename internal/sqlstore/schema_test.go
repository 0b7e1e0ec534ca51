package sqlstore_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/postgres"
	"github.com/copydesk/copydesk/internal/sqlite"
	"github.com/copydesk/copydesk/internal/testutil"
)

// The SQLite and PostgreSQL migrations build the same tables with the same
// columns: one SQL implementation reads and writes both.
func TestSchemasAgree(t *testing.T) {
	ctx := context.Background()
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "schema.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg, err := postgres.Open(ctx, testutil.FreshSchema(t, "schema"))
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	a, err := lite.Columns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pg.Columns(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) < 8 {
		t.Fatalf("SQLite has only tables %v", a)
	}
	// SQLite's near-duplicate index files texts under integers named in
	// near_refs (its migration 00010, near_numbers.go); PostgreSQL's under
	// their IDs. The statements that touch them are each dialect's own.
	// PostgreSQL keeps each ref's keys as one row too (near_key_sets, its
	// migration 00013), to replace them without an index on ref.
	// SQLite counts its index's changes for the copy in memory (near_clock,
	// its migration 00017), and keeps each text's keys as one row with a
	// log of the keys re-keyed texts had, instead of near_keys (near_lists
	// and near_log, its migration 00018). PostgreSQL's near_log is a log of
	// the refs each transaction filed, by transaction ID, with the ID up to
	// which it was cut (near_log_cut), for each process's copy in memory;
	// near_keys is gone there too (its migration 00016).
	own := map[string]bool{"near_keys": true, "near_refs": true, "near_key_sets": true, "near_clock": true,
		"near_lists": true, "near_log": true, "near_log_cut": true}
	for table, cols := range a {
		if own[table] {
			continue
		}
		other, ok := b[table]
		if !ok {
			t.Errorf("table %s is in SQLite only", table)
			continue
		}
		slices.Sort(cols)
		slices.Sort(other)
		if !slices.Equal(cols, other) {
			t.Errorf("table %s columns differ:\n  sqlite:   %v\n  postgres: %v", table, cols, other)
		}
	}
	for table := range b {
		if _, ok := a[table]; !ok && !own[table] {
			t.Errorf("table %s is in PostgreSQL only", table)
		}
	}
}
