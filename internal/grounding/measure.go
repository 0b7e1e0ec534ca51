package grounding

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// RuleMeasurement is a size or weight in the copy that the product's
// measurements, attributes or total carat weight contradict.
const RuleMeasurement = "grounding.measurement"

// measurePattern finds a number with a unit of length or weight. Units are
// written the same way in the five languages with data, except the words
// for centimetre, millimetre, inch and carat.
var measurePattern = regexp.MustCompile(`(?i)(\d+(?:[.,]\d+)?)\s*(mm|cm|millim[eè]t(?:re|er|ro|ri|ros)s?|centim[eè]t(?:re|er|ro|ri|ros)s?|mil[ií]metros?|cent[ií]metros?|zentimeter[n]?|millimeter[n]?|inch(?:es)?|in\b|"|″|ct\b|ctw\b|tcw\b|carats?|karat|carati?|quilates?)(?:$|[^\p{L}])`)

// goldKarats are the numbers that, with "carats"/"Karat"/"quilates", are
// a gold fineness rather than a weight ("or blanc 18 carats").
var goldKarats = map[float64]bool{8: true, 9: true, 10: true, 14: true, 18: true, 22: true, 24: true}

// productMeasures collects the product's lengths (in mm) and weights (in
// ct): structured measurements, attributes such as "45 cm" or
// {"diameter_mm": "11"}, and the total carat weight.
func productMeasures(p *core.Product) (lengths, weights []float64) {
	for _, m := range p.Measurements {
		switch m.Unit {
		case "ct":
			weights = append(weights, m.Value)
		default:
			if mm, ok := toMM(m.Value, m.Unit); ok {
				lengths = append(lengths, mm)
			}
		}
	}
	if p.TotalCaratWeight > 0 {
		weights = append(weights, p.TotalCaratWeight)
	}
	for k, v := range p.Attributes {
		lk := strings.ToLower(k)
		if n, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(v), ",", "."), 64); err == nil {
			for _, suf := range []string{"_mm", "_cm", "_in", "_ct"} {
				if strings.HasSuffix(lk, suf) {
					if suf == "_ct" {
						weights = append(weights, n)
					} else if mm, ok := toMM(n, suf[1:]); ok {
						lengths = append(lengths, mm)
					}
				}
			}
			continue
		}
		for _, m := range measurePattern.FindAllStringSubmatch(v, -1) {
			n, unit, ok := parseMeasure(m[1], m[2])
			if !ok {
				continue
			}
			if unit == "ct" {
				weights = append(weights, n)
			} else if mm, ok := toMM(n, unit); ok {
				lengths = append(lengths, mm)
			}
		}
	}
	return lengths, weights
}

// parseMeasure reads "0,50" and a unit word into a value and mm, cm, in or ct.
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
	default:
		return n, "ct", true
	}
}

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
	lengths, weights := productMeasures(c.p)
	if len(lengths) == 0 && len(weights) == 0 {
		return
	}
	for _, loc := range measurePattern.FindAllStringSubmatchIndex(c.text, -1) {
		num, unitWord := c.text[loc[2]:loc[3]], c.text[loc[4]:loc[5]]
		if loc[2] > 0 {
			// part of a longer number or a range ("45-50 cm" reads 50)
			if r, _ := utf8.DecodeLastRuneInString(c.text[:loc[2]]); r == '.' || r == ',' || r == '-' || r == '–' || (r >= '0' && r <= '9') {
				continue
			}
		}
		if inNumberList(c.text[:loc[2]]) {
			continue // "55, 58, 60 and 62 mm": sizes offered, not the size
		}
		v, unit, ok := parseMeasure(num, unitWord)
		if !ok {
			continue
		}
		start := utf8.RuneCountInString(c.text[:loc[2]])
		end := start + utf8.RuneCountInString(c.text[loc[2]:loc[5]])
		if c.isMasked(start, end) || c.aboutOtherItem(start) {
			continue // "pair it with our 45 cm chain": the chain's length
		}
		decimals := 0
		if i := strings.IndexAny(num, ".,"); i >= 0 {
			decimals = len(num) - i - 1
		}
		slack := 0.5 * math.Pow(10, -float64(decimals))
		what := c.text[loc[2]:loc[5]]
		switch unit {
		case "ct":
			// "18 carats" with gold is a fineness (the karat check reads it).
			if decimals == 0 && goldKarats[v] && !strings.EqualFold(unitWord, "ct") {
				continue
			}
			if len(weights) == 0 || c.weightFits(v, weights, slack) {
				continue
			}
			c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
				fmt.Sprintf("says %q; the product's carat weight is %s", what, formatList(weights, "ct")))
		default:
			mm, _ := toMM(v, unit)
			s, _ := toMM(slack, unit)
			if len(lengths) == 0 || near(mm, lengths, s) {
				continue
			}
			c.add(RuleMeasurement, core.SeverityBlock, match{start: start, end: end},
				fmt.Sprintf("says %q; the product measures %s", what, formatList(lengths, "mm")))
		}
	}
}

// weightFits: the total, or the weight of one stone of a group when the
// total is shared out ("two 0.25 ct sapphires", total 0.5).
func (c *checker) weightFits(v float64, weights []float64, slack float64) bool {
	if near(v, weights, slack) {
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

func inNumberList(before string) bool { return listBefore.MatchString(before) }
