package grounding

import "unicode/utf8"

// Metal words as the colour of a stone or a pearl (issue #13, pearl50).
// Gold, silver, rose gold and platinum also name colours (OED "silver"
// adj.: of the colour of silver; "platinum": a light silvery grey; the
// trade names pearls "silver", "silver-grey", "golden" by body colour and
// overtone: GIA Pearl Description System, colour): a cultured Tahitian pearl "ranging from silver grey to
// peacock green", "silvergrå", "gris argent", シルバーグレー, on an 18k
// yellow gold pendant, or "the rose-gold blush of morganite" on a
// platinum ring, names the stone's colour, not a metal of the piece, and
// blocked grounding.material as one. Two readings, both only of a bare
// metal of canon hue_metals (not an alloy, a solid metal or a plating:
// "sterling silver grey", "solid gold" stay claims) with no karat right
// before ("18k gold"):
//
//   - metalShade: the metal shades a shade word of the locale
//     (shade_words: grey, gris, grau, グレー) beside it, where adjectives
//     come first right after it ("silver grey", "platinum-grey", "실버
//     그레이"), where they follow right before it ("gris argent", "grigio
//     argento", "cinza prata"), or as the head of a compound whose rest
//     is one ("Silbergrau", "sølvgrå", "silvergrått", "hopeanharmaa",
//     シルバーグレー). The metal is then a word of the shade, which is not
//     compared, as a stone word beside one is ("pearl grey"; scope.go
//     shadeBeside). Only in a sentence that names a stone or a hue noun:
//     "the pendant is silver grey" on a gold pendant is its colour and
//     stays the metal.
//   - metalHue: the metal qualifies a noun of a stone's seen colour
//     (hue_nouns: overtone, lustre, blush, orient; Oberton, Überton;
//     reflet; 伴色), right before it where adjectives come first (one head
//     link such as の, 的, 의 between), right after it where they follow
//     ("reflet or rose", "riflesso oro rosa": the metal as an invariable
//     colour, no article or preposition between; "l'éclat de l'or" stays
//     the metal), or as the head of a compound whose rest is one
//     ("Silberschimmer" is a light word already). Only in a sentence that
//     names a stone and a clause that names no category or part of a
//     piece: "a silver chain with a pearl of rose-gold lustre" keeps its
//     silver, "the gold setting's sheen" its gold. So is the metal at one
//     end of a range of colours (metalRange: a range word of
//     measure_words between it and a colour word, "its overtones shift
//     from silver to green"), in a sentence that names a stone or a hue
//     noun. The colour is then one of the stone's light, checked as a
//     warning (light.go lightColour).
//
// "Set in sterling silver", "a silver pendant", "the gold chain", "solid
// gold" are none of these and still block.

// hueMetal reports whether m is a bare metal word whose name also names a
// colour (canon hue_metals), not negated and with no karat right before.
func (c *checker) hueMetal(i int, m match) bool {
	if m.f.kind != kindMaterial || m.negated || !contains(c.cn.HueMetals, m.f.value) {
		return false
	}
	return i == 0 || c.ms[i-1].f.kind != kindKarat || c.ms[i-1].tj+1 < m.ti
}

// metalShade reports whether the hue metal m shades a shade word beside it
// or in the rest of its compound, in a sentence about a stone or its hue
// (see above). An inflected head
// ("roségoldene") is read as the word it begins.
func (c *checker) metalShade(i int, m match) bool {
	if c.lx.shades.size() == 0 || !c.hueMetal(i, m) || !c.stoneInSentence(m) && !c.hueNounInSentence(m) {
		return false
	}
	if tail := c.compoundRest(m); tail != "" && c.shadeWord(tail) {
		return true
	}
	if c.shadeBeside(m) {
		return true
	}
	// A shade word with a particle or case ending glued on ("실버
	// 그레이부터", from silver grey).
	k := m.tj + 1
	return !c.lx.adjAfter && k < len(c.toks) && !c.toks[k].brk && c.gluedWord(c.lx.shades, c.toks[k].s)
}

// compoundRest is the rest of the one word whose head m is ("grau" of
// "Silbergrau"), or "" when m is the whole word or more than one.
func (c *checker) compoundRest(m match) string {
	if m.ti != m.tj {
		return ""
	}
	t := c.toks[m.ti]
	if m.start != t.start || m.end >= t.end {
		return ""
	}
	return runeTail(t.s, m.end-m.start)
}

// shadeWord reports whether w, the rest of a compound after a metal, is a
// shade word, after at most one linking letter ("hopea|n|harmaa").
func (c *checker) shadeWord(w string) bool {
	if c.lx.shades.hasWord(w) {
		return true
	}
	_, n := utf8.DecodeRuneInString(w)
	return n < len(w) && c.lx.shades.hasWord(w[n:])
}

