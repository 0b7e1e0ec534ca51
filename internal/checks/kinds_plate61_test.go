package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The fifty-fifth session's plate61 kind (issue #13, plating_gold,
// category regulatory; and grounding.karat): what plate60, hall60 and
// read60a left of a plated piece called gold, and of a gold mark that
// contradicts the piece's own fineness.
//
//  1. A part of a gold-plated piece said to be of karat gold after its
//     plating is disclosed: the karat read with its gold in one match
//     ("haakjes van 14 karaat goud", "kroker av 14 karat gull", "ze
//     14karátového zlata") and the gold before its part word ("14
//     karaatin kultaa oleva koukku", 18金のフック, "14K 금 고리", 18K金扣,
//     "14 ayar altın kanca", "a 14k gold hook"). A plated article's part is
//     not described as of the precious metal (FTC Jewelry Guides 16 CFR
//     23.4); the disclosure elsewhere does not qualify the part's gold.
//  2. A white gold plating in de, pt and nl ("weißvergoldet", "mit
//     Weißgold überzogen", "banhado a ouro branco", "witgoud verguld") is a
//     plating, white: true of a white gold-plated piece, untrue of a yellow
//     gold-plated one; "aus Weißgold" on the plated piece still blocks.
//  3. A gold mark for another fineness than the solid gold piece's own
//     ("Au585" on 18 karat, 750) misstates the karat and blocks as
//     grounding.karat, as "gestempelt 585" does; "Au750" on it passes
//     (Vienna Convention Annex I; 16 CFR 23.4).

var (
	pl61Plated = core.Product{SKU: "PL61A", Name: "Kasumi", Category: "earrings", Collection: "Essence", Materials: []string{"sterling silver", "14k gold plating"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}}, Colours: []string{"gold"}}
	pl61Gold14 = core.Product{SKU: "PL61G", Name: "Stella", Category: "ring", Collection: "Essence", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"gold"}}
)

// pl61Parts are a part of a gold-plated piece said to be of karat gold,
// the plating disclosed in the copy: they passed on main.
func pl61Parts() []kindRow {
	P, K, B := pl61Plated, read60aGoldPlated, pl60Brass
	return append(append(pairRows(P, true, [][2]string{
		{"en-GB", "The gold-plated Kasumi earrings hang from a 14k gold hook."},
		{"en-GB", "The Kasumi earrings are 14k gold-plated sterling silver with a 14 karat gold clasp."},
		{"en-US", "Gold-plated Kasumi earrings, each pearl hung from its 14k gold hook."},
		{"fi-FI", "Kasumi-korvakorut ovat kullattua hopeaa. Niissä on 14 karaatin kultaa olevat koukut."},
		{"fi-FI", "Kullatuissa Kasumi-korvakoruissa on 14 karaatin kultaa oleva koukku."},
		{"fi-FI", "Kasumi-korvakorut ovat kullattua hopeaa, ja niissä on 14 karaatin kultaa oleva koukku."},
		{"ja-JP", "Kasumiピアスは金メッキのシルバーで、14金のフック付きです。"},
		{"ja-JP", "金メッキのKasumiピアスは、14金のフックで真珠を下げています。"},
		{"ko-KR", "금도금 Kasumi 귀걸이에 14K 금 고리가 달려 있습니다."},
		{"ko-KR", "Kasumi 귀걸이는 금도금입니다. 14K 금 후크가 달려 있습니다."},
		{"zh-CN", "镀金Kasumi耳环配14K金耳钩。"},
		{"zh-CN", "Kasumi耳环为银镀金，配14K金的扣。"},
		{"zh-TW", "鍍金Kasumi耳環配14K金耳鉤。"},
		{"tr-TR", "Altın kaplama Kasumi küpeler 14 ayar altın kancalıdır."},
		{"tr-TR", "Kasumi küpeler altın kaplamadır. 14 ayar altın kancası vardır."},
		{"nl-NL", "De oorbellen Kasumi zijn verguld. Ze hangen aan haakjes van 14 karaat goud."},
		{"nb-NO", "Øredobbene Kasumi er forgylte. De henger på kroker av 14 karat gull."},
		{"sv-SE", "Örhängena Kasumi är förgyllda. De hänger på krokar av 14 karat guld."},
		{"da-DK", "Øreringene Kasumi er forgyldte. De hænger på kroge af 14 karat guld."},
		{"pl-PL", "Kolczyki Kasumi są pozłacane. Wiszą na biglach z 14-karatowego złota."},
		{"cs-CZ", "Náušnice Kasumi jsou pozlacené. Visí na háčcích ze 14karátového zlata."},
		{"el-GR", "Τα σκουλαρίκια Kasumi είναι επιχρυσωμένα. Κρέμονται από γάντζους από χρυσό 14 καρατίων."},
	}), pairRows(K, true, [][2]string{
		{"ko-KR", "Kasumigaura 귀걸이는 금도금 실버이며 14K 금 고리가 달려 있습니다."},
		{"zh-CN", "镀金Kasumigaura耳环以18K金扣固定白色珍珠。"},
		{"fi-FI", "Kasumigaura-korvakorut ovat kullattua hopeaa, ja helmi riippuu 14 karaatin kultaa olevasta koukusta."},
	})...), pairRows(B, true, [][2]string{
		{"tr-TR", "Luna küpeler altın kaplama pirinçtir, 14 ayar altın kancalıdır."},
		{"ja-JP", "Lunaピアスは真鍮に金メッキで、14金のフックです。"},
	})...)
}

