package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The forty-eighth session's gf54 kind (issue #13, probe 54C): a
// gold-filled piece whose PIM record carries the US trade's quality mark
// as its fineness ("12/20": a layer of 12-karat gold that is one twentieth
// of the metal's weight, FTC Jewelry Guides 16 CFR 23.5) was refused by the
// product model; it is now read as the layer's karat, so copy that names
// the mark or the karat is grounded and copy that names another karat or
// calls the piece solid gold still blocks.

// gf54Hoops are 12/20 gold-filled hoops over sterling silver.
var gf54Hoops = core.Product{SKU: "GF54-1", Name: "Sol Hoops", Category: "earrings", Collection: "Essence",
	Materials: []string{"gold-filled sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Plating: "gold-filled", Fineness: "12/20"}},
	Colours:   []string{"gold"}}

// gf54Chain is a 1/20 14k gold-filled chain over brass, the mark written
// share first.
var gf54Chain = core.Product{SKU: "GF54-2", Name: "Luz Chain", Category: "necklace", Collection: "Essence",
	Metals:  []core.Metal{{Base: "brass", Plating: "gold-filled", Fineness: "1/20 14k"}},
	Colours: []string{"gold"}}

// gf54Marked is a gold layer over sterling silver recorded as "gold"
// plating with a gold-filled mark and a thickness over vermeil's 2.5
// microns: a bonded gold-filled layer, not vermeil (16 CFR 23.5).
var gf54Marked = core.Product{SKU: "GF54-3", Name: "Sol Ring", Category: "ring", Collection: "Essence",
	Metals:  []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "1/20 14k", PlatingMicrons: 5}},
	Colours: []string{"gold"}}

var gf54Pass = []kindRow{
	{"en-US", "The Sol Hoops are 12/20 gold-filled over sterling silver: a thick layer of 12k gold bonded to the silver.", gf54Hoops, false},
	{"en-US", "Gold-filled means a layer of 12-karat gold that makes up one twentieth of the metal's weight.", gf54Hoops, false},
	{"de-DE", "Die Creolen sind aus Sterlingsilber mit einer Doublé-Schicht aus 12-karätigem Gold.", gf54Hoops, false},
	{"en-US", "The Luz Chain is 14k gold-filled, marked 1/20 14K GF on the clasp.", gf54Chain, false},
	{"en-US", "The Sol Ring is 14k gold-filled over sterling silver.", gf54Marked, false},
}

var gf54Bad = []struct {
	kindRow
	cat string
}{
	{kindRow{"en-US", "The Sol Hoops are solid 12k gold.", gf54Hoops, true}, CatClaim},
	{kindRow{"en-US", "The Sol Hoops are 18k gold-filled over sterling silver.", gf54Hoops, true}, CatGrounding},
	{kindRow{"en-US", "The Luz Chain is 18k gold-filled.", gf54Chain, true}, CatGrounding},
	{kindRow{"en-US", "The Sol Ring is 14k gold vermeil, a thick layer of gold over sterling silver.", gf54Marked, true}, CatGrounding},
}

// TestKindsGoldFilled54 (issue #13, gf54): copy of a gold-filled piece
// recorded with its quality mark passes.
func TestKindsGoldFilled54(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", gf54Pass)
}

// TestKindsGoldFilled54Bad (issue #13, gf54): another karat, or solid gold,
// still blocks on such a piece.
func TestKindsGoldFilled54Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	for _, r := range gf54Bad {
		checkKindRows(t, svc, r.cat, []kindRow{r.kindRow})
	}
}
