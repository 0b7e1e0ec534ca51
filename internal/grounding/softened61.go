package grounding

import (
	"strings"
	"unicode/utf8"
)

// compileSoftened registers, for every word of the vocabulary's forms of
// minStem runes or more that ends in a hard final of pairs
// (softened_finals: [soft, hard]), its stem with the soft final, unless
// that spelling opens a form itself: Turkish "zümrüt" and
// "akik" as "zumrud" and "akig", which "zümrüdü", "zümrüde", "akiği"
// leave once their ending is stripped (TDK Yazım Kılavuzu, "Ünsüz
// yumuşaması": p, ç, t, k turn into b, c, d, ğ before a vowel; #13,
// probe61b). A word that keeps its final ("yakutu") is only read so
// too, and the softened spelling of a word that is no word never meets
// the vocabulary's own.
func (lx *lexicon) compileSoftened(pairs [][2]string) {
	in := lx.inflection
	if in == nil || len(pairs) == 0 {
		return
	}
	folded := foldedPairs(pairs)
	words := map[string]bool{}
	var walk func(n node)
	walk = func(n node) {
		for w, c := range n.children() {
			words[w] = true
			walk(c)
		}
	}
	walk(lx.root)
	for w := range words {
		if utf8.RuneCountInString(w) < minStem {
			continue
		}
		for _, p := range folded {
			soft, hard := p[0], p[1]
			if soft == hard || !strings.HasSuffix(w, hard) {
				continue
			}
			s := w[:len(w)-len(hard)] + soft
			if lx.root.child(s).ok() {
				continue
			}
			if in.softened == nil {
				in.softened = map[string]string{}
			}
			in.softened[s] = w
		}
	}
}

// unsoftened returns n's child for base, a token without the ending e,
// read with its softened final restored (compileSoftened), when e starts
// with a vowel; else nil.
func (in *inflection) unsoftened(n node, base, e string) node {
	if in.softened == nil || e == "" || !strings.ContainsRune("aeiou", rune(e[0])) {
		return node{}
	}
	if w, ok := in.softened[base]; ok {
		return n.child(w)
	}
	return node{}
}
