package grounding

// kindsNamedAfter reports whether the generic stone noun of match j
// ("stones", "pierres", "pietre", "pedras"), counted n, is followed by a
// comma, colon or dash and then, in its sentence, by the names of n
// different stones: "The name jade covers two stones, nephrite and
// jadeite", "Le nom de jade désigne deux pierres, la néphrite et la
// jadéite" count the kinds of stone a trade name covers, not the stones of
// the piece (#13, count51: copy explaining a nephrite jade named the two
// jades and blocked as grounding.count). One name, or names of fewer or
// more kinds than the count ("three stones, a ruby and two sapphires"),
// leave the count to the piece.
func (c *checker) kindsNamedAfter(j, n int) bool {
	sm := c.ms[j]
	k := sm.tj + 1
	// one adjective may follow the noun ("due pietre diverse, la nefrite
	// e la giadeite", "duas pedras diferentes: a nefrite")
	if k+1 < len(c.toks) && !c.toks[k].brk && c.toks[k+1].brk && !c.isFactToken(k) {
		k++
	}
	if n < 2 || k >= len(c.toks) || !c.toks[k].brk || c.toks[k].sbrk {
		return false
	}
	gap := c.surface(c.toks[k-1].end, c.toks[k].start)
	if gap == "" || !containsAnyRune(gap, ",:;—–-、،") {
		return false
	}
	_, e := c.sentenceOf(sm.ti)
	var kinds []string
	for q := j + 1; q < len(c.ms) && c.ms[q].ti <= e; q++ {
		m := c.ms[q]
		if (m.f.kind == kindNumber || m.f == digitForm) && m.f.value != "1" && q+1 < len(c.ms) && c.ms[q+1].ti == m.tj+1 && c.ms[q+1].f.kind == kindStone {
			return false // "three stones, a ruby and two sapphires"
		}
		if m.f.kind != kindStone || m.negated {
			continue
		}
		if !contains(kinds, m.f.value) {
			kinds = append(kinds, m.f.value)
		}
	}
	return len(kinds) == n
}

func containsAnyRune(s, runes string) bool {
	for _, r := range s {
		for _, x := range runes {
			if r == x {
				return true
			}
		}
	}
	return false
}
