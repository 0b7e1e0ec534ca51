package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	// NotOnWearer: a wearer word in the sentence (finger, wrist, neck)
	// puts the word back on the body part its category is worn on ("the
	// rings sit snug on your finger" of hoop earrings names finger rings;
	// #13, sense45).
	NotOnWearer bool `yaml:"not_on_wearer"`
	// Compound: a word of the product's name or keywords that ends in
	// the category word itself ("Oorringen" → "de ringen", "Ohrringe" →
	// "die Ringe", "øreringe" → "ringene") gives the piece the shape too:
	// the bare word is the name's own noun, shortened (#13, sense45).
	Compound bool `yaml:"compound"`
	// CompoundExcept: compounds that give no shape (English "earrings":
	// "rings" is no short form of it, so stud earrings called rings
	// still block; #13, category_sense19).
	CompoundExcept []string `yaml:"compound_except"`
}

// shapeSenseAt reports whether the category word m names, on this
// product, only a shape its own data give it (shapeSenseOf) and that
// sense holds where m stands: not in a sentence with a wearer word when
// the sense is NotOnWearer; the product's own name compounded with m's
// word (Compound) holds as the shape's words do (#13, sense45: "runda
// ringar" of Creoler, "De ringen" of Oorringen; "De ringen passen om je
// vinger" still names finger rings).
func (c *checker) shapeSenseAt(pc string, m match) bool {
	for _, v := range m.f.partSenses {
		s, ok := c.cn.ShapeSenses[v]
		if !ok || !contains(s.Categories, pc) {
			continue
		}
		if !productNamesShape(c, s.Words) && !(s.Compound && c.nameCompoundOf(m, s.CompoundExcept)) {
			continue
		}
		if s.NotOnWearer && c.wearerInSentence(m) {
			continue
		}
		return true
	}
	return false
}

// nameCompoundOf reports whether a word of the product's name, other than
// the words of except, is a compound ending in m's surface, at least two
// letters longer ("oorringen" of "ringen", "ohrringe" of "Ringe").
func (c *checker) nameCompoundOf(m match, except []string) bool {
	if c.p == nil {
		return false
	}
	w := strings.ToLower(c.surface(m.start, m.end))
	if strings.ContainsRune(w, ' ') || utf8.RuneCountInString(w) < 3 {
		return false
	}
	has := func(s string) bool {
		for _, t := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
			if utf8.RuneCountInString(t) >= utf8.RuneCountInString(w)+2 && strings.HasSuffix(t, w) && !contains(except, t) {
				return true
			}
		}
		return false
	}
	return has(c.p.Name)
}

// wearerInSentence reports whether a wearer word of the locale (wrist,
// ankle, neck, finger; measure_words wearer) stands in m's sentence.
func (c *checker) wearerInSentence(m match) bool {
	w := c.lx.mw.wearer
	if w.size() == 0 {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e && k < len(c.toks); k++ {
		if w.endsAt(c.toks, k) {
			return true
		}
	}
	return false
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
		// Japanese writes a name without spaces ("シルバーフープピアス"):
		// a shape word in kana is found inside it.
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.Is(unicode.Katakana, r) && strings.Contains(s, w) {
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
