package grounding

import "slices"

// treatment_rest68.go (#13, fbrule68: probe 68D fr-FR 68D03-3, a pietra
// dura pendant of lapis lazuli, nacre, black marble and malachite
// stabilised with resin: "Comme presque toute la malachite utilisée en
// joaillerie, la nôtre est stabilisée à la résine … Les autres pierres ne
// sont pas traitées"). A denial of a treatment said of "the other stones"
// (rest_words: "the other stones", "the remaining stones", "die übrigen
// Steine", "las demás piedras", "pozostałe kamienie", 其他宝石) is said of
// the product's stones other than those the text just named: read as every
// stone's, it denied the malachite its disclosed stabilisation and blocked
// as grounding.treatment. FTC 16 CFR 23.22 asks that a treatment be
// disclosed, and the copy did; the untreated rest are the lapis, the nacre
// and the marble. Where the rest hold a treated stone ("The sapphire is
// heated. The other stones are untreated." beside a dyed onyx) the denial
// still blocks.

// restStones is the product's stones (indices of p.Stones) a denial h
// whose clause starts at cs is about, when a rest word stands in its
// clause before it and no stone is named there: those not named, as
// stones of the product, in the text from the start of the sentence before
// h's up to cs. ok is false where no rest word stands there or the text
// before names none of the product's stones.
func (c *checker) restStones(h treatHit, cs int) (out []int, ok bool) {
	if c.lx.restWords.size() == 0 {
		return nil, false
	}
	rest := false
	for k := cs; k < h.a && !rest; k++ {
		rest = c.lx.restWords.endsAt(c.toks, k)
	}
	if !rest {
		return nil, false
	}
	ss, _ := c.sentenceOf(h.a)
	from := ss
	if ss > 0 {
		from, _ = c.sentenceOf(ss - 1)
	}
	var named []int
	for _, m := range c.ms {
		if m.ti < from || m.tj >= cs || m.f.kind != kindStone || !contains(c.facts.stones, m.f.value) {
			continue
		}
		for j := range c.p.Stones {
			if j < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[j].types, m.f.value) && !slices.Contains(named, j) {
				named = append(named, j)
			}
		}
	}
	if len(named) == 0 {
		return nil, false
	}
	for j := range c.p.Stones {
		if !slices.Contains(named, j) {
			out = append(out, j)
		}
	}
	return out, true
}
