package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A gold-filled metal named with its gold colour (#13, gold_filled21;
// released21a H21a10 en-US, fr-CA, it-IT, nb-NO, cs-CZ): "14k rose
// gold-filled" in the product's data was read as rose gold followed by an
// unknown word, so the piece was solid rose gold: "gold-filled" in copy
// blocked grounding.material in five locales, and "massivt 14 karat
// roségull" (solid rose gold) passed. Gold-filled names its gold colour as
// vermeil does (FTC 16 CFR 23.3: "14K rose gold filled"): rose and yellow
// gold-filled are gold-filled and plated with that gold, never the gold
// itself.
func TestKindsGoldFilled21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	locket := core.Product{SKU: "GF21", Name: "Engraved Oval Locket", Category: "necklace", Collection: "Timeless",
		Materials: []string{"14k rose gold-filled"}, Metals: []core.Metal{{Base: "brass", Plating: "rose gold", Fineness: "14k", PlatingMicrons: 25}},
		Colours: []string{"rose gold"}, Features: []string{"hand-engraved", "rose gold-filled chain"}}
	plain := locket // the plain strings alone
	plain.Metals = nil
	yellow := core.Product{SKU: "GF21Y", Name: "Oval Locket", Category: "necklace",
		Materials: []string{"14k yellow gold-filled"}, Colours: []string{"yellow gold"}}
	solid := core.Product{SKU: "GF21S", Name: "Oval Locket", Category: "necklace",
		Materials: []string{"14k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "14k"}}, Colours: []string{"rose gold"}}
	// failed before: the gold-filled words on the rose gold-filled piece
	checkKindRows(t, svc, "", []kindRow{
		{"en-US", "This locket is an oval of 14k rose gold-filled metal. Gold-filled pieces carry a thick bonded layer of 14k rose gold over a brass core.", locket, false},
		{"en-GB", "An oval locket in rose gold-filled metal on a rose gold filled chain.", plain, false},
		{"fr-CA", "Ce médaillon est façonné en plaqué or rose 14 carats par laminage (gold-filled).", locket, false},
		{"it-IT", "Questo medaglione è realizzato in gold filled di oro rosa 14 carati.", locket, false},
		{"nb-NO", "Medaljongen er laget i 14 karat rosé gold-filled, et tykt lag roségull valset på messing.", locket, false},
		{"cs-CZ", "Medailonek je vyroben z 14karátového růžového gold-filled.", locket, false},
		{"de-DE", "Das Medaillon ist aus 14 Karat Rosé-Gold-filled gefertigt.", plain, false},
		{"es-MX", "El medallón es de gold filled de oro rosa de 14 quilates.", locket, false},
		{"en-US", "A 14k yellow gold-filled oval locket.", yellow, false},
		{"en-US", "Gold-filled: a thick bonded layer of 14k yellow gold.", yellow, false},
	})
	// must still block: the gold-filled piece called solid gold, and the
	// gold-filled words on a piece of solid rose gold
	checkKindRows(t, svc, "regulatory", []kindRow{
		{"nb-NO", "Medaljongen er laget i massivt 14 karat roségull.", locket, true},
		{"en-US", "This locket is solid 14k rose gold.", locket, true},
		{"en-US", "This locket is solid 14k rose gold.", plain, true},
		{"de-DE", "Das Medaillon ist aus massivem Roségold.", locket, true},
		{"en-US", "A locket in solid 14k yellow gold.", yellow, true},
	})
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-US", "This locket is an oval of 14k rose gold-filled metal.", solid, true},
		{"it-IT", "Questo medaglione è realizzato in gold filled di oro rosa 14 carati.", solid, true},
		{"cs-CZ", "Medailonek je vyroben z 14karátového růžového gold-filled.", solid, true},
	})
}
