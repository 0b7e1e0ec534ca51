package grounding

// stone_name53.go (#13, mat53): the trade name of the piece's own stone,
// given by the product's own name, is the piece's. "Two baroque Kasumiga
// pearls … hang from fine 18ct yellow gold hooks" on the Kasumiga Pearl
// Drop Earrings, whose data say "cultured pearl" (probe 53D en-AU
// 53D103), blocked grounding.stone: Kasumiga pearls are freshwater pearls
// cultured in Lake Kasumigaura (canon implies kasumi pearl: cultured
// freshwater pearl), a kind of the product's stone more precise than its
// data. Where the product's name names that stone (the name scanned with
// the copy's vocabulary and the source vocabulary) and the stone is a
// kind of one of the product's stones (its closure under implies holds
// one), the copy repeats the product's own name for it. A stone the name
// does not give ("Akoya pearls" on the same earrings), or one that is no
// kind of the data's stone (a "Ruby Ring" set with a sapphire), still
// blocks.

// nameStone reports whether the stone m is one the product's own name
// names and a kind of one of the product's stones (see above).
func (c *checker) nameStone(m match) bool {
	if m.negated || m.f.kind != kindStone || c.p.Name == "" {
		return false
	}
	named := false
	toks := tokenize(c.p.Name, nil)
	for _, lx := range []*lexicon{c.lx, mustLexicon(sourceLocale)} {
		for _, n := range lx.scan(toks, nil) {
			named = named || n.f.kind == kindStone && !n.negated && n.f.value == m.f.value
		}
	}
	if !named {
		return false
	}
	for _, v := range c.cn.closure(nil, m.f.value) {
		if contains(c.facts.stones, v) {
			return true
		}
	}
	return false
}
