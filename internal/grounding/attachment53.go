package grounding

import "strings"

// The operating point of grounding.material and grounding.stone (#13,
// weak53). A metal or stone word the product does not have is a block
// when the copy attaches it to the piece, and a warning when it stands in
// an explanation with nothing that attaches it: copy that explains a
// material (how gold is alloyed, how freshwater pearls are grown, why
// platinum is heavier than silver) names other metals and stones as the
// material's relatives, standards and history, and unseen copy says so in
// more ways than any list of phrasings catches (material_scope52.go,
// explained.go, compared_metal.go each fixed the phrasings one session
// saw). Over the cases this repository may read (dev, field, released,
// probes; kinds_weak53_test.go TestWeak53Table) the weak findings of
// publishable copy outnumber those of bad copy, and no bad case is
// carried by a weak finding alone: a reviewer still sees the warning.
//
// A word is attached (attached) when any of these holds:
//
//   - it stands in the text's first sentence, the product statement;
//   - its sentence has a word of the piece (readTopic: a category word or
//     the product's name, a part, "our", a demonstrative of the piece, a
//     verb that makes, sets or plates the piece, a fineness, a
//     measurement, a count of stones; classifyTopic's list without the
//     piece's own metal, which an explanation names as often as the
//     piece does: "Platinum is heavier than silver" on silver);
//   - its sentence bears no mark of explanation (explainsIn): a plain
//     description ("A small tanzanite sparkles at the clasp", "En liten
//     tanzanit vid fästet") is the piece's, whatever names it;
//   - a pronoun or possessive of the piece opens what is said of it in its
//     clause with no comparison after it (pronounSubject: "Unlike silver,
//     it is platinum", "Anders als Silber ist er aus Platin", "its
//     rubies"), it is a fronted predicate of such a pronoun
//     (frontedOfPronoun: "Mostly silver, it only looks rosy"), or it is
//     the predicate of a copula whose subject is no other stone or
//     material, in a clause that compares nothing (piecePredicate: "es de
//     platino");
//   - it is "diamond", or a crystal word on a piece whose stones are not
//     all minerals (as materialSentence reads them).
//
// A word in a later sentence with a mark of explanation and none of these
// is weak: its block becomes a warning (addFact).

// weakAttachNote ends the message of a material or stone finding whose
// word is not attached to the piece (attached).
const weakAttachNote = " (a material named in an explanation, not attached to the piece: check)"

// attachFile holds piece_pronouns: the pronouns and possessives that
// stand for the piece as a subject or owner (it, its, il, er, sein, den,
// dess, se, on, jego, o, 它), read by pronounSubject.
type attachFile struct {
	PiecePronouns []string `yaml:"piece_pronouns"`
}

// attachData is attachFile compiled.
type attachData struct {
	piecePronouns wordList
}

