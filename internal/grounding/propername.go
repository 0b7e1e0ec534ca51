package grounding

// inMultiWordName reports whether the fact match m is a word of a
// multi-word proper name ("the Gold Coast", "Silver Lake", "Golden Gate",
// "the Rose Bowl"), issue #13: m is capitalised inside its sentence and the
// word right after or right before it is too, and that word is no fact
// word, no word of the product's own name or collection and does not start
// the sentence (isNameWord). In languages that capitalise every noun
// (German) a capital says nothing, so the fact stays a fact there unless
// the pack lists the name.
func (c *checker) inMultiWordName(m match) bool {
	if c.lx.capNouns || m.ti <= 0 || m.f.kind == kindCategory || m.f.kind == kindNumber {
		return false
	}
	for k := m.ti; k <= m.tj; k++ {
		if !c.capitalisedInside(k) {
			return false
		}
	}
	return c.isNameWord(m.tj+1) || c.isNameWord(m.ti-1)
}

// partSenseOf reports whether the category form f also names, as a part,
// a category the product's own category pc is or is related to: Dutch
// "ketting" (necklace, chain) said of an anklet of chain, Polish
// "zawieszka" (pendant, an earring's drop) said of drop earrings (#13).
func (c *checker) partSenseOf(pc string, f *form) bool {
	for _, v := range f.partSenses {
		if v == pc || contains(c.cn.Related[pc], v) {
			return true
		}
	}
	return false
}
