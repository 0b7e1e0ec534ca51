package grounding

// A noun of hue spelt as a participle of dyeing (#13, left59: probe 58C
// fr-CA 58C04-1). French "teinte" is both the hue (la teinte, a noun:
// Trésor de la langue française, TEINTE subst. fém.) and the feminine
// past participle of teindre, to dye; Italian "tinta" likewise the hue
// (la tinta) and the participle of tingere. Both stand in their packs'
// piece_verbs (what is done to the piece: "bague teinte", "pietra
// tinta") and colour_nouns, so "c'est l'or de l'alliage qui fait naître
// cette teinte profonde" on a shakudo bangle read the hue as a verb of
// the piece and the alloy's gold as the piece's gold. A participle
// never follows a determiner; the noun does.

// pieceVerbAt reports whether a verb of what is done to the piece
// (piece_verbs) ends at token k and is no noun of hue (hueNounAt).
func (c *checker) pieceVerbAt(k int) bool {
	return c.lx.pieceVerbs.endsAt(c.toks, k) && !c.hueNounAt(k)
}

// hueNounAt reports whether token k, a noun of colour (colour_nouns), is
// used as that noun: a determiner (determiners, definites, indefinites,
// the product's possessives in ours) stands right before it, or before
// the one word between them in its clause, an adjective: no fact, category
// or piece noun ("cette teinte", "sa teinte", "une belle teinte", "la
// tinta", "questa tinta"). "La bague est teinte", "de l'agate teinte en
// bleu" and "una pietra tinta" keep the participle.
func (c *checker) hueNounAt(k int) bool {
	lx := c.lx
	if !lx.colourNouns.endsAt(c.toks, k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if lx.determiners[c.toks[j].s] || lx.definites.endsAt(c.toks, j) || lx.indefinites.endsAt(c.toks, j) || lx.ours.endsAt(c.toks, j) {
			return true
		}
		if c.isCopula(j) || c.isFactToken(j) || c.categoryToken(j) || c.lx.pieceNouns.at(c.toks, j) || c.toks[j].masked {
			// "de l'agate teinte en bleu": the word between is the
			// noun the participle follows
			return false
		}
	}
	return false
}
