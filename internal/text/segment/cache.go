package segment

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"io"
	"os"
	"path/filepath"
	"sync/atomic"
	"unsafe"
)

// The dictionaries' tables are kept on disk between processes (#17,
// perf54): a worker's first Chinese or Japanese text reads what an
// earlier process built (zhcache.go, ipacache.go). The files are caches,
// never sources: each is keyed by the data it was built from, checked
// before use, and ignored (the table built as before, then written for
// the next process) when missing, stale or spoilt. Nothing is generated
// into the repository.

// cacheSetting is the cache's setting as the wiring passed it
// (SetCacheDir); nil: never set, the default.
var cacheSetting atomic.Pointer[string]

// SetCacheDir sets where the dictionaries' tables are kept between
// processes, as DICT_CACHE_DIR says it (read by cmd/api and cmd/worker
// into app.Config, which calls this once at wiring): "" the default (the
// user's cache directory, os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache,
// under copydesk/), "off" none, anything else the directory. Call it
// before the first Japanese or Chinese text: a dictionary already loaded
// keeps what it was read from. A process that never calls it (tests, the
// checker alone) has the default.
func SetCacheDir(setting string) { cacheSetting.Store(&setting) }

// CacheDir is the directory the dictionaries' tables are kept in, as
// SetCacheDir's setting names it: "" for none.
func CacheDir() string { return cacheDir() }

// cacheDir is the directory SetCacheDir's setting names, "" for none.
func cacheDir() string {
	s := cacheSetting.Load()
	if s == nil {
		return dictCacheDir("")
	}
	return dictCacheDir(*s)
}

// dictCacheDir is the cache's directory for a setting, or "" for none:
// "off" none, "" the user's cache directory under copydesk/, anything
// else itself. A directory that cannot be written only costs the build.
func dictCacheDir(setting string) string {
	switch setting {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "copydesk")
	default:
		return setting
	}
}

// writeAtomic writes the file path in dir (made if missing) with write,
// through a temporary file renamed into place, so a reader sees a whole
// file or none (two processes writing at once each rename a whole file).
func writeAtomic(dir, path string, write func(io.Writer) error) (err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// cacheKey is a cache file's key being made: a SHA-256 of numbers and
// strings, each string after its length.
type cacheKey struct{ h hash.Hash }

func newCacheKey() cacheKey { return cacheKey{sha256.New()} }

func (k cacheKey) num(v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	k.h.Write(b[:])
}

func (k cacheKey) str(s string) {
	k.num(uint64(len(s)))
	k.h.Write(unsafe.Slice(unsafe.StringData(s), len(s))) // read only: no copy of gse's 8.6 MB
}

func (k cacheKey) sum() (out [sha256.Size]byte) {
	k.h.Sum(out[:0])
	return out
}
