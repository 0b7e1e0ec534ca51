package grounding

// elementNotStone reports whether the stone form f, read on the one token
// k, was read there only through an inflection (the word is no form of
// the vocabulary as written) while the word is, as written, a chemical
// element of the pack's element_words: Greek "πυρίτιο" is silicon, the
// element of opal's silica, though it stems like "πυρίτης", pyrite (#13,
// explain68: held-out 67B el-GR 67B03-1, "το πυρίτιο γέμισε τις ρωγμές"
// on a matrix opal). A stone is a mineral, never an element, so the
// element word is no stone the copy names; a metal the element words
// also list (iron, copper) is read as before.
func (lx *lexicon) elementNotStone(f *form, toks []token, k int) bool {
	if f == nil || f.kind != kindStone || lx.elements.size() == 0 || !lx.elements.hasWord(toks[k].s) {
		return false
	}
	return !lx.root.child(toks[k].s).ok()
}
