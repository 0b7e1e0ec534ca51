package grounding

import "slices"

// Asides between a count and its stone (#13, count54; released 54A nl-NL
// 54A02-3). Copy puts a qualifier of the stone in parentheses between the
// number and the noun it counts: "een rij van acht in het laboratorium
// gekweekte (synthetische) smaragden", "acht im Labor gezüchtete
// (synthetische) Smaragde", "eight (synthetic) emeralds". The parentheses
// are clause punctuation, which ended countForward's phrase, so a wrong
// count of ten emeralds passed. A short aside, one to three words that are
// no fact but a look-alike or qualifier word, is passed over as the words
// of the stone's phrase it stands among are.

// asideMax is the most words an aside passed over may hold: one qualifier
// ("(synthetic)"), or a qualifier said in a few words ("(created in
// laboratory)", "(im Labor gezüchtet)").
const asideMax = 3

// asideEnd returns the token after a short aside that opens at token k: an
// opening parenthesis (ASCII or fullwidth) is all the punctuation before
// k, a closing one all the punctuation before the returned token, which
// stands in k's sentence, and the words between, at most asideMax, hold no
// number and no match but ignore forms (so "(8 emeralds)", "(green)" or
// "(or ten)" are no aside here). It returns -1 where there is none.
func (c *checker) asideEnd(k int) int {
	if k <= 0 || k >= len(c.toks) || c.toks[k].sbrk || !c.gapIs(k, "(", "（") {
		return -1
	}
	for e := k + 1; e < len(c.toks) && e <= k+asideMax; e++ {
		t := c.toks[e]
		if t.sbrk {
			return -1
		}
		if !t.brk {
			continue
		}
		if !c.gapIs(e, ")", "）") {
			return -1
		}
		for q := k; q < e; q++ {
			if isDigits(c.toks[q].s) || c.toks[q].masked {
				return -1
			}
			if i := c.matchAt(q); i >= 0 && c.ms[i].f.kind != kindIgnore {
				return -1
			}
		}
		return e
	}
	return -1
}

// gapIs reports whether the text between token k and the one before it is,
// but for spaces, one of ps (gapBefore).
func (c *checker) gapIs(k int, ps ...string) bool {
	return slices.Contains(ps, c.gapBefore(k))
}
