package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A product keyword in Han or kana quoted in copy (#13, keyword_stone19,
// the twentieth blind set's released half): "清澈如水的透绿柱石是低调的钻石替代之选"
// on a goshenite ring whose keywords list 钻石替代 (a diamond alternative)
// blocked grounding.stone for 钻石. The product's keywords are masked as its
// own words ("diamond alternative" in English copy), but a keyword in a
// script read one character per token was split as one word and never
// found. Now it is tokenized as the text is, in Chinese and Japanese; the
// stone outside the keyword still blocks.
func TestKindsKeywordStone19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	gos := core.Product{SKU: "K19", Name: "Goshenite Solitaire Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver", "goshenite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium", PlatingMicrons: 0.3}},
		Stones:   []core.Stone{{Type: "goshenite", Colour: "colourless", Count: 1, Origin: core.OriginNatural}},
		Colours:  []string{"silver", "clear"},
		Keywords: []string{"goshenite", "diamond alternative", "钻石替代", "鑽石替代", "ダイヤモンド代わり"}}
	bare := gos
	bare.Keywords = []string{"goshenite", "diamond alternative"}
	checkKindRows(t, svc, "", []kindRow{
		{"zh-CN", "清澈如水的透绿柱石是低调的钻石替代之选，含蓄地折射光芒。", gos, false},
		{"zh-CN", "作为钻石替代，透绿柱石同样清澈。", gos, false},
		{"zh-TW", "清澈如水的透綠柱石是低調的鑽石替代之選。", gos, false},
		{"ja-JP", "澄んだゴシェナイトは、ダイヤモンド代わりにも選ばれる石です。", gos, false},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-CN", "清澈如水的透绿柱石是低调的钻石替代之选，含蓄地折射光芒。", bare, true},
		{"zh-TW", "清澈如水的透綠柱石是低調的鑽石替代之選。", bare, true},
		{"zh-CN", "这枚戒指镶嵌一颗钻石。", gos, true},
		{"ja-JP", "ダイヤモンドをあしらったリングです。", gos, true},
	})
}
