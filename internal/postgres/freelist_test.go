package postgres

import (
	"runtime"
	"testing"
)

// TestFreeListKeptAcrossCollections: a binder and a write buffer given
// back are taken again after two collections (a sync.Pool's are gone by
// then), at most the list's capacity is kept, and an empty list gives
// nothing (#17, perf38).
func TestFreeListKeptAcrossCollections(t *testing.T) {
	b := takeBinder()
	b.buf = append(b.buf, "a group commit's parameters"...)
	b.give()
	buf := make([]byte, 0, 50000)
	wbufs.put(&buf)
	runtime.GC()
	runtime.GC()
	if got := takeBinder(); got != b || len(got.buf) != 0 || cap(got.buf) < 4<<10 {
		t.Error("the binder given back was not kept, or not emptied")
	}
	if p, ok := wbufs.get(); !ok || cap(*p) != 50000 {
		t.Error("the write buffer given back was not kept")
	}
	l := make(freeList[int], 2)
	for i := range 5 {
		l.put(i)
	}
	if len(l) != 2 {
		t.Errorf("%d kept, want 2", len(l))
	}
	l.get()
	l.get()
	if v, ok := l.get(); ok {
		t.Errorf("an empty list gave %d", v)
	}
}
