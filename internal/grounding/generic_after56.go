package grounding

// A class quantified after its noun (#13, counts56): the proportional
// quantifier of genericClassClause (generic_class55.go) said after the
// class it quantifies rather than before it. Turkish and Japanese put the
// part after the whole in a genitive ("beyaz altının çoğu", the most of
// white gold; "ホワイトゴールドの多くは"; Göksel and Kerslake, Turkish: A
// Comprehensive Grammar, §14.3.2 on partitive constructions), Korean too
// ("화이트 골드의 대부분은"); Finnish takes the whole in the elative
// ("valkokullasta suurin osa"); and every language has an adverbial of
// the same sense after the subject ("White gold is, for the most part,
// rhodium-plated", "Weißgold ist größtenteils rhodiniert", "l'or blanc est
// pour la plupart rhodié", "el oro blanco, en su mayoría, …", "bílé zlato
// je z větší části …", "Ο λευκός χρυσός ως επί το πλείστον …", "الذهب
// الأبيض في معظمه …"). The pack lists these as generic_quantifiers_after.
//
// The rule is genericClassClause's with the order turned:
//
//   - the sentence (or the clause after a break) opens with the class: a
//     material or stone, or a noun of jewellery in general (piece_nouns),
//     within genericClassReach words of its start; a category word is no
//     class ("The ring is mostly rhodium-plated" is the piece);
//   - a generic_quantifiers_after phrase follows the class within
//     genericAfterReach words, and m follows that phrase, in the sentence;
//   - no word of the piece itself stands from the sentence's start to m
//     (classOwnWordAt: "This white gold ring is mostly rhodium-plated",
//     "Bu yüzüğün çoğu"), and the rest of the sentence, where it names the
//     piece, sets it apart (pieceSetApart: "…; ours is not plated").

// genericAfterReach is how many words may stand between the class and the
// quantifier after it ("White gold jewelry is, for the most part").
const genericAfterReach = 4

// genericClassAfter reports whether the stone or material m stands in a
// sentence about a class quantified after its noun, by the rule above.
func (c *checker) genericClassAfter(m match) bool {
	if m.negated || (m.f.kind != kindMaterial && m.f.kind != kindStone) || c.lx.genericQAfter.size() == 0 {
		return false
	}
	s, _ := c.sentenceOf(m.ti)
	qs, qe := -1, -1
	for k := s + 1; k < m.ti && qs < 0; k++ {
		if !c.lx.genericQAfter.endsAt(c.toks, k) {
			continue
		}
		if q := c.lx.genericQAfter.startOf(c.toks, k); c.classBefore(s, q) {
			qs, qe = q, k
		}
	}
	if qs < 0 {
		return false
	}
	for k := s; k <= m.tj; k++ {
		// the quantifier's own possessive ("en su mayoría", "στην
		// πλειονότητά του") is the class's
		if (k < qs || k > qe) && c.classOwnWordAt(k) {
			return false
		}
	}
	return c.pieceSetApart(m)
}

// classBefore reports whether a class (a material or stone, or a piece
// noun) opens the sentence from s or a clause in it, within
// genericClassReach words of that start, and ends within
// genericAfterReach words before the quantifier starting at q.
func (c *checker) classBefore(s, q int) bool {
	for k := q - 1; k >= s && k >= q-1-genericAfterReach; k-- {
		end, start := -1, -1
		if f := c.factAt(k); f >= 0 && c.ms[f].tj < q && (c.ms[f].f.kind == kindMaterial || c.ms[f].f.kind == kindStone) && !c.ms[f].negated {
			end, start = c.ms[f].tj, c.ms[f].ti
		} else if c.lx.pieceNouns.at(c.toks, k) {
			end, start = k, k
		}
		if end < 0 || end < q-1-genericAfterReach {
			continue
		}
		cs := start
		for cs > s && !c.toks[cs].brk {
			cs--
		}
		if start-cs <= genericClassReach {
			return true
		}
	}
	return false
}
