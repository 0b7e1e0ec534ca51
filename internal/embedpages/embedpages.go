// Package embedpages drops from a process's resident set the pages of
// data embedded in its binary once the data has been read into the heap
// (#17): YAML read and hashed to find its decoding in a snapshot, a
// snapshot's records decoded, a dictionary's text parsed. Such pages are
// clean pages of the executable's file mappings, counted in the RSS
// (RssFile) for as long as they stay mapped, though nothing reads them
// again. A released page touched again is read back from the page cache
// or the file, as any page of the binary, so a release is never wrong,
// only wasted when the data is read again.
//
// Only memory inside a private file mapping of the executable itself
// (/proc/self/maps) is released, never the heap or anonymous memory. A
// read-only mapping holds strings and an embed.FS's files; a writable one
// holds the bytes of a //go:embed []byte variable, and those are released
// only on the promise that nothing writes them: madvise(MADV_DONTNEED) on a
// private page that was written would bring back the file's bytes.
package embedpages

import (
	"embed"
	"unsafe"
)

// Release releases the pages wholly inside b, the bytes of a //go:embed
// []byte variable (or a slice of one) that nothing writes. Anything else
// (heap, stack, other mappings) is left alone.
func Release(b []byte) {
	if len(b) > 0 {
		release(uintptr(unsafe.Pointer(unsafe.SliceData(b))), uintptr(len(b)))
	}
}

// FaultAround is the span, in bytes, of the kernel's fault-around window
// (Linux mm/memory.c, fault_around_bytes, 64 KiB by default): a read
// fault on a page of a file mapping also maps the pages of the aligned
// window around it that are in the page cache. Reading a record of a few
// hundred bytes of embedded data so leaves up to 16 pages resident, and
// Release of the record itself drops none of them (perf66: 2.7 MiB of
// internal/checks' snapshot stayed resident in a 25-locale worker, its
// ~1,900 records mostly under a page each).
const FaultAround = 64 << 10

// ReleaseRead releases the pages that reading part may have made
// resident: those of the aligned FaultAround windows part touches, kept to
// the pages wholly inside whole, the //go:embed []byte variable part lies
// in (a snapshot and one of its records), which nothing writes. A page of
// whole that another reader still reads is read back from the page cache
// when it is touched again; no page outside whole is released. part not
// inside whole, or whole not embedded data, releases nothing.
func ReleaseRead(part, whole []byte) {
	if len(part) == 0 || len(whole) == 0 {
		return
	}
	pb := uintptr(unsafe.Pointer(unsafe.SliceData(part)))
	wb := uintptr(unsafe.Pointer(unsafe.SliceData(whole)))
	if lo, hi := readWindow(pb, uintptr(len(part)), wb, uintptr(len(whole)), FaultAround); hi > lo {
		release(lo, hi-lo)
	}
}

// readWindow is [lo, hi), the bytes of [wb, wb+wn) within the aligned
// windows of window bytes (a power of two) that [pb, pb+pn) touches: empty
// (hi <= lo) when the part is not inside the whole. release keeps to the
// pages wholly inside it.
func readWindow(pb, pn, wb, wn, window uintptr) (lo, hi uintptr) {
	if pn == 0 || pb < wb || pb+pn > wb+wn || pb+pn < pb {
		return 0, 0
	}
	lo = max(pb&^(window-1), wb)
	hi = min((pb+pn+window-1)&^(window-1), wb+wn)
	return lo, hi
}

// ReleaseString releases the pages wholly inside s when s lies in a
// mapping of the executable (embedded data); anything else is left alone.
func ReleaseString(s string) {
	if len(s) > 0 {
		release(uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(len(s)))
	}
}

// ReleaseFile releases the pages of the embedded file name of f (after it
// has been read: fs.ReadFile copies it).
func ReleaseFile(f *embed.FS, name string) {
	if s, ok := FileData(f, name); ok {
		ReleaseString(s)
	}
}

// embedFile mirrors embed.FS's file, whose layout the compiler writes
// (cmd/compile/internal/staticdata WriteEmbed): embed.FS is a pointer to
// a list of them. TestFileDataAsReadFile checks that the mirror reads
// what fs.ReadFile reads.
type embedFile struct {
	name string
	data string
	hash [16]byte
}

// FileData is the content of the file name of f where the binary holds it
// (no copy), and whether there is one. A directory's name ("dir/") holds
// no data.
func FileData(f *embed.FS, name string) (string, bool) {
	files := *(**[]embedFile)(unsafe.Pointer(f))
	if files == nil {
		return "", false
	}
	for _, e := range *files {
		if e.name == name {
			return e.data, true
		}
	}
	return "", false
}
