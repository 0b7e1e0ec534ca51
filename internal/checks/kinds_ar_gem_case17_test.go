package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An Arabic gem word in the accusative (#13, lab_qualifier, the
// seventeenth blind set's released half): "رُصّعت عليه يدوياً 45 حجراً
// كريماً" (45 precious stones set by hand) on a comb of glass crystals
// passed, the counted noun after 11-99 (tamyiz) being accusative with its
// tanween ("حجراً كريماً"), which the gem phrases, written in the nominative
// and genitive, did not read. Glass may not be called a precious stone (FTC
// 16 CFR 23.25; CIBJO Gemstone Book): the phrases are compared without
// diacritics and hold the accusative, the dual and the clitic preposition.
// The same words on a natural stone, and the glass called crystal, pass.
func TestKindsArGemCase17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	comb := core.Product{SKU: "C17", Name: "Crystal Hair Comb", Category: "hair accessory", Collection: "Lumière",
		Materials: []string{"rhodium-plated brass", "glass crystal"}, Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}},
		Stones:  []core.Stone{{Type: "glass crystal", Colour: "clear", Count: 45, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "clear"}}
	gar := core.Product{SKU: "G17", Name: "Garnet Comb", Category: "hair accessory", Collection: "Lumière",
		Materials: []string{"sterling silver", "garnet"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "garnet", Colour: "red", Count: 45, Origin: core.OriginNatural}},
		Colours: []string{"silver", "red"}}
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"ar-AE", "رُصّعت عليه يدوياً 45 حجراً كريماً فوق نحاس أصفر مطلي بالروديوم.", comb, true},
		{"ar-AE", "يزيّنه 12 حجرا كريما مستديرا.", comb, true},
		{"ar-AE", "في وسطه حجران كريمان على شكل ماركيز.", comb, true},
		{"ar-AE", "مشط مرصّع بحجرٍ كريمٍ في وسطه.", comb, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"ar-AE", "رُصّعت عليه يدوياً 45 حجراً كريماً من العقيق الأحمر.", gar, false},
		{"ar-AE", "رُصّعت عليه يدوياً 45 حبة كريستال فوق نحاس أصفر مطلي بالروديوم.", comb, false},
	})
}
