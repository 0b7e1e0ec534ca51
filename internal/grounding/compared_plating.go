package grounding

// The base of a plating that copy compares the piece's metal with (#13,
// base32). Copy that explains what vermeil or a karat gold layer is names
// the base metals of ordinary gold plating: "thinner gold over brass or
// copper is simply gold-plated" (16 CFR 23.5: vermeil is sterling silver
// coated with gold of at least 10 karat and 2.5 microns; a thinner layer
// is gold plate), "bien plus généreuse qu'un simple plaqué or sur
// laiton", "betydligt tjockare än vanlig guldplätering på mässing",
// 真鍮への一般的な金めっきより厚い, "sıradan pirinç üzerine altın
// kaplamadan daha kalın". The brass or copper there is the compared
// plating's base, not a metal of the piece.
//
// Shape: m is a material match; true means its scope is the compared
// thing's (scopeIdiom in scopeOf, through inContrastArm). The base metal
// is read so where it heads, or stands beside the plating in, the noun
// phrase right after a word of comparison ("than ordinary gold-plated
// brass", "kuin tavallinen kullattu messinki", 比普通的黄铜镀金), or where
// it lies in the complement of place of a plating (arm_complements:
// over, on, sur, på, na; a plating word, a plated material or a gold or
// silver word before it, one adjective between where adjectives follow
// the noun: "gold plating over brass", "plaqué or sur laiton", "un
// placage d'or ordinaire sur laiton", "gold over brass or copper") and
//
//   - a word of comparison stands right before that plating's noun phrase
//     (than_before, or than_comparative after a comparative: "than
//     ordinary gold plating on brass", "qu'un simple plaqué or sur
//     laiton"), no word of the piece between; or
//   - its clause holds no word of the piece (a category word, part, piece
//     noun, demonstrative or possessive of the piece, the product's name)
//     and either a word of comparison or a second plating term outside
//     the phrase: the clause defines or compares that plating ("thinner
//     gold over brass or copper is simply gold-plated", "gold plating
//     over brass is thinner than vermeil");
//
// or, in the languages that put a word of comparison after what is
// compared (than_after: ja より; than_suffixes: ko 보다, tr -dan daha),
// the base metal stands before a plating word that such a word follows,
// in its clause, within platingCharReach characters or platingReach
// words and no word of the piece between (真鍮への一般的な金めっきより).
//
// "The bracelet is gold-plated brass", "This bracelet is gold over
// brass", "made of brass" and "Made of gold plating over brass, it is
// lighter" (no comparison in the plating's clause) still block. A
// precious metal is never read so: "than gold plating over silver" names
// silver, which the trading rules guard (16 CFR 23.6).
func (c *checker) comparedPlatingBase(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) ||
		c.cn.SolidMetals[m.f.value] != "" || c.cn.PreciousMetals[m.f.value] != "" {
		return false
	}
	if c.platingBeforeThanAfter(m) {
		return true
	}
	s, e := c.sentenceOf(m.ti)
	// The compared noun phrase itself, the base its head and the plating
	// its modifier, or the plating its head and the base before it:
	// "than ordinary gold-plated brass", "kuin tavallinen kullattu
	// messinki", 比普通的黄铜镀金.
	for k := m.ti - 1; k >= s && k >= m.ti-comparedPlatingGap; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.thanWordEndsAt(k) {
			a := c.prenominalStart(k+1, m)
			if end := c.nounPhraseEnd(a, e); end >= m.tj && (c.platingIn(a, m.ti-1) || c.platingIn(m.tj+1, end)) && !c.armStopIn(k+1, m.ti-1, false) {
				return true
			}
			break
		}
	}
	d := &c.lx.contrastData
	if d.complements.empty() {
		return false
	}
	for p := m.ti - 1; p > s; p-- {
		if c.toks[p+1].brk {
			return false
		}
		if !d.complements.at(c.toks, p) || c.toks[p].brk || c.nounPhraseEnd(p+1, e) < m.tj {
			continue
		}
		// The plating right before the complement, or one adjective
		// after it where adjectives follow the noun ("un placage d'or
		// ordinaire sur laiton", "un chapado de oro común sobre latón").
		h := c.platingHeadStart(p - 1)
		if h < 0 && c.lx.adjAfter && p-2 > s && !c.toks[p-1].brk && !c.isFactToken(p-1) {
			h = c.platingHeadStart(p - 2)
		}
		if h < 0 {
			continue
		}
		// A word of comparison right before the plating's noun phrase
		// (at most three words of it before the plating word).
		for k, n := h-1, 0; k >= s && n <= 3; k, n = k-1, n+1 {
			if c.toks[k+1].brk {
				break
			}
			if c.thanWordEndsAt(k) {
				if !c.armStopIn(k+1, m.ti-1, false) {
					return true
				}
				break
			}
		}
		// The clause that defines or compares the plating.
		a := c.alloyClauseStart(m.ti)
		b := m.tj
		for b+1 <= e && !c.toks[b+1].brk {
			b++
		}
		if c.alloyPieceWord(a, b) {
			return false
		}
		for k := a; k <= b; k++ {
			if k >= h && k <= m.tj {
				continue
			}
			if c.thanWordEndsAt(k) || c.platingIn(k, k) {
				return true
			}
		}
		return false
	}
	return false
}

// comparedPlatingGap is how many tokens may stand between a word of
// comparison and the plated base metal it compares ("than an ordinary
// gold-plated brass": an, ordinary, gold-plated).
const comparedPlatingGap = 6

// platingHeadStart is the first token of the plating that ends at token k
// (a plated material: "gold plating", "plaqué or", "guldplätering"; a
// gold or silver word: "gold over brass", "couche d'or sur laiton"; a
// plating word the vocabulary reads as no material: "vergulding"), or
// -1. A denied plating is still named ("than gold plating" reads as a
// negation in English, "not gold plating over brass" says what the piece
// is not).
func (c *checker) platingHeadStart(k int) int {
	if k < 0 || c.toks[k].masked {
		return -1
	}
	if j := c.factAt(k); j >= 0 {
		o := c.ms[j]
		if _, plated := c.cn.Plated[o.f.value]; o.tj == k && (plated || c.claimedMetal(o) != "") {
			return o.ti
		}
		return -1
	}
	if c.platingToken(k) {
		return k
	}
	return -1
}

// platingIn reports whether a plating word or a plated material stands in
// tokens a..b.
func (c *checker) platingIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.platingToken(k) {
			return true
		}
		if j := c.factAt(k); j >= 0 {
			if _, plated := c.cn.Plated[c.ms[j].f.value]; plated {
				return true
			}
		}
	}
	return false
}

// platingBeforeThanAfter reports whether the base metal m stands before a
// plating word that a word of comparison follows (than_after, than
// suffixes), in its clause and within reach, no word of the piece
// between: 真鍮への一般的な金めっきより, "pirinç üzerine yapılan sıradan
// altın kaplamadan daha", "황동 위 일반 금도금보다".
func (c *checker) platingBeforeThanAfter(m match) bool {
	if len(c.lx.thanAfter) == 0 && len(c.lx.thanSuffixes) == 0 {
		return false
	}
	reach := c.wordReach(platingReach)
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+reach; k++ {
		if c.toks[k].brk || c.armStopAt(k, true) {
			return false
		}
		plating := c.platingToken(k)
		if !plating {
			if j := c.factAt(k); j >= 0 && c.ms[j].tj == k {
				_, plating = c.cn.Plated[c.ms[j].f.value]
			}
		}
		if plating && c.thanAfterAt(k) {
			return true
		}
	}
	return false
}
