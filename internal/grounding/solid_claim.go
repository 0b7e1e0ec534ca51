package grounding

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/core"
)

// solidClaim reports a solid, pure or real word said of a precious metal
// the piece is not made of at all, nor shows as a plating or a colour (that
// is plating's case): "massivt guld" on a sterling silver bracelet, "solid
// platinum" on 14k gold, 纯金 on stainless steel. The words are untrue
// (grounding reports the metal) and a claim of solidity the product's data
// does not support (DESIGN.md section 4: "solid gold" is a claim; FTC
// Jewelry Guides 16 CFR 23.4 on "solid gold", 23.6 and 23.7 on silver and
// platinum; the Hallmarking Act 1973 s.1), in every language with a
// vocabulary: the metal and its solid word are read as plating reads them,
// by the locale pack's vocabulary (a "solid gold" form, or a metal word
// beside one of the pack's solid words), not by a list of phrases of its
// own. The evidence is the checker's for claim.solid_gold: a body of that
// metal, not plated and not vermeil (facts.body), so "solid gold" on solid
// 14k gold and "solid silver" on sterling silver pass. A metal the
// attributes give a part ("clasp: 18k gold") is that part's; a negated,
// weak or out-of-scope word (another item, a comparison) claims nothing
// of the piece (#13, solid25).
func (c *checker) solidClaim() {
	for i, m := range c.ms {
		if m.negated || m.f.weak || c.scopes[i] != scopeProduct && c.scopes[i] != scopeComponent {
			continue
		}
		metal := ""
		switch m.f.kind {
		case kindMaterial:
			if c.cn.isSolidValue(m.f.value) || c.solidWithin(m) || c.solidNear(m) {
				metal = c.cn.PreciousMetals[m.f.value]
			}
		case kindColour:
			// A colour word is the metal only right beside a solid word
			// (Greek "καθαρό ασήμι"), as plating reads it.
			if c.solidAdjacent(m) {
				metal = c.cn.SolidMetals[m.f.value]
			}
		}
		if metal == "" || contains(c.facts.body, metal) || c.shows(metal) ||
			contains(c.facts.partMaterials, metal) || contains(c.facts.partMaterials, m.f.value) || c.reported(m, RuleSolidClaim) {
			continue
		}
		c.out = append(c.out, core.Finding{
			Rule: RuleSolidClaim, Category: CategoryClaim, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q claims solid %s; the product is not solid %s (%s)", c.surface(m.start, m.end), metal, metal, c.materialsText()),
			Start:   m.start, End: m.end,
		})
	}
}
