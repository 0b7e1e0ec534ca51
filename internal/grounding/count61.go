package grounding

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts stated as groups (#13, count61; held-out 60A en-GB 60A03-2 "small
// diamonds: eight in the halo around the centre stone and two on each
// shoulder" on twelve diamonds, fi-FI 60A03-2 "neljä timanttia on kiven
// yläpuolella ja neljä sen alapuolella" on eight). A count of the piece's
// stone may be one part of a list whose parts, joined by a conjunction in
// its sentence, add up to a group:
//
//   - the parts after a counted stone are numbers that count no other
//     stone ("four diamonds above the stone and four below it", "eight
//     diamonds in the halo and two on each shoulder"), a count on each side
//     two sides' worth (partsAfter);
//   - a count on each side after such a part (per_part.go centreAndSides)
//     reads back past a stone no number counts ("around the centre stone",
//     "autour de la pierre centrale") to the part before it, and to a
//     counted stone of the same kind ("eight diamonds … and two on each
//     shoulder").
//
// A count per side after a verb of flanking (flank_words) counts the
// stones beside the flanked one, not it, named or not ("une phénacite
// flanquée de deux perles de chaque côté", perles being beads as often as
// pearls): it is compared with all the piece's groups (flankedSides). A
// per-side phrase before the count may stand at the head of its clause,
// a comma after it ("on each side, two diamonds"; count60b.go
// sideBeforeCount), and between the stones and a verb of flanking at the
// end of a Dutch clause ("die door twee parels aan elke kant wordt
// geflankeerd"; count60b.go flankedCentreAfter).

// partsAfter returns the total of the list of parts the count num of the
// stone sm opens (the rule above): num's value and each number after the
// stone's phrase in its sentence that counts no other stone, joined to
// the part before it by a conjunction, a count on each side (perSideCount)
// two sides' worth; or 0 where no part follows.
func (c *checker) partsAfter(num, sm match) int {
	total, parts := c.numberValue(num), 0
	prev := max(num.tj, c.stonePhraseEnd(sm))
	if total <= 0 || sm.tj < num.ti {
		return 0
	}
	for j, o := range c.ms {
		if o.ti <= prev {
			continue
		}
		if sentenceBetween(c.toks, prev, o.ti) {
			break
		}
		if o.f.kind == kindStone || o.f.kind == kindStoneNoun {
			if c.countedStone(j) {
				break // another stone's count
			}
			continue // "on kiven yläpuolella": a stone no number counts
		}
		if o.f.kind != kindNumber || o.negated {
			continue
		}
		v := c.numberValue(o)
		if v <= 0 || !c.conjBetween(prev, o.ti) || c.stoneAfterNumber(j) {
			break
		}
		if c.perSideCount(o, o) && !c.sidesTogetherOnly(o) {
			v *= 2
		}
		total += v
		parts++
		prev = o.tj
	}
	if parts == 0 {
		return 0
	}
	return total
}

// conjBetween reports whether a conjunction stands after token a and
// before token b.
func (c *checker) conjBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if c.conjAt(k) {
			return true
		}
	}
	return false
}

// countedStone reports whether a number right before the stone match
// ms[j] (or its colour) counts it: "four diamonds", not "the centre stone".
func (c *checker) countedStone(j int) bool {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		p := c.ms[k]
		if p.tj+3 < c.ms[j].ti || c.brkBetween(p.tj, c.ms[j].ti) {
			return false
		}
		if p.f.kind == kindNumber {
			return true
		}
		if p.f.kind != kindColour {
			return false
		}
	}
	return false
}

// flankedSides compares a count per side num that names no stone after it,
// after a verb of flanking, with all the piece's groups, and reports
// whether it did (the rule above): n on each of two or four sides, or
// with the flanked stone's count (flankedCentre), is some groups' count.
func (c *checker) flankedSides(num match, n int) bool {
	if c.flankVerbBefore(num) < 0 || !c.perSideCount(num, num) {
		return false
	}
	counts, known := c.facts.allGroupCounts()
	if !known {
		return true // a group of unknown size: nothing to compare
	}
	if len(counts) == 0 || c.perSideFits(counts, n) {
		return true
	}
	if v := c.flankedCentre(num); v > 0 && subsetSum(counts, v+2*n) {
		return true
	}
	c.add(RuleCount, core.SeverityBlock, num, fmt.Sprintf("says %q (%d on each side); %s", c.surface(num.start, num.end), n, c.stonesText()))
	return true
}

// flankVerbBefore returns the first token of a verb of flanking that ends
// within flankReach tokens before the count num, in its sentence, with no
// fact but an ignored word between ("flanked by two", "flanquée de
// deux"), or -1.
func (c *checker) flankVerbBefore(num match) int {
	if c.lx.flankWords.size() == 0 {
		return -1
	}
	for e := num.ti - 1; e >= 1 && e >= num.ti-1-flankReach; e-- {
		if c.toks[e+1].sbrk {
			return -1
		}
		if c.lx.flankWords.endsAt(c.toks, e) {
			return c.lx.flankWords.startOf(c.toks, e)
		}
		if i := c.factAt(e); i >= 0 && c.ms[i].f.kind != kindIgnore {
			return -1
		}
	}
	return -1
}

// phraseEnd returns the last token of the phrase of ps that starts at token
// s in its clause, or -1.
func phraseEnd(ps phrases, toks []token, s int) int {
	if !ps.startsAt(toks, s) {
		return -1
	}
	for f := s; f < len(toks) && (f == s || !toks[f].brk); f++ {
		if ps.endsAt(toks, f) && ps.startOf(toks, f) <= s {
			return f
		}
	}
	return -1
}

// eachSideEndsAt reports whether a phrase of each side (per_side,
// per_side_before) of more than one word ends at token k: a word of
// beside that ends one ("Yüzüğün her yanında birer pırlanta", a diamond
// on each side of the ring) places stones on the piece's sides, not
// another piece beside it.
func (c *checker) eachSideEndsAt(k int) bool {
	for _, ps := range [...]phrases{c.lx.perSide, c.lx.sideBefore} {
		if st := ps.startOf(c.toks, k); st >= 0 && st < k {
			return true
		}
	}
	return false
}
