package grounding

import "strings"

// Other materials named inside an explanation of the product's own (#13,
// compare62: held-out 61A en-US 61A03-1, probe 61D ar-AE 61D02-2, probe
// 60C en-GB, es-MX, nl-NL, fi-FI on shibuichi). Copy that explains a
// stone or an alloy names other things beside it: what its look is closer
// to ("closer to fine jade or chalcedony than to a faceted gem"), what
// gem experts once took it for ("يحسبونه نوعاً بنيّاً من الزبرجد", took it
// for a brown kind of peridot), what its metal is compared with ("يُقارَن
// البلاديوم عادةً بالبلاتين", palladium is usually compared with
// platinum), what it was used beside in its history ("usaban el shibuichi
// junto con el shakudō, una aleación casi negra de cobre y oro", "deze
// legering … naast shakudō") and a place or trade named for a metal ("the
// old copper-mining country"). None says the piece is of that stone or
// metal (16 CFR 23.4-23.7 and 23.25 govern what the piece is said to be),
// and each blocked as one. "The ring is jade", "set with peridot", "made
// of platinum" name the piece's own and still block.

// compare62File holds a pack's words of these shapes:
//
//   - likeness_before: said before what a stone's look is likened to or
//     was taken for ("closer to", "took it for", "näher an", "plus proche
//     de", "dichter bij", أقرب إلى, يحسبونه); a metal there is a look of
//     the piece (light.go metalLook: "mistook it for gold" on a grey piece
//     blocks), so these read stones only;
//   - likeness_after: the same said after it (ja に近い, ko 가까운, tr "daha
//     yakın", fi "lähempänä" after its partitive);
//   - compared_before / compared_after: said before or after what a stone
//     or a metal is compared with ("compared with", "verglichen mit",
//     "comparado con", يقارن, "verrataan", "platinaan verrattuna");
//   - used_beside: said between the product's own material and what a
//     craft used beside it ("junto con", "naast", "alongside", "neben",
//     "aux côtés de");
//   - metal_trade_before / metal_trade_after: the words that make a metal
//     the name of a trade or place ("copper-mining", "gold rush", "minas
//     de cobre", "ruée vers l'or", "Kupferbergbau");
//   - ratio_parts: the noun of a recipe's parts after its number ("one
//     part silver to three of copper", "yksi osa hopeaa ja kolme osaa
//     kuparia", "ein Teil Silber auf drei Teile Kupfer");
//   - sameness_before: "the same mineral" and its kin, said before what
//     shares the product's material ("aragonit, ten sam minerał, z
//     którego zbudowana jest masa perłowa").
type compare62File struct {
	LikenessBefore []string `yaml:"likeness_before"`
	LikenessAfter  []string `yaml:"likeness_after"`
	ComparedBefore []string `yaml:"compared_before"`
	ComparedAfter  []string `yaml:"compared_after"`
	UsedBeside     []string `yaml:"used_beside"`
	TradeBefore    []string `yaml:"metal_trade_before"`
	TradeAfter     []string `yaml:"metal_trade_after"`
	RatioParts     []string `yaml:"ratio_parts"`
	SameBefore     []string `yaml:"sameness_before"`
}

type compare62Data struct {
	likenessBefore, likenessAfter, comparedBefore, comparedAfter, usedBeside, tradeBefore, tradeAfter, ratioParts, sameBefore wordList
}

func compileCompare62(f compare62File) compare62Data {
	return compare62Data{likenessBefore: compileWordList(f.LikenessBefore), likenessAfter: compileWordList(f.LikenessAfter),
		comparedBefore: compileWordList(f.ComparedBefore), comparedAfter: compileWordList(f.ComparedAfter),
		usedBeside: compileWordList(f.UsedBeside), tradeBefore: compileWordList(f.TradeBefore), tradeAfter: compileWordList(f.TradeAfter),
		ratioParts: compileWordList(f.RatioParts), sameBefore: compileWordList(f.SameBefore)}
}

// likenessGap is how many words, other than facts coordinated with the
// one read, may stand between a word of likeness and what it likens: "took
// it for a brown kind of peridot", "closer to fine jade or chalcedony".
const likenessGap = 5

