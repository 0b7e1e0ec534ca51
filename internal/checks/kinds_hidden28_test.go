package checks

import (
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of the hidden component metal (#13, hidden28; released 28's
// blind28B-pl-PL-28B106-2, "Zapięcie wykonano z pl\u200batyny" on a pearl
// necklace of 14k gold-plated brass): the plated necklace, where a
// platinum clasp is a metal it lacks, and a platinum necklace whose clasp
// is platinum.
var (
	h28Brass = core.Product{SKU: "H28B", Name: "Pearl Station Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"14k gold-plated brass", "freshwater cultured pearl"},
		Metals:    []core.Metal{{Base: "brass", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}},
		Stones:    []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 5}},
		Colours:   []string{"gold", "white"}, Features: []string{"nickel-free", "extender chain"}}
	h28Platinum = core.Product{SKU: "H28P", Name: "Pearl Station Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"950 platinum", "freshwater cultured pearl"},
		Metals:    []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:    []core.Stone{{Type: "freshwater cultured pearl", Colour: "white", Count: 5}},
		Colours:   []string{"silver", "white"}, Features: []string{"extender chain"}}
)

// h28Rows: per locale, a sentence naming the metal of the piece's clasp
// (a component: vocabulary components), the metal word in brackets.
var h28Rows = map[string]string{
	"en-GB": "A [platinum] clasp closes the chain.",
	"en-US": "The chain closes with a [platinum] lobster clasp.",
	"en-AU": "Its clasp is [platinum].",
	"fr-FR": "Le fermoir est en [platine].",
	"fr-CA": "Un fermoir en [platine] ferme la chaîne.",
	"de-DE": "Der Verschluss ist aus [Platin].",
	"it-IT": "La chiusura è in [platino].",
	"es-ES": "El cierre es de [platino].",
	"es-MX": "La cadena cierra con un mosquetón de [platino].",
	"pt-PT": "O fecho é em [platina].",
	"pt-BR": "O fecho é de [platina].",
	"nl-NL": "De sluiting is van [platina].",
	"sv-SE": "Låset är av [platina].",
	"da-DK": "Låsen er af [platin].",
	"nb-NO": "Låsen er av [platina].",
	"fi-FI": "Lukko on [platinaa].",
	"pl-PL": "Zapięcie wykonano z [platyny].",
	"cs-CZ": "Zapínání je z [platiny].",
	"el-GR": "Το κούμπωμα είναι από [πλατίνα].",
	"tr-TR": "Kilit [platinden] yapılmıştır.",
	"ar-AE": "المشبك مصنوع من [البلاتين].",
	"ja-JP": "留め具は[プラチナ]製です。",
	"ko-KR": "잠금장치는 [플래티넘]으로 만들었습니다.",
	"zh-CN": "搭扣采用[铂金]制成。",
	"zh-TW": "搭扣採用[鉑金]製成。",
}

// h28Invisible are the characters that hide inside a word without a glyph
// (Unicode Default_Ignorable_Code_Point and the bidi marks, UAX #9): zero
// width space, non-joiner and joiner, word joiner, soft hyphen, BOM,
// variation selector 16, a tag character, the combining grapheme joiner,
// the left-to-right mark.
var h28Invisible = map[string]string{"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060",
	"shy": "\u00ad", "bom": "\ufeff", "vs16": "\ufe0f", "tag": "\U000E0041", "cgj": "\u034f", "lrm": "\u200e"}

// h28Hide hides w by mode: an invisible character in its middle, a letter
// swapped for its look-alike of another script (UTS #39 confusables:
// Cyrillic or Greek in a Latin word, Latin in a Greek word), or its Latin
// letters in full-width forms. ok is false where the mode does not apply.
func h28Hide(w, mode string) (string, bool) {
	if h, ok := h28Invisible[mode]; ok {
		rs := []rune(w)
		if len(rs) < 2 {
			return "", false
		}
		return string(rs[:len(rs)/2]) + h + string(rs[len(rs)/2:]), true
	}
	if mode == "fullwidth" {
		var b strings.Builder
		changed := false
		for _, r := range w {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				r += 'Ａ' - 'A'
				changed = true
			}
			b.WriteRune(r)
		}
		return b.String(), changed
	}
	return hf24Hide(w, mode)
}

