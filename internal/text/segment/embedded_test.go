package segment

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/embedpages"
	"github.com/ikawaha/kagome-dict/dict"
	"github.com/ikawaha/kagome-dict/ipa"
	"github.com/ikawaha/kagome/v2/tokenizer"
)

// TestEmbeddedDataAsReadFile: the mirror of embed.FS's files reads the
// IPA zip as fs.ReadFile does, and loadIPA's dictionary is
// ipa.DictShrink's (#17, perf48).
func TestEmbeddedDataAsReadFile(t *testing.T) {
	want, err := fs.ReadFile(ipaDictSrc, "ipa.dict")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := embedpages.FileData(&ipaDictSrc, "ipa.dict")
	if !ok || got != string(want) {
		t.Fatalf("FileData: %d bytes, ok %v; fs.ReadFile %d bytes", len(got), ok, len(want))
	}
	if _, ok := embedpages.FileData(&ipaDictSrc, "missing"); ok {
		t.Fatal("a missing file found")
	}
	d, err := loadIPA()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.POSTable.POSs) != 0 || len(d.POSTable.NameList) != 0 {
		t.Fatal("loadIPA read the part-of-speech table")
	}
	want2 := ipa.DictShrink()
	if len(want2.POSTable.POSs) == 0 {
		t.Fatal("ipa.DictShrink has no part-of-speech table: the test compares nothing")
	}
	want2.POSTable = dict.POSTable{} // left out by loadIPA (perf51)
	if !reflect.DeepEqual(d, want2) {
		t.Fatal("loadIPA's dictionary differs from ipa.DictShrink's (part-of-speech table aside)")
	}
}

// TestIPAWithoutPOSTokenizesAsShrink: the tokenizer over loadIPA's
// dictionary, without the part-of-speech table, cuts every Japanese text
// of the released case files (internal/checks/testdata/cases, dev*.jsonl
// and field.jsonl) and every line of a sample into the same tokens as one
// over ipa.DictShrink's: the same ID, class, surface, start, end and
// position, token by token (#17, perf51).
func TestIPAWithoutPOSTokenizesAsShrink(t *testing.T) {
	texts := []string{
		"14Kゴールドメッキを施したスターリングシルバーのリングです。",
		"料金は金曜日にお支払いください。ラボグロウンルビーとタイガーアイアン、ネパール、ゴールドコースト。",
		"ハートは直径1.5cm、45cmのチェーンに2.5mmの留め具。ＡＢＣ　全角とhalf-width、絵文字💍も。",
	}
	files, _ := filepath.Glob("../../checks/testdata/cases/dev*.jsonl")
	files = append(files, "../../checks/testdata/cases/field.jsonl")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(b), "\n") {
			var c struct{ Locale, Text string }
			if json.Unmarshal([]byte(line), &c) == nil && strings.HasPrefix(c.Locale, "ja") {
				texts = append(texts, c.Text)
			}
		}
	}
	if len(texts) < 50 {
		t.Fatalf("%d Japanese texts: the case files moved?", len(texts))
	}
	shrink, err := tokenizer.New(ipa.DictShrink(), tokenizer.OmitBosEos())
	if err != nil {
		t.Fatal(err)
	}
	toks := 0
	for _, s := range texts {
		got, want := jaTok().Tokenize(s), shrink.Tokenize(s)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, ipa.DictShrink %d", s, len(got), len(want))
		}
		for i := range got {
			g, w := got[i], want[i]
			if g.ID != w.ID || g.Class != w.Class || g.Surface != w.Surface || g.Start != w.Start ||
				g.End != w.End || g.Position != w.Position {
				t.Fatalf("%q token %d: %+v, ipa.DictShrink %+v", s, i, g, w)
			}
		}
		toks += len(got)
	}
	t.Logf("%d texts, %d tokens the same", len(texts), toks)
}
