package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsChainPair24: the length of the chain a pendant is sold on, said
// before the necklace or chain word after a pairing word of description
// (Chinese "搭配 60 cm 項鍊", "搭配60厘米的项链"), is compared with the
// product's chain length in all 25 locales (#13, twenty-fourth session,
// probe 30's zh-TW 30C103-2 on a 45 cm chain passed: 搭配 made the
// necklace another item; grounding chainNounAfter in ownPartPaired). Only
// zh-CN and zh-TW failed before; the other locales pin the same fact in
// their own grammar. Pass twins: the product's own length; a suggestion
// ("可搭配我们的 60 cm 项链", "Pair it with our 60 cm necklace") stays
// another item's.
func TestKindsChainPair24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ruby := core.Product{SKU: "CP24R", Name: "Heritage Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"14k rose gold", "ruby"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}},
		Stones:       []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: core.OriginNatural}},
		Colours:      []string{"red", "rose gold"},
		Measurements: []core.Measurement{{Name: "stone diameter", Value: 5, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}}}
	wrong := [][2]string{
		{"en-GB", "A round ruby in rose gold, paired with a 60 cm necklace chain."},
		{"en-US", "A round ruby in rose gold, paired with a 60 cm necklace."},
		{"en-AU", "A round ruby in rose gold, teamed with a 60 cm necklace."},
		{"de-DE", "Ein runder Rubin in Roségold, an einer 60 cm langen Kette."},
		{"fr-FR", "Un rubis rond en or rose, sur une chaîne de 60 cm."},
		{"fr-CA", "Un rubis rond en or rose, présenté sur une chaîne de 60 cm."},
		{"es-ES", "Un rubí redondo en oro rosa, con una cadena de 60 cm."},
		{"es-MX", "Un rubí redondo en oro rosa, con una cadena de 60 cm."},
		{"it-IT", "Un rubino tondo in oro rosa, abbinato a una catena di 60 cm."},
		{"pt-PT", "Um rubi redondo em ouro rosa, com uma corrente de 60 cm."},
		{"pt-BR", "Um rubi redondo em ouro rosé, com uma corrente de 60 cm."},
		{"nl-NL", "Een ronde robijn in roségoud, aan een ketting van 60 cm."},
		{"sv-SE", "En rund rubin i roséguld, på en 60 cm lång kedja."},
		{"da-DK", "En rund rubin i rosaguld på en 60 cm lang kæde."},
		{"nb-NO", "En rund rubin i roségull på en 60 cm lang kjede."},
		{"fi-FI", "Pyöreä rubiini ruusukullassa, 60 cm:n ketjussa."},
		{"pl-PL", "Okrągły rubin w różowym złocie, na łańcuszku o długości 60 cm."},
		{"cs-CZ", "Kulatý rubín v růžovém zlatě na řetízku o délce 60 cm."},
		{"tr-TR", "Rose altın yuvada yuvarlak bir yakut, 60 cm zincirle birlikte."},
		{"el-GR", "Ένα στρογγυλό ρουμπίνι σε ροζ χρυσό, σε αλυσίδα 60 cm."},
		{"ar-AE", "ياقوتة مستديرة في الذهب الوردي مع سلسلة بطول 60 سم."},
		{"ja-JP", "ローズゴールドに丸いルビーをセットし、60cmのネックレスを合わせています。"},
		{"ko-KR", "로즈 골드에 둥근 루비를 세팅하고 60cm 목걸이와 함께 제공됩니다."},
		{"zh-CN", "以14K玫瑰金镶嵌一颗圆形红宝石，搭配 60 cm 项链。"},
		{"zh-TW", "以14K玫瑰金鑲嵌一顆圓形紅寶石，搭配60厘米的項鍊。"},
	}
	suggest := [][2]string{
		{"zh-CN", "可搭配我们的 60 cm 项链。"},
		{"zh-TW", "建議搭配 60 cm 項鍊疊戴。"},
		{"en-GB", "Pair it with our 60 cm necklace."},
	}
	var block, pass []kindRow
	for _, r := range wrong {
		block = append(block, kindRow{r[0], r[1], ruby, true})
		pass = append(pass, kindRow{r[0], strings.ReplaceAll(r[1], "60", "45"), ruby, false})
	}
	for _, r := range suggest {
		pass = append(pass, kindRow{r[0], r[1], ruby, false})
	}
	if len(wrong) != 25 {
		t.Fatalf("%d rows, want 25", len(wrong))
	}
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
}
