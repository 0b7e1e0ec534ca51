package grounding

import "strings"

// otherGoldAlloyed reports whether the material m names another coloured
// gold than the product's, in a sentence that explains the colours of gold
// alloys by their base metals: "Senza il rame che scalda l'oro giallo e
// arrossa l'oro rosa, il metallo assume un riflesso fresco",
// 少了讓黃金與玫瑰金顯得溫暖的銅, "Når kobberet som gir gult og rødt gull
// varme mangler" on 18k green gold (#13, rel59: released 59A it-IT, zh-TW,
// nb-NO 59A04). The colours of gold alloys are their members' (World Gold
// Council, "Coloured gold": copper reddens rose gold, silver greens green
// gold), so the other gold is named in contrast, not as the piece's metal.
//
// It holds when all of these do:
//   - m is a gold the product does not have, with members in canon
//     alloy_metals, and m is not denied;
//   - the product's own metal is a gold (a material holding "gold", not
//     plated: a plating is no alloy);
//   - m's sentence names a member of m's alloy (copper, silver,
//     palladium: canon alloy_metals) that is no gold itself, and another
//     gold than m (the golds set side by side: "l'oro giallo e … l'oro
//     rosa", 黃金與玫瑰金, イエローゴールドやピンクゴールド);
//   - the sentence holds no word of the piece (alloyPieceWord: "the
//     ring", its clasp, the product's name), no fact of it (pieceFactIn:
//     its category, a karat), no word of making (alloy_made_words: "made
//     of", "crafted in") and m is not predicated of the piece.
//
// "Der Ring ist aus Roségold, dessen Kupfer ihn wärmt", "Crafted in rose
// gold, warmed by copper", "18k rose gold warmed by copper", rose gold
// named with no member of its alloy and one gold alone with its member
// ("Aus Weißgold, mit Palladium legiert, glänzt es kühl", adv40) still
// block.
func (c *checker) otherGoldAlloyed(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) || !strings.Contains(m.f.value, "gold") {
		return false
	}
	members := c.cn.AlloyMetals[m.f.value]
	if len(members) == 0 || !c.ownSolidGold() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	member, otherGold := false, false
	for _, o := range c.ms {
		if o.ti < s || o.tj > e || o.ti == m.ti || o.f.kind != kindMaterial {
			continue
		}
		if strings.Contains(o.f.value, "gold") {
			otherGold = otherGold || o.f.value != m.f.value
			continue
		}
		if contains(members, o.f.value) {
			member = true
		}
	}
	if !member || !otherGold || c.alloyPieceWord(s, e) || c.pieceFactIn(s, e) || c.predicatedOfPiece(m) {
		return false
	}
	d := &c.lx.contrastData
	for k := s; k <= e; k++ {
		if d.made.at(c.toks, k) {
			return false
		}
	}
	return true
}

// ownSolidGold reports whether a material of the product is a gold that
// is no plating, filling or vermeil layer.
func (c *checker) ownSolidGold() bool {
	for _, v := range c.facts.materials {
		if strings.Contains(v, "gold") && !strings.Contains(v, "plated") && !strings.Contains(v, "filled") && !strings.Contains(v, "vermeil") && !strings.Contains(v, "tone") {
			return true
		}
	}
	return false
}
