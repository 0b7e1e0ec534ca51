package grounding

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// measureWordsFile is a vocabulary's measure_words: how the language says
// a measurement in words, restates it and lists or ranges sizes (issue
// #13, unit_words and size_list).
type measureWordsFile struct {
	MeasureWords struct {
		// Units are the words of inches, centimetres and millimetres (keys
		// in, cm, mm) read after a number written in words: a word of the
		// text in lower case, accents kept, that starts with one ("pouces",
		// "ίντσες", "tuumaa"; Turkish "inç" but not "ince", thin), or a
		// run of Han or kana characters (インチ, 英寸).
		Units map[string][]string `yaml:"units"`
		// Half stands for a number of one half before a unit: "half an
		// inch", "pół cala", "μισή ίντσα", 半インチ. One short word (an
		// article) may stand between it and the unit.
		Half []string `yaml:"half"`
		// AndHalf adds one half to the number before it, between the number
		// and the unit or right after the unit: "seven and a half inches",
		// "neuf pouces et demi", "yedi buçuk inç", "七英寸半".
		AndHalf []string `yaml:"and_half"`
		// OneAndHalf is one and a half in a word: "anderthalb", "puolitoista".
		OneAndHalf []string `yaml:"one_and_half"`
		// HalfSuffix adds one half to the number word it ends: German
		// "neuneinhalb", Greek "εννιάμισι", Dutch "negenenhalf".
		HalfSuffix []string `yaml:"half_suffix"`
		// Point is the decimal point said in words: "seven point five", 九点五.
		Point []string `yaml:"point"`
		// Approx are hedges before a number ("about", "just under",
		// "environ", "knapp"): the number is rounded, so it is compared
		// with the wider tolerance of fitsLength.
		Approx []string `yaml:"approx"`
		// ApproxAfter are hedges right after the unit ("10 inches or so",
		// "9,5 pollici circa", "10インチ弱", "10英寸左右").
		ApproxAfter []string `yaml:"approx_after"`
		// Wearer are the words of the body a piece is worn on (wrist,
		// ankle, neck, finger), matched as whole words: a range of lengths
		// beside one ("fits wrists of 15–17 cm") is the wearer's, not the
		// piece's.
		Wearer []string `yaml:"wearer"`
		// Range words stand between the two ends of a range of one unit
		// ("40 to 45 cm", "de 40 à 45 cm", "40至45厘米").
		Range []string `yaml:"range"`
		// List words join numbers of a list of sizes offered ("40, 45 and
		// 50 cm", "40, 45 i 50 cm"): no number of a list is the size.
		List []string `yaml:"list"`
		// One are the words of one that are also articles ("un", "ein",
		// "ενός"), read as one only before a list or range word ("un ou
		// deux millimètres"; measure_spelled65.go).
		One []string `yaml:"one"`
	} `yaml:"measure_words"`
}

// unitWord is one word of a unit in the word path.
type unitWord struct {
	word  string // lower case, NFC, accents kept
	unit  string // in, cm or mm
	chars bool   // Han or kana: matched on consecutive character tokens
}

// measureWords is the compiled measure_words of a language.
type measureWords struct {
	units                                    []unitWord
	half, andHalf, oneAndHalf, point, approx phrases
	approxAfter                              phrases
	wearer                                   phrases
	halfSuffix                               []string
	rangeWords, listWords                    map[string]bool
	one                                      map[string]bool
}

