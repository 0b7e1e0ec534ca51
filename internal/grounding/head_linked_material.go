package grounding

// headLinkedMaterial reports whether the material match m is the object of
// a head link ("من الذهب الخالص", "en or pur", "de oro puro") in a
// language whose adjectives follow their noun: it is then the material of
// the noun or verb before it ("صيغت بالكامل من الذهب الخالص", fashioned
// entirely of pure gold), never an adjective of a clothing noun after it,
// so a garment or look a few words on ("لتمنح إطلالتك", to give your look)
// does not take it (#13, late65c; ar-AE 65B01-2).
func (c *checker) headLinkedMaterial(m match) bool {
	if !c.lx.adjAfter {
		return false
	}
	if c.lx.headLinks.hasWordAt(&c.toks[m.ti]) && m.tj > m.ti {
		return true
	}
	return m.ti > 0 && !c.toks[m.ti].brk && c.lx.headLinks.hasWordAt(&c.toks[m.ti-1])
}
