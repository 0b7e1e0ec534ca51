package checks

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// market is one locale's rules for naming stones and metals, as data in
// data/<locale>/market.yaml, each with the source it follows.
type market struct {
	LabGrown marketQualifiers `yaml:"lab_grown"`
	Simulant marketQualifiers `yaml:"simulant"`
	Plating  struct {
		Source string `yaml:"source"`
	} `yaml:"plating"`
	// Diamond lists the language's words for a diamond beyond the
	// built-in ones (diamondWords), inflections written out.
	// ("*diamant" a compound's tail, "timanttisormu*" its head: see
	// locales.Qualifiers.Diamond).
	Diamond []string `yaml:"diamond"`
	// Brilliant are the words for a brilliant that are also adjectives,
	// read as a diamond only as a noun (locales.BrilliantWords).
	Brilliant *locales.BrilliantWords `yaml:"brilliant"`

	lab, labWeak, sim [][]formTok // compiled phrases (concept form syntax)
	natural           [][]formTok // LabGrown.Natural compiled
	stoneNouns        [][]formTok // LabGrown.StoneNouns compiled
	labStrong         [][]formTok // LabGrown.Qualifiers but the bare laboratory words (weakLabQualifiers)
	diamond           wordSet
	diamondTails      []string // folded compound tails ("*diamanter")
	diamondHeads      []string // folded compound heads ("timanttisormu*")
	diamondGlued      wordSet  // "+钻": a diamond only glued after a qualifier (培育钻)
	brilliant         wordSet
	brilliantAfter    wordSet
	brilliantOpening  wordSet
	brilliantBefore   wordSet
	brilliantNouns    wordSet
	brilliantCut      wordSet
	brilliantSizes    wordSet
	brilliantAnd      wordSet
	segmented         bool            // Japanese, Chinese: phrases are dictionary words
	predicate         map[string]bool // lower-cased, accents kept
	distributive      map[string]bool // lower-cased, accents kept
}

type marketQualifiers struct {
	Source     string   `yaml:"source"`
	Qualifiers []string `yaml:"qualifiers"`
	// OnlyWithQualifier words qualify only beside one of Qualifiers
	// (16 CFR 23.25(c): "cultured" alone does not disclose lab-grown).
	OnlyWithQualifier []string `yaml:"only_with_qualifier"`
	// Predicate: copulas and passive auxiliaries after which a qualifier
	// is said of the stone named before them (locales.Qualifiers.Predicate).
	Predicate []string `yaml:"predicate"`
	// Distributive: words after which a qualifier is said of every stone
	// listed before them in the sentence (locales.Qualifiers.Distributive).
	Distributive []string `yaml:"distributive"`
	// StoneNouns: the words for a piece's stones in general, a qualifier
	// said of which discloses the diamonds after it on a piece whose
	// stones are all lab-grown (locales.Qualifiers.StoneNouns).
	StoneNouns []string `yaml:"stone_nouns"`
	// Natural: the words that must never describe a laboratory-created
	// stone, qualified or not (16 CFR 23.27: "real", "genuine", "natural",
	// "precious", "semi-precious"; locales.Qualifiers.Natural).
	Natural []string `yaml:"natural"`
}

var (
	marketMu    sync.Mutex
	marketCache = map[string]*market{}
)

// marketFor returns the rules of a locale, or nil for a locale without
// data (the built-in qualifier list applies there).
func marketFor(locale string) *market {
	marketMu.Lock()
	defer marketMu.Unlock()
	if m, ok := marketCache[locale]; ok {
		return m
	}
	m, err := loadMarket(locale)
	if err != nil {
		panic(err) // embedded data: TestMarketDataCompiles reports it
	}
	if len(marketCache) < 256 {
		marketCache[locale] = m
	}
	return m
}

// market is marketFor the check's locale, asked once a check: marketFor
// takes a process-wide lock and a map read, and a check asked it ~60
// times, most of them for a word at a time (isDiamondAt; #17, perf65).
func (r *run) market() *market {
	if !r.marketDone {
		r.mkt, r.marketDone = marketFor(r.in.Locale), true
	}
	return r.mkt
}

