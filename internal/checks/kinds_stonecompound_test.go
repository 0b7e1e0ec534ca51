package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// stoneCompoundOpal is the Peruvian blue opal pendant of released 67A
// fi-FI 67A04.
var stoneCompoundOpal = core.Product{SKU: "SC67", Name: "Andit-riipus", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver", "Peruvian blue opal"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "Peruvian blue opal", Colour: "blue", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"blue", "silver"}}

// TestKindsStoneCompound (#13, facts67): a stone's name glued to the
// language's stone noun ("larimarkiviä", "Larimarsteinen",
// "larimarstenar", "ametistikiviä") was read as no stone, so a row of
// larimars beside a Peruvian blue opal passed (released 67A fi-FI
// 67A04-2). The packs' stone_compound_tails make the compound the stone
// (grounding scan.go stoneCompound) in fi, de, sv, nl, da and nb; the
// product's own stone so glued and the compounds whose head is no stone
// (moonstone, gemstone) pass.
func TestKindsStoneCompound(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := stoneCompoundOpal
	checkKindRows(t, svc, "grounding", pairRows(p, true, [][2]string{
		{"fi-FI", "Riipusta reunustaa ohut rivi pieniä larimarkiviä."},
		{"fi-FI", "Riipusta reunustaa ohut rivi pieniä ametistikiviä."},
		{"de-DE", "Der Anhänger ist von kleinen Larimarsteinen umrahmt."},
		{"sv-SE", "Hänget omges av små larimarstenar."},
		{"nl-NL", "De hanger is omringd door kleine larimarstenen."},
		{"da-DK", "Vedhænget er omgivet af små larimarstene."},
		{"nb-NO", "Anhenget er omgitt av små larimarsteiner."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(p, false, [][2]string{
		{"fi-FI", "Riipuksessa on yksi opaalikivi."},
		{"de-DE", "Der Anhänger trägt einen Opalstein."},
		{"sv-SE", "Hänget bär en opalsten."},
		{"fi-FI", "Opaali on jalokivi, ei kuukivi."},
		{"de-DE", "Ein Opal ist ein Edelstein."},
	}))
}
