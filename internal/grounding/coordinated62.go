package grounding

// coordinatedCrossSold reports whether the category match o, of another
// kind than the piece's, is the second arm of a coordination whose first
// arm is a piece offered beside this one, in one clause: "Dopnij go do
// naszej bransoletki z łańcuszka ze srebra próby 925 albo do naszyjnika z
// różowego złota" (clip it to our silver chain bracelet or to a rose gold
// necklace; #13, probe62: probe 62D pl-PL 62D03-3). A word of "and" or
// "or" (conjunctions) stands at most two words before o (a preposition
// may follow it: "albo do", "or to", "oder an"), and a category match
// before that word in the clause, within crossSellSentenceWindow words,
// is cross-sold (crossSoldCategory). The facts of o's noun phrase are
// then the other piece's, as the first arm's are. The piece's own kind
// is never such an arm: "a bracelet or a ring" on a ring keeps the ring.
func (c *checker) coordinatedCrossSold(o match) bool {
	if o.f.value == c.facts.category {
		return false
	}
	conj := -1
	for k := o.ti - 1; k >= 0 && k >= o.ti-3; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if conjunctions[c.toks[k].s] {
			conj = k
			break
		}
	}
	if conj < 1 || c.toks[conj].brk {
		return false
	}
	for _, p := range c.ms {
		if p.tj >= conj {
			break
		}
		if p.f.kind != kindCategory || p.f.value == c.facts.category || conj-p.tj > crossSellSentenceWindow || c.brkBetween(p.tj, conj) {
			continue
		}
		if c.crossSoldCategory(p) {
			return true
		}
	}
	return false
}
