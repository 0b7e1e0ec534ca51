package grounding

import "strings"

// Companions as topics (issue #13, companion36). Copy that suggests a
// matching piece often goes on about it in a sentence of its own, the
// companion as the sentence's topic: "Pair them with the Dew bracelet. The
// bracelet has three peridots on a rose gold chain", "Kombinieren Sie sie
// mit dem Armband Tau. Das Armband hat drei Peridote", "ブレスレット「しずく」
// と合わせて。「しずく」ブレスレットは3つのペリドットをあしらい…", "'이슬'
// 팔찌와 함께 착용하세요. 팔찌는 로즈 골드 체인에…". The stones, counts and
// metals of that sentence are the companion's. A category word of another
// kind opening a sentence is read so only when an earlier sentence has
// already offered a piece of that kind beside the product: a category
// word standing alone at the head of a sentence is otherwise the piece
// (anchor.go), as a category error is, and a quoted design name before it
// is as often the product's own ("「オーロラ」ヘイローリングは").

// companionTopic reports whether the category match ms[i], of another
// kind than the product's and after no demonstrative, opens its sentence
// as its topic (openingTopic) and names a piece of a kind an earlier
// sentence offered beside the product (offeredBefore). The answer is
// computed once a match.
func (c *checker) companionTopic(i int) bool {
	if c.companions == nil {
		c.companions = make([]int8, len(c.ms))
	}
	switch c.companions[i] {
	case 1:
		return true
	case -1:
		return false
	}
	c.companions[i] = -1 // also guards offeredBefore's chain
	o := c.ms[i]
	if o.f.kind != kindCategory || !c.otherKind(o) || c.afterDemonstrative(o) {
		return false
	}
	p := c.offeredBefore(o)
	if p < 0 || !c.openingTopic(o) && !c.repeatedName(o, c.ms[p]) {
		return false
	}
	c.companions[i] = 1
	return true
}

// repeatedName reports whether the category match o, within the first
// three words of its sentence and its first clause, with no indefinite
// article or other fact before it, is followed by the word that followed
// p, the mention that offered the piece: its name, repeated where no
// capital or article marks it ("نسّقيهما مع سوار ندى. يضم سوار ندى ثلاثة
// أحجار", the construct "سوار ندى" is definite without ال).
func (c *checker) repeatedName(o, p match) bool {
	n, q := o.tj+1, p.tj+1
	if n >= len(c.toks) || q >= len(c.toks) || c.toks[n].brk || c.toks[q].brk || c.toks[n].s != c.toks[q].s || c.isFactToken(n) {
		return false
	}
	s := c.sentenceStart(o.ti)
	if o.ti-s > 3 || c.clauseStart(o.ti) != s {
		return false
	}
	for j := s; j < o.ti; j++ {
		if c.lx.indefinites.endsAt(c.toks, j) || c.isFactToken(j) {
			return false
		}
	}
	return true
}

// openingTopic reports whether the category match o opens its sentence as
// its subject or topic (sentenceSubject), a design name in quotes standing
// before it ("「しずく」ブレスレットは", "“晨露”手链镶有") or after it
// ("ブレスレット「しずく」は") where it would otherwise break the clause.
func (c *checker) openingTopic(o match) bool {
	if c.sentenceSubject(o) {
		return true
	}
	marked := func(k int) bool { // a subject marker at token k, or none needed
		if len(c.lx.subjects) == 0 {
			return true
		}
		return k < len(c.toks) && !c.toks[k].brk && contains(c.lx.subjects, c.toks[k].s) || c.subjectParticle(o)
	}
	s := c.sentenceStart(o.ti)
	if o.ti == s {
		q := c.afterQuotedName(o.tj)
		return q > 0 && !c.toks[q].sbrk && len(c.lx.subjects) > 0 && contains(c.lx.subjects, c.toks[q].s)
	}
	// The quoted name runs from the sentence's first token to o.
	var gap string
	if s == 0 {
		gap = c.text[:c.byteAt(c.toks[0].start)]
	} else {
		gap = c.text[c.byteAt(c.toks[s-1].end):c.byteAt(c.toks[s].start)]
	}
	closing := topicQuote(gap)
	if closing == 0 || o.ti-s > maxQuotedName {
		return false
	}
	for k := s + 1; k < o.ti; k++ {
		if c.toks[k].brk {
			return false
		}
	}
	between := c.text[c.byteAt(c.toks[o.ti-1].end):c.byteAt(c.toks[o.ti].start)]
	return strings.ContainsRune(between, closing) && marked(o.tj+1)
}

// topicQuote returns the closing quote of the last opening quote in gap
// (openingQuote's, and the single quotes Korean copy names designs with:
// ‘ ’, ' '), or 0.
func topicQuote(gap string) rune {
	var closing rune
	for _, r := range gap {
		switch r {
		case '‘':
			closing = '’'
		case '\'':
			closing = '\''
		default:
			if q := openingQuote(string(r)); q != 0 {
				closing = q
			}
		}
	}
	return closing
}

// offeredBefore returns the index of a category match of o's kind in an
// earlier sentence than o that was named there as another piece, or -1:
// offered with a word of pairing or cross-selling, a cue of another piece
// (matching, sister, from the same collection), a name beside it, or as a
// companion topic itself (a chain of sentences about it).
func (c *checker) offeredBefore(o match) int {
	s := c.sentenceStart(o.ti)
	for k, p := range c.ms {
		if p.tj >= s {
			break
		}
		if p.f.kind != kindCategory || p.f.value != o.f.value {
			continue
		}
		if c.crossSellSentence(p) || c.otherItemSentence(p) || c.crossSellAfter(p) || c.otherPieceCue(p) ||
			c.crossSoldCategory(p) || c.namedOther(k, p) || c.companionTopic(k) {
			return k
		}
	}
	return -1
}
