package grounding

// This file holds readings of stone words in copy that explains its
// material (#13, stones41; released 41 and probe 41): a crystal word that
// is the colour name of the piece's clear stone, a mineral named as the ore
// a metal is won from, a sibling gem said to be the same species as the
// piece's, and a gem named in a trade nickname the copy disowns. None is a
// stone set in the piece; each
// reading needs its construction and no word of the piece in its reach, so
// the same words claiming the stone for the piece still block.

// crystalColourName reports whether the crystal word m stands right
// before or after one of the product's own stones whose colour is clear or
// white: "zircônia cristal", "strass cristal", "cristal" as the trade name
// of the colourless colour of a stone (Houaiss, "cristal" 4: de cor
// transparente e incolor; Swarovski's colour "Crystal" is its clear), not a
// glass crystal beside it (#13, stones41; released 41's pt-BR 41B102
// "uma zircônia cristal em formato de gota"). A crystal beside a stone of
// another colour ("zircônia cristal" on a red zirconia), apart from the
// stone ("um pingente de cristal") or after a stone that opens its
// sentence (a predicate), still blocks.
func (c *checker) crystalColourName(i int, m match) bool {
	if m.negated || m.f.value != "crystal" {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(c.ms) {
			continue
		}
		n := c.ms[j]
		if n.f.kind != kindStone || n.negated || n.f.value == "crystal" || !contains(c.facts.stones, n.f.value) {
			continue
		}
		if !(n.tj+1 == m.ti && !c.toks[m.ti].brk || m.tj+1 == n.ti && !c.toks[n.ti].brk) {
			continue
		}
		// A stone that opens its sentence with the crystal right after
		// it is a subject and its predicate where the copula is
		// unwritten ("الزركونيا المكعبة كريستال لامع", cubic zirconia is
		// a shining crystal; Ryding, A Reference Grammar of Modern
		// Standard Arabic, ch. 5 on equational sentences): that crystal
		// is said of the stone and still blocks.
		if s, _ := c.sentenceOf(n.ti); n.ti < m.ti && n.ti <= s+1 {
			continue
		}
		for _, st := range c.facts.stoneInfo {
			if contains(st.types, n.f.value) && (contains(st.colours, "clear") || contains(st.colours, "white")) {
				return true
			}
		}
	}
	return false
}

// oreReach is how many words an ore word and the mineral it names, or the
// metal and the ore word, may stand apart.
const oreReach = 8

// oreStone reports whether the stone m is named as an ore a metal is won
// from (ore_words: "refined from", "extracted from", "gewonnen aus",
// "extrait de", "extraído de", "utvinnes fra", "získává z", 提煉, 精錬,
// 추출): a metal of the copy stands before it in its sentence, an ore word
// stands between them or, in a verb-final clause, right after the stone
// (鈦是從金紅石、鈦鐵礦等礦物提煉而成), within oreReach words, and no word
// of the piece (its category, a part, a word of setting, ours or a
// demonstrative) stands from the metal to the farther of the two. Titanium
// is won from rutile and ilmenite by the Kroll process (USGS Mineral
// Commodity Summaries, "Titanium Mineral Concentrates"), so "Titanium is
// refined from minerals such as rutile" names the metal's ore, not a stone
// of the piece (#13, stones41; probe 41C's titanium rings in en-US,
// pt-PT, nl-NL, nb-NO, cs-CZ, zh-TW). "The titanium ring is set with a
// rutile", "Titanium, refined from ilmenite, holds a rutile" and a
// stone in the next sentence still block.
func (c *checker) oreStone(m match) bool {
	if m.negated || m.f.kind != kindStone || c.lx.oreWords.empty() {
		return false
	}
	// A stone counted by an indefinite article ("with a rutile on top",
	// "mit einem Rutil") is a stone, not an ore, which is named as a kind
	// ("minerals such as rutile", "comme le rutile"; #13, adv41).
	if m.ti > 0 && c.lx.indefinites.endsAt(c.toks, m.ti-1) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	metal, value := -1, ""
	for _, n := range c.ms {
		if n.ti < s {
			continue
		}
		if n.ti >= m.ti {
			break
		}
		if n.f.kind == kindMaterial && !n.negated {
			metal, value = n.tj, n.f.value
		}
	}
	// The product's metal as a masked keyword ("titan" among a titanium
	// bracelet's keywords) is a metal too.
	c.readOwnNames()
	for k := max(metal+1, s); k < m.ti; k++ {
		if c.toks[k].masked && contains(c.materialKeywords, c.toks[k].s) {
			metal, value = k, ""
		}
	}
	if metal < 0 {
		return false
	}
	// The stone must be an ore of the metal (canon ore_minerals):
	// "Sterling silver refined from ore, with a sapphire on top", "Titanium
	// extracted from ilmenite and a bright ruby" name a stone of the piece
	// (#13, adv41). A masked keyword's metal is one of the product's.
	if !c.oreOf(value, m.f.value) {
		return false
	}
	reach := oreReach
	if c.charTokens() {
		reach *= 3 // Chinese and Japanese are read a character a token
	}
	ore, far := -1, -1
	for k := metal + 1; k < m.ti; k++ {
		if c.lx.oreWords.at(c.toks, k) {
			ore, far = k, m.tj
		}
	}
	if ore < 0 {
		for k := m.tj + 1; k <= e && k <= m.tj+reach; k++ {
			if c.lx.oreWords.at(c.toks, k) {
				ore, far = k, k
				break
			}
		}
		if ore < 0 {
			return false
		}
	} else if m.ti-ore > reach {
		return false
	}
	if far-metal > 3*reach {
		return false
	}
	lx := c.lx
	for k := metal + 1; k <= far; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) || lx.pieceNouns.at(c.toks, k) || lx.besidePiece.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}

