package grounding

import "strings"

// goesWithData are the verbs of matching or going with something, by
// language (locale pack vocab.yaml, issue #13, cross_sell):
//
//   - goes_with: a verb and the preposition it takes ("goes with",
//     "passt zu", "s'accorde avec", "passar till", "hodí k", "يتماشى
//     مع"), the last word of an entry being the preposition; up to two
//     words (adverbs, a reflexive) may stand between the verb and it
//     ("goes beautifully with", "se marie à merveille avec"). An entry of
//     one word is a verb whose object follows it with no preposition
//     (Finnish "sopii … kanssa").
//   - goes_with_after: the same said after the object where the verb
//     follows it (Japanese "…にも合う", Korean "…와 잘 어울립니다",
//     Turkish "…la uyumlu", Chinese "与…也很搭配"). An entry of one word
//     in a language with comitative endings needs the object in that case
//     ("화이트 골드와", "altınla").
//
// A metal or stone that is the object of such a verb is what the piece is
// worn with ("pairs with white gold", "passt zu Weißgold"), not what it is.
type goesWithData struct {
	before phrases // by last token (the preposition)
	after  startPhrases
}

type goesWithFile struct {
	GoesWith      []string `yaml:"goes_with"`
	GoesWithAfter []string `yaml:"goes_with_after"`
}

func compileGoesWith(f goesWithFile) goesWithData {
	return goesWithData{before: phraseSet(f.GoesWith), after: startPhraseSet(f.GoesWithAfter)}
}

// goesWithGap is how many words may stand between a verb of goes_with and
// its preposition, or between the preposition and the fact (an article,
// a possessive, an adjective or a first fact coordinated with it:
// "passt zu Gelbgold und Roségold").
const goesWithGap = 3

// goesWith reports whether the fact m is the object of a verb of matching
// or going with (goesWithData): what the piece is worn with.
func (c *checker) goesWith(m match) bool {
	switch m.f.kind {
	case kindMaterial, kindStone, kindColour, kindKarat:
	default:
		return false
	}
	return c.goesWithBefore(m) || c.goesWithAfter(m) || c.goesWithFar(m)
}

// goesWithFar is how many words the object of a verb of matching may hold
// before the fact when the fact qualifies its noun (issue #13, ctx10):
// "passt wunderbar zu all deinen Lieblingsstücken aus Weißgold", "va avec
// toutes vos autres créations en or blanc", "sopii kaikkien muiden
// keltakultaisten korujesi kanssa", "他のイエローゴールドのアクセサリーにも
// 合います": the metal is the other pieces'.
const goesWithFar = 8

// goesWithFar reports whether the fact m belongs to the noun phrase that
// is the object of a verb of matching, further from it than goesWithGap:
// after the verb, the fact joined by a head link to a noun before it
// ("Schmuckstücken aus Gelbgold", "smykker i gult guld") or, where
// adjectives come first, qualifying a noun right after it ("white gold
// pieces"); before a verb that follows its object, the fact followed by
// that noun, a head link between at most (の, 的, 의), the noun taking
// the comitative ending where the language has one ("altın
// takılarınızla uyumludur"). No clause break, copula, coordinating
// conjunction or the product's own category word stands between.
func (c *checker) goesWithFar(m match) bool {
	return c.goesWithFarBefore(m) || c.goesWithFarAfter(m)
}

