package checks

import "strings"

// measuredWindow is how many tokens before the stone at i a lab-grown
// qualifier may end outside Japanese: four words, the words of a size or
// weight between the qualifier and the stone not counted. A measurement
// is part of the stone's name, and the qualifier before it still
// immediately precedes the name (16 CFR 23.23(c)): "a lab-created 6 mm
// round faceted red ruby", "laboratuvarda üretilmiş 4 mm'lik beş beyaz
// safir" (Turkish: the unit's suffix after an apostrophe), "im Labor
// gezüchtete 1,5-ct Saphire". Another word of content still counts, so a
// qualifier of another stone four words back ("a lab-grown sapphire and a
// ruby") reaches no further than before (#13, regclaim55: probe 55D tr-TR
// 55D01 and 55D03).
func (r *run) measuredWindow(i int) int {
	d := r.d
	content, n := 0, 0
	for k := i - 1; k >= 0 && d.toks[k].sent == d.toks[i].sent && content < 4; k-- {
		n++
		if !r.measureTok(k) {
			content++
		}
	}
	return max(n, 4)
}

// measureUnits are the units of a stone's size or weight (folded).
var measureUnits = newWordSet([]string{"mm", "cm", "ct", "cts", "ctw", "tcw", "carat", "carats", "karat", "karaat", "quilate", "quilates", "carati", "kilate", "karat", "millimetre", "millimetres", "millimeter", "millimeters", "millimètres", "millimetri", "milímetros", "millimetri", "milimetrů", "milimetrów", "milimetre", "χιλιοστά", "χιλ", "مم", "ملم"})

// measureTok reports whether token k is a word of a measurement: a number,
// a unit, or a suffix glued to a number or unit by an apostrophe or a
// hyphen (Turkish "4 mm'lik", "6-mm", "1,5-ct").
func (r *run) measureTok(k int) bool {
	d := r.d
	w := d.word(k)
	if startsDigit(w) || measureUnits.has(w) || weightWords.has(w) {
		return true
	}
	if k == 0 || d.toks[k-1].sent != d.toks[k].sent {
		return false
	}
	g := d.gap(k - 1)
	if g != "" && strings.Trim(g, "'’-‐‑") == "" {
		p := d.word(k - 1)
		return startsDigit(p) || measureUnits.has(p)
	}
	return false
}
