package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// French "ne ... pas" around a pronoun (#13, the negation kinds): "Ne la
// portez pas sous la douche" (do not wear it in the shower), care advice,
// blocked as a waterproof claim: the pair "port* ... sous la douche" took
// the "pas" into its gap, and "ne" before the pronoun is no negation word
// by itself. A verb bracketed by ne (clitic pronouns between) and pas,
// jamais, plus or point right after it is denied; the claim in the
// affirmative, and "ne ... que" (only), still block.
func TestKindsNe17(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "N17", Name: "Bar Necklace", Category: "necklace", Collection: "Timeless",
		Materials: []string{"sterling silver", "gold plating"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold"}}, Colours: []string{"gold"}}
	checkKindRows(t, svc, "claim", []kindRow{
		// failing before
		{"fr-FR", "Ne la portez pas sous la douche ni à la piscine.", p, false},
		{"fr-CA", "Ne le portez jamais dans la mer ou à la piscine.", p, false},
		{"fr-FR", "Ne les gardez pas dans l'eau de mer.", p, false},
		// still block
		{"fr-FR", "Vous pouvez la porter sous la douche sans crainte.", p, true},
		{"fr-CA", "Portez-le sous la douche comme à la piscine.", p, true},
		{"fr-FR", "Gardez-la même sous la douche.", p, true},
	})
}
