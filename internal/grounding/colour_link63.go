package grounding

import "strings"

// The piece's own stone given a colour in a phrase linked to it (issue
// #13, colour63). A colour right beside the stone compares with the
// stone's data; a colour a few words off, in a phrase of its own, was
// compared with the piece's colours, where the white gold's yellow or
// the product's other colours let it pass or only warn:
//
//   - the colour in a phrase of "in a / of a" after the stone, its weight
//     or its count: "la nostra pietra di 0,45 carati, di un caldo giallo
//     miele" on a blue serendibite (released 63A it-IT 63A04-2), "a
//     single 12 mm cultured freshwater pearl in a soft silvery white" on
//     a pink pearl (probe 63C en-US 63C04-2), "en présentent deux, d'un
//     vert tendre" on two pink pezzottaites (probe 63C fr-CA 63C04-2: the
//     count stands for the stones);
//   - the colour a colour-change stone is said to turn to: "이 다이아스포어는
//     … 보랏빛으로 변합니다" on a diaspore whose data say "colour-change
//     green to pink" (probe 63C ko-KR 63C04-2).
//
// The link words are the pack's colour_links ("in a", "of a", "d'un",
// "di un", "de un", "in einem", "in een", "i en", "w"), the change verbs
// its colour_change_verbs ("turns", "changes to", "변합니다",
// "に変わります"). A colour the stone has passes, as does either colour of
// a colour-change stone's data (the data's "colour-change X to Y" reads
// as both colours). Misrepresenting a gemstone's colour is a false
// statement of its quality (16 CFR 23.25(a)).

// colourLinkGap is how many words (an adjective, an adverb: "soft",
// "caldo", "warmen") may stand between the link and the colour.
const colourLinkGap = 2

// colourLinkReach is how many words (a preposition, a number and its
// unit) may stand between the stone and the link; a word that is no
// number, unit or karat only before a weight.
const colourLinkReach = 5

// countStandsForm stands for the piece's stones when a count closing its
// clause is what a colour phrase is said of ("en présentent deux, d'un
// vert tendre").
var countStandsForm = &form{kind: kindStoneNoun}

// linkedPhraseStone returns the stone of the piece the colour match at
// index i is said of in a linked phrase (see the top of this file).
func (c *checker) linkedPhraseStone(i int, m match) (match, bool) {
	if c.lx.colourLinks.size() == 0 || m.negated || m.f.kind != kindColour {
		return match{}, false
	}
	// A word of clarity ("i en klar, lyseblå tone") says how clear the
	// stone is, no colour (colour62.go).
	if m.f.value == "clear" && c.lx.clarity.endsAt(c.toks, m.tj) {
		return match{}, false
	}
	ls := -1
	for e := m.ti - 1; e >= 0 && e >= m.ti-1-colourLinkGap; e-- {
		if c.toks[e+1].brk {
			return match{}, false
		}
		if s := c.lx.colourLinks.startOf(c.toks, e); s >= 0 {
			ls = s
			break
		}
		if x := c.matchAt(e); x >= 0 && c.ms[x].f.kind != kindColour {
			return match{}, false
		}
	}
	if ls < 1 || c.toks[ls].sbrk {
		return match{}, false
	}
	if c.colourHeadsNoun(i) {
		return match{}, false
	}
	// The count the phrase follows, closing its clause.
	if x := c.matchAt(ls - 1); x >= 0 && c.toks[ls].brk && c.ms[x].f.kind == kindNumber && c.ms[x].tj == ls-1 {
		n := c.ms[x]
		if v := c.numberValue(n); v > 0 && c.groupCounted(v) && c.scopes[x] == scopeProduct && !n.negated {
			return match{f: countStandsForm, ti: n.ti, tj: n.tj, start: n.start, end: n.end}, true
		}
	}
	words, weighed := 0, false
	for j := ls - 1; j >= 0 && words <= colourLinkReach; j-- {
		if c.toks[j+1].sbrk {
			return match{}, false
		}
		if c.toks[j+1].brk && j+1 != ls && !c.decimalBreak(j+1) {
			return match{}, false
		}
		if x := c.matchAt(j); x >= 0 {
			n := c.ms[x]
			switch n.f.kind {
			case kindStone, kindStoneNoun:
				if n.negated || c.scopes[x] != scopeProduct || n.tj != j {
					return match{}, false
				}
				if !c.oursBefore(n) && c.generalSentence(m.ti) {
					return match{}, false
				}
				return n, true
			case kindNumber, kindKarat, kindIgnore:
				j = n.ti
				words++
				weighed = weighed || n.f.kind != kindIgnore
				continue
			}
			return match{}, false
		}
		if st := c.labGrownEndingAt(j); st >= 0 {
			j = st
			continue
		}
		// the unit after a number ("0,45 carati")
		if x := c.matchAt(j - 1); j > 0 && x >= 0 && c.ms[x].f.kind == kindNumber && !c.toks[j].brk {
			words++
			continue
		}
		// A word before the weight is its preposition ("di", "o
		// masie"); one between the stone and the link with no weight
		// between is a verb or a noun of its own ("la piedra sería de un
		// marrón": the stone's colour before a treatment).
		if !weighed {
			return match{}, false
		}
		words++
	}
	return match{}, false
}

