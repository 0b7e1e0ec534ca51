package grounding

import "strings"

// The ordinal dot before a unit of time (#13, num65: probe 65C cs-CZ
// 65C02-1 "v 19. století zdobil šperky po celé Evropě", in the 19th
// century it adorned jewellery all over Europe, read as 19 garnets per
// part on five). Czech, Slovak, German, Danish, Norwegian, Finnish,
// Polish and Turkish write an ordinal as its figure and a full stop ("19.
// století", "im 19. Jahrhundert", "det 19. århundrede", "1800-luvulla"
// or "19. vuosisadalla", "w 19. wieku", "19. yüzyılda"; Czech
// orthography, Pravidla českého pravopisu, the full stop after an
// ordinal figure; Duden, rule 164 ("Ordnungszahlen")). The stop is no end
// of a clause there: the noun after it goes on the phrase. A figure so
// written before a unit of time (time_units: century, decade, year) is a
// date, never a count of stones, as a figure before a unit of time without
// the stop already was (numbers.go timeAfter).

// ordinalDotAfter reports whether the figure m is written with an
// ordinal's full stop: only a full stop and blanks between it and the
// next token (timeAfter asks it only where a unit of time is that token:
// "19. století", "19. Jahrhundert", whose noun German capitalises).
func (c *checker) ordinalDotAfter(m match) bool {
	k := m.tj + 1
	if m.f != digitForm || k >= len(c.toks) || !c.toks[k].brk {
		return false
	}
	gap, ok := strings.CutPrefix(c.surface(c.toks[m.tj].end, c.toks[k].start), ".")
	return ok && strings.TrimSpace(gap) == ""
}
