package grounding

import (
	"slices"
	"strings"
)

// Fineness numbers that are not the piece's gold (#13, rel64a).
//
// A bare millesimal number is read as a gold karat where the pack writes
// gold's marks so ("585" is 14k in ar, cs, da, el, fi, nb, nl, pl, pt, sv,
// tr): on a piece of 585 platinum, "البلاتين عيار 585" and "platyny próby
// 585" blocked as "the product states no gold fineness" (released 64B
// ar-AE 64B04-1/-2, pl-PL 64B04-1). Platinum is hallmarked 585 too (ISO
// 9202:2019; canon legal_finenesses), so a number that is a legal
// fineness of one of the piece's own metals other than gold, with no gold
// word beside it, is that metal's fineness (ownMillesimal): it passes when
// it is the piece's own fineness and blocks as that metal's otherwise
// ("585" on 950 platinum), and "585 gold", "złoto próby 585" on platinum
// still block as gold.
//
// A fineness number that belongs to another standard the copy sets apart
// from the piece's metal is that standard's: the number joined to a metal
// word (right after it, or after a fineness word and a short link:
// "sterlingového stříbra s ryzostí 925") that is denied or contrasted
// ("Na rozdíl od běžného sterlingového stříbra s ryzostí 925", unlike
// ordinary sterling silver of fineness 925, on silver 970; released 64A
// cs-CZ 64A04-1), or compared, a determiner or a word of commonness
// between. FTC 16 CFR 23.6-23.7 ask the
// piece's fineness told truly; the fineness of what it is told apart from
// is no claim about it. "The bracelet is sterling silver 925" on 970 still
// blocks.

// ownMillesimal reports whether the karat match m is a bare number that
// is a legal fineness of one of the product's own metals other than gold,
// with no gold word beside it, and returns that metal and the number.
func (c *checker) ownMillesimal(m match) (string, int, bool) {
	if m.ti != m.tj || len(c.cn.LegalFinenesses) == 0 {
		return "", 0, false
	}
	n, ok := atoiToken(c.toks[m.ti].s)
	if !ok || c.goldWordBeside(m) {
		return "", 0, false
	}
	for _, pm := range c.p.Metals {
		metal := c.preciousOfBase(pm.Base)
		if metal == "" || metal == "gold" {
			continue
		}
		if slices.Contains(c.cn.LegalFinenesses[metal], n) {
			return metal, n, true
		}
	}
	return "", 0, false
}

// preciousOfBase is the precious metal a product metal's base names, by
// the canon or by its last word ("999 fine silver": silver).
func (c *checker) preciousOfBase(base string) string {
	base = strings.ToLower(strings.TrimSpace(base))
	of := c.cn.PreciousMetals[base]
	if w := strings.Fields(base); of == "" && len(w) > 0 {
		of = c.cn.PreciousMetals[w[len(w)-1]]
	}
	return of
}

// goldWordBeside reports whether a gold word stands right before or after
// the number m in its clause, or one fineness word away ("585 gold",
// "złoto próby 585", "oro 585").
func (c *checker) goldWordBeside(m match) bool {
	for _, o := range c.ms {
		if o.f.kind != kindMaterial || c.cn.PreciousMetals[o.f.value] != "gold" && c.cn.SolidMetals[o.f.value] != "gold" {
			continue
		}
		if slices.Contains(c.finenessBeside(o), m.ti) {
			return true
		}
	}
	return false
}

// ownMillesimalKarat is karat's reading of a bare number of the piece's
// own metal (ownMillesimal): true where it is settled, the number the
// piece's own fineness (passes) or another fineness of that metal
// (blocks as that metal's).
func (c *checker) ownMillesimalKarat(m match) bool {
	metal, n, ok := c.ownMillesimal(m)
	if !ok {
		return false
	}
	if own := c.ownFinenesses(metal); !slices.Contains(own, n) && len(own) > 0 && !c.setApartFineness(m.ti) {
		c.addFineness(metal, n, m)
	}
	return true
}

// finenessOwner returns the index of the metal word the fineness number
// at token k is joined to: a material match ending right before k, or
// before a fineness word and at most one short link word before k
// ("stříbra s ryzostí 925", "silver of 925 fineness" is finenessBeside's),
// all in one clause; -1 where none.
func (c *checker) finenessOwner(k int) int {
	j := k - 1
	if j >= 0 && !c.toks[k].brk && c.finenessWordEndsAt(j) {
		if st := c.lx.finenessWords.startOf(c.toks, j); st >= 0 && st < j && !c.brkBetween(st, j) {
			j = st
		}
		j--
		if j >= 0 && !c.toks[j+1].brk && !c.isFactToken(j) && len([]rune(c.toks[j].s)) <= 3 {
			j--
		}
	}
	if j < 0 || c.toks[j+1].brk {
		return -1
	}
	for i, o := range c.ms {
		if o.tj == j && o.f.kind == kindMaterial && c.cn.PreciousMetals[o.f.value] != "" {
			return i
		}
	}
	return -1
}

// setApartFineness reports whether the fineness number at token k belongs
// to a metal word the copy sets apart from the piece's metal: denied or
// contrasted (negators, contrast_before), read as another thing's
// (scope), or compared (setApartMetal).
func (c *checker) setApartFineness(k int) bool {
	i := c.finenessOwner(k)
	if i < 0 {
		return false
	}
	o := c.ms[i]
	return o.negated || c.scopes[i] != scopeProduct || c.setApartMetal(o)
}

// setApartMetal reports whether the metal word m is what the copy
// contrasts the piece with or compares it with: a word of contrast_before
// or than_before ending right before it, with at most two determiners or
// words of commonness (than_fillers: "běžného", "gewöhnlichem") between,
// in its clause; or m compared (metalCompared). A standard only likened
// to is apart64.go's (likeness_but: "liknar den vanligt sterlingsilver 925
// men …"); "Armringen liknar sterlingsilver 925" still blocks.
func (c *checker) setApartMetal(m match) bool {
	if c.metalCompared(m) {
		return true
	}
	k := m.ti - 1
	for n := 0; n < 3 && k >= 0 && !c.toks[k+1].brk; n++ {
		if c.lx.contrastData.before.at(c.toks, k) || c.phraseEndsAt(c.lx.thanBefore, nil, k) > 0 {
			return true
		}
		if t := c.toks[k].s; !c.lx.determiners[t] && !c.lx.thanFillers[t] {
			return false
		}
		k--
	}
	return false
}