// metalHue reports whether the hue metal m qualifies a noun of a stone's
// seen colour in a sentence about a stone (see above).
func (c *checker) metalHue(i int, m match) bool {
	if c.lx.hue.size() == 0 || !c.hueMetal(i, m) {
		return false
	}
	switch {
	case c.hueNounBeside(m):
		if !c.stoneInSentence(m) {
			return false
		}
	case c.metalRange(m):
		if !c.stoneInSentence(m) && !c.hueNounInSentence(m) {
			return false
		}
	default:
		return false
	}
	s, e := c.clauseOf(m.ti) // a sentence end is also a clause break (scan.go)
	for k := s; k <= e; k++ {
		if c.categoryAt(k) || c.piecePartAt(k) {
			return false
		}
	}
	return true
}

// hueNounBeside reports whether a hue noun stands right after m (one head
// link between at most) where adjectives come first, right before it where
// they follow, or is the rest of m's compound.
func (c *checker) hueNounBeside(m match) bool {
	if tail := c.compoundRest(m); tail != "" {
		if c.lx.hue.hasWord(tail) {
			return true
		}
		if _, n := utf8.DecodeRuneInString(tail); n < len(tail) && c.lx.hue.hasWord(tail[n:]) {
			return true
		}
	}
	if c.lx.adjAfter {
		return m.ti > 0 && !c.toks[m.ti].brk && c.lx.hue.endsAt(c.toks, m.ti-1)
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) {
		k++
	}
	return k < len(c.toks) && !c.toks[k].brk && (c.lx.hue.startsAt(c.toks, k) || c.gluedWord(c.lx.hue, c.toks[k].s))
}

// gluedWord reports whether w is a word of ps with an inflection or a
// particle of at most two letters glued after it (Korean "오버톤이",
// "그레이부터"; the language's inflection data, where it has some).
func (c *checker) gluedWord(ps phrases, w string) bool {
	if c.inflectedWord(ps, w) {
		return true
	}
	n := utf8.RuneCountInString(w)
	for i := range w {
		if i == 0 {
			continue
		}
		if rest := utf8.RuneCountInString(w[i:]); rest <= 2 && n-rest >= 2 && ps.hasWord(w[:i]) {
			return true
		}
	}
	return false
}

// metalRange reports whether the hue metal m is one end of a range of
// colours: a range word (measure_words range: to, bis, à, til, 到) between
// it and a colour word ("from silver to green", "van zilver tot groen",
// "from green to silver").
func (c *checker) metalRange(m match) bool {
	rw := c.lx.mw.rangeWords
	if len(rw) == 0 {
		return false
	}
	if k := m.tj + 1; k+1 < len(c.toks) && !c.toks[k].brk && !c.toks[k+1].brk && rw[c.toks[k].s] && c.colourTokenAt(k+1) && !c.otherStoneAt(k+1) {
		return true
	}
	k := m.ti - 1
	return k >= 1 && !c.toks[m.ti].brk && !c.toks[k].brk && rw[c.toks[k].s] && c.colourTokenAt(k-1) && !c.otherStoneAt(k-1)
}

// stoneInSentence reports whether m's sentence names a stone: a stone
// match or mineral (stoneOrMineralInSentence), a word of the product's
// stone types, or a stone word whose guard kept it from matching (French
// "la perle", a pearl or a bead: the hue noun says which).
func (c *checker) stoneInSentence(m match) bool {
	if c.stoneOrMineralInSentence(m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if c.stoneWord(c.toks[k].s) || c.stoneNameAt(k) {
			return true
		}
	}
	return false
}

// stoneWord reports whether w is a stone word of the vocabulary, matched
// or not, bare or with an ending of at most three letters glued on (Danish
// "perlen", the pearl).
func (c *checker) stoneWord(w string) bool {
	if c.lx.stoneOf(w) != "" {
		return true
	}
	n := utf8.RuneCountInString(w)
	for i := range w {
		if rest := utf8.RuneCountInString(w[i:]); i > 0 && rest <= 3 && n-rest >= 4 && c.lx.stoneOf(w[:i]) != "" {
			return true
		}
	}
	return false
}

// hueNounInSentence reports whether a hue noun stands in m's sentence
// ("Its overtones shift from silver to green").
func (c *checker) hueNounInSentence(m match) bool {
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if c.lx.hue.endsAt(c.toks, k) || c.gluedWord(c.lx.hue, c.toks[k].s) {
			return true
		}
	}
	return false
}
