package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsStoneSpelling25 (issue #13, stonespelling25): a stone a pack
// knew only by its own spelling was no stone when the copy wrote the
// international one, which copy in that language also uses (nb-NO
// "peridot" beside "peridott", nl-NL "peridot" beside "peridoot", pl-PL
// "peridot" beside "perydot", fi-FI "peridot" beside "peridootti", sv-SE
// and nb-NO "spinel" beside "spinell"; GIA Gem Encyclopedia and the CIBJO
// Gemstone Book write peridot and spinel): a peridot or a spinel named on
// an amethyst ring passed. Every pack was compared with en-GB's stone
// names; the stones a trade name spells alike (tanzanite, morganite,
// moissanite, tsavorite, kunzite, alexandrite, labradorite) were already
// read in both spellings, peridot and spinel were not. Each row passes on
// its own stone and blocks as grounding.stone on an amethyst ring (it
// passed before).
func TestKindsStoneSpelling25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := func(typ, colour string) core.Product {
		return core.Product{SKU: "SP25", Name: "Solitaire", Category: "ring", Collection: "Heritage",
			Materials: []string{"sterling silver", typ}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones: []core.Stone{{Type: typ, Colour: colour, Count: 1, Origin: "natural"}}, Colours: []string{colour}}
	}
	rows := []kindRow{
		{"nb-NO", "Ringen har en peridot i sterlingsølv.", ring("peridot", "green"), false},
		{"nb-NO", "Peridoten sitter i sterlingsølv.", ring("peridot", "green"), false},
		{"nb-NO", "Ringen har en spinel i sterlingsølv.", ring("spinel", "red"), false},
		{"nl-NL", "De ring heeft een peridot in sterling zilver.", ring("peridot", "green"), false},
		{"pl-PL", "Pierścionek z peridotem w srebrze próby 925.", ring("peridot", "green"), false},
		{"fi-FI", "Sormuksessa on peridot sterlinghopeassa.", ring("peridot", "green"), false},
		{"fi-FI", "Sormuksessa on spinel sterlinghopeassa.", ring("spinel", "red"), false},
		{"it-IT", "Anello in argento sterling con un peridot.", ring("peridot", "green"), false},
		{"it-IT", "Anello in argento sterling con uno spinel.", ring("spinel", "red"), false},
		{"es-ES", "Anillo de plata de ley con un peridot.", ring("peridot", "green"), false},
		{"es-MX", "Anillo de plata de ley con un spinel.", ring("spinel", "red"), false},
		{"pt-BR", "Anel de prata 925 com um peridot.", ring("peridot", "green"), false},
		{"pt-PT", "Anel de prata 925 com um spinel.", ring("spinel", "red"), false},
		{"sv-SE", "Ringen har en spinel i sterlingsilver.", ring("spinel", "red"), false},
		{"de-DE", "Der Ring trägt einen Spinel in Sterlingsilber.", ring("spinel", "red"), false},
		{"fr-FR", "La bague est ornée d'un spinel en argent massif.", ring("spinel", "red"), false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return ring("amethyst", "purple"), true })
}
