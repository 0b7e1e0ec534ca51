package grounding

import "strings"

// treatmentElement reports whether the stone word m is the element a
// diffusion treatment of the product's stone heats into it, where the
// language writes the element and the gem alike: Polish "beryl" is both
// beryllium and beryl, so "efektem dyfuzji berylu" (the effect of
// beryllium diffusion) and "wygrzewa się … razem z berylem" (heated
// together with beryllium) on a beryllium-diffused sapphire name the
// treatment's agent, not a beryl set in the piece (#13, probe61a: probe
// 61D pl-PL 61D01-1; GIA, "Beryllium diffusion"; the FTC Jewelry Guides,
// 16 CFR 23.22, ask the treatment disclosed, so its words must pass). A
// treatment's own words never name a stone. It needs the word among the
// pack's element_words, a stone of the product treated by diffusion, and
// a word of heating or diffusion (diffusion_words) governing it as
// fillerNear reads one; "pierścionek z berylem" (a ring with beryl) and
// the same words on an untreated stone still block.
func (c *checker) treatmentElement(m match) bool {
	if m.negated || c.lx.diffusion.empty() || c.lx.elements.size() == 0 || c.wordStartsAt(c.lx.elements, m.ti) != m.tj {
		return false
	}
	diffused := false
	for _, st := range c.p.Stones {
		diffused = diffused || strings.Contains(strings.ToLower(st.Treatment), "diffus")
	}
	if !diffused {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if (k < m.ti || k > m.tj) && c.lx.diffusion.at(c.toks, k) && c.fillerNear(m, k) {
			return true
		}
	}
	return false
}
