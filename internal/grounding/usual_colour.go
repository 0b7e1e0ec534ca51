package grounding

// What a stone or metal usually is, set against the piece (issue #13,
// usually47): "Sapphires are usually blue, but this one is pink", "Most
// sapphires are blue; ours is a pink sapphire", "Gold is usually yellow,
// but this ring is white gold" blocked as a bare colour of the piece
// ("mentions blue") in 22 of 25 locales. The first clause says what the
// species or metal mostly is (GIA Gem Encyclopedia, "Sapphire": blue is
// the best-known colour, fancy sapphires are all the others); the clause
// after it says what the piece's is.

// usualColour reports whether the colour m stands in a clause of what a
// material usually is, set against the piece: the clause (from the break
// before m to the break after it) holds a word of what a material usually
// or mostly is (generic_words: "usually", "most", "meist*", "suelen",
// 通常, 보통) and a stone or material named with no word of the piece
// (pieceWordIn: a category, "our", a demonstrative of a fact, a setting
// word, a part; nor any demonstrative), and the rest of the sentence, or
// the next sentence where the clause ends its own, holds a word of
// contrast ("but", "whereas", "jedoch", "mais", 但, لكن: comparisonIn) or
// a colour the product gives its stones or piece (in the next sentence
// with a word of the piece: pieceWordIn, a demonstrative), or a stone of the
// product other than the one named in general (its variety: "Most opals
// are white; ours is a black opal"). The colour of the
// contrast clause is the piece's and is compared as before: "Sapphires
// are usually pink, but this one is blue" on a pink sapphire blocks on
// its blue; "This ring's sapphire is usually blue", "Our sapphires are
// usually blue" and "Sapphires are usually blue, and this one is no
// exception" still block.
func (c *checker) usualColour(m match) bool {
	lx := c.lx
	if m.negated || m.f.kind != kindColour || lx.generic.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	a := c.clauseStart(m.ti)
	if a < s {
		a = s
	}
	b := c.clauseEnd(m.tj, e)
	generic := false
	var named []string
	for k := a; k <= b; k++ {
		if lx.generic.at(c.toks, k) {
			generic = true
		}
		if lx.demonstr.endsAt(c.toks, k) {
			return false
		}
	}
	if !generic || c.pieceWordIn(a, b) {
		return false
	}
	for _, o := range c.ms {
		if o.ti > b {
			break
		}
		if o.ti >= a && !o.negated && (o.f.kind == kindStone || o.f.kind == kindStoneNoun || o.f.kind == kindMaterial) {
			named = append(named, o.f.value)
		}
	}
	if len(named) == 0 {
		return false
	}
	rs, re, next := b+1, e, false
	if b >= e {
		next = true
		if e+1 >= len(c.toks) {
			return false
		}
		rs, re = c.sentenceOf(e + 1)
	}
	if rs > re {
		return false
	}
	if c.comparisonIn(rs, re) {
		return true
	}
	// Without a word of contrast the next sentence must name the piece
	// ("Sapphires are usually blue. This one is pink"): "Topaz is mostly
	// colourless when mined. Its deep blue appears only after
	// irradiation" tells the piece's treatment.
	piece := !next || c.pieceWordIn(rs, re)
	for k := rs; k <= re && !piece; k++ {
		piece = lx.demonstr.endsAt(c.toks, k)
	}
	if !piece {
		return false
	}
	for _, o := range c.ms {
		if o.ti > re {
			break
		}
		if o.ti < rs || o.negated {
			continue
		}
		if o.f.kind == kindColour && c.ownColour(o.f.value) ||
			o.f.kind == kindStone && contains(c.facts.stones, o.f.value) && !contains(named, o.f.value) {
			return true
		}
	}
	return false
}

// ownColour reports whether v is a colour of the product: of its stones
// or of the piece.
func (c *checker) ownColour(v string) bool {
	for _, st := range c.facts.stoneInfo {
		if contains(st.colours, v) {
			return true
		}
	}
	return contains(c.facts.colours, v)
}
