package grounding

import "strings"

// comparedFile holds the words of a comparison with another metal or
// fineness beyond than_before (#13, the fourteenth session's karatthan14:
// de "Weil 22 Karat weicher ist als 18 Karat", es "más blando que el oro
// de 18 quilates", zh 22K金比18K金柔軟 on a 22k bangle were read as an 18k
// piece).
type comparedFile struct {
	// ThanComparative are words of comparison that are also other words
	// (de "als", as; it "di", of; el "από", from; pl "od", from; ar من,
	// from; fi "kuin", like): they compare only after a comparative, a
	// word of Comparatives or a word with one of ComparativeEndings at
	// most three words before them in the clause ("weicher ist als", "più
	// morbido dell'", "πιο μαλακό από", "miększego od", "أكثر ليونة من",
	// "pehmeämpää kuin").
	ThanComparative    []string `yaml:"than_comparative"`
	Comparatives       []string `yaml:"comparatives"`
	ComparativeEndings []string `yaml:"comparative_endings"`
	// ThanFillers are the words that may stand between a word of
	// comparison and the fineness compared besides determiners, head
	// links and metal words (es "que uno de 18 quilates", fr "que l'or").
	ThanFillers []string `yaml:"than_fillers"`
	// ThanAfter are words of comparison said after what is compared (ja
	// 18金より); ThanSuffixes the same glued to it (ko 18K보다; tr
	// "18 ayardan", then only with a word of ThanSuffixThen after it:
	// "18 ayardan daha yumuşak", since the ablative also says what a
	// piece is made from).
	ThanAfter      []string `yaml:"than_after"`
	ThanSuffixes   []string `yaml:"than_suffixes"`
	ThanSuffixThen []string `yaml:"than_suffix_then"`
	// ThanAfterThen are words of comparison said after what is compared
	// that are also other words (tr "göre", compared with and according
	// to): they compare only with a word of ThanSuffixThen after them
	// ("18 ayara göre daha sert"; #13, metals41).
	ThanAfterThen []string `yaml:"than_after_then"`
	// ThanSuffixDegree are the words of degree that may stand between a
	// standard with a suffix of ThanSuffixes and the word of
	// ThanSuffixThen after it (tr "platinden belirgin biçimde hafiftir",
	// markedly lighter than platinum, where the adjective with its copula
	// is the comparative; Göksel and Kerslake, Turkish: A Comprehensive
	// Grammar, 2005, §15.6.1: the ablative standard needs no "daha").
	ThanSuffixDegree []string `yaml:"than_suffix_degree"`
	// ThanAfterEndings are the endings of a comparative adjective read
	// right after the standard where the standard's case alone marks it
	// (fi "platinaa kevyempää", lighter than platinum, the partitive
	// standard; Karlsson, Finnish: An Essential Grammar, §11 on the
	// comparative; #13, explain49).
	ThanAfterEndings []string `yaml:"than_after_endings"`
	// ThanModifiers are the particles that end a modifier of the noun
	// compared where modifiers stand before it (zh 的: 低於硬度 9 的藍寶石,
	// lower than sapphire, of hardness 9; compared_stone.go, #13
	// compare32).
	ThanModifiers []string `yaml:"than_modifiers"`
	// ThanStandard are words of comparison read only before a stone
	// compared (stoneCompared), which keeps a diamond on a simulant
	// checked, not by comparedWith, which does not (zh 低於, 高於: "僅低於
	// 鑽石" on cubic zirconia is the ranking's; compared_stone.go).
	ThanStandard []string `yaml:"than_standard"`
	// ThanThen are the words that follow the noun compared where the
	// comparison frames it (zh 比…更: 比同样大小的金戒指更重); read after a
	// modifier ending on a word of ThanModifiers (modifiedCompared; #13,
	// alloy39).
	ThanThen []string `yaml:"than_then"`
	// VersusWords set two standards side by side (against, versus,
	// while, whereas, compared with; gegenüber, während; contre, alors
	// que; frente a, mientras que; contro, mentre; tegenover, terwijl;
	// mot, mens; kun; oproti, zatímco; wobec, podczas gdy; έναντι, ενώ;
	// karşılık; مقابل, بينما; に対し; 비해; 相比): in a sentence that
	// states the piece's own fineness or metal, another fineness or metal
	// in a clause with no word of the piece is the standard set against
	// it (versusStandard; #13, fineness48).
	VersusWords []string `yaml:"versus_words"`
	// SubjectComparatives are the words that open a comparative
	// predicate right after its subject where no copula stands between
	// (tr "daha", ko 더, zh 更, 则更; "Tahiti incileri daha büyük",
	// "타히티 진주는 더 크고", "大溪地珍珠则更大"); read by comparedSubject
	// only (#13, explainopen48).
	SubjectComparatives []string `yaml:"subject_comparatives"`
	// SameWords are the words of sameness and of multiples (same,
	// denselben, même, mismo, stesso, hetzelfde, samme, samma, sama,
	// stejnou, ίδια, aynı, نفسها, 同じ, 같지만, 相同; twice, doppelt, deux
	// fois, dos veces, dvakrát, iki kat, 倍): read only by
	// metalSubjectCompared, after another metal that opens its sentence
	// (#13, pools49).
	SameWords []string `yaml:"same_words"`
	// MinimumBefore are the words of a lower bound before a fineness (at
	// least, a minimum of, mindestens, au moins, al menos, almeno, pelo
	// menos, minstens, minst, vähintään, minimálně, co najmniej,
	// τουλάχιστον, على الأقل), MinimumAfter the same after it (en az, 以上,
	// 이상): read by karatMinimum (#13, pools49).
	MinimumBefore []string `yaml:"minimum_before"`
	MinimumAfter  []string `yaml:"minimum_after"`
}

