package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsJonc32: French "jonc" names a bangle and a ring whose circle is
// of one thickness throughout (Larousse, "jonc"; the wedding band of
// Quebec usage), so on a ring it is the ring's band, not another category
// (#13, jonc32; blind set 31A's 31A109: "aligne trois tanzanites sur un
// jonc fin de 2 mm en or blanc" on a ring blocked grounding.category in
// fr-CA). fr-FR's pack gives the bangle form part_senses ["ring"]; fr-CA
// shares it. The word is French only. The blocking twins call a pendant a
// jonc.
func TestKindsJonc32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "J32R", Name: "Bague Trilogie", Category: "ring", Collection: "Signature",
		Materials: []string{"18k white gold"},
		Stones:    []core.Stone{{Type: "tanzanite", Colour: "violet-blue", Count: 3, Origin: core.OriginNatural}},
		Colours:   []string{"blue", "white"}}
	pendant := core.Product{SKU: "J32P", Name: "Pendentif Goutte", Category: "pendant", Collection: "Signature",
		Materials: []string{"18k white gold"},
		Stones:    []core.Stone{{Type: "tanzanite", Colour: "violet-blue", Count: 1, Origin: core.OriginNatural}},
		Colours:   []string{"blue", "white"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"fr-FR", "Trois tanzanites reposent sur un jonc fin en or blanc 18 carats.", ring, false},
		{"fr-CA", "Trois tanzanites reposent sur un jonc fin en or blanc 18 carats.", ring, false},
		{"fr-CA", "Ce jonc en or blanc 18 carats porte une tanzanite.", pendant, true},
		{"fr-FR", "Ce jonc en or blanc 18 carats porte une tanzanite.", pendant, true},
	})
}
