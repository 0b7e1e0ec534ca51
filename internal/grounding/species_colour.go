package grounding

// The colour of a variety's species in general (#13, claims53: probe 53D
// en-AU 53D101 "Lemon quartz begins as colourless quartz", es-ES 53D103 "El
// cuarzo limón es un cuarzo incoloro", fr-FR 53D104 "Le quartz rutile est un
// quartz incolore traversé de fines aiguilles dorées de rutile", pl-PL
// 53D104 "Kwarc cytrynowy to bezbarwny kwarc"). Copy that explains a
// variety defines it by its species: lemon quartz is colourless quartz
// irradiated, rutilated quartz is colourless quartz with rutile needles in
// it (GIA Gem Encyclopedia, "Quartz"). The colour beside the species' word
// is the species' in general, not the piece's stone, whose colour the data
// give for the variety ("yellow lemon quartz", "golden rutilated quartz").

// speciesColour reports whether the stone n, beside the colour m, is the
// species of a stone of the product named by its variety before it in the
// sentence: n's value is implied by the variety's (canon implies: "lemon
// quartz" implies "quartz"), every product stone of that species is of a
// variety of it (a plain quartz of the piece keeps its colour compared),
// and a stone word whose value is that variety stands before n in m's
// sentence ("Lemon quartz begins as colourless quartz"). A colour said of
// the variety itself ("a colourless lemon quartz") or of the species with
// no variety named before it ("This ring holds a colourless quartz"), or in
// a sentence that names the piece by its category, ours or a demonstrative
// ("The rutilated quartz in this ring is a green quartz"), is compared as
// before.
func (c *checker) speciesColour(n, m match) bool {
	if n.f.kind != kindStone || n.negated {
		return false
	}
	var varieties []string
	for _, st := range c.facts.stoneInfo {
		if !contains(st.types, n.f.value) {
			continue
		}
		found := false
		for _, t := range st.types {
			if t != n.f.value && contains(c.cn.closure(nil, t), n.f.value) {
				varieties = append(varieties, t)
				found = true
			}
		}
		if !found {
			return false // the piece's own stone is of the species
		}
	}
	if len(varieties) == 0 {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if c.pieceCue(s, e) {
		return false // "The rutilated quartz in this ring is a green quartz"
	}
	first := min(n.ti, m.ti)
	for _, o := range c.ms {
		if o.ti >= s && o.tj <= e && o.f.kind == kindCategory && !o.negated {
			return false // the piece named: "A colourless quartz ring"
		}
	}
	for _, o := range c.ms {
		if o.ti < s || o.tj >= first || o.negated || o.f.kind != kindStone {
			continue
		}
		if contains(varieties, o.f.value) {
			return true
		}
	}
	return false
}
