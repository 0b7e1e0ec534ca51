package grounding

import (
	"strings"

	"github.com/copydesk/copydesk/internal/core"
	"unicode"
	"unicode/utf8"
)

// materialSentence reports whether the stone or material m stands in a
// sentence about what the product's material is, not about the piece
// (#13, generic26): copy that explains a rare material says what it is
// made of, how it formed, what it is named after and what it is confused
// with ("Fulgurite is natural glass: lightning melts the quartz grains of
// the sand", "Copal is younger and softer than amber", "Chalkopyrit wird
// oft mit Pyrit verwechselt", "Pallasites are crystals of olivine, the
// same mineral as peridot, held in iron-nickel metal"). Such a sentence
// names other stones and materials as the material's chemistry, relatives
// and look-alikes; none of them is a stone or a metal of the piece.
//
// The rule is the sentence's, in two parts:
//
//   - No word of the piece: no category word (ring, Anhänger, 吊坠), part
//     (band, bezel, clasp, chain, ear wires), possessive or demonstrative
//     of the piece ("our", "this"), noun of the piece (piece_nouns:
//     piece, design, Schmuckstück), verb that sets a stone (setting_words,
//     which stone_family.go reads too: "set with", "holds", serti, 镶) or
//     puts, cuts or treats a material on it (piece_verbs: "mounted",
//     "framed", "strung", "faceted", "dyed", gefasst), hanging or plating word, cross-selling or other-item
//     word, fineness or solid word ("massivem Silber"), a measurement
//     ("6 mm", "0.5 ct") or a count of stones, the product's own name,
//     and no metal or material of the product's own but its
//     stone ("capped in sterling silver" is the piece's). Any one makes
//     the sentence the piece's, and its facts are checked as before: "The
//     pendant is set with three tanzanites" on a copal pendant, "Fulgurite
//     is framed in 18k gold" on silver still block.
//   - A topic of the material: the product's own stone named in it, or a
//     word of what a stone is or how it formed (stone_nature_words,
//     crystal_growth_words; not a mineral noun alone: "Armringen er af
//     jadeit, et sjældent mineral" is the bangle's); or the sentence right
//     before is such a sentence naming the product's stone, and this one
//     goes on about it ("It forms when lava cools too fast").
//
// A sentence with neither a piece word nor a topic ("Tiny sapphires
// sparkle all around") is the piece's, as before.
func (c *checker) materialSentence(m match) bool {
	if m.negated || (m.f.kind != kindStone && m.f.kind != kindMaterial) {
		return false
	}
	// "Diamond" is checked wherever it stands: a stone likened to it or
	// offered as its alternative is the misuse the FTC Jewelry Guides
	// name (16 CFR 23.12, 23.25), not a stone's nature.
	if strings.Contains(m.f.value, "diamond") {
		return false
	}
	// Nor a precious metal (gold, silver, platinum, palladium: canon
	// solid_metals and precious_metals; FTC Jewelry Guides 16 CFR 23.4-23.7),
	// the falsehood that costs most in public: "tiny crystals of gold
	// form inside it" on goldstone is gold claimed, "flakes of platinum"
	// in a sunstone platinum (#13, constituent25).
	if m.f.kind == kindMaterial && (c.cn.SolidMetals[m.f.value] != "" || c.cn.PreciousMetals[m.f.value] != "") {
		return false
	}
	// Crystal words are glass crystal or a mineral's own crystals: on a
	// piece whose every stone is natural or lab-grown (the same mineral,
	// grown as crystals by flame fusion, flux or Czochralski pulling:
	// 16 CFR 23.23(c), "the same optical, physical, and chemical
	// properties"; #13, substance27) they are the mineral's in a
	// sentence about it ("crystals of olivine" in a pallasite); on any
	// other own_crystal.go tells them apart ("As the crystal cooled" on
	// a cubic zirconia is no mineral's).
	if strings.Contains(m.f.value, "crystal") && (!c.allStonesMineral() || c.crystalBesideOwn(m)) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	// Nor a material a feature of the product denies ("nickel-free"),
	// unless the sentence speaks of such alloys in general or of the
	// material replaced (generic_words: "often", "many", "traditionally";
	// contrast.go deniedReplaced: "Palladium replaces the nickel"): otherwise a sentence about the
	// material naming it says the piece's alloy holds what the piece is
	// sold without (EN 1811 and REACH Annex XVII entry 27 on nickel
	// release; #13, adv48c: "Less palladium and more nickel give a whiter
	// metal" on a nickel-free palladium white gold; "Palladium replaces
	// the nickel found in many white golds" stays the material's).
	if m.f.kind == kindMaterial && c.featureDenies(m.f.value) && !c.genericIn(s, e) && !c.deniedReplaced(m) {
		return false
	}
	switch c.materialTopic(s, e) {
	case topicOwn:
		return true
	case topicNature:
		// A word of nature alone ("Er besteht aus massivem Silber") may
		// describe the piece: only a stone is the material's there, or
		// any word where the stone is the topic carried on ("Su nombre
		// une las palabras griegas chalkos, cobre, y pyr, fuego").
		return m.f.kind == kindStone || c.topicCarried(s)
	case topicNone:
		return c.topicCarried(s) && !c.startsOwnClaim(s, e)
	}
	return false
}

