package segment

import (
	"archive/zip"
	"bufio"
	"embed"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"strings"
	_ "unsafe" // for go:linkname

	"github.com/copydesk/copydesk/internal/embedpages"
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/dict/trie"
	_ "github.com/ikawaha/kagome-dict/ipa" // links the dictionary below
)

// kagome's IPA dictionary, a zip embedded by
// github.com/ikawaha/kagome-dict/ipa (ipa.dict). ipa.DictShrink reads it
// with fs.ReadFile, which copies all 11.7 MB of it to the heap and so
// touches every page of it in the binary before the zip reader skips the
// feature columns; loadIPA reads the zip where it is embedded, only the
// entries it loads (#17, perf48).
//
//go:linkname ipaDictSrc github.com/ikawaha/kagome-dict/ipa.dictsrc
var ipaDictSrc embed.FS

// loadIPA is ipa.DictShrink's dictionary (dict.Load of ipa.dict without
// its content.dict) read from the embedded zip in place, and without its
// part-of-speech table (pos.dict: Dict.POSTable left empty). The table
// is read only by a Token's POS, Features and their kin, and by the
// lattice's Dot output; Tokenize never reads it, and this package reads
// only a token's Surface and Class, so the words are the same
// (TestIPAWithoutPOSTokenizesAsShrink). Left out, it is ~13.5 MiB less
// heap (a []POSID for each of the 392k morphs) and ~0.17 s less of the
// load's CPU (a gob decode), measured in a 25-locale launch's worker
// (#17, perf51). A Token's POS or Features would panic on this
// dictionary: jaTok's tokens never leave this package.
//
// The double-array index (index.dict) and the morphs (morph.dict) are
// read by readIndex and readMorphs, not by kagome's loaders: those call
// binary.Read once a field (2.9 million calls, each through the zip
// entry's decompressor and an interface conversion), 0.53 and ~0.1 s of
// a 25-locale worker's CPU; read in 64 KiB chunks and decoded with
// binary.LittleEndian, the same values (TestEmbeddedDataAsReadFile: the
// whole dictionary deep-equals ipa.DictShrink's) in a few ms (#17,
// perf52). A process reads the entries from a copy stored uncompressed
// that an earlier one wrote (ipacache.go), when there is a valid one: no
// inflating (#17, perf54).
func loadIPA() (*dict.Dict, error) { return loadIPAIn(cacheDir()) }

// loadIPAIn is loadIPA with the cache in dir ("": none).
func loadIPAIn(dir string) (*dict.Dict, error) {
	src, zr, err := ipaEntries()
	if err != nil {
		return nil, err
	}
	defer embedpages.ReleaseString(src)
	// From the cache of the entries stored uncompressed when there is
	// one (ipacache.go), its large tables in place in it (ipainplace.go).
	var cached []byte
	if dir != "" {
		if czr, data, ok := ipaCached(dir, zr.File); ok {
			zr, cached = czr, data
		}
	}
	files := zr.File[:0:0]
	var index, morphs, conn *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case dict.IndexDictFileName:
			index = f
		case dict.MorphDictFileName:
			morphs = f
		case dict.ConnectionDictFileName:
			conn = f
		default:
			files = append(files, f)
		}
	}
	zr.File = files
	d, err := dict.Load(zr, false)
	// view is entry f's bytes in the cache file as the table in place,
	// when it can be (ok).
	view := func(f *zip.File, inPlace func([]byte) bool) bool {
		if cached == nil {
			return false
		}
		b, ok := entryBytes(f, cached)
		return ok && inPlace(b)
	}
	if err == nil && index != nil && !view(index, func(b []byte) (ok bool) { d.Index, ok = indexInPlace(b); return ok }) {
		err = readPart(index, func(r io.Reader) (err error) { d.Index, err = readIndex(r); return err })
	}
	if err == nil && morphs != nil && !view(morphs, func(b []byte) (ok bool) { d.Morphs, ok = morphsInPlace(b); return ok }) {
		err = readPart(morphs, func(r io.Reader) (err error) { d.Morphs, err = readMorphs(r); return err })
	}
	if err == nil && conn != nil && !view(conn, func(b []byte) (ok bool) { d.Connection, ok = connectionInPlace(b); return ok }) {
		err = readPart(conn, func(r io.Reader) (err error) { d.Connection, err = dict.ReadConnectionTable(r); return err })
	}
	if err != nil {
		return nil, err
	}
	return d, nil
}

