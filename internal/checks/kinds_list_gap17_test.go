package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A form's gap may hold a coordinated list (#13, left17b's list_gap17, probe17c
// en-AU P17c02): "Many believe jade brings calm, balance and a little good luck"
// claims luck brought (FTC Act §5: a benefit no jewel can substantiate) though
// five words stand between "brings" and "luck", more than a gap's three. Short
// members joined by commas and closed by a conjunction restart the gap's count
// (concepts.go, listStep) in every language with such lists; a conjunction
// alone, ", and" after one member, a comma before a subordinate clause and a
// long member do not ("zou stress verminderen en je energie", "odolný proti
// poškrábání, takže povrch", released 14). Rows failing before: 2.
func TestKindsListGap17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	jade := core.Product{SKU: "LG17", Name: "Jade Bangle", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"nephrite jade"},
		Stones:    []core.Stone{{Type: "nephrite jade", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours:   []string{"green"}}
	checkKindRows(t, svc, "claim", []kindRow{
		// failed before: the list stood in the gap
		{"en-AU", "Many believe jade brings calm, balance and a little good luck to whoever wears it.", jade, true},
		{"en-US", "Jade is said to bring peace, joy and lasting good luck.", jade, true},
		{"fr-FR", "On dit que le jade apporte calme, joie et un peu de chance.", jade, true},
		{"en-GB", "The stone brings calm, balance, focus and a little good luck.", jade, true},
		// blocked before and still
		{"en-GB", "Jade brings good luck to whoever wears it.", jade, true},
		// no list, or a clause, or a long member: no claim as before
		{"en-GB", "The box brings the bangle, a cloth and a little card wishing you good luck.", jade, false},
		{"en-GB", "It brings out the deep green of the stone, and good luck finding a softer lustre.", jade, false},
		{"en-GB", "The bangle brings calm, balance and a little colour to a winter outfit.", jade, false},
	})
}
