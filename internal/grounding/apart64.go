package grounding

import "strings"

// Other stones and metals named in copy that explains a rare stone or an
// alloy, told apart from it, likened to it or mixed into it (#13, apart64:
// held-out 63A en-GB, de-DE 63A03-1, 63B el-GR, ar-AE, en-AU 63B03-1,
// ja-JP 63B03-2, released 63B fr-FR, pt-BR 63B04-1, probe 63C pt-PT
// 63C03-1/-3, 63D sv-SE 63D04-1). compare62.go and alloy63.go read a
// likeness, a comparison and a denial of one standard; the same kind
// blocked in these shapes:
//
//   - a stone in a list a verb of resemblance governs, adjectives between
//     ("recalls a spessartine garnet or a fine citrine", "θυμίζει
//     ακουαμαρίνα ή ανοιχτόχρωμο ζαφείρι"): a look, not a stone of the
//     piece (likenedStoneList; a metal there stays a look of the piece,
//     light.go metalLook, unless the likeness is denied: alloy63.go);
//   - a kin of the alloy or stone explained, named after a word of
//     likeness said of an alloy noun ("un alliage naturel proche,
//     l'électrum", "uma liga natural parecida, o eletro", "سبيكة طبيعية
//     مشابهة … سمّوها الإلكتروم"; likeness_kin): electrum is the natural
//     alloy of gold and silver that green gold resembles (Pliny, Natural
//     History XXXIII.23);
//   - another standard of the piece's own metal that it is likened to and
//     then set apart from ("liknar den vanligt sterlingsilver 925, men
//     metallen är ljusare"; likeness_but): the piece's fineness is stated
//     elsewhere, the likened one is no claim of it (16 CFR 23.6: silver is
//     described by its own fineness);
//   - a metal named as what a care product is for ("produtos de limpeza
//     para prata", "silver dips", 銀製品用の研磨布; metal_care_before,
//     metal_care_after): the product's own material is in its data, the
//     polish's is not said to be the piece's.
//
// None says the piece is of that stone or metal (16 CFR 23.4-23.7 and
// 23.25 govern what it is said to be). "The ring is citrine", "der Ring
// ist aus Rauchquarz", "the pendant is pewter", "le bracelet est en
// électrum", "Armringen är i sterlingsilver 925" still block.

// apart64File holds a pack's words of these shapes:
//
//   - likeness_kin: the adjectives of likeness said of an alloy noun
//     (alloy_words) that then names its kin ("similar", "proche",
//     "parecida", "ähnliche", مشابهة, 似た);
//   - likeness_but: the words that set the piece apart from a standard of
//     its own metal it was likened to, after a clause break ("but", "men",
//     "mais", "aber", "pero", لكن);
//   - metal_care_before / metal_care_after: the words right before or
//     after a metal that make it the metal a care product is for
//     ("products for", "produtos de limpeza para", "dips", "polish",
//     製品用).
type apart64File struct {
	LikenessKin     []string `yaml:"likeness_kin"`
	LikenessBut     []string `yaml:"likeness_but"`
	MetalCareBefore []string `yaml:"metal_care_before"`
	MetalCareAfter  []string `yaml:"metal_care_after"`
}

type apart64Data struct {
	likenessKin, likenessBut, careBefore, careAfter wordList
}

func compileApart64(f apart64File) apart64Data {
	return apart64Data{likenessKin: compileWordList(f.LikenessKin), likenessBut: compileWordList(f.LikenessBut),
		careBefore: compileWordList(f.MetalCareBefore), careAfter: compileWordList(f.MetalCareAfter)}
}

// apartOther64 reports whether the stone, material or fineness m, not
// the product's own, is set apart from the piece in one of the shapes
// above.
func (c *checker) apartOther64(m match) bool {
	if m.negated {
		return false
	}
	switch m.f.kind {
	case kindKarat:
		return c.likenedOwnStandard(m)
	case kindStone:
		if contains(c.facts.stones, m.f.value) {
			return false
		}
		return c.likenedStoneList(m) || c.likenedKin(m) || c.likenedAfter64(m) || c.likenedInverted65(m) || c.confusedAlternative(m)
	case kindMaterial:
		// a standard of the piece's own metal is among its materials
		// (sterling silver on argentium silver) and read first
		if c.likenedOwnStandard(m) {
			return true
		}
		if contains(c.facts.materials, m.f.value) {
			return false
		}
		return c.likenedKin(m) || c.metalCare(m) || c.confusedAlternative(m)
	}
	return false
}

// likenedBefore returns the token where a verb of resemblance (looks_like)
// ends at most likenessGap words before m in its clause, facts and the
// commas of a list of facts not counted (bridgedBreak), or -1.
func (c *checker) likenedBefore(m match) int {
	if c.lx.looksLike.size() == 0 {
		return -1
	}
	for k, n := m.ti-1, 0; k >= 0 && n <= likenessGap; k-- {
		if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.bridgedBreak(k) {
			break
		}
		if c.phraseEndsAt(c.lx.looksLike, nil, k) > 0 {
			return k
		}
		if !c.isFactToken(k) {
			n++
		}
	}
	return -1
}

