package grounding

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// The metals of a mineral's chemistry (#13, mineralchem25; the
// rare-material probe dev-probe25b: "um silicato de cálcio e alumínio",
// hessonite's composition, "alüminyum ve bor içeren bir mineral" and
// 含铝和硼的矿物, dumortierite's, "tlenek miedzi", cuprite's, on silver or
// gold pieces blocked grounding.material). A stone's chemistry names
// elements that are the mineral's, not the piece's: mineral24 read a metal
// in a chemistry noun's phrase ("a copper oxide", other_nouns); this reads
// the general forms of that phrase, in every language:
//
//   - the metal is a member of a list of elements, walked outward through
//     commas and conjunctions (and, et, und, ve, と, 和, Korean 과/와,
//     Arabic و glued to the next word) over metals and the pack's
//     element_words (calcium, boron, silicon, oxygen...), and the list
//     is the complement of a mineral noun (mineral_nouns: oxide,
//     silicate, carbonate, ore, deposit, mineral): the noun right after
//     it ("a calcium and aluminium silicate", ケイ酸塩, after a head link
//     の or 的: 铜的碳酸盐矿物), or right before it, through at most two
//     genitive links and articles where the complement follows its head
//     ("a silicate of calcium and aluminium", "silicato di calcio e
//     alluminio", "ανθρακικό άλας του χαλκού") or through none in the
//     languages whose genitive is a case ("tlenek miedzi", "uhličitan
//     mědi", "κοιτάσματα χαλκού", "كربونات النحاس");
//   - or the list is the object of a word of containing, being composed
//     of or rich in (contain_words: "containing", "rich in", "composed
//     of", "riche en", "bogaty w", "πλούσιο σε", içeren, sisältävä, を含む,
//     함유한, 富含, غني), before it or, where the verb comes last, after
//     it, whose head is a mineral: a mineral noun or a stone after the
//     list and the verb (を含むケイ酸塩鉱物, "içeren bir silikat", 含铝的矿物),
//     or, walking back through the clause from the list and the verb,
//     first a stone or a mineral noun before any other fact ("malachite
//     is rich in copper", "un minéral contenant du cuivre").
//
// A metal of the piece stays the piece's: "the pendant is rich in copper",
// "Kolye ucu bakır içerir", "这款吊坠富含铜" meet the piece's category (or
// no mineral) first, and "the pendant is made of calcium and aluminium"
// names no mineral noun (TestKindsMineralChem25 in internal/checks). Sources
// for the chemistry the packs name: IMA-CNMNC mineral list formulas
// (grossular Ca3Al2(SiO4)3, malachite Cu2CO3(OH)2, dumortierite
// Al7BO3(SiO4)3O3, cuprite Cu2O).
type mineralFile struct {
	MineralNouns     []string `yaml:"mineral_nouns"`
	ElementWords     []string `yaml:"element_words"`
	ContainWords     []string `yaml:"contain_words"`
	TraceWords       []string `yaml:"trace_words"`
	MadeOfWords      []string `yaml:"made_of_words"`
	RelativePronouns []string `yaml:"relative_pronouns"`
}

type mineralData struct {
	mineralNouns phrases
	elements     phrases
	contain      phrases
	// traces are the nouns of a trace amount ("traces of", "Spuren",
	// ίχνη, آثار, 微量): the elements after them colour a stone.
	traces phrases
	// madeOf are words of being made of ("made of", "fait de", 이루어지며,
	// 组成) read as contain_words only where the list holds an element
	// word: "a band made of gold" after a stone stays the band's.
	madeOf phrases
	// relPronouns open a relative clause after a comma ("which", "das",
	// "joka", "który"): a mineral before the comma heads the clause.
	relPronouns phrases
	// mineralTails are the single mineral nouns of five letters or more,
	// also read as the tail of a compound ("Kupferkarbonat").
	mineralTails []string
}

