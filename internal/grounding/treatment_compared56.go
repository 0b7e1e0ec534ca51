package grounding

// A denial of treatment in the standard of a comparison (#13, treat56).
// Copy that discloses a stone's treatment often says what the treatment
// does to it by comparison with a stone that has none: "The filling makes
// it softer and more fragile than an untreated sapphire", "empfindlicher
// als einen unbehandelten Saphir", "più delicati di uno zaffiro non
// trattato", "mer ømfintlige enn ubehandlet safir", "citlivějším než
// neupravený safír", "처리하지 않은 사파이어보다 약합니다". The untreated stone is
// the comparison's standard (Huddleston and Pullum, The Cambridge Grammar
// of the English Language, ch. 13: the complement of "than" names the
// standard), not the piece's stone, and the sentence discloses the
// treatment rather than denying it (FTC 16 CFR 23.22).
//
// The denial is the standard's where it stands in the noun phrase of a
// stone the words of comparison introduce (standardBefore, standardAfter
// in compared_stone.go: than_before, than_comparative after a
// comparative, than_standard, than_after, than_suffixes): right before
// the stone, at most comparedDenialGap tokens of its clause between (a
// negator after it: 처리하지 않은), or right after it ("uno zaffiro non
// trattato"). A denial said of the piece's stone before the comparison
// ("The sapphire is untreated and harder than glass") is not in the
// standard and still blocks.

// comparedDenialGap is the most tokens between a denial and the stone
// after it whose noun phrase it is in.
const comparedDenialGap = 2

// denialCompared reports whether the denial h stands in the noun phrase of
// the standard of a comparison, by the rules above.
func (c *checker) denialCompared(h treatHit) bool {
	for _, m := range c.ms {
		// not m.negated: a denial before the stone marks it so
		// ("untreated sapphire")
		if m.f.kind != kindStone {
			continue
		}
		before := m.ti > h.b && m.ti-h.b-1 <= comparedDenialGap
		// A denial that opens on a copula is the clause's predicate, not
		// in the stone's noun phrase ("Anders als die meisten Saphire
		// ist seine Farbe vollkommen natürlich"; #13, treat62).
		after := m.tj+1 == h.a && !c.isCopula(h.a)
		if !before && !after {
			continue
		}
		lo, hi := min(m.ti, h.a), max(m.tj, h.b)
		broken := false
		for k := lo + 1; k <= hi; k++ {
			if c.toks[k].brk || c.toks[k].sbrk {
				broken = true
				break
			}
		}
		if broken {
			continue
		}
		if after && c.standardBefore(m) || before && (c.standardAfter(m) || c.standardBefore(m) && c.thanBeforeDenial(h.a, m)) {
			return true
		}
	}
	return false
}

// thanBeforeDenial reports whether the word of comparison that introduces
// the stone m stands before the denial at token a: the denial is inside
// the standard's noun phrase ("than an untreated sapphire"), not before
// the word ("untreated, and harder than sapphire").
func (c *checker) thanBeforeDenial(a int, m match) bool {
	for k := a - 1; k >= 0 && k >= a-1-comparedGap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if c.thanEnd(k) >= 0 {
			return true
		}
	}
	return false
}