func compileMeasureWords(f measureWordsFile) (measureWords, error) {
	mw := f.MeasureWords
	out := measureWords{
		half: phraseSet(mw.Half), andHalf: phraseSet(mw.AndHalf), oneAndHalf: phraseSet(mw.OneAndHalf),
		point: phraseSet(mw.Point), approx: phraseSet(mw.Approx), approxAfter: phraseSet(mw.ApproxAfter),
		rangeWords: map[string]bool{}, listWords: map[string]bool{}, wearer: phraseSet(mw.Wearer),
		one: map[string]bool{},
	}
	for _, w := range mw.One {
		out.one[foldString(strings.ToLower(w))] = true
	}
	for u, ws := range mw.Units {
		if u != "in" && u != "cm" && u != "mm" {
			return out, fmt.Errorf("measure_words: unit %q: want in, cm or mm", u)
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			out.units = append(out.units, unitWord{word: strings.ToLower(w), unit: u, chars: isCharToken(foldRune(r))})
		}
	}
	for _, s := range mw.HalfSuffix {
		out.halfSuffix = append(out.halfSuffix, foldString(s))
	}
	for _, w := range mw.Range {
		out.rangeWords[foldString(strings.ToLower(w))] = true
	}
	for _, w := range mw.List {
		out.listWords[foldString(strings.ToLower(w))] = true
	}
	return out, nil
}

// The tolerance of a restated length (issue #13, unit_words). A length in
// the copy, converted to millimetres, is true when it lies within the
// rounding a copywriter uses of one of the product's lengths:
//
//   - as written ("19 cm", "7.5 in"): within half a step of its last
//     written digit (0.5 cm for "19 cm", 0.05 in for "7.5 in", 1/8 in for
//     "7½ in") or 3% of the product's length, whichever is larger;
//   - hedged or spelt out ("about 7 inches", "just under ten inches",
//     "seven and a half inches"): within one whole step (1 in for "about
//     7 inches", 0.5 in for "seven and a half") or 6%, whichever is larger.
//
// 19 cm is 7.48 in: "7.5 inches", "about 7 inches", "just under 8
// inches" and "seven and a half inches" pass; "9 inches" and "about nine
// inches" block. A range ("40 to 45 cm", "16–18 in") is true when one of
// the product's lengths lies within it, widened by the same tolerance.
func fitsLength(v, w, step float64, hedged bool) bool {
	if hedged {
		return math.Abs(v-w) <= math.Max(0.06*w, step)
	}
	return math.Abs(v-w) <= math.Max(0.03*w, step/2)
}

func fitsAnyLength(v float64, lengths []float64, step float64, hedged bool) bool {
	for _, w := range lengths {
		if fitsLength(v, w, step, hedged) {
			return true
		}
	}
	return false
}

func rangeFits(lo, hi float64, lengths []float64, step float64) bool {
	if lo > hi {
		lo, hi = hi, lo
	}
	for _, w := range lengths {
		s := math.Max(0.03*w, step/2)
		if w >= lo-s && w <= hi+s {
			return true
		}
	}
	return false
}

// tokenAt is the index of the token that starts at rune start, or -1.
func (c *checker) tokenAt(start int) int {
	for k, t := range c.toks {
		if t.start == start {
			return k
		}
		if t.start > start {
			break
		}
	}
	return -1
}

// tokenAfter is the index of the first token that starts at or after rune
// pos, or len(c.toks).
func (c *checker) tokenAfter(pos int) int {
	for k, t := range c.toks {
		if t.start >= pos {
			return k
		}
	}
	return len(c.toks)
}

// phraseEndingAt is the length in tokens of the longest of ps that ends at
// token k within one clause, or 0.
func phraseEndingAt(ps phrases, toks []token, k int) int {
	if k < 0 || k >= len(toks) {
		return 0
	}
	best := 0
	for _, p := range ps.at(&toks[k]) {
		if k+1 >= len(p) && endsWith(toks, k, p) && len(p) > best {
			best = len(p)
		}
	}
	return best
}

// phraseStartingAt is the length of the longest of ps that starts at token
// k, in the clause of token k-1 (no break before k), or 0.
func phraseStartingAt(ps phrases, toks []token, k int) int {
	if k <= 0 || k >= len(toks) || toks[k].brk {
		return 0
	}
	best := 0
	for _, list := range ps.each() {
		for _, p := range list {
			if len(p) <= best || k+len(p) > len(toks) {
				continue
			}
			if endsWith(toks, k+len(p)-1, p) {
				best = len(p)
			}
		}
	}
	return best
}

