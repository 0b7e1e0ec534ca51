package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// ds33SapphireCZ is probe 31C's P31C104: natural blue sapphires beside
// cubic zirconia simulants on gold-plated silver.
var ds33SapphireCZ = core.Product{SKU: "DS33", Name: "Bar Necklace", Category: "necklace", Collection: "Essence",
	Materials: []string{"14k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k"}},
	Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 3, Origin: core.OriginNatural},
		{Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: core.OriginSimulant}},
	Colours: []string{"gold", "blue"}}

// TestKindsDiamondStandard33: on a piece with a natural stone and a
// diamond simulant, diamond named as the standard the natural stone is
// ranked below is a fact about that stone, not a name of the simulant
// (#13, diamondstandard33; probe 31C's P31C104: "Sapphire is the hardest
// gem in jewellery after diamond", "El zafiro es, después del diamante,
// la gema más dura de la joyería", "Safír je po diamantu nejtvrdším
// drahokamem", 藍寶石的硬度僅次於鑽石, which blocked grounding.stone and
// regulatory.stone_qualifier). grounding/ranking.go rankedNaturalSubject.
// Every locale has a blocking twin: the simulant ranked beside diamond
// (16 CFR 23.25), the simulant and the natural stone ranked together, or
// a ranking with no natural stone as its subject.
func TestKindsDiamondStandard33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := ds33SapphireCZ
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Sapphire is the hardest gem in jewellery after diamond.", p, false},
		{"en-US", "Sapphire is second only to diamond in hardness.", p, false},
		{"en-AU", "Sapphire is the hardest gemstone after diamond.", p, false},
		{"de-DE", "Saphir ist nach dem Diamanten der härteste Schmuckstein.", p, false},
		{"fr-FR", "Le saphir est, après le diamant, la gemme la plus dure.", p, false},
		{"fr-CA", "Le saphir est la pierre la plus dure après le diamant.", p, false},
		{"es-ES", "El zafiro es la gema más dura después del diamante.", p, false},
		{"es-MX", "El zafiro es, después del diamante, la gema más dura de la joyería.", p, false},
		{"it-IT", "Lo zaffiro è la gemma più dura dopo il diamante.", p, false},
		{"pt-PT", "A safira é, depois do diamante, a gema mais dura da joalharia.", p, false},
		{"pt-BR", "A safira é a gema mais dura depois do diamante.", p, false},
		{"nl-NL", "Saffier is na diamant de hardste edelsteen.", p, false},
		{"sv-SE", "Safir är den hårdaste ädelstenen efter diamant.", p, false},
		{"da-DK", "Safir er den hårdeste ædelsten efter diamant.", p, false},
		{"nb-NO", "Safir er den hardeste smykkesteinen etter diamant.", p, false},
		{"fi-FI", "Safiiri on timantin jälkeen kovin jalokivi.", p, false},
		{"pl-PL", "Szafir jest po diamencie najtwardszym kamieniem szlachetnym.", p, false},
		{"cs-CZ", "Safír je po diamantu nejtvrdším drahokamem v klenotnictví.", p, false},
		{"tr-TR", "Safir, elmastan sonra en sert değerli taştır.", p, false},
		{"el-GR", "Το ζαφείρι είναι ο σκληρότερος πολύτιμος λίθος μετά το διαμάντι.", p, false},
		{"ar-AE", "الياقوت الأزرق هو أصلب الأحجار الكريمة بعد الألماس.", p, false},
		{"ja-JP", "サファイアはダイヤモンドに次ぐ硬さを持つ宝石です。", p, false},
		{"ko-KR", "사파이어는 다이아몬드 다음으로 단단한 보석입니다.", p, false},
		{"zh-CN", "蓝宝石的硬度仅次于钻石。", p, false},
		{"zh-TW", "藍寶石的硬度僅次於鑽石。", p, false},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Cubic zirconia is the hardest gem in jewellery after diamond.", p, true},
		{"en-GB", "Sapphire and cubic zirconia are the hardest gems after diamond.", p, true},
		{"en-GB", "It is the hardest gem in jewellery after diamond.", p, true},
		{"en-US", "Cubic zirconia is second only to diamond in hardness.", p, true},
		{"en-US", "Like sapphire, cubic zirconia is second only to diamond in hardness.", p, true},
		{"en-AU", "After diamond, cubic zirconia is the hardest gemstone.", p, true},
		{"de-DE", "Zirkonia ist nach dem Diamanten der härteste Schmuckstein.", p, true},
		{"fr-FR", "Le zircon cubique est, après le diamant, la gemme la plus dure.", p, true},
		{"fr-CA", "La zircone est la pierre la plus dure après le diamant.", p, true},
		{"es-ES", "La circonita es la gema más dura después del diamante.", p, true},
		{"es-MX", "La circonita es, después del diamante, la gema más dura de la joyería.", p, true},
		{"es-MX", "Después del diamante, la circonita es la gema más dura.", p, true},
		{"it-IT", "La zirconia è la gemma più dura dopo il diamante.", p, true},
		{"pt-PT", "A zircónia cúbica é, depois do diamante, a gema mais dura da joalharia.", p, true},
		{"pt-BR", "A zircônia é a gema mais dura depois do diamante.", p, true},
		{"nl-NL", "Zirkonia is na diamant de hardste edelsteen.", p, true},
		{"sv-SE", "Zirkonia är den hårdaste ädelstenen efter diamant.", p, true},
		{"da-DK", "Zirkonia er den hårdeste ædelsten efter diamant.", p, true},
		{"nb-NO", "Zirkonia er den hardeste smykkesteinen etter diamant.", p, true},
		{"nb-NO", "Safir og zirkonia er de hardeste smykkesteinene etter diamant.", p, true},
		{"fi-FI", "Zirkonia on timantin jälkeen kovin jalokivi.", p, true},
		{"pl-PL", "Po diamencie to najtwardszy kamień szlachetny.", p, true},
		{"cs-CZ", "Zirkonie je po diamantu nejtvrdším drahokamem v klenotnictví.", p, true},
		{"tr-TR", "Zirkonya, elmastan sonra en sert değerli taştır.", p, true},
		{"el-GR", "Η ζιρκονία είναι ο σκληρότερος πολύτιμος λίθος μετά το διαμάντι.", p, true},
		{"ar-AE", "الزركونيا هي أصلب الأحجار الكريمة بعد الألماس.", p, true},
		{"ja-JP", "ジルコニアはダイヤモンドに次ぐ硬さを持つ宝石です。", p, true},
		{"ko-KR", "큐빅 지르코니아는 다이아몬드 다음으로 단단한 보석입니다.", p, true},
		{"zh-CN", "立方氧化锆的硬度仅次于钻石。", p, true},
		{"zh-TW", "立方氧化鋯的硬度僅次於鑽石。", p, true},
	})
}
