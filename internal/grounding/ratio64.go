package grounding

import "strings"

// A ratio comparison's standard (#13, rel64a: released 64B el-GR
// 64B04-1/-3 "Ζυγίζει λίγο περισσότερο από το μισό του ανοξείδωτου
// χάλυβα", pt-BR 64B04-1 "pesa pouco mais da metade do aço inoxidável" on
// titanium hoops). Copy that tells a material's weight or hardness as a
// fraction or multiple of another's ("half the weight of stainless
// steel", "twice as hard as quartz", "a third of the weight of gold",
// "die Hälfte des Gewichts von Edelstahl", ステンレスの半分, 不锈钢的一半)
// names the other as the standard measured against, as "lighter than
// steel" does (compared_metal.go), not as the piece's material or stone
// (16 CFR 23.4-23.7 and 23.25 govern what the piece is said to be).
//
// ratio_before are the fraction and multiple words said before the
// standard, with the link that makes them a ratio ("half as", "half the",
// "twice as", "a third of", "metade do", "το μισό του", "la mitad del");
// ratio_after the same said after it (ja の半分, ko 절반, zh 的一半, tr
// "yarısı kadar", "iki katı"). The word stands at most likenessGap words
// from the standard in its clause, no word of the piece between
// (standardOf), and the thing measured is the piece's own material or
// stone, the nearest named before it in its sentence or the one before
// (ownMetalBefore, ownStoneBefore). "The hoops are stainless steel",
// "half steel, half titanium" (no link) and "Almost half the weight of
// steel, the ring is easy to wear" (nothing measured) still block; diamond is left to its own checks
// (16 CFR 23.12), as in likenedStandard.
type ratio64File struct {
	RatioBefore []string `yaml:"ratio_before"`
	RatioAfter  []string `yaml:"ratio_after"`
}

type ratio64Data struct {
	before, after wordList
}

func compileRatio64(f ratio64File) ratio64Data {
	return ratio64Data{before: compileWordList(f.RatioBefore), after: compileWordList(f.RatioAfter)}
}

// ratioStandard reports whether the stone or material m, one the product
// does not have, is the standard of a ratio comparison (see above).
func (c *checker) ratioStandard(m match) bool {
	d := &c.lx.ratio64Data
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial || d.before.empty() && d.after.empty() {
		return false
	}
	if strings.Contains(m.f.value, "diamond") || contains(c.facts.materials, m.f.value) || contains(c.facts.stones, m.f.value) {
		return false
	}
	if !c.standardOf(m, d.before, d.after) {
		return false
	}
	// the other term is the piece's own, named before in the sentence or
	// the one before it (ownMetalBefore, ownStoneBefore): "Almost half the
	// weight of steel, the ring is easy to wear" names none and blocks
	if m.f.kind == kindStone {
		return c.ownStoneBefore(m)
	}
	return c.ownMetalBeforeRatio(m)
}

// ownMetalBeforeRatio is ownMetalBefore passing over, as well, the
// members of the piece's own alloy named after a word of alloy
// (alloy_words) that follows the piece's own metal in their sentence:
// "τιτάνιο βαθμού 5, ένα κράμα τιτανίου με 6% αλουμίνιο και 4% βανάδιο.
// Ζυγίζει … από το μισό του ανοξείδωτου χάλυβα", "uma liga de titânio com
// alumínio e vanádio … O metal pesa pouco mais da metade do aço" measure
// the titanium, not its vanadium.
func (c *checker) ownMetalBeforeRatio(m match) bool {
	return c.nearestFactBefore(m, func(o match) (bool, bool) {
		if o.f.kind != kindMaterial || o.negated {
			return false, false
		}
		own := contains(c.facts.materials, o.f.value)
		if !own && (c.metalCompared(o) || c.ownAlloyMember(o)) {
			return false, false
		}
		return true, own
	})
}

// ownAlloyMember reports whether the material o follows, in its sentence,
// a word of alloy that itself follows one of the product's own materials.
func (c *checker) ownAlloyMember(o match) bool {
	alloy := c.lx.contrastData.alloy
	if alloy.empty() {
		return false
	}
	s, _ := c.sentenceOf(o.ti)
	for k := o.ti - 1; k >= s; k-- {
		if !alloy.at(c.toks, k) {
			continue
		}
		for _, n := range c.ms {
			if n.ti >= s && n.tj < o.ti && !n.negated && n.f.kind == kindMaterial && contains(c.facts.materials, n.f.value) && n.ti < k+3 {
				return true
			}
		}
	}
	return false
}
