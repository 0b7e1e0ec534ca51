package segment

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"testing"

	"github.com/ikawaha/kagome-dict/dict"
)

// TestIPAInPlaceAsRead: in the cache file a load writes, every entry's
// bytes start 8-byte aligned, and the double array, the morphs and the
// connection matrix viewed in place in them (ipainplace.go) deep-equal
// what the heap readers make of the same bytes (#17, heap67).
func TestIPAInPlaceAsRead(t *testing.T) {
	_, zr, err := ipaEntries()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := loadIPAIn(dir); err != nil { // writes the cache
		t.Fatal(err)
	}
	czr, data, ok := readIPACache(ipaCachePath(dir, ipaCacheKey(zr.File)), zr.File)
	if !ok {
		t.Fatal("no valid cache file after a load")
	}
	read := func(t *testing.T, f *zip.File, r func(io.Reader) (any, error)) any {
		t.Helper()
		var v any
		if err := readPart(f, func(rd io.Reader) (err error) { v, err = r(rd); return err }); err != nil {
			t.Fatal(err)
		}
		return v
	}
	seen := 0
	for _, f := range czr.File {
		off, err := f.DataOffset()
		if err != nil || off%8 != 0 {
			t.Fatalf("%s: data at %d (%v), not 8-byte aligned", f.Name, off, err)
		}
		b, ok := entryBytes(f, data)
		if !ok {
			t.Fatalf("%s: no bytes", f.Name)
		}
		var got, want any
		switch f.Name {
		case dict.IndexDictFileName:
			got, ok = indexInPlace(b)
			want = read(t, f, func(r io.Reader) (any, error) { return readIndex(r) })
		case dict.MorphDictFileName:
			got, ok = morphsInPlace(b)
			want = read(t, f, func(r io.Reader) (any, error) { return readMorphs(r) })
		case dict.ConnectionDictFileName:
			got, ok = connectionInPlace(b)
			want = read(t, f, func(r io.Reader) (any, error) { return dict.ReadConnectionTable(r) })
		default:
			continue
		}
		seen++
		if !ok {
			t.Fatalf("%s: not read in place", f.Name)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the table in place differs from the one read", f.Name)
		}
	}
	if seen != 3 {
		t.Fatalf("%d of the 3 tables seen", seen)
	}
	// Bytes of the wrong length or alignment are not viewed.
	if _, ok := morphsInPlace(data[1:15]); ok {
		t.Fatal("short morphs viewed")
	}
	if _, ok := connectionInPlace(bytes.Repeat([]byte{1}, 9)); ok {
		t.Fatal("short matrix viewed")
	}
}
