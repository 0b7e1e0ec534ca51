package grounding

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// TestLexiconsHeap reports the heap the vocabularies of every locale take,
// as a 25-locale worker holds them (perf48; HEAP_REPORT=1, with
// HEAP_REPORT_PROFILE=F a heap profile):
//
//	HEAP_REPORT=1 go test -count=1 -run TestLexiconsHeap -v ./internal/grounding
func TestLexiconsHeap(t *testing.T) {
	if os.Getenv("HEAP_REPORT") == "" {
		t.Skip("HEAP_REPORT=1 reports the lexicons' heap")
	}
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	heap := func() uint64 {
		runtime.GC()
		debug.FreeOSMemory()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	for _, l := range set.Supported() {
		if _, err := lexiconFor(l); err != nil {
			t.Fatal(err)
		}
	}
	after := heap()
	lexMu.Lock()
	n := len(lexCache)
	lexMu.Unlock()
	t.Logf("lexicons of %d locales (%d vocabularies): %.2f MiB of heap", len(set.Supported()), n, float64(after-before)/(1<<20))
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
