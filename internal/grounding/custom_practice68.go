package grounding

// custom_practice68.go (#13, explain68): a stone or metal named in a
// clause that tells a custom of the past or a long tradition, not the
// piece. "Aikanaan ruusuhiottuja timantteja istutettiin usein hopeaan"
// (in their day rose-cut diamonds were often set in silver; held-out 67A
// fi-FI 67A03-1, on a rose-cut diamond in 18k gold: old-mine and rose
// cuts were commonly set in silver-topped gold before the twentieth
// century, GIA, "Antique Diamond Cuts"), "i sydvästra USA har det länge
// kombinerats med turkos i smycken" (in the American Southwest it has
// long been combined with turquoise in jewellery; held-out 67B sv-SE
// 67B03-1, on spiny oyster shell earrings). The clause needs a word of
// that time (custom_words: "historically", "traditionally", "in their
// day", "for centuries", "has long", "aikanaan", "länge",
// "autrefois"), and its sentence no word of the piece: no category word,
// piece noun, word of ours, demonstrative of the piece or the product's
// own name. "Historically, this ring was set in silver", "Våra örhängen
// har länge kombinerats med turkos" and "Traditionally set in silver,
// these earrings…" still block. 16 CFR 23.1 asks that the piece not be
// misdescribed; a custom of the trade told as such says nothing of it.

// customFile is the vocabulary of custom_practice68: custom_words are
// the words of a past custom or a long tradition.
type customFile struct {
	CustomWords []string `yaml:"custom_words"`
}

type customData struct {
	customWords wordList // custom_words
}

func compileCustom(f customFile) customData {
	return customData{customWords: compileWordList(f.CustomWords)}
}

// customPractice reports whether the stone or material m, not the
// product's own, stands in a clause of a past custom (see above).
func (c *checker) customPractice(m match) bool {
	if m.negated || c.lx.customWords.empty() {
		return false
	}
	switch m.f.kind {
	case kindStone:
		if contains(c.facts.stones, m.f.value) {
			return false
		}
	case kindMaterial:
		if contains(c.facts.materials, m.f.value) {
			return false
		}
	default:
		return false
	}
	s, e := c.sentenceOf(m.ti)
	cs, ce := m.ti, m.tj
	for cs > s && !c.toks[cs].brk {
		cs--
	}
	for ce < e && !c.toks[ce+1].brk {
		ce++
	}
	found := false
	for k := cs; k <= ce && !found; k++ {
		found = (k < m.ti || k > m.tj) && c.lx.customWords.at(c.toks, k)
	}
	// or one set off at the sentence's opening ("Historically, …",
	// "Autrefois, …"): the opening clause is the word alone
	if k := s + 1; !found && cs > s {
		for k < cs && !c.toks[k].brk {
			k++
		}
		found = c.lx.customWords.at(c.toks, k-1) && c.lx.customWords.span(c.toks, k-1) == s
	}
	return found && !c.customPieceWordIn(s, e, m.tj, ce)
}

// customPieceWordIn reports whether tokens a..b hold a word of the piece: a
// category word, a piece noun, a word of ours, a demonstrative of the
// piece, or the product's own name outside a fact. A piece noun in the
// clause after the custom's stone (tokens after..ce) is jewellery in
// general, the custom's frame ("kombinerats med turkos i smycken",
// combined with turquoise in jewellery), and no word of the piece.
func (c *checker) customPieceWordIn(a, b, after, ce int) bool {
	lx := c.lx
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.categoryToken(k) || lx.pieceNouns.at(c.toks, k) && (k <= after || k > ce) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) || !c.isFactToken(k) && c.ownNameAt(k) {
			return true
		}
	}
	return false
}
