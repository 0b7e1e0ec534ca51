package checks

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Encoding tricks: ways of writing a text that a reader sees (nearly) as
// the same text. None may turn a blocked text into a passing one.
const (
	trickInvisible  = 1 << iota // soft hyphen, ZWSP, ZWJ, ZWNJ, WJ, BOM, CGJ, VS16, tags inside words
	trickFullWidth              // ｆｕｌｌ-width letters and digits
	trickConfusable             // Cyrillic and Greek look-alike letters
	trickCombining              // combining marks on letters
	trickNFD                    // the whole text decomposed
	trickBidi                   // bidi embeddings, overrides, isolates, marks inside words
	trickCase                   // mIxEd case (never the first letter: capitals carry meaning)
	trickMath                   // 𝐦𝐚𝐭𝐡𝐞𝐦𝐚𝐭𝐢𝐜𝐚𝐥 bold letters
	trickControl                // ANSI escapes, BEL, DEL inside words
	trickAll        = 1<<iota - 1
)

var trickNames = []string{"invisible", "full-width", "confusable", "combining", "nfd", "bidi", "case", "math", "control"}

var (
	invisibles = []string{"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u034f", "\ufe0f", "\U000E0041", "\u180e", "\u2062"}
	bidis      = []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"}
	controls   = []string{"\x1b[31m", "\x1b[0m", "\a", "\x7f", "\x1b]0;x\a", "\u0085", "\x1b[2K"}
	// Marks that compose into no letter of the supported orthographies:
	// below-marks, overlays, enclosing marks. Marks that do (é, ô, ç)
	// spell another word, which the reviewer sees; the property holds for
	// those only when stacked (see text.Fold).
	combining   = []rune{0x0323, 0x0324, 0x0325, 0x032D, 0x0330, 0x0331, 0x0334, 0x0335, 0x0336, 0x0337, 0x0338, 0x0346, 0x034B, 0x0359, 0x035C, 0x20DD, 0x0489}
	lookAlikeOf = map[rune][]rune{
		'a': {'а'}, 'c': {'с', 'ϲ'}, 'e': {'е'}, 'i': {'і'}, 'j': {'ј'}, 'o': {'о', 'ο'}, 'p': {'р', 'ρ'}, 's': {'ѕ'},
		'x': {'х'}, 'y': {'у'}, 'h': {'һ'}, 'v': {'ν'}, 'A': {'А', 'Α'}, 'B': {'В', 'Β'}, 'C': {'С'}, 'E': {'Е', 'Ε'},
		'H': {'Н', 'Η'}, 'I': {'І', 'Ι'}, 'K': {'К', 'Κ'}, 'M': {'М', 'Μ'}, 'O': {'О', 'Ο'}, 'P': {'Р', 'Ρ'},
		'T': {'Т', 'Τ'}, 'X': {'Х', 'Χ'}, 'Y': {'Υ'}, 'Z': {'Ζ'}, 'S': {'Ѕ'}, 'N': {'Ν'},
	}
)

// applyTricks rewrites text with the tricks in mask, choosing where with
// seed; density is the chance, out of 256, that a letter is touched.
func applyTricks(text string, mask uint16, seed uint64, density uint8) string {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	hit := func() bool { return rng.IntN(256) < int(density)+1 }
	var kinds []int
	for k := range trickNames {
		if mask&(1<<k) != 0 && 1<<k != trickNFD {
			kinds = append(kinds, 1<<k)
		}
	}
	var b strings.Builder
	prevLetter := false
	for _, r := range text {
		isLetter := unicode.IsLetter(r) || unicode.IsDigit(r)
		if !isLetter || len(kinds) == 0 || !hit() {
			b.WriteRune(r)
			prevLetter = isLetter
			continue
		}
		switch kinds[rng.IntN(len(kinds))] {
		case trickInvisible:
			b.WriteRune(r)
			b.WriteString(invisibles[rng.IntN(len(invisibles))])
		case trickFullWidth:
			if r > 0x20 && r < 0x7F {
				r += 0xFF01 - 0x21
			}
			b.WriteRune(r)
		case trickConfusable:
			if alts, ok := lookAlikeOf[r]; ok {
				r = alts[rng.IntN(len(alts))]
			}
			b.WriteRune(r)
		case trickCombining:
			b.WriteRune(r)
			b.WriteRune(combining[rng.IntN(len(combining))])
		case trickBidi:
			b.WriteString(bidis[rng.IntN(len(bidis))])
			b.WriteRune(r)
		case trickCase:
			if prevLetter {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
		case trickMath:
			switch {
			case 'a' <= r && r <= 'z':
				r = 0x1D41A + r - 'a'
			case 'A' <= r && r <= 'Z':
				r = 0x1D400 + r - 'A'
			case '0' <= r && r <= '9':
				r = 0x1D7CE + r - '0'
			}
			b.WriteRune(r)
		case trickControl:
			b.WriteRune(r)
			b.WriteString(controls[rng.IntN(len(controls))])
		}
		prevLetter = true
	}
	out := b.String()
	if mask&trickNFD != 0 {
		out = norm.NFD.String(out)
	}
	return out
}

// blockingCategories are the categories that block in fs.
func blockingCategories(fs []core.Finding) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		if f.Severity == core.SeverityBlock {
			m[f.Category] = true
		}
	}
	return m
}

