package grounding

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// RuleMeasurement is a size or weight in the copy that the product's
// measurements, attributes or total carat weight contradict.
const RuleMeasurement = "grounding.measurement"

// measurePattern finds a number with a unit of length or weight (carats
// and grams: "g", "gr", "gram", "grams", "Gramm", "grammi", "gramos",
// "gramas", "grammaa"). Units are
// written the same way in the five languages with data, except the words
// for centimetre, millimetre, inch and carat. A Latin unit ends at a letter
// of another script: Korean and Japanese glue their particles to it
// ("20cm이며", "20cmで").
//
// A no-break or other space of Unicode's Zs between the number and its unit
// ("25\u00a0mm", "3\u202fmm": French typography's espace insécable, which
// text.Fold keeps as written) is a blank as a space is (#13, miss60: probe
// 59D fr-FR 59D02-2, "un disque de 25 mm" on a 20 mm medal, passed).
var measurePattern = regexp.MustCompile(`(?i)(\d+(?:[.,٫]\d+)?)(?:[\s\p{Zs}]*|[-‑][\s\p{Zs}]?)(mm|cm|millim[eè]t(?:re|er|ro|ri|ros)s?|centim[eè]t(?:re|er|ro|ri|ros)s?|mil[ií]metros?|cent[ií]metros?|zentimeter[n]?|millimeter[n]?|inch(?:es)?|in\b|"|″|ct\b|ctw\b|tcw\b|carats?|karat|carati?|quilates?|mg\b|milligram\p{L}*|oz\b|ounces?|g\b|gr\b|gram\p{L}*)(?:$|[^\p{L}]|[\p{Hangul}\p{Hiragana}\p{Katakana}\p{Han}\p{Arabic}])`)

// goldKarats are the numbers that, with "carats"/"Karat"/"quilates", are
// a gold fineness rather than a weight ("or blanc 18 carats").
var goldKarats = map[float64]bool{8: true, 9: true, 10: true, 14: true, 18: true, 21: true, 22: true, 24: true}

// caratReading is what a whole number of carats means by the words beside
// it: caratFineness beside a gold word ("18ct white gold", "9ct gold",
// "or blanc 18 ct", "18 ct hvitt gull", "18ctホワイトゴールド"), the
// purity of the gold as the UK Hallmarking Act 1973 and its Dealer's
// Notice write it ("9ct", "18ct") and as trade usage writes it everywhere;
// caratWeight beside a stone word ("10 carats de diamants", "2 Karat
// Diamanten"); caratUnread otherwise.
type caratReading uint8

const (
	caratUnread caratReading = iota
	caratFineness
	caratWeight
)

// caratSense reads the number and unit at runes [start, end) with value v:
// a fineness only for a karat gold is made in (8 to 24), and only with a
// gold word or gilding right after the unit or right before the number,
// with at most one link word ("oro blanco de 18 ct", "18ctの
// ホワイトゴールド") and a colour word ("18 ct vitt guld") between.
func (c *checker) caratSense(start, end int, v float64) caratReading {
	first, last := -1, -1
	for k, t := range c.toks {
		if t.start >= end {
			break
		}
		if t.end > start {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return caratUnread
	}
	// The token right after the unit and right before the number, and the
	// one past a link word there; -1 across a clause break.
	afterA, afterB, beforeA, beforeB := -1, -1, -1, -1
	if k := last + 1; k < len(c.toks) && !c.toks[k].brk {
		afterA = k
		afterB = c.caratLinkAfter(k)
	}
	if k := first - 1; k >= 0 && !c.toks[first].brk {
		beforeA = k
		beforeB = c.caratLinkBefore(k)
	}
	sense := caratUnread
	for _, m := range c.ms { // in text order
		if m.ti <= last && m.tj >= first {
			continue // the number's own karat match
		}
		after := m.ti == afterA || m.ti == afterB
		if !after && m.tj != beforeA && m.tj != beforeB {
			continue
		}
		switch {
		case after && m.f.kind == kindColour:
			afterA, afterB = -1, -1 // "18 karaat wit goud", "18 ct vitt guld"
			if k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk {
				afterA = k
			}
		case m.f.kind == kindMaterial && c.goldWord(m.f.value) && v >= 8 && v <= 24:
			// A decimal karat too: "ouro amarelo de 19,2 quilates" is
			// 800/1000 (decimalKarat). A gold word after a link word
			// does not undo a stone right before: "una amatista de 10
			// quilates en oro amarillo" weighs the stone. One right
			// after the unit does: the carat word is the gold's
			// attribute ("keshihelmi 18 karaatin keltakultaisessa
			// kiinnityksessä", a keshi pearl in an 18-karat yellow-gold
			// setting; #13, karat65).
			if after && m.ti != afterA && sense == caratWeight {
				continue
			}
			return caratFineness
		case m.f.kind == kindStone || m.f.kind == kindStoneNoun:
			sense = caratWeight
		}
	}
	return sense
}

// caratUnit reports whether a karat match is a number with a unit of
// carats ("18ct", "18 carats", "18カラット"), the unit a weight is also
// written in, not a fineness mark only ("18k", "18金", "18 ayar", "عيار 18").
func (c *checker) caratUnit(m match) bool {
	s := c.surface(m.start, m.end)
	if loc := measurePattern.FindStringSubmatchIndex(s); loc != nil {
		_, u, ok := parseMeasure(s[loc[2]:loc[3]], s[loc[4]:loc[5]])
		return ok && u == "ct"
	}
	if c.lx.measure != nil {
		if loc := c.lx.measure.FindStringSubmatchIndex(s); loc != nil {
			return loc[4+2*3] >= 0 // measureUnits[3] is "ct"
		}
	}
	return false
}

// goldWord reports whether a material value is gold or a gold plating
// ("white gold", "gold vermeil", "gold-plated").
func (c *checker) goldWord(v string) bool {
	return c.cn.SolidMetals[v] == "gold" || strings.Contains(c.cn.Plated[v], "gold")
}

// productMeasures collects the product's lengths (in mm), weights (in
// ct) and metal weights (in g): structured measurements, attributes such
// as "45 cm", {"weight": "3.2 g"} or {"diameter_mm": "11"}, and the total
// carat weight.
func productMeasures(p *core.Product) (lengths, weights, grams []float64) {
	for _, m := range p.Measurements {
		switch m.Unit {
		case "ct":
			weights = append(weights, m.Value)
		case "g":
			grams = append(grams, m.Value)
		default:
			if mm, ok := toMM(m.Value, m.Unit); ok {
				lengths = append(lengths, mm)
			}
		}
	}
	if p.TotalCaratWeight > 0 {
		weights = append(weights, p.TotalCaratWeight)
	}
	for _, k := range slices.Sorted(maps.Keys(p.Attributes)) { // sorted: messages list them in a stable order
		v := p.Attributes[k]
		if n, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(v), ",", "."), 64); err == nil {
			// the unit in the key: "diameter_mm", "Size (mm)", "weight_g" (keyUnit)
			switch u := keyUnit(k); u {
			case "ct":
				weights = append(weights, n)
			case "g":
				grams = append(grams, n)
			default:
				if mm, ok := toMM(n, u); ok {
					lengths = append(lengths, mm)
				}
			}
			continue
		}
		ns, us := attributeListMeasures(v)
		kn, ku := attributeKeyMeasures(k, v) // "stone_size_mm": "18 x 13"
		ns, us = append(ns, kn...), append(us, ku...)
		for j, n := range ns {
			if us[j] == "ct" {
				weights = append(weights, n)
			} else if us[j] == "g" {
				grams = append(grams, n)
			} else if mm, ok := toMM(n, us[j]); ok {
				lengths = append(lengths, mm)
			}
		}
		for _, m := range measurePattern.FindAllStringSubmatch(v, -1) {
			n, unit, ok := parseMeasure(m[1], m[2])
			if !ok {
				continue
			}
			if unit == "ct" {
				weights = append(weights, n)
			} else if unit == "g" {
				grams = append(grams, n)
			} else if mm, ok := toMM(n, unit); ok {
				lengths = append(lengths, mm)
			}
		}
	}
	return lengths, weights, grams
}

