package grounding

import "strings"

// A colour said of a stone across a copula or a topic (issue #13, left13):
// Japanese and Korean say the stone's colour as a predicate ("トパーズは青
// です", the topaz is blue; "石の色は青", the stone's colour is blue; "토파즈는
// 파란색입니다") or join it to the stone by the copula's adnominal form
// ("파란색인 다이아몬드", read as a colour with its ending 인 by the
// vocabulary), and Greek puts a colour after its stone as well as before it
// ("διαμάντια μαύρα", stone_colour_after). The colour then describes that
// stone and is compared with the stone's colours, not only the piece's.

// predicateStone returns the stone (or generic stone noun) whose colour the
// colour match at index i states as a predicate: the stone marked as the
// subject or topic (subject_markers, as its ending or as the next token),
// then at most "の" and a colour noun with its marker ("トパーズの色は"),
// then the colour, in one clause.
func (c *checker) predicateStone(i int) (match, bool) {
	if i == 0 || len(c.lx.subjects) == 0 {
		return match{}, false
	}
	m := c.ms[i]
	n := c.ms[i-1]
	if (n.f.kind != kindStone && n.f.kind != kindStoneNoun) || c.scopes[i-1] != scopeProduct || n.negated {
		return match{}, false
	}
	for k := n.tj + 1; k <= m.ti; k++ {
		if c.toks[k].brk {
			return match{}, false
		}
	}
	if m.ti == n.tj+1 {
		// Korean: the marker is the stone token's ending ("토파즈는").
		return n, c.markerEnding(n.tj)
	}
	k := n.tj + 1
	if !c.isSubjectToken(k) {
		// "の色は", "の色が": a colour noun and its marker between.
		if c.toks[k].s != "の" {
			return match{}, false
		}
		e := -1
		for j := k + 1; j < m.ti; j++ {
			if c.lx.colourNouns.endsAt(c.toks, j) {
				e = j
				break
			}
		}
		if e < 0 {
			return match{}, false
		}
		k = e + 1
		if !c.isSubjectToken(k) {
			return match{}, false
		}
	}
	return n, k+1 == m.ti
}

// isSubjectToken reports whether token k is a subject or topic marker of
// its own (Japanese は, が).
func (c *checker) isSubjectToken(k int) bool {
	if k >= len(c.toks) {
		return false
	}
	for _, s := range c.lx.subjects {
		if c.toks[k].s == s {
			return true
		}
	}
	return false
}

// markerEnding reports whether token k ends with a subject or topic marker
// after a complete form of the vocabulary (Korean "토파즈는"; the last
// syllable of a word itself is no marker).
func (c *checker) markerEnding(k int) bool {
	t := c.toks[k].s
	for _, s := range c.lx.subjects {
		if len(t) > len(s) && strings.HasSuffix(t, s) && c.lx.root.child(strings.TrimSuffix(t, s)).ok() {
			return true
		}
	}
	return false
}

// twoSenseStone returns the stone (or generic stone noun) of the piece
// that the stone_only colour match at index i is said of: a generic stone
// noun right beside it in its clause ("klare sten", "klare Steine": a
// named stone beside it is read by colour itself), or a stone in the
// subject of a copula at most three words before the colour in its clause
// with no other fact between ("Stenen er klar", "the stone is clear",
// "der Stein ist klar"); the stone is of the piece's scope and not
// denied. A stone_only colour is a word of two senses (da/nb/sv "klar":
// ready, obvious, and the verb "klare", to manage; nl "helder", lucid; en
// "clear"): said of a stone it is that stone's
// colour, compared with the stone's colours; said of the piece, a clasp
// or a design ("som er nem at klare", "er klar til brug", "det er klart
// at") it is the other sense and no claim (#13, homograph35).
func (c *checker) twoSenseStone(i int) (match, bool) {
	m := c.ms[i]
	if !m.f.stoneOnly {
		return match{}, false
	}
	stoneOfPiece := func(j int) bool {
		n := c.ms[j]
		return (n.f.kind == kindStone || n.f.kind == kindStoneNoun) && c.scopes[j] == scopeProduct && !n.negated
	}
	if j := i + 1; j < len(c.ms) && c.ms[j].f.kind == kindStoneNoun && c.ms[j].ti == m.tj+1 && !c.toks[c.ms[j].ti].brk && stoneOfPiece(j) {
		return c.ms[j], true
	}
	if j := i - 1; j >= 0 && c.ms[j].f.kind == kindStoneNoun && c.ms[j].tj+1 == m.ti && !c.toks[m.ti].brk && stoneOfPiece(j) {
		return c.ms[j], true
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-3; k-- {
		if c.toks[k+1].brk {
			return match{}, false
		}
		if c.isCopula(k) {
			s := c.clauseStart(k)
			for j := i - 1; j >= 0 && c.ms[j].ti >= s; j-- {
				if c.ms[j].tj < k && stoneOfPiece(j) {
					return c.ms[j], true
				}
			}
			return match{}, false
		}
		if c.isFactToken(k) {
			return match{}, false
		}
	}
	return match{}, false
}
