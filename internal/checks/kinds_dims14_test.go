package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A dimension right before a stone (#13, the fourteenth session's dims14,
// found by probing fresh copy for an iolite and an emerald ring): ja
// 7×5mmのオーバルアイオライト and ko "8 x 6mm 에메랄드 컷" on one stone were read
// as seven and eight stones (grounding.count). The first side of "A × B
// mm" ("A x B mm", "A by B mm", "7 por 5 mm", "7 bij 5 mm") is a size like
// the last; a number said as a count of the stones still counts them.
func TestKindsDims14(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "H14D", Name: "Oval Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones:       []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: core.OriginNatural}, {Type: "diamond", Colour: "clear", Count: 2, Origin: core.OriginNatural}},
		Colours:      []string{"green", "white"},
		Measurements: []core.Measurement{{Name: "centre stone length", Value: 8, Unit: "mm"}, {Name: "centre stone width", Value: 6, Unit: "mm"}}}
	for _, r := range []struct {
		locale, text string
		block        bool
	}{
		{"ja-JP", "中央に8×6mmのオーバルエメラルドを配し、両脇にダイヤモンドを2石あしらいました。", false},
		{"ja-JP", "8×6ミリのエメラルドが主役のリングです。", false},
		{"ko-KR", "8 x 6mm 에메랄드 컷으로 연마한 스톤 양옆에 다이아몬드 두 개를 세팅했습니다.", false},
		{"ko-KR", "8×6mm 에메랄드와 다이아몬드 두 개가 어우러집니다.", false},
		{"zh-CN", "中央镶嵌一颗8×6毫米的椭圆形祖母绿，两侧各一颗钻石。", false},
		{"en-US", "An 8 x 6 mm oval emerald sits between two diamonds.", false},
		{"en-GB", "An 8 by 6 mm oval emerald sits between two diamonds.", false},
		{"de-DE", "Ein 8 x 6 mm großer ovaler Smaragd zwischen zwei Diamanten.", false},
		{"es-ES", "Una esmeralda ovalada de 8 por 6 mm entre dos diamantes.", false},
		{"nl-NL", "Een ovale smaragd van 8 bij 6 mm tussen twee diamanten.", false},
		{"sv-SE", "En 8 x 6 mm oval smaragd mellan två diamanter.", false},
		{"tr-TR", "8 x 6 mm oval zümrüt, iki pırlanta arasında.", false},
		{"fi-FI", "8 x 6 mm soikea smaragdi kahden timantin välissä.", false},
		{"pl-PL", "Owalny szmaragd 8 × 6 mm między dwoma diamentami.", false},
		{"ja-JP", "8×6mmオーバルエメラルドのリングです。", false},
		{"ja-JP", "8x6mmのエメラルドと2石のダイヤモンド。", false},
		{"ko-KR", "8×6mm의 에메랄드와 다이아몬드 두 개.", false},
		{"ko-KR", "8x6mm 오벌 에메랄드 하나와 다이아몬드 두 개.", false},
		{"zh-CN", "8×6mm椭圆形祖母绿，两侧各一颗钻石。", false},
		{"zh-CN", "8x6毫米祖母绿搭配两颗钻石。", false},
		{"en-US", "An 8x6mm emerald between two diamonds.", false},
		{"fr-FR", "Une émeraude ovale de 8 × 6 mm entre deux diamants.", false},
		{"it-IT", "Uno smeraldo ovale di 8 per 6 mm tra due diamanti.", false},
		{"el-GR", "Ένα οβάλ σμαράγδι 8 x 6 mm ανάμεσα σε δύο διαμάντια.", false},
		{"ar-AE", "زمردة بيضاوية مقاس 8 × 6 مم بين ماستين.", false},
		// a count of the stones still counts them
		{"en-US", "Eight emeralds sit between two diamonds.", true},
		{"en-US", "8 oval emeralds of 6 mm sit between two diamonds.", true},
		{"ja-JP", "8個のエメラルドと2石のダイヤモンド。", true},
		{"ko-KR", "에메랄드 8개와 다이아몬드 두 개를 세팅했습니다.", true},
		{"zh-CN", "八颗祖母绿与两颗钻石。", true},
		{"de-DE", "8 ovale Smaragde zwischen zwei Diamanten.", true},
	} {
		blocked, fs := blockedIn(t, svc, "", ring, r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %q: blocked %v, want %v: %+v", r.locale, r.text, blocked, r.block, fs)
		}
	}
}
