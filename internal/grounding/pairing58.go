package grounding

// otherOfCategory reports whether token k, a word of the product's own
// category, names another piece of that kind: an indefinite of the pack's
// indefinites (an indefinite article or the reader's possessive) stands
// right before it or before its one adjective (#13, probe 58's pt-PT
// "Combina bem com uma aliança em ouro branco" on a shakudo ring: the
// white gold is the band it is worn with, not the ring). "o anel em ouro
// branco", the piece itself, stays the piece.
func (c *checker) otherOfCategory(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.lx.indefinites.endsAt(c.toks, j) {
			return true
		}
	}
	return false
}
