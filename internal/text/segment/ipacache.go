package segment

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
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
const ipaCacheVersion = 1

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
func ipaCached(dir string, files []*zip.File) (*zip.Reader, bool) {
	key := ipaCacheKey(files)
	path := ipaCachePath(dir, key)
	if zr, ok := readIPACache(path, files); ok {
		return zr, true
	}
	_ = writeAtomic(dir, path, func(w io.Writer) error { // a cache: the next process reads the embedded zip again
		zw := zip.NewWriter(w)
		for _, f := range files {
			dst, err := zw.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store})
			if err != nil {
				return err
			}
			if err := readPart(f, func(r io.Reader) error { _, err := io.Copy(dst, r); return err }); err != nil {
				return err
			}
		}
		return zw.Close()
	})
	return nil, false
}

// readIPACache reads the cache file path whole and checks that it holds
// files' entries in order, stored, each of the size and with the CRC-32
// of its bytes that the embedded entry has.
func readIPACache(path string, files []*zip.File) (*zip.Reader, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) != len(files) {
		return nil, false
	}
	for i, f := range zr.File {
		want := files[i]
		if f.Name != want.Name || f.Method != zip.Store || f.UncompressedSize64 != want.UncompressedSize64 || f.CRC32 != want.CRC32 {
			return nil, false
		}
		off, err := f.DataOffset()
		if err != nil || off < 0 || uint64(off)+f.UncompressedSize64 > uint64(len(data)) {
			return nil, false
		}
		if crc32.ChecksumIEEE(data[off:uint64(off)+f.UncompressedSize64]) != want.CRC32 {
			return nil, false
		}
	}
	return zr, true
}
