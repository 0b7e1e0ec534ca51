package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsStylingColour33: colours after a verb of looking or shining
// with or against them are the outfit's, not the piece's (#13,
// stylingcolour33; released blind set 33, ar-AE 33B140 "تبدو الأقراط
// جميلة مع الأبيض والرمادي الفاتح" blocked grounding.colour on purple
// earrings). The locale packs' goes_with gain the verbs of looking and
// shining against (ar تبدو … مع, تتألق مع; en "shines against"; sv "lyser
// mot"; da/nb "lyser mod/mot"; fr "ressort sur"; es "resalta sobre"; it
// "risalta su"; pt "destaca-se sobre"; nl "steekt af tegen"; de "leuchtet
// vor"); grounding goes_with.go reads them. The ar row blocked before; the
// others warned and stay rows. Blocking twin: the colours said of the
// earrings.
func TestKindsStylingColour33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "S33", Name: "Lilac Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lepidolite", Colour: "purple", Count: 2, Origin: "natural"}},
		Colours: []string{"purple", "silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"ar-AE", "تبدو الأقراط جميلة مع الأبيض والرمادي الفاتح.", p, false},
		{"ar-AE", "تتألق الأقراط مع الأبيض والرمادي.", p, false},
		{"sv-SE", "Den violetta stenen lyser fint mot grått, beige och svart.", p, false},
		{"en-GB", "The stone shines against grey, beige and black.", p, false},
		{"en-GB", "They go well with white and grey.", p, false},
		{"pl-PL", "Pasują do szarości, bieli i błękitu.", p, false},
		{"ar-AE", "الأقراط بيضاء ورمادية.", p, true},
		{"en-GB", "The earrings are white and grey.", p, true},
	})
}
