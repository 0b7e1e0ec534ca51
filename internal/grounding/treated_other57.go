package grounding

// treated_other57.go (#13, ho57: held-out 56 es-ES and pt-BR 56B03, an
// untreated Sleeping Beauty turquoise): the filler of a treatment said of
// other stones, beside the piece's own stone said untreated. Copy on an
// untreated stone explains what is usually done to its kind and that the
// piece's was spared it: "A diferencia … de la turquesa estabilizada con
// resina, … esta, en cambio, no ha recibido ningún tratamiento", "a maior
// parte do mercado é estabilizada com resina, mas estas pedras não
// receberam nenhum tratamento", "Many turquoises on the market are
// stabilised with resin; ours is not treated at all". The resin (glass,
// polymer: a value of canon treatment_materials or treatment_fillings, the
// materials a treatment puts into a stone; GIA, "Gemstone treatments":
// stabilization, impregnation, fracture filling; FTC 16 CFR 23.22 asks the
// treatment disclosed) is those stones', not a material of the piece; read
// as the piece's it blocked as grounding.material.
//
// The rule is the sentence's (joined over semicolons):
//
//   - a word of a treatment, not denied (treatment_words: "stabilised",
//     "estabilizada", "mit Harz stabilisiert"), stands in m's clause, and
//     no word of the piece does (a category word, a part, a setting word,
//     a possessive, a demonstrative of a fact, a piece noun, a pronoun of
//     the piece: "This turquoise is stabilised with resin", "It is
//     stabilised with resin" still block);
//   - a denial of every treatment, or of that one, stands in another
//     clause of the sentence (treatment_denials: "untreated", "no ha
//     recibido ningún tratamiento"; treatment_words negated: "is not
//     treated"), and a word of the piece's own opens its side: a
//     possessive ("ours", "a nossa"), a demonstrative ("esta", "estas
//     pedras", このターコイズ) or the product's name, between m's clause
//     and the denial. "The stone is stabilised with resin but otherwise
//     untreated" (no word of the piece's own on the denial's side) and a
//     denial of another treatment ("stabilised with resin; ours is not
//     dyed") still block.
func (c *checker) treatedOtherMaterial(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) || !c.anyTreatmentMaterial(m.f.value) || len(c.lx.treatmentData.treatWords) == 0 {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	cs, ce := m.ti, m.tj
	for cs > s && !c.toks[cs].brk {
		cs--
	}
	for ce+1 <= e && !c.toks[ce+1].brk {
		ce++
	}
	for k := cs; k <= ce; k++ {
		if (k < m.ti || k > m.tj) && c.treatedOtherPieceWord(k) {
			return false
		}
	}
	hits := c.treatmentHits()
	key := ""
	for _, h := range hits {
		if !h.denied && h.a >= cs && h.b <= ce {
			key = h.key
			break
		}
	}
	if key == "" {
		return false
	}
	for _, h := range hits {
		if !h.denied || h.a < s || h.b > e || h.b >= cs && h.a <= ce {
			continue
		}
		if h.key != treatAny && len(c.treatmentCovers(h.key, []string{key})) == 0 {
			continue
		}
		a, b := ce+1, h.b
		if h.b < cs {
			a, b = h.a, cs-1
			for a > s && !c.toks[a].brk {
				a--
			}
		}
		for k := a; k <= b; k++ {
			if c.lx.ours.endsAt(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) || c.toks[k].masked && !c.stoneNameAt(k) {
				return true
			}
		}
	}
	return false
}

// treatedOtherPieceWord reports whether token k is a word of the piece in
// the clause of a treatment's filler (treatedOtherMaterial): a category
// word, a part, a setting word, a possessive, a demonstrative of a fact or
// a category word, a piece noun, a pronoun of the piece or its name.
func (c *checker) treatedOtherPieceWord(k int) bool {
	lx := c.lx
	return c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || c.classOwnWordAt(k) || lx.pieceNouns.at(c.toks, k) || lx.attachData.piecePronouns.at(c.toks, k)
}