var h28Modes = []string{"zwsp", "zwnj", "zwj", "wj", "shy", "bom", "vs16", "tag", "cgj", "lrm", "cyrillic", "greek", "latin", "fullwidth"}

// TestKindsHidden28 (#13, hidden28): a metal word hidden by an invisible
// or look-alike character is judged as a reader sees it, in every locale,
// beside the safety finding on the character; and a part's metal (a
// clasp, a hook, a post) is judged on a plated piece too when it is a
// precious metal other than silver that the piece does not have: plated
// costume jewellery may have silver or steel findings its data leaves
// out, never an unlisted platinum clasp (16 CFR 23.7 reserves
// "platinum" for the metal; the plating rules say what a gold word on a
// gold-plated piece is). Each row runs clean and hidden by every mode that
// applies to its script, on the gold-plated brass necklace (grounding
// blocks: the control) and on a platinum necklace (no fact finding: the
// pass row; safety only when hidden).
func TestKindsHidden28(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, loc := range packLocales(t) {
		row, ok := h28Rows[loc]
		if !ok {
			t.Errorf("%s: no row", loc)
			continue
		}
		w, _, _ := strings.Cut(row[strings.Index(row, "[")+1:], "]")
		texts := map[string]string{"clean": strings.NewReplacer("[", "", "]", "").Replace(row)}
		for _, mode := range h28Modes {
			if hw, ok := h28Hide(w, mode); ok {
				texts[mode] = strings.Replace(texts["clean"], w, hw, 1)
			}
		}
		for mode, text := range texts {
			for _, tc := range []struct {
				p     core.Product
				fault bool
			}{{h28Brass, true}, {h28Platinum, false}} {
				_, fs := blockedIn(t, svc, "", tc.p, loc, text)
				cats := map[string]bool{}
				for _, f := range fs {
					if f.Severity == core.SeverityBlock {
						cats[f.Category] = true
					}
				}
				switch {
				case tc.fault && !cats[CatGrounding]:
					t.Errorf("%s %s %q on %s: the metal is not judged (no grounding block): %s", mode, loc, text, tc.p.SKU, describe(fs, "", text))
				case !tc.fault && cats[CatGrounding]:
					t.Errorf("%s %s %q on %s: the own metal blocks in grounding: %s", mode, loc, text, tc.p.SKU, describe(fs, "", text))
				case mode != "clean" && !cats[CatSafety]:
					t.Errorf("%s %s %q on %s: no safety finding: %s", mode, loc, text, tc.p.SKU, describe(fs, "", text))
				case mode == "clean" && cats[CatSafety]:
					t.Errorf("%s %s %q on %s: safety finding on clean text: %s", mode, loc, text, tc.p.SKU, describe(fs, "", text))
				}
			}
		}
	}
}

// TestKindsHidden28Legitimate: the characters a script or an emoji needs
// are no disguise, and a fact beside them is still read: a zero-width
// joiner inside an emoji sequence, a variation selector after an emoji, a
// non-joiner after a word of a joining script before a space, and the
// Greek letters of Greek words (never folded to Latin look-alikes).
func TestKindsHidden28Legitimate(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []struct{ locale, text string }{
		{"en-GB", "A platinum clasp closes the chain 👩\u200d💻 ❤\ufe0f."},
		{"ar-AE", "المشبك مصنوع من البلاتين\u200c 👍🏽."},
		{"el-GR", "Το κούμπωμα είναι από πλατίνα, ο νέος αγαπημένος σας κρίκος."},
		{"ja-JP", "留め具はプラチナ製です 👨\u200d👩\u200d👧。"},
	}
	for _, r := range rows {
		for _, tc := range []struct {
			p     core.Product
			fault bool
		}{{h28Brass, true}, {h28Platinum, false}} {
			_, fs := blockedIn(t, svc, "", tc.p, r.locale, r.text)
			for _, f := range fs {
				if f.Category == CatSafety {
					t.Errorf("%s %q: safety finding on a legitimate character: %s", r.locale, r.text, describe(fs, "", r.text))
					break
				}
			}
			if blocked, _ := blockedIn(t, svc, CatGrounding, tc.p, r.locale, r.text); blocked != tc.fault {
				t.Errorf("%s %q on %s: grounding block %v, want %v: %s", r.locale, r.text, tc.p.SKU, blocked, tc.fault, describe(fs, "", r.text))
			}
		}
	}
	_ = unicode.IsLetter
}
