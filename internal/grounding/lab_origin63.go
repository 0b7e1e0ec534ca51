package grounding

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// A lab-grown qualifier on a stone whose origin is natural (#13, count63;
// probe 63D zh-CN 63D04-3 "实验室培育的神秘托帕石" on a natural, coated mystic
// topaz). The product's own stone named with the market's lab-grown
// qualifier right beside it ("a lab-grown topaz", "im Labor gezüchteter
// Topas", "topaze de synthèse", "ラボグロウンのトパーズ", "랩그로운 토파즈",
// "实验室培育的托帕石", "topacio creado en laboratorio") calls a natural stone
// laboratory-made: a misdescription of the stone's origin (FTC Jewelry
// Guides 16 CFR 23.23(c) and 23.25; CIBJO Gemstone Book: "synthetic" and
// its synonyms name a laboratory-created product only). The stone rule
// read the stone's name alone, which is the product's, and passed it.
//
// The qualifiers are the pack's qualifiers.lab_grown, one word or more (a
// wildcard for a maker's name is left out: "* created"), standing right
// before the stone's name, with at most labOriginGap tokens between that
// are no fact or are a colour ("lab-grown blue topaz", the particles 的 and
// の), or right after it ("topaze mystique de synthèse"). A piece with a
// lab-grown or simulant stone of that name, and pearls (whose "cultured"
// and 培育 are the trade's word), are left alone.

// labOriginGap is how many tokens may stand between the qualifier and
// the stone's name.
const labOriginGap = 2

// compileLabOriginSeqs folds the pack's lab-grown qualifiers into token
// sequences of one word or more, leaving out those with a wildcard word.
func compileLabOriginSeqs(list []string) []qualifierSeq {
	var out []qualifierSeq
	for _, q := range list {
		if strings.Contains(q, " *") || strings.HasPrefix(q, "*") || strings.Contains(q, "* ") && strings.Count(q, "*") > 1 {
			continue
		}
		if seq := qualifierSeqOf(q); len(seq.ws) > 0 {
			out = append(out, seq)
		}
	}
	return out
}

// labOriginAt returns how many tokens a lab-grown qualifier (one word or
// more) covers from token k, in one clause, or 0.
func (c *checker) labOriginAt(k int) int {
	best := 0
	for _, q := range c.lx.labOrigin {
		n := len(q.ws)
		if k+n > len(c.toks) || n <= best {
			continue
		}
		ok := true
		for j, w := range q.ws {
			t := c.toks[k+j]
			if j > 0 && t.brk {
				ok = false
				break
			}
			if t.s == w || (q.pre[j] || j == n-1 && utf8.RuneCountInString(w) >= 5) && strings.HasPrefix(t.s, w) {
				continue
			}
			ok = false
			break
		}
		if ok {
			best = n
		}
	}
	return best
}

// labOriginNatural reports whether every stone of the product that the
// stone value v names is natural (or of unstated origin) and no pearl,
// and at least one does.
func (c *checker) labOriginNatural(v string) bool {
	n := 0
	for i, st := range c.p.Stones {
		if i >= len(c.facts.stoneInfo) || !contains(c.facts.stoneInfo[i].types, v) {
			continue
		}
		if st.Origin != "" && st.Origin != core.OriginNatural || isLabType(st.Type) || strings.Contains(strings.ToLower(st.Type), "pearl") {
			return false
		}
		n++
	}
	return n > 0
}

// labOriginOfNatural adds a block where the stone match m, the product's
// own natural stone, stands beside a lab-grown qualifier (the rule above),
// and reports whether it did.
func (c *checker) labOriginOfNatural(m match) bool {
	if len(c.lx.labOrigin) == 0 || m.negated || !contains(c.facts.stones, m.f.value) || strings.Contains(m.f.value, "pearl") || !c.labOriginNatural(m.f.value) {
		return false
	}
	// Only before the stone: after it the qualifier is as often a
	// contrast's ("a differenza dello spinello sintetico"), so that side
	// is not read.
	q := c.labOriginBefore(m)
	if q < 0 || hasLabStone(c.p) {
		return false
	}
	c.add(RuleStone, core.SeverityBlock, m, fmt.Sprintf("calls %q lab-grown (%q); the product's stone is natural: %s", c.surface(m.start, m.end), c.toks[q].s, c.stonesText()))
	return true
}

// labOriginBefore returns the first token of a lab-grown qualifier that
// ends right before m, with at most labOriginGap tokens between that are
// no fact or a colour, in its clause; or -1.
func (c *checker) labOriginBefore(m match) int {
	gap := 0
	for k := m.ti - 1; k >= 0 && gap <= labOriginGap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return -1
		}
		for st := k; st >= 0 && st >= k-5; st-- {
			if n := c.labOriginAt(st); n > 0 && st+n-1 == k {
				if c.labOriginOfOther(st, k) {
					return -1
				}
				return st
			}
		}
		if i := c.matchAt(k); i >= 0 {
			o := c.ms[i]
			if o.f.kind != kindColour && (o.f.kind != kindIgnore || o.ti != o.tj || utf8.RuneCountInString(c.toks[k].s) > 1) {
				return -1
			}
			gap += o.tj - o.ti
			k = o.ti
		} else if utf8.RuneCountInString(c.toks[k].s) > 1 {
			return -1 // only a colour or a particle (的, の) between
		}
		gap++
	}
	return -1
}

// labOriginOfOther reports whether the qualifier on tokens st..e is
// another stone's: a stone word is one of its tokens
// ("laboratoriotimanttia") or stands right before it ("ماسة مختبرية",
// a lab-grown diamond, before the piece's natural sapphire).
func (c *checker) labOriginOfOther(st, e int) bool {
	for k := max(st-1, 0); k <= e; k++ {
		if k == st-1 && c.toks[st].brk {
			continue
		}
		if i := c.matchAt(k); i >= 0 && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindStoneNoun) {
			return true
		}
	}
	return false
}

// hasLabStone reports whether a stone of the product is lab-grown: its
// qualifier may be said of the stones together.
func hasLabStone(p *core.Product) bool {
	for _, st := range p.Stones {
		if st.Origin == core.OriginLabGrown || isLabType(st.Type) {
			return true
		}
	}
	return false
}
