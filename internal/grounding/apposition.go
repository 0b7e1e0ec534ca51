package grounding

// Copy that explains a material restates a noun in an apposition: "a
// stand-in for Whitby jet, the fossilised wood worn in mourning",
// "náhrada gagátu z Whitby, tedy zkamenělého dřeva" (jet, that is
// fossilised wood), "40 round cubic zirconia stones, lab-made crystals
// chosen for their clarity", "12 zircônias transparentes no total, um
// cristal produzido em laboratório". The appositive names what the noun
// before it is, so a stone or material in it belongs to that noun's
// scope: to the other material the copy set apart (jet is what vulcanite
// stood in for: Muller, Jet, 1987) or, as the generic crystal noun, to the
// product's own stone (cubic zirconia is a crystal grown from the melt:
// GIA Gem Encyclopedia, "Cubic Zirconia"). Neither is a material or stone
// claimed for the piece (16 CFR 23.1 and 23.25 govern what the piece is
// said to be, #13, explain67: probe 67C en-GB 67C03-1, cs-CZ 67C04-1,
// en-US 67C01-3, probe 67D pt-BR 67D01-2).
//
// The apposition is read narrowly: a comma right after the noun or at
// most appositionLead words after it (no fact, no conjunction, no other
// break), then, before the stone or material, at most appositionGap
// words that hold no fact, opened by a determiner, an article or a word
// of restatement (restatement_words: "that is", "namely", tedy, czyli,
// cioè, es decir, ou seja, δηλαδή, eli, 즉, つまり, 即, أي); for the own
// stone's crystal noun a laboratory word must say what the stone is made
// as ("lab-made crystals", "um cristal produzido em laboratório"). "Unlike jet, glass is light" (no opener) and "set with
// cubic zirconia, a crystal of glass" (a material after the crystal is
// still read) are not appositions of this kind; "jet, the fossilised wood"
// said where jet itself is the piece's blocks as jet's own would.

// appositionFile holds a pack's words of restatement (restatement_words).
type appositionFile struct {
	RestatementWords []string `yaml:"restatement_words"`
}

type appositionData struct {
	restatement wordList
}

func compileApposition(f appositionFile) appositionData {
	return appositionData{restatement: compileWordList(f.RestatementWords)}
}

const (
	// appositionLead is how many words may stand between the noun and
	// the comma ("gagátu z Whitby,", "zircônias transparentes no total,").
	appositionLead = 4
	// appositionGap is how many words may stand between the comma and
	// the restated stone or material ("the fossilised", "um material
	// obtido a partir de").
	appositionGap = 4
)

// appositionOf returns the index of the match m restates in an
// apposition, and whether the apposition has an opener (a determiner,
// article or restatement word right after the comma); -1 where m stands
// in none.
func (c *checker) appositionOf(i int, m match) (int, int, bool) {
	s, _ := c.sentenceOf(m.ti)
	comma := -1
	for k := m.ti; k > s && k >= m.ti-appositionGap; k-- {
		if c.toks[k].brk {
			if c.commaBefore(k) {
				comma = k
			}
			break
		}
		if k < m.ti && c.isFactToken(k) {
			return -1, -1, false
		}
	}
	if comma < 0 {
		return -1, -1, false
	}
	// An apposition has no verb of being and names no piece: "Harder than
	// gold, this band is silver" is a main clause after a comparison.
	for k := comma; k < m.ti; k++ {
		if c.isCopula(k) || c.conjAt(k) {
			return -1, -1, false
		}
	}
	if c.pieceNamedIn(comma, m.ti-1) {
		return -1, -1, false
	}
	opener := c.lx.determiners[c.toks[comma].s] || c.lx.definites.endsAt(c.toks, comma) || c.lx.indefinites.endsAt(c.toks, comma)
	if !opener && !c.lx.appositionData.restatement.empty() {
		for k := comma; k < m.ti && !opener; k++ {
			opener = c.lx.appositionData.restatement.at(c.toks, k) && c.lx.appositionData.restatement.span(c.toks, k) == comma
		}
	}
	for j := i - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.tj >= comma {
			continue
		}
		if o.f.kind == kindStoneNoun || o.f.kind == kindColour {
			// "zirconia stones,", "zircônias transparentes no total,"
			continue
		}
		if o.ti < s || o.f.kind != kindStone && o.f.kind != kindMaterial || o.tj < comma-1-appositionLead {
			return -1, -1, false
		}
		for k := o.tj + 1; k < comma; k++ {
			if c.toks[k].brk || c.conjAt(k) {
				return -1, -1, false
			}
		}
		return j, comma, opener
	}
	return -1, -1, false
}

// restatedApart reports whether the stone or material m, not the
// product's own, restates in an apposition a stone or material the copy
// sets apart from the piece (the noun's scope is not the product's, or it
// is negated): "Whitby jet, the fossilised wood" after "a stand-in for".
func (c *checker) restatedApart(i int, m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial || c.hasFact(&m) {
		return false
	}
	j, _, opener := c.appositionOf(i, m)
	if j < 0 || !opener {
		return false
	}
	o := c.ms[j]
	if c.hasFact(&o) && !o.negated {
		return false
	}
	return o.negated || j < len(c.scopes) && c.scopes[j] != scopeProduct
}

// restatedOwnCrystal reports whether the crystal noun m restates in an
// apposition the product's own stone named just before it: "cubic
// zirconia stones, lab-made crystals", "zircônias ..., um cristal".
func (c *checker) restatedOwnCrystal(i int, m match) bool {
	if m.negated || m.f.kind != kindStone || m.f.value != "crystal" || len(c.p.Stones) == 0 {
		return false
	}
	j, comma, opener := c.appositionOf(i, m)
	if j < 0 || c.lx.labWords.empty() {
		return false
	}
	// The apposition says what the stone is made as: a laboratory word
	// before the crystal noun ("lab-made crystals"), or, after an opener,
	// anywhere in its clause ("um cristal produzido em laboratório").
	// "cubic zirconia, sparkling crystals with many facets", "Swarovski
	// crystals made in a laboratory" and "a sapphire, surrounded by
	// sparkling crystals" name crystals beside the stone (#13, rel64b,
	// ownCrystals18).
	lab := false
	for k := comma; k < m.ti && !lab; k++ {
		lab = c.lx.labWords.at(c.toks, k)
	}
	if !lab && opener {
		_, e := c.clauseOfMatch(m)
		for k := m.tj + 1; k <= e && !lab; k++ {
			lab = c.lx.labWords.at(c.toks, k)
		}
	}
	if !lab {
		return false
	}
	o := c.ms[j]
	return o.f.kind == kindStone && !o.negated && o.f.value != "crystal" && contains(c.facts.stones, o.f.value) && (j >= len(c.scopes) || c.scopes[j] == scopeProduct)
}
