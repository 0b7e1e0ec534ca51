package grounding

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts of the parts a stone is shared among (#13, count60; held-out
// 59B tr-TR 59B01-1 "beş ucunda ise birer küçük pırlanta", one small
// diamond on each of its five points, on five diamonds):
//
//   - a number after a distributive word and a partitive link (each_of_links)
//     counts the parts, not the stones on each: "a diamond at each of its
//     five points", "un diamant à chacune des cinq pointes", "en diamant på
//     hver af de fem spidser", "po jednym diamencie na każdym z pięciu
//     ramion", "ماسة على كل طرف من الأطراف الخمسة" (one noun may stand
//     between the distributive word and the link, one word between the link
//     and the number);
//   - a number before a distributive numeral (distributive_numerals: Turkish
//     birer, ikişer, üçer, "one each", "two each"; Göksel and Kerslake,
//     Turkish: A Comprehensive Grammar, 2005, §15.7 "Distributive
//     numerals"), with at most partsNounReach words between, counts the
//     parts the stone after the numeral is shared among: "beş ucunda ise
//     birer küçük pırlanta" is five diamonds.
//
// The stones are the parts times the count on each: the distributive
// numeral's value, else the number or indefinite article before the
// distributive word in its clause ("a diamond at each of", "one on each
// of", "six diamonds on each of"), else any count from one to twelve. perPartCount
// read the parts' number as the count on each part ("beş (5 per part)").
//
// A centre stone said without a centre word, by a verb of flanking
// (flank_words: "flanked by", "flanquée de", "flankiert von", "ladeada
// por", "geflankeerd door"): "one pearl flanked by two pearls on each side",
// "une perle flanquée de deux perles de chaque côté" are five, the
// flanked stone's count (its number, or one) and two sides' worth of the
// count after the verb; each of the two counts is read so.
type count60File struct {
	DistributiveNumerals map[string][]string `yaml:"distributive_numerals"`
	FlankWords           []string            `yaml:"flank_words"`
	GroupNounsEach       []string            `yaml:"group_nouns_each"`
}

type count60Data struct {
	distNumerals map[string]int // folded form -> value
	flankWords   phrases
	groupsEach   phrases // group_nouns_each
}

func compileCount60(f count60File, errs *[]string) count60Data {
	d := count60Data{flankWords: phraseSet(f.FlankWords), groupsEach: phraseSet(f.GroupNounsEach)}
	for _, v := range slices.Sorted(maps.Keys(f.DistributiveNumerals)) { // sorted: the same errors, every run
		forms := f.DistributiveNumerals[v]
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			*errs = append(*errs, fmt.Sprintf("distributive_numerals: %q is no whole number", v))
			continue
		}
		for _, w := range foldedForms(forms) {
			if d.distNumerals == nil {
				d.distNumerals = map[string]int{}
			}
			d.distNumerals[w] = n
		}
	}
	return d
}

// partsNounReach is how many words may stand between the parts' number and
// a distributive numeral after it ("beş ucunda ise birer": the parts'
// noun and a particle).
const partsNounReach = 2

// partsShared returns, for the number m (the match at index i), the index
// of the stone it shares out among its parts and the count on each part
// (0 where the copy gives none), with ok true where m counts the parts
// (the rule above).
func (c *checker) partsShared(i int, m match) (sm, per int, ok bool) {
	// A distributive numeral after the parts' noun.
	for k := m.tj + 1; len(c.lx.distNumerals) > 0 && k < len(c.toks) && k <= m.tj+1+partsNounReach; k++ {
		if c.toks[k].brk {
			break
		}
		if v, found := c.lx.distNumerals[c.toks[k].s]; found {
			if sm := c.stoneAfterToken(k); sm >= 0 {
				return sm, v, true
			}
			return -1, 0, false
		}
		if c.factAt(k) >= 0 {
			break
		}
	}
	d := c.eachOfBefore(m)
	if d < 0 {
		return -1, 0, false
	}
	sm = c.perPartStone(i, m)
	if sm < 0 {
		return -1, 0, false
	}
	// The count on each part: the number or indefinite article before
	// the distributive word, in its clause.
	for k := d - 1; k >= 0; k-- {
		if v := c.numberAtToken(k); v > 0 {
			return sm, v, true
		}
		if c.lx.indefinites.endsAt(c.toks, k) {
			return sm, 1, true
		}
		if c.toks[k].brk {
			break
		}
	}
	return sm, 0, true
}

