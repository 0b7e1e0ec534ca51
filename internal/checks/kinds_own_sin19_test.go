package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A negation word of one language is another word in another (#13, seen by
// natural_colour19): Spanish "sin" (without) is the reflexive possessive of
// Swedish, Danish and Norwegian ("behåller sin glans", keeps its shine), and
// Dutch "pas" is "only, just" ("pas na jaren", only after years), not French
// "pas". Read as negations they dropped the claim after them. They join the
// words that negate in every language but these (notNegation, lexicon.go;
// Svenska Akademiens ordlista "sin", Den Danske Ordbog "sin", Bokmålsordboka
// "sin", Van Dale "pas"). A real negation still negates.
func TestKindsOwnSin19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "S19", Name: "Silver Band", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours:   []string{"silver"}}
	checkKindRows(t, svc, "claim", []kindRow{
		{"sv-SE", "Ringen behåller sin glans för alltid och mörknar aldrig.", ring, true},
		{"sv-SE", "Ringen behåller sin lyster i många år, utan att någonsin oxidera.", ring, true},
		{"da-DK", "Ringen bevarer sin glans for altid og anløber aldrig.", ring, true},
		{"nb-NO", "Ringen beholder sin glans for alltid og oksiderer aldri.", ring, true},
		{"sv-SE", "Ringen tål vatten och behåller sin färg i duschen.", ring, true},
		{"sv-SE", "Den har sin naturliga färg för alltid.", ring, true},
		{"sv-SE", "Silvret behåller sin glans genom åren.", ring, true},
		{"da-DK", "Sølvet bevarer sin glans gennem årene.", ring, true},
		{"nb-NO", "Sølvet beholder sin glans gjennom årene.", ring, true},
		{"sv-SE", "Silvret behåller sin glans, även i vatten.", ring, true},
		{"nl-NL", "Pas na jaren zal het zilver een beetje dof worden; het blijft voor altijd glanzend.", ring, true},
		// real negations still negate
		{"sv-SE", "Ringen är inte vattentät; ta av den innan du duschar.", ring, false},
		{"da-DK", "Ringen er ikke vandtæt.", ring, false},
		{"es-ES", "No es impermeable: quítelo antes de nadar.", ring, false},
	})
}
