package grounding

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// unitTokensAfter returns how many tokens after the number token k a unit
// of measure written right after it takes ("9毫米" is 毫 and 米, read one
// character a token; "9 mm" is one), as the measure patterns read it
// (measurePattern and the locale's measure_units), or 0 where no unit
// follows in the number's clause (#13, misc51).
func (c *checker) unitTokensAfter(k int) int {
	probe := "1" + measureWindow(c.text[c.byteAt(c.toks[k].end):])
	for _, re := range [...]*regexp.Regexp{measurePattern, c.lx.measure} {
		if re == nil {
			continue
		}
		a := anchoredPattern(re)
		loc := a.FindStringIndex(probe)
		if loc == nil {
			continue
		}
		end := loc[1]
		// The patterns close on the character after the unit; where the
		// unit matches without it (its end is the text's), that character
		// is the next word's (托 of "9毫米托帕石").
		if _, w := utf8.DecodeLastRuneInString(probe[:end]); end-w > 1 {
			if l := a.FindStringIndex(probe[:end-w]); l != nil && l[1] == end-w {
				end -= w
			}
		}
		stop := c.toks[k].end + utf8.RuneCountInString(probe[1:end])
		n := 0
		for j := k + 1; j < len(c.toks) && c.toks[j].end <= stop && !c.toks[j].brk; j++ {
			n++
		}
		return n
	}
	return 0
}

// countStop reports whether token k ends a count phrase (count_stops): a
// stop listed capitalised (nounStops) only where the copy writes it with a
// capital. Every reader of count_stops asks it (countForward, the bead and
// colour-group counts, a size's preposition, a list's comma).
func (c *checker) countStop(k int) bool {
	t := c.toks[k]
	if !c.lx.stops[t.s] {
		return false
	}
	if c.lx.nounStops[t.s] {
		r, _ := utf8.DecodeRuneInString(c.text[c.byteAt(t.start):])
		return unicode.IsUpper(r)
	}
	return true
}

// capitalised returns the entries of words that start with a capital.
func capitalised(words []string) []string {
	var out []string
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			out = append(out, w)
		}
	}
	return out
}

// measureWindow is the first 48 bytes of rest, cut at a rune's start: the
// text after a number that the measure patterns read (unitAfter,
// unitTokensAfter), long enough for a number, a unit and the character
// after it.
func measureWindow(rest string) string {
	if len(rest) <= 48 {
		return rest
	}
	k := 48
	for k > 0 && !utf8.RuneStart(rest[k]) {
		k--
	}
	return rest[:k]
}
