package grounding

// A stone that the product's stone is made of, forms in or is a variety of
// (#13, constituent35; released 35's en-AU aventurine "a quartz that takes
// its colour … from tiny flakes of a green, chromium-bearing mica called
// fuchsite", sv-SE unakite "Laxrosa fältspat och olivgrön epidot blandas
// med små korn av kvarts", ar-AE "الفلسبار", "من الكوارتز", da-DK
// "fuchsit"): copy that explains the piece's stone names its constituents,
// and each was read as a wrong stone on the piece.
//
// The knowledge is data: canon stone_families (the minerals and rocks a
// stone is made of or forms with: aventurine's fuchsite, mica and hematite,
// unakite's granite, feldspar, epidote and quartz, lapis lazuli's lazurite,
// calcite and pyrite, tiger's eye's crocidolite; GIA Gem Encyclopedia,
// Mindat.org) and the mineral group a stone belongs to (canon
// stone_groups: quartz of aventurine, feldspar of moonstone, corundum of
// ruby; genusOfOwn). A group's other members are not constituents: a
// sapphire on a ruby piece is a sibling variety, another stone, and only
// the family rule's sentences of the stone's nature (familyStone) name
// siblings.
//
// A constituent is the stone's own where copy explains the stone, not
// where it sets the constituent on the piece:
//
//   - in an apposition or relative clause after the product's own stone,
//     past a clause break, with a word of explanation between them (a
//     relative pronoun, a word of nature, growth, content, a mineral or an
//     inclusion noun: "beads of green aventurine, a quartz that takes its
//     colour from flakes of a mica called fuchsite", "grøn aventurin, en
//     kvarts, der får sin farve fra … fuchsit"), and no word that sets a
//     stone, no category and no noun of the piece between them;
//   - in a sentence with no word of the piece (classifyTopic) that names
//     the product's stone or a word of a stone's nature, or follows a
//     sentence that names the product's stone with a word of its nature
//     ("Unakite is a rock that forms when granite is altered. Pink
//     feldspar and green epidote mix with grains of quartz");
//   - in a clause with no word of the piece that explains it, once the
//     product's stone was named in any sentence before: a word of
//     explanation before or after it, the complement of a noun of
//     inclusions, or a colour noun ("O azul profundo é cortado por veios
//     brancos de calcita" two sentences after the sodalite; #13,
//     hostmineral37).
//
// Never where the constituent heads a noun of the piece or of a bead
// ("a fuchsite cabochon", "feldspar beads", "un cabochon de fuchsite"):
// "set with a fuchsite cabochon" on an aventurine piece names a fuchsite
// set on it, a stone sold under its own name, and still blocks (16 CFR
// 23.25: a stone's name describes only that stone).
func (c *checker) constituentNamed(i int, m match) bool {
	if m.negated || m.f.kind != kindStone || !c.constituentOfOwn(m.f.value) || c.headsPieceNoun(m) {
		return false
	}
	return c.appositiveConstituent(m) || c.explainingSentence(i, m)
}

// constituentOfOwn reports whether the stone v is a constituent of one of
// the product's stones: of its stone_families, or the group its own type
// belongs to. The families of the data's type as written count too: a
// trade name the vocabularies read by its last word only ("bumblebee
// jasper", read as jasper) keeps its own family (canon stone_families
// bumblebee jasper: calcite; #13, explain65).
func (c *checker) constituentOfOwn(v string) bool {
	for _, st := range c.p.Stones {
		if contains(c.cn.Families[foldString(st.Type)], v) {
			return true
		}
	}
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			if contains(c.cn.Families[t], v) {
				return true
			}
		}
		// The group of the stone's own type, not of what it implies:
		// amethyst implies quartz, a member of the chalcedony group, but
		// "Amethyst, a purple chalcedony" is untrue (TestKindsSpecies13).
		if len(st.types) > 0 && contains(c.cn.Groups[v], st.types[0]) {
			return true
		}
	}
	return false
}

