package segment

import (
	"encoding/binary"
	"runtime/debug"
	"sync"
	"unsafe"

	"github.com/copydesk/copydesk/internal/embedpages"
)

// zhTable is the compact Chinese dictionary (zhDict) in a flat layout, read
// in place: a 16-byte header (zhTableMagic, the slot count and the word
// store's length, little-endian uint32s, and 4 bytes of zeros), the slots
// as little-endian uint32s, then the word store. It is built from gse's
// embedded text on a process's first Chinese text (newZhDict, ~0.3-0.6 s)
// and written into memory outside the Go heap (offHeapTable), where it
// stays for the process; the build's garbage is handed back at once.
// On the heap it was ~11 MiB of live data that the collector's goal (3/2 of
// the live heap, gc50) made ~17 MiB of a worker's peak; outside it costs
// its own size. Nothing generated is kept in the repository (#17,
// perf53b; perf53 embedded the table built at go generate time, 11.8 MB).
var zhTable = sync.OnceValue(func() string {
	buildMu.Lock()
	defer buildMu.Unlock()
	d := newZhDict(gseZhS, gseZhT) // gse's loadZh order
	t := encodeZhTable(d, offHeapTable)
	// The text is read once, into the table: its pages of the binary
	// need not stay resident (embedpages.ReleaseString).
	embedpages.ReleaseString(gseZhS)
	embedpages.ReleaseString(gseZhT)
	debug.FreeOSMemory() // hand the build's garbage back
	return t
})

// buildMu keeps the two dictionaries' builds one after the other: each
// makes 2-3 times its table's size of garbage on the heap before the
// garbage is handed back (~55 MB Chinese, ~40 MB Japanese, VmHWM in a
// test process), and a 25-locale worker's first Chinese and Japanese texts
// come together, so two builds side by side stacked both at the start of
// a launch and made it the worker's peak RSS (190 MiB against 174 at the
// end in a 10,000-draft launch). The second text of the two waits for the
// first build, once a process (#17, perf53b).
var buildMu sync.Mutex

const (
	zhTableMagic  = "zhd1"
	zhTableHeader = 16
)

// encodeZhTable is d in zhTable's form, in the n bytes place gives
// (offHeapTable for a worker, heapTable for the tests).
func encodeZhTable(d *zhDict, place func(n int, fill func([]byte)) string) string {
	n := zhTableHeader + 4*len(d.slots) + len(d.words)
	return place(n, func(b []byte) {
		le := binary.LittleEndian
		copy(b, zhTableMagic)
		le.PutUint32(b[4:], uint32(len(d.slots)))
		le.PutUint32(b[8:], uint32(len(d.words)))
		clear(b[12:zhTableHeader])
		for i, s := range d.slots {
			le.PutUint32(b[zhTableHeader+4*i:], uint32(s))
		}
		copy(b[zhTableHeader+4*len(d.slots):], d.words)
	})
}

// decodeZhTable is the dictionary src holds in zhTable's form. On a
// little-endian machine with src's slots 4-byte aligned (a mapping is
// page-aligned and the header is 16 bytes; checked, not assumed:
// TestZhTableInPlace) the slots are src's own bytes, never written (find
// only reads them); otherwise they are copied.
func decodeZhTable(src string) *zhDict {
	if len(src) < zhTableHeader || src[:4] != zhTableMagic {
		panic("segment: not a compact Chinese dictionary table")
	}
	n := int(binary.LittleEndian.Uint32([]byte(src[4:8])))
	w := int(binary.LittleEndian.Uint32([]byte(src[8:12])))
	if n == 0 || n&(n-1) != 0 || len(src) != zhTableHeader+4*n+w {
		panic("segment: the compact Chinese dictionary table's sizes do not add up")
	}
	raw := src[zhTableHeader : zhTableHeader+4*n]
	d := &zhDict{words: src[zhTableHeader+4*n:], mask: uint64(n - 1)}
	p := unsafe.StringData(raw)
	if nativeLittleEndian() && uintptr(unsafe.Pointer(p))%unsafe.Alignof(zhSlot(0)) == 0 {
		d.slots = unsafe.Slice((*zhSlot)(unsafe.Pointer(p)), n)
		return d
	}
	d.slots = make([]zhSlot, n)
	for i := range d.slots {
		d.slots[i] = zhSlot(binary.LittleEndian.Uint32([]byte(raw[4*i : 4*i+4])))
	}
	return d
}

// heapTable is a table of n bytes, written by fill, on the heap.
func heapTable(n int, fill func([]byte)) string {
	b := make([]byte, n)
	fill(b)
	return bytesView(b)
}

func nativeLittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}