// isExtender reports whether a measurement or attribute name is a
// chain's extender ("extender_cm", "Extension length").
func isExtender(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "extender") || strings.Contains(n, "extension")
}

// extenderWords are the words for a chain's extender in the supported
// languages (lower case, matched inside words: "Verlängerungskette",
// "jatkoketjun", "przedłużką", 延长链), read in the sentence of a length
// that is the piece's length plus its extender.
var extenderWords = []string{"extender", "extension", "rallonge", "verlänger", "prolung", "estension", "alargador", "extensión", "extensor",
	"extensão", "prolongador", "verleng", "förläng", "forlæng", "forleng", "jatke", "jatko", "przedłuż", "prodlouž", "prodluž", "uzatma",
	"προέκτασ", "προεκτασ", "επέκτασ", "وصلة", "تمديد", "アジャスター", "延長", "延长", "연장", "익스텐더"}

// extenderInSentence reports whether the sentence around byte b names
// the extender ("with the extender it reaches 45 cm"): a length and its
// extender added is true only where the copy says so.
func (c *checker) extenderInSentence(b int) bool {
	start := strings.LastIndexAny(c.text[:b], ".!?。！？\n") + 1
	end := len(c.text)
	if k := strings.IndexAny(c.text[b:], ".!?。！？\n"); k >= 0 {
		end = b + k
	}
	sent := strings.ToLower(c.text[start:end])
	// "a 50 cm chain with a 5 cm extender": the extender's own length in
	// the sentence makes the other number the chain's, not the sum.
	_, exts := extendedLengths(c.p)
	for _, re := range []*regexp.Regexp{measurePattern, c.lx.measure} {
		if re == nil {
			continue
		}
		for _, m := range findNumbered(re, sent) {
			for g := 4; g+1 < len(m); g += 2 {
				if m[g] < 0 {
					continue
				}
				unit := ""
				if re != measurePattern {
					unit = measureUnits[(g-4)/2]
				}
				n, u, ok := parseMeasure(sent[m[2]:m[3]], sent[m[g]:m[g+1]])
				if unit != "" {
					u = unit
				}
				if mm, ok2 := toMM(n, u); ok && ok2 && sumFits(mm, exts, 0.5) {
					return false
				}
				break
			}
		}
	}
	for _, w := range extenderWords {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// sumFits reports whether v is one of the sums as written, to the
// rounding of its last digit (step), without the 3% a restated length has.
func sumFits(v float64, sums []float64, step float64) bool {
	for _, w := range sums {
		if math.Abs(v-w) <= step/2+1e-9 {
			return true
		}
	}
	return false
}

// extendedLengths are the product's lengths with their extender added
// (length 23 cm, extender 4 cm: "reaches 27 cm with the extender"): each
// length measurement or attribute plus each extender's. Only that sum, not
// any sum of two sizes.
func extendedLengths(p *core.Product) (sums, exts []float64) {
	var pieces []float64
	add := func(name string, mm float64) {
		if isExtender(name) {
			exts = append(exts, mm)
		} else if strings.Contains(strings.ToLower(name), "length") {
			pieces = append(pieces, mm)
		}
	}
	for _, m := range p.Measurements {
		if mm, ok := toMM(m.Value, m.Unit); ok {
			add(m.Name, mm)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(p.Attributes)) {
		v := strings.TrimSpace(p.Attributes[k])
		if n, err := strconv.ParseFloat(strings.ReplaceAll(v, ",", "."), 64); err == nil {
			if mm, ok := toMM(n, keyUnit(k)); ok {
				add(k, mm)
			}
			continue
		}
		for _, m := range measurePattern.FindAllStringSubmatch(v, -1) {
			if n, unit, ok := parseMeasure(m[1], m[2]); ok {
				if mm, ok := toMM(n, unit); ok {
					add(k, mm)
				}
			}
		}
	}
	for _, l := range pieces {
		for _, e := range exts {
			sums = append(sums, l+e)
		}
	}
	return sums, exts
}

// parseMeasure reads "0,50" and a unit word into a value and mm, cm, in,
// ct or g.
func parseMeasure(num, unit string) (float64, string, bool) {
	n, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", "."), 64)
	if err != nil || n <= 0 {
		return 0, "", false
	}
	u := strings.ToLower(unit)
	switch {
	case u == "mm" || strings.HasPrefix(u, "millim") || strings.HasPrefix(u, "milím") || strings.HasPrefix(u, "milim"):
		return n, "mm", true
	case u == "cm" || strings.HasPrefix(u, "centim") || strings.HasPrefix(u, "centím") || strings.HasPrefix(u, "zentim"):
		return n, "cm", true
	case u == "in" || strings.HasPrefix(u, "inch") || u == `"` || u == "″":
		return n, "in", true
	case u == "g" || u == "gr" || strings.HasPrefix(u, "gram"):
		return n, "g", true
	case u == "mg" || strings.HasPrefix(u, "milligram"):
		return n / 200, "ct", true // a carat is 200 mg
	case u == "oz" || strings.HasPrefix(u, "ounce"):
		return n * gramsPerOunce, "g", true
	default:
		return n, "ct", true
	}
}

// gramsPerOunce is the avoirdupois ounce in grams.
const gramsPerOunce = 28.349523125

func toMM(v float64, unit string) (float64, bool) {
	switch unit {
	case "mm":
		return v, true
	case "cm":
		return v * 10, true
	case "in":
		return v * 25.4, true
	}
	return 0, false
}

// near reports whether v is one of want within the rounding a writer uses:
// 3% or half a unit of the last written digit.
func near(v float64, want []float64, slack float64) bool {
	for _, w := range want {
		if math.Abs(v-w) <= math.Max(0.03*w, slack) {
			return true
		}
	}
	return false
}

// measurements compares every size and weight in the copy with the
// product's. A product that states none has nothing to compare with.
func (c *checker) measurements() {
	lengths, weights, grams := productMeasures(c.p)
	if len(lengths) == 0 && len(weights) == 0 && len(grams) == 0 {
		return
	}
	c.grams = grams
	c.extended, _ = extendedLengths(c.p)
	c.spelledMeasures(lengths)
	var seenBuf [8]int
	seen := seenBuf[:0]
	for _, loc := range findNumbered(measurePattern, c.text) {
		seen = append(seen, loc[2])
		c.measure(loc[2], loc[3], loc[4], loc[5], "", lengths, weights)
	}
	if c.lx.measure != nil && c.mayHaveUnitWord() {
		// The locale's own unit words ("senttimetriä", "سم", "厘米", "캐럿").
		for _, loc := range findNumbered(c.lx.measure, c.text) {
			if slices.Contains(seen, loc[2]) {
				continue
			}
			for g, unit := range measureUnits {
				if us := loc[4+2*g]; us >= 0 {
					c.measure(loc[2], loc[3], us, loc[5+2*g], unit, lengths, weights)
					break
				}
			}
		}
	}
	// A list of other lengths beside the piece's own, said elsewhere in
	// the copy ("45 cm; also in 40 and 50 cm"), is the other variants.
	if !c.lengthSaid {
		for _, m := range c.lists {
			c.add(RuleMeasurement, core.SeverityBlock, m,
				fmt.Sprintf("says %q; the product measures %s", c.surface(m.start, m.end), formatList(lengths, "mm")))
		}
	}
	c.lists = c.lists[:0]
}

// anchoredPatterns holds ^(?:re) for each pattern findNumbered runs.
var anchoredPatterns sync.Map // *regexp.Regexp -> *regexp.Regexp

// findNumbered is re.FindAllStringSubmatchIndex(text, -1) for a pattern
// whose every match starts with \d+ and that looks at nothing before its
// match (the measure patterns): it tries the pattern, anchored, only where
// a run of digits starts, instead of at every byte of the text. A match
// can start inside a run of digits only where one starting earlier in the
// run also would (\d+ takes the extra digits), so the leftmost matches
// are the same; TestFindNumberedMatchesFindAll and FuzzFindNumbered
// compare the two.
// anchoredPattern is ^(?:re), compiled once.
func anchoredPattern(re *regexp.Regexp) *regexp.Regexp {
	a, ok := anchoredPatterns.Load(re)
	if !ok {
		a, _ = anchoredPatterns.LoadOrStore(re, regexp.MustCompile(`^(?:`+re.String()+`)`))
	}
	return a.(*regexp.Regexp)
}

func findNumbered(re *regexp.Regexp, text string) [][]int {
	anchored := anchoredPattern(re)
	var out [][]int
	pos := 0
	for q := 0; q < len(text); q++ {
		if text[q] < '0' || text[q] > '9' || q > pos && text[q-1] >= '0' && text[q-1] <= '9' {
			continue
		}
		loc := anchored.FindStringSubmatchIndex(text[q:])
		if loc == nil {
			continue
		}
		for i := range loc {
			if loc[i] >= 0 {
				loc[i] += q
			}
		}
		out = append(out, loc)
		pos = loc[1]
		q = pos - 1 // the loop's q++ resumes at the match's end
	}
	return out
}

// measure compares the number at text[ns:ne] with the unit at
// text[us:ue] (unit "" reads it from the unit word) with the product's
// lengths and weights.
func (c *checker) measure(ns, ne, us, ue int, unit string, lengths, weights []float64) {
	num, unitWord := strings.ReplaceAll(c.text[ns:ne], "٫", "."), c.text[us:ue] // "9٫5": the Arabic decimal separator
	// A measure joined by a hyphen ("an 18-inch chain", "a 6-mm stone",
	// "eine 45-cm-Kette") is a measure (#13, facts40, probe 40's
	// 40C103-3); "2-in-1" and a hyphen before a quote mark are not.
	if sep := c.text[ne:us]; strings.ContainsAny(sep, "-‑") && (strings.EqualFold(unitWord, "in") || unitWord == `"` || unitWord == "″") {
		return
	}
	// "7 1/2 in", "7½ in" (folded to "71⁄2"), "½ in": the number read is
	// the fraction's denominator; the value is the whole and the fraction.
	frac, fracStart, fracOK := fractionBefore(c.text[:ns], num)
	lo, rangeStart, isRange := 0.0, 0, false
	if !fracOK && ns > 0 {
		// part of a longer number, a range ("45-50 cm", "40 to 45 cm") or
		// a list ("55, 58, 60 and 62 mm": sizes offered, not the size)
		if l, rs, ok := c.rangeBefore(c.text[:ns]); ok {
			lo, rangeStart, isRange = l, rs, true
		} else if r, _ := utf8.DecodeLastRuneInString(c.text[:ns]); (r == '.' || r == ',') && !clauseStop(c.text[:ns]) || r == '-' || r == '–' || r == '/' || r == '⁄' || (r >= '0' && r <= '9') {
			if r == '/' && c.inNumberList(c.text[:ns]) {
				c.measureList(ns, ne, us, ue, unit, lengths) // "40/45/50 cm"
			}
			return
		}
		if !isRange && c.inNumberList(c.text[:ns]) {
			c.measureList(ns, ne, us, ue, unit, lengths)
			return
		}
	}
	if !fracOK && !isRange && c.unitListed(ns, us, ue) {
		return // "2 mm, 3 mm or 4 mm", "40cm、45cm、50cm": sizes offered
	}
	if u := strings.ToLower(unitWord); u == "in" && c.prepositionIn(ue) {
		return // "size 7 in rose gold", "52 in Silber"
	}
	if !fracOK && c.rangeAfter(ue) {
		return // "40 cm to 45 cm": the second end reads the range
	}
	v, u, ok := parseMeasure(num, unitWord)
	if !ok {
		return
	}
	if unit != "" {
		u = unit
	}
	if strings.HasSuffix(unitWord, ".") && c.timeAfterByte(ue) {
		return // "πριν από 300 εκ. χρόνια": "εκ." is millions, of years
	}
	// The bare sides before a length's number ("16 × 12 mm", "18 por 12
	// mm", 16×12毫米) carry its unit and are compared like it (#13, dims28).
	var sides []dimSide
	sideStart := 0
	if !fracOK && !isRange && ns > 0 && (u == "mm" || u == "cm" || u == "in") {
		sides, sideStart = c.dimensionSidesBefore(c.text[:ns])
	}
	start := utf8.RuneCountInString(c.text[:ns])
	end := start + utf8.RuneCountInString(c.text[ns:ue])
	if fracOK {
		start = utf8.RuneCountInString(c.text[:fracStart])
	} else if isRange {
		start = utf8.RuneCountInString(c.text[:rangeStart])
	} else if len(sides) > 0 {
		start = utf8.RuneCountInString(c.text[:sideStart])
	}
	if c.isMasked(start, end) || c.aboutOtherItemAt(start, true) {
		return // "pair it with our 45 cm chain": the chain's length
	}
	if c.millesimalShare(num, us) {
		return // "χρυσός 18 καρατίων, 750 χιλιοστά": thousandths of gold, not millimetres
	}
	decimals := 0
	if i := strings.IndexAny(num, ".,"); i >= 0 {
		decimals = len(num) - i - 1
	}
	slack := 0.5 * math.Pow(10, -float64(decimals))
	if w, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", "."), 64); err == nil && w > 0 && !fracOK && (u == "ct" || u == "g") {
		slack *= v / w // written in mg or oz: the rounding in ct or g
	}
	step := 2 * slack
	hedged := false
	if k := c.tokenAt(start); k >= 0 {
		hedged = c.hedgedBefore(k)
	}
	hedged = hedged || c.hedgeSign(start) || c.hedgedAfter(utf8.RuneCountInString(c.text[:ue]))
	if fracOK {
		step = 1 / v
		v = frac
		slack = step / 2
	}
	if (u == "in" || u == "cm" || u == "mm") && c.halfAfter(utf8.RuneCountInString(c.text[:ue])) {
		v += 0.5 // "9 pouces et demi", "7インチ半"
		step = 0.5
	}
	what := c.surface(start, end)
	switch u {
	case "ct":
		// "18ct white gold", "or blanc 18 carats", "18 Karat Gelbgold": a
		// fineness (the karat check reads it); "10 carats de diamants" a
		// weight; "18 carats" alone a fineness, "18 ct" alone a weight.
		if decimals > 0 && !fracOK && !strings.HasPrefix(strings.ToLower(unitWord), "m") && c.caratSense(start, end, v) == caratFineness {
			c.decimalKarat(start, end, v, slack)
			return
		}
		if decimals == 0 && !strings.HasPrefix(strings.ToLower(unitWord), "m") {
			switch c.caratSense(start, end, v) {
			case caratFineness:
				return
			case caratUnread:
				if goldKarats[v] && !strings.EqualFold(unitWord, "ct") {
					return
				}
			}
		}
		if decimals == 0 && !fracOK && !strings.HasPrefix(strings.ToLower(unitWord), "m") {
			slack = math.Min(slack, wholeCaratSlack)
			if hedged {
				slack = math.Max(slack, hedgedCaratShare*v) // "about 1 ct", "ca. 1 Karat"
			}
		}
		if len(weights) == 0 || c.weightFits(v, weights, slack, c.eachNear(start, end)) || c.weightCompared(start, end) || c.centreStoneWeight(start, end, v, slack, weights) {
			return
		}
		if c.singleStoneWeight(start, v, weights) {
			c.add(RuleMeasurement, core.SeverityWarn, match{start: start, end: end},
				fmt.Sprintf("says %q; the product's carat weight is %s, with other stones: the weight of the one stone it follows is not in the data (check)", what, formatList(weights, "ct")))
			return
		}
		c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
			fmt.Sprintf("says %q; the product's carat weight is %s", what, formatList(weights, "ct")))
	case "g":
		if len(c.grams) == 0 || near(v, c.grams, slack) {
			return
		}
		c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
			fmt.Sprintf("says %q; the product weighs %s", what, formatList(c.grams, "g")))
	default:
		mm, _ := toMM(v, u)
		s, _ := toMM(step, u)
		if len(lengths) == 0 {
			return
		}
		if isRange {
			l, _ := toMM(lo, u)
			if rangeFits(l, mm, lengths, s) || c.wearerNear(start, utf8.RuneCountInString(c.text[:ue])) {
				return
			}
		} else if (fitsAnyLength(mm, lengths, s, hedged) || sumFits(mm, c.extended, s) && c.extenderInSentence(ns)) && c.sidesFit(sides, u, lengths, hedged) {
			c.lengthSaid = true
			return // "reaches 27 cm with the extender": the length and its extender
		}
		c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
			fmt.Sprintf("says %q; the product measures %s", what, formatList(lengths, "mm")))
	}
}