type comparedData struct {
	thanComparative    phrases
	comparatives       map[string]bool
	comparativeEndings []string
	thanFillers        map[string]bool
	thanAfter          startPhrases
	thanSuffixes       []string
	thanSuffixThen     map[string]bool
	thanAfterThen      map[string]bool
	thanSuffixDegree   map[string]bool
	thanAfterEndings   []string
	thanModifiers      map[string]bool
	thanStandard       phrases
	thanThen           map[string]bool
	versus             wordList
	subjComparatives   startPhrases
	same               startPhrases
	minBefore          phrases
	minAfter           startPhrases
}

func compileCompared(f comparedFile) comparedData {
	set := func(list []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range foldedForms(list) {
			m[w] = true
		}
		return m
	}
	return comparedData{
		thanComparative:    phraseSet(f.ThanComparative),
		comparatives:       set(f.Comparatives),
		comparativeEndings: foldedForms(f.ComparativeEndings),
		thanFillers:        set(f.ThanFillers),
		thanAfter:          startPhraseSet(f.ThanAfter),
		thanSuffixes:       foldedForms(f.ThanSuffixes),
		thanSuffixThen:     set(f.ThanSuffixThen),
		thanAfterThen:      set(f.ThanAfterThen),
		thanSuffixDegree:   set(f.ThanSuffixDegree),
		thanAfterEndings:   foldedForms(f.ThanAfterEndings),
		thanModifiers:      set(f.ThanModifiers),
		thanStandard:       phraseSet(f.ThanStandard),
		thanThen:           set(f.ThanThen),
		versus:             compileWordList(f.VersusWords),
		subjComparatives:   startPhraseSet(f.SubjectComparatives),
		same:               startPhraseSet(f.SameWords),
		minBefore:          phraseSet(f.MinimumBefore),
		minAfter:           startPhraseSet(f.MinimumAfter),
	}
}

// comparedGap is how many words (determiners, fillers, head links, metal
// words) may stand between a word of comparison and the fineness or metal
// compared: "que el oro de 18 quilates".
const comparedGap = 4

