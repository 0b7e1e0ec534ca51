package grounding

import "strconv"

// metalSubjectCompared reports whether the metal m, not the piece's, is
// the subject of a sentence that compares it with the piece's metal named
// in the sentence before (#13, pools49): copy that explains palladium 950
// sets platinum beside it, "Platinum 950 has the same fineness but is
// almost twice as dense, so this 4 mm band feels lighter", "Platin 950 hat
// denselben Feingehalt, ist aber fast doppelt so schwer", "Le platine 950
// a le même titre mais il est presque deux fois plus dense", "Platyna
// próby 950 ma tę samą próbę", 铂950的纯度相同. The metal opens its sentence
// (two articles or a fineness at most before it; not a piece of that metal, "Es ist ein Platinring"), the sentence before names
// the piece's own metal, and a word of sameness or a multiple (same_words)
// or a comparative follows it before any word of the piece in its clause.
// "Platinum 950 has the same fineness as this band", "Platinum makes this
// band twice as dense" and "The band is platinum, twice as dense" still
// block.
func (c *checker) metalSubjectCompared(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) || len(c.lx.same) == 0 {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if s == 0 {
		return false
	}
	if m.ti-s > 2 {
		return false
	}
	for k := s; k < m.ti; k++ {
		if !c.articleLike(k) && !isDigitToken(c.toks[k].s) {
			return false
		}
	}
	// a piece of the metal ("Platinring", "a platinum ring") is a piece
	for k := m.ti; k <= m.tj; k++ {
		if c.categoryAt(k) || c.lx.pieceNouns.at(c.toks, k) {
			return false
		}
	}
	if !c.ownMetalIn(c.sentenceOfStart(s-1), s-1) {
		return false
	}
	lx := c.lx
	cmp := false
	for k := m.tj + 1; k <= e; k++ {
		if c.toks[k].brk && cmp {
			return true
		}
		if i := c.factAt(k); i >= 0 {
			o := c.ms[i]
			if o.f.kind == kindMaterial && !o.negated && contains(c.facts.materials, o.f.value) {
				return false // the piece's own metal in the comparison's clause
			}
			k = max(k, o.tj)
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) || lx.pieceNouns.at(c.toks, k) || lx.besidePiece.endsAt(c.toks, k) {
			return false
		}
		if !cmp {
			for range lx.same.at(c.toks, k) {
				cmp = true
			}
			cmp = cmp || c.comparativeAt(k)
		}
	}
	return cmp
}

// ownMetalIn reports whether one of the product's materials is named, not
// denied, in tokens s..e.
func (c *checker) ownMetalIn(s, e int) bool {
	for _, o := range c.ms {
		if o.tj < s || o.negated {
			continue
		}
		if o.ti > e {
			break
		}
		if o.f.kind == kindMaterial && contains(c.facts.materials, o.f.value) {
			return true
		}
	}
	return false
}

func isDigitToken(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return true
}

// karatMinimum reports whether the karat m is a lower bound that the
// piece's own karat meets: a word of minimum_before right before it (a
// determiner or "of" between at most) or one of minimum_after right after
// it, and a karat of the piece at or above it (#13, pools49: "in the US
// vermeil means sterling silver coated with gold of at least 10 karat" on
// an 18k vermeil bangle). "At least 22 karat" on 18k still blocks, and a
// karat with no such word is the piece's.
func (c *checker) karatMinimum(m match) bool {
	v, err := strconv.Atoi(m.f.value)
	if m.negated || err != nil || len(c.facts.karats) == 0 {
		return false
	}
	meets := false
	for _, k := range c.facts.karats {
		if n, err := strconv.Atoi(k); err == nil && n >= v {
			meets = true
		}
	}
	if !meets {
		return false
	}
	for k, n := m.ti-1, 0; k >= 0 && n < 2 && !c.toks[k+1].brk; k, n = k-1, n+1 {
		if c.phraseEndsAt(c.lx.minBefore, nil, k) > 0 {
			return true
		}
		if !c.lx.determiners[c.toks[k].s] && !linkWords[c.toks[k].s] {
			break
		}
	}
	e := m.tj
	for e+1 < len(c.toks) && e < m.tj+2 && !c.toks[e+1].brk && c.metalTokenAt(e+1) {
		e++
	}
	if e+1 < len(c.toks) && !c.toks[e+1].brk {
		for range c.lx.minAfter.at(c.toks, e+1) {
			return true
		}
	}
	return false
}
