//go:build !linux

package segment

// offHeapTable is a table of n bytes written by fill; outside Linux it is
// made on the heap (offheap_linux.go maps it outside).
func offHeapTable(n int, fill func([]byte)) string { return heapTable(n, fill) }
