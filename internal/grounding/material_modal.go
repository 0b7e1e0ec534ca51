package grounding

// Colours a material can take in general (#13, modal29). Copy that
// explains its material says which colours the material may show, by a
// modal of possibility or a condition: "Depending on the layer's
// thickness, niobium can also take golden, purple or green tones",
// "Conforme a espessura da camada, o nióbio também pode ganhar tons
// dourados, roxos ou verdes", "Tabakanın kalınlığına göre niobyum altın
// sarısı, mor ya da yeşil tonlar da alabilir", "قد يكتسب النيوبيوم أيضًا
// درجات ذهبية", "Sapphire also comes in pink and yellow". Those colours
// are the material's range, not the piece's colours: the piece is the
// colour its data lists (an anodised niobium hoop is one colour, the one
// its oxide layer was grown to), and a statement of what the material
// can do is general knowledge, like the material's nature and formation
// (material_sentence.go).
//
// The rule is the clause's and the sentence's, all three together:
//
//   - a word of possibility, range or condition in the sentence
//     (material_modal_words: can, may, could, depending on, ranges from,
//     comes in; kann, je nach; peut, selon; pode, conforme; kan,
//     afhængigt af; -abilir, göre; قد, يمكن, بحسب; 可, 随着; によって,
//     ことがある; 따라, 수). A word ending in "*" is a prefix, one
//     starting with "*" a suffix (Turkish "alabilir", "olabilir": the
//     abilitative -(y)Abil- with the aorist; Göksel and Kerslake, Turkish:
//     A Comprehensive Grammar, §21.4.1.1);
//   - the product's own material or stone named in the colour's clause
//     (its list of colours joined by commas counts as one clause): the
//     material is what can take the colours;
//   - no word of the piece in the sentence: no category word, part,
//     possessive or demonstrative of the piece ("these hoops", "our
//     niobium", "ce niobium"), piece noun, setting or piece verb, word of
//     other items, fineness, solid or each word, measurement, or the
//     product's own name (the same words material_sentence.go reads).
//
// A modal about THIS piece still blocks: "These hoops can also be golden",
// "Our niobium can turn golden" say what the buyer gets (a promise of the
// piece, its variants or its look, which FTC 16 CFR 23.1 and the UCPD
// art. 6(1)(b) read as a claim of the product's characteristics), so a
// piece word keeps the colour the piece's. So does a flat statement of a
// wrong colour ("These hoops are golden", "Niobium hoops in gold").
type materialModalFile struct {
	MaterialModalWords []string `yaml:"material_modal_words"`
}

type materialModalData struct {
	modal wordList // "*x" entries are suffixes (Turkish "-abilir")
}

func compileMaterialModal(f materialModalFile) materialModalData {
	return materialModalData{modal: compileWordList(f.MaterialModalWords)}
}

// materialModalColour reports whether the colour m (or a metal word in its
// colour sense, coordinated with colours) is one the product's material
// can take in general, by the rule above.
func (c *checker) materialModalColour(i int, m match) bool {
	d := &c.lx.materialModalData
	if m.negated || d.modal.empty() {
		return false
	}
	if m.f.kind != kindColour && !(m.f.kind == kindMaterial && c.inColourList(m)) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	modal := false
	for k := s; k <= e && !modal; k++ {
		modal = d.modal.at(c.toks, k)
	}
	if !modal || c.pieceWordIn(s, e) {
		return false
	}
	a, b := c.colourClause(i, m)
	for j, o := range c.ms {
		if o.ti > b {
			break
		}
		if j == i || o.tj < a || o.negated {
			continue
		}
		if o.f.kind == kindMaterial && contains(c.facts.materials, o.f.value) && !c.inColourList(o) ||
			o.f.kind == kindStone && contains(c.facts.stones, o.f.value) {
			return true
		}
	}
	for k := a; k <= b; k++ {
		if !c.isFactToken(k) && c.ownNameAt(k) {
			return true
		}
	}
	return false
}

