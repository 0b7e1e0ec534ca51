package grounding

// whitePlatingGap is how many words may stand between the piece's white
// plating and the white it gives ("la rodiatura dona alla catena un
// bianco", "die Rhodinierung verleiht der Kette ein kühleres Weiß").
const whitePlatingGap = 7

// whiteOfPlating64 reports whether the white m is the colour the piece's
// own white plating gives it (#13, rel64b: probe 64C it-IT 64C02-1 "la
// rodiatura dona alla catena un bianco più freddo" on rhodium-plated
// silver whose colours are [silver]). Rhodium, platinum and palladium
// platings are white metals (canon white_metals), and a piece plated with
// one looks white whatever its body: rhodium plating is what gives white
// gold its white (GIA, "Rhodium plating"; FTC 16 CFR 23.7 on the
// platinum-group metals, rhodium among them, named of a piece). The white stands in the clause of the plating, named before
// it within whitePlatingGap words, with only the piece's category or its
// parts between ("the rhodium plating gives the chain a cooler white"),
// and the plating is the product's own: white said of a rhodium plating on
// a yellow-gold piece with none, or with a stone between ("the rhodium
// frames a white pearl"), is read as before.
func (c *checker) whiteOfPlating64(m match) bool {
	if m.f.value != whiteColour || m.negated {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-whitePlatingGap && !c.toks[k+1].brk; k-- {
		i := c.matchAt(k)
		if i < 0 {
			continue
		}
		o := c.ms[i]
		switch o.f.kind {
		case kindCategory, kindIgnore:
			k = o.ti
			continue
		case kindMaterial:
			return !o.negated && contains(c.cn.WhiteMetals, o.f.value) && (contains(c.facts.materials, o.f.value) || c.ownWhitePlating64(o.f.value))
		}
		return false
	}
	return false
}

// ownWhitePlating64 reports whether v, a plating value ("rhodium-plated"),
// names a white plating the product has (facts.plated: "rhodium").
func (c *checker) ownWhitePlating64(v string) bool {
	for _, p := range c.facts.plated {
		if contains(c.cn.WhiteMetals, p) && (v == p || v == p+"-plated") {
			return true
		}
	}
	return false
}
