package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// dlPearls is a sterling silver necklace of three white freshwater pearls:
// no gold anywhere.
var dlPearls = core.Product{SKU: "D7P", Name: "Three Pearl Necklace", Category: "necklace",
	Metals:       []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:       []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 3}},
	Colours:      []string{"silver", "white"},
	Measurements: []core.Measurement{{Name: "chain length", Value: 42, Unit: "cm"}}}

// TestKindsDaylight7 (issue #13, false blocks, colour_sense): a gold word
// said of a time of day, a season or the light of the sun and moon
// ("golden afternoons", "tardes doradas", "gouden zomeravonden", "sous le
// soleil doré") colours the hour, not the piece (other_nouns); the same
// word said of the chain still blocks on silver.
func TestKindsDaylight7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	daylight := []lt{
		{"en-GB", "Three white pearls on sterling silver that glow in the golden sunlight of late summer."},
		{"en-US", "Three white pearls on sterling silver for golden afternoons at the lake."},
		{"fr-FR", "Trois perles blanches sur argent 925, pour un teint rosé et une mine éclatante sous le soleil doré."},
		{"fr-CA", "Trois perles blanches sur argent sterling pour vos soirées dorées au chalet."},
		{"de-DE", "Drei weiße Perlen auf Sterlingsilber für die goldenen Herbsttage und das silberne Mondlicht."},
		{"it-IT", "Tre perle bianche su argento 925 per i pomeriggi dorati d'estate e il chiaro di luna argenteo."},
		{"es-ES", "Tres perlas blancas sobre plata de ley para las tardes doradas de verano y la luz plateada de la luna."},
		{"es-MX", "Tres perlas blancas sobre plata .925 para los atardeceres dorados de Los Cabos."},
		{"pt-BR", "Três pérolas brancas em prata 925 para as tardes douradas de verão e o luar prateado."},
		{"pt-PT", "Três pérolas brancas em prata 925 para as tardes douradas do Algarve."},
		{"nl-NL", "Drie witte parels op sterling zilver voor gouden zomeravonden en zilveren maanlicht."},
		{"nl-NL", "Drie witte parels op sterling zilver die zacht glanzen in het gouden avondlicht."},
	}
	// The same gold word said of the piece.
	goldPiece := []lt{
		{"en-GB", "Three white pearls on a gold chain that glows in the summer sunlight."},
		{"fr-FR", "Trois perles blanches sur une chaîne dorée, sous le soleil d'été."},
		{"de-DE", "Drei weiße Perlen an einer Kette aus Gold für die Herbsttage."},
		{"it-IT", "Tre perle bianche su una catena dorata per i pomeriggi d'estate."},
		{"es-ES", "Tres perlas blancas en una cadena dorada para las tardes de verano."},
		{"pt-BR", "Três pérolas brancas em uma corrente dourada para as tardes de verão."},
		{"nl-NL", "Drie witte parels aan een gouden ketting voor zomeravonden."},
	}
	runKinds(t, c, guide(t), []kindTable{
		{"colour sense: gold of the hour, the season or the sun", dlPearls, "", daylight},
		{"colour sense: gold of the chain", dlPearls, CatGrounding, goldPiece},
	})
}
