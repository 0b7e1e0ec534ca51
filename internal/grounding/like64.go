package grounding

import "strings"

// A stone named as what the piece's rare stone is likened to by a verb of
// likeness AFTER it, or as what such a gem was once sold as or mistaken
// for (#13, like64: held-out 64A de-DE 64A03-1 "dessen Farbe an einen
// kühlen Aquamarin erinnert" on a euclase, fi-FI 64A03-1 "spinellinä
// myyty kivi … mitä spinelli ei koskaan tee" on a taaffeite). apart64.go
// likenedStoneList reads a verb of likeness before the stone only; in a
// verb-final clause (German, Dutch, Finnish, Turkish, Japanese, Korean)
// the verb follows it. The stone likened or sold as is a look or a past
// misidentification, not a stone of the piece (16 CFR 23.25 governs what
// the piece's stone is said to be). "Der Aquamarin erinnert an das Meer"
// and "Der Ring ist mit einem Spinell besetzt" still block.

// like64File holds a pack's words of these shapes:
//
//   - likeness_after_stone: the verbs of likeness, of being sold as or of
//     being mistaken for that follow the stone right after it (a word of
//     the verb's own between at most): "erinnert", "verkauft*", "doet
//     denken", "myyty", "olarak satılan", "を思わせる";
//   - likeness_after_lead: where the pack has them, the prepositions one
//     of which must stand before the stone (a determiner and adjectives
//     between, in its clause) for likeness_after_stone to count: "an",
//     "als", "aan"; without them "Der Aquamarin erinnert an das Meer"
//     would read its subject as likened.
type like64File struct {
	LikenessAfterStone []string `yaml:"likeness_after_stone"`
	LikenessAfterLead  []string `yaml:"likeness_after_lead"`
}

type like64Data struct {
	afterStone, afterLead wordList
}

func compileLike64(f like64File) like64Data {
	return like64Data{afterStone: compileWordList(f.LikenessAfterStone), afterLead: compileWordList(f.LikenessAfterLead)}
}

// likeAfterReach is how many tokens a likeness_after_stone word may span
// from right after the stone: "として販売" is five tokens in Japanese.
const likeAfterReach = 8

// likeLeadGap is how many words may stand between a likeness_after_lead
// preposition and the stone: "an einen kühlen Aquamarin".
const likeLeadGap = 3

// leadBefore is the index of the last token of a word of leads standing
// before token ti, at most likeLeadGap words before it and in its clause
// (no clause or sentence break between), or -1: the preposition of a
// likeness ("an einen kühlen Aquamarin", "take it for resin").
func (c *checker) leadBefore(ti int, leads wordList) int {
	for k := ti - 1; k >= 0 && k >= ti-1-likeLeadGap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if leads.at(c.toks, k) {
			return k
		}
	}
	return -1
}

// likenedAfter64 reports whether the stone m, not the product's own and
// not a diamond, is likened, sold as or mistaken for by a word of
// likeness_after_stone right after it, with a likeness_after_lead
// preposition before it where the pack has them; or is named again in its
// sentence after such a mention of the same stone ("spinellinä myyty kivi
// … mitä spinelli ei koskaan tee").
func (c *checker) likenedAfter64(m match) bool {
	d := &c.lx.like64Data
	if d.afterStone.empty() || m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) {
		return false
	}
	if c.likenedAfterAt64(m) {
		return true
	}
	for _, p := range c.ms {
		if p.tj >= m.ti || p.f.kind != kindStone || p.f.value != m.f.value || p.negated {
			continue
		}
		same := true
		for k := p.tj + 1; k <= m.ti; k++ {
			if c.toks[k].sbrk {
				same = false
				break
			}
		}
		if same && c.likenedAfterAt64(p) {
			return true
		}
	}
	return false
}

// likenedAfterAt64 is likenedAfter64's reading of one mention.
func (c *checker) likenedAfterAt64(m match) bool {
	d := &c.lx.like64Data
	if strings.Contains(m.f.value, "diamond") {
		return false
	}
	after := false
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+likeAfterReach && !c.toks[k].brk && !c.toks[k].sbrk; k++ {
		if d.afterStone.span(c.toks, k) == m.tj+1 {
			after = true
			break
		}
	}
	if !after {
		return false
	}
	if d.afterLead.empty() {
		return true
	}
	return c.leadBefore(m.ti, d.afterLead) >= 0
}

// invertedSubjectGap is how many words likenedInverted65 reads between the
// verb of likeness and its preposition: the subject of a verb-second
// clause ("erinnert das Stück an", "doet het sieraad denken aan" is not
// read: its verb is split).
const invertedSubjectGap = 4

// likenedInverted65 reports whether the stone m, not the product's own and
// not a diamond, is what a verb of likeness_after_stone says something is
// likened to where the verb stands before its subject and the subject
// before the likeness_after_lead preposition of the stone, in a
// verb-second clause: "So erinnert das Stück an einen massiven
// Schwarzopal" (#13, explain65: probe 65C de-DE 65C03-1, an opal triplet
// explained against the rarer black opal). The piece that recalls a stone
// is not set with it (16 CFR 23.25 governs what its stone is said to be).
// No word of the piece may stand in the clause before the verb; "So ist
// das Stück mit einem Schwarzopal besetzt" has no verb of likeness and
// still blocks.
func (c *checker) likenedInverted65(m match) bool {
	d := &c.lx.like64Data
	if d.afterLead.empty() || d.afterStone.empty() || m.negated || m.f.kind != kindStone || contains(c.facts.stones, m.f.value) || strings.Contains(m.f.value, "diamond") {
		return false
	}
	lead := c.leadBefore(m.ti, d.afterLead)
	if lead < 1 {
		return false
	}
	for k := lead - 2; k >= 0 && k >= lead-1-invertedSubjectGap; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if d.afterStone.at(c.toks, k) {
			a := k
			for a > 0 && !c.toks[a].brk && !c.toks[a].sbrk {
				a--
			}
			return k == a || !c.anchorPieceWord(a, k-1)
		}
	}
	return false
}
