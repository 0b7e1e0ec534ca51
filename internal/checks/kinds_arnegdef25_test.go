package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsArNegDef25: the Arabic "free of" with the definite article
// (الخالية من النيكل, الخالي من النيكل: "the nickel-free ...", an adjective
// after a definite noun takes the article) denies the metal as the
// indefinite خالية من does (#13, twenty-fifth session; probe 31 ar-AE
// true_claim blocked grounding.material on "من النيكل"; ar-AE vocabulary
// negators). Twins: the same nouns made of nickel block.
func TestKindsArNegDef25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "AN25", Name: "Essence Ring", Category: "ring",
		Materials: []string{"sterling silver", "blue topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "blue topaz", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue"}, Features: []string{"nickel-free"}}
	pass := []kindRow{
		{"ar-AE", "يأتي الخاتم من الفضة الإسترلينية الخالية من النيكل، مع حجر توباز أزرق.", ring, false},
		{"ar-AE", "صُنع الخاتم من الفضة الإسترلينية الخالية من النيكل ويحمل حجر توباز أزرق.", ring, false},
		{"ar-AE", "إطار الخاتم الخالي من النيكل مصنوع من الفضة الإسترلينية.", ring, false},
	}
	block := []kindRow{
		{"ar-AE", "يأتي الخاتم من النيكل، مع حجر توباز أزرق.", ring, true},
		{"ar-AE", "إطار الخاتم المصنوع من النيكل يحمل حجر توباز أزرق.", ring, true},
	}
	checkKindRows(t, svc, "grounding", pass)
	checkKindRows(t, svc, "grounding", block)
}
