package grounding

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts given per part (issue #13, count_group): "fourteen stones, nine
// on each hoop", "po dziewięć na każdym kółku", "neuf sur chaque créole".
// A number with a distributive word of the language before it or after it
// in its clause, following a stone of the piece in its sentence, counts
// that stone per part. It is compared with the product's per-part
// attribute when there is one ("stones_per_hoop": "7"), else it must
// divide a group's count into two to twelve equal parts.

// perPartAttr returns the product's count of stones per part: an
// attribute whose name says per ("stones_per_hoop", "stones per side")
// with a whole number as its value, or 0.
func (c *checker) perPartAttr() int {
	for _, k := range slices.Sorted(maps.Keys(c.p.Attributes)) { // sorted: the first per-part attribute by name, every run
		v := c.p.Attributes[k]
		lk := strings.ToLower(k)
		if !strings.Contains(lk, "per_") && !strings.Contains(lk, "per ") && !strings.Contains(lk, "per-") {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// perPartFits reports whether n stones per part agree with the product:
// its per-part attribute when it has one, else some groups' count split
// into two to twelve parts.
func (c *checker) perPartFits(counts []int, n int) bool {
	if a := c.perPartAttr(); a > 0 {
		return n == a
	}
	return multipleSum(counts, n)
}

// perPartCount compares a number that names no stone after it and stands
// with a distributive word ("nine on each hoop") with the stone named
// before it in its sentence, and reports whether it did.
func (c *checker) perPartCount(i int, m match, n int) bool {
	if !c.distributiveCount(m, m) || c.inDistributive(m) {
		return false
	}
	if m.tj+1 < len(c.toks) && c.lx.units[c.toks[m.tj+1].s] {
		return false
	}
	// The stone the number counts: the last one of the piece before it
	// in its sentence.
	sm := -1
	for k := i - 1; k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			break
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			sm = k
			break
		}
	}
	if sm < 0 {
		return false
	}
	s := c.ms[sm]
	// The stone's colour narrows the groups as it does a count before
	// the stone ("sixteen white zirconia, eight on each hoop").
	colour := c.colourOf(sm)
	var counts []int
	for _, st := range c.facts.stoneInfo {
		if s.f.kind == kindStone && !contains(st.types, s.f.value) {
			continue
		}
		if colour != "" && len(st.colours) > 0 && !contains(st.colours, colour) {
			continue
		}
		if st.count <= 0 {
			return true // a group of unknown size: nothing to compare
		}
		counts = append(counts, st.count)
	}
	if len(counts) == 0 || c.perPartFits(counts, n) {
		return true
	}
	if subsetSum(counts, n) && (c.distributiveClauseBefore(m) || c.sidesTogetherOnly(m)) {
		// "six on each hoop, twelve across the pair": the distributive
		// word is in the clause before, and the number is the group's
		// whole count, a total. "Eight smaller ones on both sides",
		// "ośmioma po bokach": the sides named together, the group
		// across them.
		return true
	}
	per := fmt.Sprintf("%d per part", n)
	if a := c.perPartAttr(); a > 0 {
		per = fmt.Sprintf("%d per part; the product has %d on each", n, a)
	}
	c.add(RuleCount, core.SeverityBlock, m, fmt.Sprintf("says %q (%s); %s", c.surface(m.start, m.end), per, c.stonesText()))
	return true
}

// sentenceBetween reports whether a sentence ends between tokens a and b.
func sentenceBetween(toks []token, a, b int) bool {
	for k := a + 1; k <= b && k < len(toks); k++ {
		if toks[k].sbrk {
			return true
		}
	}
	return false
}

// inDistributive reports whether the number m is a word of a distributive
// phrase itself (Turkish "her iki", both; "on either side"), not a count.
func (c *checker) inDistributive(m match) bool {
	for k := m.tj; k < len(c.toks) && k <= m.tj+4; k++ {
		for _, p := range c.lx.distributive[c.toks[k].s] {
			if k+1 >= len(p) && k-len(p)+1 <= m.ti && endsWith(c.toks, k, p) {
				return true
			}
		}
	}
	return false
}

// distributiveClauseBefore reports whether the distributive word that
// makes m a count per part stands only in the clause before it ("six on
// each hoop, twelve across the pair"), none in its own clause ("twelve
// on each hoop", "each hoop holds twelve").
func (c *checker) distributiveClauseBefore(m match) bool {
	crossed, before := false, false
	for k := m.ti - 1; k >= 0 && k >= m.ti-distributiveWindow; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if c.toks[k+1].brk {
			crossed = true
		}
		if c.lx.distributive.endsAt(c.toks, k) {
			if !crossed {
				return false
			}
			before = true
		}
	}
	if !before {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk; k++ {
		if c.lx.distributive.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}

// sidesTogetherOnly reports whether every distributive word that makes
// the number m a count per part (within distributiveReach tokens before it
// or after it, in its clause, as distributiveCount reads them) is part
// of a phrase naming the sides together (sides_together: "on both sides",
// "po stranách", 양쪽에), so that the number may be the group across
// them; a word of "each" ("on each side", 씩, 各) keeps it per part.
func (c *checker) sidesTogetherOnly(m match) bool {
	if len(c.lx.sides) == 0 {
		return false
	}
	found := false
	check := func(k int) bool {
		if !c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
		found = true
		return c.inSidesPhrase(k)
	}
	w := c.distributiveReach()
	for k := m.ti - 1; k >= 0 && k >= m.ti-w; k-- {
		if !check(k) {
			return false
		}
		if c.toks[k].brk {
			break
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+w; k++ {
		if c.toks[k].brk {
			break
		}
		if !check(k) {
			return false
		}
	}
	return found
}

// inSidesPhrase reports whether token k is a word of a sides_together
// phrase ("po" of "po stranách", 양쪽에).
func (c *checker) inSidesPhrase(k int) bool {
	for e := k; e < len(c.toks) && e <= k+3; e++ {
		for _, p := range c.lx.sides[c.toks[e].s] {
			if e+1 >= len(p) && e-len(p)+1 <= k && endsWith(c.toks, e, p) {
				return true
			}
		}
		if e > k && c.toks[e].brk {
			break
		}
	}
	return false
}
