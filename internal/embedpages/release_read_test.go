package embedpages

import (
	"bytes"
	_ "embed"
	"runtime"
	"testing"
	"unsafe"
)

// windowBytes is 256 KiB of text: four fault-around windows and more, so
// that a read in its middle maps pages that are not the read's own.
//
//go:embed testdata/window.txt
var windowBytes []byte

// readSink keeps the test's reads from being optimised away.
var readSink byte

// TestReadWindow: the bytes ReleaseRead hands to release for a part of a
// whole, by rows of addresses (window 64 KiB, 0x10000): the part's
// aligned windows, cut to the whole; nothing for a part outside the whole,
// an empty part, or a part that wraps.
func TestReadWindow(t *testing.T) {
	t.Parallel()
	const w = 0x10000
	for _, c := range []struct {
		name           string
		pb, pn, wb, wn uintptr
		lo, hi         uintptr
	}{
		{"a small record in the middle: its window", 0x123456, 300, 0x100000, 0x80000, 0x120000, 0x130000},
		{"a record across a window's end: both windows", 0x12fff0, 0x20, 0x100000, 0x80000, 0x120000, 0x140000},
		{"a record at the whole's unaligned start: cut to the whole", 0x100123, 10, 0x100123, 0x80000, 0x100123, 0x110000},
		{"a record at the whole's unaligned end: cut to the whole", 0x18011f, 4, 0x100123, 0x80000, 0x180000, 0x180123},
		{"the whole itself: the whole", 0x100123, 0x80000, 0x100123, 0x80000, 0x100123, 0x180123},
		{"a whole smaller than a window: the whole", 0x200010, 8, 0x200000, 0x800, 0x200000, 0x200800},
		{"a part before the whole: nothing", 0xff000, 0x10, 0x100000, 0x80000, 0, 0},
		{"a part past the whole's end: nothing", 0x17fff8, 0x10, 0x100000, 0x80000, 0, 0},
		{"an empty part: nothing", 0x123456, 0, 0x100000, 0x80000, 0, 0},
		{"a part that wraps: nothing", ^uintptr(0) - 4, 16, 0x100000, ^uintptr(0) - 0x100000, 0, 0},
	} {
		lo, hi := readWindow(c.pb, c.pn, c.wb, c.wn, w)
		if hi <= lo {
			lo, hi = 0, 0
		}
		if lo != c.lo || hi != c.hi {
			t.Errorf("%s: [%#x, %#x), want [%#x, %#x)", c.name, lo, hi, c.lo, c.hi)
		}
	}
}

// TestReleaseReadDropsTheWindow: a read of a few bytes in the middle of
// an embedded []byte maps the pages of its fault-around window (Release
// of those bytes drops none); ReleaseRead drops them, the content reads
// back the same, and a part not inside the whole releases nothing.
func TestReleaseReadDropsTheWindow(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("releases only on Linux")
	}
	want := bytes.Clone(windowBytes)
	p := unsafe.Pointer(unsafe.SliceData(windowBytes))
	Release(windowBytes)
	pages, before := resident(t, p, len(windowBytes))
	if pages < 64 || before > 2 {
		t.Fatalf("released: %d pages, %d present", pages, before)
	}
	rec := windowBytes[100000:100300]
	for _, b := range rec {
		readSink += b
	}
	_, read := resident(t, p, len(windowBytes))
	Release(rec) // under a page: drops nothing
	_, afterRelease := resident(t, p, len(windowBytes))
	ReleaseRead(rec, sampleBytes) // not inside that whole: nothing
	_, afterOther := resident(t, p, len(windowBytes))
	ReleaseRead(rec, windowBytes)
	_, after := resident(t, p, len(windowBytes))
	t.Logf("%d pages: %d present released, %d after reading 300 bytes, %d after Release, %d after ReleaseRead with another whole, %d after ReleaseRead", pages, before, read, afterRelease, afterOther, after)
	if read < 2 || afterRelease != read || afterOther != read || after > before {
		t.Errorf("present pages: %d released, %d read, %d after Release, %d after ReleaseRead with another whole, %d after ReleaseRead", before, read, afterRelease, afterOther, after)
	}
	if !bytes.Equal(windowBytes, want) {
		t.Fatal("changed after ReleaseRead")
	}
}
