package grounding

// A treatment denial past a compared stone in an aside (#13, miss58: probe
// 58C it-IT 58C01-2). "Il suo blu cielo intenso, simile a quello del
// turchese, è del tutto naturale, senza alcun trattamento" (its deep sky
// blue, similar to turquoise's, is entirely natural, without any
// treatment) on a dyed magnesite: the denial's clause names no stone, and
// the nearest stone before it in its sentence is the turquoise the colour
// is likened to, not the piece's, so the denial was read as the
// turquoise's and passed. A stone that is no stone of the product and
// stands in an aside (a clause that neither opens the sentence nor is
// the denial's own, "like that of turquoise", "parecido al de la
// turquesa", "vergelijkbaar met dat van turkoois") is a compared thing
// the sentence's subject is set beside, not the subject; the denial
// reads past it to a stone before it, else to the piece's stones. A
// compared stone in the clause that opens the sentence ("Turquoise is
// often untreated, but ours is stabilised") or in the denial's own clause
// ("unlike untreated turquoise") is read as before.

// comparedInAside reports whether the match i (m), before the denial's
// clause starting at token cs in the sentence starting at ss, is a stone
// that is no stone of the product, out of the product's scope, standing
// in an aside clause between the two.
func (c *checker) comparedInAside(i int, m match, ss, cs int) bool {
	if c.scopes[i] == scopeProduct || contains(c.facts.stones, m.f.value) {
		return false
	}
	s, e := c.clauseOf(m.ti)
	return s > ss && e < cs
}
