package grounding

import (
	"strings"
	"unicode/utf8"
)

// compoundHeadOwn reports whether the one-word category word m is the head
// of a compound category word for the piece named before it in the copy:
// "Britannia-armringen ... har ringen fået en fast, rund profil" on a
// bracelet, where "ringen" is the head of "armring" (a bangle) named alone
// afterwards and so the same piece, not a ring (#13, probe61a; released
// 61B da-DK 61B04-1/2). The same for sv and nb "armring", de "Armreif"
// and any compound the pack's category forms make. The compound must be a
// form of the product's own category (or a related one), written before
// m, and its tail a form of m's own category value; a head word with no
// such compound before it ("ringen" alone on a bracelet) still blocks.
func (c *checker) compoundHeadOwn(m match) bool {
	if m.ti != m.tj || m.f.kind != kindCategory {
		return false
	}
	pc := c.facts.category
	for k := 0; k < m.ti; k++ {
		w := c.toks[k].s
		if len(w) <= len(c.toks[m.ti].s) {
			continue
		}
		f := c.lx.categoryForm(w)
		if f == nil || !(f.value == pc || contains(c.cn.Related[pc], f.value)) {
			continue
		}
		// A tail of two or more runes taken off w's front that is a
		// form of m's category: "armringen" ends in "ringen".
		for p := range w {
			if p == 0 || utf8.RuneCountInString(w[:p]) < 2 {
				continue
			}
			tail := strings.TrimLeft(w[p:], "-")
			if utf8.RuneCountInString(tail) < 3 {
				break
			}
			if t := c.lx.categoryForm(tail); t != nil && t.value == m.f.value {
				return true
			}
		}
	}
	return false
}
