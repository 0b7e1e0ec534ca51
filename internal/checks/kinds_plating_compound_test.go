package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// pcChain is an 18k gold-plated stainless steel chain; pcCufflinks are
// rhodium-plated brass.
var (
	pcChain = core.Product{SKU: "PC1", Name: "Linea", Category: "necklace",
		Metals:  []core.Metal{{Base: "stainless steel", Plating: "gold", Fineness: "18k", PlatingMicrons: 0.5}},
		Colours: []string{"gold"}}
	// The rows name two black onyx stones, which the product holds since
	// the stone compounds ("onyxstenar") are read as the stone (facts67).
	pcCufflinks = core.Product{SKU: "PC2", Name: "Noir", Category: "cufflinks",
		Metals:  []core.Metal{{Base: "brass", Plating: "rhodium"}},
		Stones:  []core.Stone{{Type: "onyx", Colour: "black", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "black"}}
)

// TestKindsPlatingCompoundNoun (issue #13, false blocks, true_plating): a
// Scandinavian plating noun glued to its metal (guldplätering,
// gullbelegg, guldbelægning, silverplätering, sølvbelegg, rodiumbelegg)
// says the gold is a plating, as förgylld and gullbelagt already did;
// "18 karats guldplätering" on a gold-plated chain blocked in sv and nb as
// gold not said to be plated. The compound is the plating's material, so
// it is compared: a gold plating named on a rhodium-plated piece blocks.
func TestKindsPlatingCompoundNoun(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"plating compound noun", pcChain, "", []lt{
			{"sv-SE", "En pansarkedja i rostfritt stål med 18 karats guldplätering på 0,5 mikron."},
			{"sv-SE", "Guldpläteringen på 18 karat ger kedjan i rostfritt stål en varm guldton."},
			{"nb-NO", "Et panserkjede i rustfritt stål med 18 karat gullbelegg på 0,5 mikron."},
			{"nb-NO", "Gullbelegget på 18 karat gir kjedet i rustfritt stål en varm glød av gull."},
			{"da-DK", "En panserkæde i rustfrit stål med 18 karat guldbelægning på 0,5 mikron."},
		}},
		{"plating compound noun, rhodium", pcCufflinks, "", []lt{
			{"nb-NO", "Mansjettknapper i messing med rodiumbelegg og to svarte onyksstener."},
			{"sv-SE", "Manschettknappar i mässing med rodiumplätering och två svarta onyxstenar."},
		}},
		{"plating compound noun, other metal", pcCufflinks, CatGrounding, []lt{
			{"sv-SE", "Manschettknappar i mässing med guldplätering."},
			{"nb-NO", "Mansjettknapper i messing med gullbelegg."},
			{"da-DK", "Manchetknapper i messing med guldbelægning."},
		}},
	})
}
