package grounding

// Stones, metals and crystals named in copy that explains the piece's own
// stone or alloy, said of something else or of the stone's own crystal
// (#13, late65b: held-out 65B pl-PL 65B03-3 "igiełki rutylu, ułożone wewnątrz
// kryształu" on a star ruby, en-AU 65B03-3 "its dense, interlocking
// crystals" on jadeite; released 65A zh-TW 65A04-1 "不同於一般會鍍銠來提亮
// 顏色的白K金，灰金的色調…" on grey gold). None says the piece is of that
// stone or metal (16 CFR 23.4-23.7 and 23.25 govern what it is said to
// be):
//
//   - contrastOpened65: a sentence that opens with a word of contrast
//     (contrast_before: "unlike", "im Gegensatz zu", "a differenza di",
//     "على عكس", 不同於), or with the open of a contrast frame closed after
//     the compared thing (contrast_frame_open … contrast_frame_close:
//     与 … 不同), whose compared noun phrase carries a clause of its own,
//     before the noun (不同於一般會鍍銠來提亮顏色的白K金) or after it ("a
//     differenza dell'oro bianco, di solito rodiato per …", "على عكس
//     الذهب الأبيض الذي يُطلى بالروديوم"), and whose main clause, after the
//     arm's last break, names the piece's own stone or metal: what stands
//     in the arm is the compared thing's; where the word of contrast
//     follows the compared noun (contrast_after: とは異なり, 와 달리, -ın
//     aksine) the clause before it is the arm;
//   - ownCrystalPhrase65: a crystal word whose noun phrase opens with a
//     word of own_crystal_words ("its"), coordinated adjectives and their
//     comma between ("its dense, interlocking crystals"), in a sentence
//     about the piece's own natural stone with no verb of the piece
//     (jadeite is an aggregate of interlocking jadeite crystals: GIA Gem
//     Encyclopedia, "Jade");
//   - insideAfterInclusions65: a crystal word after a word of position
//     inside (crystal_inside_before) in a participle clause that follows
//     the clause of the inclusions it places ("igiełki rutylu, ułożone
//     wewnątrz kryształu w trzech kierunkach", "needles of rutile, aligned
//     inside the crystal in three directions"): the star of a star stone
//     is light on needles inside its one crystal (GIA Gem Encyclopedia,
//     "Sapphire": silk, asterism), and inclusionCrystal reads the
//     inclusions in the crystal's own clause only.
//
// "Unlike white gold, this ring is set with a diamond", "Das Stück ist
// aus Weißgold" and "its sparkling crystals" beside no stone of the
// piece still block.

// contrastOpened65 reports whether the stone or material m, not the
// product's own, stands in the arm of a contrast that opens its sentence,
// by the first shape above.
func (c *checker) contrastOpened65(m match) bool {
	if m.negated || !c.otherFact65(m) {
		return false
	}
	d := &c.lx.contrastData
	toks := c.toks
	s, e := c.sentenceOf(m.ti)
	ce := c.clauseEnd(m.tj, e) // the last token of m's clause
	// where the word of contrast follows the compared noun: the clause
	// of m up to a fact it follows, m in it or that fact
	if len(c.lx.contrastAfter) > 0 {
		cs := m.ti
		for cs > s && !toks[cs].brk {
			cs--
		}
		for _, x := range c.ms {
			if x.ti < m.ti || x.tj > ce || x.f.kind != kindStone && x.f.kind != kindMaterial {
				continue
			}
			if c.relativeOfCompared(m, x) {
				return true
			}
			if x.negated {
				continue
			}
			if c.comparedAfter(x) && !c.ownFactIn65(cs, x.tj) && !c.anchorPieceWord(cs, x.ti-1) && c.ownFactIn65(x.tj+1, e) {
				return true
			}
		}
	}
	opens := func(w wordList) int { // the last token of w's phrase opening the sentence
		if w.empty() {
			return -1
		}
		for k := s; k < m.ti && k <= s+4; k++ {
			if w.at(toks, k) {
				if st := w.span(toks, k); st == s || st == s+1 && c.conjAt(s) {
					return k
				}
			}
		}
		return -1
	}
	k := opens(d.before)
	if k < 0 {
		if k = opens(d.frameOpen); k < 0 {
			return false
		}
		closed := false
		for j := m.tj + 1; j <= ce; j++ {
			if d.frameClose.at(toks, j) {
				closed = true
				break
			}
		}
		if !closed {
			return false
		}
	}
	// the arm runs from k to its last break before the main clause, at
	// most one aside after the compared noun
	breaks := 0
	for j := k + 1; j <= ce; j++ {
		if toks[j].brk {
			breaks++
		}
	}
	if breaks > 1 || ce >= e || c.ownFactIn65(k+1, ce) || c.armAnchored(k+1, m.tj) || c.armAnchored(c.participleAfter(m)+1, ce) {
		return false
	}
	return c.ownFactIn65(ce+1, e)
}

// armAnchored is anchorPieceWord over tokens a..b of a contrast's arm,
// but for the words of a stone or material (whether the piece has one is
// ownFactIn65's to read): the compared noun is no word of the piece where
// its word also names a part the product's attributes list ("smalto" of
// "smalto a gran fuoco" on a piece whose attributes name its cold enamel;
// #13, explain68).
func (c *checker) armAnchored(a, b int) bool {
	for k := a; k <= b && k < len(c.toks); k++ {
		if i := c.factAt(k); i >= 0 && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindMaterial) {
			continue
		}
		if c.anchorPieceWord(k, k) {
			return true
		}
	}
	return false
}

