package grounding

import (
	"strings"
	"unicode"
)

// Colours of the material in general, not of the piece (issue #13, the
// twenty-fifth session's variety25). Copy that explains a stone says what
// colours the material takes in nature, which of its varieties made it
// famous and what its treatment puts into it: "i naturen er den oftest
// farveløs eller bleg, og den dybe blå farve skyldes bestråling" (topaz is
// mostly colourless in nature; its blue comes from irradiation: GIA Gem
// Encyclopedia, "Topaz"), "der berühmte Black Prince's Ruby ... ist in
// Wahrheit ein roter Spinell" on black spinel (GIA, "Spinel"), turquoise
// "estabilizadas com resina incolor" (stabilised with colourless resin:
// CIBJO Gemstone Book, treatments). Such a colour names another variety,
// the natural state or the treatment's material, and the product data
// list none of them, so it is compared as a colour of light is (light.go):
// a colour the product does not list is a warning, never a block.
//
// varietyColour reports whether the colour m is one of these:
//
//   - beside a material that only the product's stone treatment puts into
//     it (canon treatment_materials: the resin of a stabilised turquoise),
//     the colour is that material's: "resina incolor", "bezbarwną
//     żywicą", "راتنج شفاف";
//   - in a sentence about the material (material_sentence.go: no word of
//     the piece, the product's stone or a word of its nature as topic, or
//     carried from the sentence before), with a word of the material's
//     story (material_story_words: its natural state, "in nature", "i
//     naturen", "في الطبيعة"; the cause of its colour, irradiation; its
//     history, "famous", "for centuries").
//
// A colour said of the piece keeps blocking: "the studs are set with red
// spinels", "a colourless topaz ring" name the piece (a category or a
// setting word makes the sentence the piece's).
func (c *checker) varietyColour(i int, m match) bool {
	if m.negated || m.f.kind != kindColour {
		return false
	}
	if c.treatmentMaterialColour(i, m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	switch c.materialTopic(s, e) {
	case topicOwn, topicNature:
	case topicNone:
		if !c.topicCarried(s) {
			return false
		}
	default:
		return false
	}
	// Only a word of the material's story: a word of its nature alone
	// ("Aquamarine is the green variety of beryl") defines the piece's
	// own stone, and a false definition still blocks.
	lx := c.lx
	for k := s; k <= e && !c.oneStoneColour(m); k++ {
		if lx.story.at(c.toks, k) {
			return true
		}
	}
	return c.untreatedColour(s, e) || c.contrastedVariety(s, e, m)
}

// contrastedVariety reports whether the sentence s..e, about the
// material and holding a word of comparison or contrast (comparisonIn),
// also names the product's own stone beside one of its own
// colours: the colour m, which is not one of them, then names another
// colour variety of the same species set against the piece's, "Blue
// sapphires are the classic; pink sapphires like this one are rarer",
// "Rosa Saphire sind seltener als blaue" (GIA Gem Encyclopedia,
// "Sapphire": fancy sapphires are the colours other than blue; #13,
// colour47). A sentence of the piece ("The ring pairs a pink sapphire
// with a blue one", a setting word, a part) is no sentence about the
// material, so there the other colour still blocks.
func (c *checker) contrastedVariety(s, e int, m match) bool {
	own := func(v string) bool {
		for _, st := range c.facts.stoneInfo {
			if contains(st.colours, v) {
				return true
			}
		}
		return false
	}
	if own(m.f.value) || !c.comparisonIn(s, e) {
		return false
	}
	for j, o := range c.ms {
		if o.tj < s || o.ti > e || o.f.kind != kindColour || o.negated || o.ti == m.ti {
			continue
		}
		if !own(o.f.value) {
			continue
		}
		for _, k := range [2]int{j - 1, j + 1} {
			if k < 0 || k >= len(c.ms) {
				continue
			}
			n := c.ms[k]
			if n.f.kind != kindStone || n.negated || !contains(c.facts.stones, n.f.value) {
				continue
			}
			if n.tj+1 == o.ti && !c.toks[o.ti].brk || o.tj+1 == n.ti && !c.toks[n.ti].brk {
				return true
			}
		}
	}
	return false
}

// untreatedColour reports whether the sentence s..e, about the material,
// gives the colour of the product's stone before its treatment: a stone
// of the product is treated (its data say so: "irradiated and heated",
// "heated"), and a word of a colour-changing treatment or of the state
// before it (treatment_cause_words: "heating", "irradiated", "when
// mined", varmebehandles, 辐照, 原本) stands in the sentence or in the
// next one, where that one is not the piece's. "London Blue-topas er en
// naturlig topas, som oftest er farveløs, … Den dybe, blækblå farve
// opstår, når stenen først bestråles og derefter varmebehandles" (topaz
// is mostly colourless in nature, its London Blue comes from
// irradiation and heating: GIA Gem Encyclopedia, "Topaz"; tanzanite is a
// brownish zoisite before heating: GIA, "Tanzanite"; #13, facts40,
// released 40's 40B104 da-DK and zh-CN). A colour said of the piece
// ("the colourless topaz in this ring") is the piece's sentence and
// still blocks; so does one on a product whose stones are untreated.
func (c *checker) untreatedColour(s, e int) bool {
	words := c.lx.treatCause
	if words.empty() || !c.stoneTreated() {
		return false
	}
	for k := s; k <= e; k++ {
		if words.at(c.toks, k) {
			return true
		}
	}
	if e+1 >= len(c.toks) {
		return false
	}
	ns, ne := c.sentenceOf(e + 1)
	if ns <= e || c.materialTopic(ns, ne) == topicPiece {
		return false
	}
	for k := ns; k <= ne; k++ {
		if words.at(c.toks, k) {
			return true
		}
	}
	return false
}

// stoneTreated reports whether a stone of the product has a treatment
// in its data.
func (c *checker) stoneTreated() bool {
	for _, st := range c.p.Stones {
		if t := strings.TrimSpace(strings.ToLower(st.Treatment)); t != "" && t != "none" && t != "untreated" && t != "not treated" {
			return true
		}
	}
	return false
}

// treatmentMaterialColour reports whether the colour m stands right
// beside a material the product has only through its stone's treatment
// (canon treatment_materials; not a material of the piece's body), one
// head link such as の, 的, 의 between ("無色の樹脂"), which the vocabulary
// may read as a match of its own (an ignore form: #13, count54). The
// material may read as denied: 无色树脂's 无 (without) is the colour word's
// own.
func (c *checker) treatmentMaterialColour(i int, m match) bool {
	for _, d := range [2]int{-1, 1} {
		j := i + d
		if j >= 0 && j < len(c.ms) && c.ms[j].f.kind == kindIgnore && c.ms[j].ti == c.ms[j].tj && c.lx.headLinks.hasWord(c.toks[c.ms[j].ti].s) {
			j += d
		}
		if j < 0 || j >= len(c.ms) {
			continue
		}
		o := c.ms[j]
		if o.f.kind != kindMaterial || !c.besideTokens(o, m) && !c.besideTokens(m, o) {
			continue
		}
		if contains(c.facts.materials, o.f.value) && !contains(c.facts.body, o.f.value) && c.treatmentMaterial(o.f.value) {
			return true
		}
	}
	return false
}

// besideTokens reports whether b follows a in its clause, right after it
// or with one head link between.
func (c *checker) besideTokens(a, b match) bool {
	k := a.tj + 1
	if k < b.ti && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) {
		k++
	}
	return k == b.ti && !c.toks[k].brk
}

