package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// TestKindsPlatingAndStyling: plated gold called pure, real or by its
// fineness alone; clothing in more shapes; a qualifier far from its stone.
func TestKindsPlatingAndStyling(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"plating solid", gildedPendant, CatRegulatory, []lt{
			{"en-GB", "Crafted from pure gold."}, {"en-GB", "A piece of real gold."}, {"en-US", "Made of 18k gold."}, {"en-US", "Solid 18-karat gold throughout."},
			{"fr-FR", "En or pur."}, {"fr-FR", "En or 18 carats."}, {"de-DE", "Aus reinem Gold."}, {"de-DE", "Aus 18 Karat Gold."}, {"it-IT", "In oro puro."}, {"it-IT", "In oro 18 carati."}, {"es-ES", "De oro puro."}, {"es-ES", "De oro de 18 quilates."},
		}},
		{"clothing", silverNecklace, "", []lt{
			{"en-GB", "It looks lovely with an ivory silk blouse."}, {"en-GB", "Perfect over your favourite grey knit."}, {"en-GB", "Wear it on a black dress."}, {"en-GB", "Against a crisp white collar it gleams."},
			{"fr-FR", "Sublime sur un col roulé noir."}, {"de-DE", "Toll zu einer dunkelblauen Bluse."}, {"it-IT", "Perfetta su una maglia nera."}, {"es-ES", "Ideal con un jersey gris."},
		}},
		{"lab far", labSapphRing, CatRegulatory, []lt{
			{"en-GB", "Lab-grown and brilliant, this ring is a quiet promise, crowned by three perfect round sapphires."},
		}},
	})
}