func compileMineral(f mineralFile) mineralData {
	d := mineralData{
		mineralNouns: phraseSet(f.MineralNouns),
		elements:     phraseSet(f.ElementWords),
		contain:      phraseSet(f.ContainWords),
		traces:       phraseSet(f.TraceWords),
		madeOf:       phraseSet(f.MadeOfWords),
		relPronouns:  phraseSet(f.RelativePronouns),
	}
	for w, ps := range d.mineralNouns.each() {
		for _, p := range ps {
			if len(p) == 1 && utf8.RuneCountInString(w) >= 5 {
				d.mineralTails = append(d.mineralTails, w)
			}
		}
	}
	return d
}

// genitiveLinks join a noun to the complement that follows it: "silicate
// of", "silicato de", "silicaat van", "silikat af", "Silikat aus", "άλας
// του". "In", "en", "em" are not among them: "a mineral in silver" may be
// the piece's setting.
var genitiveLinks = map[string]bool{"of": true, "de": true, "d": true, "du": true, "des": true, "di": true, "del": true,
	"della": true, "dell": true, "dello": true, "dei": true, "degli": true, "delle": true, "do": true, "da": true, "dos": true,
	"das": true, "van": true, "av": true, "af": true, "von": true, "aus": true, "του": true, "της": true, "των": true}

// chemArticles may stand between a link, a coordinator or a verb and a
// member of the list: "et d'aluminium", "contient de l'aluminium", "the".
var chemArticles = map[string]bool{"the": true, "le": true, "la": true, "l": true, "les": true, "el": true, "los": true,
	"las": true, "il": true, "lo": true, "gli": true, "o": true, "os": true, "as": true, "het": true, "den": true, "det": true,
	"der": true, "die": true, "dem": true, "το": true, "τον": true, "την": true, "ο": true, "η": true, "some": true}

// mineralsMetal reports whether the metal match m is an element of a
// mineral's chemistry (see the top of this file).
func (c *checker) mineralsMetal(m match) bool {
	if c.lx.mineralNouns.size() == 0 {
		return false
	}
	switch m.f.kind {
	case kindMaterial:
	case kindStone:
		// An element whose name is read as a stone's (#13, probe26k:
		// el "διοξείδιο του πυριτίου", silicon dioxide, read as pyrite;
		// pl "krzemian berylu", a beryllium silicate, as beryl) is the
		// element in the same places a metal would be.
		if m.negated || c.wordStartsAt(c.lx.elements, m.ti) != m.tj {
			return false
		}
	default:
		return false
	}
	a, b := c.chemistryList(m)
	elem := c.listHasElement(a, b)
	// A precious metal is no trace that colours a stone (#13, nacre39):
	// "pequeñas cantidades de platino" in amazonite, whose colour is lead
	// and water in microcline (GIA Gem Encyclopedia, "Amazonite"), claims
	// a metal of value the piece lacks.
	trace := c.cn.PreciousMetals[m.f.value] == "" && (c.traceBefore(a) || c.traceAfter(b))
	if c.mineralHeadFrom(b+1, false) || c.mineralNounBefore(a) || c.mineralTail(b) || c.hyphenMineral(b) || elem && c.stoneBefore(a) || trace {
		return true
	}
	verbs := []phrases{c.lx.contain}
	if elem {
		verbs = append(verbs, c.lx.madeOf) // made_of_words need an element word in the list
	}
	if e := c.containAfter(c.lx.contain, b); e >= 0 && c.mineralPredicate(e) {
		return true
	}
	for _, ps := range verbs {
		if s := c.containBefore(ps, a); s >= 0 && (c.mineralHeadBack(s, elem) || c.mineralHeadFrom(b+1, true)) {
			return true
		}
		if e := c.containAfter(ps, b); e >= 0 && (c.mineralHeadFrom(e+1, true) || c.mineralHeadBack(a, elem)) {
			return true
		}
	}
	return false
}

// listHasElement reports whether the list of tokens a..b holds an element
// word that is not a fact (silicon, oxygen, Natrium, 산소): a list of
// chemistry, not of the piece's metals.
func (c *checker) listHasElement(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.factAt(k) < 0 && c.wordStartsAt(c.lx.elements, k) >= 0 {
			return true
		}
	}
	return false
}

