package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// pcHoops are silver-plated brass hoops with clear cubic zirconia.
var pcHoops = core.Product{SKU: "P7H", Name: "Pavé Huggie Hoops", Category: "earrings",
	Metals:       []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 0.5}},
	Stones:       []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 12, Origin: core.OriginSimulant}},
	Colours:      []string{"silver"},
	Measurements: []core.Measurement{{Name: "hoop diameter", Value: 12, Unit: "mm"}}}

// pcCharm is a water-resistant gold-plated stainless steel charm.
var pcCharm = core.Product{SKU: "P7C", Name: "Initial Disc Charm", Category: "charm",
	Metals:       []core.Metal{{Base: "stainless steel", Plating: "gold", PlatingMicrons: 1}},
	Colours:      []string{"gold"},
	Measurements: []core.Measurement{{Name: "disc diameter", Value: 10, Unit: "mm"}},
	Features:     []string{"water-resistant"}}

// TestKindsPlatingCompound7 (issue #13, false blocks, true_plating): in
// the languages that write compounds as one word a plating is said by a
// metal compound ("Silberauflage", "Goldbeschichtung", "silberbeschichtet",
// "goudlaagje", "zilverlaag"), which discloses the plating as the
// separate words do (plating_words); the bare metal, or the metal called
// solid, still blocks on a plated piece.
func TestKindsPlatingCompound7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	hoops := []lt{
		{"de-DE", "Kleine Creolen aus Messing mit Silberbeschichtung, besetzt mit klaren Zirkonia."},
		{"de-DE", "Kleine Creolen aus Messing mit Silberauflage, besetzt mit klaren Zirkonia."},
		{"de-DE", "Kleine Creolen aus Messing, silberbeschichtet und besetzt mit klaren Zirkonia."},
		{"nl-NL", "Kleine creolen van messing met een zilverlaag, bezet met heldere zirkonia."},
		{"nl-NL", "Kleine creolen van messing met een laagje zilver, bezet met heldere zirkonia."},
	}
	charm := []lt{
		{"de-DE", "Ein Anhänger aus Edelstahl mit Goldbeschichtung, wasserbeständig."},
		{"de-DE", "Ein Anhänger aus Edelstahl mit einer Goldschicht, wasserbeständig."},
		{"nl-NL", "Een bedel van roestvrij staal met een goudlaagje, waterbestendig."},
	}
	bareHoops := []lt{
		{"de-DE", "Kleine Creolen aus Silber, besetzt mit klaren Zirkonia."},
		{"nl-NL", "Kleine creolen van zilver, bezet met heldere zirkonia."},
	}
	bareCharm := []lt{
		{"de-DE", "Ein Anhänger aus Gold, wasserbeständig."},
		{"nl-NL", "Een bedel van goud, waterbestendig."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"true plating: a metal compound says the plating (hoops)", pcHoops, "", hoops},
		{"true plating: a metal compound says the plating (charm)", pcCharm, "", charm},
		{"true plating: the bare metal on plated hoops", pcHoops, CatRegulatory, bareHoops},
		{"true plating: the bare metal on a plated charm", pcCharm, CatRegulatory, bareCharm},
	})
}
