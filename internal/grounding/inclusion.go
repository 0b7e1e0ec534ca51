package grounding

import "strings"

// Colours of a stone's inclusions (issue #13, eleventh blind set: false
// blocks of grounding.material). Where the gold adjective also means
// golden (Polish złoty, Czech zlatý, German golden, Dutch gouden, Finnish
// kultainen, Greek χρυσός, Turkish altın, French doré, Japanese 金色), a
// gold word that qualifies a stone's natural inclusions ("z drobnymi
// złotymi żyłkami pirytu", golden veins of pyrite in lapis lazuli;
// "goldene Pyriteinschlüsse"; "paillettes dorées de pyrite"; the golden
// needles of rutile in quartz) names their colour, not the metal of the
// piece. The product data list no inclusions, so such a colour is
// compared as a colour of light is (light.go), as a warning.
//
// The vocabulary is the locale pack's inclusion_nouns (veins, flecks,
// specks, inclusions, needles, threads; a single noun of five letters or
// more also as the tail of a compound: "Pyriteinschlüsse") and
// inclusion_minerals (the stems of pyrite and rutile). The word must
// stand before such a noun where adjectives come first ("złotymi
// żyłkami", "golden flecks"), after it where they follow ("paillettes
// dorées", "vetas doradas"), or glued before it in one word where the
// vocabulary reads the colour alone, and the
// sentence must name a stone or a mineral of inclusions: "a band with
// gold flecks" on a titanium ring, with no stone, is still the metal.
// Where adjectives come first, a metal noun after the inclusion noun
// ("flecks of gold") is the metal; a karat, an alloy, a solid metal or a
// plating is never a colour.
func (c *checker) inclusionColour(i int, m match) bool {
	if !c.hasInclusionNoun() {
		return false
	}
	if m.f.kind == kindMaterial {
		v := m.f.value
		if c.cn.SolidMetals[v] == "" || contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) {
			return false
		}
		if _, plated := c.cn.Plated[v]; plated {
			return false
		}
		if i > 0 && c.ms[i-1].f.kind == kindKarat && c.ms[i-1].tj+1 >= m.ti {
			return false // "14k gold flecks"
		}
	}
	qualifies := false
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && c.inclusionWord(tail) {
			qualifies = true // the colour heads a compound of the noun
		}
	}
	if !qualifies && !c.lx.adjAfter {
		qualifies = c.lightBefore(i, m, true)
	}
	if !qualifies && (c.lx.adjAfter || m.f.kind == kindColour) {
		qualifies = c.lightAfter(i, m, true)
		// A metal noun after a linking word is the metal ("veines d'or").
		if qualifies && m.f.kind == kindMaterial && m.ti > 0 && c.nounEndsAt(m.ti-1, true) == 0 && !c.isFactToken(m.ti-1) {
			qualifies = false
		}
	}
	return qualifies && c.stoneOrMineralInSentence(m)
}

// inclusionWord reports whether w, the rest of a compound after a colour
// or metal word, is a noun of inclusions.
func (c *checker) inclusionWord(w string) bool {
	if c.lx.inclusion.hasWord(w) {
		return true
	}
	for _, t := range c.lx.inclusionTails {
		if strings.HasSuffix(w, t) && len(w) <= len(t)+2 {
			return true
		}
	}
	return false
}

// stoneOrMineralInSentence reports whether m's sentence names a stone (a
// stone match) or a mineral of inclusions (a word starting with one of
// inclusion_minerals: "pirytu", "Pyriteinschlüsse", 黄铁矿).
func (c *checker) stoneOrMineralInSentence(m match) bool {
	s, e := m.ti, m.tj
	for s > 0 && !c.toks[s].sbrk {
		s--
	}
	for e+1 < len(c.toks) && !c.toks[e+1].sbrk {
		e++
	}
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && !o.negated {
			return true
		}
	}
	if len(c.lx.minerals) == 0 {
		return false
	}
	for k := s; k <= e; k++ {
		for _, p := range c.lx.minerals {
			if strings.HasPrefix(c.toks[k].s, p) {
				return true
			}
		}
	}
	return false
}

// hasInclusionNoun reports whether the text holds a noun of inclusions
// anywhere, read once a check: most copy has none, and then no colour
// word need be read beside one.
func (c *checker) hasInclusionNoun() bool {
	if c.inclusionSeen == 0 {
		c.inclusionSeen = -1
		if c.lx.inclusion.size() > 0 {
			for k := range c.toks {
				if c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0 {
					c.inclusionSeen = 1
					break
				}
			}
		}
	}
	return c.inclusionSeen > 0
}
