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
	if c.surroundingCircle(m) {
		return true
	}
	k := m.tj + 1
	if k+1 >= len(c.toks) || c.toks[k].brk || c.toks[k+1].brk || !c.lx.headLinks.hasWordAt(&c.toks[k]) {
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

// surroundingCircleGap is how many tokens after the ring word its first
// stone may stand ("a ring of small demantoids": link, adjective, stone).
const surroundingCircleGap = 4

// surroundingCircle reports whether the ring word m is a circle of stones
// round the centre, the piece's halo: a verb of setting or surrounding
// (piece_verbs: "surrounded by", "omkranset av", "umgeben von") ends
// right before it, an article and a head link at most between, and a
// stone follows it in its clause ("hver omkranset av en ring med små
// demantoider", "umgeben von einem Ring aus kleinen Demantoiden"). The
// stones are the piece's own, not those of another ring (#13, rel60b:
// probe 60C nb-NO 60C03-2).
func (c *checker) surroundingCircle(m match) bool {
	if m.f.kind != kindCategory || m.f.value != "ring" && m.f.value != "hoop" {
		return false
	}
	j := m.ti - 1
	if j >= 0 && !c.toks[j+1].brk && (c.lx.indefinites.endsAt(c.toks, j) || c.lx.definites.endsAt(c.toks, j)) {
		j--
	}
	if j < 0 || c.toks[j+1].brk || c.toks[j+1].sbrk {
		return false
	}
	verb := c.lx.pieceVerbs.endsAt(c.toks, j)
	if !verb && j > 0 && c.lx.headLinks.hasWordAt(&c.toks[j]) && !c.toks[j].brk {
		verb = c.lx.pieceVerbs.endsAt(c.toks, j-1)
	}
	if !verb {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+surroundingCircleGap; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if c.kindTokenAt(k, kindStone) {
			return true
		}
	}
	return false
}
