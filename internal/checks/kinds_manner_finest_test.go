package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// mannerFinestStuds is the product of the manner-finest rows: pearl studs
// in sterling silver.
var mannerFinestStuds = core.Product{SKU: "MF1", Name: "Perle", Category: "earrings", Collection: "Essence",
	Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: 2}},
	Colours: []string{"white", "silver"}}

// "The finest" in an idiom of manner after an adjective of plainness
// ("enkle på den fineste måten", simple in the finest way) praises the
// plainness and ranks nothing, as "the best" does there (sense44's manner
// idioms; #13, late67: released 67A nb-NO 67A01-1). The superlative of a
// piece or of its making still blocks (UK CAP Code rules 3.7 and 3.33).
func TestKindsMannerFinestOk(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(mannerFinestStuds, false, [][2]string{
		{"nb-NO", "Perleøredobbene fra Essence-kolleksjonen er enkle på den fineste måten."},
		{"nb-NO", "Øredobbene er stilrene på den fineste måte."},
		{"da-DK", "Perleørestikkerne fra Essence-kollektionen er enkle på den fineste måde."},
		{"sv-SE", "Pärlörhängena från Essence-kollektionen är enkla på det finaste sättet."},
		{"en-GB", "The pearl studs from the Essence collection are simple in the finest way."},
		{"en-US", "The studs are understated in the finest sense."},
	}))
}

// TestKindsMannerFinestBad: the finest said of the piece or its making
// still blocks.
func TestKindsMannerFinestBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "claim", pairRows(mannerFinestStuds, true, [][2]string{
		{"nb-NO", "Øredobbene er laget på den fineste måten."},
		{"nb-NO", "Dette er de fineste øredobbene i kolleksjonen."},
		{"da-DK", "Ørestikkerne er fremstillet på den fineste måde."},
		{"sv-SE", "Örhängena är tillverkade på det finaste sättet."},
		{"en-GB", "The studs are made in the finest way."},
		{"en-GB", "Simple in the finest way, these are the finest studs you can buy."},
	}))
}