// siblingReach is how many words may stand between a sibling gem and the
// species word said of it ("Emerald and aquamarine are both beryl").
const siblingReach = 6

// siblingSpecies reports whether the stone m is a relative of the
// product's stone (canon stone_groups: ruby of sapphire, emerald of
// aquamarine) said to belong to the species the product's stone belongs
// to: its clause goes on, within siblingReach words, to that species
// (genusOfOwn: "Anche il rubino è corindone, tinto di rosso dal cromo",
// "Ruby is corundum too", 紅寶石也是剛玉, "Yakut da korindondur"), m is
// the first fact of its clause, and its sentence holds no word of the
// piece (its category, a part, a word of setting, ours, a demonstrative of
// a fact, a piece noun). Ruby and sapphire are both corundum, Al2O3,
// coloured by chromium and by iron and titanium (GIA Gem Encyclopedia,
// "Ruby", "Sapphire"), so the sentence explains the piece's species
// through its sibling, not a ruby set in the piece (#13, stones41; probe
// 41C's it-IT 41C104 on lab-grown sapphire). "The earrings' ruby is
// corundum too", "Each earring holds a ruby, which is corundum" and a ruby
// with no species said of it still block.
func (c *checker) siblingSpecies(m match) bool {
	if m.negated || contains(c.facts.stones, m.f.value) || !c.relativeOfOwn(m.f.value) {
		return false
	}
	cs := m.ti
	for cs > 0 && !c.toks[cs].brk {
		cs--
	}
	species := false
	for _, n := range c.ms {
		if n.tj < cs || n.ti == m.ti {
			continue
		}
		if n.ti < m.ti {
			if n.f.kind != kindIgnore {
				return false // not the clause's first fact
			}
			continue
		}
		if n.ti > m.tj+siblingReach {
			break
		}
		brk := false
		for k := m.tj + 1; k <= n.ti; k++ {
			brk = brk || c.toks[k].brk
		}
		if brk {
			break
		}
		if n.f.kind == kindStone && !n.negated && c.genusOfOwn(n.f.value) {
			species = true
			break
		}
	}
	return species && !c.pieceWordInSentence(m)
}

// relativeOfOwn reports whether the stone v is of the family of one of the
// product's stones (canon relatives, as familyStone reads them).
func (c *checker) relativeOfOwn(v string) bool {
	for _, st := range c.facts.stoneInfo {
		for _, t := range st.types {
			for _, w := range c.cn.relatives(t) {
				if contains(c.cn.closure(nil, w), v) {
					return true
				}
			}
		}
	}
	return false
}

// pieceWordInSentence reports whether the sentence of m holds a word of
// the piece: its category or any piece's, a part, a word of setting, ours,
// a demonstrative of a fact, a piece noun or a word that places a thing
// beside the piece.
func (c *checker) pieceWordInSentence(m match) bool {
	s, e := c.sentenceOf(m.ti)
	lx := c.lx
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) || lx.pieceNouns.at(c.toks, k) || lx.besidePiece.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// nicknameReach is how many words may stand between a nickname word and
// the gem word of the nickname ("nicknamed 'Siberian emerald'").
const nicknameReach = 4

