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
}

type count60Data struct {
	distNumerals map[string]int // folded form -> value
	flankWords   phrases
}

func compileCount60(f count60File, errs *[]string) count60Data {
	d := count60Data{flankWords: phraseSet(f.FlankWords)}
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
	sm = c.perPartStoneAfter(i, m)
	for k := i - 1; sm < 0 && k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			break
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			sm = k
		}
	}
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
	if len(c.lx.eachOfLinks) == 0 || len(c.lx.distributive) == 0 {
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
// it, as a count of the piece's stones of any kind, and reports whether
// it did: "وفي كل قرط حجران" (two stones in each earring) on a pair is
// four, compared as "each earring holds two stones" is (#13, count60;
// held-out 58B ar-AE 58B01-2 passed on a pair of 2).
func (c *checker) dualStoneCount(m match, n int) bool {
	if m.ti != m.tj || len(c.lx.dualEndings) == 0 {
		return false
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
	if len(c.lx.flankWords) == 0 {
		return 0
	}
	for e := num.ti - 1; e >= 1 && e >= num.ti-1-flankReach; e-- {
		if c.toks[e+1].sbrk {
			return 0
		}
		if !c.lx.flankWords.endsAt(c.toks, e) {
			if c.factAt(e) >= 0 && c.ms[c.factAt(e)].f.kind != kindIgnore {
				return 0
			}
			continue
		}
		s := c.lx.flankWords.startOf(c.toks, e)
		for j := s - 1; j >= 0 && j >= s-flankReach; j-- {
			if c.toks[j+1].sbrk {
				return 0
			}
			i := c.factAt(j)
			if i < 0 {
				continue
			}
			o := c.ms[i]
			if o.f.kind == kindColour {
				continue
			}
			if o.f.kind != kindStone && o.f.kind != kindStoneNoun || o.negated || c.scopes[i] != scopeProduct {
				return 0
			}
			for k := o.ti - 1; k >= 0 && k >= o.ti-2 && !c.toks[k+1].brk; k-- {
				if v := c.numberAtToken(k); v > 0 {
					return v
				}
			}
			return 1
		}
		return 0
	}
	return 0
}

// flankingSides returns the count on each side a verb of flanking after
// the stone phrase ending at token e gives ("one pearl flanked by two
// pearls on each side": two), or 0: the number within flankReach tokens
// after the verb, with a per_side phrase after it in its clause.
func (c *checker) flankingSides(e int) int {
	if len(c.lx.flankWords) == 0 || len(c.lx.perSide) == 0 {
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
