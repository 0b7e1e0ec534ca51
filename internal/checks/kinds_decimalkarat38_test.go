package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsDecimalKarat38 (#13, alloy38; probe 38C pt-PT 38C102-1/-2): a
// decimal karat said of gold ("ouro amarelo de 19,2 quilates", Portugal's
// 800/1000 "ouro de lei", Decreto-Lei 120/2017) is the piece's fineness,
// compared with its gold's millesimal fineness (grounding/fineness.go
// decimalKarat), not a carat weight: before, caratSense read a fineness
// only for a whole number, so "19,2 quilates" blocked
// grounding.measurement against the diamond's 0.05 ct in every locale the
// measure pattern reads. And a fineness in brackets right after a compared
// one ("do que o de 18 quilates (750)") restates the other gold's
// (compared_metal.go bracketRestates); it blocked grounding.karat. Twins:
// the same decimal karat on an 18k or 22k piece, a bracketed fineness said
// of the piece. The decimal karats written "19.2k", "19.2K", "19.2金",
// "19,2 ayar", "عيار 19.2" and "19,2-karatowego" pass on either piece
// (no unit the measure pattern reads; left).
func TestKindsDecimalKarat38(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	diamond := []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: "natural"}}
	weight := []core.Measurement{{Name: "diamond weight", Value: 0.05, Unit: "ct"}}
	gold800 := core.Product{SKU: "DK38A", Name: "Lisboa", Category: "ring", Collection: "Timeless",
		Materials: []string{"yellow gold 19.2k"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "800"}},
		Stones: diamond, Colours: []string{"gold", "white"}, Measurements: weight, TotalCaratWeight: 0.05}
	gold750 := gold800
	gold750.SKU, gold750.Materials, gold750.Metals = "DK38B", []string{"18k yellow gold"}, []core.Metal{{Base: "yellow gold", Fineness: "750"}}
	gold916 := gold800
	gold916.SKU, gold916.Materials, gold916.Metals = "DK38C", []string{"22k yellow gold"}, []core.Metal{{Base: "yellow gold", Fineness: "916"}}
	checkKindRows(t, svc, "", []kindRow{
		// pass: a decimal karat of the product's own 800 gold
		{"pt-PT", "Este anel em ouro amarelo de 19,2 quilates brilha com um diamante de 0,05 quilates.", gold800, false},
		{"pt-BR", "Este anel é de ouro amarelo 19,2 quilates, com um diamante de 0,05 quilate.", gold800, false},
		{"en-GB", "This ring is crafted in 19.2ct yellow gold, set with a 0.05ct diamond.", gold800, false},
		{"en-US", "This ring is made of 19.2 karat yellow gold with a 0.05 carat diamond.", gold800, false},
		{"en-AU", "Made in 19.2k yellow gold, the ring holds a 0.05 ct diamond.", gold800, false},
		{"fr-FR", "Cette bague en or jaune 19,2 carats porte un diamant de 0,05 carat.", gold800, false},
		{"fr-CA", "Cette bague en or jaune de 19,2 carats est sertie d'un diamant de 0,05 carat.", gold800, false},
		{"es-ES", "Este anillo de oro amarillo de 19,2 quilates lleva un diamante de 0,05 quilates.", gold800, false},
		{"es-MX", "Este anillo de oro amarillo de 19.2 quilates lleva un diamante de 0.05 quilates.", gold800, false},
		{"it-IT", "Questo anello in oro giallo 19,2 carati ha un diamante da 0,05 carati.", gold800, false},
		{"de-DE", "Dieser Ring aus 19,2 Karat Gelbgold trägt einen Diamanten von 0,05 Karat.", gold800, false},
		{"nl-NL", "Deze ring van 19,2 karaat geelgoud draagt een diamant van 0,05 karaat.", gold800, false},
		{"sv-SE", "Ringen är gjord i 19,2 karats gult guld med en diamant på 0,05 karat.", gold800, false},
		{"da-DK", "Ringen er lavet af 19,2 karat gult guld med en diamant på 0,05 karat.", gold800, false},
		{"nb-NO", "Ringen er laget av 19,2 karat gult gull med en diamant på 0,05 karat.", gold800, false},
		{"fi-FI", "Sormus on 19,2 karaatin keltakultaa, ja siinä on 0,05 karaatin timantti.", gold800, false},
		{"pl-PL", "Pierścionek z 19,2-karatowego żółtego złota ma diament o wadze 0,05 karata.", gold800, false},
		{"cs-CZ", "Prsten z 19,2karátového žlutého zlata nese diamant o hmotnosti 0,05 karátu.", gold800, false},
		{"tr-TR", "Bu yüzük 19,2 ayar sarı altından yapıldı ve 0,05 karatlık bir pırlanta taşıyor.", gold800, false},
		{"el-GR", "Το δαχτυλίδι είναι από κίτρινο χρυσό 19,2 καρατίων με ένα διαμάντι 0,05 καρατίων.", gold800, false},
		{"ar-AE", "هذا الخاتم من الذهب الأصفر عيار 19.2 مع ماسة بوزن 0.05 قيراط.", gold800, false},
		{"ja-JP", "この指輪は19.2金のイエローゴールドで、0.05カラットのダイヤモンドがあしらわれています。", gold800, false},
		{"ko-KR", "이 반지는 19.2K 옐로우 골드로 만들어졌고 0.05캐럿 다이아몬드가 세팅되어 있습니다.", gold800, false},
		{"zh-CN", "这枚戒指采用19.2K黄金制成，镶嵌一颗0.05克拉的钻石。", gold800, false},
		{"zh-TW", "這枚戒指採用19.2K黃金製成，鑲嵌一顆0.05克拉的鑽石。", gold800, false},
		// pass: a fineness in brackets after a compared one restates the other gold's
		{"pt-PT", "Com 800 partes de ouro por mil, tem mais ouro do que o de 18 quilates (750) e um tom mais quente.", gold800, false},
		{"pt-BR", "Tem mais ouro do que o ouro de 18 quilates (750), por isso a cor é mais quente.", gold800, false},
		{"en-GB", "At 800 parts per thousand it holds more gold than 18 karat (750) gold.", gold800, false},
		{"es-ES", "Tiene más oro que el de 18 quilates (750) y un tono más cálido.", gold800, false},
		// block: the same decimal karat on an 18k piece
		{"pt-PT", "Este anel em ouro amarelo de 19,2 quilates brilha com um diamante de 0,05 quilates.", gold750, true},
		{"pt-BR", "Este anel é de ouro amarelo 19,2 quilates, com um diamante de 0,05 quilate.", gold750, true},
		{"en-GB", "This ring is crafted in 19.2ct yellow gold, set with a 0.05ct diamond.", gold750, true},
		{"en-US", "This ring is made of 19.2 karat yellow gold with a 0.05 carat diamond.", gold750, true},
		{"fr-FR", "Cette bague en or jaune 19,2 carats porte un diamant de 0,05 carat.", gold750, true},
		{"fr-CA", "Cette bague en or jaune de 19,2 carats est sertie d'un diamant de 0,05 carat.", gold750, true},
		{"es-ES", "Este anillo de oro amarillo de 19,2 quilates lleva un diamante de 0,05 quilates.", gold750, true},
		{"es-MX", "Este anillo de oro amarillo de 19.2 quilates lleva un diamante de 0.05 quilates.", gold750, true},
		{"it-IT", "Questo anello in oro giallo 19,2 carati ha un diamante da 0,05 carati.", gold750, true},
		{"de-DE", "Dieser Ring aus 19,2 Karat Gelbgold trägt einen Diamanten von 0,05 Karat.", gold750, true},
		{"nl-NL", "Deze ring van 19,2 karaat geelgoud draagt een diamant van 0,05 karaat.", gold750, true},
		{"sv-SE", "Ringen är gjord i 19,2 karats gult guld med en diamant på 0,05 karat.", gold750, true},
		{"da-DK", "Ringen er lavet af 19,2 karat gult guld med en diamant på 0,05 karat.", gold750, true},
		{"nb-NO", "Ringen er laget av 19,2 karat gult gull med en diamant på 0,05 karat.", gold750, true},
		{"fi-FI", "Sormus on 19,2 karaatin keltakultaa, ja siinä on 0,05 karaatin timantti.", gold750, true},
		{"cs-CZ", "Prsten z 19,2karátového žlutého zlata nese diamant o hmotnosti 0,05 karátu.", gold750, true},
		{"el-GR", "Το δαχτυλίδι είναι από κίτρινο χρυσό 19,2 καρατίων με ένα διαμάντι 0,05 καρατίων.", gold750, true},
		// block: a fineness in brackets said of the piece, and a wrong decimal karat
		{"pt-PT", "Este anel é de ouro de 18 quilates (750).", gold800, true},
		{"pt-PT", "Este anel é de ouro amarelo de 22,5 quilates.", gold800, true},
		{"en-GB", "This ring is crafted in 19.2ct yellow gold.", gold916, true},
	})
}
