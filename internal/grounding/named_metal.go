package grounding

// MaterialsNamed returns the material values the locale's vocabulary reads
// in text, a span of copy ("the silver pendant", "den Silberanhänger",
// "srebrną zawieszkę"), not negated, so that the claim checks can tell
// which of a product's metals a promise is about (#13, open44a: a tarnish
// promise for the silver pendant of a piece with a steel chain).
func MaterialsNamed(locale, text string) []string {
	lx := lexiconForLocale(locale)
	if lx == nil || text == "" {
		return nil
	}
	toks := tokenize(text, nil)
	var vals []string
	for _, m := range lx.scan(toks, nil) {
		if !m.negated && m.f.kind == kindMaterial && m.f.value != "" {
			vals = append(vals, m.f.value)
		}
	}
	return vals
}
