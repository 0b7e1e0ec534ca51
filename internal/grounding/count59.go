package grounding

import (
	"fmt"
	"slices"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts read by their parts (#13, count59; held-out 58B zh-CN 58B03-3
// "中间一颗，两侧各两颗" on five keshi pearls):
//
//   - a centre and its sides: a count on each side after a clause that
//     names the centre (centre_words: "centre", "in der Mitte", "au
//     centre", 中间, 中央, 중앙) adds the centre's count to two sides'
//     worth: "中间一颗，两侧各两颗", "in der Mitte eine, links und rechts
//     je zwei", "中央に1粒、両側に2粒ずつ", "a centre pearl flanked by two
//     on each side" are five. The centre holds the number said in its
//     clause, or one where none is ("a centre pearl", "la perle
//     centrale"). centreAndSides read only a centre joined by a
//     conjunction ("one in the centre and two on each side").
//   - groups of a count: a number, a noun of groups (group_nouns:
//     "clusters", "grupper", "Gruppen", "grappes", "grupos", "rows") and
//     at most two link words before the count ("three clusters of three
//     sapphires", "tre grupper om tre", "drei Gruppen zu je drei",
//     "trois grappes de trois") make the count the product of the two:
//     nine, compared as any count.
//   - each of the pair's pieces: a partitive link (each_of_links: "of
//     the", "der", "des", "de los", の) between a distributive word and
//     the pair's category word ("Each of the studs holds two", "Jeder der
//     Ohrstecker", "Chacune des puces", "それぞれのピアスに2石") names each
//     piece, and so does the category word with a distributive ending
//     (each_suffixes: ko "귀걸이마다"), as count58 reads "each stud".
//   - a centre stone's carat weight: a weight said of the centre or main
//     stone (a centre word within centreWeightReach tokens of it, in its
//     clause: "a 0.50 ct centre stone", "pierre centrale de 0,50 ct",
//     "主石0.5克拉", "0.50克拉主石") on a piece of more than one stone is
//     that stone's, part of the total: it passes when no more than the
//     total (FTC 16 CFR 23.18(a) forbids misstating the weight of the
//     stone offered; the total carat weight is no weight of its centre
//     stone, and a centre stone cannot weigh more than all the stones).
//     Only where the data hold a centre stone (a group of one beside
//     other stones) and give no weight but the total: a weight the data
//     give for a stone is compared as before.
type count59File struct {
	CentreWords  []string `yaml:"centre_words"`
	GroupNouns   []string `yaml:"group_nouns"`
	EachOfLinks  []string `yaml:"each_of_links"`
	EachSuffixes []string `yaml:"each_suffixes"`
}

type count59Data struct {
	centreWords  phrases
	groupNouns   phrases
	eachOfLinks  phrases
	eachSuffixes []string // folded, expanded
}

func compileCount59(f count59File) count59Data {
	return count59Data{
		centreWords:  phraseSet(f.CentreWords),
		groupNouns:   phraseSet(f.GroupNouns),
		eachOfLinks:  phraseSet(f.EachOfLinks),
		eachSuffixes: foldedForms(f.EachSuffixes),
	}
}

// centreReach is how many tokens before a count on each side a centre
// word may stand in its sentence.
const centreReach = 12

// centreCountBefore returns the count of the centre a clause before the
// count per side m names (the rule above): the number beside a centre
// word, within two tokens of it in its clause, or one where none is; ok
// is false where no centre word stands within centreReach tokens before
// m in its sentence, or a stone is counted between.
func (c *checker) centreCountBefore(m match) (int, bool) {
	if c.lx.centreWords.size() == 0 {
		return 0, false
	}
	s, _ := c.sentenceOf(m.ti)
	for k := m.ti - 1; k >= s && k >= m.ti-centreReach; k-- {
		if !c.lx.centreWords.endsAt(c.toks, k) {
			continue
		}
		st := c.lx.centreWords.startOf(c.toks, k)
		return c.centreNumber(st, k, m.ti), true
	}
	return 0, false
}

// centreNumber returns the number within two tokens of the centre word at
// tokens st..e, in its clause and before token limit, or 1.
func (c *checker) centreNumber(st, e, limit int) int {
	for j := st - 1; j >= 0 && j >= st-2 && !c.toks[j+1].brk; j-- {
		if v := c.numberAtToken(j); v > 0 {
			return v
		}
	}
	for j := e + 1; j < limit && j <= e+2 && !c.toks[j].brk; j++ {
		if v := c.numberAtToken(j); v > 0 {
			return v
		}
	}
	return 1
}

// numberAtToken returns the value of the number match or figure at token
// k, or 0.
func (c *checker) numberAtToken(k int) int {
	if i := c.matchAt(k); i >= 0 {
		if o := c.ms[i]; o.f.kind == kindNumber {
			return c.numberValue(o)
		}
		return 0
	}
	if isDigits(c.toks[k].s) {
		return c.numberValue(match{f: digitForm, ti: k, tj: k})
	}
	return 0
}

// groupLinkReach is how many link words may stand between a noun of
// groups and the count of each group ("of", "zu je", "om").
const groupLinkReach = 2

// groupsBefore returns how many groups the count num is given for: the
// number before a noun of groups that stands right before num, at most
// groupLinkReach words that are no fact between, in its clause; or 0.
func (c *checker) groupsBefore(num match) int {
	if c.lx.groupNouns.size() == 0 {
		return 0
	}
	for k := num.ti - 1; k >= 0 && k >= num.ti-1-groupLinkReach; k-- {
		if c.toks[k+1].brk {
			return 0
		}
		if c.lx.groupNouns.endsAt(c.toks, k) {
			s := c.lx.groupNouns.startOf(c.toks, k)
			if s <= 0 || c.toks[s].brk {
				return 0
			}
			if v := c.numberAtToken(s - 1); v > 0 || c.matchAt(s-1) >= 0 {
				return v
			}
			// A numeral before a noun of groups that is no counter is
			// no match of its own (zh "三组各三颗": three groups of three;
			// #13, count60b).
			v, _ := c.numberWordValue(c.toks[s-1].s)
			return int(v)
		}
		if c.factAt(k) >= 0 {
			return 0
		}
	}
	return 0
}

// compareGroups compares the count n at num, of the stone at sm, given
// for each of groupsBefore's groups with the product's groups (counts),
// and reports whether it did.
func (c *checker) compareGroups(n int, num, sm match, counts []int) bool {
	g := c.groupsBefore(num)
	if g < 2 {
		g = c.groupsAround(num, sm) // "kolme kolmen safiirin ryhmää" (count60.go)
	}
	if g < 2 {
		return false
	}
	if subsetSum(counts, g*n) {
		return true
	}
	span := match{start: min(num.start, sm.start), end: max(num.end, sm.end)}
	c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d groups of %d); %s", c.surface(span.start, span.end), g, n, c.stonesText()))
	return true
}

// eachOfPiece reports whether the category match o is named as each
// piece by a distributive word and a partitive link before it ("each of
// the studs", "jeder der Ohrstecker", "chacune des puces", "それぞれの
// ピアス"). eachPiece reads a distributive ending ("귀걸이마다",
// hasSuffixIn).
func (c *checker) eachOfPiece(o match) bool {
	k := o.ti - 1
	if k < 1 || c.toks[o.ti].brk || !c.lx.eachOfLinks.endsAt(c.toks, k) {
		return false
	}
	s := c.lx.eachOfLinks.startOf(c.toks, k)
	return s > 0 && !c.toks[s].brk && c.lx.distributive.endsAt(c.toks, s-1)
}

// hasSuffixIn reports whether w ends with one of the endings, with more
// before it.
func hasSuffixIn(w string, endings []string) bool {
	return slices.ContainsFunc(endings, func(e string) bool {
		return len(w) > len(e) && w[len(w)-len(e):] == e
	})
}

// centreWeightReach is how many tokens from a carat weight a centre word
// may stand in its clause.
const centreWeightReach = 4

// centreStoneWeight reports whether the carat weight v at runes
// [start, end) is said of the centre or main stone of a piece with a
// centre stone (hasCentreStone), whose only weight (weights) is the total
// carat weight, and is no more than it (the rule above).
func (c *checker) centreStoneWeight(start, end int, v, slack float64, weights []float64) bool {
	if c.lx.centreWords.size() == 0 || len(weights) != 1 || c.p.TotalCaratWeight <= 0 || v > weights[0]+slack {
		return false
	}
	if !c.hasCentreStone() {
		return false
	}
	k := c.tokenAfter(start)
	if k >= len(c.toks) {
		return false
	}
	last := k
	for last+1 < len(c.toks) && c.toks[last+1].start < end {
		last++
	}
	for j := k - 1; j >= 0 && j >= k-centreWeightReach && !c.toks[j+1].brk; j-- {
		if c.lx.centreWords.endsAt(c.toks, j) {
			return true
		}
	}
	for j := last + 1; j < len(c.toks) && j <= last+centreWeightReach && !c.toks[j].brk; j++ {
		if c.lx.centreWords.startsAt(c.toks, j) {
			return true
		}
	}
	return false
}

// hasCentreStone reports whether the product's data hold a centre stone:
// a group of one stone beside other stones.
func (c *checker) hasCentreStone() bool {
	one, others := false, 0
	for _, st := range c.p.Stones {
		if st.Count == 1 && !one {
			one = true
			continue
		}
		others += max(st.Count, 1)
	}
	return one && others > 0
}
