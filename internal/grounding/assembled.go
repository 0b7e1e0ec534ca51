package grounding

import "strings"

// assembledComponent reports whether the stone or material m is a
// component an assembly treatment of the product's stone puts into it
// (canon treatment_components: an opal doublet's or triplet's clear
// quartz or glass cap and its dark glass or obsidian backing; GIA Gem
// Encyclopedia, "Opal": "assembled stones … a thin slice of opal
// cemented to a base … a triplet adds a clear cap of quartz, glass or
// plastic"; FTC Jewelry Guides, 16 CFR 23.22 asks the assembly
// disclosed), named as a part of the assembly: a word of its parts
// (assembly_parts: "cap", "dome", "layer", "backing", "calotte",
// "cúpula", "Kappe", "قبة", キャップ, 顶盖) within assemblyGap words of
// it, no clause break between ("a clear quartz cap that protects the
// surface", "a cap of clear quartz"; #13, constituents47: probe 47C
// en-GB 47C103). The product does not have the quartz on its own, so
// a sentence that says it of the piece still blocks (16 CFR 23.25: a
// stone's name describes only that stone): a category word, a noun of
// the piece, a part of it, a setting word, the product's name, ours or a
// demonstrative of the piece in the sentence ("This pendant is set with
// a quartz", "The pendant has a quartz cap"), and so does the component
// said to be the stone with no part word beside it ("The triplet is
// quartz").
func (c *checker) assembledComponent(m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial || c.lx.assemblyParts.empty() || len(c.cn.TreatmentComponents) == 0 ||
		!c.treatmentFiller(c.cn.TreatmentComponents, m.f.value) {
		return false
	}
	if c.componentPredicated(m) {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	lx := c.lx
	near := false
	w := assemblyGap
	if c.charToken(m.ti) {
		w = fillerWindowCJK
	}
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.pieceNouns.at(c.toks, k) ||
			c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) {
			return false
		}
		if !lx.assemblyParts.at(c.toks, k) {
			continue
		}
		if k > m.tj && k-m.tj <= w && !c.brkBetween(m.tj, k) || k < m.ti && m.ti-k <= w && !c.brkBetween(k, m.ti) {
			near = true
		}
	}
	return near
}

// assemblyGap is how many tokens may stand between a component and the
// word of the assembly's part that names it ("a cap of clear quartz").
const assemblyGap = 3

// componentPredicated reports whether the component m is the predicate of
// a copula whose subject is the product's stone or a noun of stones
// ("The opal is actually glass beneath its dome", "La pierre est en verre
// sous une calotte de quartz", "Der Stein ist Glas unter einer Kappe",
// "Kamień to kwarc pod kopułą", 这颗宝石是顶盖下的石英): that says what the
// stone is, however near a part of the assembly stands, and still blocks
// (16 CFR 23.25; #13, adv47a). A copula (copulas, predicate_copulas)
// within assemblyGap words before m (fillerWindowCJK characters in
// Chinese and Japanese), the subject within as many words before the
// copula, no clause break between; or a copula after m or ending its word
// (copulas_after, copula_endings: 石はキャップの下のクォーツです, "Taş,
// kubbenin altında kuvarstır", 스톤은 캡 아래의 쿼츠입니다) and the subject
// before m in its sentence.
func (c *checker) componentPredicated(m match) bool {
	w := assemblyGap
	if c.charTokens() {
		w = fillerWindowCJK
	}
	subject := func(lo, k int, brk bool) bool {
		for _, n := range c.ms {
			if n.negated || n.tj >= k || n.tj < lo || brk && c.brkBetween(n.tj, k) {
				continue
			}
			if n.f.kind == kindStoneNoun || n.f.kind == kindStone && c.ownStoneMatch(n) {
				return true
			}
		}
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-w; k-- {
		if (c.isCopula(k) || c.lx.predCopulas[strings.ToLower(c.toks[k].s)]) && !c.brkBetween(k, m.ti) && subject(k-w, k, true) {
			return true
		}
	}
	if c.copulaAfter(m) {
		s, _ := c.sentenceOf(m.ti)
		return subject(s, m.ti, false)
	}
	return false
}
