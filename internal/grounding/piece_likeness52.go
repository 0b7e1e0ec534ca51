package grounding

// piece_likeness52.go (#13, leak52): a metal or fineness said in the
// clause of another product and tied there to the piece by a word of
// likeness or matching is also said of the piece: "Wear it with our Luna
// ring, which is sterling silver like this bangle", "a band in sterling
// silver that matches this bangle", "which matches these earrings in 14k
// yellow gold". The likeness asserts the same quality of both things
// (Huddleston and Pullum, The Cambridge Grammar of the English Language,
// 2002, ch. 13 §4.2 on comparisons of equality), so the fact is checked
// against the piece. The other product's own metal in a clause that
// likens nothing to the piece ("our Luna ring in sterling silver, a
// lovely contrast to this bangle") stays that product's.

// pieceLikenessReach is how many tokens may stand between a word of
// likeness and the word of the piece it governs (a determiner, an
// adjective: "like this bangle", "wie dieser schlichte Armreif").
const pieceLikenessReach = 3

// likenedToPiece reports whether the material or karat match m stands in
// a clause (no break but a decimal one between) that holds a word of
// likeness or matching (piece_likeness) followed within
// pieceLikenessReach tokens by a demonstrative of the piece
// (likenedPieceAt), or such a demonstrative
// followed by a word of likeness said after it (piece_likeness_after:
// "bu bilezik gibi", "このバングルのような"). A possessive of the reader's
// or the shop's ("like our Luna ring") names no piece of the product, nor
// does the collection name the other product shares ("Ladí s prstenem
// Lumière"). A negated m is left alone.
func (c *checker) likenedToPiece(m match) bool {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindKarat {
		return false
	}
	d := &c.lx.lightData
	if d.pieceLike.size() == 0 && d.pieceLikeAfter.size() == 0 {
		return false
	}
	a, b := c.clauseOfMatch(m)
	for k := a; k <= b; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if d.pieceLike.endsAt(c.toks, k) {
			for j := k + 1; j <= k+pieceLikenessReach && j <= b; j++ {
				if c.likenedPieceAt(j) {
					return true
				}
			}
		}
		if st := d.pieceLikeAfter.startOf(c.toks, k); st >= a {
			for j := st - 1; j >= st-pieceLikenessReach && j >= a; j-- {
				if c.likenedPieceAt(j) {
					return true
				}
			}
		}
	}
	return false
}

// likenedPieceAt reports whether token k is a demonstrative of the piece
// ("this bangle", "ces boucles", "dieser Armreif", "αυτό το βραχιόλι"). A
// name alone is none (the product's collection is masked too: "ladí s
// prstenem Lumière" matches the other ring), nor a bare category word
// ("usá-lo como aliança" says what the piece is used as).
func (c *checker) likenedPieceAt(k int) bool {
	return c.lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k)
}
