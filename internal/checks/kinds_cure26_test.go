package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A word of healing that is also a word of making (#13, cure26; the
// released half of set 26: "cured" of Bakelite resin in en-AU, "legende",
// legend, of Apache tears in nb-NO, read as health claims). English
// "cured"/"curing" harden a resin or a lacquer; Norwegian "legende" is the
// noun legend as well as the adjective healing (Bokmålsordboka, "legende"
// 1 and 2). The claim keeps its forms: "cures", "a cure for", "curative",
// "legende kraft", "virker legende".
func TestKindsCure26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K26C1", Name: "Resin Bangle", Category: "bracelet", Collection: "Heritage",
		Materials: []string{"phenolic resin", "brass"}, Metals: []core.Metal{{Base: "brass"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, p, false} }
	block := func(loc, text string) kindRow { return kindRow{loc, text, p, true} }
	checkKindRows(t, svc, "claim", []kindRow{
		pass("en-GB", "Once the resin is cured under heat, it never softens again."),
		pass("en-US", "Heat-cured phenolic resin gives the bangle its weight."),
		pass("en-AU", "The resin is poured, cured and polished by hand."),
		pass("nb-NO", "Navnet kommer fra en gammel legende om sørgende kvinner."),
		pass("nb-NO", "Ifølge en legende ble steinen funnet i ørkenen."),
		block("en-GB", "The resin cures headaches and anxiety."),
		block("en-US", "A natural cure for stress, worn every day."),
		block("en-AU", "Its curative energy soothes the mind."),
		block("nb-NO", "Steinen har legende kraft og gir indre ro."),
		block("nb-NO", "Harpiksen virker legende på kropp og sinn."),
	})
}
