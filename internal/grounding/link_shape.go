package grounding

// The shape of metal links (issue #13, twelfth blind set: false blocks of
// grounding.material). A cord or rope word also names the shape a chain's
// links take: "Sus eslabones entrelazados forman un cordón" on a 22k gold
// rope chain, "links twisted into a rope", "a cord of woven gold", "zu
// einer Kordel gedreht", "un cordon d'or". There it is no leather or
// textile cord, and a chain without one is not contradicted; "on a
// leather cord" is still a cord (and leather) the chain lacks.
//
// The materials whose word may be such a shape are canon.yaml's
// link_shapes; the vocabulary is the locale pack's shape_before, words
// that end right before the cord word, or one word (an article) before
// it, and make it the shape ("into", "forman", "zu", "en forme de"), and
// shape_of, words right after it that join it to a metal within two
// words ("of", "de", "d", "aus", "di"): "a cord of woven gold".
type shapeFile struct {
	ShapeBefore []string `yaml:"shape_before"`
	ShapeOf     []string `yaml:"shape_of"`
}

// shapeData is shapeFile compiled.
type shapeData struct {
	shapeBefore phrases
	shapeOf     phrases
}

func compileShape(f shapeFile) shapeData {
	return shapeData{shapeBefore: phraseSet(f.ShapeBefore), shapeOf: phraseSet(f.ShapeOf)}
}

// shapeMetalGap is how many words may stand between a shape_of word and
// the metal after it ("a cord of woven gold", "un cordon d'or jaune").
const shapeMetalGap = 2

// linkShape reports whether the material word m names the shape of the
// piece's metal links, or the form of one of its own materials, rather than
// a material: a link_shapes material the product does not have, right after
// a material the product has ("leather cord"), after a shape_before word,
// or followed by a shape_of word and a metal or an own material ("cordon
// en cuir"), in its clause.
func (c *checker) linkShape(m match) bool {
	if m.f.kind != kindMaterial || !contains(c.cn.LinkShapes, m.f.value) || contains(c.facts.materials, m.f.value) {
		return false
	}
	lx := c.lx
	if lx.shapeBefore.size() == 0 && lx.shapeOf.size() == 0 {
		return false
	}
	// The form of one of the product's own materials: "a black leather
	// cord" on a piece whose materials are leather and silver is the
	// leather (#13, shape12).
	for _, o := range c.ms {
		if o.tj == m.ti-1 && !c.toks[m.ti].brk && c.ownMaterial(o) {
			return true
		}
		if o.ti >= m.ti {
			break
		}
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
		if c.toks[k+1].brk {
			break
		}
		if lx.shapeBefore.endsAt(c.toks, k) {
			return true
		}
	}
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk || !lx.shapeOf.endsAt(c.toks, k) {
		return false
	}
	for _, o := range c.ms {
		if o.ti <= k {
			continue
		}
		if o.ti > k+1+shapeMetalGap {
			break
		}
		for j := k + 1; j <= o.ti; j++ {
			if c.toks[j].brk {
				return false
			}
		}
		if o.f.kind == kindColour {
			continue // "a cord of black leather"
		}
		return !o.negated && (c.isMetal(o) || c.ownMaterial(o))
	}
	return false
}

// ownMaterial reports whether match o names, unnegated, a material the
// product has that is no link shape itself: "un cordon en cuir", "a cord
// of silk" on a piece of leather or silk.
func (c *checker) ownMaterial(o match) bool {
	return !o.negated && o.f.kind == kindMaterial && !contains(c.cn.LinkShapes, o.f.value) &&
		contains(c.facts.materials, o.f.value)
}

// isMetal reports whether match o names a metal: a karat, or a material
// with a metal colour of its own (canon.yaml material_colours) that is no
// link shape itself.
func (c *checker) isMetal(o match) bool {
	switch o.f.kind {
	case kindKarat:
		return true
	case kindMaterial:
		return len(c.cn.MaterialColours[o.f.value]) > 0 && !contains(c.cn.LinkShapes, o.f.value)
	}
	return false
}
