package grounding

// Sizes said in words and joined by a word of a list or a range (#13,
// num65: probe 65D el-GR 65D04-1/-3 "τα μικροσκοπικά seed pearls, με
// διάμετρο ενός ή δύο χιλιοστών", seed pearls, one or two millimetres
// across, read as 2 mm against the earrings' 25 mm drop). The figures'
// path reads "1 or 2 mm", "40, 45 and 50 cm" as a list of sizes offered
// or said of a class of things (measure.go measureList: no figure of a
// list is the piece's size unless one fits, and a list none of whose
// sizes fits blocks only where the piece's own length is said nowhere
// in the copy) and "40 to 45 cm" as a range (rangeFits). The words' path
// (spelledMeasures) read only the number next to the unit: "one or two
// millimetres", "un ou deux millimètres", "ein oder zwei Millimeter",
// "yksi tai kaksi milliä", "ενός ή δύο χιλιοστών" were read as two
// millimetres alone. A number word joined to the one before the unit by
// a word of the language's measure_words list (or, and) is read as the
// figures' list is; by a word of its range (to, έως, bis) as a range. A
// size said alone ("δύο χιλιοστά" on a 25 mm piece) is compared as before.

// spelledAlternative reads the size in words from token first to last
// (value v, in unit) as the second of a list or range when a list or
// range word and another number stand right before it, and reports
// whether it did (the caller then compares nothing more).
func (c *checker) spelledAlternative(first, last int, v float64, unit string, lengths []float64) bool {
	mw := &c.lx.mw
	j := first - 1
	if j < 1 || c.toks[first].brk || c.toks[j].brk {
		return false
	}
	w := c.toks[j].s
	list, rng := mw.listWords[w] || asciiListWords[w], mw.rangeWords[w]
	if !list && !rng {
		return false
	}
	x, f, _, _, ok := c.spelledNumber(j - 1)
	if !ok {
		// a word of one the lexicon reads as an article ("un ou deux",
		// "ein oder zwei", "ενός ή δύο"; measure_words one)
		x, ok = 1, mw.one[c.toks[j-1].s]
		f = j - 1
	}
	if !ok || f < 0 || breakIn(c.toks, f, j) {
		return false
	}
	start, end := c.toks[f].start, c.toks[last].end
	if c.wearerNear(start, end) {
		return true
	}
	step, _ := toMM(1, unit)
	lo, _ := toMM(x, unit)
	hi, _ := toMM(v, unit)
	if rng {
		// a range is compared as the figures' range is; one that does
		// not hold the piece's length is left to the size alone
		return lo < hi && rangeFits(lo, hi, lengths, step)
	}
	for _, mm := range []float64{lo, hi} {
		if fitsAnyLength(mm, lengths, step, true) {
			c.lengthSaid = true
			return true
		}
	}
	if !c.attributeLists([]float64{x, v}) {
		c.lists = append(c.lists, match{start: start, end: end})
	}
	return true
}