// hedgedBefore reports whether an approx phrase ends right before token k.
func (c *checker) hedgedBefore(k int) bool {
	return k > 0 && !c.toks[k].brk && phraseEndingAt(c.lx.mw.approx, c.toks, k-1) > 0
}

// hedgedAfter reports whether an approx_after phrase follows the unit
// whose last rune is before rune pos.
func (c *checker) hedgedAfter(pos int) bool {
	k := c.tokenAfter(pos)
	return k < len(c.toks) && phraseStartingAt(c.lx.mw.approxAfter, c.toks, k) > 0
}

// hedgeSign reports whether a sign of approximation stands right before
// rune start: "~9.5 in", "≈ 24 cm".
func (c *checker) hedgeSign(start int) bool {
	before := trimBlanks(c.text[:c.byteAt(start)])
	r, _ := utf8.DecodeLastRuneInString(before)
	return r == '~' || r == '≈' || r == '∼' || r == '～' || r == '〜'
}

// wearerNear reports whether a wearer word (wrist, ankle...) stands within
// three words before rune start or two after rune end, in the clause.
func (c *checker) wearerNear(start, end int) bool {
	w := c.lx.mw.wearer
	if w.size() == 0 {
		return false
	}
	first, last := -1, -1
	for k, t := range c.toks {
		if first < 0 && t.end > start {
			first = k
		}
		if t.start < end {
			last = k
		}
	}
	if first < 0 {
		return false
	}
	before, after := 3, 2
	if r, _ := utf8.DecodeRuneInString(c.toks[first].s); first > 0 && isCharToken(firstRune(c.toks[first-1].s)) || isCharToken(r) {
		before, after = 8, 6 // one token a character: 手首, 脚踝
	}
	for k := first - 1; k >= 0 && k >= first-before && !c.toks[k+1].brk; k-- {
		if w.endsAt(c.toks, k) {
			return true
		}
	}
	for k := last + 1; k < len(c.toks) && k <= last+after && !c.toks[k].brk; k++ {
		if w.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// halfAfter reports whether an and_half phrase follows the unit whose last
// rune is before rune pos ("neuf pouces et demi", "7インチ半", "9인치 반").
func (c *checker) halfAfter(pos int) bool {
	k := c.tokenAfter(pos)
	return k < len(c.toks) && phraseStartingAt(c.lx.mw.andHalf, c.toks, k) > 0
}

// unitAt reads a unit word of the word path at token k: its unit and last
// token, or "" when there is none.
func (c *checker) unitAt(k int) (string, int) {
	t := c.toks[k]
	var orig string
	for _, u := range c.lx.mw.units {
		if u.chars {
			n := utf8.RuneCountInString(u.word)
			if k+n > len(c.toks) {
				continue
			}
			var b strings.Builder
			for i := k; i < k+n; i++ {
				if i > k && c.toks[i].brk {
					break
				}
				b.WriteString(c.toks[i].s)
			}
			if b.String() == foldString(u.word) {
				return u.unit, k + n - 1
			}
			continue
		}
		if orig == "" {
			orig = strings.ToLower(c.surface(t.start, t.end))
		}
		if strings.HasPrefix(orig, u.word) {
			return u.unit, k
		}
	}
	return "", -1
}

// numberEndingAt is the value of a number word or numeral that ends at
// token k, and its first token.
func (c *checker) numberEndingAt(k int) (float64, int, bool) {
	for _, m := range c.ms {
		if m.tj != k || m.f.kind != kindNumber {
			continue
		}
		s := m.f.value
		if s == "" {
			s = c.toks[k].s
		}
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return 0, 0, false
		}
		return v, m.ti, true
	}
	return 0, 0, false
}

// numberWordValue reads a single token as a number word ("neun" in
// "neuneinhalb"): a whole-token phrase of the lexicon of kind number.
func (c *checker) numberWordValue(s string) (float64, bool) {
	n := c.lx.root.child(s)
	if !n.ok() {
		return 0, false
	}
	for _, f := range n.forms() {
		if f.kind == kindNumber && f.value != "" {
			v, err := strconv.ParseFloat(f.value, 64)
			return v, err == nil
		}
	}
	return 0, false
}

// spelledMeasures compares the lengths the copy says in words with the
// product's: "seven and a half inches", "neuf pouces et demi", "half an
// inch", "anderthalb Zoll", "yedi buçuk inç", "九点五英寸", "七英寸半".
// A numeral with its unit is the digit path's (measurements), unless a
// half stands between them ("7 and a half inches").
func (c *checker) spelledMeasures(lengths []float64) {
	mw := &c.lx.mw
	if len(mw.units) == 0 || len(lengths) == 0 {
		return
	}
	toks := c.toks
	for k := 0; k < len(toks); k++ {
		if toks[k].masked {
			continue
		}
		unit, last := c.unitAt(k)
		if unit == "" {
			continue
		}
		add := 0.0
		v, first, step, digits, ok := c.spelledNumber(k - 1)
		if n := phraseEndingAt(mw.andHalf, toks, k-1); n > 0 && !toks[k].brk {
			// "seven and a half inches"; else "en halv tomme" is a half
			if hv, hf, _, hd, hok := c.spelledNumber(k - 1 - n); hok && !breakIn(toks, hf, k-1) {
				v, first, step, digits, ok, add = hv, hf, 0.5, hd, true, 0.5
			}
		}
		if !ok || first < 0 || breakIn(toks, first, last) {
			k = last
			continue
		}
		if digits && add == 0 {
			k = last // "7 inches", "9 pouces et demi": the digit path reads it
			continue
		}
		if add == 0 && c.halfAfter(toks[last].end) {
			add, step = 0.5, 0.5
		}
		if digits && first > 0 {
			// "7.5 and a half" is no reading; a decimal or a list before
			if b := c.text[:c.byteAt(toks[first].start)]; strings.HasSuffix(b, "/") || strings.HasSuffix(b, "⁄") || (strings.HasSuffix(b, ".") || strings.HasSuffix(b, ",")) && !clauseStop(b) {
				k = last
				continue
			}
		}
		v += add
		start, end := toks[first].start, toks[last].end
		if c.isMasked(start, end) || c.aboutOtherItemAt(start, true) || c.spelledAlternative(first, last, v, unit, lengths) {
			k = last
			continue
		}
		mm, _ := toMM(v, unit)
		s, _ := toMM(step, unit)
		if !fitsAnyLength(mm, lengths, s, true) {
			c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
				fmt.Sprintf("says %q (%s %s); the product measures %s", c.surface(start, end), strconv.FormatFloat(v, 'f', -1, 64), unit, formatList(lengths, "mm")))
		}
		k = last
	}
}

