package grounding

// colour62.go (#13, colour62): words of clarity read as a colour.
//
// The clear words of most languages say two things: that a stone has no
// colour ("clear cubic zirconia", "farblos") and that light passes through
// it ("a clear, eye-clean sapphire"). Gemmology keeps the two apart: a
// stone's transparency (transparent, translucent, opaque) is a property of
// its own, judged beside its colour, not one of its hues (GIA Gem
// Encyclopedia, "Transparency"; CIBJO Gemstone Book, "transparency"). Copy
// that names the stone's hue in the same sentence ("Resultatet er en klar
// sten med en varm, glødende lyserød tone", "przejrzysty kamień o ciepłym,
// świetlistym różu", "Das Glas vertieft die Farbe und lässt den Stein
// klarer wirken") says its clarity: read as the colour clear it blocked as
// grounding.colour on pink morganite and blue sapphire (probe 56C de-DE
// 56C03, probe 57D da-DK, sv-SE, pl-PL 57D04).

// colour62File holds clarity_words: the words of a pack's clear colour
// that also say transparency ("clear", "transparent", "klar", "helder",
// "przejrzysty", "čirý", "διάφανος", "şeffaf", "berrak", شفاف, 透明, 투명한),
// not its words of no colour ("colourless", "farblos", "incolore", 無色)
// or of white.
//
// It holds absent_materials too: for a canonical material ("lead",
// "nickel"), the words that say a thing is free of it where the pack's
// negators and negation_suffixes do not read a denied match of it
// ("bezołowiowy", "bezolovnatý", "lyijytön", "kurşunsuz", 無鉛).
type colour62File struct {
	ClarityWords    []string            `yaml:"clarity_words"`
	AbsentMaterials map[string][]string `yaml:"absent_materials"`
}

type colour62Data struct {
	clarity phrases
	absent  map[string]wordList
}

func compileColour62(f colour62File) colour62Data {
	d := colour62Data{clarity: phraseSet(f.ClarityWords)}
	for v, ws := range f.AbsentMaterials {
		if d.absent == nil {
			d.absent = map[string]wordList{}
		}
		d.absent[v] = compileWordList(ws)
	}
	return d
}

// clarityBesideHue reports whether the clear colour m is a word of clarity
// (clarity_words) said in a sentence that gives the stone its hue apart:
//
//   - another colour the product has (productHue: its stones' colours, its
//     colours but a metal's) in m's sentence, not coordinated with m
//     (clarityApart: at least one word between them that is no
//     conjunction: "a clear stone with a warm pink tone", not "clear and
//     pink stones", "klar, rosa sten"), with no stone between them that
//     the piece does not have; or
//   - a noun of colour (colour_nouns) in m's sentence, at least two words
//     from it ("Das Glas vertieft die Farbe und lässt den Stein klarer
//     wirken"): the copy speaks of the colour and the clarity as two
//     things.
//
// A clear word said alone of a coloured stone ("a clear stone" on a blue
// sapphire), or in a sentence that names a hue the product lacks ("a clear
// stone with a yellow tone" on a blue sapphire), still blocks.
func (c *checker) clarityBesideHue(i int, m match) bool {
	d := &c.lx.colour62Data
	if d.clarity.size() == 0 || m.f.value != "clear" || m.negated || !d.clarity.endsAt(c.toks, m.tj) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	apart := false
	for j, o := range c.ms {
		if o.ti < s || j == i {
			continue
		}
		if o.tj > e {
			break
		}
		if o.f.kind != kindColour || o.f.value == "clear" || o.negated {
			continue
		}
		if !c.productHue(o.f.value) {
			// a hue the piece lacks: the clear word keeps its reading.
			return false
		}
		apart = apart || c.clarityApart(i, j) || c.clarityOfHue(m, o)
	}
	if apart {
		return true
	}
	for k := s; k <= e; k++ {
		if (k < m.ti-2 || k > m.tj+2) && c.colourNounAt(k) && c.matchAt(k) < 0 {
			return true
		}
	}
	return false
}

// productHue reports whether the colour v is one the product has: a
// colour of one of its stones, or of its data that is no metal's colour
// (a clear word beside "silver" on a silver piece is no stone's clarity).
func (c *checker) productHue(v string) bool {
	if _, metal := c.cn.MaterialColours[v]; !metal && contains(c.facts.colours, v) {
		return true
	}
	for _, st := range c.facts.stoneInfo {
		if contains(st.colours, v) {
			return true
		}
	}
	return false
}

