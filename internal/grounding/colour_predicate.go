package grounding

import "strings"

// A colour said of the piece's own stone as a predicate (issue #13,
// colourmiss47): "The sapphire is a deep yellow", "The sapphire in this
// ring is yellow", "Le saphir est d'un jaune profond", "El zafiro es de un
// amarillo intenso", "Der Saphir ist gelb", サファイアは深い黄色です on a pink
// sapphire ring gave no finding: the colour stood apart from the stone, so
// it was compared with the piece's colours and materials, and a white gold
// piece's materials hold "yellow" (gold). Said of the stone across a
// copula, the colour describes that stone, and a colour the product does
// not give the stone is a false fact about the piece (16 CFR 23.25(a):
// misrepresenting a gemstone's colour or other quality).

// copulaStone returns the stone of the piece whose colour the colour match
// at index i states as the predicate of a copula (copulas, read before the
// predicate): the copula stands at most three words before the colour in
// its clause with no other fact between ("is a deep yellow", "est d'un
// jaune", "es de un amarillo"), and the subject of the copula, before it
// in the same clause, holds a stone of the piece's scope, not denied. Not
// in a sentence about the material in general: one with a word of the
// material's story or nature (material_story_words, stone_nature_words:
// "exist", "every colour", "variety", "known as"), of what it usually is
// (generic_words: "usually", "most") or of comparison or
// contrast ("rarer than blue ones"), where the colour is another
// variety's (variety_colour.go).
func (c *checker) copulaStone(i int) (match, bool) {
	m := c.ms[i]
	if m.negated || m.f.kind != kindColour {
		return match{}, false
	}
	if c.copulaAfter(m) {
		return c.finalPredicateStone(i)
	}
	// "Safir koyu yeşil renkte", サファイアは深い緑色をしています, "Safiiri
	// hohtaa syvän vihreänä": a word after the colour or its case ending
	// states it (colour_link64.go).
	if c.colourVerbAfter(m) {
		if p, ok := c.finalPredicateStone(i); ok && !c.playOfColourStone(p) {
			return p, true
		}
	}
	if len(c.lx.copulas) == 0 && len(c.lx.colourCops) == 0 || !c.predicateHead(m) {
		return match{}, false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-4; k-- {
		if c.toks[k+1].brk {
			return match{}, false
		}
		if c.isCopula(k) || c.colourCopula(k) {
			st := c.clauseStart(k)
			for j := i - 1; j >= 0 && c.ms[j].ti >= st; j-- {
				n := c.ms[j]
				if n.tj >= k || n.negated || c.scopes[j] != scopeProduct || n.f.kind != kindStone && n.f.kind != kindStoneNoun {
					continue
				}
				if !c.pieceInSubject(st, k) && c.generalSentence(k) {
					return match{}, false
				}
				return n, true
			}
			return match{}, false
		}
		if c.isFactToken(k) {
			return match{}, false
		}
	}
	return match{}, false
}

// predicateHead reports whether the colour match m heads its predicate
// rather than modifying a noun of it ("The stones are set in a
// silver-coloured frame" says the frame's colour): where adjectives go
// before their noun, nothing but a colour noun follows it in its clause
// ("is a deep yellow.", "ist tiefgelb,", "是深黄色的": the 的 of the
// predicate); where they follow it (modifier_order after: fr, es, it, pt,
// ar), the word before it is the copula, an article or a determiner
// ("est d'un jaune", "es de un amarillo", "هو أصفر"), not a noun.
func (c *checker) predicateHead(m match) bool {
	if c.lx.adjAfter {
		k := m.ti - 1
		if k < 0 {
			return false
		}
		w := c.toks[k].s
		return c.isCopula(k) || c.colourCopula(k) || c.lx.definites.endsAt(c.toks, k) || c.lx.indefinites.endsAt(c.toks, k) || c.lx.determiners[w]
	}
	e := m.tj + 1
	if e >= len(c.toks) || c.toks[e].brk || c.toks[e].sbrk {
		return true
	}
	if c.charTokens() && c.toks[e].s == "的" {
		return true
	}
	return c.lx.colourNouns.startsAt(c.toks, e)
}

// pieceInSubject reports whether a word of the piece's category, of its
// scope and not denied, stands in tokens s..k-1, the subject of a copula
// at k ("The sapphire in this ring is yellow, one of the many colours
// sapphires come in"): the stone is the piece's whatever the sentence
// goes on to say of the species.
func (c *checker) pieceInSubject(s, k int) bool {
	for j, o := range c.ms {
		if o.ti >= k {
			break
		}
		if o.ti >= s && o.f.kind == kindCategory && !o.negated && c.scopes[j] == scopeProduct && o.f.value == c.facts.category {
			return true
		}
	}
	return false
}

// generalSentence reports whether the sentence of token k is about the
// material in general: it holds a word of the material's story or nature,
// of what it usually is or what marks its species (generic_words,
// species_words: "Sapphires are usually blue", "typically"), or of
// comparison or contrast.
func (c *checker) generalSentence(k int) bool {
	s, e := c.sentenceOf(k)
	if c.comparisonIn(s, e) {
		return true
	}
	lx := c.lx
	for j := s; j <= e; j++ {
		if lx.story.at(c.toks, j) || lx.natureWords.at(c.toks, j) || lx.generic.at(c.toks, j) || lx.speciesWords.at(c.toks, j) {
			return true
		}
	}
	return false
}

// finalPredicateStone returns the stone of the piece whose colour the
// colour match at index i, followed by a copula or carrying one as its
// ending (copulas_after, copula_endings: ja "黄色です", tr "sarıdır", ko
// "노란색입니다"), states: the stone stands before the colour in its
// clause with at most three words between (seven characters where a
// token is one character: サファイアは深い黄色です, "safir koyu sarıdır",
// "safirin rengi sarıdır") and no other fact, and, where the language
// marks its subject (subject_markers), carries the marker. Not in a
// sentence about the material in general (generalSentence).
func (c *checker) finalPredicateStone(i int) (match, bool) {
	m := c.ms[i]
	if i == 0 {
		return match{}, false
	}
	n := c.ms[i-1]
	if n.negated || c.scopes[i-1] != scopeProduct || n.f.kind != kindStone && n.f.kind != kindStoneNoun || n.tj >= m.ti {
		return match{}, false
	}
	gap := 3
	if c.charTokens() {
		gap = 7
	}
	if m.ti-n.tj-1 > gap || c.brkBetween(n.tj, m.ti) {
		return match{}, false
	}
	if len(c.lx.subjects) > 0 && !c.isSubjectToken(n.tj+1) && !c.markerEnding(n.tj) {
		return match{}, false
	}
	if c.generalSentence(m.ti) {
		return match{}, false
	}
	return n, true
}

// colourCopula reports whether token k is a verb of the pack's
// colour_copulas, which states a colour as its predicate (zh 呈, 为/為:
// 蓝宝石呈深黄色, 蓝宝石为黄色; #13, colourmiss47b).
func (c *checker) colourCopula(k int) bool {
	return c.lx.colourCops[strings.ToLower(c.toks[k].s)]
}

// nominalPredicateStone returns the stone of the piece whose colour the
// colour match at index i states in a nominal sentence, where the
// language marks definiteness with a prefix (definite_prefixes: Arabic
// "ال") and states a predicate with no copula: "الياقوت في هذا الخاتم أصفر"
// (the sapphire in this ring is yellow). An attributive adjective agrees
// with its noun in definiteness ("الياقوت الأصفر", "ذهب أصفر"); a predicate
// is indefinite after a definite subject (Ryding, A Reference Grammar of
// Modern Standard Arabic, ch. 5, equational sentences). So the colour,
// without the prefix, ends its clause; the word right before it is
// definite (a prefix or a definite word: "الخاتم", "الياقوت") and no fact
// but the piece's stones and category stands between it and a stone of
// the piece in a definite form earlier in the clause. Not in a sentence
// about the material in general (generalSentence) (#13, colourmiss47b).
func (c *checker) nominalPredicateStone(i int) (match, bool) {
	m := c.ms[i]
	if len(c.lx.defPrefixes) == 0 || m.negated || m.f.kind != kindColour || i == 0 || m.ti == 0 {
		return match{}, false
	}
	if c.definiteForm(m) || c.toks[m.ti].brk {
		return match{}, false
	}
	if e := m.tj + 1; e < len(c.toks) && !c.toks[e].brk && !c.toks[e].sbrk {
		return match{}, false
	}
	prev := c.toks[m.ti-1].s
	def := c.lx.definites.endsAt(c.toks, m.ti-1)
	for _, p := range c.lx.defPrefixes {
		if len(prev) > len(p)+2 && strings.HasPrefix(prev, p) {
			def = true
		}
	}
	if !def {
		return match{}, false
	}
	st := c.clauseStart(m.ti)
	for j := i - 1; j >= 0 && c.ms[j].ti >= st; j-- {
		n := c.ms[j]
		if n.f.kind == kindCategory && c.scopes[j] == scopeProduct && n.f.value == c.facts.category {
			continue
		}
		if n.negated || c.scopes[j] != scopeProduct || n.f.kind != kindStone && n.f.kind != kindStoneNoun || !c.definiteForm(n) {
			return match{}, false
		}
		if c.generalSentence(m.ti) {
			return match{}, false
		}
		return n, true
	}
	return match{}, false
}
