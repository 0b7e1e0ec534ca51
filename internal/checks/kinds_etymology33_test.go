package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsEtymology33: a precious metal named in the gloss of a stone's
// name or in the material's former use, in a sentence explaining the
// material, is the name's meaning or the mineral's history, not the
// piece's metal (#13, etymology33; released blind set 33, en-AU 33B104
// "Its name comes from the Greek for 'gold glue', as it was once used to
// solder gold" on a sterling silver chrysocolla ring blocked
// grounding.material "gold"). grounding/explained.go afterNameGloss, with
// vocab name_gloss_words in every pack: such a metal joins explain32's
// explained facts (a warning, not a block). Every pass row failed before;
// blocking twins: gold said of the ring in a sentence of the piece, and a
// gloss in the text's first sentence.
func TestKindsEtymology33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "E33", Name: "Lagoon Ring", Category: "ring", Collection: "Timeless",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "chrysocolla", Colour: "blue-green", Count: 1, Origin: "natural"}},
		Colours: []string{"blue", "green", "silver"}}
	rows := map[string][3]string{
		// locale: opening, gloss, piece said gold
		"en-AU": {"The Lagoon Ring holds one chrysocolla cabochon in sterling silver.", "Its name comes from the Greek for 'gold glue', as it was once used to solder gold.", "The ring is made of gold."},
		"en-GB": {"The Lagoon Ring holds one chrysocolla cabochon in sterling silver.", "Its name means 'gold glue' in Greek.", "The ring is made of gold."},
		"de-DE": {"Der Ring Lagoon trägt einen Chrysokoll-Cabochon in Sterlingsilber.", "Der Name bedeutet auf Griechisch „Leim für Gold“.", "Der Ring ist aus Gold."},
		"fr-FR": {"La bague Lagoon porte un cabochon de chrysocolle en argent sterling.", "Son nom vient du grec et signifie « colle d'or ».", "La bague est en or."},
	}
	var krs []kindRow
	for loc, r := range rows {
		krs = append(krs, kindRow{loc, r[0] + " " + r[1], p, false}, kindRow{loc, r[0] + " " + r[2], p, true}, kindRow{loc, r[1], p, true})
	}
	checkKindRows(t, svc, CatGrounding, krs)
}
