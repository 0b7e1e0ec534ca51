package grounding

// Another item's facts carried on past its cross-selling clause (#13,
// material66: probe 66D zh-CN 66D01-3, rose
// gold and freshwater pearls of another piece of ours blocked on a white
// gold piece). Chinese copy offers the other piece in one clause and
// describes it in the next, after a comma, where the cross-selling scope
// (crossSell, crossSellSentence) no longer reaches over the characters.
//
//   - a clause whose subject is a pronoun (piece_pronouns: 它, "it") right
//     after a clause that names another piece of ours (ours, then a
//     category word of another kind, or a name of its own before the
//     category word): 可以选择我们的Luna耳环，它以18K玫瑰金镶嵌淡水珍珠
//     (choose our Luna earrings: they set freshwater pearls in 18k rose
//     gold), on a pendant. The pronoun stands for that piece.
//
// "搭配我们的玫瑰金手链，这对耳钉也是玫瑰金" (the studs are rose gold too)
// and "这对耳钉，它以玫瑰金制成" (no other piece before) still state the
// piece's metal.

// otherCarried reports whether the fact ms[i] belongs to another item
// named earlier in its sentence in the shape above.
func (c *checker) otherCarried(i int, m match) bool {
	switch m.f.kind {
	case kindMaterial, kindKarat, kindStone:
	default:
		return false
	}
	if m.negated {
		return false
	}
	return c.otherPronounClause(m)
}

// otherPronounClause: m's clause opens with a piece pronoun and the
// clause before it, in the same sentence, names another piece of ours.
func (c *checker) otherPronounClause(m match) bool {
	a := m.ti
	for a > 0 && !c.toks[a].brk {
		a--
	}
	if a == 0 || c.toks[a].sbrk || !c.lx.attachData.piecePronouns.at(c.toks, a) {
		return false
	}
	// the clause before: ours, then (a name, then) a category word
	b := a - 1
	for b > 0 && !c.toks[b].brk {
		b--
	}
	for j := b; j < a; j++ {
		if j > b && c.toks[j].brk || !c.lx.ours.endsAt(c.toks, j) {
			continue
		}
		named := false
		for k := j + 1; k < a && k <= j+4; k++ {
			if c.categoryToken(k) {
				return !c.ownCategoryToken(k) || named
			}
			if c.isFactToken(k) {
				break
			}
			if t := c.text[c.byteAt(c.toks[k].start):c.byteAt(c.toks[k].end)]; t != "" && t[0] >= 'A' && t[0] <= 'Z' && !c.toks[k].masked {
				named = true
			}
		}
	}
	return false
}
