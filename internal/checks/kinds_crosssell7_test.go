package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// csBrooch is a rose gold-plated sterling silver brooch of three lab-grown
// emeralds and eight cubic zirconia: no sapphire, no white gold.
var csBrooch = core.Product{SKU: "C7B", Name: "Emerald Leaf Brooch", Category: "brooch",
	Metals: []core.Metal{{Base: "sterling silver", Plating: "rose gold", Fineness: "925"}},
	Stones: []core.Stone{{Type: "emerald", Colour: "green", Count: 3, Origin: core.OriginLabGrown},
		{Type: "cubic zirconia", Colour: "clear", Count: 8, Origin: core.OriginSimulant}},
	Colours:      []string{"rose gold", "green"},
	Measurements: []core.Measurement{{Name: "width", Value: 35, Unit: "mm"}}}

// csBangle is a nickel-free titanium bangle.
var csBangle = core.Product{SKU: "C7T", Name: "Titanium Bangle", Category: "bracelet",
	Metals:   []core.Metal{{Base: "titanium"}},
	Colours:  []string{"grey"},
	Features: []string{"hypoallergenic", "nickel-free"}}

// TestKindsCrossSell7 (issue #13, false blocks, cross_sell and
// legal_qualifier): "Complete com nossos brincos …", "Maak het af met onze
// oorhangers …" offer another piece with its own metal and stones
// (other_items); a nickel regulation named in a German compound
// ("EU-Nickelverordnung") is the law, not the bangle's metal (other_nouns).
// The same stones said of the brooch, and nickel said of the bangle,
// still block.
func TestKindsCrossSell7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	offered := []lt{
		{"pt-BR", "Três esmeraldas cultivadas em laboratório e oito zircônias em prata 925 banhada a ouro rosé. Complete com nossos brincos de ouro branco com safiras."},
		{"pt-PT", "Três esmeraldas criadas em laboratório e oito zircónias em prata 925 com banho de ouro rosa. Combine com os nossos brincos com safiras."},
		{"nl-NL", "Drie labgekweekte smaragden en acht zirkonia op roségoud verguld sterling zilver. Maak het af met onze oorhangers van witgoud met saffieren."},
	}
	own := []lt{
		{"pt-BR", "Três esmeraldas cultivadas em laboratório e oito safiras em prata 925 banhada a ouro rosé."},
		{"nl-NL", "Drie labgekweekte smaragden en acht saffieren op roségoud verguld sterling zilver."},
	}
	law := []lt{
		{"de-DE", "Dieser Armreif aus Titan ist nickelfrei im Sinne der EU-Nickelverordnung."},
		{"de-DE", "Dieser Armreif aus Titan ist nickelfrei nach der Nickelrichtlinie."},
	}
	nickel := []lt{
		{"de-DE", "Dieser Armreif aus Titan und Nickel ist leicht am Handgelenk."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"cross sell: another piece offered", csBrooch, "", offered},
		{"cross sell: the stones said of the piece", csBrooch, CatGrounding, own},
		{"legal qualifier: the nickel regulation", csBangle, "", law},
		{"legal qualifier: nickel said of the bangle", csBangle, CatGrounding, nickel},
	})
}
