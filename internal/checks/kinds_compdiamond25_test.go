package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCompDiamond25: a piece word with the diamond at its head,
// written as one word, names the diamond (#13, twenty-fifth session,
// compdiamond25). "Diamantring", "diamantringen", "다이아몬드반지" and the
// dictionary words the Chinese segmenter keeps whole (钻石戒指, 鑽石項鍊) on a
// lab-grown diamond passed with no qualifier, and on cubic zirconia with
// no simulant word: the lab-grown and simulant disclosure (16 CFR
// 23.23(c), 23.25; GB/T 16552-2017) must hold for them as for the diamond
// word alone. The compounds are market data (qualifiers.diamond in the
// packs, diamond in data/de-DE/market.yaml); Finnish and Japanese read
// them already and stay as regression rows. The same words on a natural
// diamond are the pass twins; a qualified compound (实验室培育钻石戒指)
// passes on the lab-grown piece.
func TestKindsCompDiamond25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	piece := func(typ, origin string) core.Product {
		return core.Product{SKU: "CD25", Name: "Lumi Ring", Category: "ring",
			Materials: []string{"14k white gold", typ}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
			Stones:  []core.Stone{{Type: typ, Colour: "white", Count: 1, Origin: origin}},
			Colours: []string{"white"}}
	}
	lab, natural, cz := piece("lab-grown diamond", core.OriginLabGrown), piece("diamond", core.OriginNatural), piece("cubic zirconia", core.OriginSimulant)
	texts := [][2]string{
		{"de-DE", "Dieser Diamantring aus 14 Karat Weißgold ist schlicht und elegant."},
		{"de-DE", "Die Diamantringe aus 14 Karat Weißgold sind schlicht."},
		{"nl-NL", "Deze diamantring van 14 karaat witgoud is eenvoudig en elegant."},
		{"sv-SE", "Denna diamantring i 14 karat vitguld är enkel och elegant."},
		{"da-DK", "Denne diamantring i 14 karat hvidguld er enkel og elegant."},
		{"nb-NO", "Denne diamantringen i 14 karat hvitt gull er enkel og elegant."},
		{"fi-FI", "Tämä timanttisormus on 14 karaatin valkokultaa."},
		{"ko-KR", "이 다이아몬드반지는 14K 화이트 골드로 만들었습니다."},
		{"ja-JP", "このダイヤモンドリングは14Kホワイトゴールドで仕立てました。"},
		{"zh-CN", "这枚钻石戒指以14K白金打造，简洁优雅。"},
		{"zh-TW", "這枚鑽石戒指以14K白金打造，簡約優雅。"},
	}
	var block, pass []kindRow
	for _, r := range texts {
		block = append(block, kindRow{r[0], r[1], lab, true}, kindRow{r[0], r[1], cz, true})
		pass = append(pass, kindRow{r[0], r[1], natural, false})
	}
	pass = append(pass,
		kindRow{"zh-CN", "这枚实验室培育钻石戒指以14K白金打造。", lab, false},
		kindRow{"zh-TW", "這枚實驗室培育鑽石戒指以14K白金打造。", lab, false},
		kindRow{"de-DE", "Dieser Ring trägt einen im Labor gezüchteten Diamanten; ein Diamantring für jeden Tag.", lab, false},
	)
	checkKindRows(t, svc, "regulatory", block)
	checkKindRows(t, svc, "regulatory", pass)
}
