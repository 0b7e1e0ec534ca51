package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of material_named's rows: a hyalite opal bracelet in 14k
// yellow gold, a Paraíba tourmaline ring in platinum, a tagua nut pendant
// on gold-plated brass, a 22k gold brooch, goshenite studs in 14k white gold.
var (
	matNamedHyalite = core.Product{SKU: "MN1", Name: "Station Bracelet", Category: "bracelet", Collection: "Lumière",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "hyalite opal", Colour: "clear", Count: 5, Origin: "natural", Treatment: "none"}},
		Colours: []string{"clear", "gold"}}
	matNamedParaiba = core.Product{SKU: "MN2", Name: "Halo Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"platinum"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
		Stones:  []core.Stone{{Type: "Paraíba tourmaline", Colour: "neon blue", Count: 1, Origin: "natural", Treatment: "heated"}},
		Colours: []string{"blue", "silver"}}
	matNamedTagua = core.Product{SKU: "MN3", Name: "Tagua Necklace", Category: "necklace", Collection: "Heritage",
		Materials: []string{"tagua nut", "14k gold-plated brass"},
		Metals:    []core.Metal{{Base: "brass", Plating: "14k gold", PlatingMicrons: 1.0}},
		Colours:   []string{"ivory", "gold"}}
	matNamedK22 = core.Product{SKU: "MN4", Name: "Leaf Brooch", Category: "brooch", Collection: "Signature",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "22k"}}, Colours: []string{"gold"}}
	matNamedGoshenite = core.Product{SKU: "MN5", Name: "Stud Earrings", Category: "earrings", Collection: "Reflexions",
		Metals:  []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "goshenite", Colour: "colourless", Count: 2, Origin: "natural", Treatment: "none"}},
		Colours: []string{"colourless", "white"}}
)