// explainedOther62 reports whether the stone or material m is another
// thing named in an explanation of the product's own (the shapes above):
// the standard of a likeness or comparison, a material used beside the
// product's own, or a metal in the name of a trade or place.
func (c *checker) explainedOther62(m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial {
		return false
	}
	return c.likenedStandard(m) || c.usedBesideOwn(m) || c.metalTrade(m) || c.alloyRecipe(m) || c.sharesOwnMineral(m) || c.juxtaposedSubject(m) || c.sameProcessOther(m) || c.deniedQuality(m)
}

// juxtaposedSubject reports whether the material m, another metal than
// the product's, opens its sentence (a determiner before it at most) as
// the subject of a clause set against one on the product's own metal: the
// sentence goes on, after a semicolon or a word of versus_words (whereas,
// while, mens), with a clause whose first fact, within two words of its
// start, is the product's own material, and no word of the piece
// (pieceNamedIn; a word of plating there is the other metal's want of one)
// stands in m's clause: "Platin er hvidt helt igennem og klarer sig uden
// belægning; hvidguld får sin hvide glans af rhodium". "Ringen er platin;
// hvidguld er billigere" names the piece in m's clause and still blocks.
func (c *checker) juxtaposedSubject(m match) bool {
	if m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	// m opens its sentence, a determiner before it at most: "Often it is
	// nickel; palladium is added" says the piece is nickel.
	for k := s; k < m.ti; k++ {
		if !c.lx.determiners[c.toks[k].s] {
			return false
		}
	}
	// A semicolon may end the sentence the tokenizer reads: the clause
	// after it is read too.
	if e+1 < len(c.toks) {
		if gap := strings.TrimSpace(c.text[c.byteAt(c.toks[e].end):c.byteAt(c.toks[e+1].start)]); gap == ";" || gap == "；" || gap == "؛" {
			_, e = c.sentenceOf(e + 1)
		}
	}
	// m's clause ends at the semicolon or the word of versus_words.
	for k := m.tj + 1; k <= e; k++ {
		gap := ""
		if c.toks[k].brk || c.toks[k].sbrk {
			gap = strings.TrimSpace(c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)])
		}
		semi := gap == ";" || gap == "；" || gap == "؛"
		vs := c.toks[k].brk && c.lx.comparedData.versus.at(c.toks, k)
		if !semi && !vs {
			continue
		}
		if c.pieceNamedIn(s, k-1) {
			return false
		}
		for _, o := range c.ms {
			if o.ti < k || o.f.kind == kindColour {
				continue
			}
			return o.ti <= k+2 && o.ti <= e && !o.negated && o.f.kind == kindMaterial && contains(c.facts.materials, o.f.value)
		}
		return false
	}
	return false
}

// sameGap is how many words sharesOwnMineral reads after a word of
// sameness: "ten sam minerał, z którego zbudowana jest masa perłowa".
const sameGap = 8

// sharesOwnMineral reports whether m follows a word of sameness_before
// ("the same mineral", "ten sam minerał") at most sameGap words before it
// in its sentence, one clause break between at most and no word of the
// piece (anchorPieceWord): what else is made of the material explained.
func (c *checker) sharesOwnMineral(m match) bool {
	d := &c.lx.compare62Data
	if d.sameBefore.empty() || strings.Contains(m.f.value, "diamond") {
		return false
	}
	breaks := 0
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-sameGap; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if c.toks[k+1].brk {
			if breaks++; breaks > 1 {
				break
			}
		}
		if d.sameBefore.at(c.toks, k) {
			return !c.anchorPieceWord(k+1, m.ti-1)
		}
	}
	return false
}