// stoneBefore reports whether a stone ends before token a through one or
// two genitive links and articles: the stone's composition ("a feldspar of
// sodium, calcium, aluminium", "eines Feldspats aus Natrium", "en feltspat
// av natrium"; #13, probe26k). The caller asks for an element word in the
// list, so "a moonstone of gold" is no chemistry.
func (c *checker) stoneBefore(a int) bool {
	j := a - 1
	links := 0
	for n := 0; n < 3 && j >= 0; n++ {
		if c.toks[j+1].brk {
			return false
		}
		if i := c.factAt(j); i >= 0 {
			o := c.ms[i]
			return links > 0 && o.f.kind == kindStone && !o.negated && o.tj == j
		}
		t := c.toks[j].s
		switch {
		case genitiveLinks[t]:
			links++
		case chemArticles[t]:
		default:
			return false
		}
		j--
	}
	return false
}

// traceBefore reports whether a noun of a trace amount ends right before
// token a, through at most two genitive links and articles (or none, in
// the case languages: "ίχνη νικελίου", "آثار النيكل"), in a sentence that
// names a colour or a colour noun: the element that colours a stone ("Its
// green comes from traces of nickel", "Sa couleur vient de traces de
// nickel", "Den grønne farve skyldes spor af nikkel"; #13, probe26k, GIA
// on chrysoprase). "The clasp contains traces of nickel", with no colour
// in its sentence, stays the piece's.
func (c *checker) traceBefore(a int) bool {
	if c.lx.traces.size() == 0 {
		return false
	}
	j := a - 1
	found := false
	for n := 0; n < 3 && j >= 0 && !found; n++ {
		if c.toks[j+1].brk {
			return false
		}
		if c.wordEndsAt(c.lx.traces, j) >= 0 {
			found = true
			break
		}
		t := c.toks[j].s
		if !genitiveLinks[t] && !chemArticles[t] && !linkWords[t] {
			return false
		}
		j--
	}
	if !found {
		return false
	}
	return c.traceContext(a)
}

// traceAfter reports whether a noun of a trace amount follows the list
// ending at token b, in a sentence that names a colour: the languages whose
// genitive stands before its noun name the elements first ("Sen sininen
// väri tulee raudan ja titaanin hivenistä", its blue comes from traces of
// iron and titanium; Karlsson, Finnish: An Essential Grammar, on the
// genitive attribute) (#13, trace26).
func (c *checker) traceAfter(b int) bool {
	if c.lx.traces.size() == 0 || b+1 >= len(c.toks) || c.toks[b+1].brk {
		return false
	}
	for k := b + 1; k < len(c.toks) && k <= b+3; k++ {
		if k > b+1 && c.toks[k].brk {
			return false
		}
		if s := c.wordEndsAt(c.lx.traces, k); s == b+1 {
			return c.traceContext(b)
		}
	}
	return false
}

// traceContext reports whether the sentence of token a makes a trace or
// an impurity the stone's: it names a colour or a colour noun, a crystal
// word, or one of the product's natural stones, with no word of the piece
// (classifyTopic; #13, explain38: released
// 38's cs-CZ smoky quartz "V krystalu jsou drobné příměsi hliníku a
// přirozené záření … proměnilo v barevná centra", small impurities of
// aluminium in the crystal that radiation turned into colour centres, on
// gold-plated silver; GIA on smoky quartz: aluminium impurities and natural
// irradiation). "The clasp contains traces of nickel", "Die Schiene
// enthält Verunreinigungen von Aluminium" name neither and stay the
// piece's.
func (c *checker) traceContext(a int) bool {
	if c.colourInSentence(a) {
		return true
	}
	s, e := c.sentenceOf(a)
	for _, o := range c.ms {
		if o.tj < s || o.negated {
			continue
		}
		if o.ti > e {
			break
		}
		if o.f.kind == kindStone && (o.f.value == "crystal" && c.allStonesMineral() || c.naturalOwnStone(o.f.value)) {
			return c.materialTopic(s, e) != topicPiece
		}
	}
	return false
}

