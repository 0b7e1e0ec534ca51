package grounding

import "strings"

// gradeFile holds a pack's words of a material's grade (#13, lead59):
// grade_nouns, the nouns of a grade ("quality", "grade", Qualität,
// kvalitet, qualité, jakość), read as the end of a compound or as the word
// beside a piece noun; enough_words, the words of "enough" (genug, nok,
// assez, abbastanza); fit_for_words, the words of "for" or "to" before the
// use a material is good enough for (für, til, pour, para).
type gradeFile struct {
	GradeNouns  []string `yaml:"grade_nouns"`
	EnoughWords []string `yaml:"enough_words"`
	FitForWords []string `yaml:"fit_for_words"`
}

type gradeData struct {
	gradeNouns  []string // folded, expanded
	enoughWords map[string]bool
	fitForWords map[string]bool
}

func compileGrade(f gradeFile) gradeData {
	set := func(list []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range foldedForms(list) {
			m[w] = true
		}
		return m
	}
	return gradeData{gradeNouns: foldedForms(f.GradeNouns), enoughWords: set(f.EnoughWords), fitForWords: set(f.FitForWords)}
}

// qualityGradeAt reports whether the piece noun at token k (piece_nouns:
// jewellery, smycke, mücevher, Schmuck) stands in the name of a
// material's grade rather than for the piece: compounded with a grade noun
// (grade_nouns: sv "smyckeskvalitet", da and nb "smykkekvalitet", de
// "Schmuckqualität"), next to one in its clause ("jewellery quality", tr
// "mücevher kalitesinde"), or after "enough … for" (enough_words,
// fit_for_words: "Kristalle, die klar genug für Schmuck sind", crystals
// clear enough for jewellery). "Kristaller av smyckeskvalitet hittades
// först på 1980-talet" (gem-quality crystals were first found in the
// 1980s) is a sentence about the mineral, whose crystals are its own
// (#13, lead59: the lead's own copy on blind set 59's pool; the "enough"
// form held-out 59's de-DE and nb-NO 59A03, read after the session's
// sealed end).
func (c *checker) qualityGradeAt(k int) bool {
	d := &c.lx.gradeData
	grade := func(s string, compound bool) bool {
		for _, g := range d.gradeNouns {
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
	if k > 1 && !c.toks[k].brk && d.fitForWords[c.toks[k-1].s] {
		for j := k - 2; j >= 0 && j >= k-4; j-- {
			if d.enoughWords[c.toks[j].s] {
				return true
			}
			if c.toks[j+1].brk {
				break
			}
		}
	}
	return false
}