// topicCarried reports whether the sentences before the one starting at
// token s, back to one that names the product's stone as its topic, are
// all about the material: the stone stays the topic of the sentences that
// go on about it ("They are found in perlite… Hold one to the light…"),
// up to three back, until a sentence about the piece.
func (c *checker) topicCarried(s int) bool {
	for back := 0; back < 3 && s > 0; back++ {
		ps, pe := c.sentenceOf(s - 1)
		switch c.materialTopic(ps, pe) {
		case topicOwn:
			return true
		case topicPiece:
			return false
		}
		s = ps
	}
	return false
}

type materialTopicKind int8

const (
	topicPiece  materialTopicKind = iota // a word of the piece: its facts are the piece's
	topicNone                            // neither a piece word nor a topic of the material
	topicNature                          // a word of the material's nature or a comparison
	topicOwn                             // the product's own stone named, no piece word
)

// materialTopic classifies the sentence of tokens s..e.
func (c *checker) materialTopic(s, e int) materialTopicKind {
	// Each sentence once a check: every stone or material of a sentence
	// and the sentences after it (topicCarried) ask it again.
	if c.topics == nil {
		c.topics = make(map[int]materialTopicKind, 8)
	}
	if t, ok := c.topics[s]; ok {
		return t
	}
	t := c.classifyTopic(s, e)
	c.topics[s] = t
	return t
}

// classifyTopic is materialTopic's reading of the sentence s..e.
func (c *checker) classifyTopic(s, e int) materialTopicKind {
	return c.readTopic(s, e, true)
}

// readTopic is classifyTopic; with ownMetal false (attached) the piece's
// own metal or material named in the sentence does not make it the
// piece's (an explanation names it as often as the piece does: "Unlike
// silver, gold tarnishes", "Platinum is heavier than silver", "銀より重く"
// on a silver piece compare the metals), nor does a word of the piece in
// the standard of a comparison
// ("less than half as much as a sterling silver band of the same size",
// "stronger than pure titanium"; inStandard).
func (c *checker) readTopic(s, e int, ownMetal bool) materialTopicKind {
	if ownMetal && c.pieceFactIn(s, e) || !ownMetal && c.pieceFactOutsideStandard(s, e) {
		return topicPiece
	}
	own, nature, cross := false, false, false
	for _, o := range c.ms {
		if o.tj < s {
			continue
		}
		if o.ti > e {
			break
		}
		switch o.f.kind {
		case kindMaterial:
			// The piece's own metal or material is the piece's; a
			// material its stone implies ("meteorites" of a pallasite
			// meteorite) is the stone.
			// A metal word among colours ("red, green and gold") names
			// a colour, not the piece's metal (#13, colourlist32).
			if !o.negated && contains(c.facts.materials, o.f.value) && !contains(c.facts.stones, o.f.value) && !c.metalColourListed(o) {
				if ownMetal && (c.pieceMetal(o.f.value) || c.pieceNonMetal(o.f.value)) {
					return topicPiece
				}
				own = true
			}
		case kindStone:
			// Denied, the product's stone is still the topic: "Bumblebee
			// jasper is no jasper", "geen echte jaspis" say what the
			// material is (#13, substance27). So is the mineral group it
			// belongs to ("This feldspar comes only from Oregon" of a
			// sunstone, "Sapphire is corundum"; #13, constituent25).
			if contains(c.facts.stones, o.f.value) || !o.negated && c.genusOfOwn(o.f.value) {
				own = true
			}
		}
	}
	lx := c.lx
	// Words of where the material occurs, what encloses it or what it is
	// taken for ("racchiusi in una trama di ferro-nichel", "finnes i grå
	// perlitt") are no piece verb or word of other items here (#13,
	// relation26); the piece's own container, a part or its metal, still
	// makes the sentence the piece's.
	var relBuf [64]bool
	rel := relBuf[:0]
	if !lx.relation.empty() {
		if e-s+1 > len(relBuf) {
			rel = make([]bool, e-s+1)
		} else {
			rel = relBuf[:e-s+1]
		}
		for k := s; k <= e; k++ {
			if st := lx.relation.span(c.toks, k); st >= s {
				for j := st; j <= k; j++ {
					rel[j-s] = true
				}
				// A word of what the material is taken for or where
				// it occurs is a word of its nature too: "It is
				// sometimes confused with opal", "Den förväxlas ibland
				// med opal", 間違われる name a look-alike, not a stone
				// of the piece (#13, substance27).
				nature = true
			}
		}
	}
	related := func(k int) bool { return len(rel) > 0 && rel[k-s] }
	for k := s; k <= e; k++ {
		if c.toks[k].masked {
			// The product's own name or keywords stand for the piece,
			// but for a word of its stone's type.
			if !c.stoneNameAt(k) {
				return topicPiece
			}
			own = true
			continue
		}
		if !own && !c.otherFactToken(k) && c.ownNameAt(k) {
			own = true
		}
		// "Zusammen mit", "samen met", 함께 (together with) are
		// cross-selling words, and the words that join one mineral to
		// another where a stone forms ("wo sich Calcit zusammen mit
		// Schwefelmineralen ablagert"): in a sentence of the stone's
		// nature or growth they are the minerals' (#13, substance27).
		if lx.cross.endsAt(c.toks, k) {
			cross = true
		}
		if c.partWordAt(k) && !c.partOfName(s, k) ||
			lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) && !c.demonstrativeOfMaterial(k) || c.pieceVerbAt(k) && !related(k) && !c.partOfName(s, k) && !c.stonePredicate(s, k) && !c.constituentVerb(k) && !c.lookalikeVerb(s, k) ||
			lx.settingWords.at(c.toks, k) && !related(k) || lx.pieceNouns.at(c.toks, k) && !c.fragmentOfMaterial(k) && !c.qualityGradeAt(k) ||
			c.hangAt(k) && !related(k) || lx.platingWords.endsAt(c.toks, k) && !c.colourListedAt(k) && !c.besideInclusionNoun(k) && !c.stonePredicate(s, k) ||
			lx.otherItems.endsAt(c.toks, k) && !related(k) || lx.finenessWords.endsAt(c.toks, k) || lx.solid.endsAt(c.toks, k) && !c.negatedSolid(k) && !c.solidOfStone(k) ||
			c.distributiveAt(k) && !c.eachOwnCrystal(k) && !c.eachDirection(k) || lx.each.endsAt(c.toks, k) && !c.colourRangeAt(k) && !c.eachOwnCrystal(k) && !c.eachDirection(k) || lx.besidePiece.endsAt(c.toks, k) {
			if ownMetal || !c.inStandard(k) {
				return topicPiece
			}
		}
		if !nature && (lx.natureWords.at(c.toks, k) || lx.growthWords.at(c.toks, k)) {
			nature = true
		}
	}
	if cross && !nature {
		return topicPiece
	}
	// A measurement (mm, ct) is the piece's.
	if sentence := c.text[c.byteAt(c.toks[s].start):c.byteAt(c.toks[e].end)]; measurePattern.MatchString(sentence) || c.lx.measure != nil && c.lx.measure.MatchString(sentence) {
		return topicPiece
	}
	switch {
	case own:
		return topicOwn
	case nature:
		return topicNature
	}
	return topicNone
}

