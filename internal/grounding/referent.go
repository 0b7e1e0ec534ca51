package grounding

import "strings"

// referentWindowBefore and referentWindowAfter are how many words before
// and after a stone or material named again referentCarried looks for a
// word of the piece, inside its clause.
const (
	referentWindowBefore = 5
	referentWindowAfter  = 3
)

// referentCarried reports whether the stone or material m (match i), which
// the product does not have, names again what an earlier mention of the
// same stone or material in the text was read as: a thing that is not the
// piece (scopeIdiom: the material's constituent, substance, colouring
// agent, look-alike, the arm of a comparison; material_sentence.go,
// contrast.go, substance.go). Copy that has said what its material is made
// of goes on naming that thing ("Enamel is powdered glass: … fire the charm
// in a kiln until the glass melts and bonds to the silver", "le reste est
// surtout du cuivre … C'est le cuivre qui donne cette teinte rosée"), and a
// noun named again refers to what it referred to before (Halliday and
// Hasan, Cohesion in English, ch. 6 on lexical reiteration; Huddleston and
// Pullum, The Cambridge Grammar of the English Language, ch. 17 on
// anaphora). The reading carries only where no word of the piece stands
// near the mention in its clause (anchorPieceWord, five words before and
// three after): "the charm is made of glass" is still the piece's. Diamond
// is never carried: a stone likened to it is checked wherever it stands
// (16 CFR 23.12), nor a precious metal (a piece "solid gold through and
// through" after gold plating was contrasted). Nor a mention whose earlier
// one was the piece's, another item's or clothing's (#13, referent40).
func (c *checker) referentCarried(i int, m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial || strings.Contains(m.f.value, "diamond") {
		return false
	}
	// A precious metal named again may be the piece's own claim ("Se on
	// täyttä kultaa läpikotaisin", it is solid gold through and through,
	// after ordinary gold plating was contrasted): it is checked where it
	// stands (16 CFR 23.4-23.7).
	// A precious metal of the product's own body alloy, named before as
	// what the alloy holds ("alloyed with silver, copper and zinc … the
	// silver and copper balance gives a soft, honeyed yellow"), is the
	// alloy's again; any other precious metal is not carried.
	if m.f.kind == kindMaterial && (c.cn.SolidMetals[m.f.value] != "" || c.cn.PreciousMetals[m.f.value] != "") && !c.ownAlloyMetal(m.f.value) {
		return false
	}
	if m.f.kind == kindStone && contains(c.facts.stones, m.f.value) || m.f.kind == kindMaterial && contains(c.facts.materials, m.f.value) {
		return false
	}
	earlier := false
	for j := 0; j < i; j++ {
		o := c.ms[j]
		if o.f.kind == m.f.kind && o.f.value == m.f.value && !o.negated && c.scopes[j] == scopeIdiom {
			earlier = true
			break
		}
	}
	if !earlier || c.predicatedOfPiece(m) {
		return false
	}
	// A stone counted by an indefinite article is a new thing brought in,
	// not the one named before ("Titanium, refined from rutile: a rutile
	// crowns it", "mit einem Rutil obendrauf"): reiteration names its
	// referent bare or definite (#13, adv41).
	if m.f.kind == kindStone && m.ti > 0 && !c.toks[m.ti].brk && c.lx.indefinites.endsAt(c.toks, m.ti-1) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	a := m.ti - referentWindowBefore
	for k := m.ti; k > a && k > s; k-- {
		if c.toks[k].brk && !c.decimalBreak(k) {
			a = k
			break
		}
	}
	if a < s {
		a = s
	}
	b := m.tj
	for b+1 <= e && b < m.tj+referentWindowAfter && (!c.toks[b+1].brk || c.decimalBreak(b+1)) {
		b++
	}
	if c.anchorPieceWord(a, m.ti-1) || c.anchorPieceWord(m.tj+1, b) {
		return false
	}
	// A precious metal again only beside a base metal of the alloy ("the
	// silver and copper balance"), not alone ("Mostly silver, it only
	// looks rosy").
	if m.f.kind == kindMaterial && c.cn.SolidMetals[m.f.value] != "" {
		ca := c.alloyClauseStart(m.ti)
		if ca < s {
			ca = s
		}
		cb := m.tj
		for cb+1 <= e && !c.toks[cb+1].brk {
			cb++
		}
		return c.baseAlloyMetalIn(ca, cb, m)
	}
	return true
}

