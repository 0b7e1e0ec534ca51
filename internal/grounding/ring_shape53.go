package grounding

// ring_shape53.go (#13, mat53): a ring word predicated of the piece's own
// category word names its shape, not another category. "Armringen fra
// Timeless-kolleksjonen er en glatt, åpen ring med en indre diameter på 62
// mm" (the bangle is a smooth, open ring; probe 53C nb-NO 53C104) blocked
// grounding.category as a ring. Where the ring word (ring, hoop) is the
// predicate noun of a copula whose subject is the product's own category
// word or a related one ("Armringen", a bangle, of a bracelet; not after an indefinite or ours), at most ringShapeSubjectReach
// tokens before the copula in its sentence, and a modifier stands between
// the copula and the ring word (adjectives, over a list's comma: "en
// glatt, åpen ring"), it says what shape the piece has. "Dette er en ring
// i roségull" (no subject of the piece's category) and "Armringen er en
// ring" (no modifier) still block.

// ringShapeSubjectReach is how many tokens may stand between the piece's
// category word and the copula ("Armringen fra Timeless-kolleksjonen
// er"); ringShapeModReach how many between the copula and the ring word.
const (
	ringShapeSubjectReach = 5
	ringShapeModReach     = 5
)

// ringShapePredicate reports whether the category match m is a ring word
// that names the shape of the piece (see above).
func (c *checker) ringShapePredicate(m match) bool {
	if m.negated || m.f.value != "ring" && m.f.value != "hoop" || c.facts.category == "" || c.facts.category == m.f.value {
		return false
	}
	mods, cop := 0, -1
	for k := m.ti - 1; k >= 0 && k >= m.ti-ringShapeModReach; k-- {
		if c.toks[k+1].sbrk || c.toks[k+1].brk && !c.listCommaBefore(k+1) {
			return false
		}
		if c.isCopula(k) {
			cop = k
			break
		}
		if c.factAt(k) >= 0 {
			return false
		}
		if !c.lx.determiners[c.toks[k].s] && !c.lx.indefinites.endsAt(c.toks, k) {
			mods++
		}
	}
	if cop < 0 || mods == 0 {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= cop {
			break
		}
		if o.ti < cop-ringShapeSubjectReach-1 || o.f.kind != kindCategory || o.f.value != c.facts.category && !contains(c.cn.Related[c.facts.category], o.f.value) || o.negated ||
			o.ti > 0 && (c.lx.indefinites.endsAt(c.toks, o.ti-1) || c.lx.ours.endsAt(c.toks, o.ti-1)) {
			continue
		}
		if !c.brkBetween(o.tj, cop) && !sentenceBetween(c.toks, o.tj, cop) {
			return true
		}
	}
	return false
}
