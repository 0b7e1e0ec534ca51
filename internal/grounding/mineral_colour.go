package grounding

// Colours of another mineral (#13, othercolour35). An explanation of the
// product's stone names the minerals in it or beside it with their own
// colours: "lazurite salpicada de pirite dourada e veios de calcite
// branca" (golden pyrite, white calcite, in lapis lazuli), "حبيبات بيريت
// ذهبية", 金色のパイライト, "flecks of golden pyrite". The colour word
// qualifies that mineral's noun in its own noun phrase, so it is the
// mineral's colour, not the piece's: read as the piece's it blocked as a
// colour (or a gold the piece is not) the product does not list.
//
// The colour must be bound to the stone word in the locale's word order
// (boundStone): right before it where adjectives come first ("white
// calcite", "weißen Calcitadern", "korn af gylden pyrit", 白いカルサイト, with
// the attributive particle of a head_links word between in the languages
// written without spaces: 金色のパイライト, 金色的黄铁矿), right after it
// where they follow (modifier_order: after; "pirite dourada", "calcite
// branca", "بيريت ذهبية"). And the stone must be another than the piece's:
// not a type its stones are or imply, unless only as a component of a
// composite (pyrite of lapis lazuli), and a mineral known as the
// inclusions or hosted minerals of the product's stone or of a stone its
// sentence names (canon hosted_stones and composites: pyrite and calcite
// of lapis lazuli, rutile and tourmaline of quartz; constituentMineral),
// read by the scopes as the piece's (scopeProduct). Then the colour is
// warned, shown to a reviewer, as a colour of the stone's inclusions is
// (inclusion.go), since the product data list no colours of its
// constituents. A mineral named with no stone that holds it ("due
// tormaline verdi" on turquoise) keeps its colour, and so does a stone
// another scope already reads as another thing (a compared stone's colour
// is besideComparedStone's, #13, otherstone14).
//
// The product's own stone keeps its colour ("a white lapis lazuli" on a
// blue one blocks), and so does a stone the piece's stone is a family of
// ("bands of white chalcedony" on a blue lace agate is compared with the
// agate's colour, stone_family.go). A metal word is read so only as a
// gold word where the language's gold adjective also means golden
// (mineralGold: Finnish kultainen, Dutch gouden, Polish złoty): silver,
// platinum, a solid or karat metal stay the metal's claim (16 CFR
// 23.4-23.7).

// mineralColourNote ends the message of a colour warned by mineralColour.
const mineralColourNote = " (a colour of another mineral named with it, not of the piece: check)"

// mineralColour reports whether the colour match i qualifies a stone word
// of another mineral hosted by a stone it is named with (the comment
// above): the colour is then warned, not compared with the piece's.
func (c *checker) mineralColour(i int, m match) bool {
	j, bound := c.boundStone(i, m)
	if !bound {
		return false
	}
	o := c.ms[j]
	if o.negated || c.scopes[j] != scopeProduct || c.ownStoneType(o.f.value) {
		return false
	}
	return c.constituentMineral(j)
}

// mineralGold is mineralColour for a gold word read as a colour where
// the language's gold adjective also means golden ("kultaista pyriittiä",
// "gold pyrite"): plain gold, not an alloy, a solid metal, a plating or
// gold after a karat ("14k gold pyrite"), which are the metal's claim
// whatever follows them (16 CFR 23.4-23.7).
func (c *checker) mineralGold(i int, m match) bool {
	v := m.f.value
	if v != "gold" || c.cn.SolidMetals[v] == "" || contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) {
		return false
	}
	if _, plated := c.cn.Plated[v]; plated {
		return false
	}
	if i > 0 && c.ms[i-1].f.kind == kindKarat && c.ms[i-1].tj+1 >= m.ti {
		return false
	}
	return c.mineralColour(i, m)
}

// boundStone returns the index of the stone match the colour match i is
// bound to in its noun phrase (mineralColour), in the locale's order.
func (c *checker) boundStone(i int, m match) (int, bool) {
	if c.lx.adjAfter {
		if i > 0 {
			p := c.ms[i-1]
			if p.f.kind == kindStone && p.tj+1 == m.ti && !c.toks[m.ti].brk {
				return i - 1, true
			}
		}
		return 0, false
	}
	k := m.tj + 1
	if k < len(c.toks) && !c.toks[k].brk && c.charTokens() && c.lx.headLinks.hasWordAt(&c.toks[k]) {
		k++ // 金色の|パイライト, 白色的|方解石
	}
	if k >= len(c.toks) || c.toks[k].brk {
		return 0, false
	}
	for j := i + 1; j < len(c.ms) && c.ms[j].ti <= k; j++ {
		if c.ms[j].ti == k && c.ms[j].f.kind == kindStone {
			return j, true
		}
	}
	return 0, false
}

// ownStoneType reports whether v is a type of the product's stones or one
// they imply, other than a component of a composite (canon composites:
// pyrite of lapis lazuli), whose colour is its own.
func (c *checker) ownStoneType(v string) bool {
	comp := false
	for _, st := range c.facts.stoneInfo {
		if contains(st.types, v) {
			if !c.cn.componentOf(st.types, v) {
				return true
			}
			comp = true
		}
	}
	return !comp && contains(c.facts.stones, v)
}

// constituentMineral reports whether the stone match j is a mineral known
// as the inclusions or hosted minerals of a stone it is named with (canon
// hosted_stones, composites): of one of the product's stones ("golden
// pyrite" in lapis lazuli), or of another stone its sentence names ("le
// lapis-lazuli, parsemé de pyrite dorée" on sodalite; "quartzo
// turmalinado, cujas agulhas são de turmalina preta").
func (c *checker) constituentMineral(j int) bool {
	v := c.ms[j].f.value
	hosts := func(s string) bool {
		return contains(c.cn.HostedStones[s], v) || c.cn.componentOf([]string{s}, v)
	}
	for _, s := range c.facts.stones {
		if hosts(s) {
			return true
		}
	}
	s, e := c.sentenceOf(c.ms[j].ti)
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && o.f.value != v && hosts(o.f.value) {
			return true
		}
	}
	return false
}