// spelledNumber reads the number that ends at token j: one and a half, a
// half ("half an inch": one short word may follow it), a number word or
// numeral, with a decimal said in words ("seven point five", 九点五), or
// a number word with a half joined to it ("neuneinhalb"). It returns the
// value, its first token, its step (the precision it is said to) and
// whether it is a numeral.
func (c *checker) spelledNumber(j int) (v float64, first int, step float64, digits, ok bool) {
	mw := &c.lx.mw
	toks := c.toks
	if j < 0 {
		return 0, 0, 0, false, false
	}
	if n := phraseEndingAt(mw.oneAndHalf, toks, j); n > 0 {
		return 1.5, j - n + 1, 0.5, false, true
	}
	if n := phraseEndingAt(mw.half, toks, j); n > 0 {
		return 0.5, j - n + 1, 0.5, false, true
	}
	if n := phraseEndingAt(mw.half, toks, j-1); n > 0 && !toks[j].brk && utf8.RuneCountInString(toks[j].s) <= 3 && !isDigits(toks[j].s) {
		return 0.5, j - n, 0.5, false, true // "half an inch", "une demie pouce"
	}
	if nv, f, found := c.numberEndingAt(j); found {
		digits = isDigits(toks[j].s)
		if p := phraseEndingAt(mw.point, toks, f-1); p > 0 && !digits {
			if whole, f2, found := c.numberEndingAt(f - p - 1); found && nv < 10 {
				return whole + nv/10, f2, 0.1, false, true
			}
		}
		return nv, f, 1, digits, true
	}
	for _, suf := range mw.halfSuffix {
		if s := toks[j].s; len(s) > len(suf) && strings.HasSuffix(s, suf) {
			if nv, found := c.numberWordValue(strings.TrimSuffix(s, suf)); found {
				return nv + 0.5, j, 0.5, false, true
			}
		}
	}
	return 0, 0, 0, false, false
}

