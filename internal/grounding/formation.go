package grounding

import "strings"

// formationAgent reports whether the material m is the agent of an event in
// a stone's formation told in its sentence: "a meteorite struck what is now
// southern Germany", "in the heat of a meteorite impact", "schlug ein
// Meteorit ein", 隕石撞擊 (moldavite and Libyan desert glass are impact
// glasses: GIA Gem Encyclopedia, "Moldavite"; Mindat, "Tektite", "Libyan
// Desert Glass"). The event is the stone's history, not a material of the
// piece (#13, formation26). So is the steel pyrite is struck against to
// throw the sparks its name comes from (Greek pyr, fire: Mindat, "Pyrite").
// Only the canon's formation_agents are read so (a meteorite: impact; steel:
// spark), and only in a sentence that names their event (the vocabulary's
// formation_events: impact, crater, struck, fell; throws sparks, struck
// against); "set with a slice of meteorite" still names a material.
func (c *checker) formationAgent(m match) bool {
	ev, ok := c.cn.FormationAgents[m.f.value]
	if !ok || len(c.lx.formationEvents[ev]) == 0 {
		return false
	}
	first, last := m.ti, m.tj
	for first > 0 && !c.toks[first].sbrk {
		first--
	}
	for last+1 < len(c.toks) && !c.toks[last+1].sbrk {
		last++
	}
	sentence := foldString(c.text[c.byteAt(c.toks[first].start):c.byteAt(c.toks[last].end)])
	for _, w := range c.lx.formationEvents[ev] {
		if strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}
