package grounding

// The piece named with a demonstrative in a sentence about other items
// (#13, other38). other_items cues ("sold separately", "from the same
// collection", "matching", "別売り", "同系列") make their whole sentence
// about another item, so the product's own kind offered there is read as
// that item ("add the ring with the small pearl from the same collection,
// sold separately" on a ring set). The piece itself, pointed at by a
// demonstrative before the fact with no other piece named between ("this
// ring carries a small pearl, and the matching necklace is sold
// separately", "αυτό το δαχτυλίδι με τη μικρή πέρλα της ίδιας συλλογής"),
// keeps the fact: it is still compared.

// thisPieceBefore reports whether a category word of the product's own
// kind (or a related one, as headOfFact reads it) after a demonstrative
// stands before m in its sentence, and no category word of another piece
// stands between it and m.
func (c *checker) thisPieceBefore(m match) bool {
	pc := c.facts.category
	if pc == "" || c.lx.demonstr.phrases.size() == 0 {
		return false
	}
	this := false
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind != kindCategory || c.sbrkBetween(o.tj, m.ti) {
			continue
		}
		own := o.f.value == pc || contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f)
		switch {
		case own && c.afterDemonstrative(o):
			this = true
		case !own || c.otherPiece(o):
			this = false // another piece named after it: the fact may be its
		}
	}
	return this
}
