package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// solid24 builds the test's necklace of materials and metals.
func solid24(materials []string, metals []core.Metal, colour string) core.Product {
	return core.Product{SKU: "S24", Name: "Aura", Category: "necklace", Collection: "Essence",
		Materials: materials, Metals: metals, Colours: []string{colour}}
}

var (
	solid24PtBrass = solid24([]string{"platinum-plated brass"}, []core.Metal{{Base: "brass", Plating: "platinum"}}, "silver")
	// solid24PtMetals is the same piece whose materials list names only
	// its base: the metals list alone says the platinum is a plating.
	solid24PtMetals  = solid24([]string{"brass"}, []core.Metal{{Base: "brass", Plating: "platinum"}}, "silver")
	solid24PdBrass   = solid24([]string{"palladium-plated brass"}, []core.Metal{{Base: "brass", Plating: "palladium"}}, "silver")
	solid24RhBrass   = solid24([]string{"rhodium-plated brass"}, []core.Metal{{Base: "brass", Plating: "rhodium"}}, "silver")
	solid24RuBrass   = solid24([]string{"ruthenium-plated brass"}, []core.Metal{{Base: "brass", Plating: "ruthenium"}}, "grey")
	solid24Platinum  = solid24([]string{"950 platinum"}, []core.Metal{{Base: "platinum", Fineness: "950"}}, "silver")
	solid24Palladium = solid24([]string{"palladium"}, []core.Metal{{Base: "palladium", Fineness: "950"}}, "silver")
	solid24Vermeil   = solid24([]string{"18k gold vermeil", "sterling silver"},
		[]core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, "gold")
	solid24GoldBrass = solid24([]string{"gold-plated brass"}, []core.Metal{{Base: "brass", Plating: "gold"}}, "gold")
)

// solid24Platinums is "solid platinum" in each of the 25 locales: the
// language's solid word before or after the metal (massif, massivem,
// macizo, massiccio, maciça, massief, massiv, massiivista, litej, masivní,
// συμπαγή, som, الخالص, 순, 솔리드) or one word of both (纯铂, 純鉑, 实心铂金,
// プラチナ無垢, 순백금, Massivplatin).
var solid24Platinums = map[string][]string{
	"en-US": {"Twelve clear stones sit in a row along a sleek solid platinum collar.", "A solid platinum necklace."},
	"en-GB": {"A necklace in solid platinum.", "A pure platinum necklace."},
	"en-AU": {"A solid platinum necklace for every day."},
	"fr-FR": {"Un collier en platine massif."},
	"fr-CA": {"Un collier élégant en platine massif."},
	"de-DE": {"Eine Kette aus massivem Platin.", "Eine Kette aus Massivplatin."},
	"es-ES": {"Un collar de platino macizo."},
	"es-MX": {"Un collar de platino puro."},
	"it-IT": {"Una collana in platino massiccio."},
	"pt-PT": {"Um colar em platina maciça."},
	"pt-BR": {"Colar de platina maciça."},
	"nl-NL": {"Een ketting van massief platina."},
	"sv-SE": {"Ett halsband i massiv platina."},
	"da-DK": {"En halskæde i massivt platin."},
	"nb-NO": {"Et halskjede i massivt platina."},
	"fi-FI": {"Kaulakoru massiivista platinaa.", "Täysplatinainen kaulakoru."},
	"pl-PL": {"Naszyjnik z litej platyny.", "Ten naszyjnik to lita platyna."},
	"cs-CZ": {"Náhrdelník z masivní platiny.", "Náhrdelník je masivní platina."},
	"el-GR": {"Κολιέ από συμπαγή πλατίνα."},
	"tr-TR": {"Som platin kolye."},
	"ar-AE": {"قلادة من البلاتين الخالص."},
	"ja-JP": {"プラチナ無垢のネックレス。", "純プラチナのネックレス。"},
	"ko-KR": {"순 플래티넘 목걸이.", "솔리드 백금 목걸이.", "순백금 목걸이."},
	"zh-CN": {"纯铂项链。", "实心铂金项链。", "足铂项链。"},
	"zh-TW": {"純鉑項鍊。"},
}