func loadMarket(locale string) (*market, error) {
	if strings.ContainsAny(locale, "/.") {
		return nil, nil
	}
	var m market
	data, err := readData("data/" + locale + "/market.yaml")
	if err != nil {
		// No market file: the locale pack's qualifiers are the market's
		// rules (one source of truth for the newer locales), when the
		// pack cites where they come from.
		p := packFor(locale)
		if p == nil || p.Qualifiers.Source == "" {
			return nil, nil
		}
		q := p.Qualifiers
		m.LabGrown = marketQualifiers{Source: q.Source, Qualifiers: q.LabGrown, Predicate: q.Predicate, Distributive: q.Distributive, Natural: q.Natural, StoneNouns: q.StoneNouns}
		m.Simulant = marketQualifiers{Source: q.Source, Qualifiers: q.Simulant}
		m.Plating.Source = q.Source
		m.Diamond = q.Diamond
		m.Brilliant = q.Brilliant
	} else {
		if err := snap.Decode(data, &m, true); err != nil {
			return nil, fmt.Errorf("checks: data/%s/market.yaml: %w", locale, err)
		}
	}
	if len(m.LabGrown.Qualifiers) == 0 || m.LabGrown.Source == "" {
		return nil, fmt.Errorf("checks: data/%s/market.yaml: lab_grown needs qualifiers and a source", locale)
	}
	lang := styleguide.LangOf(locale)
	// Japanese and Chinese qualifiers are dictionary words, as the copy
	// is read for them (checkSegmentedDiamonds).
	seg := segment.For(locale)
	compile := func(list []string) [][]formTok {
		var out [][]formTok
		for _, q := range list {
			var toks []formTok
			// "-look" in data qualifies glued by a hyphen ("diamond-look"),
			// read here as the word: grounding holds the hyphen.
			for _, f := range strings.Fields(foldForm(strings.TrimPrefix(q, "-"))) {
				toks = appendFormToks(toks, lang, f, seg)
			}
			if len(toks) > 0 {
				out = append(out, toks)
			}
		}
		return out
	}
	m.lab, m.labWeak, m.sim = compile(m.LabGrown.Qualifiers), compile(m.LabGrown.OnlyWithQualifier), compile(m.Simulant.Qualifiers)
	m.natural = compile(m.LabGrown.Natural)
	m.stoneNouns = compile(m.LabGrown.StoneNouns)
	var strong []string
	for _, q := range m.LabGrown.Qualifiers {
		if !weakLabQualifiers[strings.ToLower(q)] {
			strong = append(strong, q)
		}
	}
	m.labStrong = compile(strong)
	var whole []string
	for _, w := range m.Diamond {
		switch {
		case strings.HasPrefix(w, "*"):
			m.diamondTails = append(m.diamondTails, foldWord(strings.TrimPrefix(w, "*")))
		case strings.HasSuffix(w, "*"):
			m.diamondHeads = append(m.diamondHeads, foldWord(strings.TrimSuffix(w, "*")))
		case strings.HasPrefix(w, "+"):
			if m.diamondGlued == nil {
				m.diamondGlued = wordSet{}
			}
			m.diamondGlued[foldWord(strings.TrimPrefix(w, "+"))] = struct{}{}
		default:
			whole = append(whole, w)
		}
	}
	m.diamond = newWordSet(whole)
	if m.Brilliant != nil {
		m.brilliant = newWordSet(m.Brilliant.Words)
		m.brilliantAfter = newWordSet(m.Brilliant.After)
		m.brilliantOpening = newWordSet(m.Brilliant.Opening)
		m.brilliantBefore = newWordSet(m.Brilliant.Before)
		m.brilliantNouns = newWordSet(m.Brilliant.Nouns)
		m.brilliantCut = newWordSet(m.Brilliant.Cut)
		m.brilliantSizes = newWordSet(m.Brilliant.Sizes)
		m.brilliantAnd = newWordSet(m.Brilliant.And)
	}
	m.segmented = seg.Dictionary != nil
	m.predicate = map[string]bool{}
	for _, w := range m.LabGrown.Predicate {
		m.predicate[strings.ToLower(w)] = true
	}
	m.distributive = map[string]bool{}
	for _, w := range m.LabGrown.Distributive {
		m.distributive[strings.ToLower(w)] = true
	}
	return &m, nil
}

