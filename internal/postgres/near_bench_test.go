package postgres_test

import (
	"testing"

	"github.com/copydesk/copydesk/internal/storetest"
	"github.com/copydesk/copydesk/internal/testutil"
)

// BenchmarkNearRefs is storetest.BenchNearRefs on PostgreSQL: the
// candidates from the process's copy of the index in memory, then one
// statement reading the candidates' rows (#17).
func BenchmarkNearRefs(b *testing.B) {
	testutil.ServiceURL(b, "TEST_DATABASE_URL")
	storetest.BenchNearRefs(b, newStore(b))
}
