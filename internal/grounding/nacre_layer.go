package grounding

// stonePredicateGap is how many words may stand between the copula after
// the product's own stone and a word of its predicate (a determiner and an
// adjective or two: "is the inner layer", "er det innerste laget i").
const stonePredicateGap = 4

// stonePredicate reports whether token k stands in the predicate of a
// sentence s that opens with the product's own stone and a copula, within
// stonePredicateGap words of the copula: "Mother-of-pearl is the inner
// layer of some shells", "Parelmoer is de binnenste laag", "Perlemor er
// det innerste laget i enkelte skjell" (#13, released37: released 37
// tr-TR 37B104-1 and its twins in every locale). There "layer" is the
// shell's layer the stone is, not a layer of plating, and Bokmål "laget
// i" the layer in, not "made in": words of the stone's nature, not of the
// piece. "The disc is a layer of gold", whose subject is no stone, is
// still the piece's.
func (c *checker) stonePredicate(s, k int) bool {
	for _, n := range c.ms {
		if n.ti > s {
			break
		}
		if n.ti != s || n.negated || !c.ownStoneMatch(n) {
			continue
		}
		cop := n.tj + 1
		if cop < len(c.toks) && c.toks[cop].brk && cop+1 < len(c.toks) && !c.toks[cop+1].sbrk {
			cop++ // "Sedef, … iç katmanıdır": the subject set off by a comma
		}
		return cop < k && k <= cop+stonePredicateGap && c.isCopula(cop) && !c.breakBetween(cop, k)
	}
	return false
}

// ownStoneMatch reports whether the match n names the product's own stone
// or its organic stone material (mother-of-pearl, shell and amber are the
// product's materials too), not its metal.
func (c *checker) ownStoneMatch(n match) bool {
	switch n.f.kind {
	case kindStone:
		return contains(c.facts.stones, n.f.value)
	case kindMaterial:
		return contains(c.facts.materials, n.f.value) && !c.pieceMetal(n.f.value) && !c.pieceNonMetal(n.f.value) && c.inStoneType(n.f.value)
	}
	return false
}

// constituentVerb reports whether the piece verb ending at token k is a
// participle of a constituent noun (constituent_nouns) up to three words
// after it in its clause: "üst üste dizilmiş ince aragonit plakalarından"
// (stacked thin aragonite plates; released 37 tr-TR 37B104-1), "stacked
// aragonite platelets": the arrangement of the stone's own grains, not a
// strung piece.
func (c *checker) constituentVerb(k int) bool {
	if c.lx.parts.empty() {
		return false
	}
	for j := k + 1; j < len(c.toks) && j <= k+3; j++ {
		if c.toks[j].brk {
			return false
		}
		if c.lx.parts.at(c.toks, j) {
			return true
		}
	}
	return false
}

// breakBetween reports whether a clause break stands between tokens a and
// b (a < b).
func (c *checker) breakBetween(a, b int) bool {
	for j := a + 1; j <= b && j < len(c.toks); j++ {
		if c.toks[j].brk {
			return true
		}
	}
	return false
}
