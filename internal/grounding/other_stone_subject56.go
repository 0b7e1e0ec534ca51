package grounding

import "strings"

// otherStoneSubjectMaterial reports whether the material m, none of the
// piece's, is said of another stone that is the subject of its sentence
// (#13, rp56: probe 56C en-GB and nl-NL 56C03/56C04, copy that explains
// dyed magnesite as an imitation of turquoise and then says what
// turquoise itself is). The sentence opens with a stone the piece does not
// have (at most two words before it, none a fact: "Turquoise, by
// contrast, is a copper mineral that is often stabilised with resin",
// "Echt turkoois is een kopermineraal dat vaak met hars wordt
// gestabiliseerd", "La vraie turquoise est souvent stabilisée à la
// résine"), m follows it, and no word of the piece stands in the sentence:
// the material is that stone's, as a dictionary's entry on it would say.
// The stone must be named earlier in the text (stoneNamedBefore).
// The stone is read from the lexicon afresh, since a stone the copy names
// as what the piece imitates may have left the text's facts already.
// "Turquoise pendant set in resin" and "Turquoise is stabilised with
// resin in this pendant" (a word of the piece) still block, and so does a
// sentence that opens with the piece's own stone ("Magnesite is set in
// resin").
func (c *checker) otherStoneSubjectMaterial(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	var buf [4]match
	for _, o := range c.lx.scan(c.toks[s:min(s+3, m.ti)], buf[:0]) {
		if o.f == nil {
			continue
		}
		// Not a pearl: its word is also a bead's ("En borstad pärla i
		// titan", "Die Perlen sind auf Gold gefädelt").
		if o.f.kind != kindStone || contains(c.facts.stones, o.f.value) || strings.Contains(o.f.value, "pearl") {
			return false
		}
		o.ti, o.tj = o.ti+s, o.tj+s
		for k := s; k < o.ti; k++ {
			if c.isFactToken(k) {
				return false
			}
		}
		return !c.pieceWordInSentence(o) && c.stoneNamedBefore(s, o.f.value)
	}
	return false
}

// stoneNamedBefore reports whether the text names stone v before token s:
// the stone the sentence is about is one the copy has brought in already
// (as what the piece imitates), not one it opens with ("Oregon sunstone
// owes its warm colour to tiny flakes of copper" on sapphire studs, "Die
// Perlen sind auf Gold gefädelt" on tiger's eye beads still block).
func (c *checker) stoneNamedBefore(s int, v string) bool {
	var buf [16]match
	for _, o := range c.lx.scan(c.toks[:s], buf[:0]) {
		if o.f != nil && o.f.kind == kindStone && o.f.value == v {
			return true
		}
	}
	return false
}