// treatmentMaterial reports whether a treatment of one of the product's
// stones puts the material v into it (canon treatment_materials).
func (c *checker) treatmentMaterial(v string) bool {
	for _, st := range c.p.Stones {
		for _, w := range strings.FieldsFunc(strings.ToLower(st.Treatment), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if contains(c.cn.TreatmentMaterials[w], v) {
				return true
			}
		}
	}
	return false
}

// comparisonIn reports whether a word of comparison (than_before,
// than_comparative after a comparative, than_standard: "than", "seltener
// als", より) or of contrast (contrast_before, contrast_clause,
// contrast_clause_end, contrast_inner) stands in tokens s..e.
func (c *checker) comparisonIn(s, e int) bool {
	d := &c.lx.contrastData
	for k := s; k <= e; k++ {
		if c.thanWordEndsAt(k) || c.phraseEndsAt(c.lx.thanStandard, nil, k) > 0 ||
			d.before.at(c.toks, k) || d.clause.at(c.toks, k) || d.clauseEnd.at(c.toks, k) || d.inner.at(c.toks, k) {
			return true
		}
	}
	return false
}

// oneStoneColour reports whether the colour m names one stone of the
// product's species with a singular indefinite article ("a vivid yellow
// sapphire", "ein leuchtend gelber Saphir", "un saphir jaune vif"): the
// colour beside the own stone's name, an article of one
// (indefiniteArticles, and the pack's indefinites: nl "en" is "and") at
// most three words before the phrase, no break
// between. That introduces the piece's stone, not the species' colours,
// so a word of the material's story elsewhere in the sentence ("one of
// the many colours that exist", "Saphire gibt es in allen Farben") does
// not make the colour the species' (#13, adv47a; colour47's story words
// of range and existence). Not the predicate of a copula: "the famous
// Black Prince's Ruby is in fact a red spinel" says what another stone
// is (variety25).
func (c *checker) oneStoneColour(m match) bool {
	for _, n := range c.ms {
		if n.f.kind != kindStone || n.negated || !contains(c.facts.stones, n.f.value) {
			continue
		}
		var st int
		switch {
		case n.ti == m.tj+1 && !c.toks[n.ti].brk:
			st = m.ti
		case m.ti == n.tj+1 && !c.toks[m.ti].brk:
			st = n.ti
		default:
			continue
		}
		for k := st - 1; k >= 0 && k >= st-3; k-- {
			if indefiniteArticles[c.toks[k].s] && c.lx.indefinites.endsAt(c.toks, k) {
				if c.predicateAfterCopula(k) {
					break
				}
				return true
			}
			if c.toks[k+1].brk {
				break
			}
		}
	}
	return false
}

// predicateAfterCopula reports whether a copula stands within three words
// before token k in its clause ("is in fact a", "est en réalité un").
func (c *checker) predicateAfterCopula(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if c.toks[j+1].brk {
			return false
		}
		if c.isCopula(j) {
			return true
		}
	}
	return false
}