// predicatedOfPiece reports whether the stone or material m is said of the
// piece by its clause's own grammar, whatever the explanation around it: a
// copula right before it (at most two words between: "it is copper", "c'est
// du cuivre", "ist es Kupfer", "es cobre", "内部是铜"; predicate_copulas:
// Polish and Czech "to", "Pod spodem to miedź"), one right after it
// (copulas_after, copula_endings: "中身は銅です"), or a word of solidity or
// genuineness beside it ("solid copper", "cuivre massif", "lita miedź",
// 实心铜, "真正的海蓝宝石"). Such a clause claims the thing for the piece,
// which the relaxations of anchor40 and referent40 must not excuse (#13,
// adversarial rows of kinds_adv40). A copula whose subject is the alloy or
// its rest ("le reste est surtout du cuivre") says what the alloy holds.
func (c *checker) predicatedOfPiece(m match) bool {
	// A cleft focuses its noun as the subject of the relative after it
	// ("C'est le cuivre qui donne cette teinte", "It is copper that gives
	// it its colour"): no predicate of the piece.
	cleft := m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.lx.relPronouns.endsAt(c.toks, m.tj+1)
	other := 0
	for k := m.ti - 1; k >= 0 && k >= m.ti-6; k-- {
		if c.toks[k+1].brk && !c.decimalBreak(k+1) {
			break
		}
		if c.lx.relPronouns.endsAt(c.toks, k) {
			// "Roodgoud is goud waarin koper de toon zet", "gold in
			// which copper sets the tone": m is in the relative clause
			// that qualifies the copula's predicate, not the predicate
			// (#13, expl51).
			break
		}
		if c.isCopula(k) || c.lx.predCopulas[c.toks[k].s] {
			return !cleft && !c.alloySubjectBefore(k)
		}
		if k >= m.ti-2 && c.lx.solid.endsAt(c.toks, k) {
			return true
		}
		// Between the copula and the noun: articles, other facts and
		// conjunctions ("is silver and copper"), and one word more (an
		// adverb or the subject: "it is mostly copper", "ist es Kupfer");
		// "is alloyed with palladium" is no predicate of the metal.
		if c.articleLike(k) || c.isFactToken(k) || c.conjAt(k) {
			continue
		}
		if other++; other > 1 {
			break
		}
	}
	if m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.lx.solid.endsAt(c.toks, m.tj+1) {
		return true
	}
	return c.copulaAfter(m)
}

