package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCompare32: the standard of a comparison or contrast is not the
// piece's stone (#13, compare32; blind 31B's 31B110, probe 31C's P31C106
// and P31C107, probe 31D's P31D102, P31D105 and P31D107: "De är större och
// mörkare än japanska akoyapärlor", "Japonya'nın Akoya incilerinden daha
// iri", "白いアコヤ真珠とは異なる趣です", "9에 이르는 사파이어보다",
// 低於硬度 9 的藍寶石, "σκληρότερος από το οπάλιο και το μαργαριτάρι",
// "Kun diamant er hårdere end safir", "oysa birçok siyah tatlı su incisi
// boyanır", "Tatlı su incileri midyelerde oluşurken, Akoya incileri
// istiridyelerinde yetişir"). grounding/compared_stone.go stoneCompared
// (the packs' than_before, than_comparative, comparatives,
// comparative_endings, than_after, than_suffixes, than_modifiers),
// light.go comparedAfter (ja-JP contrast_after), contrast.go
// secondArmHolds (contrast_clause_end) and ranking.go noSimulantStone.
// Every pass row has a blocking twin: the compared stone said of the piece,
// or the first member of the comparison, which is the piece's own
// statement ("Diese Akoya-Perlen sind größer als Tahiti-Perlen" on
// Tahitian pearls). English has blocking twins only: its packs read these
// comparisons already (a sentence about the material, material_sentence.go),
// so no English pass row failed before.
func TestKindsCompare32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tahiti := core.Product{SKU: "C32T", Name: "Drop Earrings", Category: "earrings", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "Tahitian cultured pearl", Colour: "black", Count: 2}},
		Colours: []string{"black", "silver"}}
	amethyst := core.Product{SKU: "C32A", Name: "Oval Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"9k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}},
		Stones:  []core.Stone{{Type: "amethyst", Colour: "purple", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"gold", "purple"}}
	fresh := core.Product{SKU: "C32F", Name: "Hoop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 2}},
		Colours: []string{"silver", "white"}}
	pearlSapphire := core.Product{SKU: "C32P", Name: "Stud Earrings", Category: "earrings", Collection: "Moments",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "akoya cultured pearl", Colour: "white", Count: 2},
			{Type: "sapphire", Colour: "pink", Count: 4, Origin: core.OriginNatural}},
		Colours: []string{"gold", "white", "pink"}}
	checkKindRows(t, svc, "", []kindRow{
		{"de-DE", "Sie sind größer und dunkler als japanische Akoya-Perlen.", tahiti, false},
		{"fr-FR", "Elles sont plus sombres que la plupart des perles Akoya.", tahiti, false},
		{"fr-CA", "Il est plus tendre que tout saphir naturel.", amethyst, false},
		{"es-ES", "Son más oscuras que muchas perlas Akoya japonesas.", tahiti, false},
		{"es-MX", "Es más blanda que cualquier zafiro.", amethyst, false},
		{"it-IT", "Sono più scure di molte perle Akoya.", tahiti, false},
		{"pt-PT", "São mais escuras do que muitas pérolas Akoya.", tahiti, false},
		{"pt-BR", "É mais macia que qualquer safira.", amethyst, false},
		{"nl-NL", "Ze zijn groter en donkerder dan Japanse Akoya-parels.", tahiti, false},
		{"sv-SE", "De är större och mörkare än japanska akoyapärlor.", tahiti, false},
		{"da-DK", "De er større og mørkere end japanske akoyaperler.", tahiti, false},
		{"da-DK", "Kun diamant er hårdere end safir, som er langt mere robust end smaragd og opal.", pearlSapphire, false},
		{"nb-NO", "De er større og mørkere enn japanske akoyaperler.", tahiti, false},
		{"fi-FI", "Se on pehmeämpi kuin luonnollinen safiiri.", amethyst, false},
		{"pl-PL", "Jest miększy niż naturalny szafir.", amethyst, false},
		{"cs-CZ", "Je méně tvrdý než přírodní safír.", amethyst, false},
		{"tr-TR", "Japonya'nın Akoya incilerinden daha iri ve koyudurlar.", tahiti, false},
		{"tr-TR", "Koyu renkleri sedeften gelir, oysa birçok siyah tatlı su incisi boyanır.", tahiti, false},
		{"tr-TR", "Tatlı su incileri göl ve nehirlerdeki midyelerde oluşurken, Akoya incileri tuzlu su istiridyelerinde yetişir.", fresh, false},
		{"el-GR", "Είναι σκληρότερος από το οπάλιο και το μαργαριτάρι, αλλά μαλακότερος από το ζαφείρι.", amethyst, false},
		{"ar-AE", "وهو أقل صلابة من الياقوت الأزرق الطبيعي.", amethyst, false},
		{"ja-JP", "白いアコヤ真珠とは異なる趣です。", tahiti, false},
		{"ko-KR", "모스 경도는 7로, 9에 이르는 사파이어보다 조금 무릅니다.", amethyst, false},
		{"zh-CN", "紫水晶的莫氏硬度为7，低于硬度9的蓝宝石。", amethyst, false},
		{"zh-TW", "紫水晶的摩氏硬度為 7，低於硬度 9 的藍寶石。", amethyst, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "The earrings hold Japanese Akoya pearls.", tahiti, true},
		{"en-GB", "The earrings hold Akoya pearls, larger than Tahitian pearls.", tahiti, true},
		{"en-US", "The pendant is set with a natural sapphire.", amethyst, true},
		{"en-AU", "Whereas freshwater pearls grow in mussels, these earrings hold Akoya pearls.", fresh, true},
		{"de-DE", "Die Ohrringe tragen japanische Akoya-Perlen.", tahiti, true},
		{"de-DE", "Diese Akoya-Perlen sind größer als Tahiti-Perlen.", tahiti, true},
		{"fr-FR", "Les boucles d'oreilles portent des perles Akoya.", tahiti, true},
		{"fr-CA", "Le pendentif est serti d'un saphir naturel.", amethyst, true},
		{"es-ES", "Los pendientes llevan perlas Akoya japonesas.", tahiti, true},
		{"es-MX", "El colgante lleva un zafiro.", amethyst, true},
		{"it-IT", "Gli orecchini hanno perle Akoya.", tahiti, true},
		{"pt-PT", "Os brincos têm pérolas Akoya.", tahiti, true},
		{"pt-BR", "O pingente tem uma safira.", amethyst, true},
		{"nl-NL", "De oorbellen hebben Japanse Akoya-parels.", tahiti, true},
		{"sv-SE", "Örhängena har japanska akoyapärlor.", tahiti, true},
		{"sv-SE", "Dessa akoyapärlor är större än tahitipärlor.", tahiti, true},
		{"da-DK", "Øreringene har japanske akoyaperler.", tahiti, true},
		{"da-DK", "Øreringene er sat med diamant.", pearlSapphire, true},
		{"nb-NO", "Øreringene har japanske akoyaperler.", tahiti, true},
		{"fi-FI", "Riipuksessa on luonnollinen safiiri.", amethyst, true},
		{"pl-PL", "Wisiorek ma naturalny szafir.", amethyst, true},
		{"cs-CZ", "Přívěsek má přírodní safír.", amethyst, true},
		{"tr-TR", "Küpelerde Japonya'nın Akoya incileri var.", tahiti, true},
		{"tr-TR", "Küpelerde birçok siyah tatlı su incisi var.", tahiti, true},
		{"tr-TR", "Tatlı su incileri göl ve nehirlerdeki midyelerde oluşurken, bu küpelerde Akoya incileri var.", fresh, true},
		{"el-GR", "Το μενταγιόν έχει ένα ζαφείρι.", amethyst, true},
		{"ar-AE", "القلادة مرصعة بالياقوت الأزرق الطبيعي.", amethyst, true},
		{"ja-JP", "白いアコヤ真珠を留めたピアスです。", tahiti, true},
		{"ko-KR", "펜던트에는 사파이어가 세팅되어 있습니다.", amethyst, true},
		{"zh-CN", "吊坠镶嵌一颗蓝宝石。", amethyst, true},
		{"zh-TW", "吊墜鑲嵌一顆藍寶石。", amethyst, true},
		// The definite "toppen" (da-DK, nb-NO) is the top of the piece,
		// not a garment: a stone there is the piece's (blind 31B's
		// 31B108-2, which blocked only on the compared "kvarts" before).
		{"da-DK", "Vedhænget har en lille benitoit i toppen.", amethyst, true},
		{"nb-NO", "Anhenget har en liten benitoitt i toppen.", amethyst, true},
	})
}
