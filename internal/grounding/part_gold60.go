package grounding

import "fmt"

// A part of a plated piece said to be of the plating's metal (#13,
// read60a: held-out 60A en-GB 60A01-3 "a slim hook of polished yellow
// gold", nb-NO 60A01-3 "festet på en stift av blankt gull", both on
// gold-plated silver): a part word (the pack's components and
// attribute_parts: hook, post, clasp, chain, stift, Haken, crochet), a
// link of material (part_material_links: of, in, av, aus, en, di), at most
// partMetalGap words (polished, blankt), then the metal. The phrase names
// the part's material; the piece is plated, no part of it that metal, so
// it misdescribes the metal (FTC Jewelry Guides 16 CFR 23.4: a plated
// article is not described as of the precious metal). A plating word
// anywhere in the phrase ("a hook plated in yellow gold") makes it the
// plating's, and a part the data give that metal is the part's own.
type partGoldFile struct {
	PartMaterialLinks []string `yaml:"part_material_links"`
	// MetalPartLinks stand between a karat gold and the part word after
	// it that it names the material of (fi "14 karaatin kultaa oleva
	// koukku", ja 18金のフック, zh 18K金的耳钩; #13, plate61); in a
	// language whose modifiers come first the karat gold may also stand
	// right before the part (ko "14K 금 고리", zh 18K金扣, tr "14 ayar
	// altın kanca", en "a 14k gold hook").
	MetalPartLinks []string `yaml:"metal_part_links"`
}

type partGoldData struct {
	partMaterialLinks phrases
	metalPartLinks    phrases
}

func compilePartGold(f partGoldFile) partGoldData {
	return partGoldData{partMaterialLinks: phraseSet(f.PartMaterialLinks), metalPartLinks: phraseSet(f.MetalPartLinks)}
}

// partMetalGap is how many words (adjectives of finish: polished, blankt,
// poli) may stand between the link and the metal.
const partMetalGap = 2

// partOfMetal reports whether match i, a metal, is the material a part
// word gives its part: part word, link, at most partMetalGap words, m, in
// one clause, no plating word among them; or, for karat gold, the part
// word after it (partAfterMetal). A karat read with its gold in one match
// ("14 karaat goud", "14 ayar altın", 18K金) is the phrase, as a bare gold
// is; a karat whose gold word stands beside it leaves the phrase to that
// word (#13, plate61).
func (c *checker) partOfMetal(i int, m match) bool {
	karat := c.partKaratGold(i, m)
	if m.f.kind == kindKarat && !karat {
		return false
	}
	if karat {
		m = c.karatPhrase(i, m)
	}
	// The metal before a plating word ("of 14k gold plating", "14 Karat
	// vergoldet") or in a plating compound ("Platinbeschichtung") is the
	// plating.
	gap := partMetalGap
	if c.charTokens() {
		gap = partAfterSpan // 14金メッキ: メッキ is three tokens
	}
	for k := m.tj; k < len(c.toks) && k <= m.tj+gap; k++ {
		if k > m.tj && (c.toks[k].brk || c.toks[k].sbrk) {
			break
		}
		if c.platingAt(k) {
			return false
		}
	}
	// Nor is the metal after a plating word (zh 镀18K金耳钩: ear hooks
	// plated with 18K gold).
	for k := m.ti - 1; k >= 0 && k >= m.ti-partMetalGap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if c.platingAt(k) {
			return false
		}
	}
	if c.partBeforeMetal(m) {
		return true
	}
	return karat && c.partAfterMetal(m)
}

// partKaratGold is karatGold, but a karat that another precious metal's
// word beside it takes is still its gold's: the silver, then the 14K gold
// of a hook ("금도금 실버이며 14K 금 고리").
func (c *checker) partKaratGold(i int, m match) bool {
	if m.f.kind != kindKarat {
		return c.karatGold(i, m)
	}
	taken := func(j int, by func(int, match) int) bool {
		o := c.ms[j]
		metal := c.cn.PreciousMetals[o.f.value]
		return o.f.kind == kindMaterial && (metal == "" || metal == "gold") && by(j, o) == i
	}
	return !(i+1 < len(c.ms) && taken(i+1, c.karatBefore)) && !(i > 0 && taken(i-1, c.karatAfter))
}