// besideInclusionNoun reports whether token k stands right before or
// after a noun of inclusions in its clause (inclusion_nouns: "paillettes
// dorées", "golden flecks"): a plating word there ("doré", gilded, also
// golden) is the inclusions' colour, not a plating of the piece (#13,
// hostmineral37: "Ses paillettes dorées sont de la pyrite et ses traînées
// claires de la calcite" on lapis lazuli).
func (c *checker) besideInclusionNoun(k int) bool {
	if c.lx.inclusion.size() == 0 {
		return false
	}
	if k > 0 && !c.toks[k].brk && c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k-1) > 0 {
		return true
	}
	return k+1 < len(c.toks) && !c.toks[k+1].brk && c.phraseEndsAt(c.lx.inclusion, c.lx.inclusionTails, k+1) > 0
}

// negatedSolid reports whether the solid word ending at token k is denied
// (a negator right before it, at most a determiner between): "geen echte
// jaspis", "kein echter Jaspis", "not a true jasper" say what the
// material is not (a trade name), not that the piece is solid or genuine
// (#13, substance27).
func (c *checker) negatedSolid(k int) bool {
	// The negator stands before the solid word's first token: 真正 is two
	// in "並不是真正的碧玉" (#13, family67).
	if st := c.lx.solid.startOf(c.toks, k); st >= 0 && st < k {
		k = st
	}
	j := k - 1
	if j >= 0 && !c.toks[j+1].brk && c.lx.determiners[c.toks[j].s] {
		j--
	}
	return j >= 0 && !c.toks[j+1].brk && c.phraseEndsAt(c.lx.negators, nil, j) > 0
}

