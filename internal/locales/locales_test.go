package locales

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// The 25 locales the brand sells in (issue #16).
var want = []string{"ar-AE", "cs-CZ", "da-DK", "de-DE", "el-GR", "en-AU", "en-GB", "en-US", "es-ES", "es-MX", "fi-FI", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "sv-SE", "tr-TR", "zh-CN", "zh-TW"}

func TestPacksLoad(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	got := s.Supported()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("supported:\n got %v\nwant %v", got, want)
	}
	for _, l := range got {
		p, _ := s.Get(l)
		if data, owner := p.Vocab(); len(data) == 0 || owner == "" {
			t.Errorf("%s: no vocabulary", l)
		}
	}
}

func TestInheritance(t *testing.T) {
	s := Must()
	us, _ := s.Get("en-US")
	gb, _ := s.Get("en-GB")
	if us.Variant != "american" || gb.Variant != "british" || us.Language != "en" || us.Readability.Formula != "flesch-kincaid" {
		t.Errorf("en-US %+v", us)
	}
	if _, owner := us.Vocab(); owner != "en-GB" {
		t.Errorf("en-US vocabulary from %s", owner)
	}
	if us.Identity.Foreign["colour"] != "en-GB" || gb.Identity.Foreign["colour"] != "" {
		t.Error("a child's map leaked into its parent")
	}
	mx, _ := s.Get("es-MX")
	if mx.Typography.DecimalComma || !mx.Typography.FullWidth && len(mx.Typography.Quotes) != 2 {
		t.Errorf("es-MX typography %+v", mx.Typography)
	}
}

func TestResolve(t *testing.T) {
	s := Must()
	for in, out := range map[string]string{"fr-BE": "fr-FR", "en-NZ": "en-US", "de-AT": "de-DE", "ja_JP": "ja-JP", "zh-HK": "zh-TW", "pt-AO": "pt-BR", "th-TH": "", "xx": "", "": ""} {
		p, _ := s.Resolve(in)
		got := ""
		if p != nil {
			got = p.Locale
		}
		if got != out {
			t.Errorf("Resolve(%q) = %q, want %q", in, got, out)
		}
	}
}

func TestCount(t *testing.T) {
	s := Must()
	ja, _ := s.Get("ja-JP")
	en, _ := s.Get("en-GB")
	if n := ja.Count("スターリングシルバーの チャーム。"); n != 16 {
		t.Errorf("ja count %d, want 16 characters", n)
	}
	if n := en.Count("A sterling silver charm."); n != 4 {
		t.Errorf("en count %d", n)
	}
	if ja.WordsToUnit(40) != 100 {
		t.Errorf("ja 40 words = %d characters", ja.WordsToUnit(40))
	}
}

func TestValidationRefuses(t *testing.T) {
	good := "locale: cy-GB\nname: X\nlanguage: cy\nscript: Latn\ndirection: ltr\nlength: {unit: words}\nreadability: {max_sentence: 20}\nformality: {prompt: p}\ntypography: {quotes: [a, b]}\nqualifiers: {lab_grown: [a], simulant: [b], plated: [c]}\nidentity: {stopwords: [a, b, c, d, e, f, g, h]}\n"
	for name, tc := range map[string]struct{ pack, vocab, err string }{
		"ok":            {good, "terms: []", ""},
		"no vocabulary": {good, "", "no vocab.yaml"},
		"unknown key":   {good + "colour: red\n", "terms: []", "colour not found"},
		"bad unit":      {strings.Replace(good, "unit: words", "unit: syllables", 1), "terms: []", "length.unit"},
		"bad script":    {strings.Replace(good, "Latn", "Latin", 1), "terms: []", "script"},
		"wrong folder":  {strings.Replace(good, "locale: cy-GB", "locale: cy-FR", 1), "terms: []", "want the folder name"},
		"cycle":         {good + "extends: cy-GB\n", "terms: []", "extends itself"},
		"bad range":     {strings.Replace(good, "unit: words", "unit: characters, chars_per_word: 2.5, chars_per_word_range: [2.6, 3.0]", 1), "terms: []", "chars_per_word_range"},
		"ok range":      {strings.Replace(good, "unit: words", "unit: characters, chars_per_word: 2.5, chars_per_word_range: [2.0, 3.0]", 1), "terms: []", ""},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"p/cy-GB/pack.yaml": {Data: []byte(tc.pack)}}
			if tc.vocab != "" {
				fsys["p/cy-GB/vocab.yaml"] = &fstest.MapFile{Data: []byte(tc.vocab)}
			}
			_, err := loadFS(fsys, "p")
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err %v, want %q", err, tc.err)
			}
		})
	}
}

// TestNewPackFolderIsPickedUp: adding a locale is adding one folder; Load
// picks it up beside the others and validates it, and a broken one is an
// error that names its folder and what is wrong (app.New stops the
// process on it).
func TestNewPackFolderIsPickedUp(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	if err := fs.WalkDir(packFS, "packs", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(packFS, p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	shipped, err := loadFS(fsys, "packs")
	if err != nil {
		t.Fatal(err)
	}
	cy := "locale: cy-GB\nname: Welsh (United Kingdom)\nlanguage: cy\nscript: Latn\ndirection: ltr\nlength: {unit: words}\nreadability: {max_sentence: 20}\nformality: {prompt: p}\ntypography: {quotes: [a, b]}\nqualifiers: {lab_grown: [a], simulant: [b], plated: [c]}\nidentity: {stopwords: [y, a, ac, o, i, yn, ei, mae]}\n"
	fsys["packs/cy-GB/pack.yaml"] = &fstest.MapFile{Data: []byte(cy)}
	fsys["packs/cy-GB/vocab.yaml"] = &fstest.MapFile{Data: []byte("terms: []")}
	set, err := loadFS(fsys, "packs")
	if err != nil {
		t.Fatal(err)
	}
	// Relative to the shipped packs, so that adding a locale does not break it.
	if got := set.Supported(); len(got) != len(shipped.Supported())+1 || !slices.Contains(got, "cy-GB") {
		t.Fatalf("supported %v: want the %d shipped packs and cy-GB", got, len(shipped.Supported()))
	}
	if p, exact := set.Resolve("cy"); p == nil || p.Locale != "cy-GB" || exact {
		t.Errorf("Resolve(cy) = %v, %v", p, exact)
	}
	fsys["packs/cy-GB/pack.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(cy, "unit: words", "unit: letters", 1))}
	_, err = loadFS(fsys, "packs")
	if err == nil || !strings.Contains(err.Error(), "cy-GB/pack.yaml") || !strings.Contains(err.Error(), `length.unit "letters"`) {
		t.Fatalf("a broken new pack: err %v, want one naming cy-GB/pack.yaml and length.unit", err)
	}
}
