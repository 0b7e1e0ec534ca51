package grounding

import "strings"

// standardSubjectCompared reports whether the metal or fineness m belongs
// to another standard that is the subject of its sentence, explained so
// that the piece's own metal can be compared with it in the same or the
// next sentence (#13, silver61): on a fine silver 999 bangle,
// "Sterlingsølv, som er vanligst i smykker, inneholder 925 promille sølv
// og resten kobber ... Finsølv er derfor mykere", "주얼리에 흔히 쓰이는
// 스털링 실버(925)는 ... 합금으로, 순은은 그보다 무르지만", "Sterling
// silver ... is 92.5% silver alloyed with copper. Fine silver is therefore
// softer". The first fact of the sentence is the other metal, no piece
// (category, "our", "this") stands before m, and the piece's own metal
// follows, not itself the standard compared ("Platin ... gümüşten daha
// ağır", 铂金通常比银更重), with a comparative (comparatives, comparative_endings,
// subject_comparatives, than_suffixes) within three words after it.
// "This bangle is sterling silver, which is harder" still blocks.
func (c *checker) standardSubjectCompared(m match) bool {
	if m.negated || m.f.kind != kindMaterial && m.f.kind != kindKarat {
		return false
	}
	if m.f.kind == kindMaterial && contains(c.facts.materials, m.f.value) || m.f.kind == kindKarat && contains(c.facts.karats, m.f.value) {
		return false
	}
	return c.standardSubjectOf(m)
}

// standardSubjectOf reports whether m stands in a sentence whose subject
// is another standard than the piece's, explained so that the piece's own
// metal is compared with it in that or the next sentence: the rule of
// standardSubjectCompared without its test of m's own value. metalFineness
// reads it for the fineness beside a metal word the piece's metal shares
// (#13, colour62: released 61A nb-NO 61A04 "Sterlingsølv ... inneholder
// 925 promille sølv og resten kobber ... Finsølv er derfor mykere" on fine
// silver 999 blocked as grounding.karat): the 925 is sterling's.
func (c *checker) standardSubjectOf(m match) bool {
	s, e := c.sentenceOf(m.ti)
	lx := c.lx
	first := true
	for _, o := range c.ms {
		if o.ti < s || o.f.kind == kindColour {
			continue
		}
		if o.ti > m.ti || !first {
			break
		}
		first = false
		if o.negated || o.f.kind != kindMaterial || contains(c.facts.materials, o.f.value) {
			return false
		}
	}
	if first {
		return false
	}
	for k := s; k <= m.tj+1 && k <= e; k++ {
		if c.categoryAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) {
			return false
		}
	}
	next := e
	if e+1 < len(c.toks) {
		_, next = c.sentenceOf(e + 1)
	}
	for _, o := range c.ms {
		if o.ti <= m.tj {
			continue
		}
		if o.ti > next {
			break
		}
		if o.negated || o.f.kind != kindMaterial || !contains(c.facts.materials, o.f.value) || c.metalCompared(o) {
			continue
		}
		for k := o.tj + 1; k <= o.tj+3 && k < len(c.toks) && !c.toks[k].brk; k++ {
			if c.comparativeAt(k) {
				return true
			}
			for range lx.subjComparatives.at(c.toks, k) {
				return true
			}
			for _, sfx := range lx.thanSuffixes {
				if len(c.toks[k].s) > len(sfx) && strings.HasSuffix(c.toks[k].s, sfx) {
					return true
				}
			}
		}
	}
	return false
}
