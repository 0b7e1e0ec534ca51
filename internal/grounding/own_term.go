package grounding

import (
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// NamesProductFact reports whether term, English words as product data
// and a style guide's glossary are written in ("zircon", "rhinestone"),
// names one of the product's stones or materials: a value the source
// vocabulary reads in term (or term itself, folded, where it reads none)
// is among the product's stones or materials with what they imply
// (productFacts, vocab/canon.yaml).
//
// The glossary check asks it of a forbidden term (#13, rel17a): a guide
// forbids "zircon" so that cubic zirconia is not called by a natural
// gem's name (FTC Jewelry Guides 16 CFR 23.26 on misnomers), but on a
// natural zircon the word is the stone's true name (GIA Gem
// Encyclopedia, "Zircon"). The term is read, not the copy's word: in
// most languages the bare zircon word (Zirkon, cyrkon, 锆石) also names
// cubic zirconia (the value "zircon or cubic zirconia", which a product
// of either supports), while the guide's English term names the natural
// stone only, which a cubic zirconia product does not have.
//
// Every forbidden term alike: "rhinestone" on a product whose data calls
// its stones rhinestones is the data's own word and passes; on cubic
// zirconia or on glass crystals it still blocks. A term the vocabulary
// reads only in part ("silver-coloured": silver) names no material.
func NamesProductFact(p core.Product, term string) bool {
	en := mustLexicon(sourceLocale)
	var tb [8]token
	var mb [4]match
	toks := tokenize(term, tb[:0])
	var vals []string
	n := utf8.RuneCountInString(term)
	ms := en.scan(toks, mb[:0])
	for _, m := range ms {
		// The whole term, not a word of it: "silver-coloured" names no
		// silver the piece is made of.
		if m.start == 0 && m.end == n && !m.negated && (m.f.kind == kindStone || m.f.kind == kindMaterial) && m.f.value != "" {
			vals = append(vals, m.f.value)
		}
	}
	if len(vals) == 0 && len(toks) > 0 && len(ms) == 0 {
		vals = append(vals, foldString(term))
	}
	f := productFacts(en, canonical(), p)
	for _, v := range vals {
		if contains(f.stones, v) || contains(f.materials, v) {
			return true
		}
	}
	return false
}
