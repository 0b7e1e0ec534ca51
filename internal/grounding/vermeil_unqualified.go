package grounding

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// vermeilUnqualified reports vermeil said of a gold layer that is not
// vermeil as misdescribed plated metal (regulatory.plating), beside the
// grounding.material finding material has just added on the same words.
// Vermeil is sterling silver coated or plated with gold of at least 10
// karat, at least 2.5 microns thick (16 CFR 23.5(b); vermeilLayer reads
// the product's metals against that floor); a gold plating under 2.5
// microns, under 10 karat or of unknown karat or thickness, one over
// brass or another base than sterling silver, a bonded gold-filled layer
// or a gold tone called "vermeil", "vermeil de oro rosa", ヴェルメイユ,
// 버메일 (every pack's "gold vermeil" and "rose gold vermeil" forms) sells
// the plating as a layer it is not: a market rule on plated metal (#13,
// issue "plating and look-alike metal rules"; DESIGN.md regulatory:
// "plated metal not disclosed as plated"), and a fact the product
// contradicts, so it is reported under both categories, as the concept
// data's also: does. Only a blocking finding on m is doubled (an explained
// or weakly attached mention stays a warning of grounding alone), and only
// on a piece whose gold is a plating or a colour (facts.plated,
// facts.colours) and not its body: vermeil said of solid gold, or of
// sterling silver with no gold at all, is untrue but names no plated
// metal, and stays grounding's.
func (c *checker) vermeilUnqualified(m match) {
	if !strings.Contains(m.f.value, "vermeil") || len(c.out) == 0 {
		return
	}
	last := c.out[len(c.out)-1]
	if last.Rule != RuleMaterial || last.Severity != core.SeverityBlock || last.Start != m.start || last.End != m.end {
		return
	}
	if contains(c.facts.body, "gold") || !c.shows("gold") {
		return
	}
	c.out = append(c.out, core.Finding{
		Rule: RulePlating, Category: CategoryRegulatory, Severity: core.SeverityBlock,
		Message: fmt.Sprintf("%q: the product's gold layer is not vermeil (16 CFR 23.5: gold of at least 10 karat, at least 2.5 microns thick, over sterling silver); the product is %s", c.surface(m.start, m.end), c.materialsText()),
		Start:   m.start, End: m.end,
	})
}