// checkStillBlocked is the property: the tricked text blocks, in every
// category the plain text blocks in (safety may be added), with spans
// inside the tricked text.
//
// Case is meaning for brand and collection names: "HeRitAgE" is no longer
// the Heritage collection's name as grounding reads names, but a wrongly
// cased name, which trademark blocks. Under the case trick a category in
// caseSensitive may give way to a trademark block.
func checkStillBlocked(t *testing.T, c *Checker, in core.CheckInput, want map[string]bool, tricked, label string, caseTrick bool) {
	t.Helper()
	in.Text = tricked
	got := c.Check(in)
	n := utf8.RuneCountInString(tricked)
	for _, f := range got {
		if f.Start < 0 || f.End < f.Start || f.End > n {
			t.Fatalf("%s: bad span %+v in %q", label, f, tricked)
		}
	}
	if !core.Blocks(got) {
		t.Errorf("%s: tricked text passes: %q", label, tricked)
		return
	}
	have := blockingCategories(got)
	for cat := range want {
		if !have[cat] && !(caseTrick && caseSensitive[cat] && have[CatTrademark]) {
			t.Errorf("%s: lost blocking category %s under tricks: %q; findings %s", label, cat, tricked, describe(got, "", tricked))
		}
	}
}

var caseSensitive = map[string]bool{CatGrounding: true, CatTrademark: true}

// blockedEvalCases are the evaluation cases the checker (with grounding)
// blocks, with the categories it blocks them in.
func blockedEvalCases(t testing.TB, c *Checker) ([]core.CheckInput, []map[string]bool, []string) {
	g := guide(t)
	var ins []core.CheckInput
	var wants []map[string]bool
	var names []string
	tt, ok := t.(*testing.T)
	if !ok {
		tt = &testing.T{}
	}
	for _, ec := range loadEval(tt) {
		in := core.CheckInput{Product: ec.Product, Locale: ec.Locale, Channel: ec.Channel, Text: ec.Text, Guide: g, Neighbours: ec.Neighbours}
		fs := c.Check(in)
		if !core.Blocks(fs) {
			continue
		}
		ins = append(ins, in)
		wants = append(wants, blockingCategories(fs))
		names = append(names, ec.name())
	}
	return ins, wants, names
}

// TestEncodingTricksKeepBlocks applies every trick alone, and all of them
// together, to every blocked text of the evaluation set (issue #11: "no
// encoding trick turns a blocked text into a passing one").
func TestEncodingTricksKeepBlocks(t *testing.T) {
	c := NewScoped(grounding.CheckScoped)
	ins, wants, names := blockedEvalCases(t, c)
	if len(ins) < 100 {
		t.Fatalf("only %d blocked evaluation cases", len(ins))
	}
	masks := []uint16{trickAll}
	for k := range trickNames {
		masks = append(masks, 1<<k)
	}
	for i, in := range ins {
		for _, m := range masks {
			seed := uint64(i)*31 + uint64(m)
			tricked := applyTricks(in.Text, m, seed, 96)
			checkStillBlocked(t, c, in, wants[i], tricked, fmt.Sprintf("%s with %s", names[i], maskName(m)), m&trickCase != 0)
		}
	}
}

func maskName(m uint16) string {
	var parts []string
	for k, n := range trickNames {
		if m&(1<<k) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "+")
}

// FuzzBlockedStaysBlocked is the same property with the fuzzer choosing
// the case, the tricks, where they go and how dense they are. Its corpus
// is testdata/fuzz/FuzzBlockedStaysBlocked.
func FuzzBlockedStaysBlocked(f *testing.F) {
	c := NewScoped(grounding.CheckScoped)
	ins, wants, names := blockedEvalCases(f, c)
	for k := range trickNames {
		f.Add(uint16(k*7), uint16(1<<k), uint64(k), uint8(128))
	}
	f.Add(uint16(3), uint16(trickAll), uint64(42), uint8(255))
	f.Fuzz(func(t *testing.T, pick, mask uint16, seed uint64, density uint8) {
		i := int(pick) % len(ins)
		tricked := applyTricks(ins[i].Text, mask, seed, density)
		checkStillBlocked(t, c, ins[i], wants[i], tricked, fmt.Sprintf("%s with %s (seed %d)", names[i], maskName(mask), seed), mask&trickCase != 0)
	})
}