// headsPieceNoun reports whether the stone m is named as a piece or a bead
// of its own: a bead noun or a category right after it ("fuchsite
// cabochon", "feldspar beads", "Fuchsitperlen" is one token and not read
// here), or right before it with at most one short link ("un cabochon de
// fuchsite", "perles de feldspath").
func (c *checker) headsPieceNoun(m match) bool {
	if k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk && (c.beadNounAt(k) >= 0 || c.categoryAt(k)) {
		return true
	}
	k := m.ti - 1
	if k >= 0 && !c.toks[k+1].brk && genitiveLinks[c.toks[k].s] {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && (c.lx.beadNouns.made() && c.lx.beadNouns.startOf(c.toks, k) >= 0 || c.categoryEndsAt(k))
}

// categoryAt reports whether a category match starts at token k.
func (c *checker) categoryAt(k int) bool {
	for _, n := range c.ms {
		if n.ti == k && n.f.kind == kindCategory {
			return true
		}
	}
	return false
}

// categoryEndsAt reports whether a category match ends at token k.
func (c *checker) categoryEndsAt(k int) bool {
	for _, n := range c.ms {
		if n.tj == k && n.f.kind == kindCategory {
			return true
		}
	}
	return false
}

// appositiveConstituent reports whether the constituent m stands in an
// apposition or relative clause after one of the product's own stones in
// its sentence (constituentNamed).
func (c *checker) appositiveConstituent(m match) bool {
	s, _ := c.sentenceOf(m.ti)
	o := -1
	for _, n := range c.ms {
		if n.ti < s || n.tj >= m.ti {
			continue
		}
		if n.f.kind == kindStone && !n.negated && contains(c.facts.stones, n.f.value) {
			// The first: "green aventurine, a quartz that …" breaks
			// after the stone, not after the quartz it implies.
			o = n.tj
			break
		}
	}
	if o < 0 {
		return false
	}
	broke, explained := false, false
	lx := c.lx
	for k := o + 1; k <= m.ti; k++ {
		broke = broke || c.toks[k].brk
		if k == m.ti {
			break
		}
		if lx.settingWords.at(c.toks, k) || lx.pieceNouns.at(c.toks, k) || c.categoryAt(k) || lx.besidePiece.endsAt(c.toks, k) {
			return false
		}
		explained = explained || lx.relPronouns.endsAt(c.toks, k) || c.explanationAt(k)
	}
	return broke && explained
}

// explainingSentence reports whether the constituent m (the i-th match)
// stands in a sentence with no word of the piece that names the product's
// stone or a word of a stone's nature, or that follows a sentence naming
// the product's stone with a word of its nature, or whose clause explains
// the constituent after the product's stone was named in any sentence
// before (constituentNamed; #13, hostmineral37): a word of explanation
// anywhere in the clause, before the constituent or after it where the
// relation noun follows ("valkoiset kalsiitin juonet", 方解石の白い脈,
// 방해석의 흰 맥, "beyaz kalsit damarları"), the constituent as the
// complement of a noun of inclusions (inclusionPart: "veios brancos de
// calcita", 方解石纹理), or a colour noun whose cause it is ("Sa couleur
// rouge vient de l'hématite"). Released 36's pt-BR sodalite "O azul
// profundo é cortado por veios brancos de calcita, o que torna cada
// pulseira única" follows a sentence on where the stone is mined, not one
// naming it.
func (c *checker) explainingSentence(i int, m match) bool {
	// The sentence up to the end of the constituent's clause: what follows
	// may go on to the stones in general ("…, så att varje sten får sitt
	// eget mönster", so that each stone gets its own pattern).
	s, e := c.sentenceOf(m.ti)
	for k := m.tj + 1; k <= e; k++ {
		if c.toks[k].brk {
			e = k - 1
			break
		}
	}
	switch c.classifyTopic(s, e) {
	case topicPiece:
		return c.explainingClause(m)
	case topicOwn, topicNature:
		return true
	}
	if s == 0 || !c.ownStoneIn(0, s-1) {
		return false
	}
	if ps, pe := c.sentenceOf(s - 1); c.ownStoneIn(ps, pe) {
		for k := ps; k <= pe; k++ {
			if c.lx.natureWords.at(c.toks, k) || c.lx.growthWords.at(c.toks, k) {
				return true
			}
		}
	}
	// Or this clause says what the stone holds, around the constituent:
	// "Its shimmer comes from tiny flakes of fuchsite" after "The ring
	// holds a green aventurine cabochon". "Fuchsite sparkles all around
	// it" says nothing of the kind and is the piece's.
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.explanationAt(k) || c.lx.colourNouns.endsAt(c.toks, k) {
			return true
		}
	}
	return c.inclusionPart(i, m)
}