// naturalOwnStone reports whether v is the value of one of the product's
// stones whose origin is natural.
func (c *checker) naturalOwnStone(v string) bool {
	if !contains(c.facts.stones, v) {
		return false
	}
	for i, st := range c.p.Stones {
		if st.Origin == core.OriginNatural && i < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[i].types, v) {
			return true
		}
	}
	return false
}

// colourInSentence reports whether the sentence of token a names a colour
// or a colour noun.
func (c *checker) colourInSentence(a int) bool {
	s, e := c.sentenceOf(a)
	for _, o := range c.ms {
		if o.ti >= s && o.tj <= e && o.f.kind == kindColour && !o.negated {
			return true
		}
	}
	for k := s; k <= e; k++ {
		if c.lx.colourNouns.endsAt(c.toks, k) || c.inflectedWord(c.lx.colourNouns, c.toks[k].s) {
			return true
		}
	}
	return false
}

// chemistryList returns the first and last token of the list of elements
// m is a member of (m's own tokens when it is alone).
func (c *checker) chemistryList(m match) (a, b int) {
	a, b = m.ti, m.tj
	for hop := 0; hop < 6; hop++ {
		j := a - 1
		if j < 0 {
			break
		}
		end := -1
		// a comma before the member's link or article ("de béryllium,
		// d'aluminium", "di sodio, di calcio")
		lk := a
		for lk > a-2 && lk > 0 && !c.toks[lk].brk && (linkWords[c.toks[lk-1].s] || chemArticles[c.toks[lk-1].s]) {
			lk--
		}
		switch {
		case c.hyphenBefore(a) && !c.toks[a].sbrk:
			// members of a compound of elements: "bir bakır-alüminyum
			// fosfat", "ein Kupfer-Aluminium-Phosphat" (turquoise is
			// CuAl6(PO4)4(OH)8·4H2O, IMA-CNMNC list; #13, explain45)
			end = j
		case lk < a && c.toks[lk].brk && !c.toks[lk].sbrk:
			end = lk - 1
		case strings.HasPrefix(c.toks[a].s, "و") && utf8.RuneCountInString(c.toks[a].s) > 3 && !c.toks[a].brk:
			end = j // Arabic "الكالسيوم والألومنيوم"
		case c.toks[a].brk && !c.toks[a].sbrk:
			end = j // "calcium, aluminium"
		case !c.toks[a].brk && c.gluedAnd(j):
			end = j // Korean "칼슘과 알루미늄"
		default:
			// a conjunction, then at most two links or articles before
			// the member ("et d'aluminium", "e do alumínio"); a word that
			// is both ("en", and in Dutch, in in French) is tried as each.
			for n := 0; n < 3 && j > 0 && end < 0; n++ {
				if c.toks[j+1].brk {
					break
				}
				if (conjunctions[c.toks[j].s] || cjkCoordinators[c.toks[j].s]) && c.memberEndsAt(j-1) >= 0 && !c.toks[j].sbrk {
					end = j - 1
					break
				}
				if !linkWords[c.toks[j].s] && !chemArticles[c.toks[j].s] {
					break
				}
				j--
			}
		}
		if end < 0 || (end+1 < len(c.toks) && c.toks[end+1].sbrk) {
			break
		}
		s := c.memberEndsAt(end)
		if s < 0 {
			break
		}
		a = s
	}
	for hop := 0; hop < 6; hop++ {
		j := b + 1
		if j >= len(c.toks) || c.toks[j].sbrk {
			break
		}
		start := -1
		switch {
		case c.hyphenBefore(j) && !c.toks[j].sbrk:
			start = j // "copper-aluminium phosphate"
		case c.toks[j].brk:
			start = j // "calcium, aluminium"
		case strings.HasPrefix(c.toks[j].s, "و") && utf8.RuneCountInString(c.toks[j].s) > 3:
			start = j
		case conjunctions[c.toks[j].s] || cjkCoordinators[c.toks[j].s]:
			start = j + 1
		case c.gluedAnd(b):
			start = j
		}
		if start < 0 || start >= len(c.toks) || start > j && c.toks[start].brk {
			break
		}
		for n := 0; n < 2 && start+1 < len(c.toks) && !c.toks[start+1].brk && (linkWords[c.toks[start].s] || chemArticles[c.toks[start].s]); n++ {
			start++
		}
		e := c.memberStartsAt(start)
		if e < 0 {
			break
		}
		b = e
	}
	return a, b
}