// metalCompared reports whether the metal or fineness m is what the
// piece's metal is compared with, not the piece's own: a word of
// comparison stands before its noun phrase ("than 18k gold", "als 18
// Karat", "que el oro de 18 quilates", "niż złoto 18-karatowe", 比18K金,
// "πιο μαλακό από τον χρυσό 18 καρατίων") or after it (18金より, 18K보다,
// "18 ayardan daha"). "This 18k bangle", "sold as 18k gold", "di oro 18
// carati" and "από χρυσό 18 καρατίων" stay the piece's.
func (c *checker) metalCompared(m match) bool {
	if c.bracketRestates(m) || c.exampleCompared(m) {
		return true
	}
	if c.lx.thanBefore.size() > 0 || c.lx.thanComparative.size() > 0 {
		// a metal phrase that starts with the word of comparison: ar
		// "أكثر متانة من الفضة", whose "من الفضة" is also "made of silver"
		if m.tj > m.ti && c.thanWordEndsAt(m.ti) {
			return true
		}
		gap := comparedGap
		for k, n := m.ti-1, 0; k >= 0 && n <= gap; k, n = k-1, n+1 {
			if c.toks[k+1].brk && !c.listBreak(k) {
				break
			}
			if c.thanWordEndsAt(k) {
				return true
			}
			t := c.toks[k].s
			if c.metalTokenAt(k) && c.metalTokenAt(k+1) {
				// The compared noun phrase's own metal words, after the
				// first, take no room of the gap: "que el del oro rosa
				// de 18 quilates", "que celle de l'or rose 18 carats"
				// (#13, rp56: released 56B es-ES 56B04).
				n--
				continue
			}
			if m.f.kind == kindKarat && c.elidedKaratArm(k) {
				// "weicher als 18 oder 14 Karat", "than 18 or 14k": a
				// bare number listed before the compared fineness shares
				// its unit, and is compared too (#13, material66).
				gap = n + comparedGap
				continue
			}
			if c.coordinatedAt(k) {
				// "als Gold oder Silber", "que l'or ou l'argent", "than
				// gold, silver or platinum": a metal in a list with the
				// compared one is compared too (#13, coord14).
				gap = n + comparedGap
				continue
			}
			// A word of fineness between the metal and the fineness
			// compared: "od złota próby 585", "than gold of 750
			// fineness" (fineness_words; #13, metals41).
			if !c.lx.determiners[t] && !c.lx.thanFillers[t] && !c.lx.headLinks.hasWord(t) && !c.metalTokenAt(k) && !c.comparedHeadAt(k) && c.phraseEndsAt(c.lx.thanComparative, nil, k) == 0 && !c.finenessWordEndsAt(k) {
				break
			}
		}
		if c.modifiedCompared(m) || c.standardCompared(m) {
			return true
		}
	}
	if len(c.lx.thanAfter) == 0 && len(c.lx.thanSuffixes) == 0 && len(c.lx.thanAfterEndings) == 0 {
		return false
	}
	// The metal noun after a fineness belongs to it: "18K 골드보다"; a
	// metal listed before the compared one is compared too: 金や銀より,
	// "altın ve gümüşten daha" (#13, coord14).
	e := m.tj
	for e+1 < len(c.toks) && e < m.tj+2 && !c.toks[e+1].brk && c.metalTokenAt(e+1) && !c.governedMetalAfter(m, e+1) {
		e++
	}
	// arms joined by a glued particle or a list word of two words too:
	// "금이나 은보다", "altından ya da gümüşten daha" (armJoinedAfter;
	// compare63.go)
	for n := c.armJoinedAfter(e, c.metalTokenAt); n > e; n = c.armJoinedAfter(e, c.metalTokenAt) {
		e = n
		for e+1 < len(c.toks) && !c.toks[e+1].brk && c.metalTokenAt(e+1) {
			e++
		}
	}
	// The noun of the piece the metal is compared in: 金の指輪より,
	// "altın bir yüzükten daha" (#13, alloy39).
	if h := c.comparedHeadAfter(e); h > e && c.thanAfterAt(h) {
		return true
	}
	return c.thanAfterAt(e)
}

// comparedHeadAt reports whether token k is a noun of a piece (a category
// word or a piece noun): the head of a compared noun phrase whose metal
// stands after it ("than a ring of gold", "qu'une bague en or", "que un
// anillo de oro", "di un anello d'oro", "أثقل من خاتم ذهبي"). A piece
// compared is another piece, of the metal named (#13, alloy39).
func (c *checker) comparedHeadAt(k int) bool {
	return c.categoryToken(k) || c.lx.pieceNouns.at(c.toks, k)
}

