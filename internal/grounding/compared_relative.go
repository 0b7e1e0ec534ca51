package grounding

// comparedRelative reports whether the stone or material m, not the
// product's own, stands in a relative clause on the thing the piece is
// compared with: "a thicker gold layer than you find on ordinary
// gold-plated jewellery, which often has brass inside", "et tykkere
// guldlag, end man finder på almindelige forgyldte smykker, som ofte har
// messing indeni" (#13, explain67: probe 67D da-DK 67D02-1). The relative
// pronoun (relative_pronouns) opens a clause after a comma; the noun
// phrase before the comma follows, in the same clause, a word of
// comparison (than_before: than, end, als, que, di, enn, kuin), at most
// comparedRelativeReach words before the comma. The clause tells what the
// compared thing holds (gold-plated costume jewellery is usually plated
// brass: FTC 16 CFR 23.4 on gold-plated base metal), not what the piece is;
// from the pronoun to m no stone or material of the product's stands.
// "which has brass inside" with no comparison before, and "a thicker layer
// than plated jewellery, and it has brass inside" (no relative pronoun)
// still block.
func (c *checker) comparedRelative(m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial || c.hasFact(&m) || c.lx.relPronouns.size() == 0 || c.lx.thanBefore.size() == 0 {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	r := -1
	for k := m.ti - 1; k > s; k-- {
		if c.lx.relPronouns.endsAt(c.toks, k) {
			st := c.lx.relPronouns.startOf(c.toks, k)
			if st > s && c.toks[st].brk && c.commaBefore(st) {
				r = st
			}
			break
		}
		if c.toks[k].brk {
			return false
		}
	}
	if r < 0 {
		return false
	}
	// The clause says what the compared thing holds, with no verb of
	// being or making and no word of the piece: "which is why it is made
	// of brass" turns back to the piece (#13, explain49).
	for k := r; k < m.ti; k++ {
		if c.isCopula(k) || c.lx.contrastData.made.at(c.toks, k) {
			return false
		}
	}
	if c.pieceNamedIn(r, m.ti-1) {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= r && o.ti < m.ti && !o.negated && (o.f.kind == kindStone || o.f.kind == kindMaterial) && c.hasFact(&o) {
			return false
		}
	}
	for k := r - 1; k > s && k >= r-comparedRelativeReach; k-- {
		if c.phraseEndsAt(c.lx.thanBefore, nil, k) > 0 {
			return true
		}
		if c.toks[k].brk {
			// the comparison may open the clause ("…, end man finder
			// på …"): its first word ends here
			return c.phraseEndsAt(c.lx.thanBefore, nil, k) > 0
		}
	}
	return false
}

// comparedRelativeReach is how many words before the relative clause's
// comma comparedRelative reads for the word of comparison ("end man
// finder på almindelige forgyldte smykker").
const comparedRelativeReach = 8
