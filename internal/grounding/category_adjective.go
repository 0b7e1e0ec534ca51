package grounding

// adjectiveSense reports whether the category word m stands as an
// adjective of the stone beside it rather than as a noun of a piece
// (#13, catadjective32): a category term marked adjective in the pack's
// vocabulary (pt "pendente", es "colgante", it "pendente", en "pendant",
// el "κρεμαστός": hanging), in the adjective position of the language's
// modifier_order, with no break between.
//
//   - after (Portuguese, Spanish, Italian, French): right after a stone, a
//     stone noun or a colour that agrees with it, the postnominal
//     adjective: "duas ametistas roxas pendentes, que balançam a cada
//     passo", "dos amatistas colgantes", "due ametiste pendenti";
//   - before (English, Greek): right before a stone or a stone noun, after
//     at most two colours: "two pendant amethysts", "δύο κρεμαστές πέτρες".
//
// The noun stays a category where an article, a demonstrative or a
// preposition stands before it: "O pendente é de prata", "um pendente de
// ametista", "this pendant is sterling silver" still call an earring a
// pendant. Adjective order follows the languages' grammars (Cunha and
// Cintra, Nova Gramática do Português Contemporâneo, ch. 11; RAE, Nueva
// gramática, 13.13).
func (c *checker) adjectiveSense(m match) bool {
	if !m.f.adjective {
		return false
	}
	if c.lx.adjAfter {
		if m.ti == 0 || c.toks[m.ti].brk {
			return false
		}
		i := c.matchAt(m.ti - 1)
		if i < 0 || c.ms[i].tj != m.ti-1 {
			return false
		}
		switch c.ms[i].f.kind {
		case kindStone, kindStoneNoun, kindColour:
			return true
		}
		return false
	}
	k := m.tj + 1
	return k < len(c.toks) && !c.toks[k].brk && c.stoneStartsAt(k)
}
