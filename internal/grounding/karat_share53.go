package grounding

import (
	"math"
	"regexp"
	"strconv"
	"strings"
)

// karat_share53.go (#13, mat53): a fineness whose own sentence states
// the share of gold of the piece's fineness, not its own, is the piece's
// fineness misstated, not a step of the karat scale the copy explains.
// "素材のK18ローズゴールドは、純金を58.5%含み…" on 14k rose gold hoops (probe
// 53D ja-JP 53D101-2, metal_wrong) passed: the sentence states a share of
// gold, so scaleFineness read K18 as the scale's; but 58.5 per cent is
// 14 karat's share (14/24), which the product has, and no share of 18
// karat (75 per cent) is stated. Where every percentage of the sentence
// differs from the karat's share (by more than karatShareSlack points)
// and one is the share of a karat of the product, the karat is said of
// the piece and compared as before. "14k gold holds 58.5 per cent gold",
// "9k only 37.5 per cent" and a sentence with no percentage stay the
// scale's.

// karatShareSlack is how far in percentage points a stated share may be
// from a karat's (58.3 or 58.5 for 14 karat, 41.7 or 41.6 for 10).
const karatShareSlack = 0.6

// percentNumber is a number before a percent sign.
var percentNumber = regexp.MustCompile(`(\d+(?:[.,]\d+)?)[\s\p{Zs}]?[%％٪]`)

// shareMisstated reports whether the sentence s..e states percentages,
// none of them the share of the karat m, one of them the share of one of
// the product's karats (see above).
func (c *checker) shareMisstated(m match, s, e int) bool {
	own, ok := karatPercent(m.f.value)
	if !ok {
		return false
	}
	end := len(c.text)
	if e+1 < len(c.toks) {
		end = c.byteAt(c.toks[e+1].start)
	}
	productShare := false
	for _, g := range percentNumber.FindAllStringSubmatch(c.text[c.byteAt(c.toks[s].start):end], -1) {
		v, err := strconv.ParseFloat(strings.ReplaceAll(g[1], ",", "."), 64)
		if err != nil {
			continue
		}
		if math.Abs(v-own) <= karatShareSlack {
			return false
		}
		for _, k := range c.facts.karats {
			if p, ok := karatPercent(k); ok && math.Abs(v-p) <= karatShareSlack {
				productShare = true
			}
		}
	}
	return productShare
}

// karatPercent is the share of gold in per cent of the karat v ("18":
// 75).
func karatPercent(v string) (float64, bool) {
	k, err := strconv.ParseFloat(v, 64)
	if err != nil || k <= 0 || k > 24 {
		return 0, false
	}
	return k / 24 * 100, true
}
