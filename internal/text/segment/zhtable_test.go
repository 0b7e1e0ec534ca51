package segment

import (
	"testing"
	"unsafe"
)

// TestZhTableRoundTrip: the table a worker builds outside the heap
// (zhTable) is newZhDict's build of gse's two texts in zhTable's layout,
// byte for byte, and decodes back to that build. That it answers as gse
// does is TestChineseMatchesGse's, which reads the same table (zhSeg)
// (#17, perf53b).
func TestZhTableRoundTrip(t *testing.T) {
	b := newZhDict(gseZhS, gseZhT)
	want := encodeZhTable(b, heapTable)
	if got := zhTable(); got != want {
		t.Fatalf("the worker's table (%d bytes) is not the heap encoding of the build (%d bytes)", len(got), len(want))
	}
	d := decodeZhTable(want)
	if d.words != b.words || d.mask != b.mask || len(d.slots) != len(b.slots) {
		t.Fatal("decodeZhTable differs from the build")
	}
	for i := range d.slots {
		if d.slots[i] != b.slots[i] {
			t.Fatalf("slot %d: %x against %x", i, d.slots[i], b.slots[i])
		}
	}
}

// TestZhTableInPlace: on a little-endian machine the slots and the words
// are read where zhTable built them, not copied to the heap.
func TestZhTableInPlace(t *testing.T) {
	if !nativeLittleEndian() {
		t.Skip("big-endian: the slots are copied")
	}
	d, tbl := zhSeg(), zhTable()
	if unsafe.Pointer(&d.slots[0]) != unsafe.Pointer(unsafe.StringData(tbl[zhTableHeader:])) {
		t.Fatal("the slots were copied: the table is not 4-byte aligned")
	}
	if unsafe.StringData(d.words) != unsafe.StringData(tbl[zhTableHeader+4*len(d.slots):]) {
		t.Fatal("the word store was copied")
	}
}
