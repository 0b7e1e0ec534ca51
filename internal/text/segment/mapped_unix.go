//go:build linux || darwin || freebsd || netbsd || openbsd

package segment

import (
	"os"
	"syscall"
)

// mapCacheFile maps the cache file path read-only and shared, whole: the
// table's bytes as the page cache holds them, outside the Go heap (#17,
// heap67). The mapping is never unmapped: a dictionary is read once a
// process and kept for its life, and its slices point into it. The
// caches are written only through a rename (writeAtomic), so the mapped
// file is never rewritten under the process; a file cut short by hand
// would fault on the next read past its end.
func mapCacheFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() <= 0 || st.Size() > 1<<31 {
		return nil, errMapSize
	}
	return syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
}

// releaseMapped drops the pages of m (a mapCacheFile mapping) from the
// resident set once a check has read them all: they stay in the page
// cache, and the lookups that follow bring back only the pages they read.
func releaseMapped(m []byte) { _ = syscall.Madvise(m, syscall.MADV_DONTNEED) }

// unmapCacheFile unmaps m, a mapCacheFile mapping nothing points into.
func unmapCacheFile(m []byte) { _ = syscall.Munmap(m) }
