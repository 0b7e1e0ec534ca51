package grounding

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts per part the count60 readers missed (#13, count60b).
//
// A side named before the count (count43 read a per_side phrase before
// the number only in Japanese and Chinese, perSideCount, since "on each
// side sit two stones" may be two in all):
//
//   - per_side_before: a phrase of each side that, before a count in its
//     clause, gives the count to each side by itself: de "auf jeder Seite
//     zwei Saphire", tr "her yanında ikişer safir";
//   - both_sides_before: a phrase of both sides, the count given to each
//     side only by a distributive word right after the count (ja ずつ, ko
//     씩) or a distributive numeral (tr ikişer; Göksel and Kerslake,
//     Turkish: A Comprehensive Grammar, 2005, §15.7): ja
//     "両側にサファイアが2石ずつ", ko "양쪽에 사파이어가 두 개씩", tr "her iki
//     yanında ikişer safir", de "auf beiden Seiten je zwei"; without one
//     ("両側にサファイアが2石") the count may be both sides' together.
//
// A verb of flanking after the sides' stone (German verb-final "Eine
// Perle wird auf jeder Seite von zwei Perlen flankiert"): the flanked
// stone is the piece's stone before the count in its sentence, its
// number or one (flankedCentreAfter).
type count60bFile struct {
	PerSideBefore   []string `yaml:"per_side_before"`
	BothSidesBefore []string `yaml:"both_sides_before"`
}

type count60bData struct {
	sideBefore      phrases // per_side_before
	bothSidesBefore phrases // both_sides_before
}

func compileCount60b(f count60bFile) count60bData {
	return count60bData{sideBefore: phraseSet(f.PerSideBefore), bothSidesBefore: phraseSet(f.BothSidesBefore)}
}

// sideBeforeReach is how many words may stand between a side phrase and
// the count after it ("両側に サファイア が 2": the stone, one word
// however many tokens, and a particle; "auf jeder Seite von zwei": a
// preposition).
const sideBeforeReach = 3

// sideBeforeCount reports whether a side phrase before token k (the count's
// first token) in its clause gives the count to each side: a
// per_side_before phrase, or a both_sides_before phrase with a distributive
// word after the count ending at token e (the rule above), or dist (the
// count is a distributive numeral itself).
func (c *checker) sideBeforeCount(k, e int, dist bool) bool {
	if c.lx.sideBefore.size() == 0 && c.lx.bothSidesBefore.size() == 0 {
		return false
	}
	for j, n := k-1, 0; j >= 0 && n <= sideBeforeReach; j, n = j-1, n+1 {
		if c.toks[j+1].brk && !c.sideOpensClause(j) {
			return false
		}
		// A stone's phrase is one word, however many tokens it is
		// ("サファイア").
		if i := c.factAt(j); i >= 0 && c.ms[i].ti < j && c.ms[i].tj == j {
			switch c.ms[i].f.kind {
			case kindStone, kindStoneNoun, kindColour:
				j = c.ms[i].ti
				continue
			}
		}
		if c.lx.sideBefore.endsAt(c.toks, j) {
			// the side phrase of the conjunct before (count65.go)
			return !c.sidePhraseNotOfCountEnding(c.lx.sideBefore, j, k)
		}
		if c.lx.bothSidesBefore.endsAt(c.toks, j) {
			if c.sidePhraseNotOfCountEnding(c.lx.bothSidesBefore, j, k) {
				return false
			}
			return dist || c.distributiveBetween(j, k) || c.distributiveAfter(e)
		}
	}
	return false
}

// distributiveAfter reports whether a distributive word starts within two
// tokens after token e, in its clause, or is glued to it (하나씩, 두개씩):
// "2石ずつ", "두 개씩".
func (c *checker) distributiveAfter(e int) bool {
	if c.numberWithDistributive(c.toks[e].s) != "" {
		return true
	}
	for k := e + 1; k < len(c.toks) && k <= e+4; k++ {
		if c.toks[k].brk {
			return false
		}
		if s := c.lx.distributive.startOf(c.toks, k); c.lx.distributive.endsAt(c.toks, k) && s > e && s <= e+2 {
			return true
		}
	}
	return false
}

// flankedCentreAfter returns the count of the stone a verb of flanking
// after the count num's stone sm says is flanked, in a language that puts
// the verb last ("Eine Perle wird auf jeder Seite von zwei Perlen
// flankiert"): the piece's stone before num in its sentence, its number
// within two tokens before it or one; or 0 where no verb of flanking
// starts within flankReach tokens after sm's phrase.
func (c *checker) flankedCentreAfter(num, sm match) int {
	if c.lx.flankWords.size() == 0 || sm.ti < num.ti {
		return 0
	}
	end := c.stonePhraseEnd(sm)
	// A side phrase between the stones and the verb ("door twee parels
	// aan elke kant wordt geflankeerd"; count61.go).
	if f := phraseEnd(c.lx.perSide, c.toks, end+1); f > end {
		end = f
	}
	found := false
	for k := end + 1; k < len(c.toks) && k <= end+1+flankReach; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.flankWords.startsAt(c.toks, k) {
			found = true
			break
		}
	}
	if !found {
		return 0
	}
	for j := len(c.ms) - 1; j >= 0; j-- {
		o := c.ms[j]
		if o.tj >= num.ti {
			continue
		}
		if sentenceBetween(c.toks, o.tj, num.ti) {
			return 0
		}
		if o.f.kind != kindStone && o.f.kind != kindStoneNoun {
			continue
		}
		if o.negated || c.scopes[j] != scopeProduct {
			return 0
		}
		return c.countBefore(o)
	}
	return 0
}

