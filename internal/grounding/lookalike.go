package grounding

import (
	"strings"
	"unicode/utf8"
)

// The object of a comparison (#13, lookalike29). Copy that explains a
// material says what it is mistaken for, confused with or compared to
// ("it is sometimes mistaken for emerald or green tourmaline", "on le
// confond parfois avec l'émeraude ou la tourmaline verte", "é confundido
// com a esmeralda ou a turmalina verde"): the stones it names there are
// the look-alikes, whatever else the sentence says of the piece ("though
// its golden green sets it apart"). Only the object of the comparison is
// one: a stone the sentence places on or beside the piece (beside_piece:
// "beside it", "à ses côtés"; stone_family.go), with the comparison in an
// apposition after it ("Beside it sits a small round peridot, the gem it
// is most often confused with"), is the piece's (GIA Gem Reference Guide and Webster, Gems, list each
// gem's look-alikes as the stones it is "confused with" / "mistaken for";
// the grammar of the object: Huddleston and Pullum, The Cambridge
// Grammar of the English Language, ch. 4 on complements of prepositional
// verbs; Duden Grammatik on the Satzklammer for the participle after
// its object).

// objectGap is how many words may stand between a word of comparison and
// its object: an adverb ("sometimes", "parfois", "nogle gange", "joskus"),
// a preposition and an article ("avec l'", "com a").
const objectGap = 5

// comparisonLink reports whether tokens a..b (inclusive, possibly none)
// may join a word of comparison to its object: one clause, at most
// objectGap words, none a stone (a stone between is another look-alike,
// read by coordinatedLookalike, or the head of a relative clause: 误认为
// 祖母绿的橄榄石), at most one of more than five letters (the adverb).
func (c *checker) comparisonLink(a, b int) bool {
	long := 0
	n := 0
	for k := a; k <= b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		// The product's own stone is the one confused ("On confond
		// parfois le péridot avec l'émeraude"): no word of the gap.
		if c.ownStoneToken(k) {
			continue
		}
		if c.stoneToken(k, k) {
			return false
		}
		if n++; n > objectGap {
			return false
		}
		if utf8.RuneCountInString(c.toks[k].s) > 5 && !c.colourToken(k) {
			if long++; long > 1 {
				return false
			}
		}
	}
	return b+1 >= len(c.toks) || !c.toks[b+1].brk
}

// colourToken reports whether token k is a word of a colour match.
func (c *checker) colourToken(k int) bool {
	return c.kindTokenAt(k, kindColour)
}

func (c *checker) kindTokenAt(k int, kd kind) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if k <= m.tj && m.f.kind == kd {
			return true
		}
	}
	return false
}

// comparedObject reports whether the stone m is the object of a verb of
// confusion (a looks_like phrase that holds a word of
// material_relation_words: "mistaken for", "confond",
// "förväxlas", "sekoitetaan", 误认为) before it, or, where the object
// stands before the verb, of one after it (looks_like_after: "verwechselt",
// "ile karıştırılır", "と間違われ"), an adverb, a preposition or an
// article at most between.
func (c *checker) comparedObject(m match) bool {
	if c.lx.looksLike.size() > 0 {
		for e := m.ti - 1; e >= 0 && e >= m.ti-1-objectGap-2; e-- {
			if c.toks[e+1].brk || c.toks[e+1].sbrk {
				break
			}
			if n := c.phraseEndsAt(c.lx.looksLike, nil, e); n > 0 && c.confusionIn(e-n+1, e) && c.comparisonLink(e+1, m.ti-1) {
				return true
			}
		}
	}
	if len(c.lx.looksLikeAfter) > 0 {
		for s := m.tj + 1; s < len(c.toks) && s <= m.tj+1+objectGap; s++ {
			if c.toks[s].brk || c.toks[s].sbrk {
				break
			}
			for _, e := range c.lx.looksLikeAfter.at(c.toks, s) {
				if c.confusionIn(s, e) && c.comparisonLink(m.tj+1, s-1) {
					return true
				}
			}
		}
	}
	return false
}

// confusionIn reports whether a word of material_relation_words (what a
// material is taken for: confused with, mistaken for, förväxla*, 误认)
// ends within tokens a..b: a verb of confusion, not one of looks alone
// ("parece", "recalls"), which keeps resembled's narrow reach.
func (c *checker) confusionIn(a, b int) bool {
	if c.lx.relation.empty() {
		return false
	}
	for k := a; k <= b; k++ {
		if c.lx.relation.at(c.toks, k) {
			return true
		}
	}
	return false
}