// comparedHeadAfter is the last token of the noun of a piece after the
// metal ending at e, after a head link or a filler (の, "bir"): 金の指輪,
// "altın bir yüzük"; e when none follows.
func (c *checker) comparedHeadAfter(e int) int {
	k := e + 1
	if k < len(c.toks) && !c.toks[k].brk && (c.lx.headLinks.hasWordAt(&c.toks[k]) || c.lx.thanFillers[c.toks[k].s]) {
		k++
	}
	h := e
	for k < len(c.toks) && k <= e+4 && !c.toks[k].brk && c.comparedHeadAt(k) {
		h = k
		k++
	}
	return h
}

// modifiedCompared reports whether the metal m is the noun compared after
// a modifier that ends on a particle of than_modifiers, with a word of
// than_then after its noun: zh 比同样大小的金戒指更重 (heavier than a gold
// ring of the same size). The modifier holds no fact, no break and no word
// of the piece (#13, alloy39).
func (c *checker) modifiedCompared(m match) bool {
	k := m.ti - 1
	if len(c.lx.thanThen) == 0 || k < 1 || c.toks[m.ti].brk || !c.lx.thanModifiers[c.toks[k].s] {
		return false
	}
	h := c.comparedHeadAfter(m.tj)
	if h+1 >= len(c.toks) || c.toks[h+1].brk || !c.lx.thanThen[c.toks[h+1].s] {
		return false
	}
	return c.modifierAfterPhrase(c.lx.thanBefore, k)
}

// modifierAfterPhrase reports whether a phrase of ps ends at most
// modifierGap tokens before token k, the particle of than_modifiers that
// ends a modifier, with no break, fact or word of the piece between and
// no number first (a count): the modifier of zh 比同样大小的金戒指 and
// 高於常見的925銀飾.
func (c *checker) modifierAfterPhrase(ps phrases, k int) bool {
	for j := k - 1; j >= 0 && j >= k-modifierGap; j-- {
		if c.toks[j+1].brk || c.isFactToken(j) || c.armStopAt(j, false) {
			return false
		}
		if c.phraseEndsAt(ps, nil, j) > 0 {
			return j+1 < k && !c.numberToken(j+1)
		}
	}
	return false
}

// standardCompared reports whether the metal m follows a word of
// comparison read before a standard (than_standard: zh 高於, 低于),
// right after it or after a modifier that ends on a particle of
// than_modifiers with no fact, break or word of the piece in it: zh
// 銀含量高於常見的925銀飾 (a silver content higher than the usual 925
// silver jewellery) on Britannia silver compares the piece's standard
// with sterling (#13, material48: released 48A zh-TW 48A104). 这款手环是
// 925银 still blocks there.
func (c *checker) standardCompared(m match) bool {
	if c.lx.thanStandard.size() == 0 || m.ti < 1 || c.toks[m.ti].brk {
		return false
	}
	if c.phraseEndsAt(c.lx.thanStandard, nil, m.ti-1) > 0 {
		return true
	}
	k := m.ti - 1
	if k < 1 || !c.lx.thanModifiers[c.toks[k].s] {
		return false
	}
	return c.modifierAfterPhrase(c.lx.thanStandard, k)
}

// thanAfterAt reports whether a word of comparison said after what is
// compared follows token e in its clause (ja より), or token e or the
// next carries one of the suffixes (ko 보다, tr "-dan daha"): what ends at
// e is compared.
func (c *checker) thanAfterAt(e int) bool {
	if e+1 < len(c.toks) && !c.toks[e+1].brk {
		for range c.lx.thanAfter.at(c.toks, e+1) {
			return true
		}
	}
	if e+2 < len(c.toks) && !c.toks[e+1].brk && !c.toks[e+2].brk && c.lx.thanAfterThen[c.toks[e+1].s] && c.lx.thanSuffixThen[c.toks[e+2].s] {
		return true
	}
	for _, sfx := range c.lx.thanSuffixes {
		k := e
		if t := c.toks[e].s; !(len(t) > len(sfx) && strings.HasSuffix(t, sfx)) {
			if k = e + 1; k >= len(c.toks) || c.toks[k].brk || c.toks[k].s != sfx {
				continue
			}
		}
		if len(c.lx.thanSuffixThen) == 0 {
			return true
		}
		// words of degree between: "platinden belirgin biçimde
		// hafiftir"; a measure of the difference is one too, its
		// number with them ("çelikten yaklaşık yüzde 40 daha hafiftir",
		// about 40 percent lighter than steel; #13, rel60)
		for n := k + 1; n < len(c.toks) && n <= k+5 && !c.toks[n].brk; n++ {
			if c.lx.thanSuffixThen[c.toks[n].s] {
				return true
			}
			if _, num := atoiToken(c.toks[n].s); !c.lx.thanSuffixDegree[c.toks[n].s] && !num {
				break
			}
		}
	}
	// a comparative right after a standard whose case marks it: fi
	// "platinaa kevyempää"
	if e+1 < len(c.toks) && !c.toks[e+1].brk {
		t := c.toks[e+1].s
		for _, end := range c.lx.thanAfterEndings {
			if len(t) >= len(end)+3 && strings.HasSuffix(t, end) {
				return true
			}
		}
	}
	return false
}