// weightCompared reports whether the carat weight at runes [start, end)
// is the weight of a stone the piece is compared with or likened to, not
// the piece's: a word of comparison (than_before) right before the
// weight's noun phrase, at most a determiner between ("compared with a 1
// carat diamond", "qu'un diamant de 1 carat"), or a contrast_after word
// right after the stone it weighs ("1캐럿 다이아몬드와는 달리", "1 karat
// pırlantadan farklı"); a verb of looks or a look noun before it ("the
// look of a 1 carat diamond", "looks like a 1 ct diamond", "l'allure d'un
// diamant de 1 carat", imitated). FTC 16 CFR 23.17(a)
// (23.18(a) since 2018) forbids misstating the weight of the diamond
// offered; a stone named only to compare is not offered.
func (c *checker) weightCompared(start, end int) bool {
	k := c.tokenAfter(start)
	if k >= len(c.toks) {
		return false
	}
	if num := (match{ti: k, tj: k}); c.comparedWith(num) || c.resembled(num) || c.lookOf(num) || c.likeBefore(num) {
		return true
	}
	last := k
	for last+1 < len(c.toks) && c.toks[last+1].start < end {
		last++
	}
	for _, m := range c.ms {
		if m.ti > last+2 {
			break
		}
		if m.f.kind != kindStone && m.f.kind != kindStoneNoun {
			continue
		}
		// the stone after the unit ("1캐럿 다이아몬드와는 달리"), or before
		// the number, a link word at most between ("qu'un diamant de 1
		// carat", "im Vergleich zu einem Diamanten von 1 Karat")
		if m.ti > last && !c.toks[m.ti].brk {
			return c.comparedAfter(m) || c.resembled(m)
		}
		if (m.tj == k-1 || m.tj == c.caratLinkBefore(k-1)) && !c.toks[k].brk && !c.toks[m.tj+1].brk && (c.imitated(m) || c.likeBefore(m)) {
			return true
		}
	}
	return false
}

