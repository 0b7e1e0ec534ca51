package grounding

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// millesimal maps a gold hallmark in parts per thousand to its karat
// (375 is 9k, 585 is 14k, 750 is 18k, 916 is 22k, 999 is 24k), as the
// Hallmarking Act 1973 and the Vienna Convention marks write them.
var millesimal = map[string]string{"375": "9", "417": "10", "416": "10", "585": "14", "750": "18", "916": "22", "917": "22", "999": "24"}

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
		if f, ok := core.ParseFineness(m.Fineness); ok {
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
