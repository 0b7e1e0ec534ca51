package segment

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"unsafe"
)

// The Chinese dictionary's table kept on disk between processes (#17,
// perf54). Building it from gse's text costs a process ~0.6 s of CPU on
// its first Chinese text (newZhDict: 590k lines parsed, 830k keys put in a
// 4 MiB table), 3.5% of a 25-locale worker's CPU over a 10,000-draft
// launch; reading the built table back costs 15-60 ms. The file
// is a cache, never a source: it is keyed by a SHA-256 of gse's texts and
// of everything the build depends on (zhCacheVersion, the table's layout
// and gse's constants), checked whole (CRC-32C of its payload, every
// slot's bounds) before use, and any file that is missing, stale, short,
// or fails a check is ignored and the table built as before, then written
// for the next process, in dictCacheDir (cache.go). Nothing is generated
// into the repository.
//
// The file (little-endian, as the table is in memory; a big-endian
// process neither reads nor writes one):
//
//	magic   [8]byte   "cdzhdict"
//	version uint32    zhCacheVersion
//	slots   uint32    the table's slots (a power of two)
//	words   uint32    the word store's bytes
//	crc     uint32    CRC-32C of the slots' bytes then the words'
//	key     [32]byte  zhCacheKey of the texts
//	the slots (4 bytes each), then the word store
const (
	zhCacheMagic   = "cdzhdict"
	zhCacheVersion = 1
	zhCacheHeader  = 8 + 4*4 + sha256.Size
)

// zhCacheKey is the SHA-256 of what the table is built from: the texts in
// order (each with its length), the cache's version and every constant of
// the build and the layout.
func zhCacheKey(texts ...string) [sha256.Size]byte {
	k := newCacheKey()
	for _, v := range []uint64{zhCacheVersion, math.Float64bits(zhSlotsPerLine), math.Float64bits(zhMinTokenFreq), zhSingleFreq,
		zhOffBits, zhLenMask, zhCostLen, zhHashString("zhdict") /* the hash function itself */, uint64(len(texts))} {
		k.num(v)
	}
	for _, t := range texts {
		k.str(t)
	}
	return k.sum()
}

// zhCachePath is the cache file of key in dir.
func zhCachePath(dir string, key [sha256.Size]byte) string {
	return filepath.Join(dir, "zhdict-"+hex.EncodeToString(key[:8])+".bin")
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// littleEndian reports whether the process stores integers as the cache
// file does.
func littleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// slotBytes is the table's slots as bytes, in place.
func slotBytes(s []zhSlot) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(s[0])))
}

// loadZhDict is newZhDict(texts...) read from the cache in dir when a
// valid file of the texts' key is there, built (and written there for the
// next process) when not; dir "" builds without the cache. built reports
// whether it was built.
func loadZhDict(dir string, texts ...string) (d *zhDict, built bool) {
	if dir == "" || !littleEndian() {
		return newZhDict(texts...), true
	}
	key := zhCacheKey(texts...)
	path := zhCachePath(dir, key)
	if d, err := readZhCache(path, key); err == nil {
		return d, false
	}
	d = newZhDict(texts...)
	if writeZhCache(dir, path, key, d) == nil { // a cache: the next process builds again
		// The table as the next process will read it, in place in the
		// file just written, instead of the build's heap copy.
		if m, err := readZhCache(path, key); err == nil {
			d = m
		}
	}
	return d, true
}

var (
	errZhCache = errors.New("segment: not a valid Chinese dictionary cache file")
	errMapSize = errors.New("segment: a cache file not mapped")
)

// readZhCache reads the table of key from path, checked whole: in place
// in a read-only mapping of the file when the system has one
// (mapCacheFile), into the heap when not.
func readZhCache(path string, key [sha256.Size]byte) (*zhDict, error) {
	if m, err := mapCacheFile(path); err == nil {
		d, err := zhDictOf(m, key)
		releaseMapped(m) // the check read every page; lookups bring back theirs
		if err != nil {
			unmapCacheFile(m)
		}
		return d, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return zhDictOf(data, key)
}

// zhDictOf is the table of key that data (a cache file's bytes, which it
// keeps: no copy) holds, checked whole: header, size, CRC-32C and every
// slot's bounds. data must be 4-byte aligned (a mapping or a heap
// allocation of its size is).
func zhDictOf(data []byte, key [sha256.Size]byte) (*zhDict, error) {
	if len(data) < zhCacheHeader || uintptr(unsafe.Pointer(unsafe.SliceData(data)))%4 != 0 {
		return nil, errZhCache
	}
	h := data[:zhCacheHeader]
	le := binary.LittleEndian
	nSlots, nWords, crc := le.Uint32(h[12:]), le.Uint32(h[16:]), le.Uint32(h[20:])
	if string(h[:8]) != zhCacheMagic || le.Uint32(h[8:]) != zhCacheVersion || [sha256.Size]byte(h[24:]) != key ||
		nSlots == 0 || nSlots&(nSlots-1) != 0 || nSlots > 1<<28 || nWords >= 1<<zhOffBits {
		return nil, errZhCache
	}
	if int64(len(data)) != zhCacheHeader+4*int64(nSlots)+int64(nWords) {
		return nil, errZhCache
	}
	sb := data[zhCacheHeader : zhCacheHeader+4*int(nSlots)]
	words := data[len(sb)+zhCacheHeader:]
	if crc32.Update(crc32.Checksum(sb, castagnoli), castagnoli, words) != crc {
		return nil, errZhCache
	}
	slots := unsafe.Slice((*zhSlot)(unsafe.Pointer(unsafe.SliceData(sb))), nSlots)
	// Every slot points inside the word store, after a word's cost, so no
	// lookup can read past it whatever the file held.
	for _, s := range slots {
		if s != 0 && (s.off() < zhCostLen || s.n() == 0 || s.off()+s.n() > len(words)) {
			return nil, errZhCache
		}
	}
	return &zhDict{words: unsafe.String(unsafe.SliceData(words), len(words)), slots: slots, mask: uint64(nSlots - 1)}, nil
}

// writeZhCache writes d as the cache file path of key (writeAtomic).
func writeZhCache(dir, path string, key [sha256.Size]byte, d *zhDict) error {
	sb := slotBytes(d.slots)
	words := unsafe.Slice(unsafe.StringData(d.words), len(d.words))
	var h [zhCacheHeader]byte
	copy(h[:8], zhCacheMagic)
	le := binary.LittleEndian
	le.PutUint32(h[8:], zhCacheVersion)
	le.PutUint32(h[12:], uint32(len(d.slots)))
	le.PutUint32(h[16:], uint32(len(d.words)))
	le.PutUint32(h[20:], crc32.Update(crc32.Checksum(sb, castagnoli), castagnoli, words))
	copy(h[24:], key[:])
	return writeAtomic(dir, path, func(w io.Writer) error {
		for _, b := range [][]byte{h[:], sb, words} {
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
		return nil
	})
}