// breakIn reports whether clause punctuation stands between tokens i and j.
func breakIn(toks []token, i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if toks[k].brk {
			return true
		}
	}
	return false
}

// fractionBefore reads a fraction whose denominator is num: before ends
// with its numerator and the slash ("7 1/", "1/"), or with the whole and
// the numerator run together before the fraction slash that NFKC makes
// of a vulgar fraction ("7½" folds to "71⁄2"). It returns the value
// (whole plus fraction) and the byte offset where the whole (or the
// numerator) starts. Denominators are those of inches: 2, 3, 4, 8, 16.
func fractionBefore(before, num string) (float64, int, bool) {
	den, err := strconv.Atoi(num)
	if err != nil || (den != 2 && den != 3 && den != 4 && den != 8 && den != 16) {
		return 0, 0, false
	}
	r, size := utf8.DecodeLastRuneInString(before)
	if r != '/' && r != '⁄' {
		return 0, 0, false
	}
	i := len(before) - size
	j := i
	for j > 0 && before[j-1] >= '0' && before[j-1] <= '9' {
		j--
	}
	run := before[j:i]
	if run == "" || j > 0 && (before[j-1] == '.' || before[j-1] == ',' || before[j-1] == '/') {
		return 0, 0, false
	}
	whole, numer := "", run
	if r == '⁄' && len(run) > 1 {
		whole, numer = run[:len(run)-1], run[len(run)-1:]
	}
	n, _ := strconv.Atoi(numer)
	if n <= 0 || n >= den {
		return 0, 0, false
	}
	start := j
	if whole == "" {
		// "7 1/2": a whole number before, one blank apart
		k := j
		for k > 0 && (before[k-1] == ' ' || before[k-1] == '-') {
			k--
		}
		w := k
		for w > 0 && before[w-1] >= '0' && before[w-1] <= '9' {
			w--
		}
		if k < j && w < k && k-w <= 3 && (w == 0 || before[w-1] != '.' && before[w-1] != ',' && before[w-1] != '/') {
			whole, start = before[w:k], w
		}
	}
	v := float64(n) / float64(den)
	if whole != "" {
		wv, _ := strconv.Atoi(whole)
		v += float64(wv)
	}
	return v, start, true
}

// dashes stand between the two ends of a range in every language.
const dashes = "-–—~〜～"

// trimBlanks drops trailing blanks (and no-break spaces).
func trimBlanks(s string) string { return strings.TrimRight(s, " \t\u00a0\u202f") }

// numberBefore reads a number (with decimals) that ends s, and its start.
func numberBefore(s string) (float64, int, bool) {
	j := len(s)
	for j > 0 && (s[j-1] >= '0' && s[j-1] <= '9' || (s[j-1] == '.' || s[j-1] == ',') && j > 1 && j < len(s) && s[j-2] >= '0' && s[j-2] <= '9') {
		j--
	}
	if j == len(s) || s[j] < '0' || s[j] > '9' {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s[j:], ",", "."), 64)
	return v, j, err == nil
}

