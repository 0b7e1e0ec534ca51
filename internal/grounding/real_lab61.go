package grounding

import (
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// labRealSaid reports whether the diamond m, called real by a solid word
// beside it, is said of the piece's lab-grown diamonds with their
// lab-grown qualifier in the same sentence: "The lab-grown diamonds are
// real diamond crystal grown in a laboratory" (#13, probe61a: probe 61C
// en-US 61C03-1/3). A laboratory-grown diamond is a diamond and may be
// called one with its qualifier (FTC Jewelry Guides, 16 CFR 23.12 and
// 23.23), so "real" is true of it; the checker's built-in phrase reads
// the same (checks.labRealDiamond). It needs a lab-grown diamond in the
// product, the market's lab-grown qualifier in m's sentence and no
// negator there: "real diamonds, not lab-grown" and an unqualified "real
// diamonds" on a lab-grown-only piece still block.
func (c *checker) labRealSaid(m match) bool {
	lab := false
	for _, st := range c.p.Stones {
		t := strings.ToLower(st.Type)
		lab = lab || strings.Contains(t, "diamond") && (st.Origin == core.OriginLabGrown || isLabType(t))
	}
	if !lab {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	qualified := false
	for k := s; k <= e; k++ {
		if c.lx.negators.endsAt(c.toks, k) {
			return false
		}
		qualified = qualified || c.labGrownAt(k) > 0
	}
	return qualified
}
