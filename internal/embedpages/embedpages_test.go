package embedpages

import (
	"bytes"
	"embed"
	"encoding/binary"
	"io/fs"
	"os"
	"runtime"
	"strings"
	"testing"
	"unsafe"
)

//go:embed testdata/sample.txt
var sampleFS embed.FS

//go:embed testdata/sample.txt
var sampleBytes []byte

//go:embed testdata/sample.txt
var sampleString string

// TestFileDataAsReadFile: the mirror of embed.FS's files reads a file as
// fs.ReadFile does, and a missing one as missing.
func TestFileDataAsReadFile(t *testing.T) {
	want, err := fs.ReadFile(sampleFS, "testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := FileData(&sampleFS, "testdata/sample.txt")
	if !ok || got != string(want) {
		t.Fatalf("FileData: %d bytes, ok %v; fs.ReadFile %d bytes", len(got), ok, len(want))
	}
	if _, ok := FileData(&sampleFS, "testdata/missing.txt"); ok {
		t.Fatal("a missing file found")
	}
}

// resident counts the pages of [p, p+n) and those present in this
// process's page table (/proc/self/pagemap, bit 63).
func resident(t *testing.T, p unsafe.Pointer, n int) (pages, present int) {
	t.Helper()
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skip("no /proc/self/pagemap")
	}
	defer f.Close()
	ps := uintptr(os.Getpagesize())
	lo, hi := uintptr(p)&^(ps-1), uintptr(p)+uintptr(n)
	var e [8]byte
	for a := lo; a < hi; a += ps {
		if _, err := f.ReadAt(e[:], int64(a/ps*8)); err != nil {
			t.Fatal(err)
		}
		pages++
		if binary.LittleEndian.Uint64(e[:])>>63 == 1 {
			present++
		}
	}
	return pages, present
}

// TestReleaseDropsPagesKeepsContent: an embedded file, string and []byte
// (read-only and writable mappings of the executable), read, then
// released, leave the resident set but read back the same; a heap copy
// is left alone (#17, perf51).
func TestReleaseDropsPagesKeepsContent(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releases only on Linux")
	}
	want := strings.Clone(sampleString)
	file, _ := FileData(&sampleFS, "testdata/sample.txt")
	for _, c := range []struct {
		name    string
		p       unsafe.Pointer
		n       int
		release func()
		read    func() string
	}{
		{"embed.FS file", unsafe.Pointer(unsafe.StringData(file)), len(file), func() { ReleaseFile(&sampleFS, "testdata/sample.txt") }, func() string { return strings.Clone(file) }},
		{"string", unsafe.Pointer(unsafe.StringData(sampleString)), len(sampleString), func() { ReleaseString(sampleString) }, func() string { return strings.Clone(sampleString) }},
		{"[]byte", unsafe.Pointer(unsafe.SliceData(sampleBytes)), len(sampleBytes), func() { Release(sampleBytes) }, func() string { return string(sampleBytes) }},
	} {
		if got := c.read(); got != want { // touches every page
			t.Fatalf("%s: read %d bytes, want %d", c.name, len(got), len(want))
		}
		pages, before := resident(t, c.p, c.n)
		c.release()
		_, after := resident(t, c.p, c.n)
		// The pages wholly inside stay out: all but the two at the ends.
		if pages < 8 || after > 2 || before < pages-2 {
			t.Errorf("%s: %d pages, %d present before release, %d after", c.name, pages, before, after)
		}
		if got := c.read(); got != want {
			t.Fatalf("%s: changed after release", c.name)
		}
	}
	heap := bytes.Repeat([]byte("x"), 1<<16)
	Release(heap)
	ReleaseString(string(heap))
	if !bytes.Equal(heap, bytes.Repeat([]byte("x"), 1<<16)) {
		t.Fatal("heap bytes changed")
	}
	if inExecutable(uintptr(unsafe.Pointer(&heap[0])), uintptr(unsafe.Pointer(&heap[0]))+1) {
		t.Fatal("the heap read as the executable's")
	}
}
