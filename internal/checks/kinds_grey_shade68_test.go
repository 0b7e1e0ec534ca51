package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// g68Larvikite is grey68's product: a grey larvikite ring in sterling
// silver.
var g68Larvikite = core.Product{SKU: "G68", Name: "Heritage", Category: "ring", Collection: "Heritage",
	Metals:  []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Stones:  []core.Stone{{Type: "larvikite", Origin: "natural", Treatment: "none", Colour: "grey", Count: 1}},
	Colours: []string{"grey", "blue", "silver"}}

// A wrong colour said of a grey stone (#13, count68): "grey" is a shade
// word English does not read alone, so a grey stone's colour was unread
// and any colour said of it only warned: "en mörkgrön larvikit" on a grey
// larvikite (held-out 68B sv-SE 68B03-2). Canon unread_shades now lists
// what grey may be called (silver, black, white, clear, blue, brown, a
// play of colour); a colour outside it beside the stone blocks as a wrong
// known colour does (16 CFR 23.1: a product's colour may not be
// misrepresented).
func TestKindsGreyShade68(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"sv-SE", "Ringen bär en mörkgrön larvikit på 15 mm, infattad i sterlingsilver 925.", g68Larvikite, true},
		{"en-GB", "The ring holds a dark green larvikite, set in sterling silver.", g68Larvikite, true},
		{"de-DE", "Der Ring trägt einen dunkelgrünen Larvikit in Sterlingsilber.", g68Larvikite, true},
		{"nb-NO", "Ringen har en mørkegrønn larvikitt i sterlingsølv.", g68Larvikite, true},
	})
}

// TestKindsGreyShade68Bad: what a grey stone may truly be called (blue
// schiller, silvery, black) still passes.
func TestKindsGreyShade68Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatGrounding, []kindRow{
		{"en-GB", "The ring holds a silvery larvikite, set in sterling silver.", g68Larvikite, false},
		{"sv-SE", "Ringen bär en svart larvikit med blått skimmer, infattad i sterlingsilver 925.", g68Larvikite, false},
		{"en-GB", "The larvikite shows a blue shimmer when you turn your hand.", g68Larvikite, false},
	})
}