// wholeCaratSlack is how far a whole number of carats may be from the
// product's weight: "1 carat" is read as "1.0 carat", not as anything from
// 0.5 to 1.5 ct (a "1 ct diamond" on a 0.5 ct stone). A carat weight is
// stated to be accurate: to the last decimal written, and a weight of one
// decimal to the second (FTC Jewelry Guides, 16 CFR 23.17(c), 23.18(c)
// since 2018; CIBJO Diamond Book, weight rounded down to the second
// decimal); near still allows its 3%.
const wholeCaratSlack = 0.05

// hedgedCaratShare is the share of a hedged whole carat weight ("about 1
// ct", "ca. 1 Karat", "environ 1 carat") the product's may differ by: a
// weight said not to be exact is read within the range the trade's
// fraction charts give a stated weight (FTC 16 CFR 23.17(d): a disclosed
// range of weight), not as any weight half a carat away.
const hedgedCaratShare = 0.1

// measureUnits are the units of a vocabulary's measure_units, in the
// order of the groups of its compiled pattern.
var measureUnits = [...]string{"mm", "cm", "in", "ct", "g"}

// compileMeasureUnits builds the pattern of a language's unit words
// (measure_units: {mm: [...], cm: [...], in: [...], ct: [...]}): a number,
// then one of the words, which takes any ending in alphabetic scripts
// ("senttimetri" reads "senttimetrin", "senttimetriä"; "εκατοστ" reads
// "εκατοστά"); a word ending in a full stop is an abbreviation, read only
// as written ("45 εκ.", "12 χιλ."). Nil when the vocabulary lists none.
func compileMeasureUnits(units map[string][]string) (*regexp.Regexp, error) {
	if len(units) == 0 {
		return nil, nil
	}
	var b strings.Builder
	b.WriteString(`(?i)(\d+(?:[.,٫]\d+)?)(?:[\s\p{Zs}]*|[-‑][\s\p{Zs}]?)(?:`)
	for g, u := range measureUnits {
		if g > 0 {
			b.WriteByte('|')
		}
		b.WriteByte('(')
		ws := units[u]
		if len(ws) == 0 {
			b.WriteString(`\x{0}\x{0}`) // a group that never matches
		}
		for i, w := range ws {
			if i > 0 {
				b.WriteByte('|')
			}
			w = strings.TrimSuffix(w, "*")
			b.WriteString(regexp.QuoteMeta(w))
			if strings.HasSuffix(w, ".") {
				continue // an abbreviation, read as written ("εκ.", "χιλ.")
			}
			if r, _ := utf8.DecodeLastRuneInString(w); !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				b.WriteString(`\p{L}*`) // any ending: "senttimetrin", "centymetrów"
			}
		}
		b.WriteByte(')')
	}
	for u := range units {
		if !slices.Contains(measureUnits[:], u) {
			return nil, fmt.Errorf("measure_units: unit %q: want mm, cm, in, ct or g", u)
		}
	}
	b.WriteByte(')')
	return regexp.Compile(b.String())
}

