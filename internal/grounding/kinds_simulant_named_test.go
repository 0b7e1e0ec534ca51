package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A simulant named with the market's qualifier and the stone it imitates
// (issue #13): "an imitation ruby of red glass", "une imitation de rubis",
// "eine Rubin-Imitation", 仿红宝石 on a piece whose stone is red glass.
// The stone word is qualified, so it is no natural ruby to compare; an
// unqualified ruby is still one (blocked).
var simulantNamedRing = core.Product{SKU: "S1", Name: "Cerise Ring", Category: "ring",
	Metals: []core.Metal{{Base: "brass", Plating: "gold"}},
	Stones: []core.Stone{{Type: "glass crystal", Colour: "red", Count: 1, Origin: core.OriginSimulant}}}

// simulantNamedTexts: qualified (no stone finding), unqualified (blocked).
var simulantNamedTexts = map[string][2]string{
	"en": {"At its centre sits an imitation ruby made of red glass.", "At its centre sits a ruby."},
	"fr": {"Au centre brille une imitation de rubis en verre rouge.", "Au centre brille un rubis."},
	"de": {"In der Mitte sitzt eine Rubin-Imitation aus rotem Glas.", "In der Mitte sitzt ein Rubin."},
	"it": {"Al centro brilla un'imitazione di rubino in vetro rosso.", "Al centro brilla un rubino."},
	"es": {"En el centro brilla una imitación de rubí en vidrio rojo.", "En el centro brilla un rubí."},
	"pt": {"No centro brilha uma imitação de rubi em vidro vermelho.", "No centro brilha um rubi."},
	"nl": {"In het midden zit een imitatie robijn van rood glas.", "In het midden zit een robijn."},
	"sv": {"I mitten sitter en imitation rubin av rött glas.", "I mitten sitter en rubin."},
	"da": {"I midten sidder en imitation rubin af rødt glas.", "I midten sidder en rubin."},
	"nb": {"I midten sitter en imitasjon rubin av rødt glass.", "I midten sitter en rubin."},
	"fi": {"Keskellä on jäljitelmä rubiini punaisesta lasista.", "Keskellä on rubiini."},
	"pl": {"Pośrodku lśni imitacja rubinu z czerwonego szkła.", "Pośrodku lśni rubin."},
	"cs": {"Uprostřed září imitace rubínu z červeného skla.", "Uprostřed září rubín."},
	"tr": {"Ortasında kırmızı camdan taklit yakut parlıyor.", "Ortasında yakut parlıyor."},
	"el": {"Στο κέντρο λάμπει απομίμηση ρουμπινιού από κόκκινο γυαλί.", "Στο κέντρο λάμπει ένα ρουμπίνι."},
	"ar": {"في الوسط ياقوت أحمر مقلد من الزجاج.", "في الوسط ياقوت أحمر."},
	"ja": {"中央には赤いガラスのイミテーションルビーが輝きます。", "中央にはルビーが輝きます。"},
	"ko": {"가운데에는 붉은 유리로 만든 모조 루비가 빛납니다.", "가운데에는 루비가 빛납니다."},
	"zh": {"中央镶嵌一颗红色玻璃仿红宝石。", "中央镶嵌一颗红宝石。"},
}

func TestKindsSimulantNamedStone(t *testing.T) {
	t.Parallel()
	checkFactPairs(t, simulantNamedRing, simulantNamedTexts, 1, RuleStone)
}
