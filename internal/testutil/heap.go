package testutil

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"testing"
)

// HeapReport runs load and returns the growth of the Go heap it caused, in
// MiB (HeapAlloc after runtime.GC and debug.FreeOSMemory, before and
// after). It skips the test unless HEAP_REPORT is set; with
// HEAP_REPORT_PROFILE=F it also writes a heap profile to F (#17, perf48).
func HeapReport(t *testing.T, load func()) float64 {
	t.Helper()
	if os.Getenv("HEAP_REPORT") == "" {
		t.Skip("HEAP_REPORT=1 reports the heap")
	}
	heap := func() uint64 {
		runtime.GC()
		debug.FreeOSMemory()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	load()
	after := heap()
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
	return float64(int64(after)-int64(before)) / (1 << 20)
}
