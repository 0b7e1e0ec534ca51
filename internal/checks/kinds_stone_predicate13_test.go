package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Two stone groups of two colours, each colour among the piece's colours,
// so only the colour compared with its own stone can block.
var (
	sc13BlueTopaz = core.Product{SKU: "SC13A", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver", "white", "blue"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 6}, {Type: "topaz", Colour: "blue", Count: 1}}}
	sc13BlackDiamonds = core.Product{SKU: "SC13B", Name: "Nova", Category: "ring", Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}}, Colours: []string{"silver", "white", "black"},
		Stones: []core.Stone{{Type: "diamond", Colour: "black", Count: 6}, {Type: "topaz", Colour: "white", Count: 1}}}
)

// TestKindsStoneColourPredicate13: a colour said of a stone across a topic
// and copula (ja "トパーズは白です", ko "토파즈는 흰색입니다"), joined to it by
// the copula's adnominal form (ko "흰색인 토파즈가"), or after the stone in
// Greek ("τοπάζι λευκό") is compared with that stone's colours (#13,
// left13; grounding stone_predicate.go, ko colour endings 인, el
// stone_colour_after). Every row of the block tables passed before; the
// true colours pass.
func TestKindsStoneColourPredicate13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"a stone's colour said wrong", sc13BlueTopaz, CatGrounding, []lt{
			{"el-GR", "Δαχτυλίδι με ένα τοπάζι λευκό και έξι διαμάντια μπλε."},
			{"ja-JP", "トパーズは白です。"},
			{"ja-JP", "ダイヤモンドは青です。"},
			{"ko-KR", "파란색인 다이아몬드가 빛납니다."},
			{"ko-KR", "흰색인 토파즈가 빛납니다."},
			{"ko-KR", "토파즈는 흰색입니다."},
			{"ko-KR", "다이아몬드는 파란색이고 토파즈는 흰색입니다."},
		}},
		{"a stone's colour said wrong, black diamonds", sc13BlackDiamonds, CatGrounding, []lt{
			{"el-GR", "Δαχτυλίδι με έξι διαμάντια λευκά και ένα τοπάζι μαύρο."},
			{"ja-JP", "ダイヤモンドは白で、トパーズは黒です。"},
		}},
		{"the stone's colour said right", sc13BlueTopaz, "", []lt{
			{"el-GR", "Δαχτυλίδι με ένα τοπάζι μπλε και έξι διαμάντια λευκά."},
			{"ja-JP", "トパーズは青です。"},
			{"ja-JP", "ダイヤモンドは白です。"},
			{"ja-JP", "石は青です。"},
			{"ko-KR", "흰색인 다이아몬드가 빛납니다."},
			{"ko-KR", "파란색인 토파즈가 빛납니다."},
			{"ko-KR", "토파즈는 파란색입니다."},
		}},
		{"the stone's colour said right, black diamonds", sc13BlackDiamonds, "", []lt{
			{"el-GR", "Δαχτυλίδι με έξι διαμάντια μαύρα και ένα τοπάζι λευκό."},
			{"el-GR", "Δαχτυλίδι με έξι διαμάντια σε μαύρο χρώμα."},
			{"ja-JP", "ダイヤモンドは黒で、トパーズは白です。"},
		}},
	})
}
