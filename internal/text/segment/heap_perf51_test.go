package segment

import (
	"testing"
	"time"

	"github.com/copydesk/copydesk/internal/testutil"
)

// TestDictionariesHeap reports the heap and the load time of each
// dictionary as a worker holds it after its first Japanese or Chinese text
// (perf51; HEAP_REPORT=1, with HEAP_REPORT_PROFILE=F a heap profile):
//
//	HEAP_REPORT=1 go test -count=1 -run TestDictionariesHeap -v ./internal/text/segment
func TestDictionariesHeap(t *testing.T) {
	for _, c := range []struct {
		name string
		load func()
	}{
		{"Japanese (kagome IPA)", func() { jaTok() }},
		{"Chinese (gse zh)", func() { zhSeg() }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var took time.Duration
			mib := testutil.HeapReport(t, func() {
				start := time.Now()
				c.load()
				took = time.Since(start)
			})
			t.Logf("%s: %.2f MiB of heap, loaded in %v", c.name, mib, took)
		})
	}
}
