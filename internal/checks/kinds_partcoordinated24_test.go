package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A category word beside the hinge of the piece names a part shaped like it
// (#13, part_coordinated24; released8b sv-SE H8B03-2 "Både ringen och
// gångjärnet är nickelfria", both the ring and the hinge of hoop earrings,
// was blocked grounding.category "ringen"): the hinge was no component of
// the packs, so the sentence had no part of the piece in it. It now is in
// 12 (gångjärn, hængsel, hengsel, Scharnier, scharnier, charnière, bisagra,
// cerniera, dobradiça, sarana, zawias, menteşe). On a pendant "this ring",
// or a ring beside a necklace, still blocks.
func TestKindsPartCoordinated24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	hoops := core.Product{SKU: "K24R", Name: "Minikreoler", Category: "earrings", Collection: "Essence",
		Materials:    []string{"gold-plated sterling silver"},
		Metals:       []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "925", PlatingMicrons: 2.5}},
		Features:     []string{"nickel-free", "hinged closure"},
		Measurements: []core.Measurement{{Name: "diameter", Value: 12, Unit: "mm"}}}
	pass := func(loc, text string) kindRow { return kindRow{loc, text, hoops, false} }
	pendant := core.Product{SKU: "K24Q", Name: "Drop", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Features: []string{"nickel-free"}}
	block := func(loc, text string) kindRow { return kindRow{loc, text, pendant, true} }
	checkKindRows(t, svc, "grounding", []kindRow{
		pass("sv-SE", "Både ringen och gångjärnet är nickelfria."),
		pass("da-DK", "Både ringen og hængslet er nikkelfri."),
		pass("nb-NO", "Både ringen og hengselet er nikkelfrie."),
		pass("de-DE", "Der Ring und das Scharnier sind nickelfrei."),
		pass("nl-NL", "De ring en het scharnier zijn nikkelvrij."),
		// on a pendant, "this ring" alone, or beside another piece, is a ring
		block("sv-SE", "Den här ringen är nickelfri och passar till vardags."),
		block("sv-SE", "Både ringen och halsbandet är nickelfria."),
		block("da-DK", "Denne ring er nikkelfri og passer til hverdag."),
		block("de-DE", "Dieser Ring ist nickelfrei und passt zu jedem Tag."),
	})
}
