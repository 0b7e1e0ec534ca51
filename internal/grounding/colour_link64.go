package grounding

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The piece's own stone given a colour in a form colour63 did not read
// (issue #13, colour64). Each was compared with the piece's colours, not
// the stone's, and passed or only warned:
//
//   - a compound colour after a colour link, where colour words compound
//     (the pack's compound_colours: de, nl, sv, da, nb, fi): "in einem
//     satten Waldgrün", "in een diep zeegroen", "i en djup havsgrön ton";
//     the compound is read by its tail, a colour of the pack
//     (compoundColours), and counts only where colour63's linked phrase
//     finds the piece's stone before the link, or, in Finnish, where its
//     essive ending says it of the stone ("metsänvihreänä");
//   - the colour stated of the stone before it by a word after the colour
//     or by the colour's own case ending, where the language has no link
//     words before it: tr "Safir koyu yeşil renkte", "yeşil tonlu", ja
//     サファイアは深い緑色をしています, ko 사파이어는 짙은 초록빛을 띱니다
//     (colour_verbs_after), fi "Safiiri hohtaa syvän vihreänä" (the
//     essive, colour_link_endings), and in ja and ko a colour that closes
//     its sentence after the stone marked as subject (サファイアは深い緑色。);
//     and the Korean copula's connective endings ("초록색이며"); read as
//     colourmiss47's predicate is (finalPredicateStone), never of a stone
//     of play of colour (canon play_of_colour: "Opaali säihkyy vihreänä");
//   - a colour-change verb whose words the clause splits around the stone
//     (German and Dutch verb-second, "Bei Kerzenlicht wechselt der
//     Alexandrit zu Gelb", "verandert de alexandriet in geel"): the last
//     word of the pack's colour_change_verbs phrase right before the
//     colour, its first words earlier in the clause (splitChangeBefore).
//
// Colours of light (flashes, iridescence, overtones) keep their scope
// (light.go) and are never read here. Misrepresenting a gemstone's colour
// is a false statement of its quality (16 CFR 23.25(a)).

// compoundFront is the fewest runes a compound colour's first part has
// ("Wald", "zee", "havs"): shorter fronts are prefixes of the colour word
// itself or other words ("Eigelb").
const compoundFront = 3

// colourForm returns the plain colour form of the folded word w (no guard
// before or after it, not read only beside a stone), or nil.
func (lx *lexicon) colourForm(w string) *form {
	plain := func(f *form) bool {
		return f != nil && f.kind == kindColour && !f.stoneOnly && !f.weak && f.before == nil && f.after == nil && f.notBefore == nil && f.notAfter == nil
	}
	n := lx.root.child(w)
	if !n.ok() && lx.inflection != nil {
		n, _ = lx.inflection.step(lx.root, w, lx.counters)
	}
	if n.ok() {
		for _, f := range n.forms() {
			if plain(f) {
				return f
			}
		}
	}
	if lx.inflection != nil {
		if f := lx.inflection.stemmed(w); plain(f) {
			return f
		}
	}
	return nil
}

// compoundColours adds a colour match for each word of no match that
// stands at most colourLinkGap words after a colour link and whose tail,
// after a front of compoundFront runes or more, is a colour of the pack
// ("Waldgrün" after "in einem satten"), where the pack says colour words
// compound. The match is marked compound: it counts only said of the
// piece's stone (checker.colour).
func (lx *lexicon) compoundColours(ms []match, toks []token) []match {
	if !lx.compoundCols {
		return ms
	}
	mi := 0
	for k := range toks {
		for mi < len(ms) && ms[mi].tj < k {
			mi++
		}
		if mi < len(ms) && ms[mi].ti <= k || toks[k].masked || utf8.RuneCountInString(toks[k].s) < compoundFront+3 {
			continue
		}
		if !lx.afterColourLink(toks, k) && !lx.colourEnding(toks[k].s) {
			continue
		}
		w := toks[k].s
		var f *form
		for p := range w {
			if utf8.RuneCountInString(w[:p]) < compoundFront {
				continue
			}
			tail := strings.TrimLeft(w[p:], "-")
			if utf8.RuneCountInString(tail) < 3 {
				break
			}
			if f = lx.colourForm(tail); f != nil {
				break
			}
		}
		if f == nil {
			continue
		}
		ms = slices.Insert(ms, mi, match{f: f, ti: k, tj: k, start: toks[k].start, end: toks[k].end, compound: true})
		mi++
	}
	return ms
}

