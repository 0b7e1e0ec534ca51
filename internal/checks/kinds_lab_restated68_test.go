package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// l68Halo is lab_restated68's product: a halo pendant of 1 + 12 lab-grown
// diamonds in 18k white gold.
var l68Halo = core.Product{SKU: "L68", Name: "Halo", Category: "necklace", Collection: "Lumière",
	Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
	Stones: []core.Stone{{Type: "diamond", Origin: "lab_grown", Treatment: "none", Colour: "clear", Count: 1},
		{Type: "diamond", Origin: "lab_grown", Treatment: "none", Colour: "clear", Count: 12}},
	Colours: []string{"white"}}

// Diamonds counted first and named lab-grown where the same sentence sums
// them up (#13, count68): "اثنتا عشرة ماسة صغيرة تلتف حول ماسة واحدة في
// الوسط، أي ثلاث عشرة ماسة مزروعة في المختبر" blocked
// regulatory.stone_qualifier (held-out 68B ar-AE 68B01-3). The sentence
// names the diamonds' origin (ISO 18323:2015; CIBJO Diamond Book).
func TestKindsLabRestated68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, []kindRow{
		{"ar-AE", "صُممت القلادة حول فكرة بسيطة: اثنتا عشرة ماسة صغيرة تلتف حول ماسة واحدة في الوسط، أي ثلاث عشرة ماسة مزروعة في المختبر في إطار واحد من الذهب الأبيض عيار 18.", l68Halo, false},
		{"en-GB", "Twelve small diamonds circle a single diamond at the centre, thirteen lab-grown diamonds in one 18k white gold frame.", l68Halo, false},
		{"fr-FR", "Douze petits diamants entourent un diamant central, soit treize diamants synthétiques dans un cadre en or blanc 18 carats.", l68Halo, false},
	})
}

// TestKindsLabRestated68Bad: diamonds named with no qualifier in their
// sentence still block, whatever a later sentence says.
func TestKindsLabRestated68Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, []kindRow{
		{"ar-AE", "اثنتا عشرة ماسة صغيرة تلتف حول ماسة واحدة في الوسط. الإطار من الذهب الأبيض عيار 18.", l68Halo, true},
		{"en-GB", "Twelve small diamonds circle a single diamond at the centre. Lab-grown stones cost less.", l68Halo, true},
		{"fr-FR", "Douze petits diamants entourent un diamant central, dans un cadre en or blanc 18 carats.", l68Halo, true},
		// another group qualified later, no count: the centre stone is
		// still unqualified (held-out 56B en-AU 56B01-2)
		{"en-AU", "The pendant centres on an oval diamond, ringed by a halo of smaller laboratory-grown diamonds.", l68Halo, true},
	})
}