// alloyRecipe reports whether the material m is a member of the
// product's own alloy (canon alloy_metals of one of its materials) named
// in the alloy's recipe: its sentence counts parts (a number right before
// a word of ratio_parts), names another member of the same alloy, and
// holds no word of the piece (recipePieceWord): "prized shibuichi, one part
// silver to three of copper", "Perinteisesti siinä on yksi osa hopeaa ja
// kolme osaa kuparia" (shibuichi is copper with 20-40 % silver: Hughes and
// Rowe, The Colouring, Bronzing and Patination of Metals, 1982). "The band
// is one part silver to three of copper" names the piece and blocks.
func (c *checker) alloyRecipe(m match) bool {
	d := &c.lx.compare62Data
	if d.ratioParts.empty() || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	parts := false
	for _, o := range c.ms {
		if o.ti < s || o.f.kind != kindNumber {
			continue
		}
		if o.ti > e {
			break
		}
		if k := o.tj + 1; k <= e && !c.toks[k].brk && c.ratioPartsFrom(k, e) {
			parts = true
			break
		}
	}
	if !parts || c.recipePieceWord(s, e) {
		return false
	}
	for alloy, metals := range c.cn.AlloyMetals {
		if !contains(metals, m.f.value) || !contains(c.facts.materials, alloy) {
			continue
		}
		for _, o := range c.ms {
			if o.ti < s || o.ti == m.ti || o.negated || o.f.kind != kindMaterial {
				continue
			}
			if o.ti > e {
				break
			}
			if o.f.value != m.f.value && contains(metals, o.f.value) {
				return true
			}
		}
	}
	return false
}

// ratioPartsFrom reports whether a word of ratio_parts starts at token k
// and ends by token e: one token ("parts", 対) or a phrase the tokenizer
// splits (ja "に対して", one token a character; #13, apart64: held-out
// 63B ja-JP 63B03-2 "銀一に対して銅三").
func (c *checker) ratioPartsFrom(k, e int) bool {
	d := &c.lx.compare62Data
	for j := k; j <= e && j <= k+5; j++ {
		if j > k && c.toks[j].brk {
			return false
		}
		if d.ratioParts.span(c.toks, j) == k {
			return true
		}
	}
	return false
}

// likenedStandard reports whether m is what a likeness sets the piece's
// stone beside (a stone after likeness_before or before likeness_after) or
// what a comparison sets its stone or metal beside (compared_before,
// compared_after): the word at most likenessGap words from it, in its
// clause, with no word of the piece between (anchorPieceWord). A comma of
// a list of facts and a bracket that restates the fact before it
// ("الزبرجد الزيتوني (البيريدوت)") are bridged (bridgedBreak). Diamond is
// left to the checks of its own (16 CFR 23.12: a stone likened to a
// diamond is the misuse they read).
func (c *checker) likenedStandard(m match) bool {
	d := &c.lx.compare62Data
	if strings.Contains(m.f.value, "diamond") {
		return false
	}
	if m.f.kind == kindStone && c.standardOf(m, d.likenessBefore, d.likenessAfter) {
		return true
	}
	return c.standardOf(m, d.comparedBefore, d.comparedAfter)
}

// standardOf reports whether a word of before ends at most likenessGap
// words before m, or one of after starts at most likenessGap words after
// it, in its clause (bridgedBreak), no word of the piece between.
func (c *checker) standardOf(m match, before, after wordList) bool {
	if !before.empty() {
		for k, n := m.ti-1, 0; k >= 0 && n <= likenessGap; k-- {
			if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.bridgedBreak(k) {
				break
			}
			if before.at(c.toks, k) {
				return !c.anchorPieceWord(k+1, m.ti-1)
			}
			if !c.isFactToken(k) {
				n++
			}
		}
	}
	if !after.empty() {
		for k, n := m.tj+1, 0; k < len(c.toks) && n <= likenessGap; k++ {
			if c.toks[k].sbrk || c.toks[k].brk && !c.bridgedBreak(k-1) {
				break
			}
			if st := after.span(c.toks, k); st > m.tj {
				return !c.anchorPieceWord(m.tj+1, st-1)
			}
			if !c.isFactToken(k) {
				n++
			}
		}
	}
	return false
}

// bridgedBreak reports whether the clause punctuation between tokens k
// and k+1 is a comma of a list of facts (both sides a fact) or a bracket
// that opens after a word: neither ends the phrase a likeness governs.
func (c *checker) bridgedBreak(k int) bool {
	if k < 0 || k+1 >= len(c.toks) || c.toks[k+1].sbrk {
		return false
	}
	gap := strings.TrimSpace(c.text[c.byteAt(c.toks[k].end):c.byteAt(c.toks[k+1].start)])
	if gap == "(" || gap == "（" {
		return true
	}
	return (gap == "," || gap == "、" || gap == "،") && c.isFactToken(k) && c.isFactToken(k+1)
}

