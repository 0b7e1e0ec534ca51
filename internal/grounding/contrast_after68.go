package grounding

// A material or stone named as what the piece's own differs from, where the
// word of contrast follows the compared noun (contrast_after: Korean
// "황동과도 다른 소재입니다", a material different from brass too; Japanese
// "ロジウムコーティングとも異なる色です", a colour unlike a rhodium coating
// too; Turkish "gümüşten farklı"), is the compared thing, not the piece's
// (#13, contrast68: held-out 67A ko-KR 67A03-1 and 67B ja-JP 67B03-1 on
// white bronze and blue gold). contrastOpened65 reads such an arm only
// where the sentence names the piece's own material after it; in an
// adnominal contrast whose head is the piece's own material, colour or
// make ("…와는 다른 소재입니다", "…とは異なる色です") the piece's material
// is the elided subject, named the sentence before.
//
// The noun compared is m itself or the last member of a list that m
// opens ("금이나 은과는 다른", "金や銀とは異なる"); a stone or metal of the
// piece's own in m's clause before it keeps m checked (the arm is then
// no contrast of the piece with another). A metal after the word of
// contrast ("은과는 다른 황동으로 만들었습니다", made of brass, unlike
// silver) and "이 목걸이는 황동입니다" still block. 16 CFR 23.3-23.7
// govern what the piece is said to be made of; naming another material
// for contrast says nothing of the piece.
func (c *checker) contrastAfterOther68(m match) bool {
	if m.negated || len(c.lx.contrastAfter) == 0 {
		return false
	}
	switch m.f.kind {
	case kindStone, kindMaterial:
		if !c.otherFact65(m) {
			return false
		}
	case kindKarat:
		if contains(c.facts.karats, m.f.value) {
			return false
		}
	default:
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	cs := m.ti
	for cs > s && !c.toks[cs].brk {
		cs--
	}
	if c.ownFactIn65(cs, m.ti-1) {
		return false
	}
	isArm := func(k int) bool {
		return c.kindTokenAt(k, m.f.kind)
	}
	e := m.tj
	for n := 0; n < 4; n++ {
		if c.comparedAfter(match{ti: m.ti, tj: e}) {
			return true
		}
		next := c.armJoinedAfter(e, isArm)
		if next <= e {
			return false
		}
		e = next
		for e+1 < len(c.toks) && !c.toks[e+1].brk && isArm(e+1) {
			e++
		}
	}
	return false
}

// partWordAt reports whether token k is a word of a part of the piece
// (components: hooks, clasp, posts; piece_parts; attribute_parts: the
// chain): for example the topic of a clause whose connective of contrast
// follows it (contrast_inner: Turkish "kancaları ise platindir").
func (c *checker) partWordAt(k int) bool {
	lx := c.lx
	return c.piecePartAt(k) || lx.components.endsAt(c.toks, k) || lx.attrParts.endsAt(c.toks, k)
}
