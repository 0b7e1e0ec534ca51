package checks

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkGCWithConcepts is one full collection (runtime.GC) with every
// language's shipped concept set decoded and held, as a worker of every
// locale holds them. Run with GOMAXPROCS=1 (and taskset), ns/op is the
// collection's CPU: the pointers of the sets' forms (a slice of tokens
// each) and tokens (one pointer each) are what every collection marks
// through again (#17, perf60: ~7 ms of a ~10 ms collection at load 2).
func BenchmarkGCWithConcepts(b *testing.B) {
	var sets []*conceptSet
	for _, lang := range conceptDataLangs() {
		if cs := compiledConcepts(lang, conceptFileData(lang)); cs != nil {
			sets = append(sets, cs)
		}
	}
	if len(sets) < 19 {
		b.Fatalf("%d shipped sets: go generate ./internal/checks", len(sets))
	}
	runtime.GC()
	start := time.Now()
	for b.Loop() {
		runtime.GC()
	}
	b.ReportMetric(float64(time.Since(start).Nanoseconds())/float64(b.N), "wall-ns/op")
	runtime.KeepAlive(sets)
}
