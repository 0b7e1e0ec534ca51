package grounding

// sibling_listed53.go (#13, mat53): a relative of the piece's stone listed
// with it as the subject of their common species is no stone of the
// piece. "La citrine et l'améthyste sont toutes deux du quartz, coloré par
// des traces de fer" on a heated citrine (probe 53C fr-CA 53C103) blocked
// amethyst: siblingSpecies reads a sibling said to be the piece's species
// only as its clause's first fact ("Ruby is corundum too"), and here the
// piece's own stone comes first, joined to it by a list word. Where the
// fact before the relative (canon relatives, relativeOfOwn) is one of the
// product's own stones, first in its clause and listed with it (a list
// word, at most an article between: "La citrine et l'améthyste", "Citrine
// and amethyst"), and the clause goes on within siblingReach words to the
// species of the product's stone (genusOfOwn: quartz), with no word of
// the piece in the sentence, the two are named as kinds of the species.
// "The pendant holds a citrine and an amethyst, both quartz" (a word of
// the piece) and "Citrine and amethyst sparkle together" (no species)
// still block.

// siblingWithOwn reports whether the stone match i is a relative of the
// product's stone listed after it as their species' subject (see above).
func (c *checker) siblingWithOwn(i int, m match) bool {
	if m.negated || i == 0 || contains(c.facts.stones, m.f.value) || !c.relativeOfOwn(m.f.value) {
		return false
	}
	j := i - 1
	for j > 0 && c.ms[j].f.kind == kindIgnore {
		j--
	}
	p := c.ms[j]
	if p.f.kind != kindStone || p.negated || !contains(c.facts.stones, p.f.value) || m.ti-p.tj > 3 || m.ti <= p.tj+1 {
		return false
	}
	list := false
	for k := p.tj + 1; k < m.ti; k++ {
		if c.toks[k].brk {
			return false
		}
		switch t := c.toks[k].s; {
		case c.lx.mw.listWords[t] || c.conjAt(k):
			list = true
		case c.lx.determiners[t] || c.lx.definites.endsAt(c.toks, k):
		default:
			return false
		}
	}
	if !list {
		return false
	}
	cs := p.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	for _, n := range c.ms {
		if n.ti >= cs && n.ti < p.ti && n.f.kind != kindIgnore {
			return false // the own stone is not the clause's first fact
		}
		if n.ti <= m.tj {
			continue
		}
		if n.ti > m.tj+siblingReach || c.brkBetween(m.tj, n.ti) {
			break
		}
		if n.f.kind == kindStone && !n.negated && c.genusOfOwn(n.f.value) {
			return !c.pieceWordInSentence(m)
		}
	}
	return false
}