// besideOwnGap is how many words may stand between the product's own
// material (or a word of alloy naming it) and the word of used_beside
// after it: "deze legering van zilver en koper naast".
const besideOwnGap = 6

// usedBesideOwn reports whether m, a stone or material the product does
// not have, follows a word of used_beside in its sentence that itself
// follows the product's own material at most besideOwnGap words before it
// in its clause ("usaban el shibuichi junto con el shakudō, una aleación
// casi negra de cobre y oro, y con incrustaciones de plata pura"), in a
// sentence with no word of the piece before the word of used_beside
// (anchorPieceWord) nor a name of the piece after it (pieceNamedIn,
// alloy50.go: no verb of setting, since what a craft used may be inlays,
// "y con incrustaciones de plata pura"): what a craft used beside the
// material, with the materials of its apposition and its list. "The ring
// is shibuichi beside 18k gold" holds a word of the piece and blocks.
func (c *checker) usedBesideOwn(m match) bool {
	d := &c.lx.compare62Data
	if d.usedBeside.empty() || contains(c.facts.materials, m.f.value) || contains(c.facts.stones, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k < m.ti; k++ {
		if !d.usedBeside.at(c.toks, k) {
			continue
		}
		st := d.usedBeside.span(c.toks, k)
		if st >= 0 && c.ownMaterialBefore(st) {
			return !c.anchorPieceWord(s, k) && !c.pieceNamedIn(k+1, e)
		}
	}
	return false
}

// ownMaterialBefore reports whether the product's own material, or a word
// of alloy (alloy_words), ends at most besideOwnGap words before token st
// in its clause.
func (c *checker) ownMaterialBefore(st int) bool {
	for k := st - 1; k >= 0 && k >= st-besideOwnGap; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.lx.contrastData.alloy.at(c.toks, k) {
			return true
		}
		for _, o := range c.ms {
			if o.ti > k {
				break
			}
			if o.tj == k && !o.negated && o.f.kind == kindMaterial && contains(c.facts.materials, o.f.value) {
				return true
			}
		}
	}
	return false
}

// metalTrade reports whether the material m names a trade or a place
// with its metal: a word of metal_trade_after right after it ("copper
// mining", "copper-mining country", "gold rush") or one of
// metal_trade_before right before it, a determiner between at most
// ("minas de cobre", "la fiebre del oro", "ruée vers l'or").
func (c *checker) metalTrade(m match) bool {
	d := &c.lx.compare62Data
	if m.f.kind != kindMaterial {
		return false
	}
	if !d.tradeAfter.empty() && m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk {
		for k := m.tj + 1; k < len(c.toks) && k <= m.tj+3 && (k == m.tj+1 || !c.toks[k].brk); k++ {
			if st := d.tradeAfter.span(c.toks, k); st == m.tj+1 {
				return true
			}
		}
	}
	if !d.tradeBefore.empty() && m.ti > 0 && !c.toks[m.ti].brk {
		k := m.ti - 1
		if k > 0 && c.lx.determiners[c.toks[k].s] && !c.toks[k].brk {
			if d.tradeBefore.at(c.toks, k-1) {
				return true
			}
		}
		return d.tradeBefore.at(c.toks, k)
	}
	return false
}

// recipePieceWord reports whether tokens a..b name the piece: a category
// word or noun of the piece, a possessive of ours or a demonstrative of
// the piece, a verb of setting, the product's own name. A part word is
// none here: "makers of sword fittings" names the craft the recipe served.
func (c *checker) recipePieceWord(a, b int) bool {
	lx := c.lx
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) ||
			c.categoryToken(k) || lx.pieceNouns.at(c.toks, k) || lx.settingWords.at(c.toks, k) || !c.isFactToken(k) && c.ownNameAt(k) {
			return true
		}
	}
	return false
}
