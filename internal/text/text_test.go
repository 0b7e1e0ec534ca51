package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
		lookAlikes     int
	}{
		{"ascii unchanged", "Solid gold, real diamond.", "Solid gold, real diamond.", 0},
		{"soft hyphen and zero-width space", "so\u00adlid go\u00adld real dia\u200bmond", "solid gold real diamond", 0},
		{"word joiner, BOM, ZWJ, ZWNJ", "\ufeffgo\u2060l\u200dd si\u200clver", "gold silver", 0},
		{"variation selectors and tags", "go\ufe0fld\U000E0067\U000E006F", "gold", 0},
		{"full-width", "ｓｏｌｉｄ ｇｏｌｄ", "solid gold", 0},
		{"mathematical bold", "𝐬𝐨𝐥𝐢𝐝 𝐠𝐨𝐥𝐝", "solid gold", 0},
		{"ligature", "ﬁne", "fine", 0},
		{"cyrillic o in a latin word", "g\u043eld", "gold", 1},
		{"greek omicron in a latin word", "g\u03bfld", "gold", 1},
		{"cyrillic capital", "GOL\u0414 \u0405OLID", "GOLД SOLID", 1},
		{"whole cyrillic look-alike word in latin text", "a real \u0441\u043e\u0440\u0443 of the ring", "a real copy of the ring", 1},
		{"small capitals", "\u0262\u1d0f\u029fd", "\u0262o\u029fd", 1},
		{"combining marks that compose", "go\u0301ld", "góld", 0},
		{"NFD composes", "plaque\u0301 or", "plaqué or", 0},
		{"stray combining marks are dropped and reported", "g\u0308\u0323o\u0336ld", "gold", 1},
		{"dot above after i is no disguise", "i\u0307stanbul", "istanbul", 0},
		{"latin look-alikes in a greek word become greek", "\u03a7\u03c9p\u03af\u03c2 v\u03b9\u03ba\u03ad\u03bb\u03b9\u03bf", "\u03a7\u03c9\u03c1\u03af\u03c2 \u03bd\u03b9\u03ba\u03ad\u03bb\u03b9\u03bf", 2},
		{"bidi override removed", "\u202egold\u202c", "gold", 0},
		{"ANSI escape removed", "so\x1b[31mlid\x1b[0m gold\a", "solid gold", 0},
		{"nbsp and ellipsis kept", "or\u00a0: beau…", "or\u00a0: beau…", 0},
		{"greek text keeps greek", "χρυσό δαχτυλίδι", "χρυσό δαχτυλίδι", 0},
		{"micro sign", "2.5 µm", "2.5 μm", 0},
		{"turkish dotless i kept", "altın yüzük", "altın yüzük", 0},
		{"japanese", "ゴールドのリング", "ゴールドのリング", 0},
		{"arabic with marks", "خاتم ذهب", "خاتم ذهب", 0},
		{"hindi keeps its vowel signs", "सोना", "सोना", 0},
		{"emoji zwj sequence", "👩\u200d💻", "👩💻", 0},
		{"hangul jamo compose", "\u1100\u1161\u11a8", "각", 0},
		{"nfd after ascii", "Pave\u0301", "Pavé", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := Fold(tt.in)
			if f.Text != tt.want {
				t.Errorf("Fold(%q).Text = %q, want %q", tt.in, f.Text, tt.want)
			}
			if len(f.LookAlikes) != tt.lookAlikes {
				t.Errorf("Fold(%q).LookAlikes = %+v, want %d", tt.in, f.LookAlikes, tt.lookAlikes)
			}
		})
	}
}

// TestFoldSpans maps the span of a word found in the folded text back to
// the original, where it must cover the whole disguised word.
func TestFoldSpans(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, word, orig string }{
		{"A ring of so\u00adlid go\u00adld.", "gold", "go\u00adld"},
		{"ｓｏｌｉｄ ｇｏｌｄ", "gold", "ｇｏｌｄ"},
		{"real dia\u200bmond here", "diamond", "dia\u200bmond"},
		{"in g\u043eld", "gold", "g\u043eld"},
		{"plaque\u0301 or", "plaqué", "plaque\u0301"},
		{"\x1b[1m gold", "gold", "gold"},
		{"ﬁne gold", "fine", "ﬁne"},
		{"ﬁne gold", "gold", "gold"},
		{"Pavé heart", "heart", "heart"},
	}
	for _, tt := range tests {
		f := Fold(tt.in)
		bi := strings.Index(f.Text, tt.word)
		if bi < 0 {
			t.Fatalf("Fold(%q) = %q has no %q", tt.in, f.Text, tt.word)
		}
		s := utf8.RuneCountInString(f.Text[:bi])
		e := s + utf8.RuneCountInString(tt.word)
		os, oe := f.Span(s, e)
		rs := []rune(tt.in)
		if got := string(rs[os:oe]); got != tt.orig {
			t.Errorf("Fold(%q): span of %q maps to %q, want %q", tt.in, tt.word, got, tt.orig)
		}
	}
	// Empty and out-of-range spans are clamped, never panic.
	f := Fold("go\u00adld")
	if s, e := f.Span(0, 0); s != 0 || e != 0 {
		t.Errorf("Span(0,0) = %d,%d", s, e)
	}
	if s, e := f.Span(2, 99); s != 3 || e != 5 {
		t.Errorf("Span(2,99) = %d,%d, want 3,5", s, e)
	}
}

