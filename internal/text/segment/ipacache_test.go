package segment

import (
	"archive/zip"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestIPACacheRoundTrip: the Japanese dictionary read through the cache of
// its entries (written by the first load, read by the second) deep-equals
// the one read from the embedded zip alone, and a spoilt, short or empty
// cache file is never read: the embedded zip is, and a good file is
// written again.
func TestIPACacheRoundTrip(t *testing.T) {
	want, err := loadIPAIn("")
	if err != nil {
		t.Fatal(err)
	}
	_, zr, err := ipaEntries()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := ipaCachePath(dir, ipaCacheKey(zr.File))
	load := func() {
		t.Helper()
		d, err := loadIPAIn(dir)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(d, want) {
			t.Fatal("the dictionary differs from the embedded zip's")
		}
		if _, _, ok := readIPACache(path, zr.File); !ok {
			t.Fatal("no valid cache file after a load")
		}
	}
	load() // the first load writes the file
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := filepath.Glob(filepath.Join(dir, "*")); len(n) != 1 {
		t.Fatalf("files in the cache directory: %v", n)
	}
	load() // the second reads it
	for name, spoilt := range map[string][]byte{
		"a data byte": func() []byte { c := append([]byte(nil), b...); c[len(c)/2] ^= 1; return c }(),
		"truncated":   b[:len(b)-100],
		"empty":       nil,
	} {
		if err := os.WriteFile(path, spoilt, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, ok := readIPACache(path, zr.File); ok {
			t.Fatalf("%s: a spoilt file was read", name)
		}
		load() // from the embedded zip, and the file written again
	}
	// Entries other than the key's (another kagome version) are not read.
	other := append([]*zip.File(nil), zr.File[1:]...)
	if _, _, ok := readIPACache(path, other); ok {
		t.Fatal("a file of other entries was read")
	}
}

// BenchmarkIPALoad: the Japanese dictionary read from the embedded
// (deflated) zip against from the cache of its entries stored
// uncompressed, as a worker pays it once on its first Japanese text (#17,
// perf54).
//
//	go test -run '^$' -bench IPALoad -benchtime 5x -benchmem ./internal/text/segment
func BenchmarkIPALoad(b *testing.B) {
	b.Run("embedded", func(b *testing.B) {
		for b.Loop() {
			if _, err := loadIPAIn(""); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		dir := b.TempDir()
		if _, err := loadIPAIn(dir); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := loadIPAIn(dir); err != nil {
				b.Fatal(err)
			}
		}
	})
}
