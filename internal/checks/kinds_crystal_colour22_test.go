package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A natural stone named by its crystal and its own colour, or as a twin
// crystal, is the stone itself, not a glass crystal the piece lacks (#13,
// released22a H22a10: "einen braunen Kristall von 22 mm Höhe", "un cristal
// café" (es-MX "café", brown, is no colour word of the vocabulary: coffee), "een bruin kristal", "crece como un cristal gemelo" on a brown
// staurolite pendant, whose stone grows as a twinned crystal: GIA gem
// encyclopedia, staurolite). grounding ownCrystalColour reads a colour of
// the product's natural crystalline stones beside the crystal word; a twin
// word joins own_crystal_words in every pack. A crystal of another colour,
// a white or clear one (the colours of glass crystal), or any crystal on a
// piece with no stone still blocks.
func TestKindsCrystalColour22(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	cross := staurolite22()
	// the colour rows block on a piece with no stone (the twin rows name
	// the mineral, so their control is the rows' own product's stone)
	control := func(r kindRow) (core.Product, bool) {
		p := staurolite22()
		p.Stones, p.Materials = nil, []string{"oxidised sterling silver"}
		return p, !twin22[r.text]
	}
	checkOwnAndControl(t, svc, "grounding", []kindRow{
		{"de-DE", "Für diesen Anhänger haben wir einen braunen Kristall von 22 mm Höhe gefasst.", cross, false},
		{"es-MX", "Para este dije montamos un cristal marrón de 22 mm de alto.", cross, false},
		{"nl-NL", "Voor deze hanger zetten we een bruin kristal van 22 mm hoog.", cross, false},
		{"en-GB", "We set a brown crystal, 22 mm tall, in oxidised silver.", cross, false},
		{"fr-FR", "Nous avons serti un cristal brun de 22 mm de haut.", cross, false},
		{"it-IT", "Abbiamo incastonato un cristallo marrone alto 22 mm.", cross, false},
		{"pt-BR", "Cravamos um cristal marrom de 22 mm de altura.", cross, false},
		{"sv-SE", "Vi har fattat en brun kristall, 22 mm hög.", cross, false},
		{"es-MX", "A veces la estaurolita crece como un cristal gemelo.", cross, false},
		{"en-GB", "Staurolite sometimes grows as a twin crystal.", cross, false},
		{"fr-FR", "La staurotide forme parfois un cristal maclé.", cross, false},
		{"it-IT", "La staurolite a volte cresce come un cristallo geminato.", cross, false},
		{"pl-PL", "Staurolit czasem rośnie jako bliźniaczy kryształ.", cross, false},
	}, control)
	checkKindRows(t, svc, "grounding", []kindRow{
		// crystals of a colour the stone does not have, or white ones
		{"de-DE", "Der Anhänger trägt einen grünen Kristall.", cross, true},
		{"en-GB", "The cross is framed by sparkling white crystals.", cross, true},
		{"es-MX", "El dije lleva cristales blancos alrededor.", cross, true},
	})
}

var twin22 = map[string]bool{
	"A veces la estaurolita crece como un cristal gemelo.":     true,
	"Staurolite sometimes grows as a twin crystal.":            true,
	"La staurotide forme parfois un cristal maclé.":            true,
	"La staurolite a volte cresce come un cristallo geminato.": true,
	"Staurolit czasem rośnie jako bliźniaczy kryształ.":        true,
}

func staurolite22() core.Product {
	return core.Product{SKU: "K22", Name: "Fairy Cross Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"oxidised sterling silver", "staurolite"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "staurolite", Colour: "brown", Count: 1, Origin: core.OriginNatural}},
		Colours:   []string{"brown", "black", "silver"}}
}
