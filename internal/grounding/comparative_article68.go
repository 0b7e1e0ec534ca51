package grounding

// An article is no comparative (#13, miss68). German writes its
// comparatives with "-er" (weicher, härter, heller), and so end its
// articles and determiners in the dative and genitive ("einer", "dieser",
// "ihrer"): read by comparative_endings alone, "verbinden Platin mit
// türkisfarbenem Email auf einer runden Fläche" compared the enamel with
// the platinum, and the platinum the copy gave the gold studs passed as
// another standard the piece's metal is measured against (probe 66C
// de-DE 66C03-2; standard_subject61.go). The words of the pack's
// indefinites, definites and determiners are never comparatives.

// articleAt reports whether token k is a word of the language's
// indefinite or definite articles or determiners (indefinites,
// definites, determiners).
func (c *checker) articleAt(k int) bool {
	t := &c.toks[k]
	return c.lx.determiners[t.s] || c.lx.indefinites.hasWordAt(t) || c.lx.definites.hasWordAt(t)
}
