package sqlite_test

import (
	"testing"

	"github.com/copydesk/copydesk/internal/storetest"
)

// BenchmarkNearRefs is storetest.BenchNearRefs on the embedded store: most
// of a lookup is the rows the shared keys give, grouped and counted (#17).
func BenchmarkNearRefs(b *testing.B) {
	storetest.BenchNearRefs(b, newStore(b))
}
