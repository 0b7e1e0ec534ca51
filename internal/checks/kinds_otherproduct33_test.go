package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsOtherProduct33: another product suggested beside the piece is
// that product's, with its stones, gold and karat (#13, otherproduct33;
// released blind set 33, zh-CN 33B146 "也可以与一枚镶有小钻石的18K玫瑰金
// 戒指一同佩戴" on a silver peridot bracelet blocked 钻石 and 18K; fr-FR
// 33B108 "avec une montre à bracelet de cuir" blocked cuir on a silver
// bracelet). zh-CN vocab cross_sell_after gains 一同佩戴, 同时佩戴,
// 一起搭配 (grounding scope.go crossSellAfter, scope_head.go
// beforeOtherPiece); fr-FR and pt-BR clothing gain the watch with its
// strap ("montre à bracelet", "relógio com pulseira"), whose strap word is
// the piece's own category word. ja (と重ねて) and ko (와 함께 착용) passed
// before and are kept. Blocking twins: the same stones, gold and leather
// said of the bracelet.
func TestKindsOtherProduct33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "O33", Name: "晨露手链", Category: "bracelet", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "peridot", Colour: "green", Count: 4, Origin: "natural"}},
		Colours: []string{"green", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"zh-CN", "也可以与一枚镶有小钻石的18K玫瑰金戒指一同佩戴。", p, false},
		{"zh-CN", "也可以与镶有小钻石的18K玫瑰金戒指同时佩戴。", p, false},
		{"zh-TW", "也可以與一枚鑲有小鑽石的18K玫瑰金戒指一同佩戴。", p, false},
		{"ja-JP", "小さなダイヤモンドをあしらった18Kローズゴールドのリングと重ねて着けても素敵です。", p, false},
		{"ko-KR", "작은 다이아몬드가 세팅된 18K 로즈 골드 반지와 함께 착용해도 좋습니다.", p, false},
		{"fr-FR", "Portez-le seul ou avec une montre à bracelet de cuir.", p, false},
		{"fr-CA", "Portez-le seul ou avec une montre à bracelet de cuir.", p, false},
		{"pt-BR", "Use-a sozinha ou com um relógio com pulseira de couro.", p, false},
		{"pt-PT", "Use-a sozinha ou com um relógio com pulseira de couro.", p, false},
		{"zh-CN", "这款手链镶有小钻石，采用18K玫瑰金。", p, true},
		{"zh-TW", "這款手鏈鑲有小鑽石，採用18K玫瑰金。", p, true},
		{"fr-FR", "Ce bracelet en cuir se porte seul.", p, true},
		{"pt-BR", "Esta pulseira de couro se usa sozinha.", p, true},
	})
}