// startsOwnClaim reports whether the sentence s..e opens with a stone or
// material word: a sentence that starts a new subject ("Tanzanites
// sparkle around it") is no longer about the stone named before.
//
// A sentence that says what the material is found in, enclosed in or taken
// for opens with its relative, not a new subject, wherever the stone
// stands: a verb-final language fronts an adverb and the stone before the
// verb ("Sıklıkla krizokolla ile karıştırılır", often confused with
// chrysocolla; Göksel and Kerslake, Turkish: A Comprehensive Grammar,
// ch. 23 on word order), a verb-second one the object ("Mit Chrysokoll
// wird er oft verwechselt"; Duden Grammatik, Vorfeld) (#13, relation26).
func (c *checker) startsOwnClaim(s, e int) bool {
	if !c.lx.relation.empty() {
		for k := s; k <= e; k++ {
			if c.lx.relation.span(c.toks, k) >= s {
				return false
			}
		}
	}
	for _, o := range c.ms {
		if o.ti > e || o.ti > s+2 {
			break
		}
		if o.ti >= s && (o.f.kind == kindStone || o.f.kind == kindMaterial) && !contains(c.facts.stones, o.f.value) {
			if c.chromophoreSubject(o) || c.roughCrystal(o) || c.joinedCrystal(o, s) || c.crystalPredicated(o) {
				continue
			}
			return true
		}
	}
	return false
}

// roughCrystal reports whether the crystal word o is qualified as rough
// (rough_words right before it, a word between at most, or starting right
// after it:
// "Most rough crystals come out brownish", "Surowe kryształy są przeważnie
// brunatne", "Οι περισσότεροι ακατέργαστοι κρύσταλλοι", "البلورات الخام")
// on a piece whose every stone is natural or lab-grown (allStonesMineral):
// the crystals are the mineral's as it is mined or grown, before any is
// cut for a piece, so a sentence that opens on them goes on about the
// product's stone and starts no subject of its own (#13, stones39; GIA
// Gem Encyclopedia, "Tanzanite": most rough is brownish before heating).
// On any other piece a crystal is glass or rock crystal and keeps its
// reading (16 CFR 23.25).
func (c *checker) roughCrystal(o match) bool {
	if o.negated || o.f.kind != kindStone || !strings.Contains(o.f.value, "crystal") || c.lx.rough.empty() || !c.allStonesMineral() {
		return false
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-2; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.lx.rough.at(c.toks, k) {
			return true
		}
	}
	for k := o.tj + 1; k < len(c.toks) && k <= o.tj+2; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.rough.span(c.toks, k) == o.tj+1 {
			return true // "cristales en bruto", "البلورات الخام"
		}
	}
	return false
}

// joinedCrystal reports whether the crystal word o opens a sentence that a
// semicolon joins to the one before, on a piece whose every stone is
// natural or lab-grown (allStonesMineral): the half after the semicolon
// goes on with the same thought ("O peridoto é a forma preciosa da
// olivina, …; alguns cristais chegaram mesmo dentro de meteoritos", some
// crystals even arrived inside meteorites: the peridot's, GIA Gem
// Encyclopedia, "Peridot"), so its crystals are the mineral's and start
// no subject of their own (#13, stones41; released 41's pt-PT 41A104).
// On any other piece a crystal is glass and keeps its reading, and a half
// with a word of the piece is the piece's before this is asked
// (classifyTopic).
func (c *checker) joinedCrystal(o match, s int) bool {
	return !o.negated && o.f.kind == kindStone && strings.Contains(o.f.value, "crystal") && c.allStonesMineral() && c.semicolonBefore(s)
}

// chromophoreSubject reports whether the material o, opening its
// sentence, is a base metal that colours or makes up a mineral (canon
// chromophore_metals) in a sentence that names a colour, a colour noun or
// a mineral noun: "Copper gives it a sky blue", "Bakır bu mineralde
// oldukça nadir bulunur ve taşa neon mavisi bir ışıltı verir" (copper is
// rare in this mineral and gives the stone its neon blue) go on about the
// stone's chemistry, not a new subject (#13, constituent33; released 32B132,
// GIA Gem Encyclopedia on copper in Paraíba tourmaline and turquoise). A
// precious metal is never one (16 CFR 23.4-23.7), and a sentence with a word
// of the piece ("Copper gives the earrings a warm glow", "a copper chain")
// is the piece's before this is asked (classifyTopic).
func (c *checker) chromophoreSubject(o match) bool {
	v := o.f.value
	if o.negated || o.f.kind != kindMaterial || !contains(c.cn.ChromophoreMetals, v) || c.cn.SolidMetals[v] != "" || c.cn.PreciousMetals[v] != "" || contains(c.facts.materials, v) {
		return false
	}
	if c.colourInSentence(o.ti) {
		return true
	}
	s, e := c.sentenceOf(o.ti)
	for k := s; k <= e; k++ {
		if c.wordStartsAt(c.lx.mineralNouns, k) >= 0 {
			return true
		}
	}
	return false
}

