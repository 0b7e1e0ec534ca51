package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsArabicDiamondForms (#13, lab_qualifier): Arabic names a diamond
// also as ماسة, its dual ماستين/ماستان and plural ماسات, and the qualifiers
// agree with it (اصطناعيتين); a lab-grown one so named without a qualifier
// blocks, with one it passes.
func TestKindsArabicDiamondForms(t *testing.T) {
	t.Parallel()
	p := core.Product{SKU: "AD2", Name: "Lumi Studs", Category: "earrings", Metals: []core.Metal{{Base: "platinum"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginLabGrown}}, Colours: []string{"white"}}
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"unqualified", p, CatRegulatory, []lt{
			{"ar-AE", "يضم القرطان ماستين لامعتين على البلاتين."},
			{"ar-AE", "في كل قرط ماسة بيضاء تتألق بهدوء."},
		}},
		{"qualified", p, "", []lt{
			{"ar-AE", "في كل قرط ماسة مزروعة في المختبر تتألق بهدوء."},
			{"ar-AE", "يضم القرطان ماستين اصطناعيتين على البلاتين."},
			{"ar-AE", "يضم القرطان ماستين مزروعتين في المختبر على البلاتين."},
		}},
	})
}
