package grounding

// A fineness said of a class of jewellery in general is no fact of the
// piece (#13, generic55): copy that explains a 24k or 18k piece's gold
// sets it against what jewellery usually is ("Most jewellery uses 18k or
// 14k gold, mixed with other metals for hardness", "De fleste smykker
// laves af 18 eller 14 karat guld", 多数首饰使用18K或14K金,
// 一般的なジュエリーには18金や14金が使われます, "Çoğu mücevherde 18 veya 14
// ayar altın kullanılır"). The karat scale's steps explained by a share or
// by softness are karat_scale.go's; this is the quantified or habitual
// subject (generic_words: "most", "many", "usually", de fleste, la
// plupart, 大多, 대부분, معظم, çoğu), the generic reading of a noun phrase
// (Carlson, Reference to Kinds in English, 1977; CGEL 5.8 on generic
// noun phrases).

// genericFineness reports whether the fineness m, not the product's, is
// said of a class: a generic word stands in m's clause before it, and the
// clause names nothing of the piece (its name, a possessive or
// demonstrative of it, a part or component, a plating word, other items).
// A category or piece noun is the class where a generic word quantifies
// it within four tokens before ("most rings", "de fleste smykker",
// "多数首饰"), or where it opens the clause bare and the generic word
// follows ("Jewellery is usually 14k gold"); then a verb of making or
// setting is the class's too ("Die meisten Schmuckstücke werden aus 14
// Karat Gold gefertigt"). "Like most jewellery, this bangle is 14k gold"
// (the piece in the clause), "Our rings are usually 14k gold" (ours) and
// "The bangle is usually 14k gold" (the category with its article) still
// block.
func (c *checker) genericFineness(m match) bool {
	lx := c.lx
	if m.negated || m.f.kind != kindKarat || lx.generic.empty() {
		return false
	}
	a, b := c.clauseOfMatch(m)
	gen := -1
	for k := a; k < m.ti; k++ {
		if lx.generic.at(c.toks, k) {
			gen = k
			break
		}
	}
	if gen < 0 {
		return false
	}
	// "Most of the bangle": a partitive of a definite names a part of
	// one thing, not a class.
	if gen+2 <= b && c.toks[gen+1].s == "of" && (lx.definites.endsAt(c.toks, gen+2) || lx.demonstr.endsAt(c.toks, gen+2) || lx.ours.endsAt(c.toks, gen+2)) {
		return false
	}
	classNoun := func(k int) bool {
		return c.categoryToken(k) || lx.pieceNouns.at(c.toks, k)
	}
	// quantified: the noun's phrase (a category match's first token:
	// ジュエリー is several tokens) starts within four tokens after the
	// generic word's first ("la plupart des bijoux"), or opens the clause
	// before it.
	quantified := func(k int) bool {
		s := c.categoryStart(k)
		if s < 0 {
			s = k // a piece noun, one token
		}
		if s == a && gen > k {
			return true
		}
		if s <= gen {
			return false
		}
		// words between: a gap of blanks parts two words; tokens of
		// unspaced script (一般的なジュエリー) run together.
		words := 0
		for j := gen; j < s; j++ {
			if c.toks[j+1].brk {
				return false
			}
			if c.toks[j+1].start > c.toks[j].end {
				words++
			}
		}
		return words <= 4
	}
	class := false
	for k := a; k <= b; k++ {
		if classNoun(k) && quantified(k) {
			class = true
		}
	}
	for k := a; k <= b; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || !c.isFactToken(k) && c.ownNameAt(k) ||
			lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) && !c.stoneToken(k, k) && !c.kindTokenAt(k, kindMaterial) {
			return false
		}
		if classNoun(k) {
			if quantified(k) {
				continue // the class the generic word quantifies
			}
			return false
		}
		if c.pieceVerbAt(k) || lx.settingWords.at(c.toks, k) || c.hangAt(k) {
			if class {
				continue
			}
			return false
		}
		if c.partWordAt(k) ||
			lx.platingWords.endsAt(c.toks, k) || lx.otherItems.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}

// categoryStart is the first token of the category match that covers
// token k, or -1 when none does (categoryToken).
func (c *checker) categoryStart(k int) int {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.f.kind == kindCategory && m.ti <= k && k <= m.tj {
			return m.ti
		}
	}
	return -1
}