// pl61White are a white gold plating in de, pt and nl: a plating on a
// white gold-plated piece (they blocked on main as a colour) and a wrong
// plating on a yellow gold-plated one (they passed on main).
func pl61White() (pass, block []kindRow) {
	W, S := read60aWhitePlated, pl60Silver
	pass = pairRows(W, false, [][2]string{
		{"pt-BR", "As argolas Vela são de prata 925 banhada a ouro branco."},
		{"pt-BR", "As argolas Vela têm banho de ouro branco."},
		{"pt-BR", "As argolas Vela são de prata com banho de ouro branco de 2,5 mícrons."},
		{"pt-PT", "As argolas Vela são de prata folheada a ouro branco."},
		{"pt-BR", "As argolas Vela são banhadas a ouro branco."},
	})
	block = pairRows(S, true, [][2]string{
		{"de-DE", "Der Ring Aurea ist weißvergoldet."},
		{"de-DE", "Der Ring Aurea ist aus Sterlingsilber, weißvergoldet."},
		{"de-DE", "Der weißvergoldete Ring Aurea glänzt."},
		{"nl-NL", "De ring Aurea is van witgoudverguld zilver."},
	})
	return pass, block
}

// pl61Marks are a gold mark for another fineness than the solid gold
// piece's own: they passed on main.
func pl61Marks() []kindRow {
	G, G14 := hl60Gold18, pl61Gold14
	return append(pairRows(G, true, [][2]string{
		{"en-GB", "The Sol ring is stamped Au585."},
		{"de-DE", "Der Ring Sol ist mit Au585 gestempelt."},
		{"fr-FR", "La bague Sol est poinçonnée Au585."},
		{"nl-NL", "De ring Sol is gestempeld met Au585."},
		{"pt-BR", "O anel Sol tem o contraste Au585."},
		{"it-IT", "L'anello Sol è punzonato Au585."},
		{"es-ES", "El anillo Sol lleva el contraste Au585."},
		{"ja-JP", "Solリングには「Au585」の刻印があります。"},
		{"zh-CN", "Sol戒指内圈刻有Au585印记。"},
		{"ko-KR", "Sol 반지에는 Au585 각인이 있습니다."},
		{"tr-TR", "Sol yüzükte Au585 damgası vardır."},
		{"pl-PL", "Pierścionek Sol ma cechę Au585."},
		{"sv-SE", "Ringen Sol är stämplad Au375."},
	}), pairRows(G14, true, [][2]string{
		{"en-US", "The Stella ring is stamped Au750 inside the band."},
		{"de-DE", "Der Ring Stella trägt die Punze Au750."},
	})...)
}

// TestKindsPlate61 (issue #13, plate61): the rows that failed on main. A
// part of a plated piece called karat gold blocks as regulatory; a white
// gold plating is read as a plating in de/pt/nl; a gold mark of another
// fineness blocks as grounding.karat.
func TestKindsPlate61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatRegulatory, pl61Parts())
	pass, block := pl61White()
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "grounding", pl61Marks())
}

