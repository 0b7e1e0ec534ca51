package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The word for clear coordinated with the other attributes of the piece's
// white metal is the metal's brightness, not a colourless stone (#13,
// left61; released 60A fi-FI 60A04 "Tuloksena on kirkas, lähes valkoinen
// hopea" on Argentium silver blocked as the colour clear). Finnish
// "kirkas" is clear and bright (Kielitoimiston sanakirja, "kirkas" 1-3);
// right before the metal ("kirkas hopea") it already passed, and attributes
// joined by a comma or "ja" before one noun describe that noun (Iso suomen
// kielioppi para. 1024). Said of beads, stones or another metal it is still
// the colour clear.
func TestKindsBrightMetal61(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	arg := core.Product{SKU: "A61", Name: "Argentium-ketju", Category: "necklace", Collection: "Timeless",
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	pd := core.Product{SKU: "P61", Name: "Palladium-sormus", Category: "ring", Collection: "Timeless",
		Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"silver"}}
	rows := []kindRow{
		// failed before
		{"fi-FI", "Tuloksena on kirkas, lähes valkoinen hopea, joka hohtaa kauniisti päivänvalossa.", arg, false},
		{"fi-FI", "Ketju on kirkasta ja lähes valkoista hopeaa.", arg, false},
		{"fi-FI", "Ketju on kirkasta, valkoista metallia.", arg, false},
		{"fi-FI", "Kirkas ja kestävä hopea kiiltää joka liikkeellä.", arg, false},
		{"fi-FI", "Sormus on kirkasta, lähes valkoista metallia.", pd, false},
		{"cs-CZ", "Výsledkem je čiré, téměř bílé stříbro.", arg, false},
		// passed before: the clear word right before the metal, other languages' forms
		{"fi-FI", "Tuloksena on kirkas hopea.", arg, false},
		{"sv-SE", "Resultatet är ett klart, nästan vitt silver.", arg, false},
		{"nl-NL", "Het resultaat is helder, bijna wit zilver.", arg, false},
		{"en-GB", "The result is a clear, almost white silver.", arg, false},
	}
	checkKindRows(t, svc, "", rows)
}

// TestKindsBrightMetal61Bad: the clear word coordinated before beads or
// stones, or before a white metal on a yellow-gold piece, still blocks.
func TestKindsBrightMetal61Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	arg := core.Product{SKU: "A61", Name: "Argentium-ketju", Category: "necklace", Collection: "Timeless",
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Colours: []string{"silver"}}
	gold := core.Product{SKU: "G61", Name: "Ketju", Category: "necklace", Collection: "Timeless",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}
	rows := []kindRow{
		{"fi-FI", "Kirkkaat, lähes valkoiset helmet koristavat ketjua.", arg, true},
		{"fi-FI", "Kirkkaat ja valkoiset kivet reunustavat hopeaketjua.", arg, true},
		{"fi-FI", "Ketjussa on kirkkaita, lähes valkoisia kiviä.", arg, true},
		{"fi-FI", "Tuloksena on kirkas, lähes valkoinen hopea.", gold, true},
		{"fi-FI", "Ketju on kirkasta ja lähes valkoista metallia.", gold, true},
	}
	checkKindRows(t, svc, "", rows)
}
