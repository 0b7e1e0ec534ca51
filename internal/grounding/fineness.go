package grounding

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// millesimal maps a gold hallmark in parts per thousand to its karat
// (375 is 9k, 585 is 14k, 750 is 18k, 875 is 21k, the Gulf standard,
// 916 is 22k, 999 is 24k), as the
// Hallmarking Act 1973 and the Vienna Convention marks write them.
var millesimal = map[string]string{"375": "9", "417": "10", "416": "10", "585": "14", "750": "18", "875": "21", "916": "22", "917": "22", "999": "24"}

// fineness compares a millesimal fineness written beside a gold word
// ("750 gold", "oro 750", "or 585", "złoto próby 585" is left to the
// vocabulary) with the product's karat: it is the same fact as "18k",
// written in any language with the same digits.
func (c *checker) fineness() {
	for i, m := range c.ms {
		if m.negated || c.scopes[i] != scopeProduct || m.f.kind != kindMaterial || c.cn.SolidMetals[m.f.value] != "gold" {
			continue
		}
		for _, k := range [...]int{m.ti - 1, m.tj + 1} {
			if k < 0 || k >= len(c.toks) || (k > m.tj && c.toks[k].brk) || (k < m.ti && c.toks[m.ti].brk) {
				continue
			}
			karat, ok := millesimal[c.toks[k].s]
			if !ok || contains(c.facts.karats, karat) || !c.isDigitMatch(k) {
				continue
			}
			span := match{start: min(c.toks[k].start, m.start), end: max(c.toks[k].end, m.end)}
			what := c.surface(span.start, span.end)
			msg := fmt.Sprintf("mentions %q (%sk); the product states no gold fineness (it is %s)", what, karat, c.materialsText())
			if len(c.facts.karats) > 0 {
				msg = fmt.Sprintf("mentions %q (%sk); the product is %s", what, karat, c.materialsText())
			}
			c.add(RuleKarat, core.SeverityBlock, span, msg)
		}
	}
}

// isDigitMatch reports whether token k is read as a bare numeral (not a
// karat or measure form of the vocabulary, which are compared already).
func (c *checker) isDigitMatch(k int) bool {
	for _, m := range c.ms {
		if m.ti <= k && k <= m.tj {
			return m.f == digitForm
		}
	}
	_, err := strconv.Atoi(c.toks[k].s)
	return err == nil
}

// decimalKarat compares a decimal karat said of gold ("ouro amarelo de
// 19,2 quilates", "19.2ct gold", "oro de 22,5 quilates") with the
// product's gold fineness: a karat is a twenty-fourth part, so 19.2 karat
// is 800/1000, Portugal's traditional "ouro de lei" (Decreto-Lei 120/2017,
// regime jurídico da ourivesaria e das contrastarias, its 800 mark; ISO
// 9202:2019 lists 800 among gold's finenesses). The number at runes
// [start, end) with value v and rounding slack (in karats) is the piece's
// fineness, not a weight (caratSense read a gold word beside it); it
// blocks as grounding.karat where the product's gold (p.Metals, karat or
// millesimal) is of another fineness or of none stated (#13, alloy38;
// probe 38C pt-PT 38C102-1 was read as a 19.2 ct weight).
func (c *checker) decimalKarat(start, end int, v, slack float64) {
	if k := c.tokenAt(start); k >= 0 {
		for _, m := range c.ms {
			if m.ti <= k && k <= m.tj && (m.negated || c.metalCompared(m)) {
				return
			}
		}
	}
	mill := v * 1000 / 24
	tol := slack*1000/24 + 1 // 916 for 22k is 916.67
	golds := c.goldMillesimals()
	for _, g := range golds {
		if math.Abs(float64(g)-mill) <= tol {
			return
		}
	}
	what := c.surface(start, end)
	msg := fmt.Sprintf("mentions %q (%.0f/1000 gold); the product states no gold fineness (it is %s)", what, mill, c.materialsText())
	if len(golds) > 0 {
		msg = fmt.Sprintf("mentions %q (%.0f/1000 gold); the product is %s", what, mill, c.materialsText())
	}
	c.add(RuleKarat, core.SeverityBlock, match{start: start, end: end}, msg)
}

