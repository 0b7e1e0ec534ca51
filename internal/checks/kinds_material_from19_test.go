package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsMaterialFrom19: a stone word read as a stone only after a word
// of material (nl koraal, also a chorale; turkoois and git, also a colour
// and a verb form) is read after "uit", the material preposition of
// carving ("uit koraal gesneden", carved from coral; Van Dale uit 5), as
// after de "aus", sv/nb "av", da "af", es/pt "de", it "di", fr "en" in
// their packs (#13, released 20a H20a02: a cameo "uit k\u200boraal
// gesneden" on a sardonyx cameo blocked only as safety.invisible; without
// the hidden character it passed). The same words still pass where the
// product has the stone, and hidden they block as grounding too.
func TestKindsMaterialFrom19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cameo := core.Product{SKU: "MF19", Name: "Heritage Sardonyx Cameo Brooch", Category: "brooch", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "sardonyx"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "sardonyx", Colour: "brown and white", Count: 1, Origin: "natural"}},
		Colours: []string{"gold", "brown", "white"}}
	coral, turq, jet := cameo, cameo, cameo
	coral.Stones = []core.Stone{{Type: "coral", Colour: "red", Count: 1, Origin: "natural"}}
	turq.Stones = []core.Stone{{Type: "turquoise", Colour: "blue", Count: 1, Origin: "natural"}}
	jet.Stones = []core.Stone{{Type: "jet", Colour: "black", Count: 1, Origin: "natural"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"nl-NL", "Een klassiek vrouwenprofiel wordt met de hand uit koraal gesneden.", cameo, true},
		{"nl-NL", "Een klassiek vrouwenprofiel wordt met de hand uit k\u200boraal gesneden.", cameo, true},
		{"nl-NL", "De camee is uit turkoois gesneden.", cameo, true},
		{"nl-NL", "De camee is uit git gesneden.", cameo, true},
		{"nl-NL", "Een klassiek vrouwenprofiel wordt met de hand uit koraal gesneden.", coral, false},
		{"nl-NL", "De camee is uit turkoois gesneden.", turq, false},
		{"nl-NL", "De camee is uit git gesneden.", jet, false},
		{"nl-NL", "De camee is met de hand gesneden uit sardonyx.", cameo, false},
	})
}
