package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A metal's character inside a Chinese or Japanese mineral name read as the
// metal (#13, cjk_mineral19; probe19b zh-CN P19b06): Han text is read one
// character a token, so 磷铝石 (variscite) on a 14k gold ring blocked
// grounding.material as 铝 (aluminium), and 银星石 (wavellite), 赤铜矿
// (cuprite), 蓝铜孔雀石 (azurite-malachite), 铬云母 (fuchsite) name a silver,
// copper or chromium the piece lacks. The mineral names are now known forms
// of their stones in every vocabulary (testdata/gems19.yaml,
// TestVocabCoverage19), so the longest form names the stone; a metal's
// character that is a claim of its own (纯银 on a gold ring) still blocks,
// and so does a mineral the product lacks.
func TestKindsCjkMineral19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	stoneRing := func(stone, colour string) core.Product {
		return core.Product{SKU: "P19", Name: "Signet Ring", Category: "ring", Collection: "Lumière",
			Materials: []string{"recycled 14k yellow gold", stone}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
			Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: core.OriginNatural}},
			Colours: []string{colour, "gold"}}
	}
	va := stoneRing("variscite", "green")
	wa := stoneRing("wavellite", "green")
	cu := stoneRing("cuprite", "red")
	am := stoneRing("azurite-malachite", "blue")
	fu := stoneRing("fuchsite", "green")
	le := stoneRing("lepidolite", "purple")
	py := stoneRing("pyrite", "gold")
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// failed before: the metal's character inside the mineral's name
		{"zh-CN", "Lumière系列戒指，镶嵌一颗来自美国犹他州的绿色磷铝石，打磨成10×8毫米的椭圆素面。", va, false},
		{"zh-TW", "Lumière系列戒指，鑲嵌一顆來自美國猶他州的綠色磷鋁石，以14K黃金包鑲。", va, false},
		{"ja-JP", "14金イエローゴールドのリングに、緑の銀星石をひと粒留めました。", wa, false},
		{"zh-CN", "14K黄金戒指镶嵌一颗蓝铜孔雀石，蓝绿交织。", am, false},
		// passed before too, and must still pass with the names known
		{"zh-CN", "14K黄金戒指上镶嵌一颗绿色银星石，放射状的纹理清新自然。", wa, false},
		{"zh-TW", "14K黃金戒指鑲嵌一顆綠色銀星石。", wa, false},
		{"zh-CN", "14K黄金戒指镶嵌一颗深红色赤铜矿。", cu, false},
		{"ja-JP", "14金のリングに深紅の赤銅鉱を留めました。", cu, false},
		{"zh-CN", "14K黄金戒指镶嵌一颗绿色铬云母，闪烁细密的光泽。", fu, false},
		{"zh-TW", "14K黃金戒指鑲嵌一顆綠色鉻雲母。", fu, false},
		{"zh-CN", "14K黄金戒指镶嵌一颗紫色锂云母。", le, false},
		{"zh-CN", "14K黄金戒指镶嵌一颗金色黄铁矿。", py, false},
		{"ja-JP", "14金のリングに黄鉄鉱をひと粒留めました。", py, false},
		// still blocks: a metal claimed; a mineral the product lacks (the last
		// three passed before, unknown to the vocabularies)
		{"zh-CN", "戒臂以纯银打造，镶嵌一颗绿色磷铝石。", va, true},
		{"zh-CN", "14K黄金戒指镶嵌一颗绿色银星石，戒臂为纯银。", wa, true},
		{"zh-CN", "14K黄金戒指镶嵌一颗绿色磷铝石。", wa, true},
		{"ja-JP", "14金のリングに黄鉄鉱をひと粒留めました。", va, true},
		{"en-GB", "A 14k gold signet ring set with a green variscite.", wa, true},
		{"de-DE", "Ein Siegelring aus 14 Karat Gold mit einem grünen Variszit.", fu, true},
	})
}
