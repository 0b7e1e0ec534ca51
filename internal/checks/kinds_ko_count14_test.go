package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A number with its counter and a genitive belongs to the noun after it
// (#13, the fourteenth session's kocount14, released 14a): ko "다섯 개의 핑크
// 투르말린과 여섯 개의 다이아몬드" (five pink tourmalines and six diamonds) was
// read as "투르말린과 여섯", six tourmalines, and blocked. Korean and Japanese
// say a count both ways, noun + number + counter ("다이아몬드 여섯 개",
// ダイヤモンド6石) and number + counter + 의/の + noun ("여섯 개의 다이아몬드",
// 6個のダイヤモンド): the second counts the stone after it, not the one
// before. A wrong count said either way still blocks.
func TestKindsKoCount14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "H14C", Name: "Cluster Ring", Category: "ring", Collection: "Lumière",
		Materials: []string{"18k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "tourmaline", Colour: "pink", Count: 5, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 6, Origin: core.OriginNatural}},
		Colours: []string{"rose gold", "pink"}}
	checkKindRows(t, svc, "", []kindRow{
		{"ko-KR", "다섯 개의 핑크 투르말린과 여섯 개의 다이아몬드를 18K 로즈 골드에 세팅한 반지입니다.", ring, false},
		{"ko-KR", "5개의 핑크 투르말린과 6개의 다이아몬드를 세팅했습니다.", ring, false},
		{"ko-KR", "핑크 투르말린과 여섯 개의 다이아몬드가 어우러집니다.", ring, false},
		{"ko-KR", "핑크 투르말린 다섯 개와 다이아몬드 여섯 개를 세팅했습니다.", ring, false},
		{"ja-JP", "5個のピンクトルマリンと6個のダイヤモンドをセットしました。", ring, false},
		{"ja-JP", "ピンクトルマリンと6個のダイヤモンドが輝きます。", ring, false},
		{"ja-JP", "ピンクトルマリン5石とダイヤモンド6石をセットしました。", ring, false},
		{"zh-CN", "五颗粉色碧玺和六颗钻石镶嵌于18K玫瑰金。", ring, false},
		{"zh-CN", "粉色碧玺与六颗钻石交相辉映。", ring, false},
		// の tying the number to another noun leaves it the count before:
		// 石3つの間に (between the three stones)
		{"ja-JP", "小さなピンクトルマリン5つの間にダイヤモンドを6石留めています。", ring, false},
		// a wrong count said either way still blocks
		{"ja-JP", "小さなピンクトルマリン6つの間にダイヤモンドを6石留めています。", ring, true},
		{"ko-KR", "다섯 개의 핑크 투르말린과 일곱 개의 다이아몬드를 세팅했습니다.", ring, true},
		{"ko-KR", "핑크 투르말린 여섯 개를 세팅했습니다.", ring, true},
		{"ko-KR", "여섯 개의 핑크 투르말린을 세팅했습니다.", ring, true},
		{"ja-JP", "6個のピンクトルマリンをセットしました。", ring, true},
		{"ja-JP", "ピンクトルマリン6石をセットしました。", ring, true},
		{"zh-CN", "六颗粉色碧玺镶嵌于18K玫瑰金。", ring, true},
	})
}