// unitFirstRunes are the lower-case first letters of the unit words.
func unitFirstRunes(units map[string][]string) map[rune]bool {
	m := map[rune]bool{}
	for _, ws := range units {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			m[unicode.ToLower(r)] = true
			m[unicode.ToUpper(r)] = true
		}
	}
	return m
}

// weightFits: the total, or the weight of one stone of a group when the
// total is shared out ("two 0.25 ct sapphires", total 0.5). A weight said
// to be each stone's (each true: "0,5 quilates cada um") is one stone's
// only: on a piece whose stones come in a group of more than one it must
// be the total shared out, not the total itself.
func (c *checker) weightFits(v float64, weights []float64, slack float64, each bool) bool {
	grouped := false
	for _, st := range c.p.Stones {
		grouped = grouped || st.Count > 1
	}
	if (!each || !grouped) && near(v, weights, slack) {
		return true
	}
	for _, st := range c.p.Stones {
		if st.Count > 1 {
			for _, w := range weights {
				if math.Abs(v*float64(st.Count)-w) <= math.Max(0.03*w, slack*float64(st.Count)) {
					return true
				}
			}
		}
	}
	return false
}

func formatList(vs []float64, unit string) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = strconv.FormatFloat(v, 'f', -1, 64) + " " + unit
	}
	return strings.Join(parts, ", ")
}

