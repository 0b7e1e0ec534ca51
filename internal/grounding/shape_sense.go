package grounding

import (
	"strings"
	"unicode"
)

// shapeSense is a part sense a category word has only on some pieces of
// a category: those whose own data name the shape (canon shape_senses).
type shapeSense struct {
	// Categories are the product categories the sense names a shape of.
	Categories []string `yaml:"categories"`
	// Words are the English words of product data (name, keywords,
	// measurement names, attributes) that say the piece has the shape.
	Words []string `yaml:"words"`
	// NotThis: after a demonstrative the word is still the piece itself
	// ("this pendant" of a charm bracelet; #13, charm_pendant19).
	NotThis bool `yaml:"not_this"`
}

// thisShapeOnly reports whether every shape sense of f that holds on this
// product is one a demonstrative undoes (NotThis), and one holds.
func (c *checker) thisShapeOnly(pc string, f *form) bool {
	some := false
	for _, v := range f.partSenses {
		if v == pc || contains(c.cn.Related[pc], v) {
			return false
		}
		s, ok := c.cn.ShapeSenses[v]
		if !ok || !contains(s.Categories, pc) || !productNamesShape(c, s.Words) {
			continue
		}
		if !s.NotThis {
			return false
		}
		some = true
	}
	return some
}

// shapeSenseOf reports whether the category word f names, on this
// product, a shape its own data give it: a ring word on hoop earrings
// ("små, tätt sittande ringar på 14 mm", hoops that are small rings), a
// pendant word on drop earrings ("o pendente acompanha o movimento", the
// drop that hangs from the lever-back; #13, category_sense19). The same
// word on another piece of the category (a stud earring called a ring or
// a pendant) or on another category keeps its category sense.
func (c *checker) shapeSenseOf(pc string, f *form) bool {
	for _, v := range f.partSenses {
		s, ok := c.cn.ShapeSenses[v]
		if !ok || !contains(s.Categories, pc) {
			continue
		}
		if productNamesShape(c, s.Words) {
			return true
		}
	}
	return false
}

// productNamesShape reports whether one of words is a word of the
// product's name, keywords, measurement names or attributes.
func productNamesShape(c *checker, words []string) bool {
	p := c.p
	if p == nil {
		return false
	}
	has := func(s string) bool {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if contains(words, w) {
				return true
			}
		}
		return false
	}
	if has(p.Name) {
		return true
	}
	for _, k := range p.Keywords {
		if has(k) {
			return true
		}
	}
	for _, f := range p.Features {
		if has(f) {
			return true
		}
	}
	for _, m := range p.Measurements {
		if has(m.Name) {
			return true
		}
	}
	for k, v := range p.Attributes {
		if has(k) || has(v) {
			return true
		}
	}
	return false
}
