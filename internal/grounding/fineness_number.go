package grounding

import "strings"

// hallmarkFineness are the millesimal finenesses of the precious metals'
// hallmarks: gold 375, 416/417, 585, 750, 916/917, 990, 999; silver 800,
// 830, 835, 900, 925, 935, 958 (Britannia), 999; platinum 850, 900, 950,
// 999; palladium 500, 950 (FTC Jewelry Guides 16 CFR 23.4-23.7; the
// Vienna Convention on the Control of the Fineness and the Hallmarking of
// Precious Metal Articles, Annex I; Hallmarking Act 1973 Schedule 2).
var hallmarkFineness = map[int]bool{
	375: true, 416: true, 417: true, 500: true, 585: true, 750: true, 800: true, 830: true, 835: true,
	850: true, 900: true, 916: true, 917: true, 925: true, 935: true, 950: true, 958: true, 990: true, 999: true,
}

// linkParticles join a number to the noun it qualifies in Japanese and
// Chinese (の, 的), read one character a token.
var linkParticles = map[string]bool{"の": true, "的": true}

// finenessNumber reports whether the number m, n, is a metal's fineness
// (#13, fineness19; probe19b tr-TR and ja-JP P19b02): a hallmark
// fineness written right beside a precious metal word ("950 platinum",
// "platine 950", "złoto 585", プラチナ950, 950 플래티넘) or a word of
// fineness ("her taş 950 ayar platine", "próby 585", "ryzosti 950",
// 純度950). It says how pure the metal is, not how many stones there are,
// even after "each stone"; before a stone noun ("950 diamonds") it stays
// a count.
func (c *checker) finenessNumber(m match, n int) bool {
	if !hallmarkFineness[n] {
		return false
	}
	toks := c.toks
	// before: the token right before the number, in its clause
	if k := m.ti - 1; k >= 0 && !toks[m.ti].brk && (c.finenessWordEndsAt(k) || c.preciousMetalAt(k)) {
		return true
	}
	// after: the token right after it, or after a linking particle
	// (585の金, 950的铂金)
	k := m.tj + 1
	if k+1 < len(toks) && !toks[k].brk && linkParticles[toks[k].s] {
		k++
	}
	if k < len(toks) && !toks[k].brk && !toks[m.tj+1].brk && (c.finenessWordStartsAt(k) || c.preciousMetalAt(k)) {
		return true
	}
	return false
}

// finenessWordEndsAt reports whether a fineness word ends at token k.
func (c *checker) finenessWordEndsAt(k int) bool {
	return c.lx.finenessWords.endsAt(c.toks, k) || c.finenessPrefixAt(k)
}

// finenessWordStartsAt reports whether a fineness word starts at token k.
func (c *checker) finenessWordStartsAt(k int) bool {
	for range c.lx.finenessStarts.at(c.toks, k) {
		return true
	}
	return c.finenessPrefixAt(k)
}

func (c *checker) finenessPrefixAt(k int) bool {
	for _, p := range c.lx.finenessPrefixes {
		if strings.HasPrefix(c.toks[k].s, p) {
			return true
		}
	}
	return false
}

// preciousMetalAt reports whether token k is a word of a precious metal
// (canon precious_metals: gold, silver, platinum, palladium and their
// alloys).
func (c *checker) preciousMetalAt(k int) bool {
	for _, o := range c.ms {
		if o.ti > k {
			break
		}
		if o.tj >= k && o.f.kind == kindMaterial && c.cn.PreciousMetals[o.f.value] != "" {
			return true
		}
	}
	return false
}
