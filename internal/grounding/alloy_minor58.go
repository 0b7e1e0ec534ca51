package grounding

// An alloy's minor precious constituent (#13, miss58: probe 58C de-DE
// 58C03-2). A shakudo pendant on a sterling silver chain, whose data say
// "alloy": "shakudo: copper with about 4% gold", passed "an einer 45 cm
// langen Kette aus Gelbgold" (on a yellow gold chain) and "Der Anhänger
// ist aus Gold": the attribute's gold was read as a metal of the piece,
// so every gold, karat and gold colour was licensed. Shakudo is a copper
// alloy with 3-5 % gold (Hughes & Rowe, The Colouring, Bronzing and
// Patination of Metals, 1982; canon implies shakudo: [copper alloy]), and
// shibuichi a copper alloy with silver: the gold in the alloy makes the
// piece no more gold than the copper in sterling makes it copper
// (16 CFR 23.4: a piece is described as gold only by its gold content as
// a karat gold). The alloy's members themselves are canon alloy_metals,
// so copy that explains the alloy ("eine Legierung aus Kupfer mit wenigen
// Prozent Gold") is read as before.

// minorConstituent reports whether the precious metal v, named in an
// attribute value after lead (the value's first material, a material of
// the piece's body), is only a constituent of lead's alloy: lead is a
// base-metal alloy (it implies no precious metal: canon implies and
// precious_metals), the body has no v of its own, and v is a precious
// metal. "shakudo: copper with about 4% gold" gives the piece no gold;
// "sterling silver: 92.5% silver" keeps its silver, and "gold-palladium,
// nickel-free" on white gold its palladium (a precious alloy's members
// are the piece's).
func minorConstituent(cn *canon, body []string, lead, v string) bool {
	if !contains(body, lead) || cn.PreciousMetals[v] == "" || contains(body, v) {
		return false
	}
	for _, w := range cn.closure(nil, lead) {
		if cn.PreciousMetals[w] != "" {
			return false
		}
	}
	return true
}
