package grounding

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestFindingsAreDeterministic: the same product and text give the same
// findings, in the same order and with the same messages, every time. The
// product's attributes are a map, so anything listed from them (the
// lengths in "the product measures …", the per-part attribute) must be
// read in a stable order; before, runs differed and two builds' findings
// digests could not be compared.
func TestFindingsAreDeterministic(t *testing.T) {
	t.Parallel()
	p := core.Product{
		SKU: "DET-1", Name: "Vela Chain Bracelet", Category: "bracelet",
		Materials: []string{"sterling silver"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 6}},
		Attributes: map[string]string{
			"width_mm": "4", "length_cm": "19", "extender_cm": "3", "clasp_mm": "11",
			"charm_height_mm": "14", "stones_per_side": "3", "stones_per_link": "2",
		},
	}
	for _, locale := range []string{"en-GB", "fr-FR", "de-DE", "ja-JP"} {
		text := "The Vela bracelet is 31 cm long, with 5 stones on each side and a 2 cm clasp."
		first := fmt.Sprint(Check(p, locale, text))
		for range 30 {
			if got := fmt.Sprint(Check(p, locale, text)); !reflect.DeepEqual(got, first) {
				t.Fatalf("%s: findings differ between runs:\n%s\n%s", locale, first, got)
			}
		}
	}
}