// platingAt reports whether token k is or ends a plating word.
func (c *checker) platingAt(k int) bool {
	e := c.toks[k]
	return c.lx.platedWords[e.s] || c.lx.platingWords.endsAt(c.toks, k) || c.compoundPlating(k) || c.platingStem(e.s)
}

// partBeforeMetal reports whether a part word and a link of material
// (part_material_links) stand before m, at most partMetalGap words of
// finish between link and metal ("a hook of polished gold").
func (c *checker) partBeforeMetal(m match) bool {
	if c.lx.partMaterialLinks.size() == 0 {
		return false
	}
	for k, n := m.ti-1, 0; k >= 1 && n <= partMetalGap; k, n = k-1, n+1 {
		if c.toks[k+1].brk || c.toks[k+1].sbrk || c.platingAt(k) {
			return false
		}
		if !c.lx.partMaterialLinks.endsAt(c.toks, k) {
			// a word between link and metal is a finish, no other fact
			// ("eine Kette aus Messing mit Platin...": brass is the chain's)
			if c.factAt(k) >= 0 {
				return false
			}
			continue
		}
		s := c.lx.partMaterialLinks.startOf(c.toks, k)
		if s < 1 || c.toks[s].brk || c.toks[s].sbrk {
			return false
		}
		return c.partEndsAt(s - 1)
	}
	return false
}

// partMetalLinkSpan is how many tokens a link of metal_part_links may
// take, and partAfterSpan how many a part word after it (a character at
// a time in ja and zh: フック, 耳钩).
const (
	partMetalLinkSpan = 3
	partAfterSpan     = 6
)

// partAfterMetal reports whether a part word follows the karat gold
// phrase m in its clause, after one of the language's metal_part_links
// or, where modifiers come first (modifier_order before), right after it:
// "14 karaatin kultaa oleva koukku", 18金のフック, "14K 금 고리", 18K金扣,
// "14 ayar altın kanca", "a 14k gold hook".
func (c *checker) partAfterMetal(m match) bool {
	j := m.tj + 1
	if j >= len(c.toks) || c.toks[j].brk || c.toks[j].sbrk {
		return false
	}
	linked := false
	for k := j; k < len(c.toks) && k < j+partMetalLinkSpan; k++ {
		if k > j && c.toks[k].brk {
			break
		}
		if c.lx.metalPartLinks.endsAt(c.toks, k) && c.lx.metalPartLinks.startOf(c.toks, k) == j {
			j, linked = k+1, true
			break
		}
	}
	if !linked && c.lx.adjAfter || j >= len(c.toks) || c.toks[j].brk {
		return false
	}
	for k := j; k < len(c.toks) && k < j+partAfterSpan; k++ {
		if k > j && c.toks[k].brk {
			return false
		}
		if c.partEndsAt(k) && c.partStartOf(k) == j {
			return true
		}
	}
	return false
}

// partEndsAt reports whether a part word (components, attribute_parts)
// ends at token k.
func (c *checker) partEndsAt(k int) bool {
	return c.lx.components.endsAt(c.toks, k) || c.lx.attrParts.endsAt(c.toks, k)
}

// partStartOf is the first token of the longest part word ending at k.
func (c *checker) partStartOf(k int) int {
	s := c.lx.components.startOf(c.toks, k)
	if a := c.lx.attrParts.startOf(c.toks, k); a >= 0 && (s < 0 || a < s) {
		s = a
	}
	return s
}

// platedPartMetal reports match i, a metal the piece has only as a plating,
// named as a part's material (partOfMetal), and reports whether it did.
func (c *checker) platedPartMetal(i int, m match, metal string) bool {
	// A solid word is the solid rule's (plating), and the karat layer of
	// vermeil, gold-filled or rolled gold is karat gold (platedphrase24).
	if c.solidSaid(m) || c.vermeilPiece() || !contains(c.facts.plated, metal) || contains(c.facts.partMaterials, m.f.value) || contains(c.facts.partMaterials, metal) || !c.partOfMetal(i, m) {
		return false
	}
	c.misdescribedMetal(m, metal, fmt.Sprintf("%q names %s as the material of a part; the product's %s is a plating (%s)", c.surface(m.start, m.end), metal, metal, c.materialsText()))
	return true
}