// thanWordEndsAt reports whether a word of comparison ends at token k: one
// of than_before, or one of than_comparative after a comparative.
func (c *checker) thanWordEndsAt(k int) bool {
	if c.phraseEndsAt(c.lx.thanBefore, nil, k) > 0 || c.lx.adjAfter && c.thanSplitAt(k) {
		return true
	}
	n := c.phraseEndsAt(c.lx.thanComparative, nil, k)
	if n == 0 {
		return false
	}
	s := k - n + 1
	for j := s - 1; j >= 0 && j >= s-4 && !c.toks[j+1].brk; j-- {
		t := c.toks[j].s
		if c.lx.comparatives[t] {
			// Four words back only past an adjective's complement with
			// no fact or word of the piece in it: "meno soggetto ai
			// graffi dell'oro 18 kt", less prone to scratches than 18
			// kt gold (#13, metals41).
			return j >= s-3 || !c.factOrPieceIn(j+1, s-1)
		}
		if c.lx.determiners[t] {
			continue
		}
		for _, end := range c.lx.comparativeEndings {
			if len(t) >= len(end)+3 && strings.HasSuffix(t, end) {
				return true
			}
		}
	}
	return false
}

// metalTokenAt reports whether token k lies in a metal or fineness word
// of the text.
func (c *checker) metalTokenAt(k int) bool {
	for _, m := range c.ms {
		if m.ti <= k && k <= m.tj && (m.f.kind == kindMaterial || m.f.kind == kindKarat) {
			return true
		}
	}
	return false
}

// coordinatedAt reports whether token k joins two metals in a list: a list
// word (measure_words.list: and, or, und, oder, ou, 和, や) or a comma with
// a metal word right before it, walking back from the later metal.
func (c *checker) coordinatedAt(k int) bool {
	if k == 0 || c.toks[k].brk || !c.lx.mw.listWords[c.toks[k].s] || !c.metalTokenAt(k-1) {
		return false
	}
	// only articles between the list word and the next metal ("ou
	// l'argent", "e dell'argento"), not "und aus Silber gefertigt"
	for j := k + 1; j < len(c.toks) && j <= k+3; j++ {
		if c.metalTokenAt(j) {
			return true
		}
		t := c.toks[j].s
		if !c.lx.determiners[t] && !c.lx.thanFillers[t] && c.phraseEndsAt(c.lx.thanComparative, nil, j) == 0 {
			return false
		}
	}
	return false
}

// listBreak reports whether the clause break before token k+1 is a comma
// of a list of metals ("than gold, silver or platinum"): a metal word on
// both sides of it, and no sentence end.
//
// The ideographic enumeration comma (、, U+3001) joins list members only,
// never clauses: "比金、银戒指更耐刮擦" (more scratch-resistant than gold or
// silver rings) lists the silver with the gold compared (#13, probe60:
// zh-CN 60D03-3).
func (c *checker) listBreak(k int) bool {
	if c.toks[k+1].sbrk || !c.metalTokenAt(k) || !c.metalTokenAt(k+1) {
		return false
	}
	return c.listAhead(k+1) || strings.TrimSpace(c.text[c.byteAt(c.toks[k].end):c.byteAt(c.toks[k+1].start)]) == "、"
}

