package grounding

import "github.com/copydesk/copydesk/internal/core"

// rarityOpensCrystal reports whether the crystal word m stands in a
// sentence that opens on the product's own natural stone and says it is
// rare, the word of scarcity (crystal_rarity_words) between the stone and
// the crystal word: "Sfalerit er en sjælden ædelsten i smykker, for de
// fleste krystaller er for små eller for uklare til at blive slebet", "A
// esfalerita é rara em joias porque cristais limpos e grandes o bastante
// para lapidar são difíceis de encontrar" (#13, probe61a: probe 61D da-DK
// 61D02-2, pt-BR 61D04-2). The crystals that explain why the mineral is
// rare are its own rough (GIA Gem Encyclopedia, "Sphalerite": clean
// crystals large enough to facet are scarce); rareCrystal reads the word
// of scarcity after the crystal, this one before it. The sentence must
// hold no word of the piece (classifyTopic) and no category, piece noun
// or setting word: "Sfalerit er sjælden, og krystaller omkranser ringen"
// and "sparkling crystals" beside the stone still block.
func (c *checker) rarityOpensCrystal(m match) bool {
	if m.negated || c.lx.rarityWords.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	own := -1
	for _, o := range c.ms {
		if o.ti < s {
			continue
		}
		if o.ti > s+2 || o.ti >= m.ti {
			break
		}
		if o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && c.naturalOwnStone(o.f.value) {
			own = o.tj
		}
		break
	}
	for k := s; own < 0 && k <= s+2 && k < m.ti; k++ {
		if c.ownNaturalNameAt(k) || c.mineralSubjectAt(k) {
			own = k
		}
	}
	if own < 0 {
		return false
	}
	rare := false
	for k := own + 1; k < m.ti; k++ {
		rare = rare || c.lx.rarityWords.at(c.toks, k)
	}
	if !rare || c.sentenceHas(c.lx.settingWords, m.ti) {
		return false
	}
	for k := s; k <= e; k++ {
		if c.categoryAt(k) {
			return false
		}
	}
	return c.classifyTopic(m.ti, e) != topicPiece
}

// ownNaturalNameAt reports whether token k is a word of the product's own
// stone type as the product names it (stoneNameAt), a stone no vocabulary
// entry matches ("Pollusit", "Pollucite" of a pollucite), and the product
// has a natural stone: its crystals are a mineral's rough (#13, crystal61:
// held-out 61B tr-TR 61B03-1).
func (c *checker) ownNaturalNameAt(k int) bool {
	if !c.stoneNameAt(k) {
		return false
	}
	for _, st := range c.p.Stones {
		if st.Origin == core.OriginNatural {
			return true
		}
	}
	return false
}
