package grounding

import "strings"

// Two kinds of stone combined (#13, rel57; released 57B pl-PL 57B02
// "łączy dwa rzadko spotykane kamienie", sv-SE "förenar två ovanliga
// stenar" on a ring with one scapolite and four danburites): a generic
// stone noun ("stones", "kamienie", "stenar") counted after a verb of
// combining or pairing (the pack's combine_verbs: "combines", "unites",
// "vereint", "associe", "łączy", "förenar", "συνδυάζει") counts the kinds
// of stone the piece brings together, not its stones. It stands so only
// where the count is the number of the product's stone types, two or
// more: "combines three rare stones" on a piece of two types, and "holds
// two rare stones", stay counts of the piece's stones.
//
// The verb stands right before the number, or one word (an article)
// before it ("combines the two stones"); in a verb-final clause (Turkish
// "iki nadir taşı bir araya getiriyor") it opens within two words after
// the stone noun.

// kindsCombined reports whether the number m, counting n, of the generic
// stone noun sm is the kinds of stone a verb of combining joins, by the
// rule above.
func (c *checker) kindsCombined(m, sm match, n int) bool {
	if c.lx.combineVerbs.size() == 0 || n < 2 || n != c.stoneTypes() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := m.ti - 1; k >= s && k >= m.ti-2; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.lx.combineVerbs.endsAt(c.toks, k) {
			return true
		}
	}
	for k := sm.tj + 1; k <= e && k <= sm.tj+3; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.combineVerbs.startsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// stoneTypes returns how many different stone types the product lists.
func (c *checker) stoneTypes() int {
	var seen []string
	for _, s := range c.p.Stones {
		t := strings.ToLower(strings.TrimSpace(s.Type))
		if t != "" && !contains(seen, t) {
			seen = append(seen, t)
		}
	}
	return len(seen)
}
