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