// likenedStoneList reports whether the stone m, not a diamond (16 CFR
// 23.12 is read by the checks of its own), follows a verb of resemblance
// at most likenessGap words before it in its clause, no word of the piece
// in that clause before it (anchorPieceWord): "recalls a spessartine
// garnet or a fine citrine".
func (c *checker) likenedStoneList(m match) bool {
	if strings.Contains(m.f.value, "diamond") {
		return false
	}
	k := c.likenedBefore(m)
	if k < 0 {
		return false
	}
	// the clause of the verb, from its start: a word of the piece before
	// the verb makes the likened stone one it is set with, where a
	// relative clause stands before its noun ("这枚戒指镶嵌着模仿其外观的
	// 莫桑石", set with moissanite that imitates its look)
	a := k
	for a > 0 && !c.toks[a].brk && !c.toks[a].sbrk {
		a--
	}
	return !c.anchorPieceWord(a, m.ti-1)
}

// kinGap is how many words likenedKin reads between a word of likeness
// said of an alloy and the kin it names: "سبيكة طبيعية مشابهة من الذهب
// والفضة سمّوها الإلكتروم".
const kinGap = 4

// likenedKin reports whether m is named, at most kinGap words (facts not
// counted) after it in its sentence, after an alloy noun (alloy_words)
// with a word of likeness_kin at most two words from it ("un alliage
// naturel proche, l'électrum", "a similar natural alloy, electrum"), with
// no word of the piece between: the kin of the alloy explained.
func (c *checker) likenedKin(m match) bool {
	d := &c.lx.apart64Data
	if d.likenessKin.empty() {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	for k, n := m.ti-1, 0; k >= s && n <= kinGap; k-- {
		if d.likenessKin.at(c.toks, k) && c.alloyWordNear(k) {
			return !c.anchorPieceWord(k+1, m.ti-1)
		}
		if !c.isFactToken(k) {
			n++
		}
	}
	return false
}

// alloyWordNear reports whether a word of alloy (alloy_words) stands at
// most two words before or after token k, in its clause.
func (c *checker) alloyWordNear(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && !c.toks[j+1].brk; j-- {
		if c.lx.contrastData.alloy.at(c.toks, j) {
			return true
		}
	}
	for j := k + 1; j < len(c.toks) && j <= k+2 && !c.toks[j].brk; j++ {
		if c.lx.contrastData.alloy.at(c.toks, j) {
			return true
		}
	}
	return false
}

// likenedOwnStandard reports whether the fineness m, or the material m
// that names another standard of the piece's own precious metal
// (ownPreciousKin: sterling silver on argentium silver), follows a verb of
// resemblance at most likenessGap words before it in its clause (the
// piece may be its subject between: "liknar den", "ligner armringen"),
// and a word of likeness_but stands after m, after a
// clause break, in its sentence: "liknar den vanligt sterlingsilver 925,
// men metallen är ljusare", "looks like ordinary sterling silver 925, but
// the metal is whiter". The likened standard is not the piece's fineness.
func (c *checker) likenedOwnStandard(m match) bool {
	d := &c.lx.apart64Data
	if d.likenessBut.empty() || m.f.kind == kindKarat && contains(c.facts.karats, m.f.value) || m.f.kind == kindMaterial && !c.ownPreciousKin(m) {
		return false
	}
	if c.likenedBefore(m) < 0 {
		return false
	}
	_, e := c.sentenceOf(m.ti)
	brk := false
	for j := m.tj + 1; j <= e; j++ {
		brk = brk || c.toks[j].brk
		if brk && d.likenessBut.at(c.toks, j) {
			return true
		}
	}
	return false
}

// metalCare reports whether the material m is the metal a care product is
// for: a word of metal_care_before right before it, a determiner between
// at most ("produtos de limpeza para prata", "produits pour l'argent"), or
// one of metal_care_after right after it ("silver dips", "silver polish",
// 銀製品用).
func (c *checker) metalCare(m match) bool {
	d := &c.lx.apart64Data
	if !d.careAfter.empty() {
		for k := m.tj + 1; k < len(c.toks) && k <= m.tj+3 && !c.toks[k].brk; k++ {
			if st := d.careAfter.span(c.toks, k); st == m.tj+1 {
				return true
			}
		}
	}
	if !d.careBefore.empty() && m.ti > 0 && !c.toks[m.ti].brk {
		k := m.ti - 1
		if k > 0 && c.lx.determiners[c.toks[k].s] && !c.toks[k].brk && d.careBefore.at(c.toks, k-1) {
			return true
		}
		return d.careBefore.at(c.toks, k)
	}
	return false
}

// ownPreciousKin reports whether the material m is of the same precious
// metal (canon precious_metals) as one of the piece's body metals:
// sterling silver beside argentium silver.
func (c *checker) ownPreciousKin(m match) bool {
	metal := c.cn.PreciousMetals[m.f.value]
	if metal == "" {
		return false
	}
	for _, v := range c.facts.body {
		if c.cn.PreciousMetals[v] == metal {
			return true
		}
	}
	return false
}