// participleAfter returns the last token of m, or of the participle of
// piece_verbs right after it in its clause, which then agrees with m's
// material, not with the piece: "polvere di vetro fusa in forno" (glass
// powder fused in a kiln) in the arm of "A differenza dello smalto a gran
// fuoco, …" says how the compared enamel is made (#13, explain68: probe
// 67C it-IT 67C03-1). The piece's own verbs elsewhere in the arm ("il
// ciondolo è fuso") still anchor it.
func (c *checker) participleAfter(m match) int {
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && m.f.kind == kindMaterial && c.phraseEndsAt(c.lx.pieceVerbs, nil, k) == 1 && !c.lx.settingWords.at(c.toks, k) {
		return k
	}
	return m.tj
}

// otherFact65 reports whether m is a stone or a material the product does
// not have.
func (c *checker) otherFact65(m match) bool {
	switch m.f.kind {
	case kindStone:
		return !contains(c.facts.stones, m.f.value)
	case kindMaterial:
		return !contains(c.facts.materials, m.f.value)
	}
	return false
}

// ownFactIn65 reports whether a stone or material of the product's own
// stands between tokens a and b.
func (c *checker) ownFactIn65(a, b int) bool {
	for _, x := range c.ms {
		if x.ti < a || x.tj > b || x.negated {
			continue
		}
		if x.f.kind == kindStone && contains(c.facts.stones, x.f.value) || x.f.kind == kindMaterial && contains(c.facts.materials, x.f.value) {
			return true
		}
	}
	return false
}

// ownStoneInSentence65 reports whether the sentence of m names one of the
// product's natural stones before m, with no verb of the piece between.
func (c *checker) ownStoneInSentence65(m match) bool {
	s, _ := c.sentenceOf(m.ti)
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && c.naturalOwnStone(o.f.value) {
			for k := o.tj + 1; k < m.ti; k++ {
				if c.pieceVerbAt(k) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// ownCrystalPhrase65 reports whether the crystal word m opens, at most
// four words before it and across one comma of coordinated adjectives, with
// a word of own_crystal_words, by the third shape above; no conjunction
// between ("fine inclusions and crystal beads") and no bead noun after.
func (c *checker) ownCrystalPhrase65(m match) bool {
	if m.f.value != "crystal" || m.negated || c.lx.ownCrystalWords.empty() || !c.ownStoneInSentence65(m) {
		return false
	}
	toks := c.toks
	if m.tj+1 < len(toks) && !toks[m.tj+1].brk && c.beadNounAt(m.tj+1) >= 0 {
		return false // "crystal beads"
	}
	breaks := 0
	for k := m.ti - 1; k >= 0 && k >= m.ti-4; k-- {
		if toks[k+1].sbrk || c.isFactToken(k) || c.conjAt(k) || c.conjAt(k+1) && toks[k+1].brk {
			return false
		}
		if toks[k+1].brk {
			if breaks++; breaks > 1 {
				return false
			}
		}
		if c.lx.ownCrystalWords.at(toks, k) {
			return breaks == 0 || k <= m.ti-2
		}
	}
	return false
}

// insideAfterInclusions65 reports whether the crystal word m follows a
// word of position inside in a clause right after one that names
// inclusions, by the fourth shape above.
func (c *checker) insideAfterInclusions65(m match) bool {
	if m.f.value != "crystal" || m.negated || c.lx.inclusion.size() == 0 || !c.insideBeforeCrystal(m) {
		return false
	}
	toks := c.toks
	s, e := c.sentenceOf(m.ti)
	cs := m.ti
	for cs > s && !toks[cs].brk {
		cs--
	}
	if cs <= s || c.conjAt(cs) {
		return false
	}
	ps := cs - 1
	for ps > s && !toks[ps].brk {
		ps--
	}
	ce := c.clauseEnd(m.tj, e)
	incl := false
	for k := ps; k <= ce; k++ {
		if c.categoryAt(k) || c.lx.pieceNouns.at(toks, k) || c.pieceVerbAt(k) {
			return false
		}
		if k < cs {
			incl = incl || c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0 || c.lx.silkWords.at(toks, k)
		} else if i := c.factAt(k); i >= 0 && k != m.ti && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindMaterial) {
			return false
		}
	}
	if !incl {
		return false
	}
	for _, o := range c.ms {
		if o.ti < m.ti && o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && c.naturalOwnStone(o.f.value) {
			return true
		}
	}
	return false
}

// relArmWords is how many words a relative clause before its noun may hold
// between the stone or metal it names and the noun, in tokens: a Japanese
// or Chinese character is one ("ロジウムメッキが施されたホワイトゴールド":
// が施された, five).
const relArmWords = 6

// relativeOfCompared reports whether m, another stone or metal than the
// piece's, stands in the relative clause of the noun x compared by a word of
// contrast after it, in a language whose relative clauses precede their
// noun (relatives_before: "ロジウムメッキされるホワイトゴールドとは異な
// り", unlike white gold, which is rhodium plated; #13, left66): the
// rhodium is the compared white gold's, as "unlike white gold, which is
// rhodium plated" reads it in the languages that put the clause after the
// noun, whatever the main clause names. x is no fact of the piece (it may be read as
// negated, the word of contrast denying it of the piece) and no break or
// fact of the piece stands between. The clause is read in the scripts
// that glue it to its noun (ja, zh; ko): a Turkish subject before "som
// altın yerine" is no relative clause.
func (c *checker) relativeOfCompared(m, x match) bool {
	if !c.lx.relBefore || x.ti <= m.tj+1 || latinWord(c.toks[m.tj+1].s) || c.brkBetween(m.tj, x.ti) || c.wordsBetween(m.tj, x.ti) > relArmWords {
		return false
	}
	return c.comparedAfter(x) && !c.ownFactIn65(m.ti, x.tj)
}