// TestTricksPerLocale: in every supported locale, a false metal disguised
// by each trick is still a grounding block, reported on the disguised
// word of the original text.
func TestTricksPerLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	silver := core.Product{SKU: "1", Name: "Heart Charm", Category: "charm", Materials: []string{"sterling silver"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1}}}
	tests := []struct{ locale, sentence, word string }{
		{"en-GB", "A heart charm in solid gold with a real diamond.", "gold"},
		{"en-US", "A heart charm in solid gold with a real diamond.", "gold"},
		{"fr-FR", "Un charm cœur en or massif avec un vrai diamant.", "or"},
		{"de-DE", "Ein Herzanhänger aus massivem Gold mit einem echten Diamanten.", "Gold"},
		{"it-IT", "Un charm a cuore in oro massiccio con un vero diamante.", "oro"},
		{"es-ES", "Un charm de corazón de oro macizo con un diamante auténtico.", "oro"},
	}
	disguise := map[string]func(string) string{
		"soft hyphen": func(w string) string { return w[:1] + "\u00ad" + w[1:] },
		"zero-width":  func(w string) string { return w[:1] + "\u200b" + w[1:] },
		"word joiner": func(w string) string { return w[:1] + "\u2060" + w[1:] },
		"full-width":  func(w string) string { return applyTricks(w, trickFullWidth, 1, 255) },
		"cyrillic":    func(w string) string { return strings.NewReplacer("o", "о", "G", "G").Replace(w) },
		"math bold":   func(w string) string { return applyTricks(w, trickMath, 1, 255) },
		"dot below":   func(w string) string { return w[:1] + "\u0323" + w[1:] },
		"nfd accents": func(w string) string { return norm.NFD.String(w) },
		"bidi":        func(w string) string { return "\u2066" + w + "\u2069" },
		"ansi":        func(w string) string { return w[:1] + "\x1b[0m" + w[1:] },
	}
	// covering returns the blocking categories with a finding over runes
	// [ws, we) (give or take one rune: an isolate before the word).
	covering := func(fs []core.Finding, ws, we int) map[string]bool {
		m := map[string]bool{}
		for _, f := range fs {
			if f.Severity == core.SeverityBlock && f.Category != CatSafety && f.Start <= ws+1 && f.End >= we-1 && f.Start < we {
				m[f.Category] = true
			}
		}
		return m
	}
	for _, tt := range tests {
		plain := c.Check(core.CheckInput{Product: silver, Locale: tt.locale, Channel: "pdp", Text: tt.sentence, Guide: g})
		ps := utf8.RuneCountInString(tt.sentence[:strings.Index(tt.sentence, tt.word)])
		want := covering(plain, ps, ps+utf8.RuneCountInString(tt.word))
		if len(want) == 0 {
			t.Fatalf("%s: no block on %q in the plain sentence: %s", tt.locale, tt.word, describe(plain, "", tt.sentence))
		}
		for name, fn := range disguise {
			w := fn(tt.word)
			text := strings.Replace(tt.sentence, tt.word, w, 1)
			fs := c.Check(core.CheckInput{Product: silver, Locale: tt.locale, Channel: "pdp", Text: text, Guide: g})
			ws := utf8.RuneCountInString(text[:strings.Index(text, w)])
			got := covering(fs, ws, ws+utf8.RuneCountInString(w))
			for cat := range want {
				if !got[cat] {
					t.Errorf("%s %s: %q has no %s block on %q: %s", tt.locale, name, text, cat, w, describe(fs, "", text))
				}
			}
		}
	}
}

// TestIssueExample is issue #11's edit: no findings before, now the
// plain text's blocks plus safety findings on the invisible characters.
func TestIssueExample(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	in := core.CheckInput{Product: silverHeart, Locale: "en-GB", Channel: "pdp", Guide: g,
		Text: "Celebrate the people you love with the Pavé Heart Charm, crafted in so\u00adlid go\u00adld and set with a real dia\u200bmond."}
	plain := in
	plain.Text = strings.NewReplacer("\u00ad", "", "\u200b", "").Replace(in.Text)
	want := blockingCategories(c.Check(plain))
	if len(want) == 0 {
		t.Fatal("plain text does not block")
	}
	fs := c.Check(in)
	have := blockingCategories(fs)
	for cat := range want {
		if !have[cat] {
			t.Errorf("lost %s: %s", cat, describe(fs, "", in.Text))
		}
	}
	invisible := 0
	for _, f := range fs {
		if f.Rule == "safety.invisible" {
			invisible++
			if r := []rune(in.Text)[f.Start]; r != '\u00ad' && r != '\u200b' {
				t.Errorf("safety.invisible at %d is %q", f.Start, r)
			}
		}
	}
	if invisible != 3 {
		t.Errorf("%d invisible findings, want 3: %s", invisible, describe(fs, "", in.Text))
	}
}
