package grounding

import (
	"github.com/copydesk/copydesk/internal/core"
)

// explainedNote ends the message of a fact finding that explainedFact
// turned into a warning.
const explainedNote = " (in a sentence that explains the material, not the piece: check)"

// addFact reports a stone, material or colour of the text that the product
// does not have (RuleStone, RuleMaterial, RuleColour). A block becomes a
// warning where the word stands in a sentence that explains the product's
// material rather than describes the piece (explainedFact): the sentence
// names other stones, metals and colours as the material's chemistry,
// relatives, look-alikes and history, and whatever such a sentence says
// wrongly is a reviewer's call, not a failed draft (#13, explain32).
//
// The rules that silence a word in such a sentence (materialSentence,
// the idiom scopes of scopeOf) keep their exceptions: a diamond or a
// crystal word on a piece whose stones are not all minerals is never
// silenced there, because presenting a stone as diamond is the
// misrepresentation the FTC Jewelry Guides name (16 CFR 23.12, 23.25).
// Here they are warned: shown to the reviewer beside the draft, never
// published without one. A precious metal is not: named in such a sentence
// it is claimed as the material's constituent, and still blocks. The piece's own sentences
// are unchanged: a sentence with any word of the piece (its category, a
// part, a setting or plating verb, a fineness, a measurement, a count of
// stones, the product's name; classifyTopic) and the text's first sentence
// still block, and so do the claim and regulatory checks (solid gold, real
// diamond, qualifiers, plating), which read the words, not this scope.
func (c *checker) addFact(rule, sev string, m match, msg string) {
	if sev == core.SeverityBlock && c.explainedFact(m) {
		sev = core.SeverityWarn
		msg += explainedNote
	}
	if sev == core.SeverityBlock && (rule == RuleMaterial || rule == RuleStone) && !c.attached(m) {
		sev = core.SeverityWarn
		msg += weakAttachNote
	}
	c.add(rule, sev, m, msg)
}

// explainedFact reports whether the match m stands in a sentence, after
// the first, whose topic is the product's material (materialTopic): the
// product's own stone named with no word of the piece (topicOwn), a word
// of a material's nature, growth, origin or look-alikes (topicNone's
// relation and nature words: topicNature), or a sentence with neither
// that goes on from such a sentence (topicCarried) and does not open on a
// stone or material of its own (startsOwnClaim: "Sapphires line it").
func (c *checker) explainedFact(m match) bool {
	if m.negated || len(c.toks) == 0 {
		return false
	}
	// A precious metal named as what the material holds or is made of
	// ("Its glow comes from tiny flakes of platinum" on a sunstone, whose
	// flakes are copper) claims that metal for the piece: it keeps
	// blocking (16 CFR 23.4-23.7; #13, constituent25).
	// Not a metal word read as a colour among colours ("flashes of red,
	// green and gold"; #13, colourlist32): that is checked as the colour.
	// Nor a metal after a gloss of the stone's name or of the material's
	// former use in its sentence ("Its name comes from the Greek for 'gold
	// glue', as it was once used to solder gold" on a chrysocolla ring):
	// that is what the name means or what the mineral was used for
	// (#13, etymology33).
	s, e := c.sentenceOf(m.ti)
	if m.f.kind == kindMaterial && (c.cn.SolidMetals[m.f.value] != "" || c.cn.PreciousMetals[m.f.value] != "") && !c.metalColourListed(m) && !c.afterNameGloss(s, m) {
		return false
	}
	// Another metal's plating said of a plated piece ("une fine couche de
	// ruthénium" on rhodium-plated gold) is the piece's surface, however
	// the sentence explains it (#13, miss60: otherPlatingStated).
	if s == 0 || c.otherPlatingStated(m) {
		return false
	}
	switch c.materialTopic(s, e) {
	case topicOwn, topicNature:
		return true
	case topicNone:
		return c.topicCarried(s) && !c.startsOwnClaim(s, e)
	}
	return false
}

// afterNameGloss reports whether a word of name_gloss_words (a gloss of a
// stone's name or of a material's former use: "its name comes from",
// "Son nom vient du grec", "once used", 名字) ends before the match m in
// its sentence, which starts at token s.
func (c *checker) afterNameGloss(s int, m match) bool {
	g := c.lx.nameGloss
	if g.empty() {
		return false
	}
	for k := s; k < m.ti; k++ {
		if g.at(c.toks, k) {
			return true
		}
	}
	return false
}
