package grounding

// Counts of one colour group with the noun elided (issue #13, released
// 33's colourgroupcount33): "twelve cubic zirconia stones: nine clear
// stones with four blue ones", "veertien zirkonia's: twaalf heldere en
// drie lichtblauwe", "neun klare und vier blaue", "quatre bleus", "fyra
// blå", "cztery niebieskie". A number right before a colour adjective
// that ends its noun phrase, with no noun after it (the phrase ends at a
// clause break, a count stop or the language's pro-form, en "ones"),
// counts the stones of that colour named before it in its sentence: the
// adjective stands for its noun phrase by nominal ellipsis (Quirk et al.,
// A Comprehensive Grammar of the English Language, 1985, §5.9-5.10 on
// "one(s)" as substitute; Duden-Grammatik §1524 on nominalised
// adjectives; Grevisse, Le Bon usage §217 on the elided noun after an
// adjective). The count is compared with the product's groups of that
// colour as "four blue stones" would be.

// elidedColourCount compares the number m (value n) with the stone group
// of the colour right after it when the colour's noun is elided, and
// reports whether it did. It needs, in m's sentence before it, a stone of
// the piece (the noun the adjective stands for) and a stone group whose
// stated colour is the adjective's; otherwise it leaves the number alone.
func (c *checker) elidedColourCount(i int, m match, n int) bool {
	if i+1 >= len(c.ms) || m.tj+1 >= len(c.toks) {
		return false
	}
	cm := c.ms[i+1]
	if cm.f.kind != kindColour || cm.negated || cm.ti != m.tj+1 || c.toks[cm.ti].brk {
		return false
	}
	// The phrase ends with the colour or its pro-form: no noun after it.
	if k := cm.tj + 1; k < len(c.toks) && !c.toks[k].brk {
		t := c.toks[k].s
		if !c.lx.proforms[t] && !c.lx.stops[t] {
			return false
		}
	}
	stated := false
	for _, st := range c.facts.stoneInfo {
		stated = stated || contains(st.colours, cm.f.value)
	}
	if !stated {
		return false
	}
	// The noun the adjective stands for: the last stone of the piece
	// before the number in its sentence.
	for k := i - 1; k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			return false
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			c.compareCount(n, m, match{f: o.f, ti: cm.ti, tj: cm.tj, start: cm.start, end: cm.end}, cm.f.value)
			return true
		}
	}
	return false
}
