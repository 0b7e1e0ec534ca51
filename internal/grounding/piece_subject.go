package grounding

// nameSubjectBefore reports whether a word of the product's own name or
// collection (a masked token) stands before token k in its clause and
// sentence, within crossSellWindow words: the piece named as the subject
// of the verb at k ("L'Anello Champlevé della collezione Heritage abbina
// oro giallo e smalto a ...", "De Zeeglas Oorhangers uit de
// Essence-collectie combineren ..."), as its own category word is
// (pieceSubjectCue; #13, piece_subject66).
func (c *checker) nameSubjectBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-crossSellWindow; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.toks[j].masked {
			return true
		}
	}
	return false
}