// relationObject reports whether the stone or material m is the object of
// a word of material_relation_words (what the material is found in,
// enclosed in or taken for): one before it ("confused with opal", "finnes
// i grå perlitt", "se confunde con el ópalo") or, in a language whose
// object stands before its verb (one with looks_like_after), one after it
// ("Mit Onyx wird er oft verwechselt", "krizokolla ile karıştırılır",
// オパールと間違われる), as comparedObject reads it; or fronted after the
// preposition the word governs, or before a stranded one. It tells
// coordinatedLookalike the last stone of a list is a look-alike.
func (c *checker) relationObject(m match) bool {
	rel := c.lx.relation
	if rel.empty() {
		return false
	}
	for e := m.ti - 1; e >= 0 && e >= m.ti-1-objectGap-2; e-- {
		if c.toks[e+1].brk || c.toks[e+1].sbrk {
			break
		}
		if rel.at(c.toks, e) && c.comparisonLink(e+1, m.ti-1) {
			return true
		}
	}
	if c.frontedObject(m) || c.strandedObject(m) {
		return true
	}
	if len(c.lx.looksLikeAfter) == 0 {
		return false
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+objectGap+3; k++ {
		if c.toks[k].sbrk || k > m.tj+1 && c.toks[k].brk {
			break
		}
		if st := rel.span(c.toks, k); st > m.tj && c.comparisonLink(m.tj+1, st-1) {
			return true
		}
	}
	return false
}

// coordinatedLookalike reports whether the stone m (match i) is joined by
// a conjunction to a stone before it that is a look-alike (scopeIdiom,
// the object of a comparison): "mistaken for emerald or green
// tourmaline", "confundido com a esmeralda ou a turmalina verde". Only
// articles, link words and colours of the stone stand between.
func (c *checker) coordinatedLookalike(i int, m match) bool {
	for j := i - 1; j >= 0; j-- {
		p := c.ms[j]
		// A colour is skipped ("emerald or green tourmaline"), unless it
		// is itself what the stone recalls, a stone's name read as its
		// colour: "Its soft blue recalls turquoise and chalcedony",
		// "θυμίζει τον τουρκουάζ και τον χαλκηδόνιο" (#13, hostmineral37;
		// released 33's el-GR hemimorphite).
		if p.f.kind == kindColour && !c.resembled(p) {
			continue
		}
		if p.f.kind != kindStone && p.f.kind != kindColour || m.ti-p.tj > 6 ||
			p.f.kind == kindStone && (c.scopes[j] != scopeIdiom || !(c.comparedObject(p) || c.relationObject(p) || c.imitated(p) || c.coordinatedLookalike(j, p))) {
			break
		}
		// The preposition that introduced the look-alike may stand again
		// after the conjunction: "confused with black onyx or with glass",
		// "confondu avec l'onyx ou avec le verre".
		intro := ""
		if b := p.ti - 1; b >= 0 && !c.toks[p.ti].brk {
			for b > 0 && (c.colourToken(b) || c.articleLike(b)) && !c.toks[b].brk {
				b--
			}
			intro = c.toks[b].s
		}
		conj := false
		for k := p.tj + 1; k < m.ti; k++ {
			if c.toks[k].sbrk {
				return false
			}
			switch w := c.toks[k].s; {
			case c.conjAt(k):
				conj = true
			case conj && w == intro && !c.toks[k].brk:
			case c.toks[k].brk && !conj:
				// a list's comma: "emerald, jade or tourmaline"
			case c.toks[k].brk:
				return false
			case linkWords[w] || c.articleLike(k) || c.colourToken(k):
			default:
				return false
			}
		}
		if conj || c.listGoesOn(m) {
			return true
		}
		break
	}
	return c.coordinatedBeforeObject(i, m) || c.resembledInList(m)
}

// resembledInList reports whether the stone m is joined by a conjunction
// to one word before it that a verb of resemblance governs (looks_like,
// at most lookGap short words before that word), a word the vocabulary
// need not read as a stone: "Its soft blue recalls turquoise and
// chalcedony", "θυμίζει τον τουρκουάζ και τον χαλκηδόνιο" (#13,
// hostmineral37; released 33's el-GR hemimorphite, where "turquoise" is
// read as no stone before "and"). Only articles stand beside the
// conjunction.
func (c *checker) resembledInList(m match) bool {
	if c.lx.looksLike.size() == 0 {
		return false
	}
	k := m.ti - 1
	for k >= 0 && !c.toks[k+1].brk && c.articleLike(k) && !c.conjAt(k) {
		k--
	}
	if k < 1 || c.toks[k+1].brk || !c.conjAt(k) || c.toks[k].brk {
		return false
	}
	k--
	for k >= 0 && !c.toks[k+1].brk && c.articleLike(k) {
		k--
	}
	if k < 1 || c.toks[k+1].brk || c.toks[k].sbrk || c.isFactToken(k) && !c.colourToken(k) {
		return false
	}
	for e := k - 1; e >= 0 && e >= k-1-lookGap; e-- {
		if !c.shortLink(e+1, k-1) {
			break
		}
		if c.phraseEndsAt(c.lx.looksLike, nil, e) > 0 {
			return true
		}
	}
	return false
}

// lookalikeMaterial reports whether the material m (match i), no metal,
// is joined to a look-alike stone before it: "often mistaken for black
// onyx or glass", "confundido com ónix preto ou com vidro", "forveksles
// ofte med sort onyks eller glas" (#13, simile32; blind set 31A's 31A110,
// Whitby jet in silver, blocked grounding.material on vidro). What the
// piece's stone is taken for is not its material, as the stone before it
// is not a stone of the piece (coordinatedLookalike). A metal is left to
// the checks of metals ("mistaken for gold" is the FTC's concern, 16 CFR
// 23.4), and "the pendant is made of glass" still blocks.
func (c *checker) lookalikeMaterial(i int, m match) bool {
	v := m.f.value
	if m.negated || c.cn.SolidMetals[v] != "" || c.cn.PreciousMetals[v] != "" || c.cn.MaterialColours[v] != nil && !contains(c.cn.SimileMaterials, v) {
		return false
	}
	return c.coordinatedLookalike(i, m)
}

// coordinatedBeforeObject reports whether the stone m (match i) is the
// first of a list whose last stone is the object of a word of confusion
// after it, where the object stands before its verb ("mit Smaragd oder
// grünem Turmalin verwechselt", "zümrüt veya turmalin ile karıştırılır").
func (c *checker) coordinatedBeforeObject(i int, m match) bool {
	for {
		j, q, ok := c.nextCoordinated(i, m, false)
		if !ok {
			return false
		}
		if c.comparedObject(q) || c.relationObject(q) {
			return true
		}
		i, m = j, q
	}
}

// nextCoordinated returns the stone (with materials, the stone or
// material) coordinated after m (match i), and its index: within six
// tokens, with only articles, link words, colours and list commas
// between, joined by a conjunction or by a comma of a list that goes on
// (listGoesOn). A colour match between is skipped; ok is false when the
// next match is anything else or a sentence ends first.
func (c *checker) nextCoordinated(i int, m match, materials bool) (j int, q match, ok bool) {
	for j = i + 1; j < len(c.ms); j++ {
		q = c.ms[j]
		if q.f.kind == kindColour {
			continue
		}
		if q.f.kind != kindStone && (!materials || q.f.kind != kindMaterial) || q.ti-m.tj > 6 {
			return 0, match{}, false
		}
		conj := false
		for k := m.tj + 1; k < q.ti; k++ {
			switch w := c.toks[k].s; {
			case c.toks[k].sbrk:
				return 0, match{}, false
			case c.conjAt(k):
				conj = true
			case c.toks[k].brk:
			case linkWords[w] || c.articleLike(k) || c.colourToken(k):
			default:
				return 0, match{}, false
			}
		}
		if !conj && !c.listGoesOn(q) {
			return 0, match{}, false
		}
		return j, q, true
	}
	return 0, match{}, false
}

// listGoesOn reports whether a conjunction follows the stone m after at
// most a colour: m is an inner item of a comma list ("emerald, jade or
// tourmaline").
func (c *checker) listGoesOn(m match) bool {
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+3; k++ {
		if c.toks[k].sbrk {
			return false
		}
		if c.conjAt(k) {
			return true
		}
		if !c.colourToken(k) && !c.toks[k].brk {
			return false
		}
	}
	return false
}

// conjAt reports whether token k is a conjunction as written: folded
// "é" (is) and "è" are no "e" (and) (#13, lookalike29: "Ao contrário do
// jaspe, é madeira petrificada"); in the scripts without spaces the
// particles of a list (或, 和, や, と) and Arabic و, أو.
func (c *checker) conjAt(k int) bool {
	w := c.toks[k].s
	if listParticles[w] {
		return true
	}
	if !conjunctions[w] {
		return false
	}
	raw := strings.ToLower(c.text[c.byteAt(c.toks[k].start):c.byteAt(c.toks[k].end)])
	return conjunctions[raw]
}

// listParticles join the items of a list in Chinese (或 or, 和/与/與/及
// and), Japanese (や, と, か) and Arabic (أو or, و and; folded او).
var listParticles = map[string]bool{"或": true, "和": true, "与": true, "與": true, "及": true, "或者": true,
	"や": true, "と": true, "か": true, "أو": true, "او": true, "و": true}

// ownStoneToken reports whether token k is a word of one of the product's
// own stones.
func (c *checker) ownStoneToken(k int) bool {
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if k <= m.tj && m.f.kind == kindStone && contains(c.facts.stones, m.f.value) {
			return true
		}
	}
	return false
}