// gluedAnd reports whether token k ends in the Korean conjunctive
// particle 과 or 와 ("칼슘과", calcium and).
func (c *checker) gluedAnd(k int) bool {
	w := c.toks[k].s
	return utf8.RuneCountInString(w) > 1 && (strings.HasSuffix(w, "과") || strings.HasSuffix(w, "와"))
}

// memberEndsAt returns the first token of a metal or an element word
// ending at token k, or -1.
func (c *checker) memberEndsAt(k int) int {
	if k < 0 {
		return -1
	}
	if i := c.factAt(k); i >= 0 {
		if o := c.ms[i]; o.tj == k && (o.f.kind == kindMaterial || o.f.kind == kindStone && o.ti == k && c.wordStartsAt(c.lx.elements, k) == k) {
			return o.ti
		}
		return -1
	}
	return c.wordEndsAt(c.lx.elements, k)
}

// memberStartsAt returns the last token of a metal or an element word
// starting at token k, or -1.
func (c *checker) memberStartsAt(k int) int {
	if k >= len(c.toks) {
		return -1
	}
	if i := c.factAt(k); i >= 0 {
		if o := c.ms[i]; o.ti == k && (o.f.kind == kindMaterial || o.f.kind == kindStone && o.tj == k && c.wordStartsAt(c.lx.elements, k) == k) {
			return o.tj
		}
		return -1
	}
	return c.wordStartsAt(c.lx.elements, k)
}

// wordEndsAt returns the first token of a phrase of ps ending at token k,
// or -1; a single word also read without an inflectional ending or a
// clitic before it (Korean "붕소를", Arabic "والكالسيوم").
func (c *checker) wordEndsAt(ps phrases, k int) int {
	if s := ps.startOf(c.toks, k); s >= 0 {
		return s
	}
	if c.inflectedWord(ps, c.toks[k].s) {
		return k
	}
	return -1
}

// wordStartsAt returns the last token of the longest phrase of ps
// starting at token k, or -1.
func (c *checker) wordStartsAt(ps phrases, k int) int {
	for e := min(len(c.toks)-1, k+5); e >= k; e-- {
		if e > k && c.toks[e].brk {
			continue
		}
		if ps.spans(c.toks, k, e) {
			return e
		}
	}
	if c.inflectedWord(ps, c.toks[k].s) {
		return k
	}
	return -1
}

// inflectedWord reports whether w is a single word of ps with one of the
// pack's endings or clitic prefixes.
func (c *checker) inflectedWord(ps phrases, w string) bool {
	in := c.lx.inflection
	if in == nil {
		return false
	}
	for _, e := range in.endings {
		if len(w) > len(e) && strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minBase && ps.hasWord(w[:len(w)-len(e)]) {
			return true
		}
	}
	for _, p := range in.prefixes {
		if len(w) > len(p) && strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= minBase && ps.hasWord(w[len(p):]) {
			return true
		}
	}
	if in.stemEndings != nil && ps.hasWord(in.stripEnding(w)) {
		return true
	}
	return false
}

// mineralTail reports whether the token ending the list is a compound
// whose tail after the metal is a mineral noun ("Kupfer|karbonat",
// "koper|afzettingen", "kupari|esiintymissä").
func (c *checker) mineralTail(b int) bool {
	i := c.factAt(b)
	if i < 0 {
		return false
	}
	m, t := c.ms[i], c.toks[b]
	if m.tj != b || m.end >= t.end {
		return false
	}
	tail := runeTail(t.s, m.end-t.start)
	if tail == "" {
		return false
	}
	if c.lx.mineralNouns.hasWord(tail) || c.inflectedWord(c.lx.mineralNouns, tail) {
		return true
	}
	for _, s := range c.lx.mineralTails {
		if strings.HasPrefix(tail, s) || strings.HasSuffix(tail, s) {
			return true
		}
	}
	return false
}