// siblingAlloy reports whether the material m stands in a clause about
// another colour of gold than the product's, in copy that explains the
// product's gold alloy: the clause opens on a gold alloy the product does
// not have (canon alloy_metals: yellow, white, rose, red or pink gold) and
// m is that gold, a metal of its alloy or its rhodium plating ("L'or jaune
// contient davantage d'argent, tandis que l'or blanc est souvent allié au
// palladium et rhodié", "Weißgold wird meist mit Palladium legiert und
// rhodiniert" on rose gold). Copy explains a coloured gold by its
// siblings: the same gold with other metals added (World Gold Council,
// "Coloured gold"; ISO 8654:2018 on the colours of gold alloys). The
// product must be of a gold alloy itself, the text must explain its alloy
// in a sentence before m's (alloyAnchorIn), m's sentence must compare or
// contrast (contrastMarkerIn: "dagegen", "tandis que", "more", "en
// cambio"), and the clause must hold no word of the piece
// (anchorPieceWord) and say neither gold of it (predicatedOfPiece): "the
// clasp is white gold", "Die Ohrringe sind aus Weißgold" and "White gold
// alloyed with palladium, it shines cool and bright" still block (#13,
// sibling40: probe 40C de-DE and fr-CA on 18k rose gold).
func (c *checker) siblingAlloy(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	ownGold := false
	for _, b := range c.facts.body {
		if strings.Contains(b, "gold") && len(c.cn.AlloyMetals[b]) > 0 && !contains(c.facts.plated, b) && !contains(c.facts.platings, b) {
			ownGold = true
			break
		}
	}
	if !ownGold {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	a, b := c.clauseOfMatch(m)
	// The clause's subject: its first fact other than a colour.
	g := c.subjectFact(a, b, false)
	if g == nil || g.negated || g.f.kind != kindMaterial || !strings.Contains(g.f.value, "gold") || len(c.cn.AlloyMetals[g.f.value]) == 0 || contains(c.facts.materials, g.f.value) {
		return false
	}
	// No word of the piece in the clause; a verb of holding right after
	// the other gold is what that gold contains ("Yellow gold holds more
	// silver"), not a setting.
	for k := a; k <= b; k++ {
		if k == g.tj+1 && c.lx.settingWords.at(c.toks, k) {
			continue
		}
		if c.anchorPieceWord(k, k) {
			return false
		}
	}
	if g.ti != m.ti && !contains(c.cn.AlloyMetals[g.f.value], m.f.value) && !(g.f.value == "white gold" && strings.Contains(m.f.value, "rhodium")) {
		return false
	}
	if c.predicatedOfPiece(m) || c.predicatedOfPiece(*g) || !c.contrastMarkerIn(s, e) {
		return false
	}
	for k := s - 1; k >= 0; {
		ps, pe := c.sentenceOf(k)
		if c.alloyAnchorIn(ps, pe, m) {
			return true
		}
		k = ps - 1
	}
	return false
}

// glassColourant reports whether the base metal m (canon
// chromophore_metals: copper, cobalt, iron, chromium, manganese, nickel…)
// is named as what colours the product's own glass or enamel: the product
// has a glass or enamel material (a material whose value names glass or
// enamel, or a stone made of glass: canon stone_substances), m's sentence
// names a colour or a colour noun, and m's clause holds no word of the
// piece ("De glasmakers … kleuren het glas met metaaloxiden; voor dit
// groen gebruiken ze koper", "the blue comes from cobalt"). Glass and
// vitreous enamel take their colour from metal oxides (Corning Museum of
// Glass, "Colored glass"; ISO 28721-1:2010 on vitreous enamels); a
// precious metal is never one here (gold ruby glass still names gold:
// 16 CFR 23.4), and "a copper clasp" or "the charm is copper" still
// block (#13, colourant40: released 40A nl-NL 40A104 on Murano glass).
func (c *checker) glassColourant(m match) bool {
	if m.negated || m.f.kind != kindMaterial || !contains(c.cn.ChromophoreMetals, m.f.value) || c.cn.SolidMetals[m.f.value] != "" || c.cn.PreciousMetals[m.f.value] != "" || contains(c.facts.materials, m.f.value) {
		return false
	}
	glassy := false
	for _, v := range c.facts.materials {
		if strings.Contains(v, "glass") || strings.Contains(v, "enamel") {
			glassy = true
			break
		}
	}
	if !glassy {
		for _, v := range c.facts.stones {
			if contains(c.cn.StoneSubstances[v], "glass") {
				glassy = true
				break
			}
		}
	}
	if !glassy || !c.colourInSentence(m.ti) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	if c.predicatedOfPiece(m) {
		return false
	}
	for k := a; k <= b; k++ {
		if c.lx.platingWords.endsAt(c.toks, k) {
			return false // "it is nickel-plated too"
		}
	}
	return !c.anchorPieceWord(a, b)
}

// ownAlloyMetal reports whether the metal v is one the product's own body
// alloy holds (canon alloy_metals of a body metal that is no plating).
func (c *checker) ownAlloyMetal(v string) bool {
	for alloy, metals := range c.cn.AlloyMetals {
		if contains(metals, v) && contains(c.facts.body, alloy) && !contains(c.facts.plated, alloy) && !contains(c.facts.platings, alloy) {
			return true
		}
	}
	return false
}

// contrastMarkerIn reports whether the sentence s..e compares or contrasts:
// a connective or word of contrast (contrast_clause, contrast_inner,
// contrast_before, contrast_clause_end) or a comparative (comparatives:
// more, mehr, davantage, más).
func (c *checker) contrastMarkerIn(s, e int) bool {
	d := &c.lx.contrastData
	for k := s; k <= e; k++ {
		if !d.clause.empty() && d.clause.at(c.toks, k) || !d.inner.empty() && d.inner.span(c.toks, k) >= 0 || !d.before.empty() && d.before.at(c.toks, k) ||
			!d.clauseEnd.empty() && d.clauseEnd.at(c.toks, k) || c.lx.comparatives[c.toks[k].s] {
			return true
		}
	}
	return false
}

// alloySubjectBefore reports whether the subject of the copula at token k,
// the words of its clause before it, is the alloy or its rest ("le reste
// est surtout du cuivre", "the rest is copper", "the alloy is 75% gold"): a
// word of the alloy or of its rest, or a share, stands there.
func (c *checker) alloySubjectBefore(k int) bool {
	d := &c.lx.contrastData
	s, _ := c.sentenceOf(k)
	a := c.alloyClauseStart(k)
	if a < s {
		a = s
	}
	for j := a; j < k; j++ {
		if d.alloy.at(c.toks, j) || !d.rest.empty() && d.rest.at(c.toks, j) {
			return true
		}
	}
	return a < k && c.shareIn(a, k-1)
}
