//go:build linux

package segment

import "syscall"

// offHeapTable is a table of n bytes, written by fill, in an anonymous
// private mapping of its own (mmap MAP_ANON|MAP_PRIVATE): outside the Go
// heap, so the collector neither scans it nor counts it toward its heap
// goal or memory limit (gc50 keeps ~3/2 of the live heap: a table there
// costs 1x of the peak RSS, on the heap 1.5x). MAP_POPULATE: fill writes
// every page, so the kernel backs them in one call rather than a fault a
// page (the Chinese table's encoding 34 against 43-77 ms in this VM).
// Once filled the mapping is made read-only (mprotect), so a stray write
// faults instead of changing a dictionary. It lives for the process:
// nothing unmaps it, and it must hold no Go pointers (the tables are
// integers and bytes). If the kernel refuses the mapping, the table is
// made on the heap (#17, perf53b).
func offHeapTable(n int, fill func([]byte)) string {
	if n <= 0 {
		return ""
	}
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return heapTable(n, fill)
	}
	fill(b)
	_ = syscall.Mprotect(b, syscall.PROT_READ) // a guard only: the table is read the same either way
	return bytesView(b)
}
