package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Denials and comparisons left by the sixteenth set (#13, negation kinds):
// ja "AでもBでもありません" (neither A nor B) denies both, but the polite
// denial でもありません was no negator and, written after a second item, lay
// beyond the window of the first, so a zirconia ring that "is neither a
// diamond nor a natural stone" blocked as a diamond; and Arabic compares
// with an elative and من without أكثر ("أخف وزنًا من الذهب", lighter than
// gold), which was read as "made of gold". A denial of each item and an
// elative comparison now read as they do in the other languages (FTC 16
// CFR 23.25 asks for the disclosure); the metal or stone said of the piece
// still blocks.
func TestKindsNeg17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cz := core.Product{SKU: "C17", Name: "Halo Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 12, Origin: core.OriginSimulant}}}
	checkKindRows(t, svc, "", []kindRow{
		// failing before
		{"ja-JP", "このリングの石はダイヤモンドでも天然石でもありません。キュービックジルコニアです。", cz, false},
		{"ja-JP", "石はルビーでもサファイアでもありません。", cz, false},
		{"ja-JP", "素材は金でもプラチナでもなく、925シルバーです。", cz, false},
		{"ja-JP", "地金はゴールドでもプラチナでもございません。", cz, false},
		{"ar-AE", "الفضة أخف وزنًا من الذهب الخالص وأكثر متانة.", cz, false},
		{"ar-AE", "الفضة الإسترلينية أقوى من الفضة النقية وألمع من البلاتين.", cz, false},
		{"ar-AE", "خاتم أنعم ملمسًا من الذهب عيار 18.", cz, false},
		// passing before and after
		{"ja-JP", "このリングの石はダイヤモンドではありません。", cz, false},
		{"ko-KR", "이 반지의 스톤은 다이아몬드도 천연석도 아닌 큐빅 지르코니아입니다.", cz, false},
		// still block
		{"ja-JP", "中央にダイヤモンドが輝きます。", cz, true},
		{"ja-JP", "ダイヤモンドでも、とても上品です。", cz, true},
		{"ar-AE", "خاتم من الذهب عيار 18.", cz, true},
		{"ar-AE", "أجمل خاتم من الذهب الخالص.", cz, true},
	})
}
