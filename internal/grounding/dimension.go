package grounding

import (
	"math"
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

// dimSide is a side of a dimension written without its unit, which the
// last side carries ("16" of "16 × 12 mm"): its value and the decimals
// it is written with.
type dimSide struct {
	v        float64
	decimals int
}

// dimensionSidesBefore reads the bare sides of a dimension that end
// before, the text before its last side: "16 × " of "16 × 12 mm", "18 por "
// of "18 por 12 mm", "14 x 10 x " of "14 x 10 x 6 mm", "16乘" of
// 16乘12毫米, joined by a sign (dimensionSigns) or one of the language's
// dimension_by words. It returns them nearest first, and the byte offset
// in before where the first side starts. A side that carries its own
// unit ("16 mm x 12 mm") ends the walk: it is compared on its own. A side
// glued to a letter, a dash, a slash or a plus ("6-8 x 4 mm", "A4 x 2
// mm", "40 + 5 x 2 cm") makes the whole no dimension read here: nil, as
// the code before #13 dims28 read it (#13, dims28).
func (c *checker) dimensionSidesBefore(before string) ([]dimSide, int) {
	var sides []dimSide
	start, s := 0, before
	for len(sides) < 3 {
		t := trimBlanks(s)
		if r, n := utf8.DecodeLastRuneInString(t); n > 0 && strings.ContainsRune(dimensionSigns, r) {
			t = t[:len(t)-n]
			if p, _ := utf8.DecodeLastRuneInString(t); unicode.IsLetter(p) {
				break // "mix 12 mm", "box 12"
			}
		} else {
			rest, w := wordBefore(t)
			if w == "" || !c.dimensionWord(w) {
				break
			}
			if p, _ := utf8.DecodeLastRuneInString(rest); !(p >= '0' && p <= '9' && !spacedScript(w)) && p != ' ' && p != '\u00a0' && p != '\t' && p != '\u202f' {
				break // a word joiner stands apart in alphabetic scripts ("16 por 12"), glued in Chinese (16乘12)
			}
			t = rest
		}
		t = trimBlanks(t)
		v, j, ok := numberBefore(t)
		if !ok || v <= 0 {
			break
		}
		if j > 0 {
			if p, _ := utf8.DecodeLastRuneInString(t[:j]); unicode.IsLetter(p) && !unicode.In(p, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Arabic) || strings.ContainsRune("-–—/+⁄.,_", p) {
				return nil, 0
			}
		}
		d := 0
		if i := strings.IndexAny(t[j:], ".,"); i >= 0 {
			d = len(t[j:]) - i - 1
		}
		sides = append(sides, dimSide{v, d})
		start, s = j, t[:j]
	}
	return sides, start
}

// dimensionWord reports whether w is one of the language's dimension_by
// words ("by", "por", "sur", "mal", "na", επί, في, 乘).
func (c *checker) dimensionWord(w string) bool {
	for _, d := range c.lx.dimensionBy {
		if strings.EqualFold(d, w) {
			return true
		}
	}
	return false
}

// spacedScript reports whether w is written in a script that sets words
// apart with spaces (not Chinese or Japanese).
func spacedScript(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// sidesFit reports whether every bare side of a dimension, in unit u, is
// one of the product's lengths like a lone measurement (fitsAnyLength,
// in any order: the sides are compared one by one). A pair whose first
// side is a whole number that is the count of one of the product's stone
// groups is that many stones of the size after the sign ("3 x 5 mm" on
// three 5 mm pearls, "1 x 8 mm": the notation of a stone list), not a
// side (#13, dims28).
func (c *checker) sidesFit(sides []dimSide, u string, lengths []float64, hedged bool) bool {
	for _, sd := range sides {
		if len(sides) == 1 && sd.decimals == 0 && c.stoneGroupCount(int(sd.v)) && sd.v == math.Trunc(sd.v) {
			continue
		}
		mm, _ := toMM(sd.v, u)
		step, _ := toMM(math.Pow(10, -float64(sd.decimals)), u)
		if !fitsAnyLength(mm, lengths, step, hedged) {
			return false
		}
	}
	return true
}

// stoneGroupCount reports whether n is the count of one of the product's
// stone groups.
func (c *checker) stoneGroupCount(n int) bool {
	for _, st := range c.p.Stones {
		if st.Count == n {
			return true
		}
	}
	return false
}
