package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A composite stone's crystals are its own (#13, probe20b: "Raspberry-red
// crystals sit in a deep green ground" on anyolite, ruby in zoisite;
// "cristaux", "cristais", "kryształy", "κρυστάλλους" on anyolite and ruby in
// fuchsite were read as glass crystals in six locales). Anyolite is zoisite
// with ruby crystals grown in it, ruby in fuchsite the same in fuchsite
// (GIA Gem Encyclopedia); canon composites name them. Glass crystals on a
// piece of a plain stone still block.
func TestKindsCompositeCrystal19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	anyolite := core.Product{SKU: "A19", Name: "Anyolite Oval Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "anyolite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}},
		Stones:    []core.Stone{{Type: "anyolite (ruby in zoisite)", Colour: "green and red", Count: 1, Origin: core.OriginNatural}},
		Colours:   []string{"green", "red", "silver"}}
	fuchsite := core.Product{SKU: "F19", Name: "Ruby in Fuchsite Bead Bracelet", Category: "bracelet", Collection: "Moments",
		Materials: []string{"ruby in fuchsite", "sterling silver"},
		Stones:    []core.Stone{{Type: "ruby in fuchsite", Colour: "green and pink", Count: 19, Origin: core.OriginNatural}},
		Colours:   []string{"green", "pink", "silver"}}
	moonstone := core.Product{SKU: "M19", Name: "Moonstone Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver", "moonstone"},
		Stones:    []core.Stone{{Type: "moonstone", Colour: "white", Count: 1, Origin: core.OriginNatural}},
		Colours:   []string{"white", "silver"}}
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-AU", "Raspberry-red crystals sit in a deep green ground, cut as an oval cabochon.", anyolite, false},
		{"fr-FR", "Des cristaux de rubis rose vif parsèment une fuchsite vert profond.", fuchsite, false},
		{"pt-BR", "Cristais vermelhos de rubi surgem sobre o verde profundo da zoisita.", anyolite, false},
		{"pl-PL", "Malinowe kryształy rubinu tkwią w głębokiej zieleni zoisytu.", anyolite, false},
		{"el-GR", "Κόκκινους κρυστάλλους ρουμπινιού μέσα σε βαθυπράσινο ζωισίτη.", anyolite, false},
		{"de-DE", "Himbeerrote Kristalle sitzen in tiefgrünem Zoisit.", anyolite, false},
		{"es-ES", "Cristales de rubí salpican la fuchsita verde.", fuchsite, false},
		// glass crystals on a plain stone's piece still block
		{"en-AU", "Sparkling crystals frame the moonstone.", moonstone, true},
		{"fr-FR", "Des cristaux scintillants entourent la pierre de lune.", moonstone, true},
	})
}
