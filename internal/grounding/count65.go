package grounding

import "strings"

// Stone counts of a colour group with the noun elided, and counts per
// side, in a list of a piece's groups of one stone (#13, count65; held-out
// 64 fr-CA 64A01-2 "des pierres d'oxyde de zirconium : neuf incolores de
// part et d'autre et quatre roses réunies au centre" on 9 clear and 3 pink
// zirconia passed: "quatre roses" is four of the three pink).
//
// Three readings were missing.
//
//   - A side phrase that closes one conjunct of a list belongs to that
//     conjunct's count, not to the count after the conjunction: in "four
//     clear on each side and three pink in the centre", "neuf incolores de
//     part et d'autre et quatre roses", "negen kleurloze aan weerszijden en
//     vier roze" the three, the quatre and the vier are whole groups, not
//     counts on each side (earlierCountPhrase). They were read as counts
//     per part, which any group's multiple fitted (four pink on each of
//     three parts are twelve, 9 + 3) or none did ("three pink" blocked as
//     three per part).
//   - A number whose noun is elided before its colour ("four clear on each
//     side", "neuf incolores de part et d'autre", "kaksi väritöntä
//     kummallakin puolella") counts the group of that colour on each side:
//     the side phrase is read after the colour (sidePhraseAfterColour), and
//     the colour narrows the groups (elidedColourOf), as "four clear stones
//     on each side" does. A per_side phrase ("on each side", "de chaque
//     côté", "auf jeder Seite", "a cada lado", "z každé strany") gives the
//     group two sides' worth; a sides_together phrase ("de part et
//     d'autre", "on both sides", "aan weerszijden", "molemmin puolin", "po
//     obu stronach", "her iki yanında") may give either, the group across
//     the sides or on each (perPartCount's sidesTogetherOnly). A side
//     phrase with no number of its own leaves the count as it was.
//   - The colour's phrase ends where a word of the centre or of the sides
//     follows it ("neljä vaaleanpunaista keskellä", "dört pembe ortada",
//     "čtyři růžové uprostřed", "τέσσερα ροζ στο κέντρο"): in the
//     languages that mark place on the noun or put it after, the elided
//     noun's colour is no adjective of the place word (elidedColourEnds).
//
// The adjective stands for its noun phrase by nominal ellipsis (Quirk et
// al., A Comprehensive Grammar of the English Language, 1985, §5.9-5.10;
// Grevisse, Le Bon usage §217), as colour_group_count.go reads it.

// earlierCountReach is how many tokens before a side phrase the count of
// its conjunct may stand: the number, its colour and a stone word or two
// ("neuf incolores", "four clear cubic zirconia").
const earlierCountReach = 5

// earlierCountPhrase reports whether the phrase of tokens st..e (a
// distributive or side phrase) before the count that starts at token k
// closes the conjunct before it: a conjunction stands between e and k, in
// their clause (a comma before the conjunction may stand), or is glued to
// the count (Arabic "وثلاثة"), and a number
// stands before st in its clause within earlierCountReach tokens, with no
// conjunction between it and the phrase.
func (c *checker) earlierCountPhrase(st, e, k int) bool {
	if st <= 0 || e < st || e >= k {
		return false
	}
	// Arabic glues its "and" to the count: "على كل جانب وثلاثة".
	conj := !c.toks[k].brk && c.conjunctionClitic(c.toks[k].s)
	for j := e + 1; j < k; j++ {
		if c.toks[j].sbrk || c.toks[j].brk && !c.listConjAt(j) {
			return false
		}
		conj = conj || c.listConjAt(j)
	}
	if !conj {
		return false
	}
	for j := st - 1; j >= 0 && j >= st-earlierCountReach; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk || c.listConjAt(j) {
			return false
		}
		if isDigits(c.toks[j].s) || c.kindTokenAt(j, kindNumber) {
			return true
		}
	}
	return false
}

