package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// placeMetal34Silver is the sterling silver necklace with one diamond the
// placemetal34 rows are read on.
var placeMetal34Silver = core.Product{SKU: "PM34", Name: "Luna", Category: "necklace", Collection: "Moments",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginNatural}},
	Colours: []string{"silver", "white"}}

// TestKindsPlaceMetal34: a place's name that holds a metal word, written
// where no capital marks it as a name, is no metal of the piece (#13,
// placemetal34). A blind set's released half had zh-CN "刚果（金）和俄罗斯
// 乌拉尔山区是其著名产地" (DR Congo, named after Kinshasa to tell it from
// 刚果（布）) block grounding.material on a silver ring: 金 alone between
// brackets. 金奈 (Chennai), 金泽/金澤 (Kanazawa), 金巴利 (Kimberley) and
// 刚果金 are no words of the segmenter's dictionary, so 金 was read alone;
// ja 黄金海岸 (the Gold Coast) was 黄金; Greek "Ακτή του Χρυσού" (the Gold
// Coast) was gold, the genitive article between the name's capitals not
// being read as the other languages' "Costa do Ouro" is. The zh and ja
// packs' place_names are masked as the product's name is (brackets and
// all); Greek's genitive articles are name links. Every pass row blocked
// before. The names the segmenters know (旧金山, 金伯利, 金边, 金沙萨, 银川,
// 金沢, 銀座, 石見銀山), Korean 김해, 금강산, 은평구 and the capitalised
// names of the Latin-script locales (Gold Coast, Silver Spring, Goldküste,
// Costa de Oro, Guldkusten, Złote Wybrzeże) passed before and are not
// listed. The twins name a metal the silver piece lacks beside the same
// names, and block.
func TestKindsPlaceMetal34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := placeMetal34Silver
	checkKindRows(t, svc, "", []kindRow{
		{"zh-CN", "刚果（金）和俄罗斯乌拉尔山区是其著名产地。", p, false},
		{"zh-CN", "刚果(金)是其著名产地。", p, false},
		{"zh-CN", "这款吊坠在刚果金制作。", p, false},
		{"zh-CN", "印度金奈是重要的切割中心。", p, false},
		{"zh-CN", "这款吊坠在金泽制作。", p, false},
		{"zh-CN", "这款吊坠在金巴利制作。", p, false},
		{"zh-TW", "剛果（金）和俄羅斯烏拉爾山區是其著名產地。", p, false},
		{"zh-TW", "這款吊墜在金奈製作。", p, false},
		{"zh-TW", "這款吊墜在金澤製作。", p, false},
		{"ja-JP", "このペンダントは黄金海岸で作られました。", p, false},
		{"el-GR", "Η Γκάνα λεγόταν παλιότερα Ακτή του Χρυσού.", p, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"zh-CN", "这款吊坠镶嵌18k金，钻石来自刚果（金）。", p, true},
		{"zh-CN", "这款吊坠采用黄金打造，灵感来自金泽。", p, true},
		{"zh-CN", "这款吊坠由金制成，在金奈制作。", p, true},
		{"zh-TW", "這款吊墜以黃金打造，鑽石來自剛果（金）。", p, true},
		{"ja-JP", "このペンダントは18金で、黄金海岸で作られました。", p, true},
		{"el-GR", "Το κολιέ είναι από χρυσό, εμπνευσμένο από την Ακτή του Χρυσού.", p, true},
		{"en-GB", "A pendant in 18k gold from the Gold Coast.", p, true},
		{"de-DE", "Ein Anhänger aus 18 Karat Gold von der Goldküste.", p, true},
	})
}

// TestKindsAltPostposition34: Turkish "altına", "altında", "altından",
// "altındaki" are the postposition alt-ı-(n)-case, "under", after a
// genitive or an adverb of degree, not gold (#13, placemetal34). A blind
// set's released half had "…42 cm uzunluğundaki ince zincirde köprücük
// kemiğinin hemen altına oturuyor" (sits just below the collarbone) block
// grounding.material on a sterling silver necklace: the pack's old ignore
// of "altına" stood after gold's forms, whose dative is spelt the same,
// and the first form wins. Now the ignore holds after a genitive ending
// or "hemen"/"tam" and stands first; "pirinç tanesi" (a rice grain, a
// measure of size) is no brass. Every pass row blocked before. The twins
// are gold's dative and ablative where nothing makes them postpositions,
// a gold karat beside the postposition, and brass, and block.
func TestKindsAltPostposition34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := placeMetal34Silver
	checkKindRows(t, svc, "", []kindRow{
		{"tr-TR", "Kolye, 42 cm uzunluğundaki ince zincirde köprücük kemiğinin hemen altına oturuyor.", p, false},
		{"tr-TR", "Kolye köprücük kemiğinin altına oturuyor.", p, false},
		{"tr-TR", "Kolye yakanın tam altına düşüyor.", p, false},
		{"tr-TR", "Kolye hemen altına oturuyor.", p, false},
		{"tr-TR", "Kolye bunun altına takılır.", p, false},
		{"tr-TR", "Pirinç tanesi boyutunda bir taş.", p, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"tr-TR", "Zincir altına kaplandı.", p, true},
		{"tr-TR", "Kolye altından yapılmış.", p, true},
		{"tr-TR", "Kolyenin altına 18 ayar altın kaplama yapıldı.", p, true},
		{"tr-TR", "Kolye, saf altından yapılmış.", p, true},
		{"tr-TR", "Pirinç bir zincir.", p, true},
	})
}

// TestKindsNumeralSuffix34: Turkish writes a case or ordinal ending onto a
// numeral after an apostrophe ("1'inci", first), and "inci" there was
// read as a pearl on a diamond piece (#13, placemetal34, found beside the
// alt-ı-(n)-case rows). A match that starts right after a numeral and an
// apostrophe is dropped. Every pass row blocked before; "1 inci" (one
// pearl) still blocks.
func TestKindsNumeralSuffix34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := placeMetal34Silver
	checkKindRows(t, svc, "", []kindRow{
		{"tr-TR", "Bu taş dünyanın 1'inci en sert taşıdır.", p, false},
		{"tr-TR", "Kolye, koleksiyonun 1’inci parçası.", p, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"tr-TR", "Kolye 1 inci ve 1 elmasla süslü.", p, true},
		{"tr-TR", "Kolyede 1 inci var.", p, true},
	})
}
