package grounding

// Rings, loops and bails a part hangs from (issue #13, rel9): pt-PT "a
// pérola … numa fina argola" on a necklace and Arabic "تتدلى اللؤلؤة من
// حلقة صغيرة" were read as the necklace called hoop earrings or a ring.

// hangWindow is how far back in its clause (the clause of the hanging verb:
// "suspende uma pérola de água doce de 8 mm numa fina argola") a hanging word makes a
// category word the part something hangs from.
const hangWindow = 16

// hangsFrom reports whether a hanging word of the language (vocabulary
// hang_words) stands before the category word m in its clause, within
// hangWindow tokens: "hangs from a small ring", "pend à un petit anneau",
// "hängt an einem kleinen Ring", "suspende … numa fina argola".
//
// Only ring-shaped words are read so: a ring, a hoop, or an earring word
// that is also a ring's (Portuguese "argola"); another piece a part hangs
// from ("يتدلى من سوار من الجلد", a leather bracelet) is still that piece.
func (c *checker) hangsFrom(m match) bool {
	if c.lx.hang.size() == 0 && c.lx.hangAfter.size() == 0 {
		return false
	}
	switch m.f.value {
	case "ring", "hoop", "earrings":
	default:
		return false
	}
	// "this ring" is the piece itself, whatever hangs from it (이 반지에는
	// 진주가 달려 있습니다: this ring has a pearl hanging on it).
	if c.afterDemonstrative(m) {
		return false
	}
	w := hangWindow
	if c.lx.countWindow > countLookahead {
		w = 2 * hangWindow // a Han or kana character is a token
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-w; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.hangWordAt(k) {
			return true
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+w; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.hangAfter.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// hangAt reports whether a hanging word of hang_words or hang_words_after
// ends at token k, but for the verb of depending that shares the hanging
// verb's stem and takes a separable particle (hang_particles: de "Die
// Härte hängt von der Richtung ab", nl "De hardheid hangt af van de
// richting"). "Er hängt an einer Kette" and "hängt ab sofort an der Öse"
// still hang (#13, depend33).
func (c *checker) hangAt(k int) bool {
	return c.lx.hangAfter.endsAt(c.toks, k) || c.hangWordAt(k)
}

// hangWordAt is hangAt for hang_words alone (the verb before what the
// part hangs from): a hang_particles entry after the verb in its clause
// makes it the verb of depending, a particle alone where it is the
// clause's last word (the separable verb's right bracket), a particle
// with its preposition ("af van") anywhere.
func (c *checker) hangWordAt(k int) bool {
	if !c.lx.hang.endsAt(c.toks, k) {
		return false
	}
	for j := k + 1; j < len(c.toks) && !c.toks[j].brk && !c.toks[j].sbrk; j++ {
		last := j+1 == len(c.toks) || c.toks[j+1].brk || c.toks[j+1].sbrk
		for _, p := range c.lx.hangParticles.at(&c.toks[j]) {
			if j-len(p) >= k && endsWith(c.toks, j, p) && (len(p) > 1 || last) {
				return false
			}
		}
	}
	return true
}
