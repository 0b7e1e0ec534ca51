package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsEveryday37Companion: everyday styling names the other pieces to
// wear with the product. Probe 37e blocked grounding.category ("calls it")
// on four truthful texts where such a piece was read as the product's own
// type: "Teräskello ja pienet nappikorvakorut viimeistelevät
// kokonaisuuden" and "Ocelové hodinky a drobné náušnice pecky stačí" (a
// steel watch and small stud earrings finish the look: a list opening the
// sentence in languages without articles, read as its subject or as a
// repeated category), "Dodaj złotą bransoletkę" (add a gold bracelet) and
// "Den matcher perleørestikker" (it matches pearl studs). A category word
// that is a later member of a list opening with a worn item (clothing, a
// watch, also as a compound's head, or another type) is now another item
// (listedAfterWorn, anchor.go), and the imperative "add" and "matches"
// are category cross-selling words where they were missing (fi lisää,
// da/nb matcher, sv matchar; sv clothing_stems klock). Every pass row
// blocked before. Left: pl "Dodaj" and cs "Přidejte" (add) as category
// cross-selling words unblock TestKindsOtherPieceNamed's control ("Dodaj
// zawieszkę Petra, która ma zielony szmaragd"), so "Dodaj złotą
// bransoletkę" on earrings still blocks. The twins name the piece as the other
// type ("this bracelet", in a list or not) and still block.
func TestKindsEveryday37Companion(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ring := core.Product{SKU: "E37R", Name: "Aurora Halo Ring", Category: "ring", Collection: "Signature",
		Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "585"}},
		Colours: []string{"silver"}}
	neck := core.Product{SKU: "E37N", Name: "Pearl Drop Necklace", Category: "necklace", Collection: "Timeless",
		Materials: []string{"18k yellow gold"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "750"}},
		Colours: []string{"gold"}}
	checkKindRows(t, svc, "", []kindRow{
		{"fi-FI", "Sormus on valkokultaa. Teräskello ja pienet nappikorvakorut viimeistelevät kokonaisuuden.", ring, false},
		{"fi-FI", "Sormus on valkokultaa. Lisää kultainen rannekoru tai ohut sormus.", ring, false},
		{"cs-CZ", "Prsten je z bílého zlata. Ocelové hodinky a drobné náušnice pecky stačí.", ring, false},
		{"da-DK", "Halskæden er i 18 karat guld. Den matcher perleørestikker eller en armring i guld.", neck, false},
		{"nb-NO", "Halskjedet er i 18 karat gull. Det matcher perleøredobber eller en armring i gull.", neck, false},
		{"sv-SE", "Ringen är i vitguld. En stålklocka och små örhängen fullbordar looken.", ring, false},
	})
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"fi-FI", "Tämä rannekoru on valkokultaa.", ring, true},
		{"fi-FI", "Sormus on valkokultaa. Tämä rannekoru on valkokultaa, ja teräskello ja tämä rannekoru kuuluvat samaan sarjaan.", ring, true},
		{"cs-CZ", "Tento náramek je z bílého zlata.", ring, true},
		{"pl-PL", "Ta bransoletka jest z białego złota.", ring, true},
		{"da-DK", "Denne armring er i 18 karat guld.", neck, true},
		{"sv-SE", "Det här armbandet är i vitguld.", ring, true},
	})
}
