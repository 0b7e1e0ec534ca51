package embedpages

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// mapping is a private file mapping of the executable: [lo, hi).
type mapping struct{ lo, hi uintptr }

// exeMappings are the executable's private file mappings, read once from
// /proc/self/maps (they do not change while it runs).
var exeMappings = sync.OnceValue(func() []mapping {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "start-end perms offset dev inode path"
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || (fields[1] != "r--p" && fields[1] != "rw-p") || fields[5] != exe {
			continue
		}
		a, b, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(a, 16, 64)
		stop, err2 := strconv.ParseUint(b, 16, 64)
		if err1 == nil && err2 == nil {
			out = append(out, mapping{uintptr(start), uintptr(stop)})
		}
	}
	return out
})

// inExecutable reports whether [lo, hi) lies in one private file mapping
// of the executable (read-only or writable, not executable).
func inExecutable(lo, hi uintptr) bool {
	for _, m := range exeMappings() {
		if m.lo <= lo && hi <= m.hi {
			return true
		}
	}
	return false
}

func release(base, n uintptr) {
	end := base + n
	if !inExecutable(base, end) {
		return
	}
	ps := uintptr(syscall.Getpagesize())
	lo, hi := (base+ps-1)&^(ps-1), end&^(ps-1)
	if hi <= lo {
		return
	}
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED)
}