// elidedColourOf returns the index in c.ms of the colour right after the
// number m (or after its counter: 四颗粉色) when no noun follows the
// colour in its phrase, the colour's noun elided; or -1.
func (c *checker) elidedColourOf(m match) int {
	next := m.tj + 1
	if next >= len(c.toks) || c.toks[next].brk {
		return -1
	}
	if c.counterTok(next) {
		next++
	}
	i := c.matchAt(next)
	if i < 0 || next >= len(c.toks) || c.toks[next].brk {
		return -1
	}
	cm := c.ms[i]
	if cm.f.kind != kindColour || cm.negated || cm.ti != next {
		return -1
	}
	if !c.elidedColourEnds(i, cm.tj+1) {
		return -1
	}
	return i
}

// elidedColourEnds reports whether the colour's phrase (the colour match
// ms[i]) ends before token k: k ends the text or starts a clause, is the
// language's pro-form ("ones") or a count stop, or, where adjectives
// follow their noun, no stone follows as the colour's name ("bleu
// saphir"); or a word of the centre (centre_words) or a side phrase
// (distributive, per_side, sides_together) starts at k, or a centre word
// one word on ("στο κέντρο", "in het midden").
func (c *checker) elidedColourEnds(i, k int) bool {
	if k >= len(c.toks) || c.toks[k].brk {
		return true
	}
	t := c.toks[k].s
	if c.lx.proforms[t] || c.countStop(k) || c.lx.adjAfter && !c.stoneAtTok(i+1, k) {
		return true
	}
	return c.placeWordAt(k)
}

// placeWordAt reports whether a word of the centre or a side phrase starts
// at token k, or a centre word starts right after a word at k that is no
// fact ("στο κέντρο").
func (c *checker) placeWordAt(k int) bool {
	for _, ps := range [...]phrases{c.lx.centreWords, c.lx.distributive, c.lx.perSide, c.lx.sides} {
		if phraseEnd(ps, c.toks, k) >= k {
			return true
		}
	}
	if k+1 < len(c.toks) && !c.toks[k+1].brk && c.factAt(k) < 0 && phraseEnd(c.lx.centreWords, c.toks, k+1) > k {
		return true
	}
	return false
}

// sidePhraseAfterColour returns the last token of a side phrase
// (distributive, per_side or sides_together, the longest) that starts
// right after the elided colour of the number num (elidedColourOf: "neuf
// incolores de part et d'autre", "four clear on each side", "acht
// farblose auf beiden Seiten"), or -1; together reports whether it names
// the sides together (sides_together and no per_side phrase), so that the
// number may be the group across them.
func (c *checker) sidePhraseAfterColour(num match) (end int, together bool) {
	i := c.elidedColourOf(num)
	if i < 0 {
		return -1, false
	}
	s := c.ms[i].tj + 1
	end = -1
	for _, ps := range [...]phrases{c.lx.distributive, c.lx.perSide, c.lx.sides} {
		end = max(end, phraseEnd(ps, c.toks, s))
	}
	if end < 0 {
		return -1, false
	}
	return end, phraseEnd(c.lx.sides, c.toks, s) == end && phraseEnd(c.lx.perSide, c.toks, s) != end
}

// colourStated reports whether one of the product's stone groups has the
// colour v.
func (c *checker) colourStated(v string) bool {
	for _, st := range c.facts.stoneInfo {
		if contains(st.colours, v) {
			return true
		}
	}
	return false
}

// sidePhraseNotOfCount reports whether the side phrase of tokens st..e
// before the count that starts at token k is not that count's: it closes
// the conjunct before (earlierCountPhrase), or the count's stones are the
// centre's (centreAfterCount: "clear ones on each side and three pink in
// the centre", "Farblose Zirkonia auf jeder Seite umrahmen drei
// rosafarbene in der Mitte"). A side phrase with no number of its own
// leaves the count after it whole.
func (c *checker) sidePhraseNotOfCount(st, e, k int) bool {
	if !c.inSidePhraseAt(e) {
		return false // "one lemon quartz on every piece and two that glow": each piece's
	}
	return c.earlierCountPhrase(st, e, k) || c.centreAfterCount(k)
}

