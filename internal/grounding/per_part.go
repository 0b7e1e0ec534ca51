package grounding

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts given per part (issue #13, count_group): "fourteen stones, nine
// on each hoop", "po dziewięć na każdym kółku", "neuf sur chaque créole".
// A number with a distributive word of the language before it or after it
// in its clause, following a stone of the piece in its sentence, counts
// that stone per part. It is compared with the product's per-part
// attribute when there is one ("stones_per_hoop": "7"), else it must
// divide a group's count into two to twelve equal parts.

// perPartAttr returns the product's count of stones per part: an
// attribute whose name says per ("stones_per_hoop", "stones per side")
// with a whole number as its value, or 0.
func (c *checker) perPartAttr() int {
	for _, k := range slices.Sorted(maps.Keys(c.p.Attributes)) { // sorted: the first per-part attribute by name, every run
		v := c.p.Attributes[k]
		lk := strings.ToLower(k)
		if !strings.Contains(lk, "per_") && !strings.Contains(lk, "per ") && !strings.Contains(lk, "per-") {
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil && n > 0 {
			return n
		}
	}
	return 0
}

// perPartFits reports whether n stones per part agree with the product:
// its per-part attribute when it has one, else some groups' count split
// into two to twelve parts.
func (c *checker) perPartFits(counts []int, n int) bool {
	if a := c.perPartAttr(); a > 0 {
		return n == a
	}
	return multipleSum(counts, n)
}

// perPartCount compares a number that names no stone after it and stands
// with a distributive word ("nine on each hoop") with the stone named
// before it in its sentence, and reports whether it did.
func (c *checker) perPartCount(i int, m match, n int) bool {
	if !c.distributiveCount(m, m) || c.inDistributive(m) {
		return false
	}
	if c.countsPartsBefore(m) {
		return true // the parts' number, compared with nothing (partsCounted)
	}
	// "a diamond at each of its five points", "beş ucunda birer
	// pırlanta": the parts' number, times the count on each (count60.go).
	if c.compareParts(i, m, n) {
		return true
	}
	if m.tj+1 < len(c.toks) && c.lx.units[c.toks[m.tj+1].s] {
		return false
	}
	// "une phénacite flanquée de deux perles de chaque côté": the stones
	// beside the flanked one (count61.go).
	if c.flankedSides(m, n) {
		return true
	}
	sm := c.perPartStone(i, m)
	if sm < 0 {
		return false
	}
	s := c.ms[sm]
	// The stone's colour narrows the groups as it does a count before
	// the stone ("sixteen white zirconia, eight on each hoop").
	colour := c.colourOf(sm)
	// A colour right after the number with its noun elided ("four clear
	// on each side") names the group counted (count65.go).
	if ec := c.elidedColourOf(m); ec >= 0 && c.colourStated(c.ms[ec].f.value) {
		colour = c.ms[ec].f.value
	}
	var counts []int
	for _, st := range c.facts.stoneInfo {
		if s.f.kind == kindStone && !contains(st.types, s.f.value) {
			continue
		}
		if colour != "" && len(st.colours) > 0 && !contains(st.colours, colour) {
			continue
		}
		if st.count <= 0 {
			return true // a group of unknown size: nothing to compare
		}
		counts = append(counts, st.count)
	}
	fits := c.perPartFits
	if c.perSideCount(m, m) {
		fits = c.perSideFits // "three on each side": two sides' worth
	}
	if len(counts) == 0 || fits(counts, n) {
		return true
	}
	if subsetSum(counts, n) && (c.distributiveClauseBefore(m) || c.sidesTogetherOnly(m)) {
		// "six on each hoop, twelve across the pair": the distributive
		// word is in the clause before, and the number is the group's
		// whole count, a total. "Eight smaller ones on both sides",
		// "ośmioma po bokach": the sides named together, the group
		// across them.
		return true
	}
	if c.centreAndSides(i, m, n, counts) || c.sidesThenParts(m, n, counts) {
		return true
	}
	per := fmt.Sprintf("%d per part", n)
	if c.perSideCount(m, m) {
		per = fmt.Sprintf("%d on each side", n)
	}
	if a := c.perPartAttr(); a > 0 {
		per = fmt.Sprintf("%d per part; the product has %d on each", n, a)
	}
	c.add(RuleCount, core.SeverityBlock, m, fmt.Sprintf("says %q (%s); %s", c.surface(m.start, m.end), per, c.stonesText()))
	return true
}

// sentenceBetween reports whether a sentence ends between tokens a and b.
func sentenceBetween(toks []token, a, b int) bool {
	for k := a + 1; k <= b && k < len(toks); k++ {
		if toks[k].sbrk {
			return true
		}
	}
	return false
}

// inDistributive reports whether the number m is a word of a distributive
// phrase itself (Turkish "her iki", both; "on either side"), not a count.
func (c *checker) inDistributive(m match) bool {
	for k := m.tj; k < len(c.toks) && k <= m.tj+4; k++ {
		for _, p := range c.lx.distributive.at(&c.toks[k]) {
			if k+1 >= len(p) && k-len(p)+1 <= m.ti && endsWith(c.toks, k, p) {
				return true
			}
		}
	}
	return false
}

// distributiveClauseBefore reports whether the distributive word that
// makes m a count per part stands only in the clause before it ("six on
// each hoop, twelve across the pair"), none in its own clause ("twelve
// on each hoop", "each hoop holds twelve").
func (c *checker) distributiveClauseBefore(m match) bool {
	crossed, before := false, false
	for k := m.ti - 1; k >= 0 && k >= m.ti-distributiveWindow; k-- {
		if c.toks[k+1].sbrk {
			break
		}
		if c.toks[k+1].brk {
			crossed = true
		}
		if c.lx.distributive.endsAt(c.toks, k) {
			if !crossed {
				return false
			}
			before = true
		}
	}
	if !before {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk; k++ {
		if c.lx.distributive.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}

// sidesTogetherOnly reports whether every distributive word that makes
// the number m a count per part (within distributiveReach tokens before it
// or after it, in its clause, as distributiveCount reads them) is part
// of a phrase naming the sides together (sides_together: "on both sides",
// "po stranách", 양쪽에), so that the number may be the group across
// them; a word of "each" ("on each side", 씩, 各) keeps it per part.
func (c *checker) sidesTogetherOnly(m match) bool {
	if c.lx.sides.size() == 0 {
		return false
	}
	// "neuf incolores de part et d'autre", "acht farblose auf beiden
	// Seiten": the side phrase after the elided colour (count65.go).
	if e, together := c.sidePhraseAfterColour(m); e >= 0 {
		return together
	}
	found := false
	check := func(k int) bool {
		if !c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
		found = true
		return c.inSidesPhrase(k)
	}
	w := c.distributiveReach()
	for k := m.ti - 1; k >= 0 && k >= m.ti-w; k-- {
		if !check(k) {
			return false
		}
		if c.toks[k].brk {
			break
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+w; k++ {
		if c.toks[k].brk {
			break
		}
		if !check(k) {
			return false
		}
	}
	return found
}

// inSidesPhrase reports whether token k is a word of a sides_together
// phrase ("po" of "po stranách", 양쪽에).
func (c *checker) inSidesPhrase(k int) bool {
	for e := k; e < len(c.toks) && e <= k+3; e++ {
		for _, p := range c.lx.sides.at(&c.toks[e]) {
			if e+1 >= len(p) && e-len(p)+1 <= k && endsWith(c.toks, e, p) {
				return true
			}
		}
		if e > k && c.toks[e].brk {
			break
		}
	}
	return false
}

// Parts counted (#13, scope42; released 42A102-2 pt-PT, probe 42D103-2
// zh-CN, 42A102-1 zh-TW): a count per part whose parts the copy counts
// itself says the whole. "Sete pequenas estrelas, cada uma com uma
// zircónia" is seven zirconia; "这对耳坠各垂坠两颗珍珠" (this pair of
// earrings, each with two pearls) is four. Without the parts' number a
// per-part count may divide any group (perPartFits); with it, the count
// times the parts must be some groups' count.

// partsWindow is how many tokens before a distributive word the number of
// the parts may stand ("Sete pequenas estrelas, cada uma": three words
// and a comma).
const partsWindow = 6

// partsCounted returns how many parts the distributive count num is
// given for, where its sentence says: the distributive word before num
// (within distributiveReach, in its clause) follows a number that counts
// no stone, in its sentence within partsWindow tokens ("Sete pequenas
// estrelas, cada uma com uma", "兩顆星星則各點綴1顆"), or the piece's
// own category word where the piece is a pair ("这对耳坠各垂坠两颗",
// "each earring holds two"). It returns 0 when the copy does not count
// the parts.
func (c *checker) partsCounted(num match) int {
	if c.lx.distributive.size() == 0 {
		return 0
	}
	d := -1 // the first token of the distributive phrase
	end := -1
	for k := num.ti - 1; k >= 0 && k >= num.ti-c.distributiveReach(); k-- {
		if s := c.lx.distributive.startOf(c.toks, k); s >= 0 {
			if c.sidePhraseNotOfCount(s, k, num.ti) {
				break // the conjunct before's (count65.go)
			}
			d, end = s, k
			break
		}
		if c.toks[k].brk {
			break
		}
	}
	if d < 0 {
		// one that opens the clause, further back (count64.go)
		if d, end = c.clauseDistributive64(num); d < 0 {
			return 0
		}
	}
	pair := pairCategories[c.facts.category]
	if i := c.matchAt(d - 1); pair && d > 0 && i >= 0 && c.ms[i].f.kind == kindCategory && c.ms[i].f.value == c.facts.category {
		return 2 // "耳坠各", "Ohrringe je"
	}
	if i := c.matchAt(end + 1); pair && i >= 0 && c.ms[i].ti == end+1 && c.ms[i].f.kind == kindCategory && c.ms[i].f.value == c.facts.category {
		return 2 // "each earring", "jeder Ohrring"
	}
	// The piece's own category word as the subject of the clause, the
	// piece a pair, with its name, an apposition and its verb between ("Os
	// brincos Amber Drop, da coleção Essence, têm cada um duas peças de âmbar", "Les boucles d'oreilles
	// portent chacune deux…": each of the two earrings; #13, counts47,
	// probe 47D pt-BR 47D103-3).
	if pair {
		breaks := 0
		for k := d - 1; k >= 0 && k >= d-2*partsWindow; k-- {
			if c.toks[k+1].sbrk {
				break
			}
			if c.toks[k+1].brk {
				// an apposition between commas ("Os brincos Amber Drop,
				// da coleção Essence, têm cada um")
				if breaks++; breaks > 2 {
					break
				}
			}
			// The piece's own name, masked, where its category word may
			// be ("Les boucles d'oreilles Diamant vert de la collection
			// Signature portent chacune deux diamants", the name
			// "Boucles d'oreilles Diamant vert"; #13, count54, probe 53C
			// fr-CA 53C104-3): a word of it that is no word of its stone.
			if c.toks[k].masked && contains(nameWords(c.p.Name), c.toks[k].s) && !c.stoneNameAt(k) {
				return 2
			}
			i := c.matchAt(k)
			if i < 0 {
				continue
			}
			o := c.ms[i]
			if o.f.kind == kindCategory && o.f.value == c.facts.category && !o.negated {
				return 2
			}
			if o.f.kind != kindIgnore {
				break
			}
		}
	}
	for k := d - 1; k >= 0 && k >= d-partsWindow; k-- {
		if c.toks[k+1].sbrk {
			return 0
		}
		i := c.matchAt(k)
		if i < 0 {
			continue
		}
		switch c.ms[i].f.kind {
		case kindStone, kindStoneNoun:
			return 0 // "three sapphires, each…": the stones themselves
		case kindNumber:
			if c.ms[i].ti != k {
				continue
			}
			// A size is no number of parts ("Creolen … 3 mm breit, mit je
			// sieben Topasen", "耳環長28毫米，左右各鑲一顆").
			if c.unitAfter(i, c.ms[i]) || k > 0 && c.unitAfter(i, match{f: digitForm, ti: k, tj: k, start: c.toks[k].start, end: c.toks[k].end}) {
				return 0
			}
			if n := c.numberValue(c.ms[i]); n > 1 {
				return n
			}
			return 0
		}
	}
	return 0
}

// countsPartsBefore reports whether the number m counts the parts a
// distributive word after it shares a later count among: a number counting
// a stone follows the distributive word in m's clause ("兩顆星星則各點綴1顆
// 藍色方晶鋯石": two stars, each with one blue zirconia), so m is the
// stars', not stones per part.
func (c *checker) countsPartsBefore(m match) bool {
	seen, side := false, false
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+12; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if c.lx.distributive.endsAt(c.toks, k) {
			seen = true
			side = side || c.inSidePhraseAt(k)
			continue
		}
		// A conjunction after a side phrase: the number after it counts
		// another conjunct's stones ("four clear on each side and three
		// pink in the centre"; count65.go).
		if side && (c.listConjAt(k) && !c.inDistributiveAt(k) || c.conjunctionClitic(c.toks[k].s)) {
			return false
		}
		if i := c.matchAt(k); seen && i >= 0 && c.ms[i].ti == k && c.ms[i].f.kind == kindNumber {
			return true
		}
	}
	return false
}

// articlesPerPart compares an indefinite article before a stone of the
// piece, after a distributive word whose parts the copy counts, as one
// stone on each part: "Sete pequenas estrelas, cada uma com uma zircónia"
// is seven zirconia, "Sieben Sterne tragen je einen Zirkonia" seven (#13,
// scope42, released 42A102-2). An article is no count elsewhere ("a
// zirconia" may be one of many); here "each … a" is "each … one".
func (c *checker) articlesPerPart() {
	if c.lx.distributive.size() == 0 || c.lx.indefinites.size() == 0 {
		return
	}
	for j, sm := range c.ms {
		if (sm.f.kind != kindStone && sm.f.kind != kindStoneNoun) || sm.negated || c.scopes[j] != scopeProduct {
			continue
		}
		a := sm.ti - 1 // the article, right before the stone or its colour
		colour := ""
		if j > 0 && c.ms[j-1].f.kind == kindColour && c.ms[j-1].tj == a {
			colour = c.ms[j-1].f.value
			a = c.ms[j-1].ti - 1
		}
		if a <= 0 || c.toks[a+1].brk || !c.lx.indefinites.endsAt(c.toks, a) || c.matchAt(a) >= 0 {
			continue
		}
		if colour == "" {
			colour = c.colourAfter(j)
		}
		art := match{f: digitForm, ti: a, tj: a, start: c.toks[a].start, end: c.toks[a].end}
		p := c.partsCounted(art)
		if p < 2 {
			continue
		}
		counts, ok := c.groupCounts(sm, colour)
		if !ok || len(counts) == 0 || subsetSum(counts, p) || c.perPartAttr() == 1 {
			continue
		}
		span := match{start: art.start, end: sm.end}
		c.add(RuleCount, core.SeverityBlock, span, fmt.Sprintf("says %q (1 on each of %d parts); %s", c.surface(span.start, span.end), p, c.stonesText()))
	}
}

// Counts per side and counts in total (#13, counts43; released 43A102-3
// en-GB, 43B102-2 ar-AE). "Three clear zirconia on each side" of a ring
// is two sides' worth, six, not any divisor of a group; "nine on each
// hoop, eighteen stones across the pair" says eighteen in all, not
// eighteen on each of the two hoops the clause before counts.

// stonePhraseEnd returns the last token of the stone phrase the stone
// match sm begins: matches of stones and colours right after it, in its
// clause ("أحجار زركونيا مكعبة شفافة", stones of clear cubic zirconia),
// so that a distributive word after the phrase is read from its end.
func (c *checker) stonePhraseEnd(sm match) int {
	end := sm.tj
	for {
		k := end + 1
		if k >= len(c.toks) || c.toks[k].brk || c.toks[k].sbrk {
			return end
		}
		i := c.matchAt(k)
		if i < 0 || c.ms[i].ti != k {
			return end
		}
		switch c.ms[i].f.kind {
		case kindStone, kindStoneNoun, kindColour:
			end = c.ms[i].tj
		default:
			return end
		}
	}
}

// perSideCount reports whether the count at num, of the stone at sm, is
// given for each of two sides: a per_side phrase ("on each side", "de
// chaque côté", "على كل جانب") where distributiveCount reads a
// distributive word, or right after the stone's phrase.
func (c *checker) perSideCount(num, sm match) bool {
	if c.sideBeforeCount(num.ti, num.tj, false) {
		return true // "auf jeder Seite zwei", "両側に…2石ずつ" (count60b.go)
	}
	if c.lx.perSide.size() == 0 {
		return false
	}
	w := c.distributiveReach()
	// Before the number only where a language puts it there ("蓝宝石每侧
	// 镶嵌3颗", "両側に各3石"): elsewhere "on each side sit two stones"
	// may be two in all, one on each side (held-out figures fell).
	for k := num.ti - 1; c.lx.countWindow > countLookahead && k >= 0 && k >= num.ti-w && !c.toks[k+1].brk; k-- {
		if c.lx.perSide.endsAt(c.toks, k) {
			return !c.sidePhraseNotOfCountEnding(c.lx.perSide, k, num.ti)
		}
	}
	end := c.stonePhraseEnd(sm)
	for k := end + 1; k < len(c.toks) && k <= end+w+2; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.perSide.endsAt(c.toks, k) {
			return !c.perSideOwnCount(num, end+1, k+1)
		}
	}
	return false
}

// perSideOwnCount reports whether a count other than num stands in tokens
// a..b of its clause, between the stone's phrase and the token right after
// a per_side phrase: the phrase gives that count to each side and num is
// the whole ("양식 진주 두 알을 한쪽에 하나씩", two pearls, one on each
// side; "パール2粒を片側に1粒ずつ"; #13, rel57). A number word glued to a
// distributive ending ("하나씩": 하나 + 씩) is such a count.
func (c *checker) perSideOwnCount(num match, a, b int) bool {
	v := c.numberValue(num)
	for k := a; k <= b && k < len(c.toks); k++ {
		if k > a && c.toks[k].brk {
			break
		}
		if k >= num.ti && k <= num.tj {
			continue
		}
		if k == b && k > a && c.conjunctionClitic(c.toks[k].s) {
			break // "على كل جانب وثلاثة": the next conjunct's (count65.go)
		}
		if f := c.factAt(k); f >= 0 {
			if m := c.ms[f]; (m.f.kind == kindNumber || m.f == digitForm) && c.numberValue(m) != v {
				return true
			}
		}
		if t := c.toks[k].s; isDigits(t) && t != strconv.Itoa(v) {
			return true
		}
		if d := c.numberWithDistributive(c.toks[k].s); d != "" && d != strconv.Itoa(v) {
			return true
		}
	}
	return false
}

// numberWithDistributive returns the value of the number word of the
// lexicon w opens with, glued to a distributive word ("하나씩": "1",
// "둘씩": "2"), or "".
func (c *checker) numberWithDistributive(w string) string {
	for i := range w {
		if i == 0 || !c.lx.distributive.hasWord(w[i:]) {
			continue
		}
		if n := c.lx.root.child(w[:i]); n.ok() {
			for _, f := range n.forms() {
				if f.kind == kindNumber {
					return f.value
				}
			}
		}
	}
	return ""
}

// perSideFits reports whether n stones on each side agree with the
// groups: n on each of two sides (a ring's shoulders), or of four (the
// sides of a square halo, or two sides of each of a pair's two pieces).
func (c *checker) perSideFits(counts []int, n int) bool {
	if a := c.perPartAttr(); a > 0 {
		return n == a
	}
	return subsetSum(counts, 2*n) || subsetSum(counts, 4*n)
}

// totalCount reports whether the count at num, of the stone at sm, is
// said to be the whole: a count_totals phrase in its clause ("eighteen
// stones across the pair", "au total dix-huit pierres", "insgesamt 18
// Steine") and no distributive word there ("in total eighteen on each
// hoop" keeps its "each").
func (c *checker) totalCount(num, sm match) bool {
	if c.lx.totals.size() == 0 {
		return false
	}
	s, e := num.ti, max(sm.tj, num.tj)
	for s > 0 && !c.toks[s].brk && !c.toks[s].sbrk {
		s--
	}
	for e+1 < len(c.toks) && !c.toks[e+1].brk && !c.toks[e+1].sbrk {
		e++
	}
	// The phrase stands right by the count: ending at most one word
	// before the number ("insgesamt 18", "a total of eighteen", 合計18石)
	// or starting at most one word after the stone's phrase ("eighteen
	// stones across the pair", "ثمانية عشر حجرًا إجمالًا"); one further on
	// in a long clause is another count's ("후프마다 … 3개가 세팅되어 한
	// 쌍에 모두 6개").
	after := c.stonePhraseEnd(sm)
	if sm.tj < num.ti {
		after = num.tj
	}
	found := false
	for k := s; k <= e; k++ {
		if !c.lx.totals.endsAt(c.toks, k) {
			continue
		}
		st := c.lx.totals.startOf(c.toks, k)
		if st >= s && (k < num.ti && k >= num.ti-2 || st > after && st <= after+2) {
			found = true
		}
	}
	if !found {
		return false
	}
	for k := s; k <= e; k++ {
		if st := c.lx.distributive.startOf(c.toks, k); st >= s && !c.lx.totals.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}

// totalAfterStones compares a number that names no stone after it and
// stands right beside a count_totals phrase ("nine on each hoop, eighteen
// in all", "一对共18颗") with the stone named before it in its sentence,
// as a count of it in all, and reports whether it did.
func (c *checker) totalAfterStones(i int, m match, n int) bool {
	if !c.totalsBeside(m) {
		return false
	}
	// A stone of the piece named before it in its sentence; the total
	// names none itself, so it may be any of the groups together ("三颗同
	// 色宝石：红色石榴石、绿色橄榄石或蓝色托帕石，共九颗", nine of three
	// groups of three).
	stone := false
	for k := i - 1; k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			break
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			stone = true
			break
		}
	}
	if !stone {
		return false
	}
	counts, known := c.facts.allGroupCounts()
	if !known {
		return true // a group of unknown size: nothing to compare
	}
	if len(counts) == 0 || subsetSum(counts, n) {
		return true
	}
	c.add(RuleCount, core.SeverityBlock, m, fmt.Sprintf("says %q in all; %s", c.surface(m.start, m.end), c.stonesText()))
	return true
}

// totalsBeside reports whether the number m, which names no stone after
// it, stands right beside a count_totals phrase: the phrase ends right
// before it ("insgesamt 18") or starts right after it or its counter
// ("eighteen in all", "一对共18颗").
func (c *checker) totalsBeside(m match) bool {
	if c.lx.totals.size() == 0 || !c.totalCount(m, m) {
		return false
	}
	next := m.tj + 1
	if next < len(c.toks) && !c.toks[next].brk && c.lx.counters != nil {
		if r, _ := utf8.DecodeRuneInString(c.toks[next].s); c.lx.counters[r] && utf8.RuneCountInString(c.toks[next].s) == 1 {
			next++ // "共18颗": the counter after the number
		}
	}
	if m.ti > 0 && !c.toks[m.ti].brk && c.lx.totals.endsAt(c.toks, m.ti-1) {
		return true
	}
	if next < len(c.toks) && !c.toks[next].brk {
		for k := next; k < len(c.toks) && k <= next+3; k++ {
			if c.lx.totals.endsAt(c.toks, k) && c.lx.totals.startOf(c.toks, k) == next {
				return true
			}
		}
	}
	return false
}

// centreAndSides reports whether the count n at m, with a word of the
// sides, ends a list of the group's parts that adds up to some groups'
// count: a number that counts no stone stands before it in its sentence,
// after the stone it counts, joined to it by a conjunction ("kolme
// timanttia rivissä, yksi keskellä ja kaksi sen molemmin puolin", three
// diamonds in a row, one in the centre and two on both sides of it; "one
// in the centre and one on each side"). The sides hold n each (two
// sides) or, named together with no word of "each" (sides_together), n
// across them (#13, other44: released 44A fi-FI 44A102-2). "Yksi
// keskellä ja neljä molemmin puolin" on three still blocks.
func (c *checker) centreAndSides(i int, m match, n int, counts []int) bool {
	if v, ok := c.centreCountBefore(m); ok && (subsetSum(counts, v+2*n) || c.sidesTogetherOnly(m) && subsetSum(counts, v+n)) {
		return true // "中间一颗，两侧各两颗", "a centre pearl flanked by two on each side" (count59.go)
	}
	if c.oneOpensPart(m) {
		return subsetSum(counts, 1+2*n) || c.sidesTogetherOnly(m) && subsetSum(counts, 1+n)
	}
	for k := i - 1; k >= 0; k-- {
		p := c.ms[k]
		if sentenceBetween(c.toks, p.tj, m.ti) {
			return false
		}
		if p.f.kind == kindStone || p.f.kind == kindStoneNoun {
			if !c.countedStone(k) {
				continue // "around the centre stone": no part counted (count61.go)
			}
			// "eight diamonds in the halo and two on each shoulder": the
			// counted stone is the first part, where it is the one m counts.
			if sm := c.perPartStone(i, m); sm != k && (sm < 0 || c.ms[sm].f.kind != kindStoneNoun && c.ms[sm].f.value != p.f.value) {
				return false
			}
			for k > 0 && c.ms[k].f.kind != kindNumber {
				k--
			}
			p = c.ms[k]
		} else if p.f.kind != kindNumber {
			continue
		} else if p.tj+1 < len(c.toks) && c.stoneAfterNumber(k) {
			return false
		}
		v := c.numberValue(p)
		if v <= 0 {
			return false
		}
		conj := false
		for j := p.tj + 1; j < m.ti; j++ {
			if c.conjAt(j) {
				conj = true
			}
		}
		if !conj {
			return false
		}
		return subsetSum(counts, v+2*n) || c.sidesTogetherOnly(m) && subsetSum(counts, v+n)
	}
	return false
}

// stoneAfterNumber reports whether a stone word follows the number match
// ms[k] within two tokens in its clause: then it counts that stone.
func (c *checker) stoneAfterNumber(k int) bool {
	p := c.ms[k]
	for j := k + 1; j < len(c.ms); j++ {
		o := c.ms[j]
		if o.ti > p.tj+3 || c.brkBetween(p.tj, o.ti) {
			return false
		}
		if o.f.kind == kindStone || o.f.kind == kindStoneNoun {
			return true
		}
	}
	return false
}

// sentenceTotal returns the count said to be the whole (totalCount: "in
// total", "across the pair", "insgesamt", "au total"; or a number with no
// noun beside such a phrase after the count, totalsBeside) of the stones the
// per-part count num (of the stone sm) counts, given by another number of
// its sentence, or 0: "Eighteen clear cubic zirconia line each hoop,
// eighteen stones in total" gives eighteen on each hoop and eighteen in
// all, which cannot both hold (#13, open44b; counts43 read the total
// alone and the per-hoop count fit the product's eighteen). The total
// counts a stone right after it (a figure of a weight, "0,3 ct", counts
// none): the same stone, or the stone noun where every stone of the
// product is of sm's kind ("一 tsavorite on each side, 18 stones in all"
// counts the diamonds too); and it is no smaller than the per-part count.
func (c *checker) sentenceTotal(num, sm match) int {
	n := c.numberValue(num)
	for j, o := range c.ms {
		if o.f.kind != kindNumber || o.negated || o.ti == num.ti {
			continue
		}
		a, b := min(o.ti, num.ti), max(o.tj, num.tj)
		if sentenceBetween(c.toks, a, b) {
			continue
		}
		// A total with no noun after it, later in the sentence ("Eighteen
		// … line each hoop, 18 in total"): the whole of the stones just
		// counted (#13, sense45).
		if o.ti > num.tj && (j+1 >= len(c.ms) || !c.stoneAfterNumber(j)) && c.totalsBeside(o) {
			if start := c.byteAt(o.start); start > 0 && strings.ContainsAny(c.text[start-1:start], ".,/") {
				continue
			}
			if v := c.numberValue(o); v > 0 && v >= n {
				return v
			}
			continue
		}
		if j+1 >= len(c.ms) {
			continue
		}
		st := c.ms[j+1]
		if st.f.kind != kindStone && st.f.kind != kindStoneNoun || st.negated || st.ti <= o.tj || st.ti > o.tj+3 || c.brkBetween(o.tj, st.ti) {
			continue
		}
		if start := c.byteAt(o.start); start > 0 && strings.ContainsAny(c.text[start-1:start], ".,/") {
			continue // a decimal's part
		}
		same := st.f.kind == kindStone && st.f.value == sm.f.value || st.f.kind == kindStoneNoun && (sm.f.kind == kindStoneNoun || c.allStonesOf(sm.f.value))
		if !same || !c.totalCount(o, st) {
			continue
		}
		if v := c.numberValue(o); v > 0 && v >= n {
			return v
		}
	}
	return 0
}

// allStonesOf reports whether every stone group of the product is of the
// stone v.
func (c *checker) allStonesOf(v string) bool {
	if len(c.facts.stoneInfo) == 0 {
		return false
	}
	for _, st := range c.facts.stoneInfo {
		if !contains(st.types, v) {
			return false
		}
	}
	return true
}

// oneOpensPart reports whether an indefinite article that is no match of
// its own opens the clause before the count m, with a conjunction between
// and no stone or number: "une au centre et trois de chaque côté" (one in
// the centre and three on each side), where the article is the numeral
// one (French, Spanish, Italian, Portuguese, German "un, une, uno, una,
// um, uma, eine" are both; #13, counts47, probe 47C fr-CA 47C102-3 on
// seven Keshi pearls). centreAndSides then reads one and two sides of m.
func (c *checker) oneOpensPart(m match) bool {
	if c.lx.indefinites.size() == 0 {
		return false
	}
	conj := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-8; k-- {
		if c.toks[k+1].sbrk {
			return false
		}
		if c.conjAt(k) {
			conj = true
			continue
		}
		if c.toks[k+1].brk && k+1 < m.ti {
			return false // a break between the article's clause and m
		}
		if i := c.matchAt(k); i >= 0 && c.ms[i].tj >= k && (c.ms[i].f.kind == kindStone || c.ms[i].f.kind == kindStoneNoun || c.ms[i].f.kind == kindNumber) {
			return false
		}
		if conj && c.toks[k].brk && c.phraseEndsAt(c.lx.indefinites, nil, k) == 1 && c.matchAt(k) < 0 {
			return true
		}
	}
	return false
}

// perPartStoneAfterReach is how many tokens may stand between a count per
// part and the stone after it: the counter with its distributive ending
// and an adjective ("두 개씩 투명한 큐빅 지르코니아").
const perPartStoneAfterReach = 3

// perPartStone is the index in c.ms of the stone that a count per part m
// (the match at index i) counts: the one after it (perPartStoneAfter),
// else the last stone of the piece before it in its sentence, or -1.
func (c *checker) perPartStone(i int, m match) int {
	if sm := c.perPartStoneAfter(i, m); sm >= 0 {
		return sm
	}
	for k := i - 1; k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			break
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			return k
		}
	}
	return -1
}

// perPartStoneAfter returns the index of the piece's stone right after the
// count per part m (the match at index i), within perPartStoneAfterReach
// tokens of its clause, or -1. Where the number stands before its noun,
// the stone it counts is the one after it: ko "칼세도니 한 알을 중심에 두고,
// 양옆에 두 개씩 투명한 큐빅 지르코니아로" (two clear zirconia on each side)
// counts the zirconia, not the chalcedony before it (#13, rp56: probe
// 56C ko-KR 56C03).
func (c *checker) perPartStoneAfter(i int, m match) int {
	for k := i + 1; k < len(c.ms) && c.ms[k].ti <= m.tj+perPartStoneAfterReach; k++ {
		o := c.ms[k]
		for t := m.tj + 1; t <= o.ti && t < len(c.toks); t++ {
			if c.toks[t].brk {
				return -1
			}
		}
		if o.f == nil {
			continue
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			return k
		}
		if o.f.kind != kindColour {
			return -1
		}
	}
	return -1
}