func (c *checker) goesWithFarBefore(m match) bool {
	ps := c.lx.goesWith.before
	if ps.size() == 0 || m.ti < 2 {
		return false
	}
	// The head link may open the fact's own form ("من الذهب الأصفر").
	linked := c.lx.headLinks.hasWordAt(&c.toks[m.ti-1]) && !c.toks[m.ti].brk && !c.describingFactToken(m.ti-2) ||
		m.ti < m.tj && c.lx.headLinks.hasWordAt(&c.toks[m.ti]) && !c.describingFactToken(m.ti-1)
	qualifies := !c.lx.adjAfter && m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && !c.toks[m.tj+1].sbrk && !c.describingFactToken(m.tj+1) && !c.ownCategoryToken(m.tj+1)
	if !linked && !qualifies {
		return false
	}
	limit := m.ti - 1 - goesWithFar
	for l := m.ti - 1; l >= 0 && l >= limit; l-- {
		t := c.toks[l+1]
		if t.brk || t.sbrk {
			return false
		}
		if l+1 < m.ti && c.objectConjAt(l+1) && c.secondObject(ps, l+1) {
			// "com uma aliança … ou com um anel de diamantes": the
			// verb's first object lies before the conjunction
			limit = l - goesWithFar
			continue
		}
		if l+1 < m.ti && c.ownCategoryToken(l+1) && !c.otherOfCategory(l+1) {
			// In a language without articles, the product's category
			// word as the object of the verb of matching is another
			// piece of that kind, no piece being worn with itself
			// ("nosí s tenkou obroučkou ze žlutého zlata" on a ring;
			// #13, rel60); where articles are written, the indefinite
			// says so (otherOfCategory) and a definite is the piece.
			return !c.lx.articles && c.goesWithObjectAt(ps, l+1)
		}
		if l+1 < m.ti && (c.isCopula(l+1) || c.objectConjAt(l+1)) {
			return false
		}
		if c.goesWithPhraseAt(ps, l) {
			return true
		}
	}
	return false
}

// objectConjAt reports whether token k is a coordinating conjunction
// that ends the object of a verb of matching: a word of the conjunctions
// shared by all languages that this language reads neither as a head
// link nor as an article. The shared set holds words that are articles
// elsewhere: Czech and Polish "a" (and) is the English indefinite, Dutch
// "en" (and) the Scandinavian one, Greek "η" (or) also the feminine
// definite; read as a conjunction there, "worn with a thin band in
// yellow gold" ended the object at its article and the band's gold was
// the piece's (#13, rel60b).
func (c *checker) objectConjAt(k int) bool {
	w := c.toks[k].s
	return conjunctions[w] && !c.lx.headLinks.hasWord(w) && !c.lx.indefinites.endsAt(c.toks, k) && !c.lx.definites.endsAt(c.toks, k)
}

// goesWithObjectAt reports whether the noun at token k is the object of
// a verb of matching (ps): a phrase of ps ends at most goesWithGap tokens
// before it, in its clause (an article and adjectives between).
func (c *checker) goesWithObjectAt(ps phrases, k int) bool {
	for j := k - 1; j >= 0 && j >= k-1-goesWithGap; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.goesWithPhraseAt(ps, j) {
			return true
		}
	}
	return false
}

// goesWithFarAfterGap is how many tokens the noun after the fact may
// take before a verb of matching that follows it (characters in Chinese
// and Japanese, read one per token).
const goesWithFarAfterGap = 8

func (c *checker) goesWithFarAfter(m match) bool {
	as := c.lx.goesWith.after
	if len(as) == 0 {
		return false
	}
	// Where words are tokens, the noun is one word, a head link before it
	// at most; where characters are, up to goesWithFarAfterGap of them.
	limit := 2
	if c.charTokens() {
		limit = goesWithFarAfterGap
	}
	for s := m.tj + 2; s < len(c.toks) && s <= m.tj+1+limit; s++ {
		k := s - 1
		if c.toks[k].brk || c.toks[k].sbrk || c.toks[s].brk || c.toks[s].sbrk || c.describingFactToken(k) || c.isCopula(k) || c.ownCategoryToken(k) {
			return false
		}
		if !c.charTokens() && k > m.tj+1 && !c.lx.headLinks.hasWordAt(&c.toks[m.tj+1]) {
			return false
		}
		if len(c.lx.comitative) > 0 && !c.comitativeToken(k) {
			continue
		}
		for range as.at(c.toks, s) {
			return true
		}
	}
	return false
}

// describingFactToken reports whether token k lies in a metal, fineness,
// stone or colour word (not in a category or ignored word).
func (c *checker) describingFactToken(k int) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.ti <= k && k <= m.tj {
			switch m.f.kind {
			case kindMaterial, kindKarat, kindStone, kindColour:
				return true
			}
		}
	}
	return false
}