// predicateArticle reports whether the number match o is an indefinite
// article right after a copula: "est un feldspath", "è un feldspato", "é
// uma gema" say what the stone is, the article of the predicate noun, and
// count nothing of the piece (Romance "un", "uno", "um" are the numeral
// one and the indefinite article alike; Grevisse, Le Bon Usage §589;
// #13, stones41: released 41's fr-CA and it-IT rainbow moonstone "La
// pierre de lune arc-en-ciel est un feldspath transparent" read as a
// sentence of the piece). "Le pendentif porte un feldspath" has no copula
// before the article and still counts.
func (c *checker) predicateArticle(o match) bool {
	if o.ti != o.tj || o.ti == 0 || c.toks[o.ti].brk || !c.lx.indefinites.endsAt(c.toks, o.ti) {
		return false
	}
	return c.isCopula(o.ti - 1)
}

// distributivePrepositions are the distributive words that are also
// prepositions of another sense: Polish and Czech "po" is distributive
// with a numeral ("po jednym kamieniu", "po dvou"), but "after" or "up
// to" with a noun ("po podgrzaniu", after heating; "od Iranu po
// południowy zachód", from Iran to the south-west; "po zahřátí"; Swan, A
// Grammar of Contemporary Polish, on po with the locative and accusative;
// Naughton, Czech: An Essential Grammar) (#13, constituent33).
var distributivePrepositions = map[string]bool{"po": true}

// kindClassifiers are the classifiers of kind that stand between a
// distributive word and its noun in Chinese (各种颜色, 各種顏色: "every kind
// of colour"; Li and Thompson, Mandarin Chinese, ch. 4 on classifiers).
var kindClassifiers = map[string]bool{"种": true, "種": true}

// colourRangeAt reports whether the distributive or each word ending at
// token k ranges over colours: a noun of colour right after it, or after
// a classifier of kind ("every colour", "jeder Farbe", "chaque couleur",
// 各种颜色). It says what colours a material takes, not what each stone of
// the piece is (#13, colour47).
func (c *checker) colourRangeAt(k int) bool {
	n := k + 1
	if n >= len(c.toks) || c.toks[n].brk {
		return false
	}
	if kindClassifiers[c.toks[n].s] {
		n++
		if n >= len(c.toks) || c.toks[n].brk {
			return false
		}
	}
	return c.colourNounAt(n) || c.lx.colourNouns.startsAt(c.toks, n)
}

// distributiveAt reports whether a distributive word of the piece ends at
// token k: one of distributivePrepositions alone only before a number.
// One right before a noun of colour ("every colour", "jeder Farbe") ranges
// over the colours a material takes, not over the piece's stones:
// "Sapphire comes in almost every colour" explains the species (#13,
// colour47).
func (c *checker) distributiveAt(k int) bool {
	st := c.lx.distributive.startOf(c.toks, k)
	if st < 0 {
		return false
	}
	if c.colourRangeAt(k) {
		return false
	}
	if st == k && distributivePrepositions[c.toks[k].s] {
		n := k + 1
		if n >= len(c.toks) || c.toks[n].brk {
			return false
		}
		if t := c.toks[n].s; t != "" && t[0] >= '0' && t[0] <= '9' {
			return true
		}
		i := c.factAt(n)
		return i >= 0 && c.ms[i].f.kind == kindNumber
	}
	return true
}

// ownNameAt reports whether token k names the product's own stone or the
// product by a word of its data that the vocabulary need not know: a word
// of a stone's type ("fulgurite" → Fulgurit, fulgurita, pallasites) or of
// the product's name, which is written in the copy's language ("Kopaali-
// riipus" → kopaali; #13, generic26). A word of five letters or more
// matches a word of the text that begins with its first five letters or
// is at most two edits from it, a quarter of its letters from twelve on
// (Chalkopyrit, calcopirita for chalcopyrite); a run of
// two Han or three kana characters matches where the name holds it
// (硅化木, フルグライト); a Hangul word by its first three syllables.
// A stone or material word that the product does not have is never its
// own name, whatever the name says.
func (c *checker) ownNameAt(k int) bool {
	c.readOwnNames()
	return nameAt(c.toks, k, c.stoneText, c.ownNames)
}

// stoneNameAt is ownNameAt for the words of the product's stone types alone,
// and for the masked words of a keyword that names one of the product's
// stones in the copy's language ("pierre de lune", "pietra di luna" among
// the keywords of a rainbow moonstone; #13, stones41): masked as the
// keyword, they still name the stone, not the piece.
func (c *checker) stoneNameAt(k int) bool {
	c.readOwnNames()
	return nameAt(c.toks, k, c.stoneText, c.stoneNames) || c.toks[k].masked && contains(c.stoneKeywords, c.toks[k].s)
}

// wordsOf appends the words of four letters or more of folded text s.
func wordsOf(s string, out []string) []string {
	for rest := s; ; {
		var x string
		if x, rest = nextWord(rest); x == "" {
			return out
		}
		if utf8.RuneCountInString(x) >= 4 && !contains(out, x) {
			out = append(out, x)
		}
	}
}

