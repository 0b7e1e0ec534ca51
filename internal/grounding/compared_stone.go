package grounding

import "strings"

// The standard of a comparison (#13, compare32). Copy that explains the
// piece's stone compares it with another: "De är större och mörkare än
// japanska akoyapärlor", "Είναι σκληρότερος από το οπάλιο και το
// μαργαριτάρι", "Japonya'nın Akoya incilerinden daha iri", "9에 이르는
// 사파이어보다 조금 무릅니다", 低於硬度 9 的藍寶石, "白いアコヤ真珠とは異なる".
// The stone compared with is the comparison's standard, not a stone of the
// piece (Huddleston and Pullum, The Cambridge Grammar of the English
// Language, ch. 13 on comparative constructions: the complement of "than"
// names the standard; Duden Grammatik on the Vergleichspartikel "als";
// the Real Academia's Nueva gramática, §45 on the comparative "que").
//
// comparedWith (light.go) reads a stone right after a word of comparison,
// at most a determiner or a colour between. stoneCompared reads the rest
// of the noun phrase of the standard, with the words of comparison the
// metals' comparison reads (compared_metal.go):
//
//   - a word of comparison before it (than_before, than_standard, or
//     than_comparative after a comparative), then determiners, fillers, colours and, where
//     a comparative stands before the word (comparatives,
//     comparative_endings: "mörkare än", "más oscuras que"), at most two
//     other words of the noun phrase ("än japanska akoyapärlor"); the
//     members of a list after the first ("από το οπάλιο και το
//     μαργαριτάρι"); where modifiers end with a particle before the noun
//     (than_modifiers: Chinese 的), that modifier ("低於硬度 9 的藍寶石");
//   - a word of comparison after it (than_after: より; than_suffixes:
//     보다, the Turkish ablative before daha), the members of a list
//     before it too.
//
// A stone the product has, a negated one, one counted by a number ("more
// than 20 diamonds"), one that modifies a noun of the piece's category or
// a piece noun right after it ("more than a ruby ring": the piece may be
// one), and one after a word of the piece between (a demonstrative or
// possessive of the piece, its name, a verb of the piece or of setting:
// "more than this ruby") stay checked, and so does a stone before the word
// of comparison: "These Akoya pearls are larger than Tahitian pearls" is
// the piece's own statement.

// comparedFree is how many words other than determiners, fillers and
// colours may stand between a word of comparison that follows a
// comparative and the stone compared: the adjectives of the noun phrase.
const comparedFree = 2

// modifierGap is how many tokens a modifier ending with a particle of
// than_modifiers may span (Chinese, a character a token: 硬度 9 的).
const modifierGap = 8

// stoneCompared reports whether the stone m, one the product lacks, is the
// standard of a comparison, by the rules above.
func (c *checker) stoneCompared(m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) {
		return false
	}
	// A diamond compared on a piece with a simulant stays checked, as
	// the ranking's does (16 CFR 23.25: "harder than any gem but
	// diamond" on cubic zirconia; ranking.go), unless what is compared
	// with it is the piece's natural stone, named (naturalRanked).
	if strings.Contains(m.f.value, "diamond") && !c.noSimulantStone() && !c.naturalRanked(m) {
		return false
	}
	if m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && (c.categoryToken(m.tj+1) || c.lx.pieceNouns.at(c.toks, m.tj+1)) {
		return false
	}
	return c.standardBefore(m) || c.standardAfter(m)
}

// standardBefore reports whether a word of comparison stands before the
// noun phrase of the stone m, by the rules above.
func (c *checker) standardBefore(m match) bool {
	if c.lx.thanBefore.size() == 0 && c.lx.thanComparative.size() == 0 && c.lx.thanStandard.size() == 0 {
		return false
	}
	// A standard phrase that starts with the word of comparison: ar "من
	// الياقوت الأزرق", whose "من" is also "made of".
	if m.tj > m.ti && c.thanWordEndsAt(m.ti) {
		return true
	}
	k := c.modifierStart(m.ti)
	var free []int // the other words passed, to be read once the word is found
	gap := comparedGap
	for n := 0; k >= 0 && n <= gap+len(free); k, n = k-1, n+1 {
		if c.toks[k+1].brk && !c.stoneListBreak(k) {
			return false
		}
		if e := c.thanEnd(k); e >= 0 {
			return len(free) == 0 || len(free) <= comparedFree && c.comparativeBefore(e)
		}
		t := c.toks[k].s
		switch {
		case c.stoneConjAt(k):
			// "από το οπάλιο και το μαργαριτάρι": a later member.
			gap = n + comparedGap
		case c.kindTokenAt(k, kindStone):
			if c.ownStoneToken(k) {
				return false
			}
		case c.lx.determiners[t] || c.lx.thanFillers[t] || c.colourToken(k) || linkArticles[t]:
		case c.numberToken(k) || c.isFactToken(k) || c.armStopAt(k, false):
			return false
		default:
			free = append(free, k)
		}
	}
	return false
}

