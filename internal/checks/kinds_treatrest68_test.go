package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// tr68Inlay is the product of treatrest68's rows: a pietra dura pendant of
// lapis lazuli and nacre beside malachite stabilised with resin.
var tr68Inlay = core.Product{SKU: "TR68", Name: "Florence", Category: "pendant", Collection: "Heritage",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
	Stones: []core.Stone{
		{Type: "lapis lazuli", Colour: "blue", Count: 2, Origin: "natural", Treatment: "none"},
		{Type: "malachite", Colour: "green", Count: 2, Origin: "natural", Treatment: "stabilised"},
		{Type: "mother-of-pearl", Colour: "white", Count: 1, Origin: "natural", Treatment: "none"},
	},
	Colours: []string{"blue", "green", "white", "gold"}}

// A treatment denied of "the other stones" is the rest's (#13, fbrule68,
// grounding.treatment): probe 68D fr-FR 68D03-3 disclosed the malachite's
// stabilisation and went on "Les autres pierres ne sont pas traitées"; read
// as every stone's, the denial blocked as a stabilisation denied (FTC 16
// CFR 23.22). The rest words (rest_words in the packs;
// grounding/treatment_rest68.go) set the denial's stones apart from those
// the sentence before names.
func TestKindsTreatRest68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(tr68Inlay, false, [][2]string{
		{"fr-FR", "Comme presque toute la malachite, la nôtre est stabilisée à la résine. Les autres pierres ne sont pas traitées."},
		{"en-GB", "The malachite is stabilised with resin. The other stones are untreated."},
		{"de-DE", "Der Malachit ist mit Harz stabilisiert. Die übrigen Steine sind unbehandelt."},
		{"es-ES", "La malaquita está estabilizada con resina. Las demás piedras no están tratadas."},
		{"it-IT", "La malachite è stabilizzata con resina. Le altre pietre non sono trattate."},
	}))
}

// TestKindsTreatRest68Bad: the stones in general, or a rest that holds the
// treated stone, said untreated still block.
func TestKindsTreatRest68Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, pairRows(tr68Inlay, true, [][2]string{
		{"en-GB", "The lapis lazuli is natural. The other stones are untreated."},
		{"en-GB", "The stones are untreated."},
		{"fr-FR", "Les pierres ne sont pas traitées."},
		{"de-DE", "Der Lapislazuli ist natürlich. Die übrigen Steine sind unbehandelt."},
	}))
}
