package checks

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsColourGroupCount33 (#13, released 33's blind33A-en-US-33A106-3
// and blind33A-nl-NL-33A130-2, colourgroupcount33): a number followed by
// a colour adjective with its noun elided ("four blue ones", "vier
// blaue", "quatre bleus", "drie lichtblauwe", "fyra blå") in a sentence
// about the piece's stones counts the product's stone group of that
// colour. On a ring of nine clear and three blue cubic zirconia the
// wrong blue count blocks (it passed before) and the true counts pass, in
// every language whose grammar elides the noun after a number and an
// adjective.
func TestKindsColourGroupCount33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := colourGroupRing("CG33")
	// Each text has %s for the blue count; the rows block with the wrong
	// count (four) and pass with the true one (three).
	texts := []countText{
		{"en-US", "A row of twelve cubic zirconia stones across the top: nine clear stones with %s blue ones set between them.", "four", "three"},
		{"en-GB", "Twelve cubic zirconia: nine clear and %s blue.", "four", "three"},
		{"en-AU", "It is set with nine clear cubic zirconia and %s blue ones.", "four", "three"},
		{"de-DE", "Zwölf Zirkonia: neun klare und %s blaue.", "vier", "drei"},
		{"fr-FR", "Douze zircons : neuf incolores et %s bleus.", "quatre", "trois"},
		{"fr-CA", "Il est serti de neuf zircons incolores et de %s bleus.", "quatre", "trois"},
		{"es-ES", "Doce circonitas: nueve transparentes y %s azules.", "cuatro", "tres"},
		{"es-MX", "Tiene nueve zirconias transparentes y %s azules.", "cuatro", "tres"},
		{"it-IT", "Dodici zirconi: nove trasparenti e %s blu.", "quattro", "tre"},
		{"pt-PT", "Doze zircónias: nove transparentes e %s azuis.", "quatro", "três"},
		{"pt-BR", "Doze zircônias: nove transparentes e %s azuis.", "quatro", "três"},
		{"nl-NL", "Twaalf zirkonia's: negen heldere en %s lichtblauwe, verdeeld als druppels.", "vier", "drie"},
		{"sv-SE", "Tolv zirkonior: nio klara och %s ljusblå.", "fyra", "tre"},
		{"da-DK", "Tolv zirkonia: ni klare og %s lyseblå.", "fire", "tre"},
		{"nb-NO", "Tolv zirkonia: ni klare og %s blå.", "fire", "tre"},
		{"fi-FI", "Kaksitoista zirkoniaa: yhdeksän kirkasta ja %s sinistä.", "neljä", "kolme"},
		{"pl-PL", "Dwanaście cyrkonii: dziewięć przezroczystych i %s niebieskie.", "cztery", "trzy"},
		{"cs-CZ", "Dvanáct zirkonů: devět čirých a %s modré.", "čtyři", "tři"},
		{"tr-TR", "On iki zirkon: dokuz şeffaf ve %s mavi.", "dört", "üç"},
		{"el-GR", "Δώδεκα ζιργκόν: εννέα διάφανα και %s μπλε.", "τέσσερα", "τρία"},
	}
	rows := wrongRightRows(p, texts)
	// The number counts nothing of a colour group where a noun follows
	// the colour, where no stone of the piece is named before it in its
	// sentence, or where no group has the colour: these pass.
	rows = append(rows,
		kindRow{"en-GB", "Nine clear stones sit beside four blue enamel dots.", p, false},
		kindRow{"en-GB", "Four blue ones would be too many; this ring has nine clear stones.", p, false},
		kindRow{"de-DE", "Neun klare Zirkonia und zwei silberne.", p, false})
	checkKindRows(t, svc, CatGrounding, rows)
}

// colourGroupRing is the ring of the colour-group count kinds: nine clear
// and three blue cubic zirconia in sterling silver.
func colourGroupRing(sku string) core.Product {
	return core.Product{SKU: sku, Name: "Twilight", Category: "ring", Collection: "Lumière",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 9, Origin: "simulant"},
			{Type: "cubic zirconia", Colour: "blue", Count: 3, Origin: "simulant"}},
		Colours: []string{"silver", "blue"}}
}

// countText is a text with %s for a count: wrong must block, right pass.
type countText struct{ locale, text, wrong, right string }

// wrongRightRows makes two rows of each text on p: with the wrong count
// (blocks) and with the right one (passes).
func wrongRightRows(p core.Product, texts []countText) []kindRow {
	var rows []kindRow
	for _, tc := range texts {
		rows = append(rows,
			kindRow{tc.locale, fmt.Sprintf(tc.text, tc.wrong), p, true},
			kindRow{tc.locale, fmt.Sprintf(tc.text, tc.right), p, false})
	}
	return rows
}