// explainingClause reports whether the constituent m stands in a clause
// of its own that explains the product's stone, in a sentence whose other
// clauses are about something else (#13, nacre39): the clause from its
// last break up to the constituent holds no word of the piece and a word
// of explanation (a word of nature or mixture, content, a constituent or
// mineral noun), and the product's stone is named in it or before it.
// Probe 39's pearls: "A grower places a small piece of mantle tissue
// inside each mussel, which coats it layer by layer in nacre, the mix of
// aragonite and conchiolin that gives every pearl its soft lustre" (el
// "ένα μείγμα αραγωνίτη και κογχιολίνης", ar "وهو مزيج من الأراغونيت"):
// the piece of tissue and each mussel are no piece of jewellery (what
// follows the constituent may go on to the stones in general: "every
// pearl"), and the nacre is aragonite and conchiolin (GIA Gem
// Encyclopedia, "Pearl"; Mindat.org, "Aragonite"). "Each earring pairs a pearl with a mix of
// aragonite and onyx" has no break before the constituent, its clause is
// the piece's, and it still blocks.
func (c *checker) explainingClause(m match) bool {
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk && !c.toks[cs].sbrk {
		cs--
	}
	if cs == m.ti || c.classifyTopic(cs, m.tj) == topicPiece || !c.ownStoneIn(0, m.tj) {
		return false
	}
	// The word of explanation may follow where the verb comes last
	// ("aragonit ve konkiyolin karışımıyla", 文石和贝壳硬蛋白的混合物).
	for k := cs; k < len(c.toks) && (k <= m.tj || !c.toks[k].brk && !c.toks[k].sbrk); k++ {
		if (k < m.ti || k > m.tj) && c.explanationAt(k) {
			return true
		}
	}
	return false
}

// explanationAt reports whether a word that explains a stone ends at
// token k: a word of its nature or growth, of what it contains or holds
// (contain_words, inclusion_nouns, constituent_nouns: "flakes", "grains"),
// a mineral noun or
// a word of its story or colour's cause (material_story_words).
func (c *checker) explanationAt(k int) bool {
	lx := c.lx
	return lx.natureWords.at(c.toks, k) || lx.growthWords.at(c.toks, k) || lx.contain.endsAt(c.toks, k) ||
		lx.inclusion.endsAt(c.toks, k) || lx.parts.at(c.toks, k) || c.wordEndsAt(lx.mineralNouns, k) >= 0 || lx.story.at(c.toks, k)
}

// ownStoneIn reports whether tokens s..e name one of the product's stones
// (a stone match, not denied, or a word of a stone's type).
func (c *checker) ownStoneIn(s, e int) bool {
	for _, n := range c.ms {
		if n.ti > e {
			break
		}
		if n.ti >= s && n.f.kind == kindStone && !n.negated && contains(c.facts.stones, n.f.value) {
			return true
		}
	}
	for k := s; k <= e; k++ {
		if c.stoneNameAt(k) {
			return true
		}
	}
	return false
}
