package checks

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"testing"
)

// TestConceptSetsHeap reports the heap the concept sets of every language
// take, as a 25-locale worker holds them (perf48; HEAP_REPORT=1, with
// HEAP_REPORT_PROFILE=F a heap profile, -test.memprofilerate=1 for every
// allocation):
//
//	HEAP_REPORT=1 go test -count=1 -run TestConceptSetsHeap -v ./internal/checks
func TestConceptSetsHeap(t *testing.T) {
	if os.Getenv("HEAP_REPORT") == "" {
		t.Skip("HEAP_REPORT=1 reports the concept sets' heap")
	}
	heap := func() uint64 {
		runtime.GC()
		debug.FreeOSMemory()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	langs := conceptDataLangs()
	before := heap()
	for _, l := range langs {
		conceptsFor(l)
	}
	after := heap()
	t.Logf("concept sets of %d languages: %.2f MiB of heap", len(langs), float64(after-before)/(1<<20))
	if p := os.Getenv("HEAP_REPORT_PROFILE"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
			t.Fatal(err)
		}
	}
}
