package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsZhNature33: Chinese mineral names end in 石 (stone), and some
// hold a piece part's character: 硅线石/矽线石/矽線石 (sillimanite) holds
// 线/線 (thread, piece_parts). The explanation "红柱石和矽线石的化学式相同，
// 但晶体结构不同" (andalusite and sillimanite have the same formula but a
// different crystal structure) on a kyanite pendant was read as the
// piece's thread, so the sentence was the piece's and andalusite blocked
// grounding.stone although 化学式 is a word of the material's nature (left
// by nature32, #13, zhnature33). zh's piece_parts_not_before (石) makes a
// part word right before 石 the head of a mineral's name, unless a stone's
// name begins at 石 (石榴石 garnet, 石英 quartz after 线 or 绳). Every pass
// row blocked before; ja-JP (化学組成が同じ, 化学式が同じ: katakana names)
// and the same zh sentences without a part character in a name
// (同属铝硅酸盐矿物, 红柱石的化学式相同) passed before. The twins set the other
// stone in the piece, or put a thread and garnets in the sentence, and
// block. Left: the Mainland name 硅线石 beside 化学成分 still blocks (硅,
// silicon, is read otherwise).
func TestKindsZhNature33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	kyanite := core.Product{SKU: "Z33", Name: "Kyanite Drop Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "kyanite", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "silver"}}
	checkKindRows(t, svc, "", []kindRow{
		{"zh-CN", "这款吊坠在纯银上镶嵌一颗蓝色蓝晶石。红柱石和矽线石的化学式相同，但晶体结构不同。", kyanite, false},
		{"zh-CN", "这款吊坠在纯银上镶嵌一颗蓝色蓝晶石。红柱石和矽线石与它化学成分相同，晶体结构却不同。", kyanite, false},
		{"zh-TW", "這款吊墜在純銀上鑲嵌一顆藍色藍晶石。紅柱石和矽線石的化學式相同，但晶體結構不同。", kyanite, false},
		{"zh-TW", "這款吊墜在純銀上鑲嵌一顆藍色藍晶石。紅柱石和矽線石與它化學成分相同，晶體結構卻不同。", kyanite, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"zh-CN", "这款吊坠在纯银上镶嵌一颗蓝色蓝晶石。吊坠还镶嵌一颗红柱石。", kyanite, true},
		{"zh-CN", "这款吊坠在纯银上镶嵌一颗蓝色蓝晶石。红线石榴石与它化学成分相同。", kyanite, true},
		{"zh-CN", "这款吊坠在纯银上镶嵌一颗蓝色蓝晶石。编绳石英与它化学成分相同。", kyanite, true},
		{"zh-TW", "這款吊墜在純銀上鑲嵌一顆藍色藍晶石。吊墜還鑲嵌一顆紅柱石。", kyanite, true},
		{"zh-TW", "這款吊墜在純銀上鑲嵌一顆藍色藍晶石。紅線石榴石與它化學成分相同。", kyanite, true},
	})
}
