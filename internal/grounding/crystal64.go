package grounding

// Crystal words that name the piece's own stone (#13, rel64b: probe 64D
// da-DK 64D02-1/-3 "fem klare zirkonia, laboratoriefremstillede
// krystaller", tr-TR 64D02-1/-3 "Kübik zirkonya laboratuvarda üretilen,
// berrak ve sert bir kristaldir"). Cubic zirconia is synthetic zirconium
// dioxide grown as crystals from the melt (GIA Gem Encyclopedia, "Cubic
// Zirconia"), and a laboratory-grown stone is a crystal of its mineral
// (FTC 16 CFR 23.23); glass crystal is made in no laboratory. madeCrystal
// reads the crystal as the predicate when only a determiner and its
// modifiers stand between the copula and it; ownStoneCrystal64 reads the
// same crystal in apposition to the stone, after its comma, and as the
// predicate after a participle clause closed by a comma.

// crystal64Gap is how many words may stand between the piece's own stone
// and its crystal word: the stone's comma, a participle of the laboratory
// ("laboratuvarda üretilen", "laboratoriefremstillede") and the crystal's
// adjectives ("berrak ve sert bir", "ein im Labor hergestellter, klarer und
// harter").
const crystal64Gap = 9

// ownStoneCrystal64 reports whether the crystal word m is said of the
// product's own stone named before it in its sentence, with only the
// stone's colours, words and one comma between (no other fact, no word of
// setting, no capitalised maker's name right before the crystal word:
// "zirkonia, Swarovski krystaller" still blocks), and a word of the laboratory (laboratory_words) between
// them or in the crystal's clause after it:
//   - as the predicate, the copula between or ending the crystal word,
//     at most two commas of an aside between ("Kübik zirkonya laboratuvarda
//     üretilen, berrak ve sert bir kristaldir", "Cubic zirconia, made in a
//     laboratory, is a clear and hard crystal");
//   - in apposition, the only comma right after the stone's phrase (its
//     colours after it: "circonitas transparentes, cristales") and no list
//     word and stone after the crystal in its clause ("fem klare zirkonia,
//     laboratoriefremstillede krystaller med mange facetter"; "zirconia,
//     lab-made crystals and pearls" is a list and still blocks).
func (c *checker) ownStoneCrystal64(m match) bool {
	if m.f.value != "crystal" && m.f.value != "man-made crystal" || m.negated || c.lx.labWords.empty() {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	subj := -1
	for i, x := range c.ms {
		if x.tj >= m.ti {
			break
		}
		if x.ti < s || x.f.kind == kindIgnore || x.f.kind == kindColour {
			continue
		}
		subj = i
	}
	if subj < 0 {
		return false
	}
	st := c.ms[subj]
	if st.negated || st.f.kind != kindStone || st.f.value == "crystal" || !contains(c.facts.stones, st.f.value) || m.ti-st.tj-1 > crystal64Gap {
		return false
	}
	toks := c.toks
	commas, cop, lab := 0, false, false
	for k := st.tj + 1; k <= m.ti; k++ {
		if toks[k].sbrk {
			return false
		}
		if toks[k].brk {
			if commas++; commas > 2 {
				return false
			}
		}
		if k == m.ti {
			break
		}
		if c.lx.settingWords.at(toks, k) || k == m.ti-1 && c.capitalisedInside(k) {
			return false
		}
		cop = cop || c.isCopula(k)
		lab = lab || c.lx.labWords.at(toks, k)
	}
	cop = cop || c.copulaEndsAt(m.tj)
	end := c.stonePhraseEnd(st) // the stone and its colours after it ("circonitas transparentes")
	if !cop && (commas != 1 || end+1 > m.ti || !toks[end+1].brk || c.conjAt(end+1)) {
		return false
	}
	conj := false
	for k := m.tj + 1; k < len(toks) && !toks[k].brk; k++ {
		conj = conj || !cop && c.conjAt(k)
		if i := c.matchAt(k); conj && i >= 0 && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindStoneNoun) {
			return false // a list: "zirconia, crystals and pearls"
		}
		lab = lab || c.lx.labWords.at(toks, k)
	}
	return lab
}

// originGap64 is how many words may stand inside a phrase of
// crystal_origin_words: adverbs of degree or time ("still come almost
// only from", "kommer næsten kun fra", "are now mostly found in").
const originGap64 = 2

// originAt64 reports whether a phrase of crystal_origin_words ends at
// token k, whole or with up to originGap64 words inside it that are no
// fact and hold no punctuation: "gem-quality crystals still come almost
// only from that one area" on benitoite, whose gem crystals come almost
// only from San Benito County, California (#13, rel64b: released 64B
// en-AU 64B04-1; GIA Gem Encyclopedia, "Benitoite").
func (c *checker) originAt64(k int) bool {
	toks := c.toks
	if c.lx.originWords.at(toks, k) {
		return true
	}
	for g := 1; g <= originGap64 && k-g-1 >= 0; g++ {
		ok := true
		for j := k - g; j <= k; j++ {
			if toks[j].brk || j < k && c.factAt(j) >= 0 {
				ok = false
			}
		}
		if !ok {
			return false
		}
		a := max(0, k-g-4)
		tmp := append(append(make([]token, 0, k-g-a+1), toks[a:k-g]...), toks[k])
		if s := c.lx.originWords.span(tmp, len(tmp)-1); s >= 0 && s < len(tmp)-1 {
			return true
		}
	}
	return false
}