// attached reports whether the stone or material m is attached to the
// piece, by the rules above.
func (c *checker) attached(m match) bool {
	if m.negated || len(c.toks) == 0 {
		return true
	}
	// "Diamond", and a crystal word on a piece whose stones are not all
	// minerals, are checked wherever they stand, as materialSentence
	// reads them: presenting a stone as diamond or a simulant's crystals
	// as a mineral's is the misuse the FTC Jewelry Guides name (16 CFR
	// 23.12, 23.25; #13, stones39's rough crystals).
	if m.f.kind == kindStone && (strings.Contains(m.f.value, "diamond") || strings.Contains(m.f.value, "crystal") && (!c.allStonesMineral() || c.crystalBesideOwn(m))) {
		return true
	}
	// Another metal's plating said of a plated piece is attached to it as
	// its surface (#13, miss60: otherPlatingStated).
	if c.otherPlatingStated(m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	if s == 0 || c.readTopic(s, e, false) == topicPiece || !c.explainsIn(s, e) {
		return true
	}
	return c.pronounSubject(m) || c.frontedOfPronoun(m) || c.piecePredicate(m)
}

// frontedOfPronoun reports whether m stands in a clause with no word of
// comparison that the clause after it, opened by a pronoun of the piece,
// is predicated of: "Mostly silver, it only looks rosy" says the piece is
// mostly silver; "Unlike silver, it …" compares (#13, adv40).
func (c *checker) frontedOfPronoun(m match) bool {
	pr := c.lx.piecePronouns
	if pr.empty() {
		return false
	}
	a, b := c.clauseOfMatch(m)
	_, e := c.sentenceOf(m.ti)
	if b+1 > e || c.marksIn(a, b) {
		return false
	}
	return pr.at(c.toks, b+1)
}

// pronounSubject reports whether a word of piece_pronouns or
// piece_possessives stands before m in its clause with no other stone or
// material between them and no word of comparison after it in the clause:
// the piece is what the clause speaks of, and a comparison before the
// pronoun ("Unlike silver, it …", "Till skillnad från silver är den …") is
// a fronted standard, not the clause's subject.
func (c *checker) pronounSubject(m match) bool {
	pr, pos := c.lx.piecePronouns, c.lx.karatScaleData.possessive
	if pr.empty() && pos.empty() {
		return false
	}
	a, b := c.clauseOfMatch(m)
	p := -1
	for k := m.ti - 1; k >= a; k-- {
		if c.isFactToken(k) && c.kindAtStoneOrMaterial(k) {
			return false
		}
		if !pr.empty() && pr.at(c.toks, k) || !pos.empty() && pos.at(c.toks, k) {
			p = k
			break
		}
	}
	return p >= 0 && !c.marksIn(p+1, b)
}

// kindAtStoneOrMaterial reports whether token k lies in a stone or
// material match.
func (c *checker) kindAtStoneOrMaterial(k int) bool {
	return c.kindTokenAt(k, kindStone) || c.kindTokenAt(k, kindMaterial)
}

// piecePredicate reports whether m is the predicate of a copula
// (predicatedOfPiece) whose subject, the words of its clause before the
// copula, holds no other stone or material, in a clause that compares
// nothing: "es de platino", "είναι από πλατίνα" say it of the piece;
// "Brass is mostly copper" says it of the brass.
func (c *checker) piecePredicate(m match) bool {
	if !c.predicatedOfPiece(m) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	if c.marksIn(a, b) {
		return false
	}
	end := m.ti
	for k := a; k < m.ti; k++ {
		if c.isCopula(k) || c.lx.predCopulas[c.toks[k].s] {
			end = k
			break
		}
	}
	for _, o := range c.ms {
		if o.ti >= end {
			break
		}
		if o.ti >= a && !o.negated && (o.f.kind == kindStone || o.f.kind == kindMaterial) {
			return false
		}
	}
	return true
}

// explainsIn reports whether the sentence s..e bears a mark of
// explanation: a word of generality ("usually", "often"; generic_words), of
// a material's nature, growth, story or name (stone_nature_words,
// crystal_growth_words, material_story_words, name_gloss_words), of where
// it occurs or what it is taken for (material_relation_words), of
// comparison or contrast (marksIn), or a sentence that
// goes on from one about the product's stone (topicCarried) without
// opening on a stone or material of its own.
func (c *checker) explainsIn(s, e int) bool {
	if c.genericIn(s, e) || c.topicCarried(s) && !c.startsOwnClaim(s, e) || c.marksIn(s, e) {
		return true
	}
	lx := c.lx
	for k := s; k <= e; k++ {
		if lx.natureWords.at(c.toks, k) || lx.growthWords.at(c.toks, k) || lx.story.at(c.toks, k) || lx.nameGloss.at(c.toks, k) || !lx.relation.empty() && lx.relation.span(c.toks, k) >= s {
			return true
		}
	}
	return false
}

// marksIn reports whether a word of comparison, likeness or contrast
// stands in tokens a..b: than_before (a relative pronoun among them, fr
// "que", only after a comparative: thanMarkAt), than_comparative after a
// comparative, than_standard, than_after (ja より, ko 보다), contrast
// words (contrast_before, contrast_clause, contrast_clause_end,
// contrast_inner), distinction_verbs, versus_words and like_before (not
// same_words: "the other half is silver", pl "sam jest z", fr "quand
// même" say it of the piece).
func (c *checker) marksIn(a, b int) bool {
	d := &c.lx.contrastData
	for k := a; k <= b; k++ {
		if c.thanMarkAt(k) || c.phraseEndsAt(c.lx.thanStandard, nil, k) > 0 ||
			d.before.at(c.toks, k) || d.clause.at(c.toks, k) || d.clauseEnd.at(c.toks, k) || d.inner.at(c.toks, k) ||
			d.distinction.at(c.toks, k) || c.lx.comparedData.versus.at(c.toks, k) || c.phraseEndsAt(c.lx.likeBefore, nil, k) > 0 {
			return true
		}
		for range c.lx.thanAfter.at(c.toks, k) {
			return true
		}
	}
	return false
}

// thanMarkAt is thanWordEndsAt, but a word of than_before that also opens
// a relative clause (relative_pronouns: fr, es, pt "que") compares only
// after a comparative at most three words before it ("plus rare que",
// "más pesado y mucho más raro que"): "une liga negra que faz sobressair"
// relates, it compares nothing.
func (c *checker) thanMarkAt(k int) bool {
	if !c.thanWordEndsAt(k) {
		return false
	}
	if !c.lx.relPronouns.endsAt(c.toks, k) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3 && !c.toks[j+1].brk; j-- {
		if c.lx.comparatives[c.toks[j].s] {
			return true
		}
	}
	return false
}

// pieceFactOutsideStandard is pieceFactIn without the category words that
// stand in the standard of a comparison (inStandard).
func (c *checker) pieceFactOutsideStandard(s, e int) bool {
	return c.pieceFactWhere(s, e, true)
}

// inStandard reports whether token t (a category word, a part, a word of
// purity) stands after a word of comparison in its clause with no copula,
// pronoun, demonstrative or "our" between: the piece or metal the piece
// is measured against ("weighs less than a sterling silver band of the
// same size", "stronger than pure titanium", "pesa meno della metà di un
// anello identico in argento", "比同尺寸的铂金戒指更轻盈"), not this one.
func (c *checker) inStandard(t int) bool {
	a, _ := c.clauseOf(t)
	d := &c.lx.contrastData
	for k := t - 1; k >= a; k-- {
		if c.isCopula(k) || c.lx.piecePronouns.at(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) || c.lx.ours.endsAt(c.toks, k) {
			return false
		}
		if c.thanMarkAt(k) || c.phraseEndsAt(c.lx.likeBefore, nil, k) > 0 || d.before.at(c.toks, k) || c.lx.comparedData.versus.at(c.toks, k) {
			return true
		}
	}
	return false
}