// thanEnd returns the first token of a word of comparison that ends at
// token k (thanWordEndsAt), or -1.
func (c *checker) thanEnd(k int) int {
	if n := c.phraseEndsAt(c.lx.thanStandard, nil, k); n > 0 {
		return k - n + 1
	}
	if !c.thanWordEndsAt(k) {
		return -1
	}
	if n := c.phraseEndsAt(c.lx.thanBefore, nil, k); n > 0 {
		return k - n + 1
	}
	if n := c.phraseEndsAt(c.lx.thanComparative, nil, k); n > 0 {
		return k - n + 1
	}
	return k
}

// comparativeBefore reports whether a comparative (comparatives, or a word
// with one of comparative_endings) stands at most three words before token
// s in its clause, determiners and the words of a list of comparatives
// between ("större och mörkare än").
func (c *checker) comparativeBefore(s int) bool {
	for j := s - 1; j >= 0 && j >= s-3 && !c.toks[j+1].brk; j-- {
		if c.comparativeAt(j) {
			return true
		}
	}
	return false
}

// modifierStart is the first token of a modifier that ends with a particle
// of than_modifiers right before token ti (Chinese 硬度 9 的 before
// 藍寶石), else ti-1: after a word of comparison of two tokens or more,
// no break, no stone, no word of the piece in it, and no number first (a
// count: 低於 3 顆的).
func (c *checker) modifierStart(ti int) int {
	k := ti - 1
	if len(c.lx.thanModifiers) == 0 || k < 0 || c.toks[ti].brk {
		return ti - 1
	}
	// Up to three tokens of a name between the particle and the stone
	// that are no fact, number or break: 带有火焰般橘色的墨西哥火蛋白石, the
	// Mexican fire opal with a flame-like orange (#13, incl43).
	for n := 0; n < 3 && k > 0 && !c.lx.thanModifiers[c.toks[k].s] && !c.toks[k+1].brk && !c.isFactToken(k) && !c.numberToken(k); n++ {
		k--
	}
	if !c.lx.thanModifiers[c.toks[k].s] || c.toks[k+1].brk {
		return ti - 1
	}
	for j := k - 1; j >= 0 && j >= k-modifierGap; j-- {
		if c.toks[j+1].brk || c.stoneToken(j, j) || c.armStopAt(j, false) {
			return ti - 1
		}
		// A word of comparison of two characters or more (低於, 不同於),
		// not 比 alone, which is also a character of other words (無與倫比,
		// 比例), and a modifier of one token or more after it.
		if n := max(c.phraseEndsAt(c.lx.thanBefore, nil, j), c.phraseEndsAt(c.lx.thanStandard, nil, j)); n > 0 {
			if n < 2 || j+1 >= k || c.numberToken(j+1) {
				return ti - 1
			}
			return j
		}
	}
	return ti - 1
}

// stoneConjAt reports whether token k joins two stones in a list: a
// conjunction with a stone before it.
func (c *checker) stoneConjAt(k int) bool {
	return k > 0 && !c.toks[k].brk && c.conjAt(k) && c.kindTokenAt(k-1, kindStone)
}

// stoneListBreak reports whether the clause break before token k+1 is a
// comma of a list of stones ("than emerald, opal or pearl"): a stone on
// both sides of it and a conjunction ahead.
func (c *checker) stoneListBreak(k int) bool {
	if c.toks[k+1].sbrk || !c.kindTokenAt(k, kindStone) || !c.kindTokenAt(k+1, kindStone) {
		return false
	}
	for j := k + 2; j < len(c.toks) && j <= k+5 && !c.toks[j].brk; j++ {
		if c.conjAt(j) {
			return true
		}
	}
	return false
}

// standardAfter reports whether a word of comparison follows the stone m
// or the last stone of the list m starts (than_after: アコヤ真珠より;
// than_suffixes: 사파이어보다, "Akoya incilerinden daha").
func (c *checker) standardAfter(m match) bool {
	if len(c.lx.thanAfter) == 0 && len(c.lx.thanSuffixes) == 0 {
		return false
	}
	e := m.tj
	stone := func(k int) bool { return c.kindTokenAt(k, kindStone) }
	for {
		n := -1
		if e+2 < len(c.toks) && !c.toks[e+1].brk && !c.toks[e+2].brk && c.conjAt(e+1) && stone(e+2) {
			n = e + 2
		} else {
			n = c.armJoinedAfter(e, stone) // "석영이나 토파즈보다" (compare63.go)
		}
		if n <= e {
			break
		}
		e = n
		for e+1 < len(c.toks) && !c.toks[e+1].brk && stone(e+1) {
			e++
		}
	}
	return c.thanAfterAt(e)
}

