package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A natural stone named by its crystal and its own colour, or as a twin
// crystal, is the stone itself, not a glass crystal the piece lacks (#13,
// released22a H22a10: "einen braunen Kristall von 22 mm Höhe", "un cristal
// café", "een bruin kristal", "crece como un cristal gemelo" on a brown
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
		{"es-MX", "Para este dije montamos un cristal café de 22 mm de alto.", cross, false},
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
		// café, brown in Latin American Spanish, on a piece that is not brown
		// warns (weak), and the drink is no colour
		{"es-MX", "Un dije de tonos café y cristales verdes.", cross, true},
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

// Latin American "café" is brown beside a noun and the drink after an
// article or a preposition; as a colour it is weak: on a piece that is not
// brown it warns, never blocks (es vocabulary, crystal_colour22).
func TestKindsCafeBrown22(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := staurolite22()
	p.Stones, p.Materials, p.Colours = nil, []string{"sterling silver"}, []string{"pink"}
	for _, tc := range []struct {
		text string
		warn bool // a grounding.colour warning on the piece, else none
	}{
		{"Un dije de tonos café para todos los días.", true},
		{"Un dije de color café para todos los días.", false}, // strong: blocks (below)
		{"Perfecto para un café con amigas.", false},
		{"Ideal para llevar con café por la mañana.", false},
	} {
		blocked, fs := blockedIn(t, svc, "grounding", p, "es-MX", tc.text)
		warned := false
		for _, f := range fs {
			warned = warned || f.Rule == "grounding.colour" && f.Severity == core.SeverityWarn
		}
		if strings.Contains(tc.text, "color café") {
			if !blocked {
				t.Errorf("%q: want a grounding block: %v", tc.text, fs)
			}
			continue
		}
		if blocked || warned != tc.warn {
			t.Errorf("%q: blocked %v, warned %v, want warned %v: %v", tc.text, blocked, warned, tc.warn, fs)
		}
	}
}
