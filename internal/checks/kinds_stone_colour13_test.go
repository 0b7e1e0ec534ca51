package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A yellow stone called golden (#13, the thirteenth session, found by
// probing fresh copy for a heated citrine): "its warm golden colour", pl
// "miodowo-złoty kolor", da "sin varme gyldne farve", fr "sa chaude couleur
// dorée" on a citrine in silver were blocked as a colour the product does
// not have. A yellow stone may be golden; a gold metal on the silver
// piece, and a golden stone where the stone is blue, still block.
func TestKindsStoneColour13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := func(colour string) core.Product {
		return core.Product{SKU: "H13C", Name: "Cocktail Ring", Category: "ring", Collection: "Lumière",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: "citrine", Colour: colour, Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
			Colours: []string{"silver", colour}}
	}
	for _, r := range []struct {
		locale, colour, text string
		block                bool
	}{
		{"pl-PL", "yellow", "Kamień był podgrzewany, co utrwala jego miodowo-złoty kolor.", false},
		{"da-DK", "yellow", "Stenen er varmebehandlet, hvilket giver den sin varme gyldne farve.", false},
		{"fr-CA", "yellow", "La pierre a été chauffée, ce qui lui donne sa chaude couleur dorée.", false},
		{"de-DE", "yellow", "Der Stein wurde erhitzt und leuchtet in einem warmen Goldton.", false},
		{"fr-CA", "blue", "La pierre a été chauffée, ce qui lui donne sa chaude couleur dorée.", true},
		{"pl-PL", "yellow", "Pierścionek z żółtego złota z cytrynem.", true},
	} {
		blocked, fs := groundingBlocked(t, svc, ring(r.colour), r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %s %q: blocked %v, want %v: %+v", r.locale, r.colour, r.text, blocked, r.block, fs)
		}
	}
}