// clarityApart reports whether the matches i and j are not coordinated:
// a word between them that is no conjunction, no stone between them that
// the piece does not have, and no stone word beside the hue j (at most two
// tokens off) that is not beside the clear word i.
func (c *checker) clarityApart(i, j int) bool {
	a, b := c.ms[i], c.ms[j]
	if b.ti < a.ti {
		a, b = b, a
	}
	// the hue beside a stone word of its own ("a clear stone and a pink
	// stone") is another stone's colour.
	for _, o := range c.ms {
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && c.besideWithin(c.ms[j], o, 2) && !c.besideWithin(c.ms[i], o, 2) {
			return false
		}
	}
	word := false
	for k := a.tj + 1; k < b.ti; k++ {
		if !conjunctions[c.toks[k].s] {
			word = true
		}
	}
	if !word {
		return false
	}
	for x, o := range c.ms {
		if o.ti > a.tj && o.tj < b.ti && o.f.kind == kindStone && (c.scopes[x] != scopeProduct || !contains(c.facts.stones, o.f.value)) {
			return false
		}
	}
	return true
}

// absentMaterialNamed reports whether the material m is named as what the
// piece's kind of material held once, or holds elsewhere, beside the
// statement that the piece's is free of it (#13, colour62: probe 61C
// nb-NO 61C01 "Tidligere inneholdt tinn ofte bly, men dagens smykketinn
// er blyfritt" on lead-free pewter blocked as grounding.material lead).
// Pewter was long alloyed with lead; modern jewellery pewter is lead-free
// (ASTM B560; EU REACH Annex XVII entry 63 limits lead in jewellery to
// 0.05 %), and copy that says so names the lead it no longer has.
//
// The rule: m is not denied and not a material of the product; a denial of
// the same material (a denied match of its value: "blyfritt", "sans
// plomb", "free of lead"; or a word of absent_materials for it) follows
// m's clause in its sentence or the next (a denial before it and the
// material affirmed after, "ロジウムめっきを必要とせず、ロジウムめっき仕上げです",
// contradicts itself and still blocks); and m's clause holds no word of
// the piece (treatedOtherPieceWord: a category word, a part, a setting
// word, a demonstrative, a piece noun, a pronoun of the piece that is no
// article: es "el", folded from "él", is both). "Anhenget er støpt i bly"
// and "The pendant contains lead, though it is sold as lead-free" still
// block.
func (c *checker) absentMaterialNamed(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	s, e := c.joinedSentenceOf(m.ti)
	if e+1 < len(c.toks) {
		_, e = c.joinedSentenceOf(e + 1)
	}
	cs, ce := m.ti, m.tj
	for cs > s && !c.toks[cs].brk {
		cs--
	}
	for ce+1 <= e && !c.toks[ce+1].brk && !c.toks[ce+1].sbrk {
		ce++
	}
	for k := cs; k <= ce; k++ {
		if (k < m.ti || k > m.tj) && c.treatedOtherPieceWord(k) && !(c.lx.determiners[c.toks[k].s] && !c.categoryAt(k)) {
			return false
		}
	}
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.ti > ce && o.negated && o.f.kind == kindMaterial && o.f.value == m.f.value {
			return true
		}
	}
	if w, ok := c.lx.colour62Data.absent[m.f.value]; ok {
		for k := ce + 1; k <= e; k++ {
			if w.at(c.toks, k) {
				return true
			}
		}
	}
	return false
}

// negatedByColour reports whether the stone n, read as denied, is denied
// only by the colour word m before it: the Han "no" of 无色/無色
// (colourless) is the colour's own morpheme, not a denial of the stone
// ("在无色托帕石的刻面上", on the facets of a colourless topaz; 無色のトパーズ;
// #13, colour62: probe 56C zh-TW 56C01 on a coated pink topaz blocked as
// the colour clear, the topaz read as denied and the colour compared with
// the piece's). With no negator before m, after n or in a suffix the stone
// is not denied.
func (c *checker) negatedByColour(m, n match) bool {
	return n.negated && m.f.kind == kindColour && !m.negated && m.tj < n.ti && !c.lx.negated(c.toks, m.ti, n.tj, false)
}

// besideWithin reports whether the matches a and b stand at most n
// tokens apart in one clause.
func (c *checker) besideWithin(a, b match, n int) bool {
	lo, hi := a.tj, b.ti
	if b.tj < a.ti {
		lo, hi = b.tj, a.ti
	} else if b.ti <= a.tj {
		return false
	}
	if hi-lo > n {
		return false
	}
	for k := lo + 1; k <= hi; k++ {
		if c.toks[k].brk {
			return false
		}
	}
	return true
}

// clarityOfHue reports whether the clear word m stands right beside the
// product's hue o, with no break, conjunction or other word between them:
// "透明綠色琺瑯" (transparent green enamel), "vert transparent", a clarity
// said of that hue, as basse-taille enamel is a transparent coloured glass
// over engraved metal (Victoria and Albert Museum, "Enamels"; #13,
// fbmat68: released 68A zh-TW 68A04-3). "Clear and green", "clear, green"
// and a clear word alone on a coloured piece keep their reading.
func (c *checker) clarityOfHue(m, o match) bool {
	switch {
	case o.ti == m.tj+1:
		return !c.toks[o.ti].brk
	case m.ti == o.tj+1:
		return !c.toks[m.ti].brk
	}
	return false
}
