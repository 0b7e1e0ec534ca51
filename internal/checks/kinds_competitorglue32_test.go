package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCompetitorGlue32: a guide competitor's Latin name glued to a
// particle of another script, or to a case ending of the copy's language,
// is the competitor (#13, competitorglue32). ko-KR "Kendra Scott의 귀걸이를
// 좋아하신다면 마음에 드실 것입니다" passed with no finding: the tokeniser kept
// the Hangul particle in the name's token. competitor_glue.go
// checkCompetitorGlued reads the name by script boundary (Korean 의, 를,
// 처럼, 와, 는, 과; Arabic كـ, بـ, لـ joined by a tatweel);
// checkCompetitorSpelling reads a capitalised word that is a competitor
// and one of data/<lang>/glossary.yaml's name_endings (Finnish
// "Cartierin", "Mejurilla", Polish "Cartierem", Czech "Cartierovi").
// Japanese and Chinese (segmented by dictionary), Turkish (apostrophe
// suffixes), Greek (hyphen) and the Latin languages' genitive -s blocked
// already. Every block row has a publishable twin: the same sentence
// without the competitor, or with the piece's own collection glued alike.
func TestKindsCompetitorGlue32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ear := core.Product{SKU: "CG32", Name: "Pisara Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	checkKindRows(t, svc, CatCompetitor, []kindRow{
		{"ko-KR", "Kendra Scott의 귀걸이를 좋아하신다면 마음에 드실 것입니다.", ear, true},
		{"ko-KR", "Tiffany를 좋아하신다면 마음에 드실 것입니다.", ear, true},
		{"ko-KR", "Cartier처럼 우아한 귀걸이입니다.", ear, true},
		{"ko-KR", "Swarovski와 비슷한 반짝임입니다.", ear, true},
		{"ko-KR", "Mejuri는 좋아요.", ear, true},
		{"ko-KR", "Bulgari과 같은 디자인입니다.", ear, true},
		{"ko-KR", "Monica Vinader을 좋아하는 분께 추천합니다.", ear, true},
		{"ar-AE", "أقراط كـTiffany في أناقتها.", ear, true},
		{"ar-AE", "أقراط بـCartier الشهيرة.", ear, true},
		{"ar-AE", "إذا كنت تحبين لـSwarovski فستحبين هذه.", ear, true},
		{"fi-FI", "Cartierin ystäville.", ear, true},
		{"fi-FI", "Mejurilla on samanlaisia korvakoruja.", ear, true},
		{"pl-PL", "Zachwycona Cartierem? Te kolczyki są dla ciebie.", ear, true},
		{"cs-CZ", "Inspirováno Cartierovi, tyto náušnice jsou pro vás.", ear, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"ko-KR", "Essence의 귀걸이를 좋아하신다면 마음에 드실 것입니다.", ear, false},
		{"ko-KR", "이 귀걸이를 좋아하신다면 마음에 드실 것입니다.", ear, false},
		{"ko-KR", "물방울처럼 우아한 귀걸이입니다.", ear, false},
		{"ar-AE", "أقراط فضية في أناقتها.", ear, false},
		{"fi-FI", "Pisaran ystäville.", ear, false},
		{"fi-FI", "Hopeisilla korvakoruilla on kevyt olemus.", ear, false},
		{"pl-PL", "Zachwycona srebrem? Te kolczyki są dla ciebie.", ear, false},
		{"cs-CZ", "Inspirováno kapkou vody, tyto náušnice jsou pro vás.", ear, false},
	})
}
