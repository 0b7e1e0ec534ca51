package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The products of shadecolour65's rows: a blue sapphire ring, a green
// jadeite ring and a necklace of white seed pearls.
var (
	sc65Sapphire = core.Product{SKU: "SC65S", Name: "Ring", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "natural"}},
		Colours: []string{"silver", "blue"}}
	sc65Jadeite = core.Product{SKU: "SC65J", Name: "Ring", Category: "ring", Collection: "Heritage",
		Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "jadeite", Colour: "green", Count: 1, Origin: "natural", Treatment: "dyed"}},
		Colours: []string{"silver", "green"}}
	sc65Seed = core.Product{SKU: "SC65P", Name: "Necklace", Category: "necklace", Collection: "Timeless",
		Metals:  []core.Metal{{Base: "yellow gold", Fineness: "18k"}},
		Stones:  []core.Stone{{Type: "seed pearl", Colour: "white", Count: 24}},
		Colours: []string{"gold", "white"}}
)

// A stone's colour written as one compound with a shade (#13,
// stonecolour65): Danish "dybrød", Norwegian "dyprød", Swedish "djupröd",
// Finnish "tummanpunainen", "laventelinvärinen" (lavender-coloured), said
// of a piece's stone of another colour; and a colour before a compound
// stone noun (Swedish "rosa odlade sötvattensfröpärlor", freshwater seed
// pearls). The packs listed the plain colour words and few shades, so the
// compound was no colour and the stone went undescribed.
func TestKindsStoneColour65Bad(t *testing.T) {
	t.Parallel()
	rows := pairRows(sc65Sapphire, true, [][2]string{
		{"da-DK", "Ringen har en dybrød safir i en enkel fatning."},
		{"nb-NO", "Ringen har en dyprød safir i en enkel innfatning."},
		{"sv-SE", "Ringen har en djupröd safir i en enkel infattning."},
		{"fi-FI", "Sormuksessa on tummanpunainen safiiri yksinkertaisessa istutuksessa."},
		{"da-DK", "Ringen har en mørkegrøn safir i en enkel fatning."},
		{"sv-SE", "Ringen har en mörkgrön safir i en enkel infattning."},
	})
	rows = append(rows, pairRows(sc65Jadeite, true, [][2]string{
		{"fi-FI", "Sormuksessa on 12 mm:n laventelinvärinen jadeiitti sterlinghopeassa."},
	})...)
	rows = append(rows, pairRows(sc65Seed, true, [][2]string{
		{"sv-SE", "I halsbandet sitter 24 rosa odlade sötvattensfröpärlor samlade i en liten blomma."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}

// TestKindsStoneColour65Ok: the stone's own colour with a shade passes.
func TestKindsStoneColour65Ok(t *testing.T) {
	t.Parallel()
	rows := pairRows(sc65Sapphire, false, [][2]string{
		{"da-DK", "Ringen har en dybblå safir i en enkel fatning."},
		{"nb-NO", "Ringen har en dypblå safir i en enkel innfatning."},
		{"sv-SE", "Ringen har en djupblå safir i en enkel infattning."},
		{"fi-FI", "Sormuksessa on tummansininen safiiri yksinkertaisessa istutuksessa."},
	})
	rows = append(rows, pairRows(sc65Jadeite, false, [][2]string{
		{"fi-FI", "Sormuksessa on 12 mm:n tummanvihreä jadeiitti sterlinghopeassa."},
		{"sv-SE", "Ringen har en djupgrön jadeit i sterlingsilver."},
	})...)
	rows = append(rows, pairRows(sc65Seed, false, [][2]string{
		{"sv-SE", "I halsbandet sitter 24 vita odlade sötvattensfröpärlor samlade i en liten blomma."},
	})...)
	checkKindRows(t, checkService(t), CatGrounding, rows)
}