func TestUnsafe(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     []Kind
	}{
		{"plain", "A gold ring.\n\tNew line.", nil},
		{"crlf", "line\r\nline", nil},
		{"lone cr", "line\rline", []Kind{Control}},
		{"bel", "gold\a", []Kind{Control}},
		{"nul", "go\x00ld", []Kind{Noncharacter}},
		{"del and c1", "a\x7fb\u0085c", []Kind{Control, Control}},
		{"ansi escape is one finding", "\x1b[31;1mred\x1b[0m", []Kind{Escape, Escape}},
		{"osc title", "\x1b]0;title\a text", []Kind{Escape}},
		{"bidi override", "abc\u202edcb\u202c", []Kind{Bidi, Bidi}},
		{"bidi isolate", "\u2067x\u2069", []Kind{Bidi, Bidi}},
		{"rlm in latin text", "gold\u200f", []Kind{Bidi}},
		{"rlm in arabic text", "خاتم\u200f ذهب", nil},
		{"soft hyphen", "so\u00adlid", []Kind{Invisible}},
		{"zwsp", "dia\u200bmond", []Kind{Invisible}},
		{"bom", "\ufeffgold", []Kind{Invisible}},
		{"word joiner", "go\u2060ld", []Kind{Invisible}},
		{"zwj in latin word", "go\u200dld", []Kind{Invisible}},
		{"zwj in emoji", "👩\u200d💻 gift", nil},
		{"zwnj in persian", "می\u200cخواهم", nil},
		{"variation selector on emoji", "❤\ufe0f gift", nil},
		{"variation selector on latin", "go\ufe0fld", []Kind{Invisible}},
		{"tag characters", "gold\U000E0069\U000E0067", []Kind{Invisible, Invisible}},
		{"hangul filler", "gold\u3164", []Kind{Invisible}},
		{"line separator", "a\u2028b", []Kind{Control}},
		{"noncharacter", "a\uffffb", []Kind{Noncharacter}},
		{"invalid utf-8", "a\xffb", []Kind{Noncharacter}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got []Kind
			for _, is := range Unsafe(tt.in) {
				got = append(got, is.Kind)
				if is.Start < 0 || is.End <= is.Start || is.End > utf8.RuneCountInString(tt.in) {
					t.Errorf("bad span %+v in %q", is, tt.in)
				}
			}
			if !equalKinds(got, tt.want) {
				t.Errorf("Unsafe(%q) kinds = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
	if is := Unsafe("x\x1b[0my"); len(is) != 1 || is[0].Start != 1 || is[0].End != 5 {
		t.Errorf("escape span = %+v, want [1,5)", is)
	}
}

func equalKinds(a, b []Kind) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestClean(t *testing.T) {
	t.Parallel()
	if got, err := Clean("Pave\u0301 heart\r\n"); err != nil || got != "Pavé heart\r\n" {
		t.Errorf("Clean = %q, %v", got, err)
	}
	for _, in := range []string{"a\x00b", "so\u00adlid", "\u202egold", "a\xffb", "\x1b[31m"} {
		if _, err := Clean(in); err == nil {
			t.Errorf("Clean(%q) accepted", in)
		} else if _, ok := err.(*Error); !ok {
			t.Errorf("Clean(%q) error %T", in, err)
		}
	}
	if got, err := CleanLine("  190001C01 "); err != nil || got != "190001C01" {
		t.Errorf("CleanLine = %q, %v", got, err)
	}
	for _, in := range []string{"a\tb", "a\nb", "a\u200bb", "a\x00b"} {
		if _, err := CleanLine(in); err == nil {
			t.Errorf("CleanLine(%q) accepted", in)
		}
	}
	if Key("ＡＢ\u200bc") != Key(" abc") || Key("abc") == Key("abd") {
		t.Error("Key does not fold width, case, invisibles and space")
	}
	if FoldString("ＧＯＬＤ") != "gold" || FoldString("G\u043eld") != "gold" || FoldString("Plaqué") != "plaque" {
		t.Error("FoldString")
	}
}

type bigrams struct{}

// Split cuts a run into pairs of runes: a stand-in for a dictionary.
func (bigrams) Split(run string) []int {
	var out []int
	rs := []rune(run)
	for i := 0; i < len(rs); i += 2 {
		j := min(i+2, len(rs))
		out = append(out, len(string(rs[i:j])))
	}
	return out
}

func TestWords(t *testing.T) {
	t.Parallel()
	var got []string
	Words{}.Each("A gold-plated ring, 2.5 mm.", func(w Word) bool { got = append(got, w.Text); return true })
	if strings.Join(got, "|") != "A|gold|plated|ring|2.5|mm" {
		t.Errorf("UAX #29 words = %q", got)
	}
	got = got[:0]
	var spans [][2]int
	d := bigrams{}
	Words{Dictionary: map[string]Segmenter{"Han": d, "Hiragana": d, "Katakana": d}}.Each("ring 金のリング", func(w Word) bool {
		got = append(got, w.Text)
		spans = append(spans, [2]int{w.Start, w.End})
		return true
	})
	if strings.Join(got, "|") != "ring|金の|リン|グ" || spans[1] != [2]int{5, 7} {
		t.Errorf("dictionary words = %q %v", got, spans)
	}

	c := Count("A gold-plated ring.")
	if c.Words != 3 || c.Chars != 19 || c.CountsByChars() {
		t.Errorf("Count = %+v", c)
	}
	c = Count("金のリングです。")
	if !c.CountsByChars() || c.Chars != 8 || c.Words == 0 {
		t.Errorf("Count(ja) = %+v", c)
	}
	if c := Count("e\u0301 👩\u200d💻"); c.Chars != 3 {
		t.Errorf("graphemes = %d, want 3", c.Chars)
	}
	if Scripts("gold金").Dominant() != "Latin" || Scripts("金のリング").Dominant() != "Han" {
		t.Error("Dominant")
	}
}

func BenchmarkFold(b *testing.B) {
	for _, bc := range []struct{ name, s string }{
		{"ascii", strings.Repeat("Crafted in sterling silver with twelve clear stones. ", 15)},
		// The checker's benchmark text: 120 words, one "é", nothing to fold.
		{"pdp", "Celebrate the people you love with the Pavé Heart Charm from the Aurelia Moments collection. Crafted in sterling silver, the heart is set with twelve clear cubic zirconia stones that catch the light from every angle. Slide it onto your favourite bracelet and wear it every day, or save it for an evening out. It is a thoughtful gift for Mother's Day and a small reminder of the moments that matter most. The charm is polished by hand and finished with a secure clip, so it stays where you place it. Pair it with other charms from the collection to tell your own story, one memory at a time, and keep it safe in its Aurelia gift box."},
		{"latin1", strings.Repeat("Façonné en argent massif, serti de douze pierres claires. ", 15)},
		{"tricks", strings.Repeat("so\u00adlid ｇｏｌｄ g\u043eld dia\u200bmond. ", 15)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Fold(bc.s)
				Unsafe(bc.s) // the checker's entry does both
			}
		})
	}
}

// TestFoldMixedGreekCyrillic: a word that mixes Greek and Cyrillic letters
// is folded to Latin even when look-alikes make the whole text mostly
// Cyrillic (the fuzzer's "сһеаρ" for "cheap" in a text of look-alikes),
// while words of one script in a text of that script stay as written.
func TestFoldMixedGreekCyrillic(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		// Greek ρ and ν among Cyrillic; every letter has a Latin look-alike.
		{"Тһе сһеаρ ѕіlνеr", "The cheap silver"},
		// English written wholly in Cyrillic look-alikes folds too.
		{"Тһе сһеар ѕіlvеr сһаіn", "The cheap silver chain"},
		// Words with Latin letters fold as before.
		{"сһеаρ ѕтеrlіng сһаіn", "cheap sтerling chain"},
		{"Ένα ασημένιο δαχτυλίδι", "Ένα ασημένιο δαχτυλίδι"},
		{"Серебряное кольцо", "Серебряное кольцо"},
	}
	for _, tc := range tests {
		if got := Fold(tc.in).Text; got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestVariationSelectorsHidden28 (#13, hidden28): a variation selector
// hides nothing after an emoji, a symbol, a keycap's digit or a Han
// ideograph (standardized and ideographic variation sequences), and is a
// disguise after a letter of any script (kana, Hangul, Arabic, Latin).
func TestVariationSelectorsHidden28(t *testing.T) {
	for _, tc := range []struct {
		s      string
		hidden bool
	}{
		{"❤\ufe0f gift", false},
		{"ℹ\ufe0f info", false},
		{"‼\ufe0f sale", false},
		{"1\ufe0f\u20e3 ring", false},
		{"葛\U000E0100城", false},
		{"≩\ufe00", false},
		{"プラ\ufe0fチナ", true},
		{"플래\ufe0f티넘", true},
		{"البل\ufe0fاتين", true},
		{"pla\ufe00tinum", true},
		{"5\ufe0f rings", true},
		{"ゴ\U000E0100ールド", true},
	} {
		if got := len(Unsafe(tc.s)) > 0; got != tc.hidden {
			t.Errorf("%q: hidden %v, want %v (%v)", tc.s, got, tc.hidden, Unsafe(tc.s))
		}
	}
}
