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
// piece's metal links rather than a material: a link_shapes material the
// product does not have, after a shape_before word or followed by a
// shape_of word and a metal, in its clause.
func (c *checker) linkShape(m match) bool {
	if m.f.kind != kindMaterial || !contains(c.cn.LinkShapes, m.f.value) || contains(c.facts.materials, m.f.value) {
		return false
	}
	lx := c.lx
	if len(lx.shapeBefore) == 0 && len(lx.shapeOf) == 0 {
		return false
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
		return !o.negated && c.isMetal(o)
	}
	return false
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
