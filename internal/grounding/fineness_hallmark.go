package grounding

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
)

// hallmarkNumber compares a millesimal fineness written as the piece's
// hallmark, beside a word of the mark (vocabulary hallmark_words:
// "hallmarked 950", "the 950 stamp", "Stempel 950", "poinçon 750",
// "punc 950", "950 damgası", دمغة 950, 刻印の「950」, 950 각인, “950”印记)
// or of fineness (fineness_words: "Feingehalt 950", "próba 950", 純度950),
// with no metal word beside it, with the finenesses of the product's
// precious metals (productFinenesses). A hallmark states the metal's
// fineness in parts per thousand (FTC Jewelry Guides 16 CFR 23.4-23.7;
// Vienna Convention on the Control of the Fineness and the Hallmarking of
// Precious Metal Articles, Annex I; Hallmarking Act 1973 s. 4): another
// fineness blocks as grounding.karat (#13, misc51; probe 51D ar-AE and
// ja-JP "950" on palladium 500 passed). A number beside a metal word is
// fineness's and metalFineness's; a sentence that names another thing's
// material or category (a comparison, a cross-sell) may be about that
// thing's mark and is left alone, as is a product whose precious metals'
// finenesses are not all known.
func (c *checker) hallmarkNumber() {
	var own []int
	read, known := false, false
	for k, t := range c.toks {
		n, ok := atoiToken(t.s)
		if !ok || !hallmarkFineness[n] || !c.isDigitMatch(k) {
			continue
		}
		// the product's finenesses, read at the first hallmark number
		if !read {
			read = true
			own, known = c.productFinenesses()
		}
		if !known || len(own) == 0 || nearFineness(own, n) {
			continue
		}
		if c.materialBeside(k) || !c.markWordBeside(k) || c.otherInSentence(k) || c.setApartFineness(k) {
			continue
		}
		c.add(RuleKarat, core.SeverityBlock, match{start: t.start, end: t.end},
			fmt.Sprintf("mentions the hallmark %q (%d/1000); the product is %s", t.s, n, c.materialsText()))
	}
}

// productFinenesses are the millesimal finenesses of the product's
// precious metals (gold by karat or millesimal, and the plating's karat;
// silver, platinum and palladium by fineness or by the base that implies
// one), and whether every precious metal of the product has one.
func (c *checker) productFinenesses() ([]int, bool) {
	golds := c.goldMillesimals()
	out := slices.Clone(golds)
	known := true
	for _, m := range c.p.Metals {
		base := strings.ToLower(strings.TrimSpace(m.Base))
		metal := c.cn.PreciousMetals[base]
		if w := strings.Fields(base); metal == "" && len(w) > 0 {
			metal = c.cn.PreciousMetals[w[len(w)-1]]
		}
		switch {
		case metal == "":
		case metal == "gold":
			known = known && len(golds) > 0
		default:
			own := c.ownFinenesses(metal)
			if len(own) == 0 {
				known = false
			}
			out = append(out, own...)
		}
	}
	return out, known
}

// nearFineness reports whether n is one of own, or one part per thousand
// from one (22 karat is marked 916 and 917, 10 karat 416 and 417).
func nearFineness(own []int, n int) bool {
	return slices.ContainsFunc(own, func(o int) bool { return o-1 <= n && n <= o+1 })
}

// materialBeside reports whether a material word ends right before token
// k or starts right after it, in its clause.
func (c *checker) materialBeside(k int) bool {
	for _, m := range c.ms {
		if m.f.kind != kindMaterial {
			continue
		}
		if m.tj == k-1 && !c.toks[k].brk || m.ti == k+1 && !c.toks[k+1].brk {
			return true
		}
	}
	return false
}

// markWordBeside reports whether a hallmark or fineness word ends right
// before token k or starts right after it, in its clause; a linking
// particle (刻印の950) and quotation marks or brackets around the number
// (刻印の「950」, “950”印记) may stand between.
func (c *checker) markWordBeside(k int) bool {
	return c.markBeside(k, true)
}

// markBeside is markWordBeside, with the fineness words only when
// fineness is set: "750 Promille", "585 parts per thousand" give a
// fineness, not a mark stamped on the piece.
func (c *checker) markBeside(k int, fineness bool) bool {
	lx := c.lx
	word := func(ends bool, j int) bool {
		if ends {
			return lx.hallmarkWords.endsAt(c.toks, j) || c.hasMarkPrefix(j) || fineness && c.finenessWordEndsAt(j)
		}
		for range lx.hallmarkStarts.at(c.toks, j) {
			return true
		}
		return c.hasMarkPrefix(j) || fineness && c.finenessWordStartsAt(j)
	}
	if j := k - 1; j >= 0 && c.joined(j, k) {
		if word(true, j) {
			return true
		}
		if j-1 >= 0 && linkParticles[c.toks[j].s] && c.joined(j-1, j) && word(true, j-1) {
			return true
		}
	}
	if j := k + 1; j < len(c.toks) && c.joined(k, j) {
		if word(false, j) {
			return true
		}
		if j+1 < len(c.toks) && linkParticles[c.toks[j].s] && c.joined(j, j+1) && word(false, j+1) {
			return true
		}
	}
	return false
}

