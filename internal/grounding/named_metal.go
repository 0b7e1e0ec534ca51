package grounding

// MaterialsNamed returns the material values the locale's vocabulary reads
// in text, a span of copy ("the silver pendant", "den Silberanhänger",
// "srebrną zawieszkę"), not negated, so that the claim checks can tell
// which of a product's metals a promise is about (#13, open44a: a tarnish
// promise for the silver pendant of a piece with a steel chain).
func MaterialsNamed(locale, text string) []string {
	var vals []string
	materialsIn(locale, text, func(m match) {
		vals = append(vals, m.f.value)
	})
	return vals
}

// BondedGoldNamed returns the rune spans [start, end) of text where the
// locale's vocabulary names a gold-filled or rolled gold layer, not
// negated: a material whose canonical value is or implies "gold-filled"
// (vocab/canon.yaml: "rose gold-filled", "white gold-filled"), in the
// words each pack gives it ("gold-filled", "rolled gold", "doublé or",
// "oro relleno", "ντουμπλέ", "dublé", "goldgefüllt", "altın dolgu", 金張り,
// 包金, 골드필드, مملوء بالذهب). The regulatory check reads a gold word
// there, or beside one, as the layer's gold named with its qualifier
// (FTC 16 CFR 23.5: "14K gold-filled", "1/20 14K"; #13, gf58).
func BondedGoldNamed(locale, text string) [][2]int {
	cn := canonical()
	var spans [][2]int
	materialsIn(locale, text, func(m match) {
		if contains(cn.closure(nil, m.f.value), "gold-filled") {
			spans = append(spans, [2]int{m.start, m.end})
		}
	})
	return spans
}

// materialsIn calls fn with each material match the locale's vocabulary
// reads in text, not negated, in text order.
func materialsIn(locale, text string, fn func(match)) {
	lx := lexiconForLocale(locale)
	if lx == nil || text == "" {
		return
	}
	toks := tokenize(text, nil)
	for _, m := range lx.scan(toks, nil) {
		if !m.negated && m.f.kind == kindMaterial && m.f.value != "" {
			fn(m)
		}
	}
}
