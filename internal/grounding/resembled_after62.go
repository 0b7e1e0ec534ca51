package grounding

// resembledNounAfter reports whether a noun of what the simile material m
// shows stands after it and a verb of resemblance said after what is
// resembled follows (looks_like_after), at most resembledNounReach words
// between, in its clause, none a fact, a category or a part of the piece:
// "Şam çeliğinin desenlerini andıran çizgiler" (lines resembling the
// patterns of Damascus steel; #13, probe62: probe 62D tr-TR 62D03-1), the
// verb-final form of resembledNounOf's "resembling the patterns of". The
// noun is the likeness's; "gümüş kolyeyi andıran" stops at the category.
func (c *checker) resembledNounAfter(m match) bool {
	if len(c.lx.looksLikeAfter) == 0 || m.negated {
		return false
	}
	for s := m.tj + 2; s < len(c.toks) && s <= m.tj+1+resembledNounReach; s++ {
		k := s - 1
		if c.toks[k].brk || c.toks[k].sbrk || c.toks[s].brk || c.toks[s].sbrk || c.isFactToken(k) || c.categoryAt(k) || c.piecePartAt(k) {
			return false
		}
		for range c.lx.looksLikeAfter.at(c.toks, s) {
			return true
		}
	}
	return false
}
