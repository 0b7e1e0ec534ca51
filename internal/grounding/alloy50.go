package grounding

// Copy that explains what the product's alloy is made of, or what it is
// free of, names metals the piece is not as a whole (#13, alloy50):
// grade-23 titanium is "titanium with small amounts of aluminium and
// vanadium" (Ti-6Al-4V ELI, ASTM F136; canon alloy_metals), a nickel-free
// palladium white gold is set against white golds that "are often
// whitened with nickel" (EN 1811 and REACH Annex XVII entry 27 on nickel
// release; World Gold Council, "White gold"). Released 50A en-GB, it-IT,
// ko-KR 50A104 and probe 50D en-AU 50D103, sv-SE 50D104 blocked the
// aluminium and the nickel as metals of the piece.

// alloyHolderBefore reports whether the base metal m stands after the
// product's own alloy that holds it (canon alloy_metals: titanium's
// aluminium, gold's copper), in the same clause, with no conjunction and
// no other metal or stone between them: "is titanium with small amounts of
// aluminium", "ist Titan mit geringen Anteilen von Aluminium", "är titan
// med små mängder aluminium" make m the complement of the alloy named as
// the predicate, not the predicate itself. "is titanium and aluminium"
// (a conjunction) and "is aluminium" (no holder) stay predicates of the
// piece (contrast.go alloyAmount).
func (c *checker) alloyHolderBefore(m match) bool {
	a, _ := c.clauseOfMatch(m)
	for i := len(c.ms) - 1; i >= 0; i-- {
		o := c.ms[i]
		if o.tj >= m.ti {
			continue
		}
		if o.ti < a {
			return false
		}
		if o.f.kind != kindMaterial && o.f.kind != kindStone {
			continue // a word of size or amount read as another fact
		}
		if o.negated || o.f.kind != kindMaterial || !contains(c.facts.materials, o.f.value) || !contains(c.cn.AlloyMetals[o.f.value], m.f.value) {
			// another fact between: "titanium with gold and aluminium"
			// names the nearer one's complement, whatever it is
			return false
		}
		for k := o.tj + 1; k < m.ti; k++ {
			if c.conjAt(k) || c.brkBetween(k-1, k) {
				return false
			}
		}
		return true
	}
	return false
}

// deniedGeneric reports whether the metal m, which a feature of the
// product denies ("nickel-free"), is named as what such alloys usually
// hold: its clause holds a word of what a material usually or mostly is
// (generic_words: "often", "many", "much", ofta, souvent, 通常, 흔히) and
// no noun of the piece (pieceNamedIn), and another clause of its
// sentence or the next sentence names, not negated, a metal of the product's own alloy that can
// take m's place (canon alloy_metals: palladium beside nickel in white
// gold): "White gold is often whitened with nickel; this alloy uses
// palladium instead", "Vitguld blekas ofta med nickel, men här används
// palladium". "The band is a nickel alloy" (no generic word), "Like many
// white golds, this ring is whitened with nickel" (the piece in the
// clause), "White gold is often whitened with nickel" (no member named
// beside), "It often contains nickel, and palladium gives the white tone"
// (no alloy named as the clause's subject: the pronoun may be the piece,
// genericSubjectBefore) still block.
func (c *checker) deniedGeneric(m match) bool {
	if m.negated || c.lx.generic.empty() {
		return false
	}
	a, b := c.clauseOfMatch(m)
	if !c.genericIn(a, b) || c.pieceNamedIn(a, b) || c.platingWordBeside(m) || !c.genericSubjectBefore(m, a) {
		return false
	}
	// The sentence and the next one: a semicolon ends a sentence here
	// ("…with nickel; this alloy uses palladium instead").
	s, e := c.sentenceOf(m.ti)
	if e+1 < len(c.toks) {
		_, e = c.sentenceOf(e + 1)
	}
	for _, o := range c.ms {
		if o.ti < s || o.ti > e || o.ti >= a && o.tj <= b || o.negated || o.f.kind != kindMaterial || o.f.value == m.f.value || !contains(c.facts.materials, o.f.value) {
			continue
		}
		for _, alloy := range c.facts.materials {
			if contains(c.cn.AlloyMetals[alloy], o.f.value) && contains(c.cn.AlloyMetals[alloy], m.f.value) {
				return true
			}
		}
	}
	return false
}

// pieceNamedIn reports whether tokens a..b name the piece: a category or
// a noun of the piece, a possessive or demonstrative of it, the product's
// name, a part or a component (alloyPieceWord's words but its verbs). A
// verb of setting or carrying in a clause whose subject is an alloy in
// general ("Muchas aleaciones de oro blanco llevan níquel") sets nothing
// on the piece.
func (c *checker) pieceNamedIn(a, b int) bool {
	lx := c.lx
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) ||
			lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) && !c.stoneToken(k, k) && !c.kindTokenAt(k, kindMaterial) ||
			c.categoryToken(k) || lx.pieceNouns.at(c.toks, k) || !c.isFactToken(k) && c.ownNameAt(k) ||
			c.piecePartAt(k) || lx.components.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// genericSubjectBefore reports whether the clause of m, from token a,
// names before m, not negated, a material other than m: the alloy class
// a generic sentence is about ("White gold is often whitened with
// nickel", "Viele Weißgoldlegierungen enthalten Nickel"). A clause whose
// subject is a pronoun or a bare noun ("It often contains nickel", "Much
// of the metal is nickel", es/it "A menudo contiene níquel") may speak of
// the piece itself, so deniedGeneric does not clear its metal (adv50b).
func (c *checker) genericSubjectBefore(m match, a int) bool {
	for _, o := range c.ms {
		if o.ti >= a && o.tj < m.ti && !o.negated && o.f.kind == kindMaterial && o.f.value != m.f.value {
			return true
		}
	}
	return false
}
