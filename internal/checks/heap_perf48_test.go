package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestConceptSetsHeap reports the heap the concept sets of every language
// take, as a 25-locale worker holds them (perf48; HEAP_REPORT=1, with
// HEAP_REPORT_PROFILE=F a heap profile, -test.memprofilerate=1 for every
// allocation):
//
//	HEAP_REPORT=1 go test -count=1 -run TestConceptSetsHeap -v ./internal/checks
func TestConceptSetsHeap(t *testing.T) {
	langs := conceptDataLangs()
	mib := testutil.HeapReport(t, func() {
		for _, l := range langs {
			conceptsFor(l)
		}
	})
	t.Logf("concept sets of %d languages: %.2f MiB of heap", len(langs), mib)
}