// goldMillesimals are the finenesses in parts per thousand of the
// product's gold metals: a gold base, or a gold plating whose karat the
// fineness gives (core.ParseFineness: "18k" 750, "800" 800).
func (c *checker) goldMillesimals() []int {
	var out []int
	for _, m := range c.p.Metals {
		if !strings.Contains(strings.ToLower(m.Base+" "+m.Plating), "gold") {
			continue
		}
		// a karat ("18k") is the gold plating's, not the base's
		if f, ok := core.ParseFineness(m.Fineness); ok && !f.Marked {
			out = append(out, f.Millesimal)
		}
	}
	for _, k := range c.facts.karats {
		if n, err := strconv.Atoi(k); err == nil {
			if f, ok := core.ParseFineness(k + "k"); ok && n > 0 {
				out = append(out, f.Millesimal)
			}
		}
	}
	return out
}

// metalFineness compares a hallmark fineness written beside a word of the
// piece's silver, platinum or palladium ("palladium 950", "900 platinum",
// "Platin 900", "argento 925", "925 ayar gümüş", プラチナ950, 팔라듐 950,
// 钯金950; a fineness word may stand between, "próby 950") or as one word
// with its mark (Pt900, Pd950: canon fineness_marks) with the product's
// fineness of that metal (p.Metals, or the one its base names: sterling
// silver 925, canon metal_finenesses). The number is parts per thousand
// (hallmarkFineness: FTC Jewelry Guides 16 CFR 23.6-23.7, Vienna
// Convention Annex I); a different one blocks as grounding.karat
// (#13, fineness46; probe 46D el-GR 46D101-2 "παλλάδιο 950" on palladium
// 500). Gold is fineness's and the karat rules'; a metal the product has
// with no fineness stated, or does not have, is left to the material rules.
func (c *checker) metalFineness() {
	for i, m := range c.ms {
		metal := c.cn.PreciousMetals[m.f.value]
		if m.negated || c.scopes[i] != scopeProduct || m.f.kind != kindMaterial || metal == "" || metal == "gold" {
			continue
		}
		own := c.ownFinenesses(metal)
		if len(own) == 0 || c.ownFinenessInSentence(i, metal, own) || c.standardSubjectOf(m) || c.setApartMetal(m) {
			continue
		}
		for _, k := range c.finenessBeside(m) {
			n, _ := strconv.Atoi(c.toks[k].s)
			if !hallmarkFineness[n] || slices.Contains(own, n) || !c.isDigitMatch(k) {
				continue
			}
			c.addFineness(metal, n, match{start: min(c.toks[k].start, m.start), end: max(c.toks[k].end, m.end)})
		}
	}
	for k, t := range c.toks {
		metal, n := c.finenessMark(t.s)
		// a gold mark (Au750) is hallmarkPlatedGold's and the karat rules'
		if metal == "" || metal == "gold" || !hallmarkFineness[n] || c.otherInSentence(k) {
			continue
		}
		if own := c.ownFinenesses(metal); len(own) > 0 && !slices.Contains(own, n) {
			c.addFineness(metal, n, match{start: t.start, end: t.end})
		}
	}
}