// joined reports whether tokens a and a later b stand in one clause: no
// clause or sentence punctuation between them but quotation marks and
// brackets.
func (c *checker) joined(a, b int) bool {
	if !c.toks[b].brk && !c.toks[b].sbrk {
		return true
	}
	for _, r := range c.surface(c.toks[a].end, c.toks[b].start) {
		if !unicode.IsSpace(r) && !unicode.In(r, unicode.Pi, unicode.Pf, unicode.Ps, unicode.Pe) && r != '"' && r != '\'' {
			return false
		}
	}
	return true
}

func (c *checker) hasMarkPrefix(k int) bool {
	for _, p := range c.lx.hallmarkPrefixes {
		if strings.HasPrefix(c.toks[k].s, p) {
			return true
		}
	}
	return false
}

// atoiToken is strconv.Atoi(s) and whether it succeeded, without the
// error Atoi makes for every string that is not a number: s is handed to
// Atoi only when it is an optional sign and ASCII digits, the only
// strings Atoi takes. hallmarkNumber asks it of every token of a text;
// the errors were 2% of a check's CPU on the realistic corpus (#17,
// perf52).
func atoiToken(s string) (int, bool) {
	d := s
	if len(d) > 0 && (d[0] == '+' || d[0] == '-') {
		d = d[1:]
	}
	if d == "" {
		return 0, false
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// goldHallmarks are the millesimal finenesses of gold hallmarks: 8, 9, 10,
// 14, 18, 22 and 24 karat (Vienna Convention Annex I; Hallmarking Act
// 1973 Schedule 2; 16 CFR 23.4-23.5).
var goldHallmarks = map[int]bool{333: true, 375: true, 416: true, 417: true, 585: true, 750: true, 916: true, 917: true, 990: true, 999: true}

// hallmarkPlatedGold blocks a gold hallmark fineness said of a piece whose
// only gold is a plating: the number beside a word of the mark
// ("hallmarked 750", "gestempelt 750", "poinçonnée 750", "contrastado
// 750", "Stempel 585"; not a word of fineness: "18 carat gold is 750 parts
// per thousand" explains the karat) or written with its mark (Au750, canon
// fineness_marks). A hallmark states the fineness of the metal through
// the article, so a gold one on a plated, vermeil or gold-filled piece
// tells the reader it is solid gold, which 16 CFR 23.4 forbids of a
// plating; a number that is also the fineness of the product's own other
// metals ("hallmarked 925" on gold-plated sterling silver, 999 on fine
// silver) is the base's mark and passes (#13, hall60).
func (c *checker) hallmarkPlatedGold() {
	plated := false
	for _, m := range c.p.Metals {
		if strings.Contains(strings.ToLower(m.Base), "gold") {
			c.goldMarkFineness()
			return
		}
		plated = plated || strings.Contains(strings.ToLower(m.Plating), "gold")
	}
	if !plated {
		return
	}
	var others []int
	read := false
	for k, t := range c.toks {
		n, ok := atoiToken(t.s)
		marked := false
		if !ok {
			metal, m := c.finenessMark(t.s)
			n, ok, marked = m, metal == "gold", true
		}
		if !ok || !goldHallmarks[n] || !marked && !c.isDigitMatch(k) {
			continue
		}
		if !read {
			read = true
			all, _ := c.productFinenesses()
			others = all[len(c.goldMillesimals()):]
		}
		if nearFineness(others, n) || c.otherInSentence(k) || c.materialBeside(k) || !marked && !c.markBeside(k, false) {
			continue
		}
		c.out = append(c.out, core.Finding{Rule: RulePlating, Category: CategoryRegulatory, Severity: core.SeverityBlock, Start: t.start, End: t.end,
			Message: fmt.Sprintf("the gold hallmark %q (%d/1000) says the piece is solid gold; the product's gold is a plating: %s", c.surface(t.start, t.end), n, c.materialsText())})
	}
}

// goldMarkFineness compares a gold fineness written with its mark (Au585,
// Au750: canon fineness_marks) with the fineness of the product's own
// solid gold: the mark says the gold is of that fineness through the
// piece (Vienna Convention Annex I; 16 CFR 23.4), so "Au585" on 18 karat
// (750) gold misstates the karat and blocks as grounding.karat, as
// "gestempelt 585" does through hallmarkNumber; Au750 on it passes. A
// sentence about another thing's material or category may be about that
// thing's mark and is left alone (#13, plate61).
func (c *checker) goldMarkFineness() {
	var own []int
	read := false
	for k, t := range c.toks {
		metal, n := c.finenessMark(t.s)
		if metal != "gold" || !goldHallmarks[n] {
			continue
		}
		if !read {
			read = true
			own = c.goldMillesimals()
		}
		if len(own) == 0 || nearFineness(own, n) || c.otherInSentence(k) {
			continue
		}
		c.add(RuleKarat, core.SeverityBlock, match{start: t.start, end: t.end},
			fmt.Sprintf("mentions the gold hallmark %q (%d/1000); the product is %s", c.surface(t.start, t.end), n, c.materialsText()))
	}
}
