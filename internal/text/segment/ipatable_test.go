package segment

import (
	"reflect"
	"testing"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
)

// TestIPATableRoundTrip: the table a worker builds outside the heap
// (jaDict) holds loadIPAZip's index, morphs and connection matrix in
// ipaTable's layout, byte for byte, and decodes back to them. That the
// worker's whole dictionary is ipa.DictShrink's is
// TestEmbeddedDataAsReadFile's (#17, perf53b).
func TestIPATableRoundTrip(t *testing.T) {
	z, err := loadIPAZip()
	if err != nil {
		t.Fatal(err)
	}
	want := encodeIPATable(z, heapTable)
	if _, got := jaDict(); got != want {
		t.Fatalf("the worker's table (%d bytes) is not the heap encoding of the zip's tables (%d bytes)", len(got), len(want))
	}
	var d dict.Dict
	if err := decodeIPATable(want, &d); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d.Index, z.Index) || !reflect.DeepEqual(d.Morphs, z.Morphs) || !reflect.DeepEqual(d.Connection, z.Connection) {
		t.Fatal("decodeIPATable's tables differ from the zip's")
	}
	if err := decodeIPATable(want[:len(want)-2], &d); err == nil {
		t.Fatal("a short table decoded")
	}
}

// TestIPATableInPlace: on a little-endian machine the index, morphs and
// matrix are read where jaDict built them, not copied to the heap; a copy
// (viewOrCopy's other way) decodes the same.
func TestIPATableInPlace(t *testing.T) {
	if !nativeLittleEndian() {
		t.Skip("big-endian: the tables are copied")
	}
	d, tbl := jaDict()
	lo := uintptr(unsafe.Pointer(unsafe.StringData(tbl)))
	hi := lo + uintptr(len(tbl))
	for name, p := range map[string]unsafe.Pointer{
		"index":      unsafe.Pointer(&d.Index.Da[0]),
		"morphs":     unsafe.Pointer(&d.Morphs[0]),
		"connection": unsafe.Pointer(&d.Connection.Vec[0]),
	} {
		if a := uintptr(p); a < lo || a >= hi {
			t.Errorf("%s copied: the table's arrays are not aligned", name)
		}
	}
	// the copy, as a misaligned or big-endian table would be read
	odd := " " + tbl[ipaTableHeader:ipaTableHeader+8*100]
	cp := viewOrCopy(odd[1:], 100, func(b []byte) struct{ Base, Check int32 } {
		return struct{ Base, Check int32 }{int32(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24), int32(uint32(b[4]) | uint32(b[5])<<8 | uint32(b[6])<<16 | uint32(b[7])<<24)}
	})
	if !reflect.DeepEqual([]struct{ Base, Check int32 }(d.Index.Da[:100]), cp) {
		t.Fatal("a copied index differs from the one read in place")
	}
}
