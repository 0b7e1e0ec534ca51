package segment

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/ikawaha/kagome-dict/ipa"
)

// TestEmbeddedDataAsReadFile: the mirror of embed.FS's files reads the
// IPA zip as fs.ReadFile does, and loadIPA's dictionary is
// ipa.DictShrink's (#17, perf48).
func TestEmbeddedDataAsReadFile(t *testing.T) {
	want, err := fs.ReadFile(ipaDictSrc, "ipa.dict")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := embeddedData(&ipaDictSrc, "ipa.dict")
	if !ok || got != string(want) {
		t.Fatalf("embeddedData: %d bytes, ok %v; fs.ReadFile %d bytes", len(got), ok, len(want))
	}
	if _, ok := embeddedData(&ipaDictSrc, "missing"); ok {
		t.Fatal("a missing file found")
	}
	d, err := loadIPA()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, ipa.DictShrink()) {
		t.Fatal("loadIPA's dictionary differs from ipa.DictShrink's")
	}
}

// TestReleasePagesKeepsContent: released pages of embedded data read
// back the same; a string on the heap is left alone.
func TestReleasePagesKeepsContent(t *testing.T) {
	before := strings.Clone(gseZhS[:1<<20])
	releasePages(gseZhS)
	if gseZhS[:1<<20] != before {
		t.Fatal("embedded text changed after release")
	}
	heap := strings.Repeat("x", 1<<16)
	releasePages(heap)
	if heap != strings.Repeat("x", 1<<16) {
		t.Fatal("heap string changed")
	}
	if b, _ := os.ReadFile("/proc/self/maps"); len(b) > 0 {
		lo := uintptr(len(heap)) // any address outside the binary
		if inExecutableReadOnly(lo, lo+1) {
			t.Fatal("an address outside the binary read as the executable's")
		}
	}
}
