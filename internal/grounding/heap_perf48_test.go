package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/testutil"
)

// TestLexiconsHeap reports the heap the vocabularies of every locale take,
// as a 25-locale worker holds them (perf48; HEAP_REPORT=1, with
// HEAP_REPORT_PROFILE=F a heap profile):
//
//	HEAP_REPORT=1 go test -count=1 -run TestLexiconsHeap -v ./internal/grounding
func TestLexiconsHeap(t *testing.T) {
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	mib := testutil.HeapReport(t, func() {
		for _, l := range set.Supported() {
			if _, err := lexiconFor(l); err != nil {
				t.Fatal(err)
			}
		}
	})
	lexMu.Lock()
	n := len(lexCache)
	lexMu.Unlock()
	t.Logf("lexicons of %d locales (%d vocabularies): %.2f MiB of heap", len(set.Supported()), n, mib)
}
