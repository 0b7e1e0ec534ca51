package grounding

import "unicode/utf8"

// Counts of one colour group with the noun elided (issue #13, released
// 33's colourgroupcount33): "twelve cubic zirconia stones: nine clear
// stones with four blue ones", "veertien zirkonia's: twaalf heldere en
// drie lichtblauwe", "neun klare und vier blaue", "quatre bleus", "fyra
// blå", "cztery niebieskie". A number right before a colour adjective
// that ends its noun phrase, with no noun after it (the phrase ends at a
// clause break, a count stop or the language's pro-form, en "ones"),
// counts the stones of that colour named before it in its sentence: the
// adjective stands for its noun phrase by nominal ellipsis (Quirk et al.,
// A Comprehensive Grammar of the English Language, 1985, §5.9-5.10 on
// "one(s)" as substitute; Duden-Grammatik §1524 on nominalised
// adjectives; Grevisse, Le Bon usage §217 on the elided noun after an
// adjective). The count is compared with the product's groups of that
// colour as "four blue stones" would be.

// elidedColourCount compares the number m (value n) with the stone group
// of the colour right after it when the colour's noun is elided, and
// reports whether it did. It needs, in m's sentence before it, a stone of
// the piece (the noun the adjective stands for) and a stone group whose
// stated colour is the adjective's; otherwise it leaves the number alone.
func (c *checker) elidedColourCount(i int, m match, n int) bool {
	if c.colourBeforeCount(i, m, n) {
		return true
	}
	// A counter may stand between the number and the colour in the
	// languages that have counters: 四颗蓝色, 四顆藍色 (#13,
	// colourgroupcount34), a match of its own or none (9颗无色和4颗粉色;
	// count65.go elidedColourOf).
	//
	// The phrase ends with the colour or its pro-form: no noun after it.
	// Where adjectives follow their noun (Arabic, the Romance languages),
	// a colour right after a number has no noun after it to describe: the
	// noun is elided whatever word follows ("وأربعة زرقاء تتوسطها",
	// "وأربعة زرقاء اللون"), unless a stone follows as the colour's name
	// ("bleu saphir"). A word of the centre or the sides may follow it too
	// ("neljä vaaleanpunaista keskellä", "dört pembe ortada"; count65.go
	// elidedColourEnds).
	ci := c.elidedColourOf(m)
	if ci < 0 {
		return false
	}
	cm := c.ms[ci]
	return c.compareColourGroup(i-1, m, cm, n)
}

// counterTok reports whether token k is a counter alone (颗, 顆, 개, つ)
// in a language with counters.
func (c *checker) counterTok(k int) bool {
	if c.lx.counters == nil || k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	r, size := utf8.DecodeRuneInString(c.toks[k].s)
	return c.lx.counters[r] && size == len(c.toks[k].s)
}

// stoneAtTok reports whether a stone match from c.ms[j] on starts at token k.
func (c *checker) stoneAtTok(j, k int) bool {
	for ; j < len(c.ms) && c.ms[j].ti <= k; j++ {
		if c.ms[j].ti == k && (c.ms[j].f.kind == kindStone || c.ms[j].f.kind == kindStoneNoun) {
			return true
		}
	}
	return false
}

// colourBeforeCount is elidedColourCount where the count follows its
// colour with a counter and no noun between, as Korean and Japanese write
// a colour group's count (투명한 큐빅 9개와 파란색 4개, 透明な石が9つと青が4つ):
// a colour right before the number, a counter right after it, and a
// stone of the piece before the colour in its sentence (#13,
// colourgroupcount34).
func (c *checker) colourBeforeCount(i int, m match, n int) bool {
	if c.lx.counters == nil || i == 0 || m.tj+1 >= len(c.toks) || c.toks[m.ti].brk {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c.toks[m.tj+1].s)
	if !c.lx.counters[r] || c.toks[m.tj+1].brk {
		return false
	}
	// The count's particle may stand between them (青が4つ: count_particles).
	want := m.ti - 1
	if want > 0 && c.lx.countPart[c.toks[want].s] && !c.toks[want].brk {
		want--
	}
	cm := c.ms[i-1]
	if cm.f.kind != kindColour || cm.negated || cm.tj != want {
		return false
	}
	return c.compareColourGroup(i-2, m, cm, n)
}

// compareColourGroup compares count n (match m) with the group of the
// colour cm when one of the product's stones has that colour, taking as
// the colour's noun the last stone of the piece at or before c.ms[from]
// in the number's sentence. It reports whether it compared.
func (c *checker) compareColourGroup(from int, m, cm match, n int) bool {
	stated := false
	for _, st := range c.facts.stoneInfo {
		stated = stated || contains(st.colours, cm.f.value)
	}
	if !stated {
		return false
	}
	for k := from; k >= 0; k-- {
		o := c.ms[k]
		if sentenceBetween(c.toks, o.tj, m.ti) {
			return false
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && !o.negated && c.scopes[k] == scopeProduct {
			c.compareCount(n, m, match{f: o.f, ti: cm.ti, tj: cm.tj, start: cm.start, end: cm.end}, cm.f.value)
			return true
		}
	}
	return false
}
