package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsQualCount25: a count read across the market's lab-grown
// qualifier standing between the number and the stone (#13, twenty-fifth
// session, qualcount25; released set 30's tr-TR count_wrong "yedi adet
// laboratuvarda üretilmiş pembe safir" on five sapphires passed). In
// German, Dutch and Turkish the qualifier is a phrase of its own before
// the noun ("sieben im Labor gezüchtete rosa Saphire", "zeven in het
// laboratorium gekweekte", where "in" also read as an inch), and its
// function words ended the count's look-ahead (grounding
// count_qualifier.go, from the pack's qualifiers.lab_grown). The block
// rows of de-DE, nl-NL and tr-TR passed before; every locale is tested,
// with the true count as the pass twin.
func TestKindsQualCount25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "QC25", Name: "Rosa Bracelet", Category: "bracelet",
		Materials: []string{"14k rose gold", "lab-grown sapphire"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "lab-grown sapphire", Colour: "pink", Count: 5, Origin: core.OriginLabGrown}},
		Colours: []string{"pink", "rose gold"}}
	wrong := [][2]string{
		{"en-GB", "The Rosa Bracelet lines up seven lab-grown pink sapphires along a 14k rose gold chain."},
		{"en-US", "The Rosa Bracelet lines up seven laboratory-grown pink sapphires along a 14k rose gold chain."},
		{"de-DE", "Das Armband Rosa reiht sieben im Labor gezüchtete rosa Saphire an einer Kette aus 14 Karat Roségold auf."},
		{"fr-FR", "Le bracelet Rosa aligne sept saphirs roses de synthèse sur une chaîne en or rose 14 carats."},
		{"fr-CA", "Le bracelet Rosa aligne sept saphirs roses créés en laboratoire sur une chaîne en or rose 14 carats."},
		{"es-ES", "La pulsera Rosa alinea siete zafiros rosas creados en laboratorio en una cadena de oro rosa de 14 quilates."},
		{"es-MX", "La pulsera Rosa alinea siete zafiros rosas creados en laboratorio en una cadena de oro rosa de 14 k."},
		{"it-IT", "Il bracciale Rosa allinea sette zaffiri rosa creati in laboratorio su una catena in oro rosa 14 carati."},
		{"pt-PT", "A pulseira Rosa alinha sete safiras cor-de-rosa criadas em laboratório numa corrente de ouro rosa de 14 quilates."},
		{"pt-BR", "A pulseira Rosa alinha sete safiras rosa criadas em laboratório em uma corrente de ouro rosé 14k."},
		{"nl-NL", "De Rosa-armband rijgt zeven in het laboratorium gekweekte roze saffieren aan een ketting van 14 karaat roségoud."},
		{"sv-SE", "Armbandet Rosa har sju labbodlade rosa safirer längs en kedja i 14 karat roséguld."},
		{"da-DK", "Armbåndet Rosa har syv laboratoriedyrkede lyserøde safirer langs en kæde i 14 karat rosaguld."},
		{"nb-NO", "Armbåndet Rosa har sju laboratoriedyrkede rosa safirer langs en kjede i 14 karat rosegull."},
		{"fi-FI", "Rosa-rannekkeessa on seitsemän laboratoriossa kasvatettua vaaleanpunaista safiiria 14 karaatin ruusukultaketjussa."},
		{"pl-PL", "Bransoletka Rosa ma siedem różowych szafirów wyhodowanych w laboratorium na łańcuszku z 14-karatowego różowego złota."},
		{"cs-CZ", "Náramek Rosa nese sedm růžových safírů vypěstovaných v laboratoři na řetízku ze 14karátového růžového zlata."},
		{"tr-TR", "Rosa bileklik, 14 ayar rose altın bir zincir üzerinde sıralanan yedi adet laboratuvarda üretilmiş pembe safir taşır."},
		{"el-GR", "Το βραχιόλι Rosa έχει επτά ροζ ζαφείρια εργαστηρίου σε αλυσίδα από ροζ χρυσό 14 καρατίων."},
		{"ar-AE", "يضم سوار روزا سبعة أحجار ياقوت وردي مصنوعة في المختبر على سلسلة من الذهب الوردي عيار 14."},
		{"ja-JP", "ロサ ブレスレットは、14Kローズゴールドのチェーンに7個のラボグロウン ピンクサファイアを並べました。"},
		{"ko-KR", "로사 브레이슬릿은 14K 로즈 골드 체인에 랩그로운 핑크 사파이어 7개를 나란히 세팅했습니다."},
		{"zh-CN", "Rosa手链在14K玫瑰金链上排列七颗实验室培育粉色蓝宝石。"},
		{"zh-TW", "Rosa手鍊在14K玫瑰金鍊上排列七顆實驗室培育粉紅色藍寶石。"},
		{"en-AU", "The Rosa Bracelet lines up seven lab-created pink sapphires along a 14k rose gold chain."},
	}
	right := [][2]string{
		{"en-GB", "The Rosa Bracelet lines up five lab-grown pink sapphires along a 14k rose gold chain."},
		{"en-US", "The Rosa Bracelet lines up five laboratory-grown pink sapphires along a 14k rose gold chain."},
		{"de-DE", "Das Armband Rosa reiht fünf im Labor gezüchtete rosa Saphire an einer Kette aus 14 Karat Roségold auf."},
		{"fr-FR", "Le bracelet Rosa aligne cinq saphirs roses de synthèse sur une chaîne en or rose 14 carats."},
		{"fr-CA", "Le bracelet Rosa aligne cinq saphirs roses créés en laboratoire sur une chaîne en or rose 14 carats."},
		{"es-ES", "La pulsera Rosa alinea cinco zafiros rosas creados en laboratorio en una cadena de oro rosa de 14 quilates."},
		{"es-MX", "La pulsera Rosa alinea cinco zafiros rosas creados en laboratorio en una cadena de oro rosa de 14 k."},
		{"it-IT", "Il bracciale Rosa allinea cinque zaffiri rosa creati in laboratorio su una catena in oro rosa 14 carati."},
		{"pt-PT", "A pulseira Rosa alinha cinco safiras cor-de-rosa criadas em laboratório numa corrente de ouro rosa de 14 quilates."},
		{"pt-BR", "A pulseira Rosa alinha cinco safiras rosa criadas em laboratório em uma corrente de ouro rosé 14k."},
		{"nl-NL", "De Rosa-armband rijgt vijf in het laboratorium gekweekte roze saffieren aan een ketting van 14 karaat roségoud."},
		{"sv-SE", "Armbandet Rosa har fem labbodlade rosa safirer längs en kedja i 14 karat roséguld."},
		{"da-DK", "Armbåndet Rosa har fem laboratoriedyrkede lyserøde safirer langs en kæde i 14 karat rosaguld."},
		{"nb-NO", "Armbåndet Rosa har fem laboratoriedyrkede rosa safirer langs en kjede i 14 karat rosegull."},
		{"fi-FI", "Rosa-rannekkeessa on viisi laboratoriossa kasvatettua vaaleanpunaista safiiria 14 karaatin ruusukultaketjussa."},
		{"pl-PL", "Bransoletka Rosa ma pięć różowych szafirów wyhodowanych w laboratorium na łańcuszku z 14-karatowego różowego złota."},
		{"cs-CZ", "Náramek Rosa nese pět růžových safírů vypěstovaných v laboratoři na řetízku ze 14karátového růžového zlata."},
		{"tr-TR", "Rosa bileklik, 14 ayar rose altın bir zincir üzerinde sıralanan beş adet laboratuvarda üretilmiş pembe safir taşır."},
		{"el-GR", "Το βραχιόλι Rosa έχει πέντε ροζ ζαφείρια εργαστηρίου σε αλυσίδα από ροζ χρυσό 14 καρατίων."},
		{"ar-AE", "يضم سوار روزا خمسة أحجار ياقوت وردي مصنوعة في المختبر على سلسلة من الذهب الوردي عيار 14."},
		{"ja-JP", "ロサ ブレスレットは、14Kローズゴールドのチェーンに5個のラボグロウン ピンクサファイアを並べました。"},
		{"ko-KR", "로사 브레이슬릿은 14K 로즈 골드 체인에 랩그로운 핑크 사파이어 5개를 나란히 세팅했습니다."},
		{"zh-CN", "Rosa手链在14K玫瑰金链上排列五颗实验室培育粉色蓝宝石。"},
		{"zh-TW", "Rosa手鍊在14K玫瑰金鍊上排列五顆實驗室培育粉紅色藍寶石。"},
		{"en-AU", "The Rosa Bracelet lines up five lab-created pink sapphires along a 14k rose gold chain."},
	}
	if len(wrong) != 25 || len(right) != 25 {
		t.Fatalf("%d and %d rows, want 25", len(wrong), len(right))
	}
	checkKindRows(t, svc, "grounding", pairRows(p, true, wrong))
	checkKindRows(t, svc, "grounding", pairRows(p, false, right))
}
