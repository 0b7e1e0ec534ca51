package segment

import (
	"archive/zip"
	"embed"
	"strings"
	_ "unsafe" // for go:linkname

	"github.com/copydesk/copydesk/internal/embedpages"
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
func loadIPA() (*dict.Dict, error) {
	src, ok := embedpages.FileData(&ipaDictSrc, "ipa.dict")
	if !ok {
		return nil, errNoIPA
	}
	zr, err := zip.NewReader(strings.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	files := zr.File[:0:0]
	for _, f := range zr.File {
		if f.Name != dict.POSDictFileName {
			files = append(files, f)
		}
	}
	zr.File = files
	d, err := dict.Load(zr, false)
	embedpages.ReleaseString(src)
	return d, err
}

type segmentError string

func (e segmentError) Error() string { return string(e) }

const errNoIPA = segmentError("segment: kagome-dict/ipa embeds no ipa.dict")