// confusionMarks are the prepositions the words of relation and of
// resemblance govern: the last word, of four letters at most, of each
// phrase of two words or more ("confused with", "confondu avec",
// "confundido con", "mylony z", "zaměňován s", "μπερδεύεται με",
// "förväxlas med", "verwechselt mit", "found in").
func confusionMarks(lists ...phrases) map[string]bool {
	marks := map[string]bool{}
	for _, ps := range lists {
		for _, list := range ps.each() {
			for _, p := range list {
				if w := p[len(p)-1]; len(p) >= 2 && utf8.RuneCountInString(w) <= 4 {
					marks[w] = true
				}
			}
		}
	}
	return marks
}

// frontedObject reports whether the stone m follows the preposition a word
// of relation governs, at most a determiner between, and that word stands
// after it in the sentence: the object fronted before its verb ("Avec
// l'onyx, elle est souvent confondue", "Con el ónix se confunde a menudo",
// "Z onyksem bywa często mylony", "Με τον όνυχα συχνά μπερδεύεται";
// Duden Grammatik and the Real Academia's Nueva gramática on the fronted
// complement).
func (c *checker) frontedObject(m match) bool {
	if len(c.lx.marks) == 0 {
		return false
	}
	k := m.ti - 1
	for n := 0; n < 2 && k >= 0 && !c.toks[k+1].brk && !c.toks[k+1].sbrk && !c.lx.marks[c.toks[k].s] && c.articleLike(k); n++ {
		k--
	}
	if k < 0 || c.toks[k+1].brk || c.toks[k+1].sbrk || !c.lx.marks[c.toks[k].s] {
		return false
	}
	_, e := c.sentenceOf(m.ti)
	for j := m.tj + 1; j <= e; j++ {
		if c.lx.relation.span(c.toks, j) > m.tj {
			return true
		}
	}
	return false
}

// strandedObject reports whether the sentence of the stone m ends with a
// word of relation whose preposition is stranded ("Onyx is what it is most
// often confused with"), the stone in the same clause before it: the
// stone is what the free relative names. A clause break between (an
// apposition: "a small round peridot, the gem it is most often confused
// with") leaves the stone outside.
func (c *checker) strandedObject(m match) bool {
	_, e := c.sentenceOf(m.ti)
	if e <= m.tj || !c.lx.marks[c.toks[e].s] || c.lx.relation.span(c.toks, e) <= m.tj {
		return false
	}
	for j := m.tj + 1; j <= e; j++ {
		if c.toks[j].brk {
			return false
		}
	}
	return true
}

// articleLike reports whether token k may be an article between a
// preposition and its noun: a determiner of the pack, an elided or fused
// article ("l'", "dell'"), a word of three letters at most that is no fact
// ("τον", "el", "o").
func (c *checker) articleLike(k int) bool {
	w := c.toks[k].s
	return c.lx.determiners[w] || linkArticles[w] || utf8.RuneCountInString(w) <= 3 && !c.isFactToken(k)
}
