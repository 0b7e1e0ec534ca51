package segment

import (
	"crypto/sha256"
	"encoding/binary"
	"hash"
	"io"
	"os"
	"path/filepath"
	"unsafe"
)

// The dictionaries' tables are kept on disk between processes (#17,
// perf54): a worker's first Chinese or Japanese text reads what an
// earlier process built (zhcache.go, ipacache.go). The files are caches,
// never sources: each is keyed by the data it was built from, checked
// before use, and ignored (the table built as before, then written for
// the next process) when missing, stale or spoilt. Nothing is generated
// into the repository.

// dictCacheDirEnv names the environment variable that moves or turns off
// the dictionaries' cache.
const dictCacheDirEnv = "DICT_CACHE_DIR"

// dictCacheDir is the cache's directory, or "" for none: $DICT_CACHE_DIR
// when set ("off": none), else the user's cache directory
// (os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache) under copydesk/. A
// directory that cannot be written only costs the build.
func dictCacheDir(getenv func(string) string) string {
	switch d := getenv(dictCacheDirEnv); d {
	case "off":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "copydesk")
	default:
		return d
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