// colourClause is the first and last token of the clause of colour match
// i, a break that joins one colour of a list to the next ("golden, purple
// or green", "altın sarısı, mor ya da yeşil") bridged.
func (c *checker) colourClause(i int, m match) (int, int) {
	colourStartsAt := func(k int) bool {
		for _, o := range c.ms {
			if o.ti == k {
				return lightKind(o.f.kind)
			}
			if o.ti > k {
				break
			}
		}
		return false
	}
	colourEndsAt := func(k int) bool {
		for _, o := range c.ms {
			if o.tj == k && lightKind(o.f.kind) {
				return true
			}
			if o.ti > k {
				break
			}
		}
		return false
	}
	a := m.ti
	for a > 0 && !c.toks[a].sbrk && (!c.toks[a].brk || colourStartsAt(a) && colourEndsAt(a-1)) {
		a--
	}
	b := m.tj
	for b+1 < len(c.toks) && !c.toks[b+1].sbrk && (!c.toks[b+1].brk || colourStartsAt(b+1) && colourEndsAt(b)) {
		b++
	}
	return a, b
}

// pieceWordIn reports whether the sentence s..e holds a word of the piece:
// the words of classifyTopic that make a sentence the piece's, but the
// plating words (a colour word of the metal's, "dourado", is one in
// Portuguese) and the product's own metal (the material whose colours
// are told).
func (c *checker) pieceWordIn(s, e int) bool {
	if c.pieceFactIn(s, e) {
		return true
	}
	lx := c.lx
	// A word of a condition is no word of the piece: German "je nach"
	// (depending on) holds "je" (each), a distributive word.
	inModal := func(k int) bool {
		for j := k; j <= e && j <= k+3; j++ {
			if st := lx.materialModalData.modal.span(c.toks, j); st >= s && st <= k {
				return true
			}
		}
		return false
	}
	for k := s; k <= e; k++ {
		if c.toks[k].masked && !c.stoneNameAt(k) {
			return true
		}
		if inModal(k) {
			continue
		}
		if c.partWordAt(k) && !c.partOfName(s, k) ||
			lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) || c.pieceVerbAt(k) && !c.partOfName(s, k) ||
			lx.settingWords.at(c.toks, k) || lx.pieceNouns.at(c.toks, k) ||
			c.hangAt(k) ||
			lx.otherItems.endsAt(c.toks, k) || lx.finenessWords.endsAt(c.toks, k) || lx.solid.endsAt(c.toks, k) ||
			c.distributiveAt(k) || lx.each.endsAt(c.toks, k) && !c.colourRangeAt(k) {
			return true
		}
	}
	sentence := c.text[c.byteAt(c.toks[s].start):c.byteAt(c.toks[e].end)]
	return measurePattern.MatchString(sentence) || c.lx.measure != nil && c.lx.measure.MatchString(sentence)
}

// inColourList reports whether the match m is a member of a list of
// colours: joined by a list comma or a conjunction (listJoinBefore,
// listJoinAfter) to a colour word right before or after it ("turn gold,
// purple or green", "gouden, paarse of groene tinten").
func (c *checker) inColourList(m match) bool {
	colourAt := func(k int, start bool) bool {
		for _, o := range c.ms {
			if o.ti > k {
				break
			}
			if o.f.kind == kindColour && !o.negated && (start && o.ti == k || !start && o.tj == k) {
				return true
			}
		}
		return false
	}
	if e, ok := c.listJoinBefore(m.ti); ok && colourAt(e, false) {
		return true
	}
	if s, ok := c.listJoinAfter(m.tj); ok && colourAt(s, true) {
		return true
	}
	return false
}

// pieceFactIn reports whether the sentence s..e (token indexes) holds a
// fact match of the piece: its category, a karat, or a number that counts
// a stone (countsStone).
func (c *checker) pieceFactIn(s, e int) bool {
	return c.pieceFactWhere(s, e, false)
}

// pieceFactWhere is pieceFactIn; with outsideStandard a category word in
// the standard of a comparison (inStandard: "lighter than a sterling
// silver band") is no fact of the piece.
func (c *checker) pieceFactWhere(s, e int, outsideStandard bool) bool {
	for j, o := range c.ms {
		if o.tj < s {
			continue
		}
		if o.ti > e {
			break
		}
		switch o.f.kind {
		case kindCategory:
			if !outsideStandard || !c.inStandard(o.ti) {
				return true
			}
		case kindKarat:
			return true
		case kindNumber:
			if c.countsStone(j) {
				return true
			}
		}
	}
	return false
}