// wordBefore splits s, which ends with a run of letters, at the run.
func wordBefore(s string) (string, string) {
	j := len(s)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		j -= size
	}
	return s[:j], s[j:]
}

// rangeBefore reads the first end of a range whose second end starts
// where before ends: "45-", "40 to ", "de 40 à ", "40 cm bis ", "40至",
// "40から". It returns the first end and its byte offset.
func (c *checker) rangeBefore(before string) (float64, int, bool) {
	s := trimBlanks(before)
	r, size := utf8.DecodeLastRuneInString(s)
	switch {
	case r != utf8.RuneError && strings.ContainsRune(dashes, r):
		s = trimBlanks(s[:len(s)-size])
	default:
		rest, w := wordBefore(s)
		if w == "" || !c.lx.mw.rangeWords[foldString(strings.ToLower(w))] {
			return 0, 0, false
		}
		s = trimBlanks(rest)
	}
	// "40 cm to 45 cm": the first end may carry the unit
	if rest, w := wordBefore(s); w != "" && c.isUnitWord(w) {
		s = trimBlanks(rest)
	}
	return numberBefore(s)
}

// isUnitWord reports whether w alone is a unit of length.
func (c *checker) isUnitWord(w string) bool {
	probe := "1 " + w + " "
	return measurePattern.MatchString(probe) || c.lx.measure != nil && c.lx.measure.MatchString(probe)
}

// rangeAfter reports whether the unit that ends at byte ue is the first
// end's of a range with the same unit ("40 cm to 45 cm"): the second end
// reads the range.
func (c *checker) rangeAfter(ue int) bool {
	s := strings.TrimLeft(c.text[ue:], " \t\u00a0\u202f")
	r, size := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(dashes, r) {
		s = s[size:]
	} else {
		j := 0
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += size
		}
		if j == 0 || !c.lx.mw.rangeWords[foldString(strings.ToLower(s[:j]))] {
			return false
		}
		s = s[j:]
	}
	s = strings.TrimLeft(s, " \t\u00a0\u202f")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// inNumberList reports whether the number after before continues a list
// of sizes offered: the separators every language shares (inNumberList),
// the ideographic and full-width commas, and the language's list words
// ("40, 45 i 50 cm", "40、45、50厘米", "40과 45cm").
func (c *checker) inNumberList(before string) bool {
	if inNumberList(before) {
		return true
	}
	s := trimBlanks(before)
	r, size := utf8.DecodeLastRuneInString(s)
	switch {
	case r == '、' || r == '，' || r == '；' || r == '/':
		s = s[:len(s)-size]
	default:
		rest, w := wordBefore(s)
		if w == "" || !c.lx.mw.listWords[foldString(strings.ToLower(w))] {
			return false
		}
		s = rest
	}
	_, _, ok := numberBefore(trimBlanks(s))
	return ok
}

// inchAfter are the English words that may follow "in" as an inch ("7.5
// in long", "an 18 in chain"); before any other word "in" is the
// preposition ("size 7 in rose gold", "Größe 52 in Silber").
var inchAfter = map[string]bool{
	"long": true, "wide": true, "tall": true, "high": true, "across": true, "deep": true, "thick": true,
	"length": true, "width": true, "height": true, "diameter": true, "drop": true, "chain": true, "cord": true,
	"strand": true, "necklace": true, "bracelet": true, "anklet": true, "choker": true, "extender": true, "extension": true,
}

// prepositionIn reports whether the "in" that ends at byte ue is a
// preposition: a word follows it that says nothing of a length.
func (c *checker) prepositionIn(ue int) bool {
	s := strings.TrimLeft(c.text[ue:], " \t\u00a0\u202f")
	if s == "" || len(s) == len(c.text[ue:]) {
		return false
	}
	j := 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j > 0 && !inchAfter[strings.ToLower(s[:j])]
}

