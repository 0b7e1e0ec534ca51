package segment

import (
	"archive/zip"
	"embed"
	"strings"
	"unsafe"

	"github.com/ikawaha/kagome-dict/dict"
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

// embedFile mirrors embed.FS's file, whose layout the compiler writes
// (cmd/compile/internal/staticdata WriteEmbed): embed.FS is a pointer to
// a list of them. TestEmbeddedDataAsReadFile checks that the mirror reads
// what fs.ReadFile reads.
type embedFile struct {
	name string
	data string
	hash [16]byte
}

// embeddedData is the content of the file name of f where the binary
// holds it (no copy), and whether there is one.
func embeddedData(f *embed.FS, name string) (string, bool) {
	files := *(**[]embedFile)(unsafe.Pointer(f))
	if files == nil {
		return "", false
	}
	for _, e := range *files {
		if e.name == name {
			return e.data, true
		}
	}
	return "", false
}

// loadIPA is ipa.DictShrink's dictionary (dict.Load of ipa.dict without
// its content.dict) read from the embedded zip in place.
func loadIPA() (*dict.Dict, error) {
	src, ok := embeddedData(&ipaDictSrc, "ipa.dict")
	if !ok {
		return nil, errNoIPA
	}
	zr, err := zip.NewReader(strings.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	d, err := dict.Load(zr, false)
	releasePages(src)
	return d, err
}

type segmentError string

func (e segmentError) Error() string { return string(e) }

const errNoIPA = segmentError("segment: kagome-dict/ipa embeds no ipa.dict")
