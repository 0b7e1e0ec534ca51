package grounding

// pairCategories are the product categories sold as a pair, whose own
// copy refers to the piece in the plural ("The Orbit hoops … They are
// 14k gold"): a plural subject may be the product there.
var pairCategories = map[string]bool{"earrings": true, "hoop": true, "cufflinks": true}

// otherSubjectSentence reports whether m's sentence is about another piece
// named in the sentence before it, through its subject alone: the sentence
// opens with a plural subject (other_subjects: "They come in 14k yellow
// gold", "Elles sont en or jaune", "Son de oro amarillo"), the product is
// a single piece (its category is not a pair), and the sentence before
// offers a piece of another kind beside it (a cross-selling word and a
// category word of another kind: "Pair it with our Orbit hoops."). The
// plural can then only be the other pieces', and so are the sentence's
// facts. A singular subject ("It is made of 14k gold") stays the piece's;
// so does a plural one after a sentence that names no other piece ("Three
// sapphires sit along the band. They are set in 18k gold").
func (c *checker) otherSubjectSentence(m match) bool {
	if c.lx.otherSubj.size() == 0 || pairCategories[c.facts.category] {
		return false
	}
	s := m.ti
	for s > 0 && !c.toks[s].sbrk {
		s--
	}
	if s == 0 {
		return false
	}
	opens := false
	for e := s; e < len(c.toks) && e < s+3 && e < m.ti && (e == s || !c.toks[e].sbrk); e++ {
		if c.lx.otherSubj.spans(c.toks, s, e) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	p := s - 1
	for p > 0 && !c.toks[p].sbrk {
		p--
	}
	cross, other := false, false
	for k := p; k < s; k++ {
		if c.lx.cross.endsAt(c.toks, k) || c.lx.ours.endsAt(c.toks, k) {
			cross = true
		}
	}
	for _, o := range c.ms {
		if o.ti >= s {
			break
		}
		if o.ti >= p && o.f.kind == kindCategory && o.f.value != c.facts.category && !contains(c.cn.Related[c.facts.category], o.f.value) {
			other = true
		}
	}
	return cross && other
}
