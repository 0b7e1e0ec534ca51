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
}

type partGoldData struct {
	partMaterialLinks phrases
}

func compilePartGold(f partGoldFile) partGoldData {
	return partGoldData{partMaterialLinks: phraseSet(f.PartMaterialLinks)}
}

// partMetalGap is how many words (adjectives of finish: polished, blankt,
// poli) may stand between the link and the metal.
const partMetalGap = 2

// partOfMetal reports whether match m, a metal, is the material a part
// word gives its part: part word, link, at most partMetalGap words, m, in
// one clause, no plating word among them.
func (c *checker) partOfMetal(m match) bool {
	if len(c.lx.partMaterialLinks) == 0 {
		return false
	}
	// A karat names the layer's fineness ("eine Schicht aus 14 Karat
	// Gold"); the metal in a plating compound ("Platinbeschichtung") or
	// before a plating word ("of 14k gold plating") is the plating.
	if m.f.kind == kindKarat {
		return false
	}
	for k := m.tj; k < len(c.toks) && k <= m.tj+partMetalGap; k++ {
		if k > m.tj && (c.toks[k].brk || c.toks[k].sbrk) {
			break
		}
		if e := c.toks[k]; c.lx.platedWords[e.s] || c.lx.platingWords.endsAt(c.toks, k) || c.compoundPlating(k) || c.platingStem(e.s) {
			return false
		}
	}
	for k, n := m.ti-1, 0; k >= 1 && n <= partMetalGap; k, n = k-1, n+1 {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		t := c.toks[k]
		if c.lx.platedWords[t.s] || c.lx.platingWords.endsAt(c.toks, k) || c.compoundPlating(k) || c.platingStem(t.s) {
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
		for _, ps := range [...]phrases{c.lx.components, c.lx.attrParts} {
			if ps.endsAt(c.toks, s-1) {
				return true
			}
		}
		return false
	}
	return false
}

// platedPartMetal reports match i, a metal the piece has only as a plating,
// named as a part's material (partOfMetal), and reports whether it did.
func (c *checker) platedPartMetal(i int, m match, metal string) bool {
	// A solid word is the solid rule's (plating), and the karat layer of
	// vermeil, gold-filled or rolled gold is karat gold (platedphrase24).
	if c.solidSaid(m) || c.vermeilPiece() || !contains(c.facts.plated, metal) || contains(c.facts.partMaterials, m.f.value) || contains(c.facts.partMaterials, metal) || !c.partOfMetal(m) {
		return false
	}
	c.misdescribedMetal(m, metal, fmt.Sprintf("%q names %s as the material of a part; the product's %s is a plating (%s)", c.surface(m.start, m.end), metal, metal, c.materialsText()))
	return true
}