func (c *checker) readOwnNames() {
	if !c.ownNamesDone {
		c.ownNamesDone = true
		var b strings.Builder
		for _, s := range c.p.Stones {
			b.WriteString(s.Type)
			b.WriteByte(' ')
		}
		c.stoneText = foldString(b.String())
		c.stoneNames = wordsOf(c.stoneText, nil)
		c.ownNames = c.stoneNames
		for _, kw := range c.p.Keywords {
			toks := tokenize(kw, nil)
			for _, m := range c.lx.scan(toks, nil) {
				if m.f.kind == kindStone && !m.negated && contains(c.facts.stones, m.f.value) {
					for k := m.ti; k <= m.tj; k++ {
						c.stoneKeywords = append(c.stoneKeywords, toks[k].s)
					}
				}
				if m.f.kind == kindMaterial && !m.negated && contains(c.facts.materials, m.f.value) {
					for k := m.ti; k <= m.tj; k++ {
						c.materialKeywords = append(c.materialKeywords, toks[k].s)
					}
				}
			}
		}
		// A word of the product's name is the stone's name in the copy's
		// language where it shares a run of five letters with a stone
		// word, or three fifths of a shorter one
		// ("Kalkopyriitti-nappikorvakorut" for chalcopyrite, "Kopaali-
		// riipus" for copal); any other word of the name ("Heart",
		// "Desert Tears") names the piece, not its material.
		for _, w := range wordsOf(foldString(c.p.Name), nil) {
			for _, sw := range c.stoneNames {
				if n := utf8.RuneCountInString(sw); longestCommonRun(w, sw) >= max(3, min(5, (n*3+4)/5)) && !contains(c.ownNames, w) {
					c.ownNames = append(c.ownNames[:len(c.ownNames):len(c.ownNames)], w)
				}
			}
		}
	}
}

// nameAt reports whether token k is a word of names (or, in Han and kana,
// a run of text) by the rule of ownNameAt.
func nameAt(toks []token, k int, text string, names []string) bool {
	t := toks[k].s
	r, size := utf8.DecodeRuneInString(t)
	switch {
	case size == len(t) && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r)):
		n := 2
		if !unicode.Is(unicode.Han, r) {
			n = 3
		}
		if k+n > len(toks) {
			return false
		}
		var b strings.Builder
		for j := k; j < k+n; j++ {
			if j > k && toks[j].brk || utf8.RuneCountInString(toks[j].s) != 1 {
				return false
			}
			b.WriteString(toks[j].s)
		}
		return strings.Contains(text, b.String())
	case unicode.Is(unicode.Hangul, r):
		for _, w := range names {
			if commonPrefixRunes(t, w) >= 3 {
				return true
			}
		}
		return false
	}
	if utf8.RuneCountInString(t) < 5 {
		return false
	}
	for _, w := range names {
		if t == w || commonPrefixRunes(t, w) >= 5 || utf8.RuneCountInString(w) >= 6 && editDistanceAtMost(t, w, max(2, utf8.RuneCountInString(w)/4)) {
			return true
		}
	}
	return false
}

// commonPrefixRunes is the number of leading runes a and b share.
func commonPrefixRunes(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// editDistanceAtMost reports whether a and b are at most d insertions,
// deletions or substitutions of a rune apart (Levenshtein distance,
// banded to d).
func editDistanceAtMost(a, b string, d int) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra)-len(rb) > d || len(rb)-len(ra) > d {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > d {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= d
}

// otherFactToken reports whether token k is part of a stone or material
// match that is not the product's own, or of a negated one ("Não são
// zircônias, mas diamantes"): neither names the product's stone.
func (c *checker) otherFactToken(k int) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if k <= m.tj && (m.negated || m.f.kind == kindStone && !contains(c.facts.stones, m.f.value) || m.f.kind == kindMaterial && !contains(c.facts.materials, m.f.value)) {
			return true
		}
	}
	return false
}

// demonstrativeOfFact reports whether the demonstrative ending at token k
// points at a fact or the piece within the next two words ("this crystal",
// "dieser Stein", "ce pendentif"), not at a clause ("This makes it…") or
// as a copula (Polish "Fulguryt to naturalne szkło", fulgurite is natural
// glass).
func (c *checker) demonstrativeOfFact(k int) bool {
	if k > 0 && !c.toks[k].brk && c.ownNameAt(k-1) {
		return false // "Fulguryt to …": the stone's name, then the copula
	}
	// A stone right before it, whatever its name in the product's data:
	// "Turkus to fosforan miedzi i glinu" (turquoise is a copper aluminium
	// phosphate) on "Turquoise Stud Earrings" is the stone, then the
	// copula "to" of Polish and Czech identity sentences (Swan, A Grammar
	// of Contemporary Polish, on "to" as copula; #13, constituent33).
	// So is a material or its fineness: "Białe złoto (próby 585) to stop
	// złota z palladem i srebrem" (white gold is an alloy of gold with
	// palladium and silver; #13, metals42).
	if k > 0 && !c.toks[k].brk {
		if i := c.factAt(k - 1); i >= 0 && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindMaterial || c.ms[i].f.kind == kindKarat) && c.ms[i].tj == k-1 && !c.ms[i].negated {
			return false
		}
	}
	for j := k + 1; j <= k+2 && j < len(c.toks); j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			return false
		}
		if c.cleftOf(j) {
			return false
		}
		if c.isFactToken(j) || c.piecePartAt(j) {
			return true
		}
	}
	return false
}

