package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// An ear cuff called by its own head noun or its French names (#13,
// probe17c: "The cuff is 11 mm high" and fr-CA "Cette bague d'oreille" on
// an ear cuff blocked as a bangle and a ring). The packs whose bangle
// words name a cuff (en "cuff", fr "manchette") give that word the ear
// cuff's sense: on earrings it is the piece's own shorthand, as "stud" and
// "hoop" are. French names the ear cuff "bague d'oreille" or "manchette
// d'oreille". A bangle, a ring or a jonc named on an ear cuff, and an ear
// cuff named on a bangle, still block.
func TestKindsEarCuff17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cuff := core.Product{SKU: "E17", Name: "Nine-Stone Ear Cuff", Category: "ear cuff", Collection: "Essence",
		Materials: []string{"gold-plated brass", "cubic zirconia"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 9, Origin: core.OriginSimulant}},
		Colours: []string{"gold", "white"}}
	bangle := core.Product{SKU: "B17", Name: "Lumière Bangle", Category: "bangle", Collection: "Lumière",
		Materials: []string{"316L stainless steel"}, Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"silver"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The cuff is 11 mm high with an inner diameter of 9 mm.", cuff, false},
		{"en-US", "Slide the cuff onto the middle of your ear; no piercing needed.", cuff, false},
		{"fr-CA", "Cette bague d'oreille de la collection Essence se glisse sur le cartilage, sans perçage.", cuff, false},
		{"fr-FR", "Cette manchette d'oreille se glisse sur le cartilage. La manchette mesure 11 mm.", cuff, false},
		// still blocks
		{"en-GB", "This bangle is 11 mm high.", cuff, true},
		{"fr-CA", "Cette bague est en laiton plaqué or.", cuff, true},
		{"fr-FR", "Ce jonc est en laiton plaqué or.", cuff, true},
		{"fr-FR", "Cette bague d'oreille est en acier.", bangle, true},
	})
}
