package grounding

import "slices"

// clarityWindow is how many words may stand between a clear word and the
// stone it is said of ("Ametisti on kirkas": a copula; 透明なアメジスト: a
// link; "the amethyst is clear").
const clarityWindow = 2

// clarityOfStone reports whether the clear colour m (value "clear") is the
// clarity of a stone whose name says its colour, not a colour (#13,
// vocab36). Transparency is said with the clear words of every language:
// "a clear amethyst", "ein klarer Amethyst", "une améthyste claire",
// "kirkas ametisti", "Ametisti on kirkas", "čirý ametyst", "berrak
// ametist", 透明なアメジスト, 투명한 자수정. Where the stone's name says a
// body colour (canon coloured_species: amethyst is purple quartz, peridot
// green olivine; GIA Gem Encyclopedia, CIBJO Gemstone Book), no stone of
// the name is colourless, so the word cannot say it has none.
//
// The stone is the nearest stone word of the piece in m's clause, at most
// clarityWindow words away, not denied; the product must have a stone of
// that type with colours that are not clear (a product whose amethyst is
// listed clear keeps the colour check's reading). A stone that may be
// colourless ("clear sapphire", "clear topaz", "clear quartz") keeps the
// colour, compared with the stone's as before.
func (c *checker) clarityOfStone(i int, m match) bool {
	best, bestGap := -1, clarityWindow+1
	for j, o := range c.ms {
		if j == i || o.f.kind != kindStone || c.scopes[j] != scopeProduct {
			continue
		}
		var lo, hi, gap int
		if o.ti > m.tj {
			lo, hi, gap = m.tj+1, o.ti, o.ti-m.tj-1
		} else if o.tj < m.ti {
			lo, hi, gap = o.tj+1, m.ti, m.ti-o.tj-1
		} else {
			continue
		}
		if gap >= bestGap {
			continue
		}
		broken := false
		for k := lo; k <= hi && k < len(c.toks); k++ {
			if c.toks[k].brk {
				broken = true
				break
			}
		}
		if !broken {
			best, bestGap = j, gap
		}
	}
	if best < 0 {
		return false
	}
	n := c.ms[best]
	if n.negated || !slices.Contains(c.cn.ColouredSpecies, n.f.value) {
		return false
	}
	for _, st := range c.facts.stoneInfo {
		if contains(st.types, n.f.value) && len(st.colours) > 0 && !contains(st.colours, "clear") {
			return true
		}
	}
	return false
}
