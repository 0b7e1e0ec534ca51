package grounding

import "strings"

// The product's own name standing for the piece (#13, miss68b: probe 68C
// zh-TW 68C02-2). Where the name holds the piece's category word
// ("玫瑰耳環") it is masked, so the category word that would tie a fact to
// the piece is not read; the name does that work as the category word
// would: karat gold named right after it in its clause is the piece's
// material ("Moments系列玫瑰耳環採用18K玫瑰金打造" on rose gold-plated
// silver: a karat mark on a plated article must say it is plated, 16 CFR
// 23.4), read by pieceMaterialPhrase.

// nameHoldsOwnCategory reports whether the product's name holds a word of
// the product's own category (ownCategory), read with the locale's
// lexicon.
func (c *checker) nameHoldsOwnCategory() bool {
	if c.p.Name == "" || c.facts.category == "" {
		return false
	}
	toks := tokenize(c.p.Name, nil)
	c.lx.stampPhrases(toks)
	for _, m := range c.lx.scan(toks, nil) {
		if m.f.kind == kindCategory && c.ownCategory(m.f.value) {
			return true
		}
	}
	return false
}

// ownNameToken reports whether token k is a masked word of the product's own
// name (not of its collection or keywords only).
func (c *checker) ownNameToken(k int) bool {
	if !c.toks[k].masked {
		return false
	}
	return strings.Contains(foldString(c.p.Name), c.toks[k].s)
}

// ownNameBefore reports whether a masked word of the product's own name,
// a name holding the piece's category word, stands at most reach tokens
// before token a in a's clause.
func (c *checker) ownNameBefore(a, reach int) bool {
	for k := a - 1; k >= 0 && k >= a-reach-1; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if c.ownNameToken(k) {
			return c.nameHoldsOwnCategory()
		}
	}
	return false
}

// solidInLight reports whether the metal match m, read as a colour of the
// piece's light (scopeLight) for a word of light in its clause ("un petit
// éclat violet serti d'or massif"), is a solid form of the metal ("or
// massif", "solid gold"): a metal called solid names the material, never
// a hue of light (16 CFR 23.4; as plating reads "solid 12-carat gold, warm
// in tone", #13, tone62), unless the clause likens the piece's look to it
// ("the look of solid gold": metalLook, materialLook). probe 68D fr-FR
// 68D02-2 (#13, miss68b).
func (c *checker) solidInLight(m match) bool {
	return m.f.kind == kindMaterial && c.cn.isSolidValue(m.f.value) && !c.metalLook(m) && !c.materialLook(m)
}

// clearCoat reports whether the colour match i is "clear" (colourless,
// transparent) and qualifies a lacquer named at most three tokens after
// it in its clause, or right before it ("tenký průhledný ochranný lak",
// "투명한 래커", "transparante lak"): the transparency is the protective
// coat's, the one thing a clear lacquer must be, not a colour of the piece
// (#13, miss68b: the lacquer words came with blind 68A fi-FI 68A04-2; the
// e-coated silver of probe 43C and probe 53C kept passing).
func (c *checker) clearCoat(i int, m match) bool {
	if m.f.kind != kindColour || m.f.value != "clear" {
		return false
	}
	for j := i + 1; j < len(c.ms) && c.ms[j].ti <= m.tj+3; j++ {
		o := c.ms[j]
		for k := m.tj + 1; k <= o.ti && k < len(c.toks); k++ {
			if c.toks[k].brk || c.toks[k].sbrk {
				return false
			}
		}
		if o.f.kind == kindMaterial && o.f.value == "lacquer" {
			return true
		}
	}
	if i > 0 {
		o := c.ms[i-1]
		if o.f.kind == kindMaterial && o.f.value == "lacquer" && o.tj+1 == m.ti && !c.toks[m.ti].brk {
			return true
		}
	}
	return false
}