// ownFinenessInSentence reports whether the sentence of match i (with the
// one a semicolon joins to it) names the
// product's own fineness of metal beside another word of that metal: copy
// that sets two grades side by side ("Platinum 900 is a little harder;
// this band is 950 platinum", "プラチナ900より純度の高いプラチナ950") compares
// them and states the piece's own (#13, adv46b).
func (c *checker) ownFinenessInSentence(i int, metal string, own []int) bool {
	s, e := c.sentenceOf(c.ms[i].ti)
	// a semicolon joins the two grades' clauses ("Palladium 950 is
	// heavier; this band is palladium 500")
	if s > 0 && strings.Contains(c.surface(c.toks[s-1].end, c.toks[s].start), ";") {
		s, _ = c.sentenceOf(s - 1)
	}
	if e+1 < len(c.toks) && strings.Contains(c.surface(c.toks[e].end, c.toks[e+1].start), ";") {
		_, e = c.sentenceOf(e + 1)
	}
	for j, o := range c.ms {
		if j == i || o.ti < s || o.ti > e || o.negated || o.f.kind != kindMaterial || c.cn.PreciousMetals[o.f.value] != metal {
			continue
		}
		for _, k := range c.finenessBeside(o) {
			if n, err := strconv.Atoi(c.toks[k].s); err == nil && slices.Contains(own, n) && c.isDigitMatch(k) {
				return true
			}
		}
	}
	return false
}

func (c *checker) addFineness(metal string, n int, span match) {
	what := c.surface(span.start, span.end)
	c.add(RuleKarat, core.SeverityBlock, span, fmt.Sprintf("mentions %q (%d/1000 %s); the product is %s", what, n, metal, c.materialsText()))
}

// finenessBeside returns the tokens a fineness number of the metal word m
// may stand at: right before or after it in its clause, or one fineness
// word away ("925 ayar gümüş", "palladu próby 500").
func (c *checker) finenessBeside(m match) []int {
	var out []int
	in := func(k int) bool { return k >= 0 && k < len(c.toks) }
	if k := m.ti - 1; in(k) && !c.toks[m.ti].brk {
		out = append(out, k)
		if in(k-1) && !c.toks[k].brk && c.finenessWordEndsAt(k) {
			out = append(out, k-1)
		}
	}
	if k := m.tj + 1; in(k) && !c.toks[k].brk {
		if in(k+1) && linkParticles[c.toks[k].s] {
			k++
		}
		out = append(out, k)
		if in(k+1) && !c.toks[k+1].brk && c.finenessWordStartsAt(k) {
			out = append(out, k+1)
		}
	}
	return out
}

// finenessMark reads a hallmark written as one word ("pt900", "pd950"):
// the metal its prefix names and its number.
func (c *checker) finenessMark(s string) (string, int) {
	for p, metal := range c.cn.FinenessMarks {
		if rest, ok := strings.CutPrefix(s, p); ok && len(rest) == 3 {
			if n, err := strconv.Atoi(rest); err == nil {
				return metal, n
			}
		}
	}
	return "", 0
}

// ownFinenesses are the finenesses in parts per thousand of the product's
// own (not plated) metals that are the precious metal metal: the metal's
// millesimal fineness, or the one its base names where none is given or
// the fineness is a karat, the gold plating's ("18k" on rose gold-plated
// sterling silver).
func (c *checker) ownFinenesses(metal string) []int {
	var out []int
	for _, m := range c.p.Metals {
		base := strings.ToLower(strings.TrimSpace(m.Base))
		// a base the canon does not list is its last word's ("fine
		// silver", "999 fine silver": silver)
		of := c.cn.PreciousMetals[base]
		if w := strings.Fields(base); of == "" && len(w) > 0 {
			of = c.cn.PreciousMetals[w[len(w)-1]]
		}
		if of != metal {
			continue
		}
		// a karat ("18k") is the gold plating's, not the base's
		if f, ok := core.ParseFineness(m.Fineness); ok && !f.Marked {
			out = append(out, f.Millesimal)
		} else if n := c.cn.MetalFinenesses[base]; n > 0 {
			out = append(out, n)
		}
	}
	return out
}

// otherInSentence reports whether the sentence of token k names a
// material or category of another thing (a cross-sell, a comparison):
// a hallmark there may be that thing's.
func (c *checker) otherInSentence(k int) bool {
	lo, hi := c.sentenceOf(k)
	for i, m := range c.ms {
		if m.ti >= lo && m.tj <= hi && (m.f.kind == kindMaterial || m.f.kind == kindCategory) && c.scopes[i] != scopeProduct {
			return true
		}
	}
	return false
}