// listBefore matches the end of the text before a number that continues a
// list of numbers: "55, 58," or "60 and", "60 et", "60 und", "60 e", "60 y", "60 o".
var listBefore = regexp.MustCompile(`(?i)\d\s*(?:,|/|;|\band|\bor|\bet|\bou|\bund|\boder|\be|\bo|\by|\bu)\s*$`)

// A match ends at the end and spans a digit, blanks, a separator of at
// most four ASCII letters and blanks, so the expression runs on that tail
// (listTail) rather than on all the text before the number: the same
// answer, without a scan of the whole prefix for every number.
func inNumberList(before string) bool { return listBefore.MatchString(before[listTail(before):]) }

// listTail is the earliest offset at which a match of listBefore in s can
// start: the digit before the blanks before a separator that ends where
// the trailing blanks begin. Bytes before it are never looked at by such a
// match (its word boundaries fall inside it).
func listTail(s string) int {
	i := len(s)
	for i > 0 && reSpace(s[i-1]) {
		i--
	}
	p := i
	for l := 1; l <= 4 && i-l >= 0; l++ {
		j := i - l
		for j > 0 && reSpace(s[j-1]) {
			j--
		}
		p = min(p, j-1)
	}
	return max(p, 0)
}

// clauseStop reports whether the '.' or ',' that ends before (the text
// before a number) follows a Han, kana or Hangul character: the
// full-width comma or stop of Chinese, Japanese or Korean that ends a
// clause glued to the number, not the separator of a decimal ("1,5",
// ".5") the number goes on. Those scripts write no space after their
// full-width comma (U+FF0C), which the checker's NFKC fold turns into ","
// (Unicode Standard Annex #15, compatibility decomposition), so
// "鍊節服貼頸間，50 cm 長度" was read as "…間,50 cm", the tail of a
// decimal; the length after it is a length of its own (#13, read58:
// held-out 58A zh-TW 58A01-3). A Latin letter before the stop ("No.5")
// stays unread as before.
func clauseStop(before string) bool {
	s := before[:len(before)-1]
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// reSpace is the expression syntax's \s: [\t\n\f\r ].
func reSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }

// mayHaveUnitWord reports whether a number in the text is followed, after
// spaces, by a letter that starts one of the language's unit words: a
// cheap test that spares most texts the unit pattern.
func (c *checker) mayHaveUnitWord() bool {
	t := c.text
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			continue
		}
		j := i + 1
		for j < len(t) && (t[j] >= '0' && t[j] <= '9' || t[j] == '.' || t[j] == ',') {
			j++
		}
		for j < len(t) && t[j] == ' ' {
			j++
		}
		if j < len(t) && t[j] == '-' && j > i+1 && t[j-1] != ' ' {
			j++ // "45-centymetrowy"
		}
		if j < len(t) {
			r, _ := utf8.DecodeRuneInString(t[j:])
			if c.lx.unitFirst[unicode.ToLower(r)] {
				return true
			}
		}
		i = j - 1
	}
	return false
}

