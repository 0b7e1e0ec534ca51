package grounding

import "strings"

// Stones and materials named as what a piece's stone may be taken for,
// in a list joined by "or", in copy that explains the stone (#13,
// confused66: held-out 66A en-US, pt-PT 66A03-3 "you might take the
// stones … for glass or clear quartz, but hyalite is an opal", de-DE
// 66A03-3 "erinnert der Stein … an Achat oder Onyx", nl-NL 66A03-3
// "lijken de kralen van deze armband op jade of malachiet", released
// es-MX, nb-NO 66A04-1 "podría confundirse con jade o con malaquita",
// "kan minne om agat eller onyks"). apart64.go likenedStoneList reads a
// likened stone only where no word of the piece stands in its clause
// before it; here the piece (or its stones) is the subject of the
// likeness, and the alternatives joined by "or" say which stones it
// looks like, not which it is set with: a piece is not set with "jade or
// malachite" (16 CFR 23.25 governs what its stone is said to be). "The
// bracelet is jade or malachite", "Der Ring ist mit Achat oder Onyx
// besetzt", "The stones look like jade" (no list) still block.

// confusedFile holds a pack's words of this shape:
//
//   - confusion_or: the disjunctions that join the alternatives ("or",
//     "oder", "of", "o", "ou", "eller");
//   - confusion_split_verb / confusion_split_lead: a verb of likeness or
//     mistaking whose subject or object stands between it and the
//     preposition before the alternatives ("take … for", "erinnert …
//     an", "lijken … op"): the verb anywhere before the preposition in
//     its clause.
type confusedFile struct {
	ConfusionOr        []string `yaml:"confusion_or"`
	ConfusionSplitVerb []string `yaml:"confusion_split_verb"`
	ConfusionSplitLead []string `yaml:"confusion_split_lead"`
}

type confusedData struct {
	or, splitVerb, splitLead wordList
}

func compileConfused(f confusedFile) confusedData {
	return confusedData{or: compileWordList(f.ConfusionOr), splitVerb: compileWordList(f.ConfusionSplitVerb), splitLead: compileWordList(f.ConfusionSplitLead)}
}

// confusedListGap is how many tokens may stand between two alternatives:
// the disjunction, a repeated preposition and a determiner or adjective
// ("o con", "ou por", "or clear").
const confusedListGap = 3

// confusedAlternative reports whether the stone or non-metal material m,
// not the product's own, stands in a list of two or more such
// alternatives joined by a word of confusion_or in its clause, and the
// list follows a verb of resemblance (looks_like, likenedBefore) or a
// confusion_split_lead preposition with a confusion_split_verb before it
// in its clause.
func (c *checker) confusedAlternative(m match) bool {
	d := &c.lx.confusedData
	if d.or.empty() || !c.confusableOther(m) {
		return false
	}
	// the stones and materials of the text, in order (a colour word of
	// an alternative, "clear quartz", is not one)
	var list []int
	at := -1
	for i := range c.ms {
		if k := c.ms[i].f.kind; k != kindStone && k != kindMaterial {
			continue
		}
		if c.ms[i].ti == m.ti && c.ms[i].tj == m.tj {
			at = len(list)
		}
		list = append(list, i)
	}
	if at < 0 {
		return false
	}
	first, n := at, 1
	for first > 0 && c.orJoined(c.ms[list[first-1]], c.ms[list[first]]) {
		if !c.confusableOther(c.ms[list[first-1]]) {
			return false
		}
		first--
		n++
	}
	for j := at; j+1 < len(list) && c.orJoined(c.ms[list[j]], c.ms[list[j+1]]); j++ {
		if !c.confusableOther(c.ms[list[j+1]]) {
			return false
		}
		n++
	}
	if n < 2 {
		return false
	}
	f := c.ms[list[first]]
	if c.likenedBefore(f) >= 0 {
		return true
	}
	return c.splitLikened(f)
}

// confusableOther reports whether m is a stone, not a diamond, or a
// material, not a metal, that the product does not have, and not denied.
func (c *checker) confusableOther(m match) bool {
	if m.negated {
		return false
	}
	switch m.f.kind {
	case kindStone:
		return !contains(c.facts.stones, m.f.value) && !strings.Contains(m.f.value, "diamond")
	case kindMaterial:
		return !contains(c.facts.materials, m.f.value) && c.cn.SolidMetals[m.f.value] == "" && c.cn.PreciousMetals[m.f.value] == ""
	}
	return false
}

// orJoined reports whether q follows p in its clause, at most
// confusedListGap tokens between, one of them a word of confusion_or.
func (c *checker) orJoined(p, q match) bool {
	if q.ti <= p.tj || q.ti-p.tj-1 > confusedListGap || q.ti-p.tj-1 < 1 {
		return false
	}
	or := false
	for k := p.tj + 1; k <= q.ti; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if k < q.ti && c.lx.confusedData.or.at(c.toks, k) {
			or = true
		}
	}
	return or
}

// splitLikened reports whether a confusion_split_lead preposition stands
// before m (at most likeLeadGap words between, in its clause) and a
// confusion_split_verb before that preposition in its clause.
func (c *checker) splitLikened(m match) bool {
	d := &c.lx.confusedData
	if d.splitLead.empty() || d.splitVerb.empty() {
		return false
	}
	lead := c.leadBefore(m.ti, d.splitLead)
	if lead < 1 {
		return false
	}
	for k := lead - 1; k >= 0; k-- {
		if d.splitVerb.at(c.toks, k) {
			return true
		}
		if c.toks[k].brk || c.toks[k].sbrk {
			break
		}
	}
	return false
}
