package checks

import (
	"strings"
	"unicode"
)

// repeatedInNames reports whether the word w (lower case) stands twice in a
// row in one of the names the copy may repeat as written: the product's
// name, collection, materials, stone types and keywords, and the guide's
// glossary terms. A reduplicated name is a name, not a slip of the pen:
// "maw sit sit" (a jadeite-bearing rock from Myanmar), a "Bora Bora" or
// "Tutti Frutti" collection, "Tic Tac" charms. Only the repetition rule
// consults it; whether the name is true of the piece is grounding's
// question. The names are matched by words, case-folded, so "Maw-Sit-Sit"
// in the PIM covers "maw sit sit" in the copy.
func (r *run) repeatedInNames(w string) bool {
	p := &r.in.Product
	names := make([]string, 0, 4+len(p.Materials)+len(p.Stones)+len(p.Keywords))
	names = append(names, p.Name, p.Collection)
	names = append(names, p.Materials...)
	for _, s := range p.Stones {
		names = append(names, s.Type)
	}
	names = append(names, p.Keywords...)
	for _, n := range names {
		if hasDoubledWord(n, w) {
			return true
		}
	}
	if r.g != nil {
		for i := range r.g.Glossary {
			if hasDoubledWord(r.g.Glossary[i].Term, w) {
				return true
			}
		}
	}
	return false
}

// hasDoubledWord reports whether name holds w twice in a row as whole words
// (letters and digits; any other rune separates), case-folded.
func hasDoubledWord(name, w string) bool {
	if len(name) < 2*len(w) {
		return false
	}
	prev := ""
	for _, f := range strings.FieldsFunc(name, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) }) {
		f = strings.ToLower(f)
		if f == w && prev == w {
			return true
		}
		prev = f
	}
	return false
}
