package grounding

// Crystals of a metal named by the metal before the crystal word (#13,
// left59: probe 58C nb-NO 58C04-1, goldstone's "tusenvis av bittesmå
// kobberkrystaller"). Goldstone is glass in which copper crystallises as
// it cools (GIA Gem Encyclopedia and Mindat.org, "aventurine glass"); its
// copper crystals are no rock crystal and no glass crystal set in the
// piece. metalCrystal read only "crystals of copper"; the metal before
// the word ("tiny copper crystals"), the compound that opens on it
// ("Kupferkristalle", "kobberkrystaller", "kopparkristaller") and the
// genitive right after it with no link ("kryształki miedzi") are the
// same crystals. A gold, silver or platinum word before a crystal word
// ("rose gold crystal studs") stays a crystal set in the piece.

// metalLedCrystal reports whether the crystal word m is led by a base
// metal that grows crystals in a glass or a stone (canon
// chromophore_metals: copper, nickel, titanium, iron, chromium; not one
// of the piece's own materials): its match right before m in its
// clause, the head of m's compound (compoundLead, looked up as a word of
// the vocabulary), or its match right after m where the language puts
// the genitive after its noun without a link.
func (c *checker) metalLedCrystal(m match) bool {
	if c.metalAdjectiveCrystal(m) {
		return true
	}
	metal := func(v string) bool {
		return contains(c.cn.ChromophoreMetals, v) && !contains(c.facts.materials, v)
	}
	if h := c.compoundLead(m); h != "" {
		if n := c.lx.root.child(h); n.ok() {
			for _, f := range n.forms() {
				if f.kind == kindMaterial && metal(f.value) {
					return true
				}
			}
		}
	}
	for _, n := range c.ms {
		if n.f.kind != kindMaterial || n.negated || !metal(n.f.value) {
			continue
		}
		if n.tj == m.ti-1 && !c.toks[m.ti].brk || n.ti == m.tj+1 && !c.toks[n.ti].brk && !c.lx.adjAfter && !c.lx.capNouns && !c.isFactToken(m.tj+2) {
			return true
		}
	}
	return false
}
