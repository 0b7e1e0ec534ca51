package grounding

import "strings"

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
	return c.inclusionPart(i, m) && c.ownStoneInSentence(m)
}

// inclusionPart reports whether the stone match m, one the product does
// not have, is the complement of a noun of inclusions (partOfOwnStone),
// whichever stone its sentence names.
func (c *checker) inclusionPart(i int, m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || c.lx.inclusion.size() == 0 || !c.hasInclusionNoun() {
		return false
	}
	beside := false
	if m.ti == m.tj {
		t := c.toks[m.ti]
		if tail := runeTail(t.s, m.end-m.start); tail != "" && m.start == t.start && c.inclusionWord(tail) {
			beside = true
		}
	}
	return beside || c.lightAfter(i, m, true) || c.lightBefore(i, m, true)
}

// inclusionOfOther reports whether the stone match m, named as part of a
// stone (inclusionPart), is the part of another stone: the stone its
// sentence names last before it is one the product does not have, and
// one known to hold m (canon hosted_stones) (#13, constituent25; released
// 30's sodalite beads: "On la confond souvent avec le lapis-lazuli, mais
// celui-ci est parsemé de paillettes dorées de pyrite", "lapislatsulissa
// on kultaisia rikkikiisupilkkuja", "lapislazzuli, che però è punteggiato
// di pirite dorata" name the look-alike's golden pyrite, not the piece's).
// Such a mineral is the look-alike's constituent, no stone of the piece.
// "Unlike lapis, this sodalite shows golden flecks of pyrite" names the
// product's stone last before it, and is compared as before.
func (c *checker) inclusionOfOther(i int, m match) bool {
	if len(c.cn.HostedStones) == 0 || !c.inclusionPart(i, m) {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	for j := i - 1; j >= 0 && c.ms[j].ti >= s; j-- {
		o := c.ms[j]
		if o.f.kind != kindStone || o.tj >= m.ti {
			continue
		}
		if o.negated || contains(c.facts.stones, o.f.value) {
			return false
		}
		return contains(c.cn.HostedStones[o.f.value], m.f.value) || contains(c.cn.NamedInclusions[o.f.value], m.f.value)
	}
	return false
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

// stoneNounInSentence reports whether m's sentence holds a generic noun of
// stones (a stone noun: stone, pierre, piedra, Stein, kamień, 寶石) not
// denied, the product's stone named so.
func (c *checker) stoneNounInSentence(m match) bool {
	s, e := c.sentenceOf(m.ti)
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti >= s && o.f.kind == kindStoneNoun && !o.negated {
			return true
		}
	}
	return false
}

// hostedStone reports whether the stone match m, named as part of the
// product's stone, is a mineral that stone is known to hold (canon
// hosted_stones: pyrite and calcite in lapis lazuli, rutile in quartz and
// corundum): "lapis with golden flecks of pyrite" is the lapis itself.
//
// A stone named for the mineral it holds (canon named_inclusions:
// tourmaline of tourmalinated quartz) hosts only that mineral: "crystals
// of rutile inside the quartz" on a tourmalinated quartz names another
// stone, rutilated quartz (#13, incl43).
//
// The stone may be named by a generic noun of stones in the sentence
// instead of its name ("Inside the stone, tiny needles of rutile line up",
// "Dentro de la piedra, finas agujas de rutilo", "寶石內部細小的金紅石針狀內含物",
// "Przecinające go białe żyłki to kalcyt, dlatego każdy kamień ma inny
// rysunek"; #13, incl44, probe 44C on a star sapphire and released 44B's
// sodalite): the mineral must still be one the product's own stone is
// known to hold, so "needles of rutile inside the stone" on a diamond, or
// of tourmaline on a sapphire, still block. So may a noun of light the
// inclusions give ("agujas finísimas de rutilo que reflejan la luz";
// optical58.go opticalInclusion; #13, expl58).
func (c *checker) hostedStone(i int, m match) bool {
	if len(c.cn.HostedStones) == 0 || !c.partOfOwnStone(i, m) && !(c.inclusionPart(i, m) && c.stoneNounInSentence(m) && !c.stoneOfItsOwn(m)) && !c.opticalInclusion(i, m) {
		return false
	}
	var named []string
	for k, st := range c.p.Stones {
		if c.joinedHas(c.lx.relation, m.ti) {
			break // a look-alike's sentence (otherNamedInclusion)
		}
		if l, ok := c.cn.NamedInclusions[strings.ToLower(strings.TrimSpace(st.Type))]; ok && k < len(c.facts.stoneInfo) {
			if contains(l, m.f.value) {
				return true
			}
			named = append(named, c.facts.stoneInfo[k].types...)
		}
	}
	for _, s := range c.facts.stones {
		if !contains(named, s) && contains(c.cn.HostedStones[s], m.f.value) {
			return true
		}
	}
	return false
}

// namedInclusion reports whether the stone m is the mineral one of the
// product's stones is named for (canon named_inclusions: tourmaline of
// tourmalinated quartz, rutile of rutilated quartz), in a sentence (joined
// over semicolons) that names inclusions (inclusion_nouns: needles,
// agujas, jehličky, 針): "Fine black needles run through the stone: these
// are crystals of black tourmaline that grew inside the quartz", "whose
// needles are golden rutile rather than black tourmaline; this piece holds
// only tourmaline" (#13, incl43; probe 43C). The needles the customer sees
// are the stone's. A setting word right before the mineral, or an article
// between ("set with a tourmaline", "featuring tourmalines"), sets a stone
// of it on the piece and still blocks; so does a sentence with no noun of
// inclusions ("A ring set with a tourmaline").
func (c *checker) namedInclusion(m match) bool {
	if m.negated || m.f.kind != kindStone || len(c.cn.NamedInclusions) == 0 || !c.hasInclusionNoun() {
		return false
	}
	named := false
	for _, st := range c.p.Stones {
		named = named || contains(c.cn.NamedInclusions[strings.ToLower(strings.TrimSpace(st.Type))], m.f.value)
	}
	if !named {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	has := false
	for k := s; k <= e && !has; k++ {
		has = c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k) > 0
	}
	if !has {
		return false
	}
	k := m.ti - 1
	if k > s && c.articleLike(k) {
		k--
	}
	return k < s || c.toks[k+1].brk || !c.lx.settingWords.at(c.toks, k)
}

// otherNamedInclusion reports whether v is the mineral another stone is
// named for (canon named_inclusions: rutile of rutilated quartz) and not
// the one a product's stone named so holds: rutile is no relative of a
// tourmalinated quartz, though quartz's family holds rutilated quartz
// (#13, incl43).
//
// A sentence with a word of relation (material_relation_words: confused
// with, "pomylić z") is about the look-alike, whose mineral it may name:
// "Łatwo go pomylić z kwarcem turmalinowym, ale tam igiełki to czarny
// turmalin" on a rutilated quartz (released 31B pl-PL 31B109-1).
func (c *checker) otherNamedInclusion(m match) bool {
	if c.joinedHas(c.lx.relation, m.ti) {
		return false
	}
	v := m.f.value
	own, other := false, false
	for _, st := range c.p.Stones {
		if l, ok := c.cn.NamedInclusions[strings.ToLower(strings.TrimSpace(st.Type))]; ok {
			own = true
			if contains(l, v) {
				return false
			}
		}
	}
	if !own {
		return false
	}
	for _, l := range c.cn.NamedInclusions {
		other = other || contains(l, v)
	}
	return other
}

// stoneOfItsOwn reports whether the mineral m, in a sentence that names
// the product's stone only by a generic stone noun, is said to be a stone
// of its own rather than the stone's inclusions: the stone noun's
// predicate, only an article between the copula and it ("Each stone is a
// rutile with fine needles"), or a bead or category noun right after it
// ("obok kamienia wisi kalcytowy koralik", a calcite bead beside the
// stone) (#13, adv44: hostedStone's stone-noun reading, incl44, passed
// these, which blocked before).
func (c *checker) stoneOfItsOwn(m match) bool {
	if k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk && (c.beadNounAt(k) >= 0 || c.categoryAt(k)) {
		return true
	}
	s, _ := c.sentenceOf(m.ti)
	k := m.ti - 1
	if k > s && !c.toks[m.ti].brk && (c.lx.determiners[c.toks[k].s] || c.lx.indefinites.endsAt(c.toks, k) || c.lx.definites.endsAt(c.toks, k)) {
		k--
	}
	if k <= s || !c.isCopula(k) || c.toks[k+1].brk {
		return false
	}
	for _, o := range c.ms {
		if o.f.kind == kindStoneNoun && o.tj == k-1 && o.ti >= s && !o.negated {
			return true
		}
	}
	return false
}