// comparedSubject reports whether the stone m, one the product lacks but
// of the same genus as one of its stones (sharesGenusWithOwn: Tahitian
// and freshwater pearls are both cultured pearls, pyrope and tsavorite
// both garnets), opens its sentence as the subject of a comparative
// predicate: only articles, link words, conjunctions and other such
// stones before it (or an elided first member of a list), no other fact between it and the first copula, and a
// comparative (comparatives, comparative_endings) right after the copula
// or one word after it ("South Sea and Tahitian pearls, from larger
// oysters, are bigger and rarer", "Tahiti-Perlen sind größer und
// seltener", "Las perlas de Tahití son más grandes", "Perły z Mórz
// Południowych są większe"). The standard is the piece's own material
// the copy has just explained, left unsaid (Huddleston and Pullum, The
// Cambridge Grammar of the English Language, ch. 13: a comparative's
// complement may be omitted where the context supplies it), so the
// sentence compares the sibling with it and sets no stone in the piece
// (#13, explain48). A word of the piece in the sentence ("Tahitian pearls
// are bigger, so our drops use them"), a diamond, a stone of another
// genus and a predicate with no comparative ("Tahitian pearls hang from
// gold hooks") still block.
func (c *checker) comparedSubject(m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || strings.Contains(m.f.value, "diamond") || !c.sharesGenusWithOwn(m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	other := func(k int) (match, bool) {
		if i := c.factAt(k); i >= 0 {
			return c.ms[i], true
		}
		return match{}, false
	}
	// The first member of a list may be elided to its modifier
	// ("South Sea and Tahitian pearls", "Südsee- und Tahiti-Perlen",
	// "Etelämeren ja Tahitin helmet"): two words at most before a
	// conjunction right before m.
	free := 0
	for k := s; k < m.ti; k++ {
		if o, ok := other(k); ok {
			if o.f.kind != kindStone || o.negated || contains(c.facts.stones, o.f.value) {
				return false
			}
			k = o.tj
			continue
		}
		if !c.articleLike(k) && !linkWords[c.toks[k].s] && !c.conjAt(k) {
			free++
		}
	}
	if free > 0 && (free > 2 || m.ti == s || !c.conjAt(m.ti-1) || c.pieceWordInSentence(m)) {
		return false
	}
	// Where no copula is said, a comparative right after the subject
	// (only other such stones or a conjunction between) opens the
	// predicate: "Güney Denizi ve Tahiti incileri daha büyük", "남양
	// 진주와 타히티 진주는 더 크고", "南洋珍珠和大溪地珍珠则更大"
	// (subject_comparatives; #13, explainopen48).
	bare := true
	for k := m.tj + 1; k <= e; k++ {
		if o, ok := other(k); ok {
			if o.f.kind == kindStone && !o.negated && !contains(c.facts.stones, o.f.value) || o.f.kind == kindColour {
				k = o.tj
				continue
			}
			return false
		}
		if bare {
			for range c.lx.subjComparatives.at(c.toks, k) {
				return !c.pieceWordInSentence(m)
			}
		}
		bare = bare && c.conjAt(k)
		if !c.isCopula(k) {
			continue
		}
		for j := k + 1; j <= e && j <= k+2; j++ {
			if c.comparativeAt(j) {
				return !c.pieceWordInSentence(m) && c.comparisonEnds(j, e)
			}
		}
		return false
	}
	return false
}

// comparisonEnds reports whether the comparative predicate at token j
// ends its sentence e (#13, adv48a): after j only comparatives, their
// conjunctions and link words, and one word after each comparative or
// conjunction ("plus grosses et plus rares", "más grandes y escasas"),
// up to the end of the sentence or a clause that names the piece's own
// stone again ("are bigger and rarer; freshwater pearls offer the same
// glow"). A clause that goes on about the sibling ("are bigger and rarer,
// and two hang from 18k gold hooks", "which is why we chose them",
// "deshalb haben wir sie gewählt") may set it in the piece: no
// comparison with the explained material then.
func (c *checker) comparisonEnds(j, e int) bool {
	free := true
	for k := j + 1; k <= e; k++ {
		if i := c.factAt(k); i >= 0 {
			o := c.ms[i]
			if o.f.kind == kindStone && !o.negated && contains(c.facts.stones, o.f.value) {
				return true
			}
			return false
		}
		if c.toks[k].brk {
			free = false
		}
		w := c.toks[k].s
		switch {
		case c.comparativeAt(k) || c.conjAt(k):
			free = true
		case linkWords[w] || c.lx.determiners[w]:
		case free:
			free = false
		default:
			return false
		}
	}
	return true
}

// comparativeAt reports whether token k is a comparative (comparatives,
// or a word of three letters or more before one of comparative_endings).
func (c *checker) comparativeAt(k int) bool {
	t := c.toks[k].s
	if c.lx.comparatives[t] {
		return true
	}
	if c.articleAt(k) {
		return false
	}
	for _, end := range c.lx.comparativeEndings {
		if len(t) >= len(end)+3 && strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// sharesGenusWithOwn reports whether the stone v and one of the product's
// stones imply a common value (canon implies, transitively): akoya pearl
// and cultured freshwater pearl are both cultured pearls, pyrope and
// hessonite both garnets.
func (c *checker) sharesGenusWithOwn(v string) bool {
	vs := c.cn.closure(nil, v)
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			for _, w := range c.cn.closure(nil, t) {
				if w != t && w != v && contains(vs[1:], w) {
					return true
				}
			}
		}
	}
	return false
}
