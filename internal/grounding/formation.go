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
//
// The event "found" is a stone's discovery in its agent: moissanite was
// first found by Henri Moissan in 1893 in fragments of the Canyon Diablo
// meteorite (GIA Gem Encyclopedia, "Moissanite"; Mindat, "Moissanite"),
// and peridot and diamond occur in meteorites too (Mindat, "Pallasite").
// Its word may stand anywhere in the sentence ("découverte … dans les
// fragments d'une météorite", "bir meteorit parçasında keşfedildi",
// 隕石の破片の中から発見), on a product with a stone whose story it is, and
// the agent's clause holds no word of the piece (pieceInClause: a
// category word, a word of setting or inlay): "The bracelet is inlaid with
// meteorite found in Namibia" still names a material (#13, metals42:
// probe 42C fr-CA 42C104).
func (c *checker) formationAgent(m match) bool {
	first, last := m.ti, m.tj
	for first > 0 && !c.toks[first].sbrk {
		first--
	}
	for last+1 < len(c.toks) && !c.toks[last+1].sbrk {
		last++
	}
	sentence := foldString(c.text[c.byteAt(c.toks[first].start):c.byteAt(c.toks[last].end)])
	for _, ev := range c.cn.FormationAgents[m.f.value] {
		text := sentence
		if ev == "found" {
			if a, b := c.clauseOfMatch(m); len(c.facts.stones) == 0 || c.pieceInClause(a, b) {
				continue
			}
			if k := c.agentParticiple(m, last); k >= 0 {
				// The participle right after the agent is the agent's
				// own: the meteorite is what was found, not where.
				text = foldString(c.text[c.byteAt(c.toks[first].start):c.byteAt(c.toks[k].start)]) + " " +
					foldString(c.text[c.byteAt(c.toks[k].end):c.byteAt(c.toks[last].end)])
			}
		}
		for _, w := range c.lx.formationEvents[ev] {
			if strings.Contains(text, w) {
				return true
			}
		}
	}
	return false
}

// agentParticiple is the token of a word of finding that follows the agent
// m as its reduced relative, or -1: right after it, after a comma, or
// after a relative pronoun ("a slice of meteorite found in Namibia", "ein
// Stück Meteorit, gefunden in Namibia", "un éclat de météorite découvert
// en Namibie", "en bit meteorit som hittades"), and not the last word of
// its sentence (German and Dutch put the participle of a main clause
// last: "in einem Meteoriten entdeckt."). There the meteorite is the
// thing found, a material of the piece, not the place a stone was found
// in (#13, adv42).
func (c *checker) agentParticiple(m match, last int) int {
	k := m.tj + 1
	if k > last {
		return -1
	}
	if c.lx.relPronouns.endsAt(c.toks, k) && k+1 <= last && !c.toks[k+1].brk {
		k++
	}
	if k+1 > last || c.toks[k+1].brk {
		return -1
	}
	w := c.toks[k].s
	for _, f := range c.lx.formationEvents["found"] {
		f = strings.TrimSpace(f)
		if i := strings.IndexByte(f, ' '); i > 0 {
			f = f[:i]
		}
		if strings.HasPrefix(w, f) {
			return k
		}
	}
	return -1
}

// pieceInClause reports whether tokens a..b hold a category word or a word
// of setting ("set with", "inlaid", "serti"): the clause speaks of the
// piece.
func (c *checker) pieceInClause(a, b int) bool {
	for _, o := range c.ms {
		if o.f.kind == kindCategory && o.ti >= a && o.tj <= b {
			return true
		}
	}
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.lx.settingWords.at(c.toks, k) {
			return true
		}
	}
	return false
}