// TestKindsPlate61Bad (issue #13, plate61): the true forms beside them
// keep passing (a part plated in gold, a plating of the karat, a white
// gold plating on a white gold-plated piece, the piece's own gold mark),
// and the bad forms beside them keep blocking.
func TestKindsPlate61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	P, W, S, G, G14 := pl61Plated, read60aWhitePlated, pl60Silver, hl60Gold18, pl61Gold14
	checkKindRows(t, svc, "", pairRows(P, false, [][2]string{
		{"en-GB", "The Kasumi earrings are 14k gold-plated sterling silver with 14k gold-plated hooks."},
		{"en-GB", "The Kasumi earrings are sterling silver; hooks and posts are plated in 14k gold."},
		{"en-GB", "The Kasumi earrings are sterling silver with a 14k gold plating on the hooks."},
		{"fi-FI", "Kasumi-korvakorut ovat 14 karaatin kullalla kullattua hopeaa."},
		{"ja-JP", "Kasumiピアスはシルバーに14金メッキで、フックも14金メッキです。"},
		{"ko-KR", "Kasumi 귀걸이는 실버에 14K 금도금이며 고리도 금도금입니다."},
		{"zh-CN", "Kasumi耳环为925银镀14K金，耳钩同样镀金。"},
		{"zh-CN", "Kasumi耳环为925银镀14K金，配镀14K金耳钩。"},
		{"zh-TW", "Kasumi耳環為925純銀鍍14K金耳針。"},
		{"tr-TR", "Kasumi küpeler 14 ayar altın kaplama gümüştür."},
		{"nl-NL", "De oorbellen Kasumi zijn van zilver, verguld met 14 karaat goud, ook de haakjes."},
		{"de-DE", "Die Ohrringe Kasumi sind aus Silber mit einer Schicht aus 14 Karat Gold."},
	}))
	checkKindRows(t, svc, CatRegulatory, pairRows(P, true, [][2]string{
		{"en-GB", "The Kasumi earrings hang from a slim hook of 14k gold."},
		{"en-GB", "The Kasumi earrings close with a clasp in solid gold."},
		{"fi-FI", "Korvakorussa on 14 karaatin kultaa oleva koukku."},
		{"ja-JP", "Kasumiピアスのフックは14金です。"},
		{"ko-KR", "Kasumi 귀걸이의 고리는 14K 금입니다."},
		{"zh-CN", "Kasumi耳环配14K金耳钩。"},
		{"tr-TR", "Kasumi küpeler beyaz inciyi 14 ayar altın kancada taşır."},
		{"de-DE", "Die Ohrringe Kasumi hängen an Haken aus 14 Karat Gold."},
		{"fr-FR", "Les boucles plaquées or Kasumi ont des crochets en or 14 carats."},
	}))
	checkKindRows(t, svc, "", pairRows(W, false, [][2]string{
		{"de-DE", "Die Creolen Vela sind aus 925er Silber, weißvergoldet."},
		{"de-DE", "Die Creolen Vela sind aus Silber, mit Weißgold überzogen."},
		{"de-DE", "Die weißvergoldeten Creolen Vela glänzen."},
		{"nl-NL", "De Vela-creolen zijn van 925 zilver, witgoud verguld."},
		{"nl-NL", "De Vela-creolen zijn van witgoudverguld zilver."},
		{"es-ES", "Los aros Vela son de plata bañada en oro blanco."},
		{"en-GB", "The Vela hoops are white gold-plated sterling silver."},
	}))
	checkKindRows(t, svc, CatRegulatory, pairRows(W, true, [][2]string{
		{"de-DE", "Die Creolen Vela sind aus Weißgold."},
		{"de-DE", "Die Creolen Vela sind nicht weißvergoldet, sondern aus Weißgold."},
		{"pt-BR", "As argolas Vela são de ouro branco."},
		{"nl-NL", "De Vela-creolen zijn van witgoud."},
	}))
	checkKindRows(t, svc, "", pairRows(S, true, [][2]string{
		{"de-DE", "Der Ring Aurea ist mit Weißgold überzogen."},
		{"pt-BR", "O anel Aurea é banhado a ouro branco."},
		{"nl-NL", "De ring Aurea is witgoud verguld."},
		{"de-DE", "Der Ring Aurea ist aus Weißgold."},
	}))
	checkKindRows(t, svc, "", pairRows(S, false, [][2]string{
		{"de-DE", "Der Ring Aurea ist vergoldet."},
		{"pt-BR", "O anel Aurea é banhado a ouro."},
		{"nl-NL", "De ring Aurea is verguld."},
	}))
	checkKindRows(t, svc, "", append(pairRows(G, false, [][2]string{
		{"en-GB", "The Sol ring is stamped Au750."},
		{"de-DE", "Der Ring Sol ist mit Au750 gestempelt."},
		{"ja-JP", "Solリングには「Au750」の刻印があります。"},
		{"fr-FR", "La bague Sol est poinçonnée Au750."},
	}), pairRows(G14, false, [][2]string{
		{"en-US", "The Stella ring is stamped Au585 inside the band."},
		{"de-DE", "Der Ring Stella trägt die Punze Au585."},
	})...))
	checkKindRows(t, svc, "grounding", pairRows(G, true, [][2]string{
		{"de-DE", "Der Ring Sol ist gestempelt 585."},
		{"en-GB", "The Sol ring is hallmarked 375."},
	}))
}
