package segment

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// The Japanese dictionary's entries kept on disk uncompressed between
// processes (#17, perf54). kagome embeds ipa.dict as a deflated zip, and
// inflating the entries loadIPA reads (the double-array index, the
// morphs, the connection matrix and the rest, ~0.2 s of a worker's CPU on
// its first Japanese text) is most of the load. The cache is the same
// entries in a zip of their own, stored without compression, read by the
// same loaders: the same dictionary. It is keyed by the embedded zip's
// directory (each loaded entry's name, uncompressed size and CRC-32, which
// stand for its content), and used only when it holds exactly those
// entries, stored, each with its bytes' CRC-32 as the key says; otherwise
// the embedded zip is read as before and the cache written for the next
// process, in dictCacheDir (cache.go).
//
// Version 2 (#17, heap67): each entry's bytes start at a multiple of 8
// bytes in the file (a padding extra field in its local header), so the
// double array, the morphs and the connection matrix are read in place in
// a mapping of the file (ipaInPlace) instead of copied to the heap.
const ipaCacheVersion = 2

// ipaPadExtra is the ID of the extra field that pads an entry's local
// header so its bytes start 8-byte aligned (an ID of no registered field;
// zip readers skip fields they do not know).
const ipaPadExtra = 0xcafe

// ipaCacheKey is the SHA-256 of the cache's version and each of files'
// name, uncompressed size and CRC-32, in order.
func ipaCacheKey(files []*zip.File) [sha256.Size]byte {
	k := newCacheKey()
	k.num(ipaCacheVersion)
	k.num(uint64(len(files)))
	for _, f := range files {
		k.str(f.Name)
		k.num(f.UncompressedSize64)
		k.num(uint64(f.CRC32))
	}
	return k.sum()
}

// ipaCachePath is the cache file of key in dir.
func ipaCachePath(dir string, key [sha256.Size]byte) string {
	return filepath.Join(dir, "ipadict-"+hex.EncodeToString(key[:8])+".zip")
}

// ipaCached returns a zip reader of the cache file of files (the entries
// loadIPA reads from the embedded zip) in dir when there is a valid one;
// when not, it writes one from files and returns ok false, so the caller
// reads the embedded zip.
func ipaCached(dir string, files []*zip.File) (*zip.Reader, []byte, bool) {
	key := ipaCacheKey(files)
	path := ipaCachePath(dir, key)
	if zr, data, ok := readIPACache(path, files); ok {
		return zr, data, true
	}
	_ = writeAtomic(dir, path, func(w io.Writer) error { // a cache: the next process reads the embedded zip again
		zw := zip.NewWriter(w)
		var off uint64 // where the next local header starts
		for _, f := range files {
			// The local header is 30 bytes, the name, then the extra
			// field: its 4 bytes of ID and size and pad bytes of padding.
			pad := (8 - (off+30+uint64(len(f.Name))+4)%8) % 8
			extra := make([]byte, 4+pad)
			binary.LittleEndian.PutUint16(extra, ipaPadExtra)
			binary.LittleEndian.PutUint16(extra[2:], uint16(pad))
			dst, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Store, Extra: extra, CRC32: f.CRC32,
				CompressedSize64: f.UncompressedSize64, UncompressedSize64: f.UncompressedSize64})
			if err != nil {
				return err
			}
			if err := readPart(f, func(r io.Reader) error { _, err := io.Copy(dst, r); return err }); err != nil {
				return err
			}
			off += 30 + uint64(len(f.Name)) + uint64(len(extra)) + f.UncompressedSize64
		}
		return zw.Close()
	})
	return nil, nil, false
}

// readIPACache reads the cache file path whole and checks that it holds
// files' entries in order, stored, each of the size and with the CRC-32
// of its bytes that the embedded entry has. data is the file's bytes: a
// read-only mapping of it (mapCacheFile, its pages released after the
// check) where the system has one, else a heap copy.
func readIPACache(path string, files []*zip.File) (zr *zip.Reader, data []byte, ok bool) {
	data, err := mapCacheFile(path)
	mapped := err == nil
	if !mapped {
		if data, err = os.ReadFile(path); err != nil {
			return nil, nil, false
		}
	}
	defer func() {
		if mapped {
			releaseMapped(data) // the check read every page; the reads that follow bring back theirs
			if !ok {
				unmapCacheFile(data)
			}
		}
	}()
	zr, err = zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) != len(files) {
		return nil, nil, false
	}
	for i, f := range zr.File {
		want := files[i]
		if f.Name != want.Name || f.Method != zip.Store || f.UncompressedSize64 != want.UncompressedSize64 || f.CRC32 != want.CRC32 {
			return nil, nil, false
		}
		off, err := f.DataOffset()
		if err != nil || off < 0 || uint64(off)+f.UncompressedSize64 > uint64(len(data)) {
			return nil, nil, false
		}
		if crc32.ChecksumIEEE(data[off:uint64(off)+f.UncompressedSize64]) != want.CRC32 {
			return nil, nil, false
		}
	}
	return zr, data, true
}

// entryBytes is the stored entry f's bytes in data, the zip file it was
// read from (readIPACache checked the bounds).
func entryBytes(f *zip.File, data []byte) ([]byte, bool) {
	off, err := f.DataOffset()
	if err != nil || off < 0 || uint64(off)+f.UncompressedSize64 > uint64(len(data)) {
		return nil, false
	}
	return data[off : uint64(off)+f.UncompressedSize64], true
}