// cleftOf reports whether the material or stone match starting at token
// j is the focus of a cleft: a verb of its cleft_verbs right after it
// ("To miedź nadaje mu ciepły odcień", it is copper that gives it its
// warm tone). The demonstrative before it is the cleft's "it is", not the
// piece: the sentence says what the metal does, not what the piece is
// made of; "Te kolczyki to miedź", "To miedź." still call the piece
// copper (#13, open43).
func (c *checker) cleftOf(j int) bool {
	if c.lx.cleftVerbs.size() == 0 {
		return false
	}
	i := c.factAt(j)
	if i < 0 || c.ms[i].ti != j || c.ms[i].f.kind != kindMaterial && c.ms[i].f.kind != kindStone {
		return false
	}
	e := c.ms[i].tj + 1
	return e < len(c.toks) && !c.toks[e].brk && c.lx.cleftVerbs.endsAt(c.toks, e)
}

// demonstrativeOfMaterial reports whether the demonstrative ending at
// token k, which points at a fact (demonstrativeOfFact), points at the
// product's material rather than the piece (#13, constituent25; released
// 30's Oregon sunstone: "This feldspar comes only from the lava flows of
// southern Oregon", "Esta gema es un feldespato", "Tento živec se těží"):
// the fact is the mineral group the product's stone belongs to (canon
// stone_groups: feldspar of sunstone, corundum of sapphire; Mindat,
// "Feldspar Group"), or a noun of what a stone is (gem, stone, gema: the
// vocabulary's stone nouns) in a sentence that names that group; or the
// demonstrative takes up a
// stone or material the sentence has named before it ("láminas de cobre …
// y ese mismo cobre le da su tono cálido"), an anaphor, not the piece
// pointed at. "This copper bangle" points at the piece's category, and
// "this feldspar ring" too: the category is read first; "這顆藍約翰石"
// (this Blue John) and "esta gema está estabilizada" at the piece's own
// stone, whose treatment is the piece's.
func (c *checker) demonstrativeOfMaterial(k int) bool {
	s, _ := c.sentenceOf(k)
	for j := k + 1; j <= k+2 && j < len(c.toks); j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			return false
		}
		i := c.factAt(j)
		if i < 0 {
			continue
		}
		// The noun the demonstrative points at is the phrase's last fact
		// ("this feldspar ring" points at the ring).
		for i+1 < len(c.ms) && c.ms[i+1].ti <= k+3 && c.ms[i+1].ti == c.ms[i].tj+1 && !c.toks[c.ms[i+1].ti].brk {
			i++
		}
		o := c.ms[i]
		if o.negated {
			return false
		}
		switch o.f.kind {
		case kindStoneNoun:
			// "Esta gema es un feldespato": the stone noun in a
			// sentence that names the stone's group. "Esta gema está
			// estabilizada con resina" points at the piece's stone.
			for _, g := range c.ms {
				if g.ti > s && g.f.kind == kindStone && !g.negated && c.genusOfOwn(g.f.value) && c.sentenceStart(g.ti) == s {
					return true
				}
			}
			return false
		case kindStone:
			if c.genusOfOwn(o.f.value) {
				return true
			}
		}
		if o.f.kind != kindStone && o.f.kind != kindMaterial {
			return false
		}
		for _, p := range c.ms[:i] {
			if p.ti >= s && p.tj < k && !p.negated && p.f == o.f {
				return true
			}
		}
		return false
	}
	return false
}

// genusOfOwn reports whether the stone v is the mineral group one of the
// product's stones belongs to (canon stone_groups: feldspar of sunstone
// and moonstone, corundum of ruby and sapphire, beryl of emerald, quartz
// of amethyst; Mindat.org group pages; GIA Gem Encyclopedia): a sentence
// that names it says what the product's stone is.
func (c *checker) genusOfOwn(v string) bool {
	members, ok := c.cn.Groups[v]
	if !ok {
		return false
	}
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			if contains(members, t) {
				return true
			}
		}
	}
	return false
}

