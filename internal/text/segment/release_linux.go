package segment

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// releasePages drops from the process's resident set the pages wholly
// inside s, embedded data of the binary read once to build a dictionary:
// they are clean pages of the executable's read-only mapping, counted in
// the worker's RSS (RssFile) for as long as they stay mapped, though the
// dictionary built from them is in the heap (gse's 8.6 MB of text, the
// IPA zip; #17, perf48). A page touched again is read back from the page
// cache or the file, as any page of the binary. Only a string inside a
// read-only mapping of the executable is released: madvise(DONTNEED) on
// writable or anonymous memory would lose its content.
func releasePages(s string) {
	if len(s) == 0 {
		return
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	end := base + uintptr(len(s))
	if !inExecutableReadOnly(base, end) {
		return
	}
	ps := uintptr(syscall.Getpagesize())
	lo, hi := (base+ps-1)&^(ps-1), end&^(ps-1)
	if hi <= lo {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), lo-base)), hi-lo)
	_ = syscall.Madvise(b, syscall.MADV_DONTNEED)
}

// inExecutableReadOnly reports whether [lo, hi) lies in one read-only,
// private mapping of the executable (/proc/self/maps).
func inExecutableReadOnly(lo, hi uintptr) bool {
	exe, err := os.Executable()
	if err != nil {
		return false
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "start-end perms offset dev inode path"
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || fields[1] != "r--p" || fields[5] != exe {
			continue
		}
		a, b, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(a, 16, 64)
		stop, err2 := strconv.ParseUint(b, 16, 64)
		if err1 == nil && err2 == nil && uintptr(start) <= lo && hi <= uintptr(stop) {
			return true
		}
	}
	return false
}
