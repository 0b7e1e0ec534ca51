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
	return c.goesWithBefore(m) || c.goesWithAfter(m)
}

// freeBetween reports whether tokens a..b (inclusive) hold no break, no
// category word and no copula: nothing that starts another noun phrase
// or predicate.
func (c *checker) freeBetween(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk || c.categoryToken(k) || c.isCopula(k) || c.lx.headLinks.hasWord(c.toks[k].s) {
			return false
		}
	}
	return true
}

func (c *checker) goesWithBefore(m match) bool {
	ps := c.lx.goesWith.before
	if len(ps) == 0 {
		return false
	}
	for l := m.ti - 1; l >= 0 && l >= m.ti-1-goesWithGap; l-- {
		if c.toks[l+1].brk || c.toks[l+1].sbrk || l+1 < m.ti && !c.freeBetween(l+1, l+1) {
			return false
		}
		for _, p := range ps[c.toks[l].s] {
			if len(p) == 1 {
				return true
			}
			verb := p[:len(p)-1]
			for v := l - 1; v >= 0 && v >= l-1-2; v-- {
				if c.toks[v+1].brk || c.toks[v+1].sbrk {
					break
				}
				if endsWith(c.toks, v, verb) {
					return true
				}
			}
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
