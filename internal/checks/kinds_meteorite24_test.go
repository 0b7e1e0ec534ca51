package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The crystals of an iron meteorite are its own (#13, meteorite24; the
// rare-material probe dev-probe25a P25a01: "its crystals grew into the
// Widmanstätten pattern" on a Gibeon meteorite inlay blocked
// grounding.stone "crystals" in en, de, es, pt and cs): a meteorite among
// the materials counts as a natural crystalline source for own_crystal.
// Glass crystals set in the ring still block.
func TestKindsMeteorite24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "K24T", Name: "Gibeon Band", Category: "ring", Collection: "Heritage",
		Materials: []string{"titanium", "Gibeon meteorite (iron-nickel)"},
		Metals:    []core.Metal{{Base: "titanium"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, ring, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, ring, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("en-GB", "The metal cooled so slowly that its crystals grew into the Widmanstätten pattern."),
		pass("de-DE", "Das Metall kühlte so langsam ab, dass seine Kristalle zum Widmanstätten-Muster wuchsen."),
		pass("es-ES", "El metal se enfrió tan despacio que sus cristales formaron el patrón de Widmanstätten."),
		pass("pt-PT", "O metal arrefeceu tão lentamente que os seus cristais formaram o padrão de Widmanstätten."),
		pass("cs-CZ", "Kov chladl tak pomalu, že jeho krystaly vytvořily Widmanstättenovy obrazce."),
		block("en-GB", "The band is set with sparkling crystals."),
	})
}