// ipaEntries is the embedded ipa.dict (where the binary holds it) and a
// zip reader of the entries loadIPA reads, in order: dict.Load's (without
// content.dict, which it skips) and the index and the morphs, without the
// part-of-speech table.
func ipaEntries() (string, *zip.Reader, error) {
	src, ok := embedpages.FileData(&ipaDictSrc, "ipa.dict")
	if !ok {
		return "", nil, errNoIPA
	}
	zr, err := zip.NewReader(strings.NewReader(src), int64(len(src)))
	if err != nil {
		return "", nil, err
	}
	zr.File = slices.DeleteFunc(zr.File, func(f *zip.File) bool {
		return f.Name == dict.POSDictFileName || f.Name == dict.ContentDictFileName
	})
	return src, zr, nil
}

// readPart opens the zip entry f and hands it to read through a 64 KiB
// buffer; an error names the entry, as dict.Load's do.
func readPart(f *zip.File, read func(io.Reader) error) error {
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("%q, %w", f.Name, err)
	}
	defer rc.Close() //nolint:errcheck // a reader of bytes in memory
	if err := read(bufio.NewReaderSize(rc, 64<<10)); err != nil {
		return fmt.Errorf("%q, %w", f.Name, err)
	}
	return nil
}

// readCount reads kagome's little-endian int64 count of the records that
// follow; a negative count is an error.
func readCount(r io.Reader) (int, error) {
	var b [8]byte
	if _, err := io.ReadFull(r, b[:]); err != nil {
		return 0, err
	}
	n := int64(binary.LittleEndian.Uint64(b[:]))
	if n < 0 || n > 1<<31 {
		return 0, fmt.Errorf("segment: a count of %d records", n)
	}
	return int(n), nil
}

// eachRecord reads n records of size bytes from r, up to 64 KiB at a
// time, and hands each to put with its index. The bytes are put's only
// during the call.
func eachRecord(r io.Reader, n, size int, put func(i int, b []byte)) error {
	var buf [64 << 10]byte
	per := len(buf) / size
	for i := 0; i < n; {
		k := min(per, n-i)
		b := buf[:k*size]
		if _, err := io.ReadFull(r, b); err != nil {
			return err
		}
		for j := 0; j < k; j++ {
			put(i+j, b[j*size:(j+1)*size])
		}
		i += k
	}
	return nil
}

// readIndex is dict.ReadIndexTable: the double array (an int64 count,
// then each node's Base and Check as little-endian int32) and the
// duplicate counts (an int64 count, then key and value as little-endian
// int32).
func readIndex(r io.Reader) (dict.IndexTable, error) {
	var idx dict.IndexTable
	n, err := readCount(r)
	if err != nil {
		return idx, fmt.Errorf("read index error, %w", err)
	}
	idx.Da = make(trie.DoubleArray, n)
	da := idx.Da
	if err := eachRecord(r, n, 8, func(i int, b []byte) {
		da[i].Base = int32(binary.LittleEndian.Uint32(b))
		da[i].Check = int32(binary.LittleEndian.Uint32(b[4:]))
	}); err != nil {
		return idx, fmt.Errorf("read index error, %w", err)
	}
	if n, err = readCount(r); err != nil {
		return idx, err
	}
	idx.Dup = make(map[int32]int32, n)
	err = eachRecord(r, n, 8, func(_ int, b []byte) {
		idx.Dup[int32(binary.LittleEndian.Uint32(b))] = int32(binary.LittleEndian.Uint32(b[4:]))
	})
	return idx, err
}

// readMorphs is dict.ReadMorphs: an int64 count, then each morph's
// LeftID, RightID and Weight as little-endian int16.
func readMorphs(r io.Reader) (dict.Morphs, error) {
	n, err := readCount(r)
	if err != nil {
		return nil, err
	}
	m := make(dict.Morphs, n)
	err = eachRecord(r, n, 6, func(i int, b []byte) {
		m[i] = dict.Morph{
			LeftID:  int16(binary.LittleEndian.Uint16(b)),
			RightID: int16(binary.LittleEndian.Uint16(b[2:])),
			Weight:  int16(binary.LittleEndian.Uint16(b[4:])),
		}
	})
	return m, err
}

type segmentError string

func (e segmentError) Error() string { return string(e) }

const errNoIPA = segmentError("segment: kagome-dict/ipa embeds no ipa.dict")
