package grounding

// substanceNamed reports whether the material m names what a stone or
// material said before it in its sentence is made of (#13, glass25):
// "Enamel is powdered glass fused onto the metal in a kiln, so the petals
// are glass" on an enamel ring (canon material_substances: vitreous
// enamel is glass fused to metal, ISO 28721-1:2010), "obsidian, som er
// vulkansk glas", 黑曜石（一种火山玻璃） where obsidian is the look-alike the
// piece's onyx is confused with (canon stone_substances: obsidian is
// volcanic glass, GIA Gem Encyclopedia). The glass there is the enamel's
// or the look-alike's nature, not a material of the piece.
//
// The earlier word must be the product's own material (its enamel) or a
// stone that is not the piece's and is itself named as another thing (a
// look-alike, denied or compared: not scoped to the product); and between
// them no category word or setting word, and after m no stone noun or
// category word: "set with glass stones", "an enamel ring set with
// glass", "a ring of glass" still block, as glass or crystal presented as
// a gem must (FTC Jewelry Guides, 16 CFR 23.25). A precious metal is
// never a substance here.
func (c *checker) substanceNamed(i int, m match) bool {
	if m.negated || m.f.kind != kindMaterial || c.cn.SolidMetals[m.f.value] != "" {
		return false
	}
	if len(c.cn.MaterialSubstances) == 0 && len(c.cn.StoneSubstances) == 0 {
		return false
	}
	if i+1 < len(c.ms) {
		if n := c.ms[i+1]; (n.f.kind == kindStoneNoun || n.f.kind == kindCategory) && n.ti <= m.tj+2 && !c.brkBetween(m.tj, n.ti) {
			return false // "glass stones", "a glass ring"
		}
	}
	s, _ := c.sentenceOf(m.ti)
	for j := i - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.tj < s {
			break
		}
		var subs []string
		switch o.f.kind {
		case kindCategory:
			return false
		case kindMaterial:
			// The material a stone's treatment puts into it (canon
			// treatment_materials: a glass-filled ruby's glass) names its
			// substance only right after it, or after one of the
			// language's substance links: "vidrio de plomo", "vetro al
			// piombo" (#13, metals42); "vidrio en plomo macizo", "vetro
			// su piombo" put the piece on lead (#13, adv42).
			// The product's own material opening the sentence is its
			// subject even where a denial after it reads it as denied: in
			// "Niello ei ole emalia vaan musta seos hopean, kuparin ja
			// lyijyn sulfideista" (niello is not enamel but a black mix of
			// silver, copper and lead sulphides) the denial is of the
			// enamel, the predicate (#13, explain60).
			if o.negated && !(o.ti == s && c.substanceHost(o.f.value)) || !c.substanceHost(o.f.value) && !(c.treatmentMaterial(o.f.value) && c.substanceLinked(o, m)) {
				continue
			}
			subs = c.cn.MaterialSubstances[o.f.value]
			if c.substanceHost(o.f.value) && c.substanceMadeThing(o, m) {
				return false
			}
		case kindStone:
			// The product's own stone names its substance too where it
			// is made of one ("sztuczny kryształ, czyli szkło" of a
			// man-made crystal; #13, substance40); another stone only
			// where it is itself another thing.
			if contains(c.facts.stones, o.f.value) {
				if o.negated {
					continue
				}
			} else if !o.negated && c.scopes[j] == scopeProduct {
				continue
			}
			subs = c.cn.StoneSubstances[o.f.value]
		default:
			continue
		}
		if !contains(subs, m.f.value) {
			continue
		}
		for k := o.tj + 1; k < m.ti; k++ {
			if c.lx.settingWords.at(c.toks, k) {
				return false
			}
		}
		return true
	}
	return false
}

// substanceLinked reports whether m stands right after o, or after one
// substance link word after it, in its clause.
func (c *checker) substanceLinked(o, m match) bool {
	if c.brkBetween(o.tj, m.ti) {
		return false
	}
	return m.ti == o.tj+1 || m.ti == o.tj+2 && c.lx.substanceLinks.endsAt(c.toks, o.tj+1)
}

// mountedOn reports whether the material match i stands right after a
// word that puts one thing on another (mount_links: "on", "sobre",
// "sur", "auf"), an article or partitive allowed between ("sur du
// plomb"), and that word follows the product's own stone or the material
// its treatment puts into it, at once or past one word, its verb: "El
// rubí relleno de vidrio sobre plomo", "The ruby rests on lead", "Der
// Rubin ruht auf Blei" set the stone on the material, which is then the
// piece's, not a substance of the stone's sentence (#13, open44b; adv42
// left "vidrio sobre plomo" passing as a sentence of the stone's nature).
func (c *checker) mountedOn(i int, m match) bool {
	if m.negated || m.f.kind != kindMaterial || c.lx.mountLinks.size() == 0 {
		return false
	}
	for back := 1; back <= 2; back++ {
		k := m.ti - back
		if k < 1 || c.brkBetween(k, m.ti) {
			return false
		}
		if back == 2 && !c.lx.determiners[c.toks[m.ti-1].s] && !c.lx.definites.endsAt(c.toks, m.ti-1) && !c.lx.indefinites.endsAt(c.toks, m.ti-1) {
			return false
		}
		if !c.lx.mountLinks.endsAt(c.toks, k) {
			continue
		}
		st := c.lx.mountLinks.startOf(c.toks, k)
		for j := i - 1; j >= 0; j-- {
			o := c.ms[j]
			if o.tj >= st {
				continue
			}
			if o.negated || c.brkBetween(o.tj, st) || o.tj < st-2 || o.tj == st-2 && c.isFactToken(st-1) {
				return false
			}
			return o.f.kind == kindStone && contains(c.facts.stones, o.f.value) || o.f.kind == kindMaterial && c.treatmentMaterial(o.f.value)
		}
		return false
	}
	return false
}

// substanceMadeThing reports whether the substance m, named after the
// product's own material, is made into a thing of the piece in its
// clause: a category word, a bead noun or a noun of the piece between
// them or after it ("Carbon fibre frames a resin cabochon", "La fibre de
// carbone encadre un cabochon en résine", "Carbon fibre and amber resin
// make the pendant"). The binder of carbon fibre ("set in resin") names
// none (#13, adv44: alloy44's carbon fibre resin passed these, which
// blocked before).
func (c *checker) substanceMadeThing(o, m match) bool {
	_, e := c.clauseOfMatch(m)
	for k := o.tj + 1; k <= e && k < len(c.toks); k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.beadNounAt(k) >= 0 || c.lx.pieceNouns.at(c.toks, k) {
			return true
		}
	}
	return false
}