// A material, fineness or stone named that belongs to something other
// than the piece is no claim about it (#13, material66: released 66A zh-TW
// 66A04-1/-3, 66B zh-CN 66B04-1, probe 66C en-GB 66C02-3, fi-FI 66C03-2,
// 66D ja-JP 66D04-1, zh-CN 66D01-3): the glass of a stone's name (hyalite,
// "glass opal", 玻璃蛋白石), the copper a stone is rich in, the middle arm
// of a denied list ("ei ole luuta, sarvea eikä norsunluuta"), a fineness
// listed with the one the piece's is compared with (K18やK10より, "als 18
// oder 14 Karat") and another piece of ours described after its
// cross-selling clause in Chinese. FTC 16 CFR 23.4-23.7 ask that the
// piece's metal and stones be named as they are; naming another's is not
// a misdescription.
func TestKindsMaterialNamed(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		// a stone whose name holds a material word: hyalite, "glass opal"
		{"zh-CN", "这条手链以14K黄金细链点缀五颗玻璃蛋白石，宝石清澈如水珠。", matNamedHyalite, false},
		{"zh-TW", "這條手鍊以14K黃金細鍊點綴五顆玻璃蛋白石，寶石清澈如水珠。", matNamedHyalite, false},
		{"en-GB", "The bracelet carries five glass opals on a fine 14k gold chain, each as clear as a raindrop.", matNamedHyalite, false},
		{"en-US", "Five hyalite opals, also called glass opal, sit on a fine 14k gold chain.", matNamedHyalite, false},
		{"de-DE", "Das Armband trägt fünf Glasopale an einer feinen Kette aus 14 Karat Gold.", matNamedHyalite, false},
		{"ja-JP", "14Kゴールドの細いチェーンに5つのガラスオパールをあしらったブレスレットです。", matNamedHyalite, false},
		{"nl-NL", "De armband draagt vijf glasopalen aan een fijne ketting van 14 karaat goud.", matNamedHyalite, false},
		{"sv-SE", "Armbandet bär fem glasopaler på en fin kedja i 14 karat guld.", matNamedHyalite, false},
		{"fr-FR", "Le bracelet porte cinq opales hyalites sur une fine chaîne en or 14 carats.", matNamedHyalite, false},
		// a metal that colours the piece's stone: "copper-rich tourmaline"
		{"en-GB", "This one comes from Mozambique, where the same copper-rich tourmaline occurs.", matNamedParaiba, false},
		{"en-US", "Mozambique yields the same copper-bearing tourmaline as Brazil.", matNamedParaiba, false},
		{"de-DE", "Dieser stammt aus Mosambik, wo derselbe kupferhaltige Turmalin vorkommt.", matNamedParaiba, false},
		{"fr-FR", "Celle-ci vient du Mozambique, où l'on trouve la même tourmaline riche en cuivre.", matNamedParaiba, false},
		{"zh-CN", "这颗来自莫桑比克，那里也出产同样富含铜的碧玺。", matNamedParaiba, false},
		{"es-ES", "Esta procede de Mozambique, donde aparece la misma turmalina rica en cobre.", matNamedParaiba, false},
		// a list of materials the piece is not: "not bone, horn or ivory"
		{"fi-FI", "Riipus ei ole luuta, sarvea eikä eläimen norsunluuta, vaan palmun siemen.", matNamedTagua, false},
		{"en-GB", "The pendant is not bone, horn or animal ivory, but the seed of a palm.", matNamedTagua, false},
		{"de-DE", "Der Anhänger ist weder Knochen, Horn noch Elfenbein, sondern der Samen einer Palme.", matNamedTagua, false},
		{"sv-SE", "Hänget är varken ben, horn eller elfenben, utan fröet från en palm.", matNamedTagua, false},
		{"nb-NO", "Anheng er verken bein, horn eller elfenben, men frøet fra en palme.", matNamedTagua, false},
		{"da-DK", "Vedhænget er hverken ben, horn eller elfenben, men frøet fra en palme.", matNamedTagua, false},
		{"nl-NL", "De hanger is geen been, hoorn of ivoor, maar het zaad van een palm.", matNamedTagua, false},
		{"fr-FR", "Le pendentif n'est ni de l'os, ni de la corne, ni de l'ivoire, mais la graine d'un palmier.", matNamedTagua, false},
		// finenesses compared, coordinated before the comparison word
		{"ja-JP", "K18とK14よりやわらかいK22を使っています。", matNamedK22, false},
		{"zh-CN", "22K金比18K和14K金更柔软，所以能打出深深的起伏。", matNamedK22, false},
		{"ko-KR", "22K 골드는 18K나 14K보다 부드러워 깊은 입체감을 낼 수 있습니다.", matNamedK22, false},
		{"en-GB", "22k gold is softer than 18k or 14k, so it can be worked into deep relief.", matNamedK22, false},
		{"de-DE", "22 Karat Gold ist weicher als 18 oder 14 Karat und lässt sich tief treiben.", matNamedK22, false},
		// another piece of ours offered alongside, in Chinese
		{"zh-CN", "若想搭配成套，可以选择我们的Luna吊坠，它以18K玫瑰金镶嵌淡水珍珠。", matNamedGoshenite, false},
		{"en-GB", "You can pair them with our Luna bracelet in rose gold, warm beside the clear studs.", matNamedGoshenite, false},
		{"ja-JP", "ローズゴールドのLunaブレスレットと合わせるのもおすすめです。", matNamedGoshenite, false},
	})
}

// TestKindsMaterialNamedBad: the piece itself said to be glass, horn,
// 18k, copper or rose gold still blocks.
func TestKindsMaterialNamedBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"zh-CN", "这条手链由玻璃制成，点缀五颗蛋白石。", matNamedHyalite, true},
		{"en-GB", "The bracelet is made of glass, set with five opals.", matNamedHyalite, true},
		{"en-GB", "The ring is made of copper-rich gold.", matNamedParaiba, true},
		{"fi-FI", "Riipus on sarvea.", matNamedTagua, true},
		{"fi-FI", "Riipus ei ole luuta, se on sarvea.", matNamedTagua, true},
		{"ja-JP", "このブローチはK18で作られています。", matNamedK22, true},
		{"de-DE", "Die Brosche ist aus 18 Karat Gold.", matNamedK22, true},
		{"zh-CN", "这对耳钉以18K玫瑰金打造。", matNamedGoshenite, true},
		{"en-GB", "These studs are rose gold.", matNamedGoshenite, true},
	})
}
