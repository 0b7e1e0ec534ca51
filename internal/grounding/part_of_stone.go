package grounding

// A stone named as part of the product's stone (#13, veins28; released
// 28's da-DK larimar "med bløde årer af malakit", with soft veins of
// malachite, passed): the veins, flecks, needles or inclusions of a mineral
// in the piece's stone say what the customer sees in it, so the mineral is
// the piece's whatever else the sentence does. In da, nb and sv "findes i",
// "finnes i", "finns i" (is found in) is also a word of other items (comes
// in), so the whole sentence was read as another item's; in every
// language a sentence that says where the stone is found or what it is
// ("Larimar er en lyseblå sten, der kun findes i …") was the material's
// (material_sentence.go), whose other stones are its chemistry and
// look-alikes, not the piece's.
//
// partOfOwnStone reports whether the stone match m is such a part: it is
// the complement of a noun of inclusions (the pack's inclusion_nouns: veins,
// flecks, needles, inclusions), after it within lightGap words ("veins of
// malachite", "årer af malakit", "żyłkami malachitu", "عروق ناعمة من
// الملكيت"), before it ("malachite veins", "malakit damarları",
// マラカイトの筋, 孔雀石纹理) or glued before it in one word
// ("malakiittisuonia", "Malachitadern"), and its sentence names the
// product's own stone (a stone match of the product, or a word of its
// stone's type: "Larimar-vedhænget"). A stone the product has is its own
// already; one the product's stone is known to hold is licensed by
// hostedStone.
func (c *checker) partOfOwnStone(i int, m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || len(c.lx.inclusion) == 0 || !c.hasInclusionNoun() {
		return false
	}
	beside := false
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && c.inclusionWord(tail) {
			beside = true
		}
	}
	if !beside && !c.lightAfter(i, m, true) && !c.lightBefore(i, m, true) {
		return false
	}
	return c.ownStoneInSentence(m)
}

// ownStoneInSentence reports whether m's sentence names one of the
// product's stones: a stone match of the product not denied, or a word of
// a stone's type the vocabulary need not know.
func (c *checker) ownStoneInSentence(m match) bool {
	s, e := c.sentenceOf(m.ti)
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti >= s && o.f.kind == kindStone && !o.negated && contains(c.facts.stones, o.f.value) {
			return true
		}
	}
	for k := s; k <= e; k++ {
		if (k < m.ti || k > m.tj) && c.stoneNameAt(k) {
			return true
		}
	}
	return false
}

// hostedStone reports whether the stone match m, named as part of the
// product's stone, is a mineral that stone is known to hold (canon
// hosted_stones: pyrite and calcite in lapis lazuli, rutile in quartz and
// corundum): "lapis with golden flecks of pyrite" is the lapis itself.
func (c *checker) hostedStone(i int, m match) bool {
	if len(c.cn.HostedStones) == 0 || !c.partOfOwnStone(i, m) {
		return false
	}
	for _, s := range c.facts.stones {
		if contains(c.cn.HostedStones[s], m.f.value) {
			return true
		}
	}
	return false
}
