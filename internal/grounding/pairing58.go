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

// pairedOther reports whether the category match o, of the piece's own
// kind or one related to it (a pendant's necklace, "perlekæde",
// "Perlenkette"), is another piece offered to wear with it: a cross-selling cue
// (cross_sell: "sammen med", "wear it with", "junto con") stands before
// it in its clause and an indefinite right before it or before its one
// adjective (otherOfCategory: "Bruk det gjerne sammen med en tynn
// perlekjede" of a pendant, probe 58C nb-NO 58C03-3; #13, left59). The
// piece's own chain after "with" alone ("et anheng med en tynn kjede")
// has no cue and stays the piece's, and so does one after a cue whose
// object is a stone, a metal or a part of the piece before it ("Junto al
// broche cuelga un pequeño dije con una turmalina": the anklet's own
// charm by its clasp).
func (c *checker) pairedOther(o match) bool {
	if !c.otherOfCategory(o.ti) {
		return false
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-crossSellWindow; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.lx.cross.endsAt(c.toks, k) && !c.toks[k].masked && !c.ownPieceAfterCue(k, o) {
			// a stone or metal between is the cue's object ("à côté
			// d'un petit diamant à une chaîne": the chain is the piece's)
			return !c.describingFactIn(k+1, o.ti-1) && !c.partBetween(k+1, o.ti-1)
		}
	}
	return false
}

// secondObject reports whether the conjunction at token j opens a second
// object of a verb of matching (goes_with phrases ps): the phrase's
// preposition repeated right after it ("ou com um anel de diamantes",
// "or with a diamond ring", "oder zu einem Ring") or an indefinite
// ("eller en enkel ring i hvitt gull"), in its clause. The object after
// it is, like the first, another piece worn with this one (#13, left59:
// probe 58C pt-PT 58C04-3).
func (c *checker) secondObject(ps phrases, j int) bool {
	if j+1 >= len(c.toks) || c.toks[j+1].brk || c.toks[j+1].sbrk {
		return false
	}
	for _, p := range ps.at(&c.toks[j+1]) {
		if len(p) > 1 {
			return true
		}
	}
	return c.lx.indefinites.endsAt(c.toks, j+1)
}

// repeatedPreposition reports whether token l is the preposition of a
// verb of matching (goes_with phrases ps) repeated after a conjunction,
// the verb with its first object before it in the clause ("passt gut zu
// einem Ehering aus Weißgold oder zu einem Diamantring", "combina com uma
// aliança ou com um anel"; #13, left59): what follows is a second object.
func (c *checker) repeatedPreposition(ps phrases, l int) bool {
	if l < 2 || c.toks[l].brk || c.toks[l].sbrk || !c.objectConjAt(l-1) || c.toks[l-1].brk {
		return false
	}
	for q := l - 2; q >= 0 && q >= l-2-goesWithFar; q-- {
		if c.toks[q+1].brk || c.toks[q+1].sbrk {
			return false
		}
		if c.toks[q].s == c.toks[l].s && c.goesWithPhraseAt(ps, q) {
			return true
		}
	}
	return false
}

// subjectMarkerAt reports whether token k is a subject or topic marker
// of its own (subject_markers: Japanese は, が).
func (c *checker) subjectMarkerAt(k int) bool {
	for _, s := range c.lx.subjects {
		if c.toks[k].s == s {
			return true
		}
	}
	return false
}

// partBetween reports whether a part or component of the piece (a clasp,
// a bail) is named in tokens a..b.
func (c *checker) partBetween(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.piecePartAt(k) || c.lx.components.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}
