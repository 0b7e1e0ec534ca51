package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsCollectionNoun32: a collection the product is not in, named at
// the start of a sentence right before the language's word for a
// collection, is the collection, not an ordinary word (#13,
// collectionnoun32). fi-FI "Heritage-kokoelman Pisara-korvakorut ovat
// kevyet" on a piece of Essence only warned (grounding.collection: a one-
// word name at a sentence start may be a word): data/fi/glossary.yaml had
// mallisto and sarja but not kokoelma, so checkCollectionSpelling's
// "before a word for a collection" did not upgrade it. The other 24
// locales block already (collection, Kollektion, colección, collezione,
// coleção, collectie, kollektion, kolleksjon, kolekcja, kolekce,
// koleksiyon, συλλογή, مجموعة, コレクション, 컬렉션, 系列). The twins: the
// piece's own collection beside kokoelma passes, and "Heritage" as a word
// at a sentence start still only warns.
func TestKindsCollectionNoun32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ear := core.Product{SKU: "CN32", Name: "Pisara Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"fi-FI", "Heritage-kokoelman Pisara-korvakorut ovat kevyet.", ear, true},
		{"fi-FI", "Heritage-kokoelmasta löytyvät Pisara-korvakorut.", ear, true},
		{"fi-FI", "Heritage kokoelma: Pisara-korvakorut ovat hopeaa.", ear, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"fi-FI", "Essence-kokoelman Pisara-korvakorut ovat kevyet.", ear, false},
		{"fi-FI", "Heritage on meille tärkeää. Korvakorut ovat hopeaa.", ear, false},
		{"en-GB", "Heritage matters to us. These earrings are sterling silver.", ear, false},
	})
}
