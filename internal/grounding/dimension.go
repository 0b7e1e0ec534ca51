package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dimensionSigns are the signs written between the sides of a dimension:
// "7 × 5 mm", "7x5mm", "8 x 6mm", "7*5 mm", 7×5毫米.
const dimensionSigns = "×xX*✕✖хХ"

// dimensionRest skips the further sides of a dimension at the start of
// rest, the text after a number: "× 5 mm oval iolite" → "mm oval
// iolite", "by 5 × 3 mm" → "mm", so that the first side of "7 × 5 mm"
// (ja 7×5mmのオーバルアイオライト, ko "8 x 6mm 에메랄드 컷") is read as a
// size, like the last, and never counts the stone after it (#13, dims14).
// A sign or word not followed by a number leaves rest as it is ("3x
// diamonds").
func (c *checker) dimensionRest(rest string) string {
	out := rest
	for {
		r := out
		if ch, n := utf8.DecodeRuneInString(r); n > 0 && strings.ContainsRune(dimensionSigns, ch) {
			r = r[n:]
		} else {
			found := false
			for _, w := range c.lx.dimensionBy {
				if len(r) > len(w) && strings.EqualFold(r[:len(w)], w) {
					if ch, _ := utf8.DecodeRuneInString(r[len(w):]); ch == ' ' || ch == '\u00a0' {
						r, found = r[len(w):], true
						break
					}
				}
			}
			if !found {
				return out
			}
		}
		r = strings.TrimLeft(r, " \u00a0")
		d := 0
		for d < len(r) && (r[d] >= '0' && r[d] <= '9' || d > 0 && (r[d] == '.' || r[d] == ',') && d+1 < len(r) && r[d+1] >= '0' && r[d+1] <= '9') {
			d++
		}
		if d == 0 {
			return out
		}
		out = strings.TrimLeft(r[d:], " -\u00a0")
		if ch, _ := utf8.DecodeRuneInString(out); unicode.IsDigit(ch) {
			return rest
		}
	}
}

// dimensionSide reports whether the number in digits m is a side of a
// dimension written with a sign: a number and a sign right before it
// ("12×10", "12 x 10", "7 × 5 × 3") or a sign and a number right after it
// ("12×10"). It is a size whatever follows, a unit the vocabulary knows,
// one it does not (Taiwan's 公釐 for millimetres before it was listed)
// or none, and never counts a stone: blind 24's H24a03-0 read
// "一顆 12×10 公釐的橢圓蛋面太陽石" (one 12×10 mm oval cabochon sunstone)
// as ten sunstones (#13, dimcount24). A sign without a number on its
// other side ("3x diamonds", "1 x ring") leaves the number a count.
func (c *checker) dimensionSide(m match) bool {
	if m.f != digitForm {
		return false
	}
	before := strings.TrimRight(c.text[:c.byteAt(m.start)], " \u00a0")
	if ch, n := utf8.DecodeLastRuneInString(before); n > 0 && strings.ContainsRune(dimensionSigns, ch) {
		before = strings.TrimRight(before[:len(before)-n], " \u00a0")
		if d, _ := utf8.DecodeLastRuneInString(before); d >= '0' && d <= '9' {
			return true
		}
	}
	after := strings.TrimLeft(c.text[c.byteAt(m.end):], " \u00a0")
	if ch, n := utf8.DecodeRuneInString(after); n > 0 && strings.ContainsRune(dimensionSigns, ch) {
		after = strings.TrimLeft(after[n:], " \u00a0")
		if d, _ := utf8.DecodeRuneInString(after); d >= '0' && d <= '9' {
			return true
		}
	}
	return false
}