// colourEnding reports whether the folded word w ends in one of the
// pack's colour_link_endings (the Finnish essive: "metsänvihreänä").
func (lx *lexicon) colourEnding(w string) bool {
	for _, e := range lx.colourEnds {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// afterColourLink reports whether a colour link ends at most
// colourLinkGap words before token k in its clause.
func (lx *lexicon) afterColourLink(toks []token, k int) bool {
	if lx.colourLinks.size() == 0 {
		return false
	}
	for e := k - 1; e >= 0 && e >= k-1-colourLinkGap; e-- {
		if toks[e+1].brk {
			return false
		}
		if lx.colourLinks.startOf(toks, e) >= 0 {
			return true
		}
	}
	return false
}

// colourVerbAfter reports whether the colour match m is stated of what
// stands before it by a word right after it (colour_verbs_after: "renkte",
// "tonlu", をしています, 띱니다), by its own case ending
// (colour_link_endings: the Finnish essive "sinisenä"), or, where the
// language marks its subject (ja, ko), by closing its sentence.
func (c *checker) colourVerbAfter(m match) bool {
	if c.lx.colourEnding(c.toks[m.tj].s) {
		return true
	}
	k := m.tj + 1
	if c.lx.colourAfter.size() > 0 && k < len(c.toks) && c.lx.colourAfter.startsAt(c.toks, k) {
		return true
	}
	return len(c.lx.subjects) > 0 && (k >= len(c.toks) || c.toks[k].sbrk)
}

// splitChangeBefore reports whether the colour match m follows the last
// word of a colour-change phrase of two words or more (at most one word
// between) whose other words end earlier in its clause with a word or more
// between: "wechselt der Alexandrit zu Gelb", "verandert de alexandriet
// in geel".
func (c *checker) splitChangeBefore(m match) bool {
	cs := c.clauseStart(m.ti)
	for k := m.ti - 1; k > cs && k >= m.ti-2; k-- {
		if c.brkBetween(k, m.ti) {
			return false
		}
		for _, p := range c.lx.colourChange.at(&c.toks[k]) {
			if len(p) < 2 || p[len(p)-1] != c.toks[k].s {
				continue
			}
			head := p[:len(p)-1]
			for j := k - 2; j-len(head)+1 >= cs; j-- {
				if endsWith(c.toks, j, head) {
					return true
				}
			}
		}
	}
	return false
}

// playOfColourStone reports whether the stone match n names a stone of
// play of colour (canon play_of_colour: opal, labradorite, moonstone), or,
// a generic stone noun, stands for a piece with one: the colour said of it
// by a verb or an ending (colourVerbAfter) is its light's.
func (c *checker) playOfColourStone(n match) bool {
	if n.f.kind == kindStone {
		return contains(c.cn.PlayOfColour, n.f.value)
	}
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			if contains(c.cn.PlayOfColour, t) {
				return true
			}
		}
	}
	return false
}

// compoundOfStone reports whether the compound colour match i is said of
// the piece's stone: in colour63's linked phrase ("in einem satten
// Waldgrün"), or by a word after it or its ending ("Safiiri hohtaa
// metsänvihreänä"), as colourVerbAfter reads it.
func (c *checker) compoundOfStone(i int, m match) bool {
	if _, ok := c.linkedPhraseStone(i, m); ok {
		return true
	}
	if !c.colourVerbAfter(m) {
		return false
	}
	p, ok := c.finalPredicateStone(i)
	return ok && !c.playOfColourStone(p)
}
