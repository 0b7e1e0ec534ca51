package grounding

import (
	"fmt"
	"strconv"

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
