package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// czBracelet is a rhodium-plated sterling silver tennis bracelet of 38
// cubic zirconia.
var czBracelet = core.Product{SKU: "CZ1", Name: "Aurora", Category: "bracelet",
	Metals:  []core.Metal{{Base: "sterling silver", Plating: "rhodium", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: core.OriginSimulant}},
	Colours: []string{"silver"}}

// TestKindsCubicZircon (issue #13, false blocks, legal_qualifier): a
// zircon word right after a word for cubic is cubic zirconia's name in
// the language (cs "kubický zirkon", tr "kübik zirkon", sv/da/nb "kubisk
// zirkon", nl "kubische zirkoon"), as 方晶鋯石 is in Chinese (9abbb88):
// zircon is never cubic. The guide's forbidden zircon (level block) held
// "třicet osm čirých kubických zirkonů" on a CZ bracelet. Bare zircon
// still blocks.
func TestKindsCubicZircon(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"cubic zircon", czBracelet, "", []lt{
			{"cs-CZ", "Třicet osm čirých kubických zirkonů zasazených v řadě do rhodiovaného stříbra 925."},
			{"cs-CZ", "Kubické zirkony zdobí náramek z rhodiovaného stříbra 925."},
			{"tr-TR", "Rodyum kaplama 925 ayar gümüş üzerinde otuz sekiz şeffaf kübik zirkon."},
			{"sv-SE", "Trettioåtta klara kubiska zirkoner i rodinerat sterlingsilver."},
			{"da-DK", "Otteogtredive klare kubiske zirkoner i rhodineret sterlingsølv."},
			{"nb-NO", "Trettiåtte klare kubiske zirkoner i rodinert sterlingsølv."},
		}},
		{"bare zircon", czBracelet, CatGlossary, []lt{
			{"cs-CZ", "Třicet osm čirých zirkonů zasazených v řadě do rhodiovaného stříbra 925."},
			{"tr-TR", "Rodyum kaplama 925 ayar gümüş üzerinde otuz sekiz şeffaf zirkon."},
			{"sv-SE", "Trettioåtta klara zirkoner i rodinerat sterlingsilver."},
		}},
	})
}
