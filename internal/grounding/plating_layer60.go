package grounding

// layerParticles are the particles of ja, zh and ko that join a metal to
// the noun of its layer after it (ルテニウムの層, 钌的镀层, 루테늄의 도금층), as
// layerLinks join it before ("a layer of", "une couche de").
var layerParticles = map[string]bool{"の": true, "的": true, "의": true}

// otherPlatingStated reports whether match m names, as a layer on the
// piece, a plating metal other than the piece's own plating: on a piece
// whose data give a plating (facts.plated: rhodium for rhodium-plated
// white gold), a plated material the piece lacks ("ruthenium plating",
// canon plated), or a plating metal (a value of canon plated: ruthenium,
// palladium, platinum, rhodium, gold, silver) the piece is not plated
// with, with a plating, layer or tone word (plating_words, plated words,
// tone_words: "couche", "layer", "Schicht", 層) at most layerReach words
// before it joined by layerLinks ("une fine couche de ruthénium", "a thin
// layer of ruthenium", "plated with palladium") or right after it, a
// particle between at most ("ruthenium plating", ルテニウムの層, 루테늄
// 도금). Such a sentence says what the piece's own surface is, however it
// explains it (how the layer is deposited, what it gives the metal): the
// plating is a statement of the piece's metal that the trading rules ask
// to be true (16 CFR 23.7 names the platinum group platings), so it keeps
// blocking where explainedFact would make it a warning (#13, miss60: probe
// 58D fr-FR 58D01-3, "Une fine couche de ruthénium … est déposée par
// électrolyse" on rhodium-plated white gold, only warned).
func (c *checker) otherPlatingStated(m match) bool {
	if m.negated || m.f.kind != kindMaterial || len(c.facts.plated) == 0 {
		return false
	}
	if metal, ok := c.cn.Plated[m.f.value]; ok {
		return !contains(c.facts.plated, metal) && !contains(c.facts.materials, m.f.value)
	}
	platingMetal := false
	for _, metal := range c.cn.Plated {
		if metal == m.f.value {
			platingMetal = true
			break
		}
	}
	if !platingMetal || contains(c.facts.plated, m.f.value) || contains(c.facts.materials, m.f.value) {
		return false
	}
	layer := func(k int) bool {
		t := c.toks[k]
		return c.lx.platedWords[t.s] || c.lx.platingWords.endsAt(c.toks, k) || c.lx.toneWords.endsAt(c.toks, k) || c.platingStem(t.s)
	}
	for k, n := m.ti-1, 0; k >= 0 && n < layerReach && !c.toks[k+1].brk; k, n = k-1, n+1 {
		if layer(k) {
			return !c.lx.negated(c.toks, k, k, false)
		}
		if !layerLinks[c.toks[k].s] {
			break
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+2 && !c.toks[k].brk; k++ {
		if layer(k) {
			return !c.lx.negated(c.toks, k, k, false)
		}
		if !layerParticles[c.toks[k].s] {
			break
		}
	}
	return false
}
