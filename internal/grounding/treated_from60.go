package grounding

// treatedFromNote ends the message of a colour finding that
// colourBeforeTreatment turned into a warning.
const treatedFromNote = " (the colour the stone had before its treatment, not of the piece: check)"

// colourBeforeTreatment reports whether the colour match m is the colour
// one of the product's treated stones had before the treatment its data
// give: in m's sentence, after m, a word of that treatment (treatment_words
// under the treatment's key, or "any") and after it a colour of the
// product's stones, the colour the treatment turned it to ("يُستخرج هذا
// الزركون بلون بنيّ خفيف، ثم يُسخَّن بعناية حتى يصبح شفافًا عديم اللون", this
// zircon is mined a light brown, then heated until it turns colourless;
// "mined brown, then heated until colourless"). Heating zircon to remove
// its brown is the disclosed treatment (GIA Gem Encyclopedia, "Zircon"),
// and the brown a colour of the rough, not of the piece (#13, miss60:
// probe 58D ar-AE 58D01-2, where "this zircon" made the sentence the
// piece's and the colour blocked). A colour after the treatment word, or
// with no product colour after it, is unchanged.
func (c *checker) colourBeforeTreatment(i int, m match) bool {
	if m.negated || m.f.kind != kindColour || len(c.lx.treatmentData.treatWords) == 0 {
		return false
	}
	var keys []string
	var colours []string
	for si := range c.p.Stones {
		if si >= len(c.facts.stoneInfo) {
			break
		}
		if ts := c.stoneTreatments(si); len(ts) > 0 {
			keys = append(keys, ts...)
			colours = append(colours, c.facts.stoneInfo[si].colours...)
		}
	}
	if len(keys) == 0 || len(colours) == 0 || contains(colours, m.f.value) {
		return false
	}
	_, e := c.sentenceOf(m.ti)
	treat := -1
	for k := m.tj + 1; k <= e && k < len(c.toks) && treat < 0; k++ {
		for _, l := range c.lx.treatmentData.treatWords {
			if (l.key == "any" || contains(keys, l.key)) && l.words.at(c.toks, k) {
				treat = k
				break
			}
		}
	}
	if treat < 0 {
		return false
	}
	for j := i + 1; j < len(c.ms); j++ {
		o := c.ms[j]
		if o.ti > e {
			break
		}
		if o.ti > treat && o.f.kind == kindColour && !o.negated && contains(colours, o.f.value) {
			return true
		}
	}
	return false
}
