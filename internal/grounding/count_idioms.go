package grounding

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Numerals that count no stone (issue #13, rel9): in the languages with
// counters a numeral glued to a counter of the piece, its rows or strands
// or to a noun of time or degree (一本だけでも, 一列に並べ, 一日中, 한 줄로,
// 排成一排) and "one at a time" (一つずつ, 一つ一つ, 一颗颗, 하나씩, 한 개씩)
// were read as counts of the stone named beside them ("says 一 (1 per
// part); the product's stones are 20 ..."). Words of the vocabulary:
// piece_counters, one_by_one, one_each, every_one (vocab.go).

// foldedList expands and folds a vocabulary word list, longest first so
// that a prefix test finds the longest word.
func foldedList(ws []string) []string {
	var out []string
	for _, w := range ws {
		for _, e := range expand(w) {
			if f := foldString(e); f != "" {
				out = append(out, f)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// clauseTextAfter is the folded text of up to six tokens after token k in
// its clause, joined without spaces (a Han or kana character is a token of
// its own; Korean counters stand after a space: "한 줄로").
func (c *checker) clauseTextAfter(k int) string {
	var b strings.Builder
	for j := k + 1; j < len(c.toks) && j <= k+6; j++ {
		if c.toks[j].brk {
			break
		}
		b.WriteString(c.toks[j].s)
	}
	return b.String()
}

func hasPrefixIn(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// countsNoStone reports whether the number m, whose value is n, counts
// something other than stones: the piece, a row or strand, a time, or one
// at a time; or is a value, no count at all (valueNumber: a hardness, an
// age; #13, hardness32).
func (c *checker) countsNoStone(m match, n int) bool {
	if c.countsPart(m) || c.valueNumber(m) {
		return true
	}
	if n == 2 && (c.noTwoAlike(m) || c.bothCompared(m, n)) {
		return true
	}
	if len(c.lx.pieceCounters) == 0 && len(c.lx.oneByOne) == 0 && len(c.lx.oneEach) == 0 && len(c.lx.everyOne) == 0 {
		return false
	}
	rest := c.clauseTextAfter(m.tj)
	if hasPrefixIn(rest, c.lx.pieceCounters) && !c.countsShapeOfStone(m) {
		return true
	}
	if c.counterOfPieceNoun(m) {
		return true
	}
	if n != 1 {
		return false
	}
	// "every single one" (每一颗): the word right before the numeral.
	if m.ti > 0 && !c.toks[m.ti].brk && slices.Contains(c.lx.everyOne, c.toks[m.ti-1].s) {
		return true
	}
	var num strings.Builder
	for k := m.ti; k <= m.tj; k++ {
		num.WriteString(c.toks[k].s)
	}
	ns := num.String()
	last, _ := utf8.DecodeLastRuneInString(ns)
	afterCounter := rest
	if r, size := utf8.DecodeRuneInString(rest); size > 0 && c.lx.counters[r] {
		afterCounter = rest[size:]
		// said twice: 一つ一つ, 一石一石 (the numeral and its counter again,
		// after it or before it)
		if strings.HasPrefix(afterCounter, ns+string(r)) || c.textBefore(m.ti, 2) == ns+string(r) {
			return true
		}
	}
	// said twice: 一颗颗, 一颗一颗 (a numeral form that holds its counter)
	if c.lx.counters[last] && (strings.HasPrefix(rest, string(last)) || strings.HasPrefix(rest, ns)) {
		return true
	}
	if c.phraseAfter(m.tj, c.lx.oneByOne) {
		return true
	}
	oneEach := hasPrefixIn(afterCounter, c.lx.oneEach) || hasPrefixIn(rest, c.lx.oneEach)
	if !oneEach {
		for _, w := range c.lx.oneEach {
			if ns != w && strings.HasSuffix(ns, w) { // 하나씩: one token
				oneEach = true
				break
			}
		}
	}
	return oneEach && !c.partWordBefore(m)
}

// countsShapeOfStone reports whether the number m, with the counter of
// flat or cut pieces after it that also counts the piece's own parts (ja
// 枚, zh 片), counts shapes made of a stone (bead.go): the stone, a head
// link or not, and a shape noun before the number (ヒスイの葉が三枚,
// 紫水晶花瓣五片), or the stone glued before a shape noun after its counter
// (三片翡翠叶).
func (c *checker) countsShapeOfStone(m match) bool {
	if !c.lx.shapeNouns.made() {
		return false
	}
	if k := m.ti - 1; k > 0 && !c.toks[m.ti].brk {
		if c.lx.countPart[c.toks[k].s] && !c.toks[k].brk {
			k--
		}
		if s, shape := c.beadBeforeNumber(k); s > 0 && shape && !c.toks[s].brk {
			p := s - 1
			if p > 0 && c.lx.headLinks.hasWordAt(&c.toks[p]) && !c.toks[p].brk {
				p--
			}
			if i := c.matchAt(p); i >= 0 && c.ms[i].tj == p && c.ms[i].f.kind == kindStone && !c.ms[i].negated {
				return true
			}
		}
	}
	k := m.tj + 2
	if k >= len(c.toks) || c.toks[k].brk || c.toks[k-1].brk {
		return false
	}
	i := c.matchAt(k)
	if i < 0 || c.ms[i].ti != k || c.ms[i].f.kind != kindStone || c.ms[i].negated {
		return false
	}
	e := c.ms[i].tj + 1
	if e < len(c.toks) && !c.toks[e].brk && c.lx.headLinks.hasWordAt(&c.toks[e]) {
		e++
	}
	return e < len(c.toks) && !c.toks[e].brk && c.shapeNounAt(e) >= 0
}

// phraseAfter reports whether one of the folded phrases ws follows token k
// in its clause, word by word ("at a time", "nach dem anderen").
func (c *checker) phraseAfter(k int, ws []string) bool {
	for _, w := range ws {
		parts := strings.Fields(w)
		ok := len(parts) > 0
		for j, p := range parts {
			t := k + 1 + j
			if t >= len(c.toks) || c.toks[t].brk || c.toks[t].s != p {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// partWordBefore reports whether a distributive word of parts stands
// before the number in its clause (左右に一粒ずつ, 양쪽에 하나씩, "one on each
// side"): then "one each" is a count per part.
// A category word before it in the clause names the parts too
// (ピアスに一粒ずつ: one on each earring).
func (c *checker) partWordBefore(m match) bool {
	from := m.ti
	for k := m.ti - 1; k >= 0 && k >= m.ti-8; k-- {
		if c.lx.distributive.endsAt(c.toks, k) {
			return true
		}
		from = k
		if c.toks[k].brk {
			break
		}
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.ti >= from && o.f.kind == kindCategory {
			return true
		}
	}
	return false
}

// textBefore is the folded text of the n tokens right before token k in
// its clause, joined without spaces ("" where the clause starts sooner).
func (c *checker) textBefore(k, n int) string {
	if k < n {
		return ""
	}
	var b strings.Builder
	for j := k - n; j < k; j++ {
		if j > k-n && c.toks[j].brk {
			return ""
		}
		b.WriteString(c.toks[j].s)
	}
	if c.toks[k].brk {
		return ""
	}
	return b.String()
}

// countsPart reports whether the number m heads a phrase whose noun is a
// part of the piece, before any stone (#13, thirteenth blind set): the
// prongs or claws of a setting, its hooks, pins, links or beads ("Four
// prongs hold the stone", "Vier Krappen halten den Stein", "Neljä kynttä
// pitää kiven", "네 개의 발이 스톤을", 四爪镶嵌). The stone named later in the
// clause is what the parts hold, not what the number counts; "four
// stones" still counts stones. The words between are those a count may
// skip (colours, adjectives, counters), as in countForward; a part noun
// right before a word of count_parts_not_before modifies the stone
// ("twelve claw-set diamonds").
func (c *checker) countsPart(m match) bool {
	lx := c.lx
	if lx.countParts.size() == 0 && lx.components.size() == 0 && lx.linkNouns.size() == 0 && lx.pieceParts.size() == 0 {
		return false
	}
	// A bead product's beads are its stones (count58.go), no part.
	if _, _, _, ok := c.beadNounForward(m); ok {
		return false
	}
	next := 0
	for next < len(c.ms) && c.ms[next].ti <= m.tj {
		next++
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+lx.countWindow; k++ {
		t := c.toks[k]
		if t.brk || t.masked {
			return false
		}
		for next < len(c.ms) && c.ms[next].ti < k {
			next++
		}
		inMatch := next < len(c.ms) && c.ms[next].ti == k
		if inMatch {
			switch c.ms[next].f.kind {
			case kindStone, kindStoneNoun:
				return false
			}
		}
		// Beads and shapes made of a stone are the stone's pieces, no
		// part of the setting ("twelve beads of jet", "three leaves of
		// jadeite"; bead.go).
		if c.pieceOfStoneAt(k) {
			return false
		}
		for _, ps := range [...]phrases{lx.countParts, lx.components, lx.linkNouns, lx.pieceParts} {
			if ps.endsAt(c.toks, k) && !c.partStartsBefore(ps, k, m.tj) {
				return k+1 >= len(c.toks) || c.toks[k+1].brk || !lx.partNotBefore[c.toks[k+1].s]
			}
		}
		if isDigits(t.s) {
			return false
		}
		if inMatch {
			// A colour or another word of the vocabulary is read whole
			// (ピンク holds no ピン).
			k = c.ms[next].tj
		}
	}
	return false
}

// partStartsBefore reports whether every phrase of ps ending at token k
// starts at or before token e (the number itself), so is no noun after it.
func (c *checker) partStartsBefore(ps phrases, k, e int) bool {
	for _, p := range ps.at(&c.toks[k]) {
		if k+1 >= len(p) && endsWith(c.toks, k, p) && k-len(p)+1 > e {
			return false
		}
	}
	return true
}

// noTwoAlike reports whether the numeral m (two) stands in a clause that
// also holds a word of sameness and a negation, in any order: "no two
// stones are alike", "two stones are never the same", "kaksi tällaista
// kiveä ei koskaan jakaudu samalla tavalla", "iki taş asla aynı olmaz",
// "同じ石は二つとありません". The idiom says each stone is one of a kind
// (vocabulary alike, alike_negators; #13, no_two19).
func (c *checker) noTwoAlike(m match) bool {
	if c.lx.alike.size() == 0 || c.lx.alikeNeg.size() == 0 {
		return false
	}
	lo := m.ti
	for lo > 0 && !c.toks[lo].brk {
		lo--
	}
	same, neg := false, false
	for k := lo; k < len(c.toks) && (k == lo || !c.toks[k].brk); k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		same = same || c.lx.alike.endsAt(c.toks, k)
		neg = neg || c.lx.alikeNeg.endsAt(c.toks, k)
		if same && neg {
			return true
		}
	}
	return false
}

// counterOfPieceNoun reports whether the counter after the number m is
// followed by a genitive (head_links: ko 의, ja の) and a noun the language
// counts with its own counter (piece_counters: 층 and 겹, layers; 줄,
// rows): "세 개의 층" (three layers) counts the layers of a triplet, not
// the stone named before it (#13, counts47: "이 오팔은 세 개의 층을 접합한"
// on one opal triplet, probe 47C ko-KR 47C101-2). counterOfNext ties such a
// number to a stone after the genitive; this ties it to a noun of parts.
func (c *checker) counterOfPieceNoun(m match) bool {
	if len(c.lx.pieceCounters) == 0 || c.lx.counters == nil {
		return false
	}
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	t := c.toks[k].s
	r, n := utf8.DecodeRuneInString(t)
	if !c.lx.counters[r] {
		return false
	}
	noun := -1
	switch {
	case n < len(t) && c.lx.headLinks.hasWord(t[n:]):
		noun = k + 1
	case n == len(t) && k+1 < len(c.toks) && !c.toks[k+1].brk && c.lx.headLinks.hasWordAt(&c.toks[k+1]):
		noun = k + 2
	}
	if noun < 0 || noun >= len(c.toks) || c.toks[noun].brk || c.stoneStartsAt(noun) {
		return false
	}
	return hasPrefixIn(c.toks[noun].s, c.lx.pieceCounters)
}