// nicknameStone reports whether the stone m is the gem word of a trade
// nickname the copy disowns: a nickname word (nickname_words: "nicknamed",
// "sometimes called", "so-called", "surnommée", "soprannominat*",
// "apelidad*", "genannt", 俗称, 별칭) ends at most nicknameReach words
// before it in its clause, or right after it in a verb-final one ("'Sibirya
// zümrüdü' olarak da anılır"), and its sentence, after the nickname, says
// the gem is another mineral (nickname_denials: "a different mineral",
// "not related", "un autre minéral") or denies it (a negator). Chrome
// diopside is sold as "Siberian emerald", a misnomer (FTC Jewelry Guides
// 16 CFR 23.26 on misleading varietal names; GIA Gem Encyclopedia,
// "Diopside"), and "It's sometimes nicknamed 'Siberian emerald', though
// it's a different mineral" names the misnomer to disown it, not an
// emerald of the piece (#13, stones41; probe 41D's en-AU 41D102). The
// nickname left standing ("nicknamed 'Siberian emerald'" with no denial),
// a denial with no nickname ("The studs hold an emerald, a different
// mineral") and a sentence of the piece still block.
func (c *checker) nicknameStone(m match) bool {
	if m.negated || contains(c.facts.stones, m.f.value) || c.lx.nickWords.empty() {
		return false
	}
	// A quotation mark may break the clause right after the nickname
	// word and around the nickname («esmeralda siberiana», '시베리안
	// 에메랄드'라는), no other break.
	at := -1
	for k := m.ti - 1; k >= 0 && k >= m.ti-nicknameReach; k-- {
		if c.lx.nickWords.at(c.toks, k) {
			at = k
			break
		}
		if c.toks[k].brk && k+1 <= m.ti-1 && c.toks[k+1].brk {
			break
		}
	}
	if at < 0 {
		for k := m.tj + 1; k < len(c.toks) && k <= m.tj+nicknameReach; k++ {
			if c.lx.nickWords.at(c.toks, k) {
				at = k
				break
			}
			if c.toks[k].brk && k > m.tj+1 && c.toks[k-1].brk {
				break
			}
		}
	}
	if at < 0 || c.pieceWordInSentence(m) {
		return false
	}
	_, e := c.joinedSentenceOf(m.ti)
	for k := max(at, m.tj) + 1; k <= e; k++ {
		if c.lx.nickDenials.at(c.toks, k) || c.lx.negators.endsAt(c.toks, k) || c.lx.negAfter.size() > 0 && c.lx.negAfter.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// oreOf reports whether stone is an ore of metal (canon ore_minerals), or,
// where metal is "" (a masked keyword of the product's metal), of one of
// the product's materials.
func (c *checker) oreOf(metal, stone string) bool {
	metals := []string{metal}
	if metal == "" {
		metals = c.facts.materials
	}
	for _, mt := range metals {
		if contains(c.cn.OreMinerals[mt], stone) {
			return true
		}
	}
	return false
}

// otherMineralSubject reports whether the stone m, none of the piece's,
// is the subject its clause says is another mineral: it opens the clause
// (at most two words before it, none a fact) and a nickname denial
// ("a different mineral", "un minéral différent", "ein anderes Mineral",
// "معدن مختلف") starts within three words after it, with no word of the
// piece in its sentence: "Turquoise is a different mineral", "الفيروز
// معدن مختلف" set the look-alike apart from the piece's stone (#13,
// open44c: Arabic معدن, mineral and metal, left the stone standing). "The
// ring holds turquoise, a different mineral" (a word of the piece) still
// blocks.
func (c *checker) otherMineralSubject(m match) bool {
	if m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || c.lx.nickDenials.empty() {
		return false
	}
	a, b := c.clauseOfMatch(m)
	if m.ti-a > 2 {
		return false
	}
	for k := a; k < m.ti; k++ {
		if c.isFactToken(k) {
			return false
		}
	}
	for k := m.tj + 1; k <= b && k <= m.tj+6; k++ {
		if st := c.lx.nickDenials.span(c.toks, k); st > m.tj && st <= m.tj+3 {
			for f := m.tj + 1; f < st; f++ {
				if c.isFactToken(f) {
					return false
				}
			}
			return !c.pieceWordInSentence(m)
		}
	}
	return c.laterMineralDenial(m)
}

// laterMineralDenial reports whether the sentence of the stone m says,
// past otherMineralSubject's three words, that it is another mineral: a
// nickname denial starts later in its sentence, no fact word
// stands between the stone and the denial, and no word of the piece is in
// the sentence. "Tanzanite shows a similar shift, though it is a
// different mineral altogether" (probe 46D en-AU 46D102-3, on an iolite
// ring) names the look-alike in general, by its concessive (#13,
// generic46). "Tanzanite shows its shift in this ring, though it is a
// different mineral" (a word of the piece) and "Tanzanite crowns the
// ring" still block.
func (c *checker) laterMineralDenial(m match) bool {
	_, e := c.sentenceOf(m.ti)
	for k := m.tj + 1; k <= e; k++ {
		if c.isFactToken(k) {
			return false
		}
		if c.lx.nickDenials.at(c.toks, k) {
			return !c.pieceWordInSentence(m)
		}
	}
	return false
}
