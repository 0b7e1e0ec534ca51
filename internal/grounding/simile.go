package grounding

import (
	"strings"
	"unicode/utf8"
)

// Colours in a simile of a stone (#13, simile32; blind set 31B's 31B109,
// rutilated quartz in silver: "que ficam presas na pedra como fios
// dourados", "zamykając je w sobie jak złote nitki", "فبقيت داخله كخيوط
// ذهبية" blocked grounding.colour and grounding.material). Copy that
// explains a stone likens its inclusions or its look to something else:
// "trapped in the stone like golden threads", "wie goldene Haare", "金色の
// 糸のように", "금빛 실처럼", "altın iplikler gibi". The colour of the
// thing likened, the simile's vehicle, is a likeness, not a colour of the
// piece (Huddleston and Pullum, The Cambridge Grammar of the English
// Language, ch. 8 on "like" phrases of comparison): the product data list
// no inclusions, so such a colour is compared as a colour of light is
// (light.go), as a warning.
//
// The vehicle is a noun phrase whose head is a noun that is no fact (no
// category, stone or material word) and no piece noun or part, and
// whose colour, or gold or silver word read as one, is m:
//
//   - after a word of comparison (like_before: like, wie, comme, como,
//     come, als, som, kuin, jak, jako, σαν, مثل, 像) with at most two
//     words before m (a determiner, an adjective, or the head noun where
//     adjectives follow it: "como fios dourados", "comme des fils
//     dorés", "like fine golden threads");
//   - after a noun glued to a prefix of comparison (like_prefixes:
//     Arabic كـ, "كخيوط ذهبية", like golden threads);
//   - or, where the word of comparison follows what is compared, before
//     a noun that carries it (like_tails: Korean 처럼, 같은) or is followed
//     by it (looks_like_after: Japanese のように, Turkish gibi), a head link
//     (の, 의) between.
//
// The sentence must name a stone, a mineral of inclusions or an inclusion
// noun. A karat, an alloy, a solid metal or a plating is never a colour,
// and "the ring is golden", "a gold ring holds the quartz", "jak złoty
// pierścionek" (the vehicle's head a category word) still block.
func (c *checker) simileColour(i int, m match) bool {
	if m.negated {
		return false
	}
	switch m.f.kind {
	case kindColour:
	case kindMaterial:
		v := m.f.value
		if c.cn.SolidMetals[v] == "" || contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) {
			return false
		}
		if _, plated := c.cn.Plated[v]; plated {
			return false
		}
		if i > 0 && c.ms[i-1].f.kind == kindKarat && c.ms[i-1].tj+1 >= m.ti {
			return false
		}
	default:
		return false
	}
	if !c.simileBefore(m) && !c.simileAfter(m) {
		return false
	}
	return c.stoneOrMineralInSentence(m) || c.inclusionNounInSentence(m)
}

// vehicleWord reports whether token k may stand in a simile's vehicle: no
// break before it, no fact, no piece noun ("like a golden jewel"). A
// part's noun may ("fios", "iplikler", threads, are the piece's threads
// in its own sentence): the tenor tells the piece's simile apart.
func (c *checker) vehicleWord(k int) bool {
	if k < 0 || k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk || c.isFactToken(k) {
		return false
	}
	return !c.lx.pieceNouns.at(c.toks, k)
}

// pieceTenor reports whether the thing likened, the nearest fact or piece
// noun before token k in its sentence, is the piece: a category word ("O
// quartzo fica num anel como um aro dourado", the ring likened) or a
// piece noun. A stone, a mineral or a generic stone noun is the stone's.
func (c *checker) pieceTenor(k int) bool {
	s, _ := c.sentenceOf(k)
	for j := k - 1; j >= s; j-- {
		if i := c.factAt(j); i >= 0 {
			return c.ms[i].f.kind == kindCategory
		}
		if c.lx.pieceNouns.at(c.toks, j) {
			return true
		}
	}
	return false
}

// simileBefore reports whether a word or prefix of comparison opens m's
// vehicle before it (see simileColour).
func (c *checker) simileBefore(m match) bool {
	if m.ti == 0 || c.toks[m.ti].brk {
		return false
	}
	noun := false // a head noun stands after m, or before it where adjectives follow
	if c.lx.adjAfter {
		noun = m.ti >= 1 && c.vehicleWord(m.ti-1) && !c.lx.determiners[c.toks[m.ti-1].s]
	} else {
		k := m.tj + 1
		if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) {
			k++ // 金色的丝线
		}
		noun = c.vehicleWord(k)
	}
	if !noun {
		return false
	}
	for n, k := 0, m.ti-1; n <= 2 && k >= 0; n, k = n+1, k-1 {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if l := c.phraseEndsAt(c.lx.likeBefore, nil, k); c.lx.likeBefore.size() > 0 && l > 0 {
			return !c.pieceTenor(k - l + 1)
		}
		if c.likePrefixed(k) && (c.lx.adjAfter || n == 0) {
			return !c.pieceTenor(k)
		}
		if n == 2 || !c.vehicleWord(k) {
			return false
		}
	}
	return false
}

// likePrefixed reports whether token k is a noun glued to a prefix of
// comparison (like_prefixes: Arabic كـ), at least three letters after it.
func (c *checker) likePrefixed(k int) bool {
	w := c.toks[k].s
	for _, p := range c.lx.likePrefixes {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3 && c.vehicleWord(k) {
			return true
		}
	}
	return false
}

// simileAfter reports whether m's vehicle ends in a word of comparison
// that follows it (see simileColour).
func (c *checker) simileAfter(m match) bool {
	if c.lx.adjAfter {
		return false
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) {
		k++
	}
	if k >= len(c.toks) || c.toks[k].brk || c.isFactToken(k) || c.pieceTenor(m.ti) {
		return false
	}
	w := c.toks[k].s
	for _, l := range c.lx.likeTails {
		if len(w) > len(l) && strings.HasSuffix(w, l) {
			return true // 실처럼
		}
	}
	if c.lx.pieceNouns.at(c.toks, k) {
		return false
	}
	j := k + 1
	if j >= len(c.toks) || c.toks[j].brk || c.toks[j].sbrk {
		return false
	}
	for _, l := range c.lx.likeTails {
		if w := c.toks[j].s; w == l {
			return true // 실 같은
		}
	}
	for range c.lx.looksLikeAfter.at(c.toks, j) {
		return true // 糸のように, iplikler gibi
	}
	return false
}

// inclusionNounInSentence reports whether m's sentence holds a noun of
// inclusions (inclusion_nouns: needles, veins, agulhas, igiełki, إبر).
func (c *checker) inclusionNounInSentence(m match) bool {
	if !c.hasInclusionNoun() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0 {
			return true
		}
	}
	return false
}
