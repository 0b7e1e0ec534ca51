package grounding

// plating_standard53.go (#13, mat53): a plating standard named by what it
// requires is the rule the piece is measured against, not its material.
// Copy on rose gold-plated sterling silver explains why the piece is not
// vermeil: "Cette épaisseur, bien inférieure à celle qu'exige le vermeil,
// explique que le pendentif n'en porte pas le nom", "Essa espessura fica
// abaixo da exigida para o vermeil" (released 53B fr-FR 53B104-3, pt-BR
// 53B104-2); vermeil blocked as the piece's material. Where a word of
// requirement (requirement_words: exige, exigida, requires, verlangt,
// vyžaduje, 要求) stands within platingStandardReach tokens of a plating
// standard (a material whose closure under canon implies holds
// gold-plated: vermeil, gold-filled) that is not the product's, in a
// clause with no word that names the piece (its name, ours, a
// demonstrative, a verb of making it, its category word), the standard is
// the rule. "Ce pendentif en vermeil exige un entretien doux" and "Our
// vermeil requires care" still block.

// platingStandardReach is how many tokens may stand between the standard
// and the word of requirement ("celle qu'exige le vermeil", "exigida
// para o vermeil", "vermeil requires").
const platingStandardReach = 3

// platingStandard reports whether the material m is a plating standard
// named by what it requires (see above).
func (c *checker) platingStandard(m match) bool {
	req := c.lx.mat53Data.requirement
	if req.size() == 0 || contains(c.facts.materials, m.f.value) || !contains(c.cn.closure(nil, m.f.value), "gold-plated") {
		return false
	}
	a, b := c.clauseOfMatch(m)
	near := false
	for k := a; k <= b; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.namesPieceAt(k) || c.ownCategoryToken(k) {
			return false
		}
		if (k < m.ti && m.ti-k <= platingStandardReach || k > m.tj && k-m.tj <= platingStandardReach) && c.phraseEndsAt(req, nil, k) > 0 {
			near = true
		}
	}
	return near
}
