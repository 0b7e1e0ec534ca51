package grounding

import "strings"

// A material or stone said of a class in general, not of the piece (#13,
// scope55). Copy on an unplated white-gold ring explains what most white
// gold is and the piece is not: "Most white gold is coated with rhodium
// for a bright, cold finish; ours is not plated", "La plupart des bijoux
// en or blanc reçoivent une couche de rhodium", "A maior parte do ouro
// branco recebe um banho de ródio", "대부분의 화이트 골드는 … 로듐으로
// 도금하지만", "多數白K金會鍍上一層銠". The clause's subject is a class
// quantified as a part of its kind (generic_quantifiers: "most", "many",
// "la plupart des", "a maior parte do", 대부분의, 多數; the quantified
// noun phrase of Huddleston and Pullum, The Cambridge Grammar of the
// English Language, ch. 5 §9 on proportional quantifiers: "most X" is
// said of the kind, not of any one member named); the rhodium is that
// class's, not a material the piece is claimed to have.
//
// The rule is the clause's:
//
//   - a generic quantifier opens the clause of m (its first word, or the
//     word after a conjunction), and a fact or a noun of the piece
//     (piece_nouns: bijoux, pièce) follows it within genericClassReach
//     words, before m: the quantified class ("white gold", "bijoux en or
//     blanc", 화이트 골드);
//   - no word of the piece itself stands from the quantifier to m: a
//     possessive ("Most of our white gold rings", "dont la nôtre"), a
//     demonstrative of a fact or of a category word ("Like most white
//     gold this ring is…", "대부분의 화이트 골드처럼 이 반지도…") or
//     the product's own name. A clause of the piece after a break ("Like
//     most white gold, this ring is coated with rhodium") has no
//     quantifier of its own and blocks as before, as does any plating said
//     of the piece ("The ring is rhodium-plated");
//   - where the rest of the sentence names the piece, it sets the piece
//     apart from the class (pieceSetApart): "Many white golds contain
//     nickel, and this ring is one of them" counts it in.

// genericClassReach is how many words after the quantifier the class's
// noun phrase may start.
const genericClassReach = 4

// genericClassClause reports whether the stone or material m stands in a
// clause about a quantified class, by the rule above.
func (c *checker) genericClassClause(m match) bool {
	if m.negated || (m.f.kind != kindMaterial && m.f.kind != kindStone) || c.lx.genericQ.size() == 0 {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	cs := m.ti
	for cs > s && !c.toks[cs].brk {
		cs--
	}
	qe := -1
	for k := cs; k < m.ti && k <= cs+4; k++ {
		if !c.lx.genericQ.endsAt(c.toks, k) {
			continue
		}
		st := c.lx.genericQ.startOf(c.toks, k)
		if st == cs || st == cs+1 && c.conjAt(cs) {
			qe = k
			break
		}
	}
	if qe < 0 || qe >= m.ti-1 {
		return false
	}
	class := false
	for k := qe + 1; k < m.ti && k <= qe+genericClassReach; k++ {
		if c.brkBetween(qe, k) {
			break
		}
		if f := c.factAt(k); f >= 0 && c.ms[f].tj < m.ti && c.ms[f].f.kind != kindNumber || c.lx.pieceNouns.at(c.toks, k) {
			class = true
			break
		}
	}
	if !class {
		return false
	}
	for k := cs; k <= m.tj; k++ {
		if c.classOwnWordAt(k) {
			return false
		}
	}
	return c.pieceSetApart(m)
}

// classOwnWordAt reports whether token k is a word of the piece itself: a
// possessive ("our"), a demonstrative of a fact or of a category word, or
// the product's own name.
func (c *checker) classOwnWordAt(k int) bool {
	return c.lx.ours.endsAt(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) && (c.demonstrativeOfFact(k) || c.kindTokenAt(k+1, kindCategory)) || c.toks[k].masked && !c.stoneNameAt(k)
}

// pieceSetApart reports whether the rest of m's sentence, where it names
// the piece, sets the piece apart from the class: a clause of the piece
// after the class's is joined by a semicolon ("…; ours is not plated",
// "…；這枚戒指則保留…"), a concessive ending (concessiveEndings: Korean
// "도금하지만,"), or holds a negator or a word of contrast. One joined
// by "and" or an additive word ("Many white golds contain nickel, and
// this ring is one of them", "so auch dieser Ring") counts the piece in
// the class, and the material is the piece's.
func (c *checker) pieceSetApart(m match) bool {
	_, e := c.sentenceOf(m.ti)
	b := m.tj + 1
	for b <= e && !c.toks[b].brk {
		b++
	}
	own := false
	for k := b; k <= e; k++ {
		if c.classOwnWordAt(k) {
			own = true
			break
		}
	}
	if !own {
		return true
	}
	if b > e {
		return false
	}
	gap := c.text[c.byteAt(c.toks[b-1].end):c.byteAt(c.toks[b].start)]
	if strings.ContainsAny(gap, ";；:：") {
		return true
	}
	before := c.text[:c.byteAt(c.toks[b-1].end)]
	for _, end := range concessiveEndings {
		if strings.HasSuffix(before, end) {
			return true
		}
	}
	d := &c.lx.contrastData
	for k := b; k <= e; k++ {
		if c.lx.negators.endsAt(c.toks, k) || c.lx.negAfter.endsAt(c.toks, k) || !d.clause.empty() && d.clause.at(c.toks, k) || !d.inner.empty() && d.inner.at(c.toks, k) {
			return true
		}
	}
	return false
}

// concessiveEndings are the verb endings of a concessive clause ("…하지만",
// but; "…けれど", "…ものの"): the clause after sets its subject against
// the one before (Sohn, The Korean Language, §8.3 on -jiman; Martin, A
// Reference Grammar of Japanese, on keredo and mono no), and the
// conjunctive が after a polite or plain predicate ("…ですが、", "…ますが、",
// "…だが、"; Martin, on the conjunctive particle ga; #13, counts56). They
// end the text before the clause's break: Japanese is read one kana a
// token.
var concessiveEndings = []string{"지만", "けれど", "けれども", "ものの", "ですが", "ますが", "だが"}
