package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// simile11Zirconia is a necklace of 38 cubic zirconia: no diamond.
var simile11Zirconia = core.Product{SKU: "S11", Name: "Cascade", Category: "necklace", Materials: []string{"rhodium-plated brass", "cubic zirconia"},
	Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: "simulant"}}, Colours: []string{"silver"}}

// TestKindsSimile11: a simile ("shines like a diamond") names the look of
// the stone, not the piece's stone, where the likeness is a particle glued
// to the noun (Korean "다이아몬드처럼") or a bare "like" before it (Chinese
// 像…一样, Arabic مثل), as scope11's imitation verbs are elsewhere (#13,
// the eleventh session's left-overs); the diamond said as the piece's
// stones still blocks.
func TestKindsSimile11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"a simile", simile11Zirconia, "", []lt{
			{"ko-KR", "38개의 큐빅 지르코니아가 다이아몬드처럼 빛납니다."},
			{"ko-KR", "큐빅 지르코니아가 다이아몬드같이 반짝입니다."},
			{"zh-CN", "立方氧化锆像钻石一样闪耀。"},
			{"zh-TW", "立方氧化鋯像鑽石一樣閃耀。"},
			{"ar-AE", "تتألق الزركونيا المكعبة مثل الألماس."},
		}},
		{"the diamond as the piece's stones", simile11Zirconia, CatGrounding, []lt{
			{"ko-KR", "38개의 다이아몬드가 빛납니다."},
			{"zh-CN", "项链镶有38颗钻石。"},
			{"zh-TW", "項鍊鑲有38顆鑽石。"},
			{"ar-AE", "القلادة مرصعة بـ 38 ألماسة."},
		}},
	})
}
