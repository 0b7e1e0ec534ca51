package checks

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// solid25 builds the test's bracelet of one metal.
func solid25(material, base, fineness, colour string) core.Product {
	return core.Product{SKU: "S25", Name: "Aura", Category: "bracelet", Collection: "Essence",
		Materials: []string{material}, Metals: []core.Metal{{Base: base, Fineness: fineness}}, Colours: []string{colour}}
}

var (
	solid25Silver   = solid25("sterling silver", "sterling silver", "925", "silver")
	solid25Gold14   = solid25("14k yellow gold", "yellow gold", "14k", "gold")
	solid25Gold18   = solid25("18k rose gold", "rose gold", "18k", "rose gold")
	solid25Platinum = solid25("950 platinum", "platinum", "950", "silver")
	solid25Vermeil  = core.Product{SKU: "S25V", Name: "Aura", Category: "bracelet", Collection: "Essence",
		Materials: []string{"18k gold vermeil", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
)

// solid25Row is a solid, pure or real metal said of the bracelet: the
// text, the words of the claim in it, and the metal they claim.
type solid25Row struct {
	locale, text, phrase, metal string
}

// solid25Rows are solid gold, silver and platinum in the 25 locales, by
// the pack's own words (internal/locales/packs/*/vocab.yaml: a "solid
// gold" form, or a metal beside one of the language's solid words).
var solid25Rows = []solid25Row{
	{"en-GB", "A bracelet in solid gold.", "solid gold", "gold"},
	{"en-GB", "A solid silver bracelet.", "solid silver", "silver"},
	{"en-GB", "A bracelet in solid platinum.", "solid platinum", "platinum"},
	{"en-US", "A solid silver cuff for every day.", "solid silver", "silver"},
	{"en-US", "A solid platinum bracelet.", "solid platinum", "platinum"},
	{"en-AU", "A bracelet in solid silver.", "solid silver", "silver"},
	{"fr-FR", "Un bracelet en argent massif.", "argent massif", "silver"},
	{"fr-FR", "Un bracelet en platine massif.", "platine massif", "platinum"},
	{"fr-CA", "Un bracelet en argent massif.", "argent massif", "silver"},
	{"de-DE", "Ein Armband aus echtem Gold.", "echtem Gold", "gold"},
	{"de-DE", "Ein Armband aus massivem Silber.", "massivem Silber", "silver"},
	{"de-DE", "Ein Armband aus massivem Platin.", "massivem Platin", "platinum"},
	{"es-ES", "Una pulsera de plata maciza.", "plata maciza", "silver"},
	{"es-ES", "Una pulsera de platino macizo.", "platino macizo", "platinum"},
	{"es-MX", "Una pulsera de plata maciza.", "plata maciza", "silver"},
	{"it-IT", "Un bracciale in oro vero.", "oro vero", "gold"},
	{"it-IT", "Un bracciale in argento massiccio.", "argento massiccio", "silver"},
	{"pt-PT", "Uma pulseira em prata maciça.", "prata maciça", "silver"},
	{"pt-BR", "Uma pulseira de prata maciça.", "prata maciça", "silver"},
	{"nl-NL", "Een armband van massief zilver.", "massief zilver", "silver"},
	{"sv-SE", "Ett armband i massivt guld.", "massivt guld", "gold"},
	{"sv-SE", "Ett armband i massivt silver.", "massivt silver", "silver"},
	{"da-DK", "Et armbånd i massivt guld.", "massivt guld", "gold"},
	{"da-DK", "Armbåndet lukkes med en lås af massivt guld.", "massivt guld", "gold"},
	{"da-DK", "Et armbånd i massivt sølv.", "massivt sølv", "silver"},
	{"nb-NO", "Et armbånd i massivt gull.", "massivt gull", "gold"},
	{"nb-NO", "Et armbånd i massivt sølv.", "massivt sølv", "silver"},
	{"fi-FI", "Rannekoru massiivista kultaa.", "massiivista kultaa", "gold"},
	{"fi-FI", "Rannekoru puhdasta kultaa.", "puhdasta kultaa", "gold"},
	{"fi-FI", "Rannekoru massiivista hopeaa.", "massiivista hopeaa", "silver"},
	{"pl-PL", "Bransoletka z litego złota.", "litego złota", "gold"},
	{"pl-PL", "Bransoletka z litego srebra.", "litego srebra", "silver"},
	{"cs-CZ", "Náramek z masivního zlata.", "masivního zlata", "gold"},
	{"cs-CZ", "Náramek z masivního stříbra.", "masivního stříbra", "silver"},
	{"tr-TR", "Som altın bileklik.", "Som altın", "gold"},
	{"tr-TR", "Som gümüş bileklik.", "Som gümüş", "silver"},
	{"el-GR", "Βραχιόλι από συμπαγή χρυσό.", "συμπαγή χρυσό", "gold"},
	{"el-GR", "Βραχιόλι από συμπαγές ασήμι.", "συμπαγές ασήμι", "silver"},
	{"ar-AE", "سوار من الذهب الخالص.", "الذهب الخالص", "gold"},
	{"ar-AE", "سوار من الفضة الخالصة.", "الفضة الخالصة", "silver"},
	{"ja-JP", "無垢の金のブレスレット。", "無垢の金", "gold"},
	{"ja-JP", "純金のブレスレット。", "純金", "gold"},
	{"ja-JP", "純銀のブレスレット。", "純銀", "silver"},
	{"ko-KR", "순금 팔찌.", "순금", "gold"},
	{"ko-KR", "순은 팔찌.", "순은", "silver"},
	{"zh-CN", "纯金手链。", "纯金", "gold"},
	{"zh-CN", "纯银手链。", "纯银", "silver"},
	{"zh-TW", "純金手鍊。", "純金", "gold"},
	{"zh-TW", "純銀手鍊。", "純銀", "silver"},
}

// solid25Own is the bracelet the row's claim is true of, solid25Other one
// it is untrue of: no metal of that kind at all.
func solid25Own(metal string) []core.Product {
	switch metal {
	case "gold":
		return []core.Product{solid25Gold14, solid25Gold18}
	case "silver":
		return []core.Product{solid25Silver}
	}
	return []core.Product{solid25Platinum}
}

func solid25Other(metal string) core.Product {
	if metal == "gold" || metal == "platinum" {
		return solid25Silver
	}
	return solid25Gold14
}

// solid25Hide writes the row's phrase with ch inside each of its words
// (after the word's first half of runes; between the characters of a
// word of two): "mass\u200bivt gu\u200bld", "純\u200b金".
func solid25Hide(r solid25Row, ch string) string {
	words := strings.Fields(r.phrase)
	for i, w := range words {
		n := utf8.RuneCountInString(w)
		if n < 2 {
			continue
		}
		rs := []rune(w)
		words[i] = string(rs[:n/2]) + ch + string(rs[n/2:])
	}
	return strings.Replace(r.text, r.phrase, strings.Join(words, " "), 1)
}

// solid25LookAlike writes the row's phrase with Cyrillic letters for the
// Latin o, a and e that look the same ("sоlid gоld"); "" for a phrase
// without them.
func solid25LookAlike(r solid25Row) string {
	hidden := strings.NewReplacer("o", "\u043e", "a", "\u0430", "e", "\u0435").Replace(r.phrase)
	if hidden == r.phrase {
		return ""
	}
	return strings.Replace(r.text, r.phrase, hidden, 1)
}

// TestKindsSolid25: a solid, pure or real precious metal said of a piece
// with no such metal is a claim in every locale, not only in the four
// whose built-in phrases ("solid gold", "massivem Gold", "or massif", "oro
// macizo") made claim.solid_gold (#13, solid25; released 30b's da-DK
// "lås af mass\u200bivt gu\u200bld" on a sterling silver bracelet,
// labelled claim, was found only as grounding and safety). DESIGN.md
// section 4 lists "solid gold" as a claim; FTC Jewelry Guides 16 CFR 23.4
// (gold), 23.6 (silver), 23.7 (platinum). Grounding reads the words by the
// locale pack's vocabulary (its "solid" words and solid metal forms) and
// reports claim.solid_metal beside grounding.material, which stays. The
// evidence is the English rule's: a body of that metal, not plated and not
// vermeil, so the same words pass on solid 14k or 18k gold, sterling
// silver, 950 platinum. A hidden character (U+200B, U+00AD) inside the
// words or Cyrillic look-alike letters still yield the claim: the checker
// folds the text before every check.
func TestKindsSolid25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var claim, untrue, pass, vermeil []kindRow
	for _, r := range solid25Rows {
		other := solid25Other(r.metal)
		claim = append(claim, kindRow{r.locale, r.text, other, true})
		untrue = append(untrue, kindRow{r.locale, r.text, other, true})
		for _, p := range solid25Own(r.metal) {
			pass = append(pass, kindRow{r.locale, r.text, p, false})
		}
		if r.metal == "gold" {
			vermeil = append(vermeil, kindRow{r.locale, r.text, solid25Vermeil, true})
		}
		for _, ch := range []string{"\u200b", "\u00ad"} {
			claim = append(claim, kindRow{r.locale, solid25Hide(r, ch), other, true})
		}
		if text := solid25LookAlike(r); text != "" {
			claim = append(claim, kindRow{r.locale, text, other, true})
		}
	}
	// A claim on the piece with no such metal, grounding kept.
	checkKindRows(t, svc, CatClaim, claim)
	checkKindRows(t, svc, CatGrounding, untrue)
	// On gold vermeil, solid gold is the plating called solid: a claim
	// and a regulatory misdescription (plating.go), as before.
	checkKindRows(t, svc, CatClaim, vermeil)
	checkKindRows(t, svc, CatRegulatory, vermeil)
	// True of the piece: no finding blocks ("solid gold" on solid 14k
	// gold passes, as claim.solid_gold has it).
	checkKindRows(t, svc, "", pass)
	// Denied: no claim of the piece.
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Armbandet är av sterlingsilver, inte massivt guld.", solid25Silver, false},
		{"da-DK", "Armbåndet er af sterlingsølv, ikke massivt guld.", solid25Silver, false},
		{"pl-PL", "Bransoletka jest ze srebra, a nie z litego złota.", solid25Silver, false},
		{"de-DE", "Ein Armband aus Sterlingsilber, kein echtes Gold.", solid25Silver, false},
		{"ja-JP", "シルバー925のブレスレットで、純金ではありません。", solid25Silver, false},
	})
}