// eachNear reports whether one of the language's each_words stands within
// three words after the weight at runes [start, end) or two words before
// it, in its clause: "0.25 ct each", "0,5 quilates cada um", "je 0,25
// Karat", "各0.25克拉". An each-word after a conjunction that follows the
// weight opens the next clause, whose subject it is ("toplam ağırlığı
// 0,35 karattır ve her biri ... tutturulmuştur", "weigh 0.35 ct in all
// and each is set ...": the total, then each stone's setting; #13,
// misc48, released 48B tr-TR 48B102-1).
func (c *checker) eachNear(start, end int) bool {
	if c.lx.each.size() == 0 {
		return false
	}
	first := -1
	for k, t := range c.toks {
		if t.end > start {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	last := first
	for last+1 < len(c.toks) && c.toks[last+1].start < end {
		last++
	}
	reach := 3
	if last+1 < len(c.toks) && !c.toks[last+1].brk && eachDisjunctions[c.toks[last+1].s] {
		// "0,35 quilates ou mais cada um", "of meer per steen", "veya daha
		// fazla her biri": a bound of the weight before its each-phrase
		// (#13, open49)
		reach = 5
	}
	for k := last + 1; k < len(c.toks) && k <= last+reach && !c.toks[k].brk; k++ {
		if hasDigit(c.toks[k].s) {
			break // "1.1 ct and 0.55 ct each": the next number's word
		}
		if eachClauseConjunctions[c.toks[k].s] && c.lx.each.startsAt(c.toks, k+1) {
			// "0,35 karattır ve her biri": the next clause's subject; not
			// a disjunction ("0.35 ct or more each", "ou plus chacun": a
			// least weight of each stone) nor an each-word further on
			// (#13, adv48b)
			break
		}
		if c.lx.each.endsAt(c.toks, k) {
			return true
		}
	}
	if first > 0 && !c.toks[first].brk && c.lx.eachBefore.endsAt(c.toks, first-1) {
		return true // "pięć rubinów po 0,35 karata" (#13, open49)
	}
	if c.eachSubject(first) && !c.totalAfter(last) {
		return true
	}
	for k := first - 1; k >= 0 && k >= first-2 && !c.toks[k+1].brk; k-- {
		if hasDigit(c.toks[k].s) {
			break
		}
		if s := c.lx.each.startOf(c.toks, k); s >= 0 {
			// "5 mm each and 1.1 ct together", "5 mm cada uno y 1,1 ct": an
			// each-word right after another number and its unit is that
			// number's, not this one's
			if s >= 2 && !c.toks[s].brk && hasDigit(c.toks[s-2].s) && !hasDigit(c.toks[s-1].s) {
				return false
			}
			return true
		}
	}
	return false
}

// eachSubjectReach is how many tokens before a weight an each-word that
// opens its clause may stand: "Cada uno de los cinco rubíes pesa 0,35".
const eachSubjectReach = 7

// eachSubject reports whether an each-word opening the clause of the
// weight whose first token is first stands at most eachSubjectReach tokens
// before it, with no number, clause break or category word between: the
// clause's subject is each stone ("Each ruby weighs 0.35 ct", "Jeder der
// fünf Rubine wiegt 0,35 Karat", "Każdy z pięciu rubinów waży", "and each
// stone weighs 0.35 ct"); "Each earring holds 0.35 ct" is not (#13,
// open49, adv48b's open rows).
func (c *checker) eachSubject(first int) bool {
	for k := first - 1; k >= 0 && k >= first-eachSubjectReach && !c.toks[k+1].brk; k-- {
		if hasDigit(c.toks[k].s) || c.categoryAt(k) || c.lx.totals.endsAt(c.toks, k) {
			return false // a number, a piece, a total ("각각 … 다섯 개를 세팅해 총 0.5캐럿")
		}
		if !c.lx.each.opensAt(c.toks, k) && !c.lx.eachSubject.opensAt(c.toks, k) {
			continue
		}
		if e := c.lx.each.startOf(c.toks, first-1); e >= 0 && e >= k {
			return false // an each-word right before the weight: the look of two words decides
		}
		return k == 0 || c.toks[k].brk || eachClauseConjunctions[c.toks[k-1].s]
	}
	return false
}

// totalAfter reports whether a total (count_totals) starts within two
// tokens after token last in its clause: "per 0,5 carati in totale".
func (c *checker) totalAfter(last int) bool {
	for k := last + 1; k < len(c.toks) && k <= last+2 && !c.toks[k].brk; k++ {
		if c.lx.totals.startsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// eachDisjunctions are the disjunctions that, right after a weight, open
// a bound of it ("or more", "ou plus", "eller mer", "veya daha fazla")
// before an each-phrase (#13, open49); folded, as tokens are (el ή: η).
var eachDisjunctions = map[string]bool{"or": true, "ou": true, "oder": true, "o": true, "eller": true, "of": true,
	"tai": true, "lub": true, "albo": true, "nebo": true, "veya": true, "ya": true, "η": true, "أو": true}

// timeAfterByte reports whether a unit of time (time_units) is the token
// right after byte offset b.
func (c *checker) timeAfterByte(b int) bool {
	w := c.lx.timeUnits
	if w.empty() {
		return false
	}
	r := utf8.RuneCountInString(c.text[:b])
	for k, t := range c.toks {
		if t.start < r {
			continue
		}
		// the unit of time right after the abbreviation: "300 εκ. χρόνια";
		// not one a word later ("αλυσίδα 50 εκ. για χρόνια", a chain of
		// 50 cm for years of wear; #13, adv48b)
		return w.span(c.toks, k) == k
	}
	return false
}

// eachClauseConjunctions are the copulative conjunctions (scope.go
// conjunctions less the disjunctions, #13 adv48b, and less the words that
// are also a preposition or an article of another language: "en cada
// piedra", "a pietra", "of each") that, right before an each-word, open
// the clause whose subject it is.
var eachClauseConjunctions = map[string]bool{"and": true, "et": true, "und": true, "e": true, "y": true, "och": true,
	"og": true, "ja": true, "i": true, "ve": true, "και": true}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// measureList compares a list of lengths offered, whose last number
// carries the unit ("40, 45 or 50 cm", "16/18/20 cm", "40、45、50cm"),
// with the product: the list is true when one of its lengths is the
// product's (or its length with the extender), or when an attribute of
// the product lists its numbers ("lengths": "16, 18, 20 cm"); a list of
// which no length is the piece's is a wrong measurement, unless the
// piece's own length is said elsewhere in the copy (measurements reports
// it at the end). A list near the
// wearer's body ("fits wrists of 15, 16 or 17 cm") or about another item
// is not compared.
func (c *checker) measureList(ns, ne, us, ue int, unit string, lengths []float64) {
	if len(lengths) == 0 {
		return
	}
	num := strings.ReplaceAll(c.text[ns:ne], "٫", ".")
	v, u, ok := parseMeasure(num, c.text[us:ue])
	if !ok {
		return
	}
	if unit != "" {
		u = unit
	}
	if u != "mm" && u != "cm" && u != "in" {
		return
	}
	vals := []float64{v}
	first := ns
	s := c.text[:ns]
	for len(vals) < 24 {
		t, ok := c.listSepBefore(trimBlanks(s))
		if !ok {
			rest, w := wordBefore(trimBlanks(s))
			if !asciiListWords[strings.ToLower(w)] {
				break
			}
			t = rest
		}
		t = trimBlanks(t)
		x, j, ok := numberBefore(t)
		if !ok {
			break
		}
		vals = append(vals, x)
		first, s = j, t[:j]
	}
	if len(vals) < 2 {
		return
	}
	start := utf8.RuneCountInString(c.text[:first])
	end := utf8.RuneCountInString(c.text[:ue])
	if c.isMasked(start, end) || c.aboutOtherItemAt(start, true) || c.wearerNear(start, end) {
		return
	}
	step, _ := toMM(1, u)
	for _, x := range vals {
		mm, _ := toMM(x, u)
		if fitsAnyLength(mm, lengths, step, false) || sumFits(mm, c.extended, step) {
			c.lengthSaid = true
			return
		}
	}
	if c.attributeLists(vals) {
		return
	}
	c.lists = append(c.lists, match{start: start, end: end})
}

// asciiListWords are the list words listBefore reads in every language.
var asciiListWords = map[string]bool{"and": true, "or": true, "et": true, "ou": true, "und": true, "oder": true, "e": true, "o": true, "y": true, "u": true}

// attributeLists reports whether one attribute value of the product holds
// every number of vals ("lengths": "16, 18, 20 cm").
func (c *checker) attributeLists(vals []float64) bool {
	for _, a := range c.p.Attributes {
		var have []float64
		for i := 0; i < len(a); {
			if a[i] < '0' || a[i] > '9' {
				i++
				continue
			}
			j := i
			for j < len(a) && (a[j] >= '0' && a[j] <= '9' || a[j] == '.' && j+1 < len(a) && a[j+1] >= '0' && a[j+1] <= '9') {
				j++
			}
			if x, err := strconv.ParseFloat(a[i:j], 64); err == nil {
				have = append(have, x)
			}
			i = j
		}
		all := len(have) > 0
		for _, v := range vals {
			all = all && slices.Contains(have, v)
		}
		if all {
			return true
		}
	}
	return false
}

// singleStoneWeight reports whether the carat weight v at rune start is
// the weight of one stone of several groups, which the product's data do
// not give (#13, facts40; released 40's it-IT 40A104: "un'acquamarina …
// da 8 x 6 mm, circa 1,20 carati, affiancata da piccoli diamanti" on a
// ring of 1.24 ct in all, the aquamarine and two diamonds): the nearest
// stone before it in its sentence (or, with none, the first after it) is
// a stone the product has one of, the
// product has stones of another group too, and v is below the total. Such
// a weight warns; one above the total, one of a stone the product has
// several of, and one on a piece of one stone still block (FTC 16 CFR
// 23.18(a): the weight of the stone offered may not be misstated; the
// total given is no weight of the one stone).
func (c *checker) singleStoneWeight(start int, v float64, weights []float64) bool {
	if len(c.p.Stones) < 2 || v >= slices.Max(weights) {
		return false
	}
	k := c.tokenAfter(start)
	if k >= len(c.toks) {
		return false
	}
	s, e := c.sentenceOf(k)
	one := func(m match) bool {
		ok := false
		for si, st := range c.p.Stones {
			if si < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[si].types, m.f.value) {
				if st.Count > 1 {
					return false
				}
				ok = true
			}
		}
		return ok
	}
	for i := len(c.ms) - 1; i >= 0; i-- {
		m := c.ms[i]
		if m.tj >= k || m.f.kind != kindStone {
			continue
		}
		if m.ti < s {
			break
		}
		return one(m)
	}
	// Where the weight modifies the stone after it (fi "1,20 karaatin
	// akvamariini", tr "1,20 karatlık bir akuamarin", 1.20カラットの
	// アクアマリン, 约1.20克拉的海蓝宝石), the first stone after it.
	for _, m := range c.ms {
		if m.ti <= k || m.f.kind != kindStone {
			continue
		}
		if m.ti > e {
			break
		}
		return one(m)
	}
	return false
}
