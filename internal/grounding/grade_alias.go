package grounding

import (
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
)

// gradeAliases adds to the facts the names a material goes by at a grade
// the product's data write beside it (canon grade_materials: "316L
// stainless steel" is surgical steel, ASTM F138 and ISO 5832-1): copy that
// calls a 316L piece "surgical steel" names its own metal (#13, explain67:
// probe 67D en-AU 67D04-1 "often called surgical steel because the same
// grade is used for medical instruments"). Only the product's materials
// and metal bases are read, word by word; a grade in copy adds nothing.
func (f *facts) gradeAliases(cn *canon, p *core.Product) {
	if len(cn.GradeMaterials) == 0 {
		return
	}
	add := func(s string) {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			for _, v := range cn.GradeMaterials[w] {
				f.materials = cn.closure(f.materials, v)
				f.body = cn.closure(f.body, v)
			}
		}
	}
	for _, s := range p.Materials {
		add(s)
	}
	for _, m := range p.Metals {
		add(m.Base)
	}
}