// eachOfBefore returns the first token of the distributive word that a
// partitive link joins to the number m ("each of its five", "chacune des
// cinq", "hver af de fem", "كل طرف من الأطراف الخمسة"), in its clause, or
// -1.
func (c *checker) eachOfBefore(m match) int {
	if c.lx.eachOfLinks.size() == 0 || c.lx.distributive.size() == 0 {
		return -1
	}
	for e := m.ti - 1; e >= 1 && e >= m.ti-2; e-- {
		if c.toks[e+1].brk || e < m.ti-1 && c.factAt(m.ti-1) >= 0 {
			return -1
		}
		if !c.lx.eachOfLinks.endsAt(c.toks, e) {
			continue
		}
		s := c.lx.eachOfLinks.startOf(c.toks, e)
		for d := s - 1; d >= 0 && d >= s-2; d-- {
			if c.toks[d+1].brk || d < s-1 && c.factAt(s-1) >= 0 {
				break
			}
			if c.lx.distributive.endsAt(c.toks, d) {
				return c.lx.distributive.startOf(c.toks, d)
			}
		}
	}
	return -1
}

// stoneAfterToken returns the index of the piece's stone within
// perPartStoneAfterReach tokens after token k, in its clause, with only
// colours or no facts between ("birer küçük pırlanta"), or -1.
func (c *checker) stoneAfterToken(k int) int {
	for j, o := range c.ms {
		if o.ti <= k {
			continue
		}
		if o.ti > k+perPartStoneAfterReach {
			return -1
		}
		for t := k + 1; t <= o.ti; t++ {
			if c.toks[t].brk {
				return -1
			}
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[j] == scopeProduct {
			return j
		}
		if o.f.kind != kindColour && o.f.kind != kindIgnore {
			return -1
		}
	}
	return -1
}

// compareParts compares the number n at m, read by partsShared as the
// parts a stone is shared among, with the stone's groups, and reports
// whether it did: the parts times the count on each must be some groups'
// count (any count from one to twelve on each where the copy gives none).
func (c *checker) compareParts(i int, m match, n int) bool {
	sm, per, ok := c.partsShared(i, m)
	if !ok {
		return false
	}
	counts, known := c.groupCounts(c.ms[sm], c.colourOf(sm))
	if !known || len(counts) == 0 {
		return true
	}
	if a := c.perPartAttr(); a > 0 && (per == 0 || per == a) {
		return true
	}
	if per > 0 && subsetSum(counts, n*per) || per == 0 && (subsetSum(counts, n) || multipleSum(counts, n)) {
		return true
	}
	each := "some"
	if per > 0 {
		each = strconv.Itoa(per)
	}
	c.add(RuleCount, core.SeverityBlock, m, fmt.Sprintf("says %q (%d parts, %s on each); %s", c.surface(m.start, m.end), n, each, c.stonesText()))
	return true
}

// dualStoneCount compares a number word that is itself the dual of a
// stone noun (ar "حجران", "حجرين": two stones; W. Wright, A Grammar of
// the Arabic Language, 3rd ed., vol. I §297), with no stone named after
// it and a distributive word beside it, as a count of the piece's stones
// of any kind on each part, and reports whether it did: "وفي كل قرط حجران" (two stones in each earring) on a pair is
// four, compared as "each earring holds two stones" is (#13, count60;
// held-out 58B ar-AE 58B01-2 passed on a pair of 2). Without a
// distributive word the dual may name two kinds of stone ("يجمع الخاتم
// بين حجرين نادرين", the ring joins two rare stones) and is left alone.
func (c *checker) dualStoneCount(m match, n int) bool {
	if m.ti != m.tj || len(c.lx.dualEndings) == 0 || !c.distributiveCount(m, m) {
		return false // "يجمع الخاتم بين حجرين نادرين": two kinds of stone, no count
	}
	for _, f := range c.lx.stoneDual(c.toks[m.ti].s) {
		if f.kind == kindStoneNoun {
			c.compareCount(n, m, match{f: f, ti: m.ti, tj: m.tj, start: m.start, end: m.end}, "")
			return true
		}
	}
	return false
}

// flankReach is how many tokens may stand between a verb of flanking and
// the count after it ("flankiert von je zwei"), or the stone before it
// and the verb (a comma: "Eine Perle, flankiert von").
const flankReach = 2

// flankedCentre returns the count of the stone a verb of flanking right
// before the count num says is flanked ("one pearl flanked by two", "une
// perle centrale flanquée de deux"): the number within two tokens before
// that stone, or one; or 0 where no verb of flanking stands within
// flankReach tokens before num, after a stone of the piece.
func (c *checker) flankedCentre(num match) int {
	s := c.flankVerbBefore(num)
	if s < 0 {
		return 0
	}
	// A side phrase between the stone and the verb ("een fenakiet, aan
	// elke kant geflankeerd door twee"; count61.go).
	if s > 0 && c.lx.perSide.endsAt(c.toks, s-1) && !c.toks[s].brk {
		s = c.lx.perSide.startOf(c.toks, s-1)
	}
	for j := s - 1; j >= 0 && j >= s-flankReach; j-- {
		if c.toks[j+1].sbrk {
			return 0
		}
		i := c.factAt(j)
		if i < 0 {
			// A word the vocabulary leaves alone for its other sense,
			// flanked as a stone is ("une perle flanquée de deux perles",
			// perle also a bead; count61.go).
			if i = c.matchAt(j); i >= 0 && c.ms[i].f.kind == kindIgnore && c.ms[i].tj == j {
				return c.countBefore(c.ms[i])
			}
			continue
		}
		o := c.ms[i]
		if o.f.kind == kindColour {
			continue
		}
		if o.f.kind != kindStone && o.f.kind != kindStoneNoun || o.negated || c.scopes[i] != scopeProduct {
			return 0
		}
		return c.countBefore(o)
	}
	return 0
}

// countBefore is the number within two tokens before the stone o in its
// clause ("two pearls", "deux perles"), or 1 where none stands: the
// stone named alone is one ("a pearl flanked by …").
func (c *checker) countBefore(o match) int {
	for k := o.ti - 1; k >= 0 && k >= o.ti-2 && !c.toks[k+1].brk; k-- {
		if v := c.numberAtToken(k); v > 0 {
			return v
		}
	}
	return 1
}

// flankingSides returns the count on each side a verb of flanking after
// the stone phrase ending at token e gives ("one pearl flanked by two
// pearls on each side": two), or 0: the number within flankReach tokens
// after the verb, with a per_side phrase after it in its clause.
func (c *checker) flankingSides(e int) int {
	if c.lx.flankWords.size() == 0 || c.lx.perSide.size() == 0 {
		return 0
	}
	for s := e + 1; s < len(c.toks) && s <= e+flankReach; s++ {
		if c.toks[s].sbrk {
			return 0
		}
		if !c.lx.flankWords.startsAt(c.toks, s) {
			continue
		}
		f := s
		for f+1 < len(c.toks) && !c.lx.flankWords.endsAt(c.toks, f) {
			f++
		}
		for k := f + 1; k < len(c.toks) && k <= f+1+flankReach; k++ {
			if c.toks[k].brk {
				return 0
			}
			v := c.numberAtToken(k)
			if v <= 0 {
				continue
			}
			for j := k + 1; j < len(c.toks) && j <= k+6; j++ {
				if c.toks[j].brk {
					return 0
				}
				if c.lx.perSide.endsAt(c.toks, j) {
					return v
				}
			}
			return 0
		}
		return 0
	}
	return 0
}

// sidesCentre returns the count of the centre stone the count per side
// num is said beside: a centre word before it (count59.go
// centreCountBefore: "a centre pearl flanked by two pearls on each side")
// or a verb of flanking (flankedCentre: "one pearl flanked by two"), or 0.
func (c *checker) sidesCentre(num match) int {
	if v, ok := c.centreCountBefore(num); ok {
		return v
	}
	return c.flankedCentre(num)
}

// Groups said around the count (#13, count60; count59.go read only "three
// clusters of three sapphires", the groups' number and noun before the
// count). Where the language puts them elsewhere:
//
//   - the groups' noun after the stone phrase and their number right
//     before the count: fi "kolme kolmen safiirin ryhmää" (three groups
//     of three sapphires);
//   - the groups' noun after the count and a partitive link, their number
//     after it: ja "サファイア3石のクラスターを3つ" (three clusters of three
//     sapphires);
//   - the groups' number and noun after the count: ko "사파이어 세 개씩
//     세 그룹으로" (three each, in three groups);
//   - the groups' number and noun before a distributive numeral: tr "üç
//     grup halinde üçer safir" (in three groups, three sapphires each).
//
// The count is the count of each group, and the stones the product of the
// two, as groupsBefore reads them. The nouns are the packs'
// group_nouns_each, in the languages where a count beside them is all the
// groups' stones unless a word ties it to each group (a genitive or の
// attribute, a distributive ending or numeral: fi, ja, ko, tr): "üç grup
// halinde dokuz safir", "사파이어 아홉 개를 세 그룹으로" are nine. Elsewhere
// a row or group after a count is another's ("three sapphires in a row,
// 2 mm each"), and count59's group_nouns are read before the count only.

// groupsAfterReach is how many tokens after the count or its stone the
// groups' noun or number may stand (a counter and a particle: "3石の",
// "개씩").
const groupsAfterReach = 3

// groupsAround returns how many groups the count num of the stone sm is
// given for, where the groups are said after it or around it (the rule
// above), or 0.
func (c *checker) groupsAround(num, sm match) int {
	if c.lx.groupsEach.size() == 0 {
		return 0
	}
	e := num.tj
	if sm.ti > num.tj {
		e = c.stonePhraseEnd(sm)
	}
	// fi: the groups' noun right after the stone phrase, their number
	// right before the count.
	if sm.ti > num.tj && e+1 < len(c.toks) && !c.toks[e+1].brk && c.lx.groupsEach.startsAt(c.toks, e+1) && num.ti > 0 && !c.toks[num.ti].brk {
		if g := c.numberAtToken(num.ti - 1); g > 1 {
			return g
		}
	}
	for k := e + 1; k < len(c.toks) && k <= e+groupsAfterReach; k++ {
		if c.toks[k].brk {
			return 0
		}
		// ko: the groups' number right before their noun, the count
		// given each by a distributive word between ("세 개씩 세 그룹으로");
		// without one the count is all the groups' ("timantit kahdessa
		// rivissä", the diamonds in two rows).
		if g := c.numberAtToken(k); g > 0 {
			if k+1 < len(c.toks) && !c.toks[k+1].brk && c.lx.groupsEach.startsAt(c.toks, k+1) && g > 1 && c.distributiveBetween(num.tj, k) {
				return g
			}
			return 0
		}
		if !c.lx.groupsEach.startsAt(c.toks, k) {
			continue
		}
		// ja: the groups' noun tied to the count by a partitive link
		// ("3石のクラスター"; each_of_links), then their number within two
		// tokens.
		if !c.lx.eachOfLinks.endsAt(c.toks, k-1) {
			return 0
		}
		f := k
		for f+1 < len(c.toks) && !c.lx.groupsEach.endsAt(c.toks, f) {
			f++
		}
		for j := f + 1; j < len(c.toks) && j <= f+2 && !c.toks[j].brk; j++ {
			if g := c.numberAtToken(j); g > 1 {
				return g
			}
		}
		return 0
	}
	return 0
}

// distributiveBetween reports whether a distributive word ends at a token
// after a and before b.
func (c *checker) distributiveBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// groupsOfDistributive compares the number m that counts groups (a noun of
// groups right after it) with a distributive numeral after the noun, at
// most groupLinkReach words between, and the stone after that ("üç grup
// halinde üçer safir": nine), and reports whether it did.
func (c *checker) groupsOfDistributive(m match) bool {
	if c.lx.groupsEach.size() == 0 || m.tj+1 >= len(c.toks) || c.toks[m.tj+1].brk || !c.lx.groupsEach.startsAt(c.toks, m.tj+1) {
		return false
	}
	g := c.numberValue(m)
	if g < 2 {
		return false
	}
	f := m.tj + 1
	for f+1 < len(c.toks) && !c.lx.groupsEach.endsAt(c.toks, f) {
		f++
	}
	for k := f + 1; k < len(c.toks) && k <= f+1+groupLinkReach; k++ {
		if c.toks[k].brk {
			return false
		}
		if c.numberAtToken(k) > 0 {
			return false // a count of all the groups' stones ("üç grup halinde dokuz safir")
		}
		v, ok := c.lx.distNumerals[c.toks[k].s]
		if !ok {
			if c.factAt(k) >= 0 {
				return false
			}
			continue
		}
		sm := c.stoneAfterToken(k)
		if sm < 0 {
			return false
		}
		counts, known := c.groupCounts(c.ms[sm], c.colourOf(sm))
		if !known || len(counts) == 0 || subsetSum(counts, g*v) {
			return true
		}
		o := c.ms[sm]
		span := match{start: m.start, end: o.end}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d groups of %d); %s", c.surface(span.start, span.end), g, v, c.stonesText()))
		return true
	}
	return false
}
