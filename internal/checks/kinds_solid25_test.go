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
	solid25CZ       = solid25Stone("cubic zirconia", core.OriginSimulant)
	solid25Lab      = solid25Stone("lab-grown diamond", core.OriginLabGrown)
	solid25Natural  = solid25Stone("diamond", core.OriginNatural)
	solid25Vermeil  = core.Product{SKU: "S25V", Name: "Aura", Category: "bracelet", Collection: "Essence",
		Materials: []string{"18k gold vermeil", "sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}
)

// solid25Stone builds the test's 14k white gold ring set with one stone.
func solid25Stone(stone, origin string) core.Product {
	return core.Product{SKU: "S25D", Name: "Aura", Category: "ring", Collection: "Essence",
		Materials: []string{"14k white gold", stone}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: stone, Colour: "white", Count: 1, Origin: origin}}, Colours: []string{"white"}}
}

// solid25Diamonds are a real or genuine diamond in the 25 locales: the
// pack's solid words right before the diamond word (through the head link
// の, 的) or right after it, as solid25Rows with metal "diamond".
var solid25Diamonds = []solid25Row{
	{"en-GB", "A ring with a real diamond.", "real diamond", "diamond"},
	{"en-US", "A ring set with a genuine diamond.", "genuine diamond", "diamond"},
	{"en-AU", "A ring with a real diamond.", "real diamond", "diamond"},
	{"fr-FR", "Une bague avec un vrai diamant.", "vrai diamant", "diamond"},
	{"fr-CA", "Une bague sertie d'un diamant véritable.", "diamant véritable", "diamond"},
	{"de-DE", "Ein Ring mit einem echten Diamanten.", "echten Diamanten", "diamond"},
	{"es-ES", "Un anillo con un diamante auténtico.", "diamante auténtico", "diamond"},
	{"es-MX", "Un anillo con un diamante verdadero.", "diamante verdadero", "diamond"},
	{"it-IT", "Un anello con un vero diamante.", "vero diamante", "diamond"},
	{"pt-PT", "Um anel com um diamante verdadeiro.", "diamante verdadeiro", "diamond"},
	{"pt-BR", "Um anel com um diamante autêntico.", "diamante autêntico", "diamond"},
	{"nl-NL", "Een ring met een echte diamant.", "echte diamant", "diamond"},
	{"sv-SE", "En ring med en äkta diamant.", "äkta diamant", "diamond"},
	{"da-DK", "En ring med en ægte diamant.", "ægte diamant", "diamond"},
	{"nb-NO", "En ring med en ekte diamant.", "ekte diamant", "diamond"},
	{"fi-FI", "Sormus, jossa on aito timantti.", "aito timantti", "diamond"},
	{"pl-PL", "Pierścionek z prawdziwym diamentem.", "prawdziwym diamentem", "diamond"},
	{"cs-CZ", "Prsten s pravým diamantem.", "pravým diamantem", "diamond"},
	{"tr-TR", "Gerçek pırlanta yüzük.", "Gerçek pırlanta", "diamond"},
	{"tr-TR", "Gerçek elmas yüzük.", "Gerçek elmas", "diamond"},
	{"el-GR", "Δαχτυλίδι με αληθινό διαμάντι.", "αληθινό διαμάντι", "diamond"},
	{"ar-AE", "خاتم بألماس حقيقي.", "بألماس حقيقي", "diamond"},
	{"ja-JP", "本物のダイヤモンドの指輪。", "本物のダイヤモンド", "diamond"},
	{"ko-KR", "진짜 다이아몬드 반지.", "진짜 다이아몬드", "diamond"},
	{"zh-CN", "真正的钻石戒指。", "真正的钻石", "diamond"},
	{"zh-TW", "真正的鑽石戒指。", "真正的鑽石", "diamond"},
}

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
// folds the text before every check. A diamond called real or genuine by
// the same words (äkta, prawdziwym, Gerçek, 本物の, 真正的) is
// claim.real_diamond on a piece with no natural diamond in every locale,
// as the built-in phrases made it in seven languages.
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
	// A real or genuine diamond: a claim on a cubic zirconia or a
	// lab-grown diamond (16 CFR 23.27), true of a natural one.
	var diamondClaim, diamondPass []kindRow
	for _, r := range solid25Diamonds {
		diamondClaim = append(diamondClaim, kindRow{r.locale, r.text, solid25CZ, true}, kindRow{r.locale, r.text, solid25Lab, true},
			kindRow{r.locale, solid25Hide(r, "\u200b"), solid25Lab, true})
		diamondPass = append(diamondPass, kindRow{r.locale, r.text, solid25Natural, false})
	}
	checkKindRows(t, svc, CatClaim, diamondClaim)
	checkKindRows(t, svc, "", diamondPass)
	// The solid word of another word: the gold's, not the diamond's.
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "En laboratorieodlad diamant i massivt vitguld.", solid25Lab, false},
		{"da-DK", "En laboratoriedyrket diamant i massivt hvidguld.", solid25Lab, false},
	})
	// Denied: no claim of the piece.
	checkKindRows(t, svc, "", []kindRow{
		{"sv-SE", "Armbandet är av sterlingsilver, inte massivt guld.", solid25Silver, false},
		{"da-DK", "Armbåndet er af sterlingsølv, ikke massivt guld.", solid25Silver, false},
		{"pl-PL", "Bransoletka jest ze srebra, a nie z litego złota.", solid25Silver, false},
		{"de-DE", "Ein Armband aus Sterlingsilber, kein echtes Gold.", solid25Silver, false},
		{"ja-JP", "シルバー925のブレスレットで、純金ではありません。", solid25Silver, false},
	})
}
