package grounding

import "strings"

// circleSense reports whether the ring or hoop word m names a circle of
// things rather than a piece (#13, ringOf15): a ring word, a head link
// ("of", "de", "di") and a plural noun that is no fact ("the ring of
// lights around the reservoir", "un anneau de lumières", "un aro de
// luces"). A material, a stone or a number after the link ("a ring of 14k
// gold", "a ring of sapphires") is what the piece is made of, and stays a
// category word.
func (c *checker) circleSense(m match) bool {
	switch m.f.value {
	case "ring", "hoop", "ring shape":
	default:
		return false
	}
	k := m.tj + 1
	if k+1 >= len(c.toks) || c.toks[k].brk || c.toks[k+1].brk || !c.lx.headLinks.hasWord(c.toks[k].s) {
		return false
	}
	n := k + 1
	if c.lx.definites.endsAt(c.toks, n) && n+1 < len(c.toks) && !c.toks[n+1].brk {
		n++ // "a ring of the city's lights"
	}
	w := c.toks[n].s
	if c.isFactToken(n) || isDigits(w) || !(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) {
		return false
	}
	// No fact right after the plural either ("a ring of tiny sapphires").
	if n+1 < len(c.toks) && !c.toks[n+1].brk && c.isFactToken(n+1) {
		return false
	}
	return true
}