// listAhead reports whether a list word follows the metal at token k in
// its clause, before another break: the list goes on ("gold, silver or
// platinum"), not a new clause ("gold, this band is silver").
func (c *checker) listAhead(k int) bool {
	for j := k + 1; j < len(c.toks) && j <= k+4 && !c.toks[j].brk; j++ {
		if c.lx.mw.listWords[c.toks[j].s] {
			return true
		}
		if !c.metalTokenAt(j) {
			return false
		}
	}
	return false
}

// thanSplitAt reports whether a word of comparison of two words or more
// ends at token k with one or two adjectives before its last word, the
// order of languages whose adjectives follow the noun: "une alternative
// abordable à", "una alternativa asequible a", "un'alternativa economica
// all'" (#13, coord14). The words between are no fact words.
func (c *checker) thanSplitAt(k int) bool {
	for _, p := range c.lx.thanBefore.at(&c.toks[k]) {
		if len(p) < 2 {
			continue
		}
		for g := 1; g <= 2; g++ {
			e := k - g - 1 // where the phrase's words before the last end
			if e+1 < len(p)-1 || c.toks[k].brk {
				break
			}
			ok := true
			for j := e + 1; j < k; j++ {
				if c.toks[j].brk || c.matchAt(j) >= 0 {
					ok = false
					break
				}
			}
			if !ok {
				break
			}
			if endsWith(c.toks, e, p[:len(p)-1]) {
				return true
			}
		}
	}
	return false
}

// bracketRestates reports whether the fineness or metal m stands in
// brackets right after a fineness or metal that is compared: the bracket
// restates the compared one ("tem mais ouro do que o de 18 quilates
// (750)", "richer than 18 karat (750) gold", "als 18 Karat (750)"), so it
// is the other gold's too, not a claim about the piece (#13, alloy38;
// probe 38C pt-PT 38C102-2).
func (c *checker) bracketRestates(m match) bool {
	if m.ti < 1 || !c.toks[m.ti].brk {
		return false
	}
	gap := c.text[c.byteAt(c.toks[m.ti-1].end):c.byteAt(c.toks[m.ti].start)]
	if strings.TrimSpace(gap) != "(" && strings.TrimSpace(gap) != "（" {
		return false
	}
	for _, o := range c.ms {
		if o.tj == m.ti-1 && (o.f.kind == kindKarat || o.f.kind == kindMaterial) {
			return c.metalCompared(o)
		}
	}
	return false
}

// factOrPieceIn reports whether a fact word or a word of the piece
// (armStopAt) stands in tokens a..b.
func (c *checker) factOrPieceIn(a, b int) bool {
	for k := a; k <= b && k < len(c.toks); k++ {
		if c.isFactToken(k) || c.armStopAt(k, true) {
			return true
		}
	}
	return false
}

// governedMetalAfter reports whether the metal word at k, right after the
// metal m, is the noun a postposition of substitution governs alone
// (negators_governed_after): "Sormus on platinaa kullan sijaan" (platinum
// instead of gold) compares gold, not platinum (#13, open44c).
func (c *checker) governedMetalAfter(m match, k int) bool {
	if m.f.kind != kindMaterial || c.lx.govAfter.size() == 0 {
		return false
	}
	e := k
	for e+1 < len(c.toks) && !c.toks[e+1].brk && c.metalTokenAt(e+1) && e < k+2 {
		e++
	}
	return c.lx.govAfter.startsAt(c.toks, e+1)
}

