package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// "Silver plated with 1 micron of 14k gold" names the base and then its
// plating (#13, the twelfth session: a charm of gold-plated silver on a
// two-tone bracelet blocked as silver plating the product lacks). English
// writes "silver plated" for both silver plating and plated silver; before
// "with" the metal word stands alone (en-GB vocab not_after). Silver
// plating written before "with" still reads as plating where the product
// has it, and a false base still blocks.
func TestKindsPlatedWith12(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	twoTone := core.Product{SKU: "P12", Name: "Story", Category: "bracelet", Collection: "Moments",
		Materials: []string{"sterling silver", "14k gold-plated silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"},
			{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 1}},
		Colours: []string{"silver", "gold"}}
	goldPlatedBrass := core.Product{SKU: "P12B", Name: "Sun", Category: "earrings", Collection: "Moments",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 2}},
		Colours: []string{"gold"}}
	silverPlatedBrass := core.Product{SKU: "P12S", Name: "Moon", Category: "bracelet", Collection: "Moments",
		Materials: []string{"silver-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "silver"}},
		Colours: []string{"silver"}}
	for _, r := range []struct {
		p     core.Product
		text  string
		block bool
	}{
		{twoTone, "A star in silver plated with 1 micron of 14k gold hangs beside the heart.", false},
		{twoTone, "The star is sterling silver plated with 14k gold.", false},
		{goldPlatedBrass, "The hoops are gold-plated with 2 microns over brass.", false},
		{goldPlatedBrass, "The hoops are gold plated with a 2 micron layer over a brass core.", false},
		{silverPlatedBrass, "The cuff is silver-plated with a bright finish over brass.", false},
		{goldPlatedBrass, "The hoops are made of silver plated with gold.", true},
		{silverPlatedBrass, "The cuff is sterling silver plated with rhodium.", true},
	} {
		for _, loc := range []string{"en-GB", "en-US", "en-AU"} {
			if blocked, fs := groundingBlocked(t, svc, r.p, loc, r.text); blocked != r.block {
				t.Errorf("%s %s %q: grounding block %v, want %v: %+v", r.p.SKU, loc, r.text, blocked, r.block, fs)
			}
		}
	}
}
