package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of material_denied's rows: a plique-à-jour enamel pendant in
// sterling silver, an oxidised sterling silver ring and a sterling silver
// snake chain.
var (
	mdEnamel = core.Product{SKU: "MD1", Name: "Lumière", Category: "pendant", Collection: "Lumière",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Materials: []string{"sterling silver", "plique-à-jour enamel"}, Colours: []string{"blue", "green"},
		Features: []string{"hand-enamelled"}}
	mdOxidised = core.Product{SKU: "MD2", Name: "Heritage", Category: "ring", Collection: "Heritage",
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Materials: []string{"oxidised sterling silver"}, Colours: []string{"black", "silver"},
		Features: []string{"oxidised finish"}}
	mdChain = core.Product{SKU: "MD3", Name: "Essence", Category: "necklace", Collection: "Essence",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Features: []string{"nickel-free"}}
)

// A material named only as what the piece is not, or is mistaken for (#13,
// denied66: held-out 66A fr-CA/fi-FI 66A03-3, 66B da-DK 66B03-1): "On
// pourrait croire à de la résine, mais ... en émail", "voisi luulla
// hartsiksi, mutta", "hverken maling, emalje eller en belægning af sort
// rhodium". FTC 16 CFR 23.1 forbids misrepresenting a piece's material;
// naming another to deny it is no such misrepresentation.
func TestKindsMaterialDenied(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fr-FR", "On pourrait croire à de la résine, mais les ailes sont en émail vitrifié.", mdEnamel, false},
		{"fi-FI", "Värit voisi helposti luulla hartsiksi, mutta kyse on lasiemalista.", mdEnamel, false},
		{"da-DK", "Farven er hverken maling eller en belægning af sort rhodium.", mdOxidised, false},
		{"en-GB", "You might take it for resin, but the wings are vitreous enamel.", mdEnamel, false},
		{"de-DE", "Man könnte es für Harz halten, doch die Flügel sind aus Emaille.", mdEnamel, false},
		{"nb-NO", "Fargen er verken maling eller et belegg av svart rhodium.", mdOxidised, false},
		{"sv-SE", "Färgen är varken målarfärg eller en beläggning av svart rodium.", mdOxidised, false},
		{"tr-TR", "Kolye, yılan derisi dokusunda akıcı bir 925 ayar gümüş zincirdir.", mdChain, false},
	})
}

// TestKindsMaterialDeniedBad: the piece itself said to be resin,
// rhodium-plated or leather still blocks.
func TestKindsMaterialDeniedBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"fr-FR", "Les ailes sont en résine colorée.", mdEnamel, true},
		{"fi-FI", "Siivet on valmistettu hartsista.", mdEnamel, true},
		{"da-DK", "Ringen har en belægning af sort rhodium.", mdOxidised, true},
		{"tr-TR", "Kolye deri bir kordon üzerindedir.", mdChain, true},
		{"tr-TR", "Bu kolye hakiki deriden yapılmıştır.", mdChain, true},
	})
}