// ownCategoryToken reports whether token k is a word of the product's own
// category ("pendant" on a pendant): a noun phrase holding it is the
// piece, not what it goes with.
func (c *checker) ownCategoryToken(k int) bool {
	if c.facts.category == "" {
		return false
	}
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.f.kind == kindCategory && m.ti <= k && k <= m.tj && m.f.value == c.facts.category {
			return true
		}
	}
	return false
}

// freeBetween reports whether tokens a..b (inclusive) hold no break, no
// category word and no copula: nothing that starts another noun phrase
// or predicate.
func (c *checker) freeBetween(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk || c.categoryToken(k) || c.isCopula(k) || c.lx.headLinks.hasWordAt(&c.toks[k]) {
			return false
		}
	}
	return true
}

// goesWithPhraseAt reports whether a goes-with phrase of ps ends on token
// l: its last word there and, for a phrase of several words, the words
// before it ending within two tokens before l in the same sentence
// ("passt wunderbar zu": "zu" at l, "passt" two tokens back); with a
// stone, metal or colour word among those between (the verb's object),
// only where the verb opens its clause, an imperative.
func (c *checker) goesWithPhraseAt(ps phrases, l int) bool {
	for _, p := range ps.at(&c.toks[l]) {
		if len(p) == 1 {
			return true
		}
		verb := p[:len(p)-1]
		for v := l - 1; v >= 0 && v >= l-1-2; v-- {
			if c.toks[v+1].brk || c.toks[v+1].sbrk {
				break
			}
			if !endsWith(c.toks, v, verb) {
				continue
			}
			// A stone, metal or colour between is the verb's object:
			// "Elk oorknopje combineert een zoetwaterparel met steekjes
			// van massief goud" joins two of the piece's own things, it
			// does not go with the second; an imperative opening its
			// clause ("Combina las perlas con …") still suggests it
			// (#13, pairparts36).
			if c.opensClause(v - len(verb) + 1) {
				return true
			}
			if !c.describingFactIn(v+1, l-1) {
				return true
			}
			break
		}
	}
	return false
}

func (c *checker) goesWithBefore(m match) bool {
	ps := c.lx.goesWith.before
	if ps.size() == 0 {
		return false
	}
	for l := m.ti - 1; l >= 0 && l >= m.ti-1-goesWithGap; l-- {
		if c.toks[l+1].brk || c.toks[l+1].sbrk || l+1 < m.ti && !c.freeBetween(l+1, l+1) {
			return false
		}
		if c.goesWithPhraseAt(ps, l) || c.repeatedPreposition(ps, l) {
			return true
		}
	}
	return false
}

func (c *checker) goesWithAfter(m match) bool {
	as := c.lx.goesWith.after
	if len(as) == 0 {
		return false
	}
	for s := m.tj + 1; s < len(c.toks) && s <= m.tj+2; s++ {
		if c.toks[s].brk || c.toks[s].sbrk {
			return false
		}
		if s > m.tj+1 && (c.isFactToken(s-1) || !c.freeBetween(s-1, s-1)) {
			return false
		}
		for p := range as.at(c.toks, s) {
			if len(p) == 1 && len(c.lx.comitative) > 0 && !c.comitativeToken(m.tj) {
				continue
			}
			return true
		}
	}
	return false
}

// comitativeToken reports whether token k ends in a comitative ending
// (comitative_endings: Korean "골드와", Turkish "altınla").
func (c *checker) comitativeToken(k int) bool {
	t := c.toks[k].s
	for _, s := range c.lx.comitative {
		if len(t) > len(s) && strings.HasSuffix(t, s) {
			return true
		}
	}
	return false
}

// opensClause reports whether token k is the first of its clause (or of
// the text): a verb there is an imperative ("Combina las perlas con…",
// "Pair the studs with…"), not a piece's description of itself.
func (c *checker) opensClause(k int) bool {
	return k <= 0 || k < len(c.toks) && (c.toks[k].brk || c.toks[k].sbrk)
}

// describingFactIn reports whether a token of a..b lies in a metal,
// fineness, stone or colour word (describingFactToken).
func (c *checker) describingFactIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.describingFactToken(k) {
			return true
		}
	}
	return false
}
