package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// catSenseJasper is an ocean jasper pendant in sterling silver.
var catSenseJasper = core.Product{SKU: "CS66", Name: "Diaspro", Category: "pendant", Collection: "Moments",
	Metals:       []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:       []core.Stone{{Type: "ocean jasper", Origin: "natural", Treatment: "none", Colour: "green", Count: 1}},
	Measurements: []core.Measurement{{Name: "pendant diameter", Value: 20, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}},
	Colours:      []string{"green", "white", "silver"}}

// A ring or circle word of a stone's pattern is a circle, no piece:
// concentric rings in every language that writes them so, and Italian
// "ad anelli" (crystallised in rings) and "i suoi cerchi" (its circles,
// the orbicules of ocean jasper), where "cerchi" is also hoops (ignore
// terms in the packs; #13, category_sense66: probe 66C it-IT 66C04-1).
func TestKindsCategorySense(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(catSenseJasper, false, [][2]string{
		{"it-IT", "I suoi cerchi, detti orbicoli, si sono formati nella roccia vulcanica."},
		{"it-IT", "Il diaspro si è formato ad anelli nella roccia."},
		{"it-IT", "Il diaspro mostra cerchi concentrici verdi e bianchi."},
		{"en-GB", "The jasper shows concentric rings of green and white."},
		{"de-DE", "Der Jaspis zeigt konzentrische Ringe in Grün und Weiß."},
		{"fr-FR", "Le jaspe montre des anneaux concentriques verts et blancs."},
		{"es-ES", "El jaspe muestra anillos concéntricos verdes y blancos."},
		{"pt-BR", "O jaspe mostra anéis concêntricos verdes e brancos."},
		{"nl-NL", "De jaspis toont concentrische ringen in groen en wit."},
		{"sv-SE", "Jaspisen visar koncentriska ringar i grönt och vitt."},
		{"da-DK", "Jaspissen viser koncentriske ringe i grønt og hvidt."},
		{"nb-NO", "Jaspisen viser konsentriske ringer i grønt og hvitt."},
	}))
}

// TestKindsCategorySenseBad: the piece itself called hoops or a ring
// still blocks.
func TestKindsCategorySenseBad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(catSenseJasper, true, [][2]string{
		{"it-IT", "Questi cerchi in argento sono leggeri."},
		{"en-GB", "This ring in sterling silver holds an ocean jasper."},
		{"de-DE", "Dieser Ring aus Sterlingsilber trägt einen Jaspis."},
	}))
}