// mineralHeadFrom reports whether a mineral noun (or, with stones, a
// stone) starts at token k, after at most two determiners or head links
// (の, 的, "bir", 一种).
func (c *checker) mineralHeadFrom(k int, stones bool) bool {
	for n := 0; n < 3 && k < len(c.toks); n++ {
		if c.toks[k].brk {
			return false
		}
		if c.wordStartsAt(c.lx.mineralNouns, k) >= 0 {
			return true
		}
		if i := c.factAt(k); i >= 0 {
			return stones && c.ms[i].f.kind == kindStone && c.ms[i].ti == k
		}
		t := c.toks[k].s
		if !c.lx.headLinks.hasWord(t) && !c.lx.determiners[t] && !c.lx.indefinites.hasWord(t) && !chemArticles[t] {
			return false
		}
		k++
	}
	return false
}

// mineralNounBefore reports whether a mineral noun ends right before
// token a, or before at most two genitive links and articles.
func (c *checker) mineralNounBefore(a int) bool {
	j := a - 1
	for n := 0; n < 3 && j >= 0; n++ {
		if c.toks[j+1].brk {
			return false
		}
		if c.wordEndsAt(c.lx.mineralNouns, j) >= 0 {
			return true
		}
		t := c.toks[j].s
		if !genitiveLinks[t] && !chemArticles[t] {
			return false
		}
		j--
	}
	return false
}

// containBefore returns the first token of a word of containing ending
// right before token a (after at most two articles: "contient de
// l'aluminium"), or -1.
func (c *checker) containBefore(ps phrases, a int) int {
	j := a - 1
	for n := 0; n < 3 && j >= 0; n++ {
		if c.toks[j+1].brk {
			return -1
		}
		if s := c.wordEndsAt(ps, j); s >= 0 {
			return s
		}
		t := c.toks[j].s
		if !chemArticles[t] && !linkWords[t] {
			return -1
		}
		j--
	}
	return -1
}

// containAfter returns the last token of a word of containing starting
// right after token b, or -1.
func (c *checker) containAfter(ps phrases, b int) int {
	k := b + 1
	if k >= len(c.toks) || c.toks[k].brk {
		return -1
	}
	return c.wordStartsAt(ps, k)
}

// mineralHeadBack reports whether, walking back from token s through its
// clause, a stone or a mineral noun comes before any other fact (the
// piece's category, another material). Colours and numbers are passed over
// ("a green variety of beryl made of...", 장석의 한 종류로, one kind of
// feldspar). The walk crosses one comma into the
// clause before where a relative pronoun opens the clause ("ein Mineral,
// das Kupfer enthält", "maasälpä, joka koostuu natriumista") or, with elem
// (an element word in the list), where the clause shares its subject
// (祖母綠是綠柱石的綠色變種，由鈹、鋁、矽與氧組成; #13, probe26k).
func (c *checker) mineralHeadBack(s int, elem bool) bool {
	crossed := false
	for k := s - 1; k >= 0 && k >= s-14; k-- {
		if t := c.toks[k+1]; t.brk {
			if t.sbrk || crossed || !(elem || c.wordStartsAt(c.lx.relPronouns, k+1) >= 0) {
				return false
			}
			crossed = true
		}
		if i := c.factAt(k); i >= 0 {
			if c.ms[i].f.kind == kindColour || c.ms[i].f.kind == kindNumber {
				k = c.ms[i].ti
				continue
			}
			return c.ms[i].f.kind == kindStone && !c.ms[i].negated
		}
		if c.wordEndsAt(c.lx.mineralNouns, k) >= 0 {
			return true
		}
	}
	return false
}

