package segment

import (
	"encoding/binary"
	"errors"
	"slices"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
)

// loadIPA is loadIPAZip's dictionary with its three large parts, the
// double-array index (1.36M nodes, 10.8 MB), the morphs (392k, 2.4 MB)
// and the connection matrix (1316 x 1316 costs, 3.5 MB), moved into one
// table in ipaTable's layout, in the bytes place gives (offHeapTable for
// a worker: outside the Go heap, for the process), and read there in
// place. Inflated from the zip onto the heap they were ~16.4 MiB of live
// data that the collector's goal (3/2 of the live heap, gc50) made ~25
// MiB of a worker's peak; outside it they cost their own size. The
// zip's copies are garbage once the table is written (#17, perf53b;
// perf53 embedded the table built at go generate time, 17.0 MB).
// TestEmbeddedDataAsReadFile: the whole dictionary still deep-equals
// ipa.DictShrink's, part-of-speech table aside.
func loadIPA(place func(n int, fill func([]byte)) string) (*dict.Dict, string, error) {
	d, err := loadIPAZip()
	if err != nil {
		return nil, "", err
	}
	t := encodeIPATable(d, place)
	if err := decodeIPATable(t, d); err != nil {
		return nil, "", err
	}
	return d, t, nil
}

// ipaTable's layout, little-endian: "ipa1" and 4 zero bytes; the counts
// of nodes, duplicate entries and morphs and the matrix's rows and
// columns as uint64s (header 48 bytes); each node's Base and Check
// (int32s); each duplicate entry's key and value (int32s, by key); each
// morph's LeftID, RightID and Weight (int16s), zero-padded to 8 bytes;
// the matrix's costs (int16s). On a little-endian machine each array is
// laid out as its Go type is in memory.
const (
	ipaTableMagic  = "ipa1\x00\x00\x00\x00"
	ipaTableHeader = 48
)

var errIPATable = errors.New("segment: not the IPA dictionary's table")

// ipaTableOffsets are the offsets of the duplicate entries, the morphs and
// the matrix in a table of nDA nodes, nDup duplicate entries and nMorphs
// morphs.
func ipaTableOffsets(nDA, nDup, nMorphs int) (offDup, offMorphs, offConn int) {
	offDup = ipaTableHeader + 8*nDA
	offMorphs = offDup + 8*nDup
	offConn = (offMorphs + 6*nMorphs + 7) &^ 7
	return offDup, offMorphs, offConn
}

// encodeIPATable is d's index, morphs and connection matrix in ipaTable's
// layout, in the bytes place gives.
func encodeIPATable(d *dict.Dict, place func(n int, fill func([]byte)) string) string {
	nDA, nDup, nMorphs := len(d.Index.Da), len(d.Index.Dup), len(d.Morphs)
	offDup, offMorphs, offConn := ipaTableOffsets(nDA, nDup, nMorphs)
	return place(offConn+2*len(d.Connection.Vec), func(b []byte) {
		le := binary.LittleEndian
		copy(b, ipaTableMagic)
		for i, n := range []int64{int64(nDA), int64(nDup), int64(nMorphs), d.Connection.Row, d.Connection.Col} {
			le.PutUint64(b[8+8*i:], uint64(n))
		}
		for i, n := range d.Index.Da {
			le.PutUint32(b[ipaTableHeader+8*i:], uint32(n.Base))
			le.PutUint32(b[ipaTableHeader+8*i+4:], uint32(n.Check))
		}
		keys := make([]int32, 0, nDup)
		for k := range d.Index.Dup {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			le.PutUint32(b[offDup+8*i:], uint32(k))
			le.PutUint32(b[offDup+8*i+4:], uint32(d.Index.Dup[k]))
		}
		for i, m := range d.Morphs {
			le.PutUint16(b[offMorphs+6*i:], uint16(m.LeftID))
			le.PutUint16(b[offMorphs+6*i+2:], uint16(m.RightID))
			le.PutUint16(b[offMorphs+6*i+4:], uint16(m.Weight))
		}
		clear(b[offMorphs+6*nMorphs : offConn])
		for i, c := range d.Connection.Vec {
			le.PutUint16(b[offConn+2*i:], uint16(c))
		}
	})
}

// decodeIPATable sets d's index, morphs and connection matrix from src in
// ipaTable's layout. On a little-endian machine, with each array aligned
// as its Go type needs (a mapping is page-aligned, and the layout keeps
// each array at a multiple of its alignment; checked, not assumed), the
// node, morph and cost slices are src's own bytes, which nothing writes:
// kagome's tokenizer only reads a dictionary. Otherwise they are copied.
// The duplicate counts are a map, made on the heap (47k entries).
func decodeIPATable(src string, d *dict.Dict) error {
	if len(src) < ipaTableHeader || src[:8] != ipaTableMagic {
		return errIPATable
	}
	le := binary.LittleEndian
	var c [5]int
	for i := range c {
		v := le.Uint64([]byte(src[8+8*i : 16+8*i]))
		if v > 1<<31 {
			return errIPATable
		}
		c[i] = int(v)
	}
	nDA, nDup, nMorphs, rows, cols := c[0], c[1], c[2], c[3], c[4]
	offDup, offMorphs, offConn := ipaTableOffsets(nDA, nDup, nMorphs)
	if len(src) != offConn+2*rows*cols {
		return errIPATable
	}
	d.Index.Da = viewOrCopy(src[ipaTableHeader:offDup], nDA, func(b []byte) struct{ Base, Check int32 } {
		return struct{ Base, Check int32 }{int32(le.Uint32(b)), int32(le.Uint32(b[4:]))}
	})
	d.Index.Dup = make(map[int32]int32, nDup)
	for i := range nDup {
		b := []byte(src[offDup+8*i : offDup+8*i+8])
		d.Index.Dup[int32(le.Uint32(b))] = int32(le.Uint32(b[4:]))
	}
	d.Morphs = viewOrCopy(src[offMorphs:offMorphs+6*nMorphs], nMorphs, func(b []byte) dict.Morph {
		return dict.Morph{LeftID: int16(le.Uint16(b)), RightID: int16(le.Uint16(b[2:])), Weight: int16(le.Uint16(b[4:]))}
	})
	d.Connection = dict.ConnectionTable{Row: int64(rows), Col: int64(cols), Vec: viewOrCopy(src[offConn:], rows*cols, func(b []byte) int16 {
		return int16(le.Uint16(b))
	})}
	return nil
}

// the node type of kagome's double array, for viewOrCopy
var _ trie.DoubleArray = []struct{ Base, Check int32 }(nil)

// viewOrCopy is raw's n records of T (each len(raw)/n bytes, laid out as
// T is in memory on a little-endian machine) as a slice of raw's own
// bytes when the machine is little-endian, T's size is the record's and
// raw is aligned for T; otherwise a copy decoded record by record.
func viewOrCopy[T any](raw string, n int, decode func([]byte) T) []T {
	if n == 0 {
		return []T{}
	}
	var zero T
	size := len(raw) / n
	p := unsafe.StringData(raw)
	if nativeLittleEndian() && int(unsafe.Sizeof(zero)) == size && uintptr(unsafe.Pointer(p))%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(p)), n)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = decode([]byte(raw[i*size : (i+1)*size]))
	}
	return out
}