// sidesDistributiveNumerals compares each distributive numeral (tr
// ikişer, two each) after a side phrase and before a stone of the piece
// ("her iki yanında ikişer safir", two sapphires on each of both sides)
// as a count on each of two sides. A numeral after the parts' or groups'
// number is partsShared's and groupsOfDistributive's.
func (c *checker) sidesDistributiveNumerals() {
	if len(c.lx.distNumerals) == 0 || c.lx.sideBefore.size() == 0 && c.lx.bothSidesBefore.size() == 0 {
		return
	}
	for k, t := range c.toks {
		v, ok := c.lx.distNumerals[t.s]
		if !ok || c.factAt(k) >= 0 || !c.sideBeforeCount(k, k, true) {
			continue
		}
		sm := c.stoneAfterToken(k)
		if sm < 0 {
			continue
		}
		counts, known := c.groupCounts(c.ms[sm], c.colourOf(sm))
		if !known || len(counts) == 0 || c.perSideFits(counts, v) {
			continue
		}
		if w, ok := c.centreCountBefore(match{ti: k, tj: k}); ok && subsetSum(counts, w+2*v) {
			continue // "ortada bir safir, her iki yanında ikişer safir"
		}
		o := c.ms[sm]
		span := match{start: t.start, end: o.end}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (%d on each side); %s", c.surface(span.start, span.end), v, c.stonesText()))
	}
}

// inSidePhrase reports whether the number m is a word of a side phrase
// (tr "her iki yanında", on both sides): it names the sides, not stones.
func (c *checker) inSidePhrase(m match) bool {
	for _, ps := range [...]phrases{c.lx.sideBefore, c.lx.bothSidesBefore} {
		for k := m.tj; ps.size() > 0 && k < len(c.toks) && k <= m.tj+4; k++ {
			if ps.endsAt(c.toks, k) && ps.startOf(c.toks, k) <= m.ti {
				return true
			}
		}
	}
	return false
}

// eachOneOfParts reports whether the number m counts parts after a
// distributive word and a partitive link with nothing between them
// ("cada una de las cinco puntas", "ciascuna delle cinque punte",
// "καθεμία από τις πέντε άκρες"), so the parts' noun after it (a counted
// part, countsPart) shares the stone out among them. "hver holdt af fire
// små greb" (each held by four small prongs) has a verb between: the
// prongs are a part counted, no stone shared.
func (c *checker) eachOneOfParts(m match) bool {
	for e := m.ti - 1; e >= 1 && e >= m.ti-2; e-- {
		if c.toks[e+1].brk || e < m.ti-1 && c.factAt(m.ti-1) >= 0 {
			return false
		}
		if !c.lx.eachOfLinks.endsAt(c.toks, e) {
			continue
		}
		s := c.lx.eachOfLinks.startOf(c.toks, e)
		return s >= 1 && !c.toks[s].brk && c.lx.distributive.endsAt(c.toks, s-1)
	}
	return false
}

// sideOpensClause reports whether a per_side_before phrase ends at token j
// and opens its clause (after clause punctuation or a conjunction), so a
// comma after it parts it from the count it gives each side, not from
// another clause: "On each side, two diamonds", "and, on each side, two
// small diamonds" (#13, count61).
func (c *checker) sideOpensClause(j int) bool {
	if j+1 < len(c.toks) && c.toks[j+1].sbrk || !c.lx.sideBefore.endsAt(c.toks, j) {
		return false
	}
	st := c.lx.sideBefore.startOf(c.toks, j)
	return st == 0 || c.toks[st].brk || c.toks[st].sbrk || c.conjAt(st-1)
}
