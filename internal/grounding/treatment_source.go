package grounding

// The stone a treatment started from (#13, hue50). Most citrine sold is
// amethyst (or smoky quartz) that heat turned yellow to orange, and
// prasiolite is amethyst heated until its purple turns green (GIA Gem
// Encyclopedia, "Citrine" and "Quartz"; CIBJO Gemstone Book, treatments:
// heating is disclosed, FTC Jewelry Guides 16 CFR 23.22). Copy on a
// heated citrine or prasiolite says so: "This citrine began as a purple
// amethyst; heating turned it golden yellow", "Der Prasiolith war vor dem
// Erhitzen ein violetter Amethyst". The amethyst and its purple are the
// stone's state before the treatment, not a stone or colour of the piece;
// read as the piece's they blocked as a stone and a colour the product
// does not have.

// treatmentSourceNote ends the message of a colour warned by
// treatmentSourceColour.
const treatmentSourceNote = " (the colour of the stone a treatment started from, not of the piece: check)"

// treatmentSourceReach is how many tokens may stand between a colour and
// the source stone it qualifies ("purple amethyst", "amethyst's purple",
// "améthyste violette", 紫色的紫水晶).
const treatmentSourceReach = 2

// treatmentSource reports whether the stone m is the stone a treatment of
// one of the product's stones started from (canon treatment_sources: a
// heated citrine from amethyst), said so: m is not denied, and its
// sentence (joined by semicolons) holds a word of a colour-changing
// treatment or of the state before it (treatment_cause_words: "heating",
// "before treatment", "originally", "erhitzt", "chauffée", 加热) and no
// word of setting or of the piece's making ("set with", "besetzt",
// "serti": setting_words, piece_verbs), so "The ring is set with a purple
// amethyst" on a heated citrine, and any amethyst on an untreated one,
// still block.
func (c *checker) treatmentSource(m match) bool {
	if m.negated || m.f.kind != kindStone || c.lx.treatCause.empty() || !c.isTreatmentSource(m.f.value) {
		return false
	}
	return c.treatmentSentence(m.ti, false)
}

// treatmentSentence reports whether the sentence of token k (joined by
// semicolons) holds a word of a colour-changing treatment or of the state
// before it (treatment_cause_words; with diffusion, diffusion_words too)
// and no word of setting or of the piece's making (setting_words,
// piece_verbs). treatmentSource and treatedCrystal read it.
func (c *checker) treatmentSentence(k int, diffusion bool) bool {
	s, e := c.joinedSentenceOf(k)
	cause := false
	for q := s; q <= e; q++ {
		if c.lx.settingWords.at(c.toks, q) || c.pieceVerbAt(q) {
			return false
		}
		cause = cause || c.lx.treatCause.at(c.toks, q) || diffusion && c.lx.diffusion.at(c.toks, q)
	}
	return cause
}

// isTreatmentSource reports whether a treatment in the data of one of the
// product's stones makes that stone from the stone v (canon
// treatment_sources).
func (c *checker) isTreatmentSource(v string) bool {
	for i := range c.p.Stones {
		if i >= len(c.facts.stoneInfo) {
			break
		}
		for _, t := range c.stoneTreatments(i) {
			for _, typ := range c.facts.stoneInfo[i].types {
				if contains(c.cn.TreatmentSources[t][typ], v) {
					return true
				}
			}
		}
	}
	return false
}

// treatmentSourceColour reports whether the colour match m qualifies a
// treatment source stone (treatmentSource) in its clause, at most
// treatmentSourceReach tokens before or after it: "a purple amethyst",
// "amethyst's purple", "ametyst, którego fiolet".
func (c *checker) treatmentSourceColour(m match) bool {
	if m.negated || m.f.kind != kindColour {
		return false
	}
	for _, n := range c.ms {
		if n.f.kind != kindStone || contains(c.facts.stones, n.f.value) {
			continue
		}
		a, b := n, m
		if n.ti > m.tj {
			a, b = m, n
		}
		if b.ti <= a.tj || b.ti-a.tj > treatmentSourceReach || c.breakBetween(a.tj, b.ti) {
			continue
		}
		if c.treatmentSource(n) {
			return true
		}
	}
	return false
}
