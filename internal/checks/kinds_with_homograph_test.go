package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// withHomNecklace is a lab-grown diamond necklace with no water feature.
var withHomNecklace = core.Product{SKU: "WH66", Name: "Solitaire", Category: "necklace", Collection: "Moments",
	Metals:   []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
	Stones:   []core.Stone{{Type: "diamond", Origin: "lab_grown", Colour: "clear", Count: 1}},
	Colours:  []string{"gold", "clear"},
	Features: []string{"nickel-free"}}

// A word that folds onto a water word is no water beside "wear it": Danish,
// Norwegian and Swedish "både" (both) folds to "bade", which the `with`
// word "bad*" (bath, bathe) took, so "et smykke, du kan have på hver dag,
// til både strik og skjorte" was read as a promise to keep it on in water
// (worn_in_water's homographs, read as written; with_homograph.go; #13,
// with_homograph66: probe 66D da-DK 66D02-1).
func TestKindsWithHomograph(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(withHomNecklace, false, [][2]string{
		{"da-DK", "Et smykke, du kan have på hver dag, til både strik og skjorte."},
		{"da-DK", "Du kan have den på hele dagen, både på kontoret og til fest."},
		{"nb-NO", "Et smykke du aldri trenger å ta av, til både strikk og skjorte."},
		{"sv-SE", "Ett smycke du aldrig behöver ta av, till både stickat och skjorta."},
	}))
}

// TestKindsWithHomographBad: the same forms beside a real water word, "både"
// and all, still block.
func TestKindsWithHomographBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, pairRows(withHomNecklace, true, [][2]string{
		{"da-DK", "Du kan have den på, når du bader."},
		{"da-DK", "Du behøver aldrig tage den af, både i badet og i poolen."},
		{"nb-NO", "Du trenger aldri ta den av, både i dusjen og i bassenget."},
		{"sv-SE", "Du behöver aldrig ta av det, både i duschen och i poolen."},
	}))
}