// inSidePhraseAt reports whether token k is a word of a phrase of the
// sides (per_side, sides_together, per_side_before, both_sides_before):
// the distributive word "ciascun" of "su ciascun lato", "každé" of "z
// každé strany".
func (c *checker) inSidePhraseAt(k int) bool {
	for e := k; e < len(c.toks) && e <= k+3; e++ {
		if e > k && c.toks[e].brk {
			break
		}
		for _, ps := range [...]phrases{c.lx.perSide, c.lx.sides, c.lx.sideBefore, c.lx.bothSidesBefore} {
			for _, p := range ps.at(&c.toks[e]) {
				if e-len(p)+1 <= k && endsWith(c.toks, e, p) {
					return true
				}
			}
		}
	}
	return false
}

// listConjAt reports whether token k is a conjunction of the language's
// lists (measure_words list: "and", "et", "und", "en", "i", 和), not a
// word that is one only in another language (en "of", es "en").
func (c *checker) listConjAt(k int) bool {
	if !c.conjAt(k) {
		return false
	}
	return listParticles[c.toks[k].s] || c.lx.mw.listWords[foldString(strings.ToLower(c.toks[k].s))]
}

// sidePhraseNotOfCountEnding is sidePhraseNotOfCount for the phrase of ps
// that ends at token e.
func (c *checker) sidePhraseNotOfCountEnding(ps phrases, e, k int) bool {
	return c.sidePhraseNotOfCount(ps.startOf(c.toks, e), e, k)
}

// centreLead is how many words that are no facts may stand between a
// count (with its counter and elided colour) and a word of the centre
// after it: "in the centre", "in der Mitte", "au centre", "στο κέντρο".
const centreLead = 2

// centreAfterCount reports whether a word of the centre (centre_words)
// follows the count that starts at token k, in its clause: after the
// number, its counter or its elided colour (elidedColourOf), with at most
// centreLead words that are no facts between ("three pink in the centre",
// "trois roses au centre", "kolme vaaleanpunaista keskellä").
func (c *checker) centreAfterCount(k int) bool {
	i := c.matchAt(k)
	if i < 0 || c.lx.centreWords.size() == 0 {
		return false
	}
	m := c.ms[i]
	if m.ti != k || m.f.kind != kindNumber && m.f != digitForm {
		return false
	}
	e := m.tj
	if ci := c.elidedColourOf(m); ci >= 0 {
		e = c.ms[ci].tj
	} else if c.counterTok(e + 1) {
		e++
	}
	for j := e + 1; j < len(c.toks) && j <= e+1+centreLead; j++ {
		if c.toks[j].brk {
			return false
		}
		if phraseEnd(c.lx.centreWords, c.toks, j) >= j {
			return true
		}
		if c.factAt(j) >= 0 {
			return false
		}
	}
	return false
}

// sidesThenParts reports whether the count n on each side at m opens a
// list of the group's parts that adds up, two sides' worth, to some
// groups' count ("nine clear cubic zirconia: four on each side and one in
// the centre"; count61.go partsAfter). A list of colour groups ("four
// clear on each side and three pink in the centre") is no list of one
// group's parts: each of its counts is compared with its colour's group.
func (c *checker) sidesThenParts(m match, n int, counts []int) bool {
	for _, o := range c.ms {
		if o.ti <= m.tj || o.f.kind != kindNumber && o.f != digitForm {
			continue
		}
		if sentenceBetween(c.toks, m.tj, o.ti) {
			break
		}
		if c.elidedColourOf(o) >= 0 {
			return false
		}
	}
	t := c.partsAfter(m, m)
	return t > 0 && subsetSum(counts, t+n)
}
