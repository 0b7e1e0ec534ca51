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
		if m.negated || (m.f.kind != kindMaterial && m.f.kind != kindStone) || c.toks[m.ti].sbrk || m.ti == 0 {
			continue
		}
		if !c.toks[m.ti].brk {
			// The last arm, after the list word: "plating or amethyst"
			// after "is not enamel," (#13, explain68).
			if k := m.ti - 1; k >= 2 && !c.toks[k].brk && c.lx.mw.listWords[c.toks[k].s] && c.deniedArmEndsAt(i, k-1, listArmDepth) && c.armAfterComma(k-1) {
				m.negated = true
			}
			continue
		}
		if !c.deniedArmEndsAt(i, m.ti-1, listArmDepth) {
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

// listArmDepth is how many arms that name no fact a denied list may run
// through before the arm read (deniedArmEndsAt).
const listArmDepth = 3

// listArmWords is the most words an arm that names no fact may have.
const listArmWords = 2

// deniedArmEndsAt reports whether token k ends a denied arm of a list
// for the match i after it: the fact right before (ending at k) is a
// negated material or stone, or a negator's window reaches the word at k
// (negated), or the word at k ends an arm of at most listArmWords words
// that names no fact, opens after a comma and follows a denied arm
// itself, up to depth arms back: "is not enamel, plating or amethyst",
// "It is not plated, painted or enamelled", where "plating" and
// "painted" are words of no vocabulary between the denial and the last
// arm (#13, explain68: held-out 67A en-US 67A03-1, 67B en-AU 67B03-1).
// An arm holding a negation break ("but") ends the denial.
func (c *checker) deniedArmEndsAt(i, k, depth int) bool {
	if k < 0 {
		return false
	}
	if i > 0 && c.ms[i-1].tj == k {
		p := c.ms[i-1]
		return p.negated && (p.f.kind == kindMaterial || p.f.kind == kindStone)
	}
	if c.lx.negated(c.toks, k, k, false) {
		return true
	}
	if depth == 0 || c.isFactToken(k) {
		return false
	}
	s := k
	for s > 0 && s > k-listArmWords+1 && !c.toks[s].brk {
		s--
	}
	if !c.toks[s].brk || c.toks[s].sbrk || s == 0 {
		return false
	}
	for j := s; j <= k; j++ {
		if c.isFactToken(j) || c.lx.negBreak[c.toks[j].s] || j > s && c.toks[j].brk {
			return false
		}
	}
	if !c.listCommaBefore(s) {
		return false
	}
	j := i
	for j > 0 && c.ms[j-1].tj >= s {
		j--
	}
	return c.deniedArmEndsAt(j, s-1, depth-1)
}

// armAfterComma reports whether the arm ending at token k opens after a
// comma (listCommaBefore) within listArmWords words: a list of three arms
// or more, whose last arm stands past the negator's clause.
func (c *checker) armAfterComma(k int) bool {
	for s := k; s >= 1 && s > k-listArmWords; s-- {
		if c.toks[s].brk {
			return c.listCommaBefore(s)
		}
	}
	return false
}
