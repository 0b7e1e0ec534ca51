package grounding

import (
	"slices"
)

// A stone noun in the dual number counts two (#13, counts56). Arabic
// marks two of a thing on the noun itself, with no numeral: "ماستان"
// and "بماستين" are two diamonds (ماسة), "لؤلؤتان" two pearls, "زمردتان"
// two emeralds (W. Wright, A Grammar of the Arabic Language, 3rd ed.,
// vol. I §297 on the dual: nominative -āni, oblique -ayni, the feminine
// ة written ت before them). The vocabulary lists the singular; a token
// that matches no form, and is a one-word stone with a dual ending
// (the pack's dual_endings, each with what replaces it in the singular)
// is that stone, read as "two" of it: "يتألق في الخاتم ماستان" on a
// ring of three diamonds blocks as "two diamonds" does, and passes on a
// ring of two. The numeral "اثنان" is left out of such a phrase in the
// language (the dual says it), so the dual is the count.
//
// Only stones and stone nouns are read so: the same endings make other
// words of colours, adjectives and verbs ("بيضاوان" agrees with its
// noun, "لامعتان" shines). The stem must be a stone form of its own;
// dualMinStem keeps short stems ("ماس") but no one- or two-letter ones.

// dualMinStem is the fewest runes a dual's singular must have.
const dualMinStem = 3

// foldedPairs folds both sides of each (ending, replacement) pair and
// orders them longest ending first.
func foldedPairs(ps [][2]string) [][2]string {
	var out [][2]string
	for _, p := range ps {
		if e := foldString(p[0]); e != "" {
			out = append(out, [2]string{e, foldString(p[1])})
		}
	}
	slices.SortStableFunc(out, func(a, b [2]string) int { return len(b[0]) - len(a[0]) })
	return out
}

// stoneDual returns the forms of the one-word stone (or stone noun) w is
// the dual of, by the pack's dual endings, or nil.
func (lx *lexicon) stoneDual(w string) []*form {
	for _, e := range lx.dualEndings {
		if len(w) <= len(e[0]) || w[len(w)-len(e[0]):] != e[0] {
			continue
		}
		if fs := lx.stoneWordForms(w[:len(w)-len(e[0])]+e[1], dualMinStem); fs != nil {
			return fs
		}
	}
	return nil
}

// inflectedDual reports whether the stone f, read from the word w by the
// pack's endings ("لؤلؤتان" as "لؤلؤة" with "ان"), is w's dual: w is no
// form of its own and its singular by a dual ending is f.
func (lx *lexicon) inflectedDual(f *form, w string) bool {
	if len(lx.dualEndings) == 0 || f.kind != kindStone {
		return false
	}
	if n := lx.root.child(w); n.ok() && len(n.forms()) > 0 {
		return false
	}
	return slices.Contains(lx.stoneDual(w), f)
}

// dualCount compares the count two a stone in the dual says with the
// product's stones of that kind and colour (the colour agreeing after
// it: "ماستان بيضاوان").
func (c *checker) dualCount(i int, m match) {
	if !m.dual || m.f.kind != kindStone && m.f.kind != kindStoneNoun {
		return
	}
	c.compareCount(2, m, m, c.colourAfter(i))
}