// hyphenMineral reports whether the token after b, joined to it by a
// hyphen alone, is a compound ending on a mineral noun: "koper-
// aluminiumfosfaat", "koppar-aluminiumfosfat", "kobber-aluminiumfosfat"
// (turquoise, a copper aluminium phosphate; #13, explain45).
func (c *checker) hyphenMineral(b int) bool {
	k := b + 1
	if k >= len(c.toks) || c.toks[k].sbrk || !c.hyphenBefore(k) {
		return false
	}
	w := c.toks[k].s
	for _, s := range c.lx.mineralTails {
		if len(w) > len(s) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// mineralPredicate reports whether the sentence of token k ends on a
// mineral noun (mineral_nouns, a copula suffix included: "fosfattır",
// "mineraldir") and names no category, piece noun, part or setting word:
// where the verb comes last, the whole sentence defines a mineral, and a
// metal a word of containing governs inside it is the mineral's
// ("Turkuaz, kuru bölgelerde bakır yüklü suyun ... sızmasıyla oluşan bir
// bakır-alüminyum fosfattır", turquoise is a copper aluminium phosphate
// formed where copper-laden water seeps through rock: GIA Gem
// Encyclopedia, "Turquoise"; #13, explain45, released 45B tr-TR 45B104).
func (c *checker) mineralPredicate(k int) bool {
	s, e := c.sentenceOf(k)
	for e > s && c.toks[e].s == "" {
		e--
	}
	if c.wordEndsAt(c.lx.mineralNouns, e) < 0 {
		return false
	}
	lx := c.lx
	for j := s; j <= e; j++ {
		if c.categoryAt(j) || c.piecePartAt(j) || lx.settingWords.at(c.toks, j) || lx.pieceNouns.at(c.toks, j) {
			return false
		}
	}
	// the word of containing runs on to the mineral noun in one clause: a
	// break between ("Bakır içeren, el yapımı bir mineraldir", "Mit
	// kupferhaltigem Metall gefasst: ein natürliches Mineral") leaves the
	// metal the piece's (#13, adv45)
	return !c.brkBetween(k, e)
}

// stoneColourMetal reports whether the gold or silver word m, listed with
// colour words ("pietersite's gold and blue swirls", "blue, gold and brown
// fibres"), names a colour of the product's stone: the product data give
// that stone the colour (its stones' colour "blue, gold and brown") and
// the sentence names a stone or a mineral (#13, mineralchem25; the
// rare-material probe's pietersite in silver blocked grounding.material
// and regulatory.plating on "gold"). An alloy, a solid metal or a plating
// is never a colour; "the gold and blue pendant", with no stone in its
// sentence, stays the metal.
func (c *checker) stoneColourMetal(i int, m match) bool {
	v := m.f.value
	if m.f.kind != kindMaterial || c.cn.SolidMetals[v] == "" || contains(c.cn.Alloys, v) || c.cn.isSolidValue(v) {
		return false
	}
	if _, plated := c.cn.Plated[v]; plated {
		return false
	}
	if i > 0 && c.ms[i-1].f.kind == kindKarat && c.ms[i-1].tj+1 >= m.ti {
		return false // "14k gold and blue"
	}
	if !c.stoneColourHas(v) || !c.coordinatedWithColour(i, m) {
		return false
	}
	return c.stoneOrMineralInSentence(m)
}

// stoneColourHas reports whether one of the product's stones has colour
// v among the words of its colour.
func (c *checker) stoneColourHas(v string) bool {
	for _, st := range c.p.Stones {
		words := strings.FieldsFunc(strings.ToLower(st.Colour), func(r rune) bool {
			return r == ',' || r == ';' || r == '/' || r == '&' || r == ' ' || r == '-'
		})
		if slices.Contains(words, v) {
			return true
		}
	}
	return false
}

// factAt returns the index of the match of a fact (not an ignored
// look-alike: の and 的 may be one) covering token k, or -1.
func (c *checker) factAt(k int) int {
	for i, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.ti <= k && k <= m.tj && m.f.kind != kindIgnore {
			return i
		}
	}
	return -1
}
