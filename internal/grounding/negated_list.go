package grounding

import "strings"

// negatedListArms marks as negated a material or stone that continues a
// denied list after a comma: "ei ole luuta, sarvea eikä norsunluuta" (is
// not bone, horn nor ivory), "is not glass, resin or plastic", "weder
// Knochen, Horn noch Elfenbein". The negator's window stops at the clause
// break of the comma (negated, scan.go), so the middle arms of such a
// list read as stated (#13, material66: probe 66C fi-FI 66C03-2, horn
// named on a tagua nut pendant as what it is not).
//
// A match m is such an arm when all of these hold:
//   - m is a material or stone, not negated, and a comma (",", "，",
//     "、") alone stands between it and the word before, the last of a
//     first arm that is denied: a negated fact, or a word a negator's
//     window reaches (negated; "ei ole luuta," where bone is no fact of
//     the vocabulary);
//   - a list word (measure_words.list: "or", "tai", "oder") or a negator
//     ("eikä", "nor", "noch") follows m directly in its clause, or
//     another comma and a further arm: the list goes on past m.
//
// "Se ei ole luuta, se on sarvea" (a new clause, no list word after) and
// "not bone, but horn" still state horn.
func (c *checker) negatedListArms() {
	for i := range c.ms {
		m := &c.ms[i]
		if m.negated || (m.f.kind != kindMaterial && m.f.kind != kindStone) || !c.toks[m.ti].brk || c.toks[m.ti].sbrk {
			continue
		}
		if m.ti == 0 {
			continue
		}
		if i > 0 && c.ms[i-1].tj == m.ti-1 {
			if p := c.ms[i-1]; !p.negated || p.f.kind != kindMaterial && p.f.kind != kindStone {
				continue
			}
		} else if !c.lx.negated(c.toks, m.ti-1, m.ti-1, false) {
			continue
		}
		switch strings.TrimSpace(c.text[c.byteAt(c.toks[m.ti-1].end):c.byteAt(c.toks[m.ti].start)]) {
		case ",", "，", "、":
		default:
			continue
		}
		k := m.tj + 1
		if k >= len(c.toks) || c.toks[k].brk {
			continue
		}
		if c.lx.mw.listWords[c.toks[k].s] || c.lx.negators.startsAt(c.toks, k) {
			m.negated = true
		}
	}
}
