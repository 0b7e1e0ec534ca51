package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Quoted keywords (#13, probes of the sixteenth set: english_fragment):
// zh-CN copy of a climber earring that gives the trade's names for it in
// quotes, "也就是大家常说的“ear climber / ear crawler”", blocked as
// untranslated English. A quotation that is wholly the product's own
// keywords or name, one or several joined by a slash or "or", is the
// piece's name quoted as it stands, in every locale that checks
// untranslated English; English praise in quotes, and a keyword written
// unquoted inside English praise, still block.
func TestKindsQuotedKeyword17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "E17", Name: "Climber Earrings", Category: "earrings", Collection: "Orbit",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"},
		Keywords: []string{"ear climber", "ear crawler", "everyday statement earrings"}}
	zh := "这款925纯银耳饰沿着耳廓优雅地向上延伸，线条流畅，轮廓简洁，佩戴舒适，日常通勤或周末聚会都很合适，"
	zhTW := "這款925純銀耳飾沿著耳廓優雅地向上延伸，線條流暢，輪廓簡潔，佩戴舒適，日常通勤或週末聚會都很合適，"
	checkKindRows(t, svc, "locale", []kindRow{
		// failing before
		{"zh-CN", zh + "也就是大家常说的“ear climber / ear crawler”。", p, false},
		{"zh-CN", zh + "也就是大家常说的“everyday statement earrings”。", p, false},
		{"zh-TW", zhTW + "也就是大家常說的「everyday statement earrings」。", p, false},
		{"ja-JP", "耳のラインに沿って上へ伸びる925シルバーのイヤーカフ風ピアスで、いわゆる「everyday statement earrings」です。", p, false},
		{"ko-KR", "귀 라인을 따라 위로 올라가는 925 실버 귀걸이로, 흔히 \"everyday statement earrings\"라고 부릅니다.", p, false},
		{"fr-FR", "Ces boucles en argent 925 remontent le long de l'oreille : ce qu'on appelle des « everyday statement earrings ».", p, false},
		{"de-DE", "Diese Ohrringe aus 925er Silber folgen der Linie des Ohrs, sogenannte „everyday statement earrings“.", p, false},
		{"es-ES", "Estos pendientes de plata 925 suben por la oreja: los llamados «everyday statement earrings».", p, false},
		{"ar-AE", "أقراط من الفضة عيار 925 تمتد على طول الأذن، وهي ما يُعرف بـ \"everyday statement earrings\".", p, false},
		// still block: English praise quoted, a keyword inside English praise
		{"zh-CN", zh + "真正的“perfect for every day and every night”。", p, true},
		{"fr-FR", "Ces boucles en argent 925 remontent le long de l'oreille, perfect for every day and every night.", p, true},
		{"de-DE", "Diese Ohrringe aus 925er Silber folgen dem Ohr: everyday statement earrings, perfect for every day.", p, true},
	})
}
