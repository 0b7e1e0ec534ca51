package grounding

// A count beside the sides named together, with a total in its sentence
// (#13, num65: probe 65C zh-TW 65C02-1 "主石為一顆實驗室培育鑽石，兩側鑲嵌
// 八顆實驗室培育小鑽，共九顆", a lab-grown centre diamond, eight small
// lab-grown diamonds set on its two sides, nine in all, on 1 + 8 stones,
// read as eight on each part and blocked since nine is less than two
// parts' worth). The sides named together with no word of "each"
// (sides_together: 兩側, 両側, 양쪽에, "on both sides", "zu beiden Seiten",
// "de part et d'autre", "po obou stranách") place one group across both
// sides: the number is the group's whole, and a total of it and a centre
// stone ("共九顆", "nine in all") is true. A word of each (兩側各, 両側に各,
// "on each side", "de chaque côté", per_side) keeps the count per side,
// and the total must then hold two sides' worth, as before
// (compareCount). The group's number itself is still compared with the
// product's groups ("兩側鑲嵌八顆" on 1 + 6 blocks).

// sidesGroupBesideTotal reports whether every distributive word that
// makes num (counting the stone match sm) a count per part, as
// distributiveCount reads them (before the number, or after the stone, in
// its clause), names the sides together (per_part.go inSidesPhrase), so
// that a total beside it is no count of parts.
func (c *checker) sidesGroupBesideTotal(num, sm match) bool {
	if c.lx.sides.size() == 0 {
		return false
	}
	found := false
	together := func(k int) bool {
		if !c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
		found = true
		return c.inSidesPhrase(k)
	}
	w := c.distributiveReach()
	for k := num.ti - 1; k >= 0 && k >= num.ti-w; k-- {
		if !together(k) {
			return false
		}
		if c.toks[k].brk {
			break
		}
	}
	for _, from := range []int{num.tj, sm.tj} {
		for k := from + 1; k < len(c.toks) && k <= from+w; k++ {
			if c.toks[k].brk {
				break
			}
			if !together(k) {
				return false
			}
		}
	}
	return found
}
