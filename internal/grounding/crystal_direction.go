package grounding

import "github.com/copydesk/copydesk/internal/core"

// Crystal words of the piece's own natural stone in copy that explains the
// mineral (#13, crystal66: released 66B es-ES and sv-SE 66B04-3 on
// painite, probe 66D el-GR 66D01-1 on danburite, en-AU 66D03-1 on Type B
// jadeite, tr-TR 66D01-3 on idocrase, probe 66C cs-CZ 66C02-3 on an old
// mine cut diamond). Glass crystal is made to order: it is not known by a
// handful of specimens, has no colour that changes with the direction of
// the light through it, is no rough a cut copies, and is not filled
// between its grains. The shapes read here:
//   - the each word before a noun of direction in one crystal
//     (crystal_direction_words: "porque el cristal muestra tonos
//     distintos en cada dirección"): pleochroism, a colour that differs
//     along the crystal's axes (GIA Gem Encyclopedia, "Painite",
//     "Iolite"), not each stone of the piece (eachDirection);
//   - the mineral noun opening a sentence that says how few crystals
//     were known ("Este mineral apareció en Birmania … apenas se conocían
//     unos cuantos cristales", "Mineralet hittades i Myanmar … fanns bara
//     en handfull kristaller"; mineralSubjectAt, read by
//     rarityOpensCrystal with crystal_rarity_words): painite was known by
//     a handful of crystals for decades after its discovery in the 1950s
//     (GIA Gem Encyclopedia, "Painite");
//   - the other minerals a crystal is likened to in its clause
//     ("çünkü kristalleri başka minerallere kolayca benzer";
//     otherMineralsNoun, read by crystalOfNature): idocrase (vesuvianite)
//     is named for crystals that resemble other minerals (Mindat.org,
//     "Vesuvianite");
//   - the filler of a disclosed impregnation between the crystals of a
//     polycrystalline stone ("impregnated with a polymer resin that fills
//     tiny gaps between the crystals"; fillingSentence, read by
//     treatedCrystal): Type B jadeite is bleached and polymer-impregnated
//     (GIA Gem Encyclopedia, "Jade"; FTC 16 CFR 23.22).
// Rough and raw crystals (own_crystal_words) and the verbs of a mineral
// crystallising or forming (crystal_growth_words) are pack words only.
// "The ring is set with a handful of sparkling crystals", "El anillo lleva
// unos cuantos cristales alrededor de la painita" and "The earrings are
// set with crystals between the jadeite drops" still block.

// eachDirection reports whether the each or distributive word ending at
// token k is followed, at most a determiner between, by a noun of
// crystal_direction_words in its clause.
func (c *checker) eachDirection(k int) bool {
	if c.lx.directionWords.empty() {
		return false
	}
	n := k + 1
	if n < len(c.toks) && !c.toks[n].brk && c.lx.determiners[c.toks[n].s] {
		n++
	}
	return n < len(c.toks) && !c.toks[n].brk && c.lx.directionWords.at(c.toks, n)
}

// mineralSubjectAt reports whether token k ends a mineral noun
// (mineral_nouns: "mineral", "Mineralet", "minéral") and every stone of
// the product is a natural one: the noun stands for the product's own
// mineral at the head of a sentence about it.
func (c *checker) mineralSubjectAt(k int) bool {
	if len(c.p.Stones) == 0 || c.lx.mineralNouns.size() == 0 || c.wordEndsAt(c.lx.mineralNouns, k) < 0 || c.factAt(k) >= 0 {
		return false
	}
	for _, st := range c.p.Stones {
		if st.Origin != core.OriginNatural {
			return false
		}
	}
	return true
}

// otherMineralsNoun reports whether token k ends a mineral noun
// (mineral_nouns) that is no fact: crystals likened to other minerals in
// their clause are a mineral's own.
func (c *checker) otherMineralsNoun(k int) bool {
	return c.lx.mineralNouns.size() > 0 && c.factAt(k) < 0 && c.wordEndsAt(c.lx.mineralNouns, k) >= 0
}

// fillingSentence reports whether the sentence of token k (joined over
// semicolons) holds a word of filling (filling_words) and no word of
// setting or verb of the piece (but a word of the treatment:
// "impregnated"), as treatmentSentence reads a treatment's cause.
func (c *checker) fillingSentence(k int) bool {
	if c.lx.filling.empty() {
		return false
	}
	s, e := c.joinedSentenceOf(k)
	fill := false
	for q := s; q <= e; q++ {
		if c.lx.settingWords.at(c.toks, q) || c.pieceVerbAt(q) && !c.treatmentWordStarts(q) {
			return false
		}
		fill = fill || c.lx.filling.at(c.toks, q)
	}
	return fill
}
