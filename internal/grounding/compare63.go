package grounding

// Other materials named in a comparison in copy that explains the
// product's own (#13, cmp63: released 62A cs-CZ and zh-TW 62A04-1, probe
// 62C ko-KR 62C02-1/-3, probe 62D sv-SE 62D02-1). compare62.go reads what
// a likeness or a comparison sets the piece's material beside; four more
// shapes of the same kind blocked:
//
//   - the first arm of a coordination before a comparative word said
//     after the standard, where the arms are joined by a particle glued to
//     the first (ko 이나, 과, 와, 하고: "금이나 은보다 가볍습니다", lighter
//     than gold or silver) or by a list word of two words (tr "altından ya
//     da gümüşten daha hafif"): both arms are the standard, as "than gold
//     or silver" already reads (compared_metal.go, coord14);
//   - the standard of an equative whose subject is the piece's stone said
//     sentences before, a stone the copy likened it to between ("Stenen
//     påminner om rökkvarts … är den nästan lika hård som kvarts"): a stone
//     that is itself a standard is passed over on the way back to the
//     thing compared (ownStoneBefore), as ownMetalBefore passes over a
//     compared metal;
//   - another metal that opens its sentence said to work "by the same
//     principle" as the product's own, named before (same_process: "티타늄도
//     같은 원리로 색을 냅니다", titanium takes its colour by the same
//     principle, in copy explaining niobium's anodising);
//   - a stone whose quality the piece's stone is said to lack, a word of
//     denied_have before the quality noun (light_nouns, quality_nouns):
//     "nemá ohnivost diamantu", "lacks the fire of diamond", "no tiene el
//     fuego del diamante"; and zh 不如 (not as … as) among the words of
//     comparison (than_before: 火彩也不如鑽石強烈).
//
// A diamond is read in the last shape and in a comparison: 16 CFR 23.12
// forbids calling a stone a diamond, or likening it to one so as to
// mislead, not the statement that it is softer than diamond or lacks its
// fire. "It has the fire of a diamond" likens the piece to one and stays
// checked, as do "The ring is of quartz" and "이 팔찌는 금입니다".

// compare63File holds a pack's words of these shapes:
//
//   - list_suffixes: the coordinating particles glued to the first arm of
//     a list ("*이나", "*과", "*와", "*하고");
//   - same_process: "by the same principle" and its kin, said of another
//     material that works as the product's own ("같은 원리로", "nach
//     demselben Prinzip", "selon le même principe", 同じ原理で);
//   - denied_have: the words that say the piece's stone lacks a quality,
//     before the quality noun ("lacks", "does not have", "nemá", "no
//     tiene", "saknar").
type compare63File struct {
	ListSuffixes []string `yaml:"list_suffixes"`
	SameProcess  []string `yaml:"same_process"`
	DeniedHave   []string `yaml:"denied_have"`
}

type compare63Data struct {
	listSuffixes, sameProcess, deniedHave wordList
}

func compileCompare63(f compare63File) compare63Data {
	return compare63Data{listSuffixes: compileWordList(f.ListSuffixes), sameProcess: compileWordList(f.SameProcess), deniedHave: compileWordList(f.DeniedHave)}
}

// armJoinedAfter returns the first token of the next arm of a list whose
// arm ends at token e, where isArm holds there: after a list word
// (measure_words.list) of one or two words ("or", "ya da"), or right
// after e where e carries a glued particle of list_suffixes (ko
// "금이나 은보다"); -1 where none follows in e's clause.
func (c *checker) armJoinedAfter(e int, isArm func(int) bool) int {
	n := len(c.toks)
	if e+1 < n && !c.toks[e+1].brk && c.lx.compare63Data.listSuffixes.affixAt(c.toks, e) && isArm(e+1) {
		return e + 1
	}
	if e+2 < n && !c.toks[e+1].brk && !c.toks[e+2].brk && c.lx.mw.listWords[c.toks[e+1].s] && isArm(e+2) {
		return e + 2
	}
	if e+3 < n && !c.toks[e+1].brk && !c.toks[e+2].brk && !c.toks[e+3].brk && c.lx.mw.listWords[c.toks[e+1].s+" "+c.toks[e+2].s] && isArm(e+3) {
		return e + 3
	}
	return -1
}

// stoneStandard reports whether the stone o, one the product lacks, is
// itself what the copy likens or compares the piece's stone to: passed
// over on the way back to the thing an equative compares (ownStoneBefore).
func (c *checker) stoneStandard(o match) bool {
	return !contains(c.facts.stones, o.f.value) && (c.imitated(o) || c.likenessOf(o) || c.stoneCompared(o) || c.likenedStandard(o))
}

// ownStoneEarlier reports whether the nearest stone named before m in the
// text, past negated stones and standards (stoneStandard), is one of the
// product's: the subject an equative whose pronoun stands for it compares
// ("Axinit … Stenen påminner om rökkvarts … är den nästan lika hård som
// kvarts").
func (c *checker) ownStoneEarlier(m match) bool {
	for j := len(c.ms) - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.ti >= m.ti || o.f.kind != kindStone || o.negated || c.stoneStandard(o) {
			continue
		}
		return contains(c.facts.stones, o.f.value)
	}
	return false
}

// sameProcessOther reports whether the material m, one the product
// lacks, opens its sentence (determiners before it at most) as the
// subject of a clause said to work by the same principle (same_process)
// as the product's own material, named before m's sentence, with no word
// of the piece in the sentence (pieceNamedIn): "티타늄도 같은 원리로 색을
// 냅니다", "Titanium takes its colour by the same principle".
func (c *checker) sameProcessOther(m match) bool {
	d := &c.lx.compare63Data
	if m.negated || m.f.kind != kindMaterial || d.sameProcess.empty() || contains(c.facts.materials, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k < m.ti; k++ {
		if !c.lx.determiners[c.toks[k].s] {
			return false
		}
	}
	same := false
	for k := m.tj + 1; k <= e && !same; k++ {
		same = d.sameProcess.at(c.toks, k)
	}
	if !same || c.pieceNamedIn(s, e) {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= s {
			break
		}
		if o.f.kind == kindMaterial && !o.negated && contains(c.facts.materials, o.f.value) {
			return true
		}
	}
	return false
}

// deniedQuality reports whether the stone m, one the product lacks, is
// the stone whose quality the piece's is said to lack: right after a
// light or quality noun (light_nouns, quality_nouns), a genitive link or
// determiners between at most two ("ohnivost diamantu", "the fire of
// diamond", "el fuego del diamante"), itself after a word of denied_have,
// a determiner between at most ("nemá", "lacks", "no tiene el").
func (c *checker) deniedQuality(m match) bool {
	d := &c.lx.compare63Data
	if m.negated || m.f.kind != kindStone || d.deniedHave.empty() || contains(c.facts.stones, m.f.value) {
		return false
	}
	k := m.ti - 1
	for n := 0; n < 2 && k >= 0 && !c.toks[k+1].brk && (likenessLinks[c.toks[k].s] || c.lx.determiners[c.toks[k].s] || linkArticles[c.toks[k].s] || c.toks[k].s == "del" || c.toks[k].s == "du" || c.toks[k].s == "des"); n++ {
		k--
	}
	if k < 0 || c.toks[k+1].brk {
		return false
	}
	n := max(c.lightEndsAt(k), c.phraseEndsAt(c.lx.qualityNouns, nil, k))
	if n == 0 {
		return false
	}
	k -= n
	if k >= 0 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && d.deniedHave.at(c.toks, k)
}