// unitListed reports whether the measure whose number starts at byte ns
// and whose unit is text[us:ue] is an item of a list of sizes offered in
// which every item carries its unit ("2 mm, 3 mm or 4 mm", "40cm、45cm、
// 50cm", "40 cm / 45 cm / 50 cm"; issue #13, size_list): a list separator
// (inNumberList's, or a list word of the language) stands between it and
// a number with the same unit right before it, or right after it.
func (c *checker) unitListed(ns, us, ue int) bool {
	unit := strings.ToLower(c.text[us:ue])
	if unit == "" {
		return false
	}
	if sizeLabelBefore(c.text[:ns]) || bareNumberBefore(c.text[:ns]) {
		return true
	}
	// before: "<number> <unit> <sep> " ends the text before ns
	if s, ok := c.listSepBefore(trimBlanks(c.text[:ns])); ok {
		s = trimBlanks(s)
		if strings.HasSuffix(strings.ToLower(s), unit) {
			if _, _, ok := numberBefore(trimBlanks(s[:len(s)-len(unit)])); ok {
				return true
			}
		}
	}
	// after: " <sep> <number> <unit>" starts the text after ue
	s, ok := c.listSepAfter(strings.TrimLeft(c.text[ue:], " \t\u00a0\u202f"))
	if !ok {
		return false
	}
	s = strings.TrimLeft(s, " \t\u00a0\u202f")
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || j > 0 && (s[j] == '.' || s[j] == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	if j == 0 {
		return false
	}
	s = strings.TrimLeft(s[j:], " \t\u00a0\u202f")
	return len(s) >= len(unit) && strings.ToLower(s[:len(unit)]) == unit
}

// listSepBefore strips a list separator ending s: a comma, slash or
// semicolon (ASCII, ideographic or full-width) or a list word of the
// language ("and", "or", "et", "oder", "i", "和").
func (c *checker) listSepBefore(s string) (string, bool) {
	r, size := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(listSeps, r) {
		return s[:len(s)-size], true
	}
	rest, w := wordBefore(s)
	if w != "" && c.lx.mw.listWords[foldString(strings.ToLower(w))] {
		return rest, true
	}
	// A list word written as the ending of the unit before it (Korean
	// "16cm와 20cm").
	for lw := range c.lx.mw.listWords {
		if lw != "" && len(w) > len(lw) && strings.HasSuffix(foldString(strings.ToLower(w)), lw) && strings.HasSuffix(w, lw) {
			return s[:len(s)-len(lw)], true
		}
	}
	return s, false
}

// sizeLabelBefore reports whether the text before a measure ends with a
// size label and an opening parenthesis, a dash or a colon ("S (16 cm)",
// "M – 18 cm", "L: 20 cm", "P (16 cm)"): a size offered (#13 size_list).
// A label is one to three capital Latin letters.
func sizeLabelBefore(before string) bool {
	s := trimBlanks(before)
	r, size := utf8.DecodeLastRuneInString(s)
	if !strings.ContainsRune("(（:–—-", r) {
		return false
	}
	_, w := wordBefore(trimBlanks(s[:len(s)-size]))
	if w == "" || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// bareNumberBefore reports whether the text before a measure ends with a
// number and blanks only ("16 18 20 cm"): the measure closes a list of
// sizes written without separators.
func bareNumberBefore(before string) bool {
	s := trimBlanks(before)
	if len(s) == len(before) {
		return false
	}
	_, j, ok := numberBefore(s)
	if !ok {
		return false
	}
	if j == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return r == ' ' || r == '\u00a0'
}

// listSepAfter strips a list separator starting s, as listSepBefore.
func (c *checker) listSepAfter(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if strings.ContainsRune(listSeps, r) {
		return s[size:], true
	}
	j := 0
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	if j > 0 && c.lx.mw.listWords[foldString(strings.ToLower(s[:j]))] {
		return s[j:], true
	}
	return s, false
}

// listSeps separate the items of a list in every language.
const listSeps = ",/;、，；"