// oursBefore reports whether a word of ours ("our", "nostra", "notre")
// or a demonstrative of the piece stands within two words before the
// stone match n in its clause: "la nostra pietra" is the piece's in a
// sentence of the species' story.
func (c *checker) oursBefore(n match) bool {
	for k := n.ti - 1; k >= 0 && k >= n.ti-2; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.lx.ours.endsAt(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// colourHeadsNoun reports whether the colour run of match i modifies a
// noun after it where adjectives go before their noun ("in a pink velvet
// box", "in a yellow gold setting"): a fact, a part of the piece or a
// clothing word right after the run.
func (c *checker) colourHeadsNoun(i int) bool {
	if c.lx.adjAfter {
		return false
	}
	j := i
	for j+1 < len(c.ms) && c.ms[j+1].f.kind == kindColour && c.ms[j+1].ti == c.ms[j].tj+1 && !c.toks[c.ms[j+1].ti].brk {
		j++
	}
	k := c.ms[j].tj + 1
	if k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	return c.isFactToken(k) || c.pieceNounOf(k, false, true) || c.clothingStem(k)
}

// groupCounted reports whether a stone group of the piece has stated
// colours and v stones.
func (c *checker) groupCounted(v int) bool {
	for _, st := range c.facts.stoneInfo {
		if st.count == v && len(st.colours) > 0 {
			return true
		}
	}
	return false
}

// changedToStone returns the piece's stone a colour-change verb beside
// the colour match at index i says it turns to ("이 다이아스포어는 …
// 보랏빛으로 변합니다", "the stone turns violet"): the verb within a word
// either side in the clause, the stone the nearest of the piece's before
// the colour in its sentence, no other stone between. Not in a sentence
// about the material in general.
func (c *checker) changedToStone(i int, m match) (match, bool) {
	if c.lx.colourChange.size() == 0 || m.negated || m.f.kind != kindColour {
		return match{}, false
	}
	found := false
	for k := m.ti - 2; k <= m.tj+2 && !found; k++ {
		if k < 0 || k >= len(c.toks) || k >= m.ti && k <= m.tj {
			continue
		}
		if k < m.ti && c.brkBetween(k, m.ti) || k > m.tj && c.brkBetween(m.tj, k) {
			continue
		}
		found = c.lx.colourChange.endsAt(c.toks, k) || c.lx.colourChange.startsAt(c.toks, k)
	}
	// "wechselt der Alexandrit zu Gelb": the verb apart from its "zu"
	// (colour_link64.go).
	found = found || c.splitChangeBefore(m)
	if !found {
		return match{}, false
	}
	s := c.sentenceStart(m.ti)
	for j := i - 1; j >= 0 && c.ms[j].ti >= s; j-- {
		n := c.ms[j]
		if n.f.kind != kindStone && n.f.kind != kindStoneNoun {
			continue
		}
		if n.negated || c.scopes[j] != scopeProduct || !c.changeStated(n) || c.generalSentence(m.ti) {
			return match{}, false
		}
		return n, true
	}
	return match{}, false
}

// changeStated reports whether the data give the stone n a colour change
// ("colour-change green to pink"): then the colour it turns to is
// stated. A colour-change species whose data give one colour ("green"
// on an alexandrite) turns to a colour the data do not say.
func (c *checker) changeStated(n match) bool {
	for si, st := range c.p.Stones {
		if si >= len(c.facts.stoneInfo) {
			break
		}
		col := strings.ToLower(st.Colour)
		if (strings.Contains(col, "change") || strings.Contains(col, "shift")) && (n.f.kind == kindStoneNoun || contains(c.facts.stoneInfo[si].types, n.f.value)) {
			return true
		}
	}
	return false
}