// longestCommonRun is the length in runes of the longest run of runes that
// a and b share.
func longestCommonRun(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	best := 0
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			if ra[i-1] == rb[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// allStonesMineral reports whether the product has stones and every one is
// natural or lab-grown by its data (origin "natural" or "lab_grown"): a
// mineral, not a simulant.
func (c *checker) allStonesMineral() bool {
	for _, st := range c.p.Stones {
		if st.Origin != core.OriginNatural && st.Origin != core.OriginLabGrown {
			return false
		}
	}
	return len(c.p.Stones) > 0
}

// inStoneType reports whether the value v is a word of one of the product's
// stone types ("meteorite" of "pallasite meteorite", listed among the
// materials too): the stone's, not the piece's metal.
func (c *checker) inStoneType(v string) bool {
	c.readOwnNames()
	return v != "" && strings.Contains(c.stoneText, v)
}

// pieceMetal reports whether the product's own material v is the piece's
// metal rather than its stone's: a word of one of its metals (p.Metals:
// "titanium" of a titanium band), or where the data names no metals, a
// material of the piece that no stone type holds. A pallasite's
// "iron-nickel", listed among the materials, is the meteorite's.
func (c *checker) pieceMetal(v string) bool {
	if len(c.p.Metals) == 0 {
		return contains(c.facts.body, v) && !c.inStoneType(v)
	}
	for _, mt := range c.p.Metals {
		b := foldString(mt.Base + " " + mt.Plating)
		if strings.Contains(b, v) || c.cn.SolidMetals[v] != "" && strings.Contains(b, c.cn.SolidMetals[v]) {
			return true
		}
	}
	return false
}

// pieceNonMetal reports whether the product's own material v is a
// material of the piece that is no metal (canon simile_materials: glass,
// resin, enamel, leather, wood…) and no word of a stone type: the glass of
// lampwork beads is the piece's ("Cuentas de vidrio … y ámbar" claims
// amber beads), the resin of a copal is its stone's. So is a material
// made of others (canon material_substances: niello, the black sulphides
// of silver, copper and lead inlaid in the piece's engraving; #13,
// explain60): "Niello ist eine schwarze, metallische Masse" tells the
// piece's inlay, and the sentences after it are not carried as an
// explanation ("So liegt das Motiv bündig im Weißgold" on sterling silver
// still blocks).
func (c *checker) pieceNonMetal(v string) bool {
	return contains(c.facts.body, v) && (contains(c.cn.SimileMaterials, v) || len(c.cn.MaterialSubstances[v]) > 0) && !c.inStoneType(v)
}

// solidOfStone reports whether the word of genuineness or purity ending at
// token k ("real", "genuine", حقيقي, echt) qualifies a stone beside it, in
// its clause and with no metal or material word nearer: "a real petrified
// wood", "خشب متحجر حقيقي" say what the stone is, "solid silver" and
// "massivem Silber" what the piece is made of (#13, genuine26; Wehr, A
// Dictionary of Modern Written Arabic, حقيقي "real, genuine": the
// adjective follows its noun).
func (c *checker) solidOfStone(k int) bool {
	best, stone := 3, false
	for _, o := range c.ms {
		if o.ti > k+2 {
			break
		}
		if o.tj < k-2 || o.negated {
			continue
		}
		d := o.ti - k
		if o.tj < k {
			d = k - o.tj
		}
		if d <= 0 || d >= best || !c.sameClause(min(o.ti, k), max(o.tj, k)) {
			continue
		}
		switch o.f.kind {
		case kindStone:
			best, stone = d, true
		case kindMaterial, kindKarat:
			best, stone = d, false
		}
	}
	return stone
}

// sameClause reports whether tokens a..b stand in one clause (no break
// between them).
func (c *checker) sameClause(a, b int) bool {
	for j := a + 1; j <= b; j++ {
		if c.toks[j].brk {
			return false
		}
	}
	return true
}

// countsStone reports whether the number match c.ms[j] counts stones: a
// stone or stone noun starts within three tokens after it ("three red
// rubies", "sieben Melanite"). Such a sentence speaks of the piece. A
// value (valueNumber: a hardness, an age, a year) counts nothing: "a
// hardness of 4.5 along the crystal" (#13, hardness32).
func (c *checker) countsStone(j int) bool {
	o := c.ms[j]
	if c.valueNumber(o) || c.predicateArticle(o) {
		return false
	}
	for _, n := range c.ms[j+1:] {
		if n.ti > o.tj+3 {
			break
		}
		if n.f.kind == kindStone || n.f.kind == kindStoneNoun {
			// A copula between says what the number is, it counts
			// nothing: "od roku 1987 je oficiálním drahokamem" (since
			// 1987 it is the official gem), "معدن واحد هو الكوراندوم"
			// (one mineral, which is corundum: Arabic واحد follows the
			// noun it counts; Ryding, A Reference Grammar of Modern
			// Standard Arabic, ch. 15) (#13, constituent25).
			for k := o.tj + 1; k < n.ti; k++ {
				if c.isCopula(k) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// genericIn reports whether tokens s..e hold a word of what a material
// usually is (generic_words: "often", "many", "traditionally").
func (c *checker) genericIn(s, e int) bool {
	for k := s; k <= e; k++ {
		if c.lx.generic.at(c.toks, k) {
			return true
		}
	}
	return false
}
