package grounding

// surfaceLook reports whether the simile material m (canon
// simile_materials: porcelain, glass, silk, wax) names the texture of the
// surface of the product's stone rather than a material of the piece: a
// word of surface_look_words (surface, finish, texture, smooth; "surface",
// "superficie", "επιφάνεια", "aspect") right after it, a genitive link
// or a compound hyphen between ("a porcelain-smooth surface", "πορσελάνινη
// επιφάνεια"), or right before it, at most a genitive link between ("una
// superficie de porcelana", "une surface d'aspect porcelaine"). Melo and
// conch pearls are non-nacreous, with a porcelaneous surface (GIA Gem
// Encyclopedia, "Pearl": non-nacreous pearls, "porcelaneous"; #13,
// probe60: en-US, es-MX, fr-FR and el-GR 60C01, 60D01, 60D03). It needs a
// stone on the piece (the surface is a stone's); "a porcelain pendant"
// and "made of porcelain" still block.
func (c *checker) surfaceLook(m match) bool {
	if len(c.p.Stones) == 0 || c.lx.surfaceLook.empty() {
		return false
	}
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && c.lx.surfaceLook.ends.hasWord(trimHyphen(tail)) {
			return true
		}
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && (genitiveLinks[c.toks[k].s] || c.lx.headLinks.hasWord(c.toks[k].s)) {
		k++
	}
	if k < len(c.toks) && !c.toks[k].brk && c.lx.surfaceLook.at(c.toks, k) {
		return true
	}
	k = m.ti - 1
	if k >= 0 && !c.toks[k+1].brk && genitiveLinks[c.toks[k].s] {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && c.lx.surfaceLook.at(c.toks, k)
}

// trimHyphen is s without a leading hyphen ("-smooth" of
// "porcelain-smooth").
func trimHyphen(s string) string {
	if len(s) > 0 && (s[0] == '-') {
		return s[1:]
	}
	return s
}
