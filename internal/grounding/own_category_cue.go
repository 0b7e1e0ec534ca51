package grounding

// crossSellOnOwnCategory reports whether every cross-selling word before m
// in its sentence (within crossSellSentenceWindow words) is an attribute
// of the product's own category noun, which follows it directly: "our
// stacking ring, part of the Heritage collection", "this layering
// necklace is 45 cm long". Such a word names the kind of piece the
// product is, not another item, so the sentence is still about the
// product. A sentence with no cross-selling word reports false.
func (c *checker) crossSellOnOwnCategory(m match) bool {
	pc := c.facts.category
	if pc == "" {
		return false
	}
	cue := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-crossSellSentenceWindow; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if !c.lx.cross.endsAt(c.toks, k) {
			continue
		}
		if !c.ownCategoryAt(k + 1) {
			return false
		}
		cue = true
	}
	return cue
}

// ownCategoryAt reports whether a word of the product's own category
// starts at token k.
func (c *checker) ownCategoryAt(k int) bool {
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	for _, o := range c.ms {
		if o.ti > k {
			break
		}
		if o.ti == k && o.f.kind == kindCategory && o.f.value == c.facts.category {
			return true
		}
	}
	return false
}
