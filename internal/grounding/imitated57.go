package grounding

import (
	"strings"
	"unicode"
)

// The gem a simulant imitates named bare (#13, treat57: probe 57C en-GB,
// fr-CA, cs-CZ 57C labgrown_unqualified). A product whose stones are
// simulants may say what they imitate in an attribute whose key names an
// imitation (canon imitation_keys: "imitates": "lapis lazuli" on a jasper
// dyed blue, origin simulant). That gem is no stone of the piece: copy may
// name it as what the stones imitate ("imitation lapis lazuli", "une
// imitation de lapis-lazuli", "Lapislazuli-Imitationen", "仿青金石", "라피스
// 라줄리를 모방한 모조석"), but not as the piece's stone ("The beads are lapis
// lazuli", "Il s'agit de lapis-lazuli", "Kameny jsou z lapisu lazuli"):
// the FTC Jewelry Guides (16 CFR 23.25(a), (e)) and the CIBJO Gemstone
// Book ask an imitation to be named as one. Such a bare name is no product
// stone for the stone rule, which then reads it as any stone the product
// lacks (its look-alike, likeness, comparison and general-statement
// exemptions apply), and checks.checkImitationNamed adds the regulatory
// finding.

// imitationKey reports whether an attribute's key names an imitation: one
// of its words is a word of canon imitation_keys ("imitates",
// "simulates", "lookalike").
func imitationKey(cn *canon, k string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(k), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if contains(cn.ImitationKeys, w) {
			return true
		}
	}
	return false
}

// imitatedBare reports whether the stone match m names the gem the
// product's simulant stones imitate (facts.imitated), no type of the
// product's own stones, in a sentence (with the halves a semicolon ties to
// it) with no word of imitation (imitation_words: "imitation",
// "imitates", "模倣") and no simulant qualifier of the market
// ("simulated", "faux", 仿).
func (c *checker) imitatedBare(m match) bool {
	if m.f.kind != kindStone || !contains(c.facts.imitated, m.f.value) || !hasSimulant(c.p) {
		return false
	}
	for _, si := range c.facts.stoneInfo {
		if contains(si.types, m.f.value) {
			return false
		}
	}
	// The sentence with the halves a semicolon ties to it ("The stones
	// are simulated lapis lazuli, cut from jasper; lapis itself is rarer").
	s, e := c.joinedSentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if c.lx.imitation.at(c.toks, k) {
			return false
		}
	}
	for _, ws := range c.lx.simulantWords {
		for k := s; k+len(ws)-1 <= e; k++ {
			if c.tokensAre(k, ws) {
				return false
			}
		}
	}
	return !c.simulantNamed(m)
}