// versusStandard reports whether the metal or fineness m, not the
// product's, is a standard the copy sets against the piece's own: a word
// of versus_words in its sentence, the piece's own fineness or body metal
// named in that sentence, and no word of the piece (scalePieceWord) nor
// "made of" in m's clause. "Where sterling is 925 parts per thousand
// silver, Britannia is 958", "958 against sterling's 925", "während
// Sterlingsilber 925 enthält", "958 milésimas frente a las 925 de la plata
// esterlina", スターリングシルバーの925に対し, "Comparé à l'or 10 ou 14
// carats …, l'or 22 carats offre". "The bangle is 925 sterling silver,
// against Britannia's 958" keeps 925 the piece's (#13, fineness48).
func (c *checker) versusStandard(m match) bool {
	d := c.lx.comparedData.versus
	if m.negated || d.empty() || (m.f.kind != kindMaterial && m.f.kind != kindKarat) {
		return false
	}
	if contains(c.facts.materials, m.f.value) || contains(c.facts.karats, m.f.value) {
		return false
	}
	// a standard of the piece's own precious metal only: another
	// fineness of gold, another standard of silver ("sterling" against
	// Britannia), not another metal
	if m.f.kind == kindMaterial {
		fam := c.cn.SolidMetals[m.f.value]
		same := false
		for _, b := range c.facts.body {
			same = same || fam != "" && c.cn.SolidMetals[b] == fam
		}
		if !same {
			return false
		}
	} else if !c.solidKaratGold() && !c.ownSilverStandard() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	// the word of versus stands in m's own clause ("where sterling is
	// 925, …", スターリングシルバーの925に対し) or with no fineness or
	// metal of the piece after it ("…de la plata de ley: 958 milésimas
	// frente a las 925"); not in a later clause
	// that states the piece's own after it ("Solid 24ct gold from end to
	// end, while most rope chains stop at 22ct" on a 22k chain keeps 24ct
	// the piece's; #13, adv48c); and it stands before one of the two, not
	// after both unless another metal or fineness follows it ("Eldagaten i
	// vitguld ger skimmer i orange, grönt och guld mot en brun botten":
	// "mot" there is "against a brown ground", no standard;
	// TestKindsIridescence27; "…prata de lei: 958 milésimas contra as 925"
	// keeps its standard)
	a, b := c.clauseOfMatch(m)
	own, lastOwn, maxOwn := false, -1, -1
	for _, o := range c.ms {
		if o.ti > e {
			break
		}
		if o.tj < s || o.negated || o.ti == m.ti {
			continue
		}
		if o.f.kind == kindKarat && contains(c.facts.karats, o.f.value) || o.f.kind == kindMaterial && contains(c.facts.body, o.f.value) {
			own = true
			maxOwn = max(maxOwn, o.ti)
			if o.ti > b {
				lastOwn = o.ti
			}
		}
	}
	if !own || c.madeOfFineness(m) {
		return false
	}
	versus := false
	for k := s; k <= e && !versus; k++ {
		versus = d.at(c.toks, k) && k >= a && (k <= b || k > lastOwn) && (k < max(m.ti, maxOwn) || c.versusStandardAfter(k, e))
	}
	if !versus {
		return false
	}
	return !c.scalePieceWord(a, b)
}

// ownSilverStandard reports whether the product's body is silver of a
// stated fineness.
func (c *checker) ownSilverStandard() bool {
	if len(c.facts.karats) == 0 {
		return false
	}
	for _, b := range c.facts.body {
		if c.cn.SolidMetals[b] == "silver" {
			return true
		}
	}
	return false
}

// versusStandardAfter reports whether a metal or fineness match that is not
// the product's own, or a number, stands after token k and no later than
// token e: the standard a versus word at k introduces ("contra as 925",
// "958 millesimi contro 925").
func (c *checker) versusStandardAfter(k, e int) bool {
	for j := k + 1; j <= e && j < len(c.toks); j++ {
		if t := c.toks[j].s; t != "" && t[0] >= '0' && t[0] <= '9' {
			return true
		}
	}
	for _, o := range c.ms {
		if o.ti <= k || o.negated {
			continue
		}
		if o.ti > e {
			return false
		}
		if o.f.kind == kindKarat && !contains(c.facts.karats, o.f.value) || o.f.kind == kindMaterial && !contains(c.facts.body, o.f.value) {
			return true
		}
	}
	return false
}

// elidedKaratArm reports whether token k belongs to a first arm of a list
// of finenesses whose unit is said once, after the last ("18 oder 14
// Karat", "18 or 14k", "18 ou 14 carats"): a list word (measure_words.list)
// with a bare number right before it, or that bare number with the list
// word right after it. Walking back from the compared karat, such an arm
// is compared with it.
func (c *checker) elidedKaratArm(k int) bool {
	n := len(c.toks)
	if c.lx.mw.listWords[c.toks[k].s] && !c.toks[k].brk && k >= 1 && c.numberToken(k-1) && !c.metalTokenAt(k-1) {
		return true
	}
	return k+1 < n && c.numberToken(k) && !c.metalTokenAt(k) && !c.toks[k+1].brk && c.lx.mw.listWords[c.toks[k+1].s]
}
