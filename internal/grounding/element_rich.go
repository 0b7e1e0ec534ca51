package grounding

// A metal named as an element a stone is rich in (#13, material66: probe
// 66C en-GB 66C02-3, "the same copper-rich tourmaline" on a Paraíba
// tourmaline ring in platinum blocked grounding.material). Copper colours
// Paraíba tourmaline, chromium emerald and ruby, iron peridot (GIA Gem
// Encyclopedia; canon chromophore_metals): an element a stone is rich in
// is its chemistry, not a material of the piece.
//
// Shapes (locale pack vocab.yaml):
//   - element_rich_after: words right after the metal that make it an
//     element the noun after holds ("copper-rich", "copper-bearing",
//     "kuparia sisältävä", 銅を多く含む, "bakır içeren");
//   - element_rich_before: words right before it ("riche en cuivre",
//     "rica en cobre", "reich an Kupfer", "rijk aan koper", 富含铜).
//
// A stone word must stand beside the phrase, within elementRichGap words
// in its clause: after it ("copper-rich tourmaline", 富含铜的碧玺) or
// before it ("une tourmaline riche en cuivre"). "Our copper-rich alloy"
// names no stone and still blocks on a platinum piece.

type elementRichFile struct {
	ElementRichAfter  []string `yaml:"element_rich_after"`
	ElementRichBefore []string `yaml:"element_rich_before"`
}

type elementRichData struct {
	after  startPhrases
	before phrases
}

func compileElementRich(f elementRichFile) elementRichData {
	return elementRichData{after: startPhraseSet(f.ElementRichAfter), before: phraseSet(f.ElementRichBefore)}
}

// elementRichGap is how many words may stand between an element-rich
// phrase and the stone it describes (a particle, an article: 的, "une").
const elementRichGap = 3

// stoneElementRich reports whether the material m is a chromophore metal
// (canon chromophore_metals), no precious or solid metal and no material
// of the product, named as an element a stone beside it is rich in.
func (c *checker) stoneElementRich(m match) bool {
	d := &c.lx.elementRichData
	if m.negated || m.f.kind != kindMaterial || len(d.after) == 0 && d.before.size() == 0 || contains(c.facts.materials, m.f.value) {
		return false
	}
	v := c.chromophoreValue(m.f.value)
	if v == "" || c.cn.SolidMetals[v] != "" || c.cn.PreciousMetals[v] != "" || contains(c.facts.materials, v) {
		return false
	}
	if e := c.startPhraseEnd(d.after, m.tj+1); e > m.tj {
		return c.stoneWithin(e+1, e+elementRichGap+1) || c.stoneWithin(m.ti-elementRichGap-1, m.ti-1)
	}
	if m.ti >= 1 && !c.toks[m.ti].brk {
		if s := d.before.startOf(c.toks, m.ti-1); s >= 0 {
			return c.stoneWithin(s-elementRichGap-1, s-1) || c.stoneWithin(m.tj+1, m.tj+elementRichGap+1)
		}
	}
	return false
}

// startPhraseEnd is the last token of the longest phrase of ps that
// starts at token k in k's clause, or -1.
func (c *checker) startPhraseEnd(ps startPhrases, k int) int {
	if k >= len(c.toks) || c.toks[k].brk {
		return -1
	}
	best := -1
	for _, e := range ps.at(c.toks, k) {
		if e > best {
			best = e
		}
	}
	return best
}

// stoneWithin reports whether a stone word (not negated) lies wholly in
// tokens a..b.
func (c *checker) stoneWithin(a, b int) bool {
	if a < 0 {
		a = 0
	}
	for _, o := range c.ms {
		if o.f.kind != kindStone || o.ti < a || o.tj > b {
			continue
		}
		return true
	}
	return false
}
