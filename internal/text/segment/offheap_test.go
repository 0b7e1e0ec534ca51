package segment

import (
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"
)

// TestOffHeapTable: a table from offHeapTable holds what fill wrote; on
// Linux it is outside the Go heap (64 MiB of it add nothing to the heap's
// in-use bytes) and read-only once filled (a write faults) (#17,
// perf53b).
func TestOffHeapTable(t *testing.T) {
	const n = 64 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	tbl := offHeapTable(n, func(b []byte) {
		for i := range b {
			b[i] = byte(i % 251)
		}
	})
	runtime.GC()
	runtime.ReadMemStats(&after)
	if len(tbl) != n || tbl[1000] != byte(1000%251) || tbl[n-1] != byte((n-1)%251) {
		t.Fatal("the table does not hold what fill wrote")
	}
	if offHeapTable(0, nil) != "" {
		t.Fatal("an empty table is not empty")
	}
	if runtime.GOOS != "linux" {
		return
	}
	grew := int64(after.HeapSys) - int64(before.HeapSys)
	t.Logf("HeapSys %+d bytes, HeapInuse %d -> %d", grew, before.HeapInuse, after.HeapInuse)
	if grew > n/4 || int64(after.HeapInuse)-int64(before.HeapInuse) > n/4 {
		t.Fatalf("64 MiB off the heap grew the heap: HeapSys %d -> %d, HeapInuse %d -> %d", before.HeapSys, after.HeapSys, before.HeapInuse, after.HeapInuse)
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	faulted := func() (f bool) {
		defer func() { f = recover() != nil }()
		b := unsafe.Slice(unsafe.StringData(tbl), len(tbl))
		b[0] = 7
		return false
	}()
	if !faulted || tbl[0] != 0 {
		t.Fatal("the table was written after it was filled")
	}
}
