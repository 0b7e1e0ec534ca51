package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	garnet56Malaya = core.Product{SKU: "G56M", Name: "Umba", Category: "ring", Collection: "Essence", Materials: []string{"14k white gold", "Malaya garnet"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "14k", Plating: "rhodium"}},
		Stones: []core.Stone{{Type: "Malaya garnet", Colour: "orange", Count: 1, Origin: "natural"}}, Colours: []string{"orange", "white"}}
	garnet56Rhodolite = core.Product{SKU: "G56R", Name: "Berry", Category: "ring", Collection: "Essence", Materials: []string{"9ct yellow gold", "rhodolite"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}},
		Stones: []core.Stone{{Type: "rhodolite garnet", Colour: "raspberry", Count: 1, Origin: "natural"}}, Colours: []string{"red"}}
	garnet56Plain = core.Product{SKU: "G56P", Name: "Berry", Category: "ring", Collection: "Essence", Materials: []string{"9ct yellow gold", "garnet"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9ct"}},
		Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 1, Origin: "natural"}}, Colours: []string{"red"}}
)

// TestKindsGarnet56: a garnet variety explained by its end members in the
// sentence that sets it (Malaya garnet a pyrope-spessartine, rhodolite a
// pyrope-almandine; canon stone_families) is the piece's own stone, and a
// Malaya garnet is a garnet. Each explained row blocked on main.
func TestKindsGarnet56(t *testing.T) {
	t.Parallel()
	m, r := garnet56Malaya, garnet56Rhodolite
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "This ring sets a Malaya garnet, a natural mix of pyrope and spessartine first found in Tanzania, in 14k white gold.", m, false},
		{"fr-FR", "Cette bague sertit un grenat Malaya, un mélange naturel de pyrope et de spessartite, dans de l'or blanc 14 carats.", m, false},
		{"es-MX", "Este anillo engasta un granate Malaya, una mezcla natural de piropo y espesartita, en oro blanco de 14 quilates.", m, false},
		{"nl-NL", "Deze ring bevat een malayagranaat, een granaat die van nature bestaat uit pyroop en spessartien, in 14 karaat witgoud.", m, false},
		{"en-US", "This ring sets a garnet in 14k white gold: a Malaya garnet from the Umba valley.", m, false},
		{"en-GB", "This ring sets a rhodolite, a garnet between pyrope and almandine in composition, in 9ct yellow gold.", r, false},
		{"de-DE", "Der Ring fasst einen Rhodolith, eine Granatvarietät, die zwischen Pyrop und Almandin steht, in 9 Karat Gelbgold.", r, false},
	})
}

// TestKindsGarnet56Bad: an end member set on the piece under its own
// name, a Malaya garnet on a plain garnet piece and a pyrope on a
// rhodolite piece outside an explanation still block.
func TestKindsGarnet56Bad(t *testing.T) {
	t.Parallel()
	m, r, p := garnet56Malaya, garnet56Rhodolite, garnet56Plain
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "This ring sets a pyrope cabochon in 14k white gold.", m, true},
		{"en-GB", "This ring sets a Malaya garnet in 9ct yellow gold.", p, true},
		{"de-DE", "Dieser Ring fasst einen Malaya-Granat in 9 Karat Gelbgold.", p, true},
		{"en-US", "A ring set with an almandine in 9ct yellow gold.", r, true},
	})
}
