package checks

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"
)

// BenchmarkGCWithConcepts is one full collection (runtime.GC) with every
// language's shipped concept set decoded and held, as a worker of every
// locale holds them. Run with GOMAXPROCS=1 (and taskset), ns/op is the
// collection's CPU; the decoded sets' share of it is what their unscanned
// arrays cut (noscanSlice; #17, perf60).
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

// TestDecodedConceptsOutliveCollections: a decoded set, whose forms and
// tokens the collector does not scan (noscanSlice), reads as the compiled
// set after collections that free everything else of its decoding and
// reuse the memory. Run it with GODEBUG=clobberfree=1 too, where freed
// memory is overwritten: a token or form pointing into a freed object
// would then differ.
func TestDecodedConceptsOutliveCollections(t *testing.T) {
	for _, lang := range []string{"en", "de", "ja", "ar"} {
		files := conceptFileData(lang)
		got := compiledConcepts(lang, files)
		if got == nil {
			t.Fatalf("%s: not shipped: go generate ./internal/checks", lang)
		}
		var junk [][]tokData
		for range 4 {
			runtime.GC()
			for range 2000 {
				junk = append(junk, make([]tokData, 64))
			}
			for i := range junk {
				junk[i][0].s = strings.Repeat("x", i%7)
			}
			junk = junk[:0]
		}
		runtime.GC()
		want, err := compileConcepts(lang, files, nil)
		if err != nil {
			t.Fatal(err)
		}
		want.decoded = got.decoded // no field of a compiled set
		runtime.GC()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the decoded set differs from the compiled one after collections", lang)
		}
	}
}

// TestNoscanSliceAsMake: noscanSlice is make's zeroed slice of n.
func TestNoscanSliceAsMake(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		f := noscanSlice[conceptForm](n)
		k := noscanSlice[formTok](n)
		if len(f) != n || cap(f) != n || len(k) != n || f == nil || k == nil {
			t.Fatalf("n=%d: lengths %d/%d, %d/%d", n, len(f), cap(f), len(k), cap(k))
		}
		for i := range f {
			if !reflect.ValueOf(f[i]).IsZero() || k[i].tokData != nil {
				t.Fatalf("n=%d: element %d not zero", n, i)
			}
		}
	}
}
