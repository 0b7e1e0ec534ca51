package checks

import (
	"strings"
	"testing"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/text"
)

// Products of the hostile facts (#13, hostile_facts24): a sterling
// silver ring, a titanium band (blind 24's H24a06) and a white gold ring
// with a tanzanite and two diamonds (H24b09).
var (
	hf24Silver = core.Product{SKU: "HF1", Name: "Arc", Category: "ring", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	hf24Titanium = core.Product{SKU: "HF2", Name: "Fede Timeless", Category: "ring", Collection: "Timeless",
		Materials: []string{"titanium", "carbon fibre"}, Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey", "black"},
		Features: []string{"hypoallergenic", "nickel-free", "lightweight", "comfort fit"}}
	hf24WhiteGold = core.Product{SKU: "HF3", Name: "Selene", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Colours: []string{"silver", "blue"},
		Stones: []core.Stone{{Type: "tanzanite", Colour: "blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"},
			{Type: "diamond", Colour: "clear", Count: 2, Origin: core.OriginNatural}}}
)

// hf24Row is a text in a locale on a product whose words in brackets are
// hidden, one at a time, by every mode that applies to their script:
// fault (the clean text blocks in grounding) or not (it is publishable).
type hf24Row struct {
	locale, text string
	p            core.Product
	fault        bool
}

// hf24Rows: per language a precious metal the product does not have (a
// fault: grounding, and a claim for "solid gold") and its own metal (the
// control), with the material words in brackets.
var hf24Rows = []hf24Row{
	{"en-US", "A slim ring of [solid] [gold] with a softly rounded edge.", hf24Silver, true},
	{"en-GB", "A slim band in polished [platinum] with a softly rounded edge.", hf24Silver, true},
	{"en-US", "A slim ring of [sterling] [silver] with a softly rounded edge.", hf24Silver, false},
	{"it-IT", "Un anello sottile in [oro] massiccio dal bordo arrotondato.", hf24Silver, true},
	{"it-IT", "Il titanio grigio, un sottile filo d'[oro] e la trama nera dell'inserto creano un insieme sobrio.", hf24Titanium, true},
	{"it-IT", "Un anello sottile in [argento] 925 dal bordo arrotondato.", hf24Silver, false},
	{"it-IT", "Il [titanio] grigio e la trama nera dell'inserto creano un insieme sobrio.", hf24Titanium, false},
	{"tr-TR", "Signature koleksiyonundaki Selene, 18 ayar beyaz altın ve [platinden] klasik bir üç taşlı yüzük.", hf24WhiteGold, true},
	{"tr-TR", "Yuvarlak kenarlı, [altından] ince bir yüzük.", hf24Silver, true},
	{"tr-TR", "Signature koleksiyonundaki Selene, 18 ayar beyaz [altından] klasik bir üç taşlı yüzük.", hf24WhiteGold, false},
	{"tr-TR", "Yuvarlak kenarlı, 925 ayar [gümüşten] ince bir yüzük.", hf24Silver, false},
	{"de-DE", "Ein schmaler Ring aus massivem [Gold] mit sanft gerundeter Kante.", hf24Silver, true},
	{"de-DE", "Ein schmaler Ring aus [Platin] mit sanft gerundeter Kante.", hf24Silver, true},
	{"de-DE", "Ein schmaler Ring aus [Sterlingsilber] mit sanft gerundeter Kante.", hf24Silver, false},
	{"fr-FR", "Une bague fine en [or] massif au bord arrondi.", hf24Silver, true},
	{"fr-FR", "Une bague fine en [platine] au bord arrondi.", hf24Silver, true},
	{"fr-FR", "Une bague fine en [argent] 925 au bord arrondi.", hf24Silver, false},
	{"el-GR", "Ένα λεπτό δαχτυλίδι από [χρυσό] με στρογγυλεμένη άκρη.", hf24Silver, true},
	{"el-GR", "Ένα λεπτό δαχτυλίδι από [πλατίνα] με στρογγυλεμένη άκρη.", hf24Silver, true},
	{"el-GR", "Ένα λεπτό δαχτυλίδι από [ασήμι] 925 με στρογγυλεμένη άκρη.", hf24Silver, false},
	{"pl-PL", "Smukły pierścionek z litego [złota] o zaokrąglonej krawędzi.", hf24Silver, true},
	{"pl-PL", "Smukły pierścionek z [platyny] o zaokrąglonej krawędzi.", hf24Silver, true},
	{"pl-PL", "Smukły pierścionek ze [srebra] próby 925 o zaokrąglonej krawędzi.", hf24Silver, false},
	{"es-ES", "Un anillo fino de [oro] macizo con el borde redondeado.", hf24Silver, true},
	{"es-ES", "Un anillo fino de [plata] de ley con el borde redondeado.", hf24Silver, false},
	{"pt-PT", "Um anel fino em [ouro] maciço com a borda arredondada.", hf24Silver, true},
	{"pt-PT", "Um anel fino em [prata] 925 com a borda arredondada.", hf24Silver, false},
	{"nl-NL", "Een smalle ring van massief [goud] met een afgeronde rand.", hf24Silver, true},
	{"nl-NL", "Een smalle ring van [sterlingzilver] met een afgeronde rand.", hf24Silver, false},
	{"sv-SE", "En smal ring i massivt [guld] med rundad kant.", hf24Silver, true},
	{"sv-SE", "En smal ring i [sterlingsilver] med rundad kant.", hf24Silver, false},
	{"cs-CZ", "Štíhlý prsten z ryzího [zlata] se zaobleným okrajem.", hf24Silver, true},
	{"cs-CZ", "Štíhlý prsten ze [stříbra] ryzosti 925 se zaobleným okrajem.", hf24Silver, false},
	{"zh-CN", "这枚纤细的戒指由[黄金]打造，边缘圆润。", hf24Silver, true},
	{"zh-CN", "这枚纤细的戒指由925[纯银]打造，边缘圆润。", hf24Silver, false},
	{"ja-JP", "[ゴールド]の華奢なリングです。", hf24Silver, true},
	{"ja-JP", "[シルバー]925の華奢なリングです。", hf24Silver, false},
	{"ar-AE", "خاتم رفيع من [الذهب] بحافة مستديرة.", hf24Silver, true},
	{"ar-AE", "خاتم رفيع من [الفضة] الإسترليني بحافة مستديرة.", hf24Silver, false},
	// A metal thread in the piece is its material in every language
	// whose thread noun is also the noun of the "red thread" idiom.
	{"en-GB", "A titanium band with a fine [gold] thread.", hf24Titanium, true},
	{"fr-FR", "Une bague en titane traversée d'un fin fil d'[or].", hf24Titanium, true},
	{"es-ES", "Un anillo de titanio con un fino hilo de [oro].", hf24Titanium, true},
	{"de-DE", "Ein Titanring mit einem feinen [Goldfaden].", hf24Titanium, true},
	{"nl-NL", "Een titanium ring met een dunne [gouden] draad.", hf24Titanium, true},
	{"fi-FI", "Titaanisormus, jossa kulkee ohut [kultalanka].", hf24Titanium, true},
	{"tr-TR", "İnce bir [altın] iplik geçen titanyum yüzük.", hf24Titanium, true},
	{"it-IT", "Una fede in titanio con un sottile filo d'[oro].", hf24Titanium, true},
	// The idiom stays an idiom for a colour, and "klasik bir" the
	// product's own metal.
	{"it-IT", "Il filo rosso della collezione è questa fede in [titanio].", hf24Titanium, false},
	{"fr-FR", "Le fil rouge de la collection est cette bague en [titane].", hf24Titanium, false},
	{"es-ES", "El hilo rojo de la colección es este anillo de [titanio].", hf24Titanium, false},
	{"de-DE", "Der rote Faden der Kollektion ist dieser [Titanring].", hf24Titanium, false},
	{"en-GB", "The red thread of the collection is this [titanium] band.", hf24Titanium, false},
	{"tr-TR", "[Titanyumdan] klasik bir yüzük.", hf24Titanium, false},
}

// hf24Modes hide a word: a letter swapped for its look-alike of another
// script (a Latin word with a Cyrillic or a Greek letter, a Greek word
// with a Latin one; UTS #39 confusables), or an invisible character (zero
// width space, soft hyphen, word joiner, zero width joiner) in its middle.
var hf24Modes = []string{"cyrillic", "greek", "latin", "zwsp", "shy", "wj", "zwj"}

// hf24LookAlike returns the letter of script that imitates the ASCII
// letter a (its UTS #39 prototype), if any.
func hf24LookAlike(a rune, script *unicode.RangeTable) (rune, bool) {
	for r := rune(0x370); r < 0x530; r++ {
		if p, ok := text.Prototype(r); ok && p == a && unicode.Is(script, r) && unicode.IsLower(r) == unicode.IsLower(a) {
			return r, true
		}
	}
	return 0, false
}

// hf24Hide hides word w by mode; ok is false where the mode does not
// apply (no letter of w has a look-alike in that script).
func hf24Hide(w, mode string) (string, bool) {
	rs := []rune(w)
	mid := len(rs) / 2
	switch mode {
	case "zwsp", "shy", "wj", "zwj":
		if len(rs) < 2 {
			return "", false
		}
		h := map[string]string{"zwsp": "\u200b", "shy": "\u00ad", "wj": "\u2060", "zwj": "\u200d"}[mode]
		return string(rs[:mid]) + h + string(rs[mid:]), true
	}
	for k := range rs {
		i := (mid + k) % len(rs) // from the middle, as a disguise would
		r := rs[i]
		switch {
		case mode == "latin" && unicode.Is(unicode.Greek, r):
			if p, ok := text.Prototype(r); ok {
				rs[i] = p
				return string(rs), true
			}
		case mode == "cyrillic" && r < 0x80:
			if l, ok := hf24LookAlike(r, unicode.Cyrillic); ok {
				rs[i] = l
				return string(rs), true
			}
		case mode == "greek" && r < 0x80:
			if l, ok := hf24LookAlike(r, unicode.Greek); ok {
				rs[i] = l
				return string(rs), true
			}
		}
	}
	return "", false
}

// TestKindsHostileFacts24 (#13, hostile_facts24; blind 24's
// H24a06-2 "un sottile filo d'оrо" on a titanium band and H24b09-2
// "plаtinden" on a white gold ring, both with Cyrillic letters): a
// material word disguised with look-alike letters of another script or
// with invisible characters is a safety finding and is also judged for
// what it says once folded, as the fact checks judge the clean word: a
// metal the product lacks blocks in grounding (and "solid gold" as a
// claim), the product's own metal, however disguised, gets the safety
// finding and no fact finding, and the clean control text passes. The two
// scope faults the blind cases showed under the disguise are rows here
// too: a metal thread in the piece ("filo d'oro") is its material, not
// the idiom's "filo rosso", and Turkish "klasik" before "bir" is an
// adjective ("a classic ring"), not the noun "a classic".
func TestKindsHostileFacts24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range hf24Rows {
		clean := strings.NewReplacer("[", "", "]", "").Replace(r.text)
		blocked, fs := blockedIn(t, svc, CatGrounding, r.p, r.locale, clean)
		if blocked != r.fault || !r.fault && core.Blocks(fs) {
			t.Errorf("clean %s %q: grounding block %v, want %v: %s", r.locale, clean, blocked, r.fault, describe(fs, "", clean))
		}
		var words []string
		for rest := r.text; ; {
			_, after, ok := strings.Cut(rest, "[")
			if !ok {
				break
			}
			w, tail, _ := strings.Cut(after, "]")
			words = append(words, w)
			rest = tail
		}
		for _, w := range words {
			for _, mode := range hf24Modes {
				hw, ok := hf24Hide(w, mode)
				if !ok {
					continue
				}
				hidden := strings.NewReplacer("[", "", "]", "").Replace(strings.Replace(r.text, "["+w+"]", hw, 1))
				_, fs := blockedIn(t, svc, "", r.p, r.locale, hidden)
				cats := map[string]bool{}
				for _, f := range fs {
					if f.Severity == core.SeverityBlock {
						cats[f.Category] = true
					}
				}
				switch {
				case !cats[CatSafety]:
					t.Errorf("%s %s %q: no safety finding: %s", mode, r.locale, hidden, describe(fs, "", hidden))
				case r.fault && !cats[CatGrounding]:
					t.Errorf("%s %s %q: the disguised fact is not judged (no grounding block): %s", mode, r.locale, hidden, describe(fs, "", hidden))
				case !r.fault && len(cats) != 1:
					t.Errorf("%s %s %q: the disguised own metal blocks beyond safety: %s", mode, r.locale, hidden, describe(fs, "", hidden))
				}
				// A fact finding on the disguised word points at it in
				// the original text, disguise included.
				for _, f := range fs {
					if f.Category == CatSafety || f.End <= f.Start || f.End > len([]rune(hidden)) {
						continue
					}
					span := string([]rune(hidden)[f.Start:f.End])
					if strings.Contains(text.FoldString(span), text.FoldString(w)) && !strings.Contains(span, hw) {
						t.Errorf("%s %s %q: %s span %q does not cover the disguised %q", mode, r.locale, hidden, f.Rule, span, hw)
					}
				}
			}
		}
	}
}
