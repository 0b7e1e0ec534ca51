package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsBeadPearl19: the pearl word that also names a bead is a bead in
// every case of the word on a product of beads without pearls, not only in
// the nominative and partitive (#13, released 20a: fi "sävy vaihtelee
// hieman helmestä toiseen" blocked as a pearl on a dumortierite bead
// necklace): Finnish elative, inessive, illative, ablative and the plural
// cases (Kielitoimiston sanakirja, helmi: 1. pearl, 2. bead). The other
// shared words (sv pärla, da/nb perle, de Perle, nl parel, it perla) match
// a pearl only in the forms bead_words already lists. A named
// (cultured) pearl still blocks there, and the same words still block on a
// product with neither beads nor pearls.
func TestKindsBeadPearl19(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	beads := core.Product{SKU: "BP19", Name: "Indigo Dumortierite Bead Necklace", Category: "necklace", Collection: "Essence",
		Materials: []string{"dumortierite", "14k gold-filled", "silk thread"}, Metals: []core.Metal{{Base: "brass", Plating: "gold-filled", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "dumortierite", Colour: "denim blue", Count: 64, Origin: "natural"}},
		Colours: []string{"denim blue", "gold"}, Measurements: []core.Measurement{{Name: "bead diameter", Value: 6, Unit: "mm"}}}
	plain := core.Product{SKU: "PL19", Name: "Essence", Category: "necklace", Materials: []string{"14k gold-filled"},
		Metals: []core.Metal{{Base: "brass", Plating: "gold-filled", Fineness: "14k"}}, Colours: []string{"gold"}}
	texts := []kindRow{
		{"fi-FI", "Kiven sävy vaihtelee hieman helmestä toiseen.", beads, false},
		{"fi-FI", "Jokaisessa helmessä on oma sävynsä.", beads, false},
		{"fi-FI", "Lanka kulkee jokaisen helmen läpi ja solmu tulee jokaiseen helmeen.", beads, false},
		{"fi-FI", "Helmien väliin on solmittu silkkilanka.", beads, false},
		{"fi-FI", "Sävy vaihtelee helmissä hieman.", beads, false},
		{"fi-FI", "Solmut helmistä toisiin pitävät ne paikallaan.", beads, false},
		{"fi-FI", "Lanka on pujotettu helmiin käsin.", beads, false},
		{"fi-FI", "Helmeltä toiselle sävy syvenee.", beads, false},
	}
	var rows []kindRow
	for _, r := range texts {
		rows = append(rows, r)
		r.p, r.block = plain, true // no beads, no pearls: the word is a pearl
		rows = append(rows, r)
	}
	rows = append(rows,
		kindRow{"fi-FI", "Kaulakorussa on viljeltyjä helmiä.", beads, true},
		kindRow{"sv-SE", "Halsbandet har odlade pärlor.", beads, true},
		kindRow{"da-DK", "Halskæden har kulturperler.", beads, true},
		kindRow{"it-IT", "Una collana con perle coltivate.", beads, true},
	)
	checkKindRows(t, svc, "grounding", rows)
}
