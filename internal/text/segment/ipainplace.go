package segment

import (
	"bytes"
	"encoding/binary"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// The Japanese dictionary's three large tables read in place (#17,
// heap67): the double array (10.8 MB), the connection matrix (3.5 MB) and
// the morphs (2.4 MB) as slices over the bytes of the cache file's
// entries (ipacache.go), which a worker maps read-only (mapCacheFile),
// instead of copies on the heap. The tables are kagome's own types with
// the same values (TestIPAInPlaceAsRead): only where their bytes live
// differs. The pages are the page cache's, shared by every process that
// maps the file, counted in a process's RSS only once it reads them, and
// outside the Go heap, so neither the collector's heap goal nor the
// memory limit's headroom (appcore.LimitWithHeadroom) grows with them.
// Each view needs a little-endian process and its entry's bytes aligned
// as the table's type (ipaCacheVersion 2 writes every entry 8-byte
// aligned); when either fails, the caller reads the entry into the heap
// as before.

// inPlace reports whether b may be viewed as a table of align-byte
// aligned little-endian values.
func inPlace(b []byte, align uintptr) bool {
	return littleEndian() && len(b) > 0 && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%align == 0
}

// countAt is kagome's little-endian int64 count at b[at:], and whether b
// holds one that is not negative.
func countAt(b []byte, at int) (int, bool) {
	if at < 0 || at+8 > len(b) {
		return 0, false
	}
	n := int64(binary.LittleEndian.Uint64(b[at:]))
	if n < 0 || n > 1<<31 {
		return 0, false
	}
	return int(n), true
}

// indexInPlace is readIndex of b, index.dict's bytes, with the double
// array a view of b (the duplicate counts, 47k, a map on the heap as
// kagome's IndexTable has them).
func indexInPlace(b []byte) (dict.IndexTable, bool) {
	var idx dict.IndexTable
	n, ok := countAt(b, 0)
	if !ok || len(b) < 8+8*n || !inPlace(b[8:], 4) {
		return idx, false
	}
	m, ok := countAt(b, 8+8*n)
	if !ok || len(b) != 8+8*n+8+8*m {
		return idx, false
	}
	if n > 0 {
		idx.Da = trie.DoubleArray(unsafe.Slice((*struct{ Base, Check int32 })(unsafe.Pointer(&b[8])), n))
	} else {
		idx.Da = trie.DoubleArray{}
	}
	idx.Dup = make(map[int32]int32, m)
	if err := eachRecord(bytes.NewReader(b[8+8*n+8:]), m, 8, func(_ int, r []byte) {
		idx.Dup[int32(binary.LittleEndian.Uint32(r))] = int32(binary.LittleEndian.Uint32(r[4:]))
	}); err != nil {
		return idx, false
	}
	return idx, true
}

// morphsInPlace is readMorphs of b, morph.dict's bytes, as a view of b.
func morphsInPlace(b []byte) (dict.Morphs, bool) {
	n, ok := countAt(b, 0)
	if !ok || len(b) != 8+6*n || unsafe.Sizeof(dict.Morph{}) != 6 {
		return nil, false
	}
	if n == 0 {
		return dict.Morphs{}, true
	}
	if !inPlace(b[8:], 2) {
		return nil, false
	}
	return dict.Morphs(unsafe.Slice((*dict.Morph)(unsafe.Pointer(&b[8])), n)), true
}

// connectionInPlace is dict.ReadConnectionTable of b, connection.dict's
// bytes (the rows and columns as little-endian int64s, then the matrix as
// int16s), the matrix a view of b.
func connectionInPlace(b []byte) (dict.ConnectionTable, bool) {
	var t dict.ConnectionTable
	rows, ok1 := countAt(b, 0)
	cols, ok2 := countAt(b, 8)
	if !ok1 || !ok2 || rows > 1<<15 || cols > 1<<15 || len(b) != 16+2*rows*cols || rows*cols == 0 || !inPlace(b[16:], 2) {
		return t, false
	}
	t.Row, t.Col = int64(rows), int64(cols)
	t.Vec = unsafe.Slice((*int16)(unsafe.Pointer(&b[16])), rows*cols)
	return t, true
}
