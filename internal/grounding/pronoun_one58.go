package grounding

// pronounOne reports whether the number match m, whose value n is one, is
// the pronoun "one" standing for a noun already said, not a count of the
// piece's stones (#13, probe 58's en-GB "a treatment we disclose on every
// piece and one that stays stable", read as one stone per part). It is
// called once m counts no stone after it, and holds when "one" is written
// as a word (a numeral in digits stays a count) and
//   - a relative pronoun of the pack's relative_pronouns opens a clause on
//     it, right after it or after the clause's comma: "one that", "one
//     which", "una que", "une qui", "eine, die", "yksi, joka";
//   - a definite of the pack's definites stands right before it: "the one",
//     "la una", "l'une";
//   - a phrase of the pack's pronoun_one_after follows it: "one of the
//     few", "one of our", "l'une des", "uno de los" (a partitive: one out of
//     a set the sentence names, not the piece's count).
//
// "one sapphire that", "the one sapphire" count the stone after them
// before this is asked (countForward), and stay counts.
func (c *checker) pronounOne(m match, n int) bool {
	if n != 1 || m.f == digitForm {
		return false
	}
	if k := m.tj + 1; k < len(c.toks) && !c.toks[k].sbrk && c.wordStartsAt(c.lx.relPronouns, k) >= 0 {
		return true
	}
	if m.ti > 0 && !c.toks[m.ti].brk && c.lx.definites.endsAt(c.toks, m.ti-1) {
		return true
	}
	return len(c.lx.pronounOneAfter) > 0 && c.phraseAfter(m.tj, c.lx.pronounOneAfter)
}
