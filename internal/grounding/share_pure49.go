package grounding

import (
	"strconv"
	"unicode/utf8"
)

// solidSaid reports whether the metal match m is called solid: a solid
// form of the vocabulary, or a solid word within or near it, where no
// share of gold stands right before it (shareBefore).
func (c *checker) solidSaid(m match) bool {
	return (c.cn.isSolidValue(m.f.value) || c.solidWithin(m) || c.solidNear(m)) && !c.shareBefore(m)
}

// shareBefore reports whether a number below 99 with a percent sign stands
// at most three words before m in its clause: "58,5% de ouro puro", "75 %
// de oro puro", "58.5% pure gold" say what part of a karat gold is gold,
// and call no piece solid (#13, pools49: copy explaining a gold-filled or
// vermeil piece's layer). "100% pure gold", "99.9% pure gold" and "pure
// gold" with no share still do.
func (c *checker) shareBefore(m match) bool {
	if len(c.facts.plated) > 0 && c.pieceBeforeShare(m) {
		return false
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-4; k-- {
		if c.toks[k+1].brk && !c.decimalBreak(k+1) {
			return false
		}
		t := c.toks[k].s
		if t == "" || t[0] < '0' || t[0] > '9' {
			continue
		}
		if !percentSign.MatchString(c.text[c.byteAt(c.toks[k].start):c.byteAt(c.toks[k+1].start)]) {
			continue
		}
		if k > 0 && c.decimalBreak(k) {
			t = c.toks[k-1].s
		}
		v, err := strconv.Atoi(t)
		return err == nil && v < 99
	}
	return false
}

// millesimalFinenesses are the standard finenesses in thousandths of
// gold, silver, platinum and palladium (ISO 9202:2019).
var millesimalFinenesses = map[string]bool{"333": true, "375": true, "416": true, "500": true, "585": true, "750": true, "800": true, "830": true, "835": true,
	"900": true, "916": true, "925": true, "950": true, "958": true, "990": true, "999": true}

// millesimalShare reports whether the number num, a standard fineness,
// stands before a unit word at byte us that is also a word of a share
// (share_words): Greek χιλιοστά is millimetres and thousandths, and "750
// χιλιοστά" beside 18 karat gold says its fineness (#13, pools49). A
// length of another number ("450 χιλιοστά") is still compared.
func (c *checker) millesimalShare(num string, us int) bool {
	if !millesimalFinenesses[num] || c.lx.karatScaleData.shareWords.empty() {
		return false
	}
	k := c.tokenAt(utf8.RuneCountInString(c.text[:us]))
	if k < 0 || !c.lx.karatScaleData.shareWords.at(c.toks, k) {
		return false
	}
	// A share of a metal: a karat or a metal named in the number's
	// sentence. "Η αλυσίδα έχει μήκος 500 χιλιοστά" names none and is the
	// chain's length, whatever its number (#13, adv49a).
	s, e := c.sentenceOf(k)
	for _, m := range c.ms {
		if m.ti >= s && m.tj <= e && (m.f.kind == kindKarat || m.f.kind == kindMaterial) {
			return true
		}
	}
	return false
}

// pieceBeforeShare reports whether a category word stands before m in its
// sentence: "As argolas Gold-Filled são 58,5% de ouro puro", "The
// Gold-Filled Hoops are 14/20 gold-filled and 58.5% pure gold", "La
// pulsera Sole es de vermeil, con 75 % de oro puro" give the share to the
// piece, and a plated piece is no such share of gold (#13, adv49a). The
// layer's or the karat's share ("The 14k layer is 58.5% pure gold", "O
// ouro 14k tem 58,5% de ouro puro") names no piece.
func (c *checker) pieceBeforeShare(m match) bool {
	s, _ := c.sentenceOf(m.ti)
	for _, o := range c.ms {
		if o.ti >= s && o.tj < m.ti && o.f.kind == kindCategory {
			return true
		}
	}
	return false
}