// phraseNear reports whether one of phrases occurs in i's sentence
// ending within before words ahead of i, or starting within after words
// behind it, without covering token i itself: a qualifier of several
// words counts by its nearest word ("im Labor gezüchtete, strahlend weiße
// Diamanten", "in het lab gekweekte witte diamanten").
// Words match as concept forms do: by Snowball stem ("synthétiques" is
// "synthétique", "laborgezüchteten" is "laborgezüchtet"), "word*" by
// prefix, "*" any one word.
func (r *run) phraseNear(i, before, after int, phrases [][]formTok) bool {
	d := r.d
	st := r.stems()
	sent := d.toks[i].sent
	longest := 1
	for _, ph := range phrases {
		longest = max(longest, len(ph))
	}
	for k := i - before - longest + 1; k <= i+after; k++ {
		if k < 0 || k >= len(d.toks) || k == i || d.toks[k].sent != sent {
			continue
		}
	next:
		for _, ph := range phrases {
			if k+len(ph) > len(d.toks) || k+len(ph)-1 < i-before {
				continue
			}
			for n, t := range ph {
				j := k + n
				if j == i || d.toks[j].sent != sent || !r.tokMatches(t, j, st) {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// labQualified reports whether the stone named at token i carries a
// lab-grown qualifier the market accepts, beside it or as the head of the
// compound it ends ("laboratoriotimantti").
func (r *run) labQualified(i int) bool {
	m := r.market()
	if m == nil {
		return r.d.anyNear(i, i+1, 4, 4, stoneQualifiers)
	}
	before := r.qualifierWindow(m, i)
	return r.phraseNear(i, before, 4, m.lab) || r.compoundQualified(m, i, m.lab) || r.predicateQualified(m, i, m.lab) ||
		r.distributiveQualified(m, i, m.lab)
}

// labStonesSaid reports whether token i is a word for the piece's stones
// in general (the market's stone_nouns: stone, Stein, pierre, 스톤, 宝石)
// with a lab-grown qualifier said of it as labQualified reads one
// (beside it, as its predicate, through a distributive word), not
// negated, on a piece whose stones are all lab-grown: the reader has been
// told the stones are lab-grown, and the diamonds named after it in the
// copy are those stones ("Every stone in this band is lab-grown. Fifteen
// diamonds circle the finger.", "Hver sten i denne ring er
// laboratoriedyrket.", このリングの石はすべてラボグロウンです; #13, held51).
// A stone word whose qualifier is negated ("The stones are not
// lab-grown"), a stone word of another piece, and a piece with any stone
// not lab-grown disclose nothing.
func (r *run) labStonesSaid(i int) bool {
	m := r.market()
	if m == nil || len(m.stoneNouns) == 0 || !allStonesLab(&r.in.Product) || r.negated(i) || r.isElsewhere(i) {
		return false
	}
	if !r.phraseAt(i, m.stoneNouns) || r.sentenceNegated(i) {
		return false
	}
	q := m.labStrong
	if r.lang == "zh" {
		// Chinese says it with the copula: 每颗宝石都是实验室培育的.
		d := r.d
		for k := i + 1; k < len(d.toks) && k <= i+4 && d.toks[k].sent == d.toks[i].sent; k++ {
			if zhStoneCopulas.has(d.word(k)) && r.phraseNear(k, 0, 3, q) {
				return true
			}
		}
		return false
	}
	return r.phraseNear(i, r.qualifierWindow(m, i), 4, q) || r.compoundQualified(m, i, q) || r.predicateQualified(m, i, q) ||
		r.distributiveQualified(m, i, q)
}

// zhStoneCopulas are the Chinese copulas after which labStonesSaid reads
// a qualifier said of the stones (是, 为, 均为, 都是, 皆为).
var zhStoneCopulas = newWordSet([]string{"是", "为", "為", "均为", "均為", "都是", "皆为", "皆為", "均是", "全是", "全为", "全為"})

// weakLabQualifiers are the market qualifiers that name only the
// laboratory, no growing or making in it (lab, laboratorio, "de
// laboratório", "z laboratoře", 實驗室, ラボ, 랩, "في المختبر"): beside a
// diamond they qualify it ("diamantes de laboratorio"), but near a word
// for the stones in general they are as often the laboratory that graded
// them ("cada piedra con certificado de laboratorio", 每颗宝石均经实验室鉴定),
// so labStonesSaid reads the other qualifiers only (#13, held51: held-out
// 27's lab_qualifier variants in es-MX, pt-PT, cs-CZ and zh-TW passed with
// them). Lower-case, as written in the market data.
var weakLabQualifiers = map[string]bool{
	"lab": true, "laboratory": true, "labor": true, "laboratorio": true, "laboratório": true, "laboratoire": true,
	"laboratorium": true, "laboratori*": true, "laboratorně": true, "laboratorní*": true, "laboratuvar": true,
	"laboratuvar*": true, "de laboratorio": true, "de laboratório": true, "de laboratoire": true, "v laboratoři": true,
	"z laboratoře": true, "实验室": true, "實驗室": true, "ラボ": true, "研究所": true, "研究室": true, "実験室": true,
	"랩": true, "실험실*": true, "연구실*": true, "연구소*": true, "في المختبر": true, "في مختبر": true, "في المعمل": true,
	"في المخبر": true, "مختبري": true, "مختبرية": true, "مختبري*": true, "مخبري*": true, "معملي*": true,
	"in the lab": true, "in a lab": true, "im labor": true, "in het lab": true, "in een lab": true,
}

// sentenceNegated reports whether the sentence of token i holds a
// negation anywhere (negationWords, English "not" and "none", and the
// negations the shared list lacks: Finnish eivät, Czech nejsou, Arabic
// ليست, Japanese ありません, Korean 아닙니다, Turkish -memiş): a stone
// word in such a sentence ("None of the stones is lab-grown", "Kivet
// eivät ole laboratoriossa kasvatettuja", "Bu taşlar laboratuvarda
// üretilmemiştir") is not said to be lab-grown, and one in "lab-grown,
// not mined" is left to the diamond's own qualifier.
func (r *run) sentenceNegated(i int) bool {
	d := r.d
	sent := d.toks[i].sent
	lo := i
	for lo > 0 && d.toks[lo-1].sent == sent {
		lo--
	}
	hi := i
	for hi+1 < len(d.toks) && d.toks[hi+1].sent == sent {
		hi++
	}
	if r.lang == "ja" && strings.Contains(d.orig(lo, hi+1), "ません") {
		return true // ではありません: the dictionary splits it
	}
	for k := lo; k <= hi; k++ {
		w := d.word(k)
		if isNegation(r.lang, w) || r.lang == "en" && englishNot(d, k) || stoneNegations.has(w) {
			return true
		}
		if r.lang == "tr" && (strings.Contains(w, foldWord("memiş")) || strings.Contains(w, foldWord("mamış"))) {
			return true
		}
	}
	return false
}

// stoneNegations are the negations labStonesSaid reads beside
// negationWords, folded as the copy is.
var stoneNegations = newWordSet([]string{"none", "neither", "eivät", "eikä", "nejsou", "nebyly", "ليست", "ليسا", "ありません", "ない", "아닙니다", "아니", "아닌", "않습니다", "değildir", "ikkje"})

// allStonesLab reports whether the product has stones and every one is
// lab-grown (labGrownStone).
func allStonesLab(p *core.Product) bool {
	for _, s := range p.Stones {
		if !labGrownStone(s) {
			return false
		}
	}
	return len(p.Stones) > 0
}

// distributiveReach is how many words after a stone the distributive word
// of a list may stand ("un diamante central de 5 mm y doce diamantes más
// pequeños a su alrededor, todos creados en laboratorio": thirteen).
const distributiveReach = 14

// distributiveQualified reports whether a qualifier of quals is said of
// the stone at token i through a distributive word after it (issue #13,
// everyday37 distributive): the first of the market's distributive words
// (all, todos, tous, alle, kaikki, hepsi, όλα) up to distributiveReach
// words after the stone in its sentence, with the qualifier starting up
// to three words after it, not negated ("a 5 mm diamond and twelve
// smaller diamonds, all lab-grown", "tolv små diamanter omkring den, alle
// laboratoriedyrkede"). The qualifier names the listed stones in their
// sentence, as the copula does (predicateQualified); "all set in white
// gold", "all brilliant-cut" or a qualifier in the next sentence
// disclose nothing.
func (r *run) distributiveQualified(m *market, i int, quals [][]formTok) bool {
	if len(m.distributive) == 0 {
		return false
	}
	d := r.d
	sent := d.toks[i].sent
	for k := i + 1; k < len(d.toks) && k <= i+distributiveReach && d.toks[k].sent == sent; k++ {
		if !m.distributive[strings.ToLower(d.orig(k, k+1))] {
			continue
		}
		return r.qualifierAfter(k, quals)
	}
	return false
}

// qualifierAfter reports whether a qualifier of quals starts up to three
// words after token k, in its sentence, not negated: the qualifier a
// copula (predicateQualified) or a distributive word
// (distributiveQualified) at k says of the stones before it.
func (r *run) qualifierAfter(k int, quals [][]formTok) bool {
	d := r.d
	sent := d.toks[k].sent
	for s := k + 1; s < len(d.toks) && s <= k+3 && d.toks[s].sent == sent; s++ {
		if r.phraseAt(s, quals) && !r.negated(s) {
			return true
		}
	}
	return false
}

// predicateReach is how many words after a stone its copula may stand
// ("The diamond at its heart is laboratory-grown": four words between).
const predicateReach = 7

// predicateQualified reports whether a qualifier of quals is said of the
// stone at token i as its predicate (issue #13, legal_qualifier): one of
// the market's copulas or passive auxiliaries (predicate) up to
// predicateReach words after the stone in its sentence, no other stone
// word between, and the qualifier starting up to three words after it,
// not negated ("Le diamant de ce pendentif est synthétique", "Diament w
// tej zawieszce został wyhodowany w laboratorium"). The qualifier names
// the stone in the same sentence, as 16 CFR 23.12 and 23.23 ask
// ("immediately accompanied"); "is not synthetic" discloses nothing.
func (r *run) predicateQualified(m *market, i int, quals [][]formTok) bool {
	if len(m.predicate) == 0 {
		return false
	}
	d := r.d
	sent := d.toks[i].sent
	for k := i + 1; k < len(d.toks) && k <= i+predicateReach && d.toks[k].sent == sent; k++ {
		if r.isDiamondWord(d.word(k)) {
			return false // another stone's sentence part
		}
		if !m.predicate[strings.ToLower(d.orig(k, k+1))] {
			continue
		}
		return r.qualifierAfter(k, quals)
	}
	return false
}

// phraseAt reports whether one of phrases starts at token s, in its
// sentence (words matched as phraseNear matches them).
func (r *run) phraseAt(s int, phrases [][]formTok) bool {
	d := r.d
	st := r.stems()
	sent := d.toks[s].sent
next:
	for _, ph := range phrases {
		if s+len(ph) > len(d.toks) {
			continue
		}
		for n, t := range ph {
			if j := s + n; d.toks[j].sent != sent || !r.tokMatches(t, j, st) {
				continue next
			}
		}
		return true
	}
	return false
}

// qualifierWindow is how many tokens before the stone at i a qualifier may
// end: four words, and in Japanese four words of content, the kana-only
// tokens of a relative clause's endings not counted ("ラボで育成された
// ダイヤモンド" is ラボ, で, 育成, さ, れ, た: the qualifier six tokens
// back). A case or topic particle (を, が, は, と, も, や) ends the clause
// before reaching it: the words before one belong to another noun
// ("ラボで育成されたサファイアを囲むダイヤモンド" qualifies the sapphire).
func (r *run) qualifierWindow(m *market, i int) int {
	if !m.segmented || r.lang != "ja" {
		return r.measuredWindow(i)
	}
	d := r.d
	content, n := 0, 0
	for k := i - 1; k >= 0 && d.toks[k].sent == d.toks[i].sent && content < 4; k-- {
		w := d.word(k)
		if jaClauseParticles[w] {
			break
		}
		n++
		if !hiraganaOnly(w) {
			content++
		}
	}
	return max(n, 4)
}

// jaClauseParticles mark the noun before them as the object, subject,
// topic or a member of a list: a relative clause before that noun does
// not reach past it.
var jaClauseParticles = map[string]bool{"を": true, "が": true, "は": true, "と": true, "も": true, "や": true}

// hiraganaOnly reports whether w is written in hiragana alone (particles
// and verb endings in Japanese copy).
func hiraganaOnly(w string) bool {
	for _, c := range w {
		if c < 0x3041 || c > 0x309F {
			return false
		}
	}
	return w != ""
}

// simulantQualified reports whether a diamond word at i is qualified as a
// simulant (or as lab-grown, which also tells it is no natural diamond).
func (r *run) simulantQualified(i int) bool {
	m := r.market()
	if m == nil {
		return r.d.anyNear(i, i+1, 4, 4, stoneQualifiers)
	}
	before := r.qualifierWindow(m, i)
	return r.phraseNear(i, before, 4, m.sim) || r.phraseNear(i, before, 4, m.lab) ||
		r.compoundQualified(m, i, m.sim) || r.compoundQualified(m, i, m.lab)
}

// compoundQualified reports whether token i is a compound ending in one
// of the market's diamond tails whose head is a one-word qualifier of
// quals ("laboratoriotimantti", "imitationsdiamant"; a linking s or
// hyphen after the head does not count).
func (r *run) compoundQualified(m *market, i int, quals [][]formTok) bool {
	w := r.d.word(i)
	for _, tail := range m.diamondTails {
		if len(w) <= len(tail) || !strings.HasSuffix(w, tail) {
			continue
		}
		head := strings.TrimRight(w[:len(w)-len(tail)], "-")
		for _, h := range []string{head, strings.TrimSuffix(head, "s")} {
			if h == "" {
				continue
			}
			st := stemWord(r.lang, h)
			for _, q := range quals {
				if len(q) == 1 && r.tokMatchesWord(q[0], i, h, st) {
					return true
				}
			}
		}
	}
	return false
}

// qualifierLinkers join a qualifier to the stone's name inside one word
// (a hyphen kept by the tokeniser, the Japanese middle dot).
const qualifierLinkers = "-‐‑・·"

// qualifiedCompound reports whether token i is one word glued from a
// one-word qualifier of quals and a name of the stone (isStone reads the
// rest of the word): "Laborrubin", "Labordiamanten", "laboratorierubin",
// "labrobijn", "laboratoriorubiini", Japanese ラボグロウンオパール (a katakana
// run is one word to the dictionary), Korean 랩그로운오팔을, 합성다이아몬드를
// (#13, the twenty-second session's qual28). The stone is named with its
// qualifier as the market's rule asks (16 CFR 23.25(b): the stone's name
// "immediately preceded" by the qualifier; CIBJO Gemstone Book); writing the
// two as one word, as German, the Nordic languages, Dutch, Finnish,
// Japanese and Korean compound, changes nothing. The qualifier is matched as
// phraseNear matches a one-word form (by stem, "word*" by prefix), and the
// rest must name the stone: a head that is no qualifier ("Feueropal",
// ホワイトオパール) never qualifies. Only one-word forms count: "* created"
// needs its maker's own word.
func (r *run) qualifiedCompound(i int, quals [][]formTok, isStone func(string) bool) bool {
	w := r.d.word(i)
	if len(w) < 4 {
		return false
	}
	for _, q := range quals {
		if len(q) != 1 || q[0].d().any || q[0].d().s == "" {
			continue
		}
		t := q[0]
		if len(w) <= len(t.d().s) || !strings.HasPrefix(w, t.d().s) {
			continue
		}
		// The head ends where the qualifier's form does, or, for a form
		// matched by stem or prefix, up to a few letters (or any number, for
		// a prefix) later: an inflection or a linking letter ("laboratorie-",
		// "laborgezüchtet-").
		extra := 0
		for k := len(t.d().s); k < len(w); k++ {
			if !utf8.RuneStart(w[k]) {
				continue
			}
			if k > len(t.d().s) {
				extra++
			}
			if t.d().exact && extra > 0 || !t.d().pref && extra > 4 {
				break
			}
			head, tail := strings.TrimRight(w[:k], qualifierLinkers), strings.TrimLeft(w[k:], qualifierLinkers)
			if utf8.RuneCountInString(tail) < 2 || !isStone(tail) {
				continue
			}
			if r.tokMatchesWord(t, i, head, stemWord(r.lang, head)) {
				return true
			}
		}
	}
	return false
}

// gluedDiamond reports whether token i is one of the market's diamond
// words that name a diamond only glued to a qualifier ("+钻" in the
// market's diamond list: 培育钻, 合成钻, the trade's shorthand for 培育钻石;
// alone 钻 is also 镶钻, 水钻, the setting or a rhinestone) written right
// after a one-word qualifier of quals, with nothing between.
func (r *run) gluedDiamond(m *market, i int, quals [][]formTok) bool {
	d := r.d
	if i == 0 || len(m.diamondGlued) == 0 || !m.diamondGlued.has(d.word(i)) ||
		d.toks[i-1].sent != d.toks[i].sent || d.toks[i-1].be != d.toks[i].bs {
		return false
	}
	st := r.stems()
	for _, q := range quals {
		if len(q) == 1 && !q[0].d().any && r.tokMatches(q[0], i-1, st) {
			return true
		}
	}
	return false
}

// labCompound reports whether token i is a stone named glued to a
// lab-grown qualifier of the market (qualifiedCompound).
func (r *run) labCompound(i int, isStone func(string) bool) bool {
	m := r.market()
	return m != nil && r.qualifiedCompound(i, m.lab, isStone)
}

// isDiamondWord reports whether w names a diamond: the built-in words of
// the first five languages, or the market's own (diamant, diament, elmas…),
// whole or as a compound's tail or head.
func (r *run) isDiamondWord(w string) bool {
	return diamondWords.has(w) || marketDiamond(r.market(), w)
}

// marketDiamond reports whether w is one of m's diamond words, whole or
// as a compound's tail or head.
func marketDiamond(m *market, w string) bool {
	if m == nil {
		return false
	}
	if m.diamond.has(w) {
		return true
	}
	for _, t := range m.diamondTails {
		if len(w) > len(t) && strings.HasSuffix(w, t) {
			return true
		}
	}
	for _, h := range m.diamondHeads {
		if len(w) > len(h) && strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// isDiamondAt reports whether token i names a diamond: a diamond word
// (isDiamondWord), or a word for a brilliant (locales.BrilliantWords) with
// no cut word before it: a noun-only one always, one that is also an
// adjective when read as a noun (after a numeral, after one of the
// market's Opening articles opening the sentence, or after one of its
// After words with the end of its clause, a function word or a numeral
// next).
func (r *run) isDiamondAt(i int) bool {
	d := r.d
	if v, ok := r.diamondAt.get(d, i); ok {
		return v
	}
	v := r.diamondAtWord(i)
	return r.diamondAt.put(d, i, v)
}

// diamondAtWord is isDiamondAt worked out: it reads the document and the
// locale's data alone, so its answer is kept by token.
func (r *run) diamondAtWord(i int) bool {
	d := r.d
	w := d.word(i)
	if diamondWords.has(w) {
		return true
	}
	m := r.market()
	// A brilliant word of the market after a word for a cut names the
	// cut, even where the market also lists it as a diamond word (Polish
	// "szlif brylantowy", the brilliant cut; #13, cut13).
	if m != nil && m.Brilliant != nil && m.brilliant.has(w) && r.brilliantCut(m, i) {
		return false
	}
	if marketDiamond(m, w) {
		return true
	}
	if m == nil || m.Brilliant == nil {
		return false
	}
	noun := m.brilliantNouns.has(w)
	if !noun && !m.brilliant.has(w) || r.brilliantCut(m, i) {
		return false
	}
	if noun {
		return true
	}
	// German writes every noun with a capital and the adjective in lower
	// case: "Brillant" inside a sentence is the noun, the stone ("Fünf
	// Granate und ein Brillant zieren den Ring"; #13, open44b).
	if r.lang == "de" && i > 0 && d.toks[i-1].sent == d.toks[i].sent && startsUpper(d.orig(i, i+1)) {
		return true
	}
	if i == 0 || d.toks[i-1].sent != d.toks[i].sent || r.clauseBreakBefore(i) {
		return false
	}
	// j: the word that decides, past an adjective of size ("quatro
	// pequenos brilhantes", "de petits brillants"; #13, brilliant17).
	j := i - 1
	if j > 0 && m.brilliantSizes.has(d.word(j)) && d.toks[j-1].sent == d.toks[i].sent && !r.clauseBreakBefore(j) {
		j--
	}
	prev := d.word(j)
	if isDigitWord(prev) || grounding.NumberWord(r.in.Locale, prev) {
		return true
	}
	if (j == 0 || d.toks[j-1].sent != d.toks[i].sent) && m.brilliantOpening.has(prev) {
		// "Les brillants captent…": an article opening the sentence;
		// "Les brillants reflets…" is the adjective before its noun.
		return i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || !m.brilliantBefore.has(d.word(i+1))
	}
	if !m.brilliantAfter.has(prev) {
		return false
	}
	// After an article that follows a conjunction joining it to a stone
	// ("cinq grenats et un brillant", "granates y un brillante"), the
	// brilliant is a member of the list of stones, a noun (#13, open44b).
	if r.listedAfterStone(j) && (i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || !m.brilliantBefore.has(d.word(i+1))) {
		return true
	}
	// After a conjunction the word joins the conjunct before it: a noun
	// beside a stone, a metal or a number ("plata y brillantes", "cinco
	// zafiros y brillantes"), an adjective beside another word ("una
	// superficie densa y brillante", probe 44C es-MX 44C101; #13, sense44).
	if m.brilliantAnd.has(prev) {
		k := j - 1
		if k < 0 || d.toks[k].sent != d.toks[i].sent || r.clauseBreakBefore(j) {
			return false
		}
		// A plural brilliant after a singular conjunct agrees with no
		// adjective there: the noun ("Un anillo delicado y brillantes de
		// talla redonda"; "superficies densas y brillantes" agree; #13,
		// adv44).
		pk := d.word(k)
		disagrees := strings.HasSuffix(w, "s") && !strings.HasSuffix(pk, "s") && !isDigitWord(pk)
		if !disagrees && !isDigitWord(pk) && !grounding.NumberWord(r.in.Locale, pk) && !grounding.VocabWord(r.in.Locale, pk) {
			return false
		}
	}
	if i+1 >= len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || r.clauseBreakBefore(i+1) {
		return true
	}
	next := d.word(i + 1)
	return isDigitWord(next) || r.stopMasks()[i+1]&stopBit(r.lang) != 0
}

// brilliantCut reports whether a word for a cut (the market's
// brilliant.cut) stands up to three words before token i in its clause:
// then a brilliant word at i names the cut ("slebet som runde
// brillanter", "cut as brilliants"), not the stone.
func (r *run) brilliantCut(m *market, i int) bool {
	d := r.d
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if d.toks[k].sent != d.toks[i].sent || r.clauseBreakBefore(k+1) {
			return false
		}
		if m.brilliantCut.has(d.word(k)) {
			return true
		}
	}
	return false
}

// clauseBreakBefore reports whether clause punctuation stands between
// token i-1 and token i.
func (r *run) clauseBreakBefore(i int) bool {
	d := r.d
	return strings.ContainsAny(d.text[d.toks[i-1].be:d.toks[i].bs], ",;:()–—")
}

// labSource cites the rule for a finding.
func (r *run) labSource() string {
	if m := r.market(); m != nil {
		return " (" + m.LabGrown.Source + ")"
	}
	return ""
}

// checkSegmentedDiamonds is the stone-qualifier rule of checkRegulatory for
// Japanese and Chinese, whose copy has no spaces: on the dictionary words
// of the copy, a diamond word of the market (ダイヤモンド, 钻石, 鑽石) naming
// a lab-grown or simulant stone needs a qualifier of the market within four
// words (ラボグロウン, 合成, 培育, 仿…); a katakana compound such as
// ラボグロウンダイヤモンド is one word, the qualified stone itself.
func (r *run) checkSegmentedDiamonds(lab bool) {
	m := r.market()
	if m == nil || !m.segmented || len(m.diamond) == 0 {
		return
	}
	defer r.useWords()()
	d := r.d
	disclosed := false
	isDiamond := func(w string) bool { return m.diamond.has(w) }
	for i := range d.toks {
		if r.isMasked(i) || r.negated(i) {
			continue
		}
		if !marketDiamond(m, d.word(i)) {
			// A qualifier and the diamond written as one word
			// (ラボグロウンダイヤモンド, 合成ダイヤモンド) names the stone
			// qualified (qualifiedCompound), as does the trade's
			// shorthand glued to its qualifier (培育钻, 合成鑽: the
			// market's "+钻" words).
			if r.qualifiedCompound(i, m.lab, isDiamond) || !lab && r.qualifiedCompound(i, m.sim, isDiamond) ||
				r.gluedDiamond(m, i, m.lab) || !lab && r.gluedDiamond(m, i, m.sim) || lab && r.labStonesSaid(i) {
				disclosed = true
			}
			continue
		}
		qualified, kind := r.simulantQualified(i) || r.latinNameQualified(i, m.sim), "a diamond simulant"
		if lab {
			qualified, kind = r.labQualified(i) || r.latinNameQualified(i, m.lab), "lab-grown"
		}
		// A diamond grounding reads as another thing's (another piece,
		// or what the stone imitates: 模仿钻石的光芒, ダイヤモンドの輝きを模した;
		// #13, eleventh session) is no name of the product's stone, as
		// in checkRegulatory; a qualified one still discloses.
		if r.isElsewhere(i) {
			disclosed = disclosed || qualified
			continue
		}
		// The standard of a comparison or an equative
		// (莫桑石的硬度几乎和钻石一样) names no stone of the piece
		// (#13, claims49; comparedStone).
		if !qualified && r.comparedStone(i, i+1) {
			continue
		}
		// Once the stones are named with their qualifier, a later
		// mention refers back to them, as in checkRegulatory
		// (实验室培育钻石吊坠。钻石闪耀动人。).
		if qualified {
			disclosed = true
		} else if !disclosed && !r.denied(i, i+1) {
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q: the stone is %s and must be named with a qualifier this market accepts%s", d.orig(i, i+1), kind, r.labSource()), i, i+1)
		}
	}
}

// listedAfterStone reports whether the word before token j is a
// coordinating conjunction (listAnd) whose word before is a stone word of
// the language, all in one clause: token j opens the next member of a list
// of stones ("grenats et un …").
func (r *run) listedAfterStone(j int) bool {
	d := r.d
	and, ok := listAnd[r.lang]
	if !ok || j < 2 || d.toks[j-2].sent != d.toks[j].sent || r.clauseBreakBefore(j) || r.clauseBreakBefore(j-1) {
		return false
	}
	return and.has(d.word(j-1)) && len(grounding.StoneValues(r.in.Locale, d.word(j-2))) > 0
}

// latinNameQualified reports whether token i, a diamond word in Latin
// script inside copy of a language written without spaces (the English
// name of the piece: "Reflexions系列的Pink Lab-Grown Diamond Ring以一颗实验室
// 培育粉色钻石为主石"), has one of quals (the market's qualifiers, 培育,
// 合成, 实验室, ラボグロウン) after it in its sentence, not right after a
// negation (非, 不是 before it): the sentence that goes on from the Latin
// name describes its stone in the market's language, as GB/T 16552-2017
// asks (#13, claims50: probe 50D zh-CN 50D103; Japanese puts the topic's
// comma between: "…Diamond Ringは、ラボグロウンダイヤモンドを…"). The
// sentence is read in the text itself, up to its end, so the words the
// document joins or splits do not matter. A Latin diamond word with no
// such qualifier after it in its sentence still blocks.
func (r *run) latinNameQualified(i int, quals [][]formTok) bool {
	d := r.d
	if !segment.Uses(r.lang) || len(quals) == 0 || !latinWord(d.orig(i, i+1)) {
		return false
	}
	rest := d.text[d.toks[i].be:]
	if k := strings.IndexAny(rest, ".!?。！？"); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.ToLower(rest)
	for _, ph := range quals {
		var b strings.Builder
		for _, t := range ph {
			if t.d().gap || t.d().any {
				b.Reset()
				break
			}
			b.WriteString(t.d().s)
		}
		q := b.String()
		if q == "" || latinWord(q) {
			continue
		}
		if k := strings.Index(rest, q); k >= 0 && !latinNegatedBefore(rest[:k]) {
			return true
		}
	}
	return false
}

// latinNegatedBefore reports whether the text before a qualifier ends in a
// negation of Chinese or Japanese (非, 不是, 并非, 並非, 不): "并非实验室培育".
func latinNegatedBefore(s string) bool {
	for _, n := range []string{"非", "不是", "并非", "並非", "不"} {
		if strings.HasSuffix(s, n) {
			return true
		}
	}
	return false
}
