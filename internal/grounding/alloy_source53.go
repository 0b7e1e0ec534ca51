package grounding

// alloy_source53.go (#13, mat53): an alloy named as what the piece's
// metal is the base or raw material of is no material of the piece.
// Copper copy says where copper goes: "El cobre, base del bronce y del
// latón, fue uno de los primeros metales…", "青銅や真鍮の原料でもあります"
// (released 53B es-ES 53B104-3, ja-JP 53B104-2); bronze and brass
// blocked as the piece's. The alloy holds the piece's own metal (canon
// alloy_metals: bronze and brass are copper alloys, ASTM B36 and B134)
// and follows a noun of source (alloy_source_before: "base del", "the
// base of", "Grundlage von") or is followed by one (alloy_source_after:
// ja の原料, zh 的原料), over a list of such alloys ("del bronce y del
// latón", 青銅や真鍮); the nearest material before it in its sentence
// or the one before is the piece's own (ownMetalBefore: the copper of
// "El cobre, base del …", or the subject the Japanese sentence leaves
// out), and no word of the piece stands in its clause. "La pulsera es
// de latón" and "el anillo de cobre tiene una base de latón" still block.

// alloySource reports whether the material m is an alloy of the piece's
// metal named as what that metal is the source of (see above).
func (c *checker) alloySource(i int, m match) bool {
	d := &c.lx.mat53Data
	if d.alloySrc.size() == 0 && len(d.alloySrcAft) == 0 || contains(c.facts.materials, m.f.value) || !c.alloyOfOwnMetal(m.f.value) {
		return false
	}
	// the first alloy of the list m stands in
	first := i
	for first > 0 {
		p := c.ms[first-1]
		if !c.listedAfter(p, c.ms[first]) || !c.alloyOfOwnMetal(p.f.value) {
			break
		}
		first--
	}
	// the last one
	last := i
	for last+1 < len(c.ms) {
		n := c.ms[last+1]
		if !c.listedAfter(c.ms[last], n) || !c.alloyOfOwnMetal(n.f.value) {
			break
		}
		last++
	}
	f, l := c.ms[first], c.ms[last]
	src := false
	// before the first: "base del bronce", at most a determiner between
	k := f.ti - 1
	for k >= 0 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] && k > f.ti-3 {
		k--
	}
	if k >= 0 && !c.toks[k+1].brk && c.phraseEndsAt(d.alloySrc, nil, k) > 0 {
		src = true
	}
	// after the last: 真鍮の原料
	if e := l.tj + 1; !src && e < len(c.toks) && !c.toks[e].brk {
		for range d.alloySrcAft.at(c.toks, e) {
			src = true
			break
		}
	}
	if !src || !c.ownMetalBefore(f) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	for k := a; k <= b; k++ {
		if c.namesPieceAt(k) || c.ownCategoryToken(k) || c.lx.pieceNouns.at(c.toks, k) {
			return false
		}
	}
	return true
}

// alloyOfOwnMetal reports whether the material v is an alloy the canon
// makes of one of the product's body metals (alloy_metals: brass and
// bronze of copper).
func (c *checker) alloyOfOwnMetal(v string) bool {
	for _, b := range c.facts.body {
		if contains(c.cn.AlloyMetals[v], b) {
			return true
		}
	}
	return false
}
