//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package segment

// mapCacheFile is not available here: the caches are read into the heap.
func mapCacheFile(string) ([]byte, error) { return nil, errMapSize }

func releaseMapped([]byte) {}

func unmapCacheFile([]byte) {}
