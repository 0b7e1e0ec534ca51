package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's coloured variety (#13, the thirteenth session, seen by left13):
// a topaz recorded with colour blue called a "blue topaz", "Blautopas",
// "topaze bleue" was blocked as another stone, blue topaz being a value of
// its own. A variety the canon knows as the stone (blue topaz implies
// topaz) is the stone of that colour; a blue topaz on a white topaz
// still blocks.
func TestKindsVariety13(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pendant := func(colour string) core.Product {
		return core.Product{SKU: "H13V", Name: "Topaz Pendant", Category: "pendant", Collection: "Signature",
			Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: "topaz", Colour: colour, Count: 1, Origin: core.OriginNatural}},
			Colours: []string{"silver", colour}}
	}
	for _, r := range []struct {
		locale, colour, text string
		block                bool
	}{
		{"en-GB", "blue", "A sterling silver pendant with an oval blue topaz.", false},
		{"de-DE", "blue", "Ein Anhänger aus Sterlingsilber mit einem ovalen Blautopas.", false},
		{"fr-FR", "blue", "Un pendentif en argent sterling orné d'une topaze bleue ovale.", false},
		{"en-GB", "white", "A sterling silver pendant with an oval blue topaz.", true},
	} {
		blocked, fs := groundingBlocked(t, svc, pendant(r.colour), r.locale, r.text)
		if blocked != r.block {
			t.Errorf("%s %s %q: blocked %v, want %v: %+v", r.locale, r.colour, r.text, blocked, r.block, fs)
		}
	}
}