// TestKindsSolidPlating24: a solid, pure or massive word said of a metal
// the piece has only as a plating blocks for every metal, not gold and
// silver only (#13, solidplating24; released 24a H24a09-1: "a sleek solid
// platinum collar" on platinum-plated brass passed). FTC Jewelry Guides
// 16 CFR 23.7 (platinum: a plated article is not called platinum), 23.4
// and 23.6 (gold, silver); the Hallmarking Act 1973 s.1. The plating is
// read from the materials list ("platinum-plated brass", where the
// plated form was read as platinum and brass) and from the metals list
// alone. A collar is a necklace (OED), not a shirt's. The same words pass
// on solid platinum or palladium; naming the plating passes on the plated
// piece.
//
// And the negated claim (#13, solidplating24; released 24a H24a05-2:
// "…nikoli masivní zlato" on vermeil blocked): the languages' negations
// before the claim ("nikoli", "nikoliv", "keinesfalls", "a nie", "όχι",
// "ليس", "geen", "inte", "ikke", "ei") and after it in the head-final
// ones (Turkish değil, Japanese ではありません, Korean 아닌) disclose the
// plating; the claim itself ("solid gold, not plated") still blocks.
func TestKindsSolidPlating24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var solid []kindRow
	for loc, texts := range solid24Platinums {
		for _, text := range texts {
			solid = append(solid, kindRow{loc, text, solid24Platinum, false})
		}
	}
	// Solid platinum passes on platinum and blocks as a regulatory
	// misdescription on platinum-plated brass, its plating in the materials
	// list or in the metals list only.
	checkOwnAndControl(t, svc, CatRegulatory, solid, func(r kindRow) (core.Product, bool) { return solid24PtBrass, true })
	checkOwnAndControl(t, svc, CatClaim, solid, func(r kindRow) (core.Product, bool) { return solid24PtBrass, true })
	checkOwnAndControl(t, svc, CatRegulatory, solid, func(r kindRow) (core.Product, bool) {
		return solid24PtMetals, r.locale == "en-GB" || r.locale == "de-DE" || r.locale == "fr-FR" || r.locale == "zh-CN" || r.locale == "ja-JP"
	})
	// The other plating metals: palladium, rhodium, ruthenium.
	checkOwnAndControl(t, svc, CatRegulatory, []kindRow{
		{"en-GB", "A solid palladium necklace.", solid24Palladium, false},
		{"de-DE", "Eine Kette aus massivem Palladium.", solid24Palladium, false},
		{"fr-FR", "Un collier en palladium massif.", solid24Palladium, false},
		{"it-IT", "Una collana in palladio massiccio.", solid24Palladium, false},
		{"pl-PL", "Naszyjnik z litego palladu.", solid24Palladium, false},
		{"zh-CN", "纯钯项链。", solid24Palladium, false},
	}, func(kindRow) (core.Product, bool) { return solid24PdBrass, true })
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"en-US", "A solid rhodium necklace.", solid24RhBrass, true},
		{"en-GB", "A necklace in solid ruthenium.", solid24RuBrass, true},
	})
	// Another metal of the plating's group is no plating of the piece:
	// palladium on ruthenium-plated brass is untrue.
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "A curb chain in brass plated with palladium.", solid24RuBrass, true},
		{"en-GB", "A curb chain in brass plated with platinum.", solid24PdBrass, true},
	})
	// The plating named: pass on the plated piece.
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "A platinum-plated brass necklace.", solid24PtBrass, false},
		{"en-US", "A brass necklace with a platinum plating.", solid24PtBrass, false},
		{"en-US", "A solid, rhodium-plated brass necklace.", solid24RhBrass, false},
		{"en-US", "A rhodium-plated brass necklace.", solid24RhBrass, false},
		{"fr-FR", "Un collier en laiton plaqué platine.", solid24PtBrass, false},
		{"de-DE", "Eine platinierte Messingkette.", solid24PtBrass, false},
		{"de-DE", "Eine Kette aus Messing mit Platinbeschichtung.", solid24PtBrass, false},
		{"es-ES", "Un collar de latón bañado en platino.", solid24PtBrass, false},
		{"it-IT", "Una collana in ottone placcato platino.", solid24PtBrass, false},
		{"pt-PT", "Um colar de latão banhado a platina.", solid24PtBrass, false},
		{"nl-NL", "Een ketting van messing met een platinalaag.", solid24PtBrass, false},
		{"sv-SE", "Ett halsband i mässing med platinaplätering.", solid24PtBrass, false},
		{"fi-FI", "Kaulakoru messinkiä, jossa on platinapinnoite.", solid24PtBrass, false},
		{"pl-PL", "Naszyjnik z mosiądzu pokrytego platyną.", solid24PtBrass, false},
		{"cs-CZ", "Náhrdelník z mosazi s vrstvou platiny.", solid24PtBrass, false},
		{"tr-TR", "Platin kaplama pirinç kolye.", solid24PtBrass, false},
		{"ar-AE", "قلادة من النحاس الأصفر المطلي بالبلاتين.", solid24PtBrass, false},
		{"ja-JP", "プラチナメッキの真鍮ネックレス。", solid24PtBrass, false},
		{"ko-KR", "백금 도금 황동 목걸이.", solid24PtBrass, false},
		{"zh-CN", "镀铂黄铜项链。", solid24PtBrass, false},
		{"zh-TW", "鍍鉑黃銅項鍊。", solid24PtBrass, false},
	})
	// The bare metal with no plating said anywhere is the plating
	// misdescribed, as bare gold on gold-plated brass is.
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"en-US", "A platinum necklace.", solid24PtBrass, true},
		{"de-DE", "Eine Kette aus Platin.", solid24PtBrass, true},
	})

	// The negated claim: publishable on the plated piece.
	negated := []kindRow{
		{"cs-CZ", "Kroužky jsou z vermeilu, tedy ze sterlingového stříbra potaženého vrstvou 18karátového zlata. Zlato tvoří jen povrchovou vrstvu, pod níž je sterlingové stříbro, nikoli masivní zlato.", solid24Vermeil, false},
		{"cs-CZ", "Pozlacené stříbro, nikoliv masivní zlato.", solid24Vermeil, false},
		{"cs-CZ", "Pozlacené stříbro, nikoli z masivního zlata.", solid24Vermeil, false},
		{"cs-CZ", "Nejde o masivní zlato, ale o pozlacené stříbro.", solid24Vermeil, false},
		{"cs-CZ", "Pozlacené stříbro, a ne masivní zlato.", solid24Vermeil, false},
		{"cs-CZ", "Pozlacené stříbro, žádné masivní zlato.", solid24Vermeil, false},
		{"cs-CZ", "Pokovená mosaz, nikoli masivní platina.", solid24PtBrass, false},
		{"pl-PL", "To pozłacane srebro, a nie lite złoto.", solid24Vermeil, false},
		{"pl-PL", "Nie jest to lite złoto, lecz pozłacane srebro.", solid24Vermeil, false},
		{"pl-PL", "Pozłacane srebro, bynajmniej nie lite złoto.", solid24Vermeil, false},
		{"de-DE", "Vergoldetes Silber, kein massives Gold.", solid24Vermeil, false},
		{"de-DE", "Vergoldetes Silber, keinesfalls massives Gold.", solid24Vermeil, false},
		{"de-DE", "Platinierter Messing, kein massives Platin.", solid24PtBrass, false},
		{"fr-FR", "De l'argent plaqué or, et non de l'or massif.", solid24Vermeil, false},
		{"fr-FR", "Argent plaqué or, nullement de l'or massif.", solid24Vermeil, false},
		{"es-ES", "Plata bañada en oro, no oro macizo.", solid24Vermeil, false},
		{"it-IT", "Argento placcato oro, non oro massiccio.", solid24Vermeil, false},
		{"pt-BR", "Prata banhada a ouro, não ouro maciço.", solid24Vermeil, false},
		{"nl-NL", "Verguld zilver, geen massief goud.", solid24Vermeil, false},
		{"sv-SE", "Förgyllt silver, inte massivt guld.", solid24Vermeil, false},
		{"sv-SE", "Förgyllt silver, icke massivt guld.", solid24Vermeil, false},
		{"da-DK", "Forgyldt sølv, ikke massivt guld.", solid24Vermeil, false},
		{"nb-NO", "Forgylt sølv, ikke massivt gull.", solid24Vermeil, false},
		{"fi-FI", "Se ei ole täyskultaa vaan kullattua hopeaa.", solid24Vermeil, false},
		{"el-GR", "Είναι επιχρυσωμένο ασήμι, όχι συμπαγής χρυσός.", solid24Vermeil, false},
		{"tr-TR", "Gümüş üzerine altın kaplamadır, som altın değildir.", solid24Vermeil, false},
		{"ar-AE", "إنها فضة مطلية بالذهب، وليست من الذهب الخالص.", solid24Vermeil, false},
		{"ja-JP", "スターリングシルバーに金メッキを施したもので、金無垢ではありません。", solid24Vermeil, false},
		{"ja-JP", "プラチナメッキの真鍮で、プラチナ無垢ではありません。", solid24PtBrass, false},
		{"ko-KR", "순금이 아닌 금도금 실버입니다.", solid24Vermeil, false},
		{"zh-CN", "925银镀金，并非纯金。", solid24Vermeil, false},
		{"zh-CN", "镀铂黄铜，并非纯铂。", solid24PtBrass, false},
		{"en-GB", "Gold plating over sterling silver, not solid gold.", solid24Vermeil, false},
		{"en-US", "Platinum-plated brass, not solid platinum.", solid24PtBrass, false},
	}
	checkKindRows(t, svc, "", negated)
	// The claim itself, the plating denied: still blocks.
	checkKindRows(t, svc, CatRegulatory, []kindRow{
		{"cs-CZ", "Masivní zlato, ne pozlacené.", solid24Vermeil, true},
		{"cs-CZ", "Pozlacené stříbro? Nikoli, masivní zlato.", solid24Vermeil, true},
		{"en-US", "Solid gold, not plated.", solid24Vermeil, true},
		{"pl-PL", "Lite złoto, nie pozłacane.", solid24Vermeil, true},
		{"de-DE", "Massives Gold, nicht vergoldet.", solid24Vermeil, true},
		{"de-DE", "Massives Platin, keinesfalls platiniert.", solid24PtBrass, true},
		{"tr-TR", "Som altın, kaplama değil.", solid24Vermeil, true},
		{"ja-JP", "メッキではなく金無垢です。", solid24Vermeil, true},
		{"ko-KR", "도금이 아닌 순금입니다.", solid24Vermeil, true},
		{"zh-CN", "不是镀金，是纯金。", solid24Vermeil, true},
		{"fr-FR", "Or massif, pas plaqué.", solid24Vermeil, true},
		{"sv-SE", "Massivt guld, icke förgyllt.", solid24GoldBrass, true},
		{"en-GB", "Solid platinum, not plated.", solid24PtBrass, true},
	})
}
