package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The head of a fact's noun phrase (issue #13, false blocks: "another
// product suggested alongside"). A metal, stone, colour or fineness word
// qualifies a noun; where that noun is a category word of another kind
// than the product's ("our solid gold earrings" of a necklace, "une bague
// en or", "Goldring", "kultasormus", "ゴールドのリング"), the fact is that
// other piece's, in any sentence, with or without a verb of pairing. Where
// it is the product's own category after a demonstrative ("pair this 18k
// gold ring with…"), the fact is the piece's even in a sentence that
// suggests another.

// headScope is what the head of a fact's noun phrase says about it.
type headScope uint8

const (
	headNone  headScope = iota // no category heads it, or one of the piece's kind
	headOther                  // a category of another kind: another piece
	headThis                   // the product's own category after a demonstrative
)

// headGap is how many words that are no fact may stand between a
// qualifier and its noun ("gold curb bracelet", "ruby drop earrings");
// more where a token is one character ("ゴールドの華奢なリング").
func (c *checker) headGap() int {
	if c.lx.countWindow > countLookahead {
		return 3
	}
	return 1
}

// headOfFact decides the head of m's noun phrase (facts of the kinds that
// describe a piece: metal, fineness, stone, colour).
func (c *checker) headOfFact(m match) headScope {
	switch m.f.kind {
	case kindMaterial, kindKarat, kindStone, kindColour:
	default:
		return headNone
	}
	if c.afterOtherPiece(m) || c.relativeOfOther(m) || c.beforeOtherPiece(m) || c.inParenOfOther(m) {
		return headOther
	}
	o, ok := c.headOf(m)
	if !ok {
		return headNone
	}
	if c.otherPiece(o) {
		return headOther
	}
	if pc := c.facts.category; (o.f.value == pc || contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f)) && c.afterDemonstrative(o) {
		return headThis
	}
	return headNone
}

// otherKind reports whether the category match o names a piece of another
// kind than the product: not its category, not a related one (a charm's
// bracelet, a pendant's chain), not the rings its chain is made of, not a
// ring of stones round its centre (surroundingCircle).
func (c *checker) otherKind(o match) bool {
	pc := c.facts.category
	if pc == "" || o.f.value == pc || contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f) || c.surroundingCircle(o) {
		return false
	}
	return !c.partOfChain(o)
}

// headOf returns the category word that heads m's noun phrase:
//   - the rest of a compound ("Goldring", "guldring", "kultasormus");
//   - where qualifiers come first, the noun after it, with only facts,
//     conjunctions, head_links (の, 的) and headGap other words between
//     ("solid gold ruby earrings", "ゴールドのリング", "金手链"); a run of
//     category words ends with its head ("gold chain bracelet");
//   - the noun before it through head_links ("earrings in rose gold",
//     "une bague en or", "Ohrringe aus Gold", "خاتم من الذهب"), or right
//     before it where adjectives follow ("un anillo dorado", "خاتم ذهبي").
func (c *checker) headOf(m match) (match, bool) {
	first, last := -1, -1 // category matches of m's token, before and after it
	for k, o := range c.ms {
		if o.f.kind != kindCategory {
			continue
		}
		if o.ti == m.ti && o.tj == m.tj && o.start > m.start {
			return c.categoryRun(k), true // a compound
		}
		if o.tj < m.ti {
			last = k
		} else if o.ti > m.tj && first < 0 {
			first = k
		}
	}
	if !c.lx.adjAfter && first >= 0 && c.qualifies(m.tj, c.ms[first].ti) {
		return c.categoryRun(first), true
	}
	if last >= 0 && c.linked(c.ms[last].tj, m.ti) {
		return c.ms[last], true
	}
	if last >= 0 && c.otherKind(c.ms[last]) && c.pieceLinked(c.ms[last].tj, m.ti) {
		return c.ms[last], true
	}
	return match{}, false
}

// categoryRun returns the last of the category matches adjacent to ms[k]
// ("chain bracelet", "チェーンブレスレット"): the head of the compound.
func (c *checker) categoryRun(k int) match {
	o := c.ms[k]
	for j := k + 1; j < len(c.ms); j++ {
		n := c.ms[j]
		if n.f.kind != kindCategory || n.ti != o.tj+1 || c.toks[n.ti].brk {
			break
		}
		if _, ours := c.oursStart(n); ours {
			break // a piece of its own: "kolyeyi küpelerimizle"
		}
		o = n
	}
	return o
}

// qualifies reports whether the words after a qualifier ending at token
// a, up to the noun at token b, keep it in the noun's phrase: facts,
// conjunctions and head links, and at most headGap other words, no
// clause break and no determiner (which opens another phrase).
func (c *checker) qualifies(a, b int) bool {
	gap := c.headGap()
	for k := a + 1; k < b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		s := c.toks[k].s
		switch {
		case c.isFactToken(k), conjunctions[s], c.lx.headLinks.hasWord(s):
		case c.lx.determiners[s], c.lx.ours.hasWord(s):
			return false
		case c.katakanaRun(k):
			// one word written in several one-character tokens
			// ("シンプルなリング": シンプル is one adjective; #13, left59)
		default:
			if gap--; gap < 0 {
				return false
			}
		}
	}
	return !c.toks[b].brk && !c.toks[b].sbrk
}

// katakanaRun reports whether token k, one katakana character where
// tokens are characters, continues the katakana word of token k-1.
func (c *checker) katakanaRun(k int) bool {
	if k < 1 || !c.charTokens() || c.toks[k].brk {
		return false
	}
	kana := func(t string) bool {
		r, n := utf8.DecodeRuneInString(t)
		return n == len(t) && n > 0 && (unicode.Is(unicode.Katakana, r) || r == 'ー') && r != '・'
	}
	return kana(c.toks[k].s) && kana(c.toks[k-1].s)
}

// linked reports whether the fact at token b follows the noun ending at
// token a in its phrase: through head links, determiners and facts ("in
// 14k rose gold", "en or jaune 18 carats", "aus 585er Gold"), or right
// after it where adjectives follow their noun.
func (c *checker) linked(a, b int) bool {
	if b-a > 6 {
		return false
	}
	link := false
	adj := 0 // an adjective of the noun before the link ("une bague fine en or")
	if c.lx.adjAfter {
		adj = 1
	}
	after := 1 // an adjective of the fact after the link
	name := 1  // a name after the noun ("der Ring Orbit aus Gold", "the Luna hoops in rose gold")
	for k := a + 1; k < b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		s := c.toks[k].s
		switch {
		case c.lx.headLinks.hasWord(s), k == a+1 && c.possessiveS(k):
			link = true // "earrings in rose gold", "the ring's rose gold band"
		case !link && name > 0 && k == a+1 && c.nameToken(k):
			name--
		case c.lx.determiners[s], c.lx.ours.hasWord(s), c.isFactToken(k):
		case !link && adj > 0:
			adj--
		case link && after > 0: // "aus massivem Gold", "z ryzího zlata"
			after--
		default:
			return false
		}
	}
	if b < len(c.toks) && (c.toks[b].brk || c.toks[b].sbrk) {
		return false
	}
	return link || c.lx.adjAfter && b == a+1
}

// afterDemonstrative reports whether a demonstrative (demonstratives:
// "this", "ce", "dieser", この, 这) stands before the category match o in
// its noun phrase, up to four words or eight one-character tokens before.
func (c *checker) afterDemonstrative(o match) bool {
	if c.lx.demonstr.phrases.size() == 0 {
		return false
	}
	w := 4
	if c.lx.countWindow > countLookahead {
		w = 8
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-w; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if c.lx.demonstr.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// otherPieceCue reports whether the category match o is named as another
// piece without a verb: a word of other_piece_before up to four words
// before it (eight one-character tokens), or one of other_piece_after
// later in its clause.
func (c *checker) otherPieceCue(o match) bool {
	t := c.toks[o.tj].s
	for _, s := range c.lx.otherEndings {
		if len(t) > len(s)+2 && strings.HasSuffix(t, s) {
			return true
		}
	}
	if c.cuePrefix(o) {
		return true
	}
	w := 5
	if c.lx.countWindow > countLookahead {
		w = 9
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-w && c.lx.otherBefore.size() > 0; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if c.lx.otherBefore.endsAt(c.toks, k) {
			return true
		}
	}
	for k := o.tj + 1; k < len(c.toks) && k <= o.tj+c.crossSellAfterWindow() && c.lx.otherAfter.size() > 0; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			break
		}
		if c.lx.otherAfter.endsAt(c.toks, k) {
			return true
		}
	}
	return c.soldApart(o)
}

// soldApart reports whether a word of another category than the product's
// is the subject of its sentence's closing predicate of other_piece_after
// past an aside between commas: "Os brincos Arco-Íris, com dois topázios
// de 6 mm, são vendidos em separado", "The matching earrings, each with a
// 6 mm topaz, are sold separately" (#13, claims52: probe 52C pt-PT 52C104).
// The cue must end the sentence, with no other category word between.
func (c *checker) soldApart(o match) bool {
	if c.lx.otherAfter.size() == 0 || c.ownCategory(o.f.value) {
		return false
	}
	_, e := c.sentenceOf(o.tj)
	for k := e; k > o.tj && k >= e-1; k-- {
		a := c.lx.otherAfter.startOf(c.toks, k)
		if a <= o.tj {
			continue
		}
		for _, m := range c.ms {
			if m.ti > o.tj && m.ti < a && m.f.kind == kindCategory {
				return false
			}
		}
		return true
	}
	return false
}

// cuePrefix reports whether the category match o ends a compound that
// opens with a one-word cue of other_piece_before of five letters or more
// ("Schwesterkette", "sisarkaulakorussa": the sister necklace; #13,
// companion36).
func (c *checker) cuePrefix(o match) bool {
	t := c.toks[o.ti]
	if o.ti != o.tj {
		return false
	}
	for w, ps := range c.lx.otherBefore.each() {
		if len(w) < 5 || len(t.s) < len(w)+3 || !strings.HasPrefix(t.s, w) {
			continue
		}
		for _, p := range ps {
			if len(p) == 1 {
				return true
			}
		}
	}
	return false
}

// afterOtherPiece reports whether m follows, in its sentence, a category
// word of another kind that a cue names as another piece (otherPieceCue:
// "its sister earrings hold a ruby each", "les boucles d'oreilles
// assorties sont en or rose"), with no word of the product's own category
// between: the sentence goes on about that piece.
func (c *checker) afterOtherPiece(m match) bool {
	if c.lx.otherBefore.size() == 0 && c.lx.otherAfter.size() == 0 {
		return false
	}
	pc := c.facts.category
	other, topic := false, false
	last := -1 // the last token of the other piece's word
	for k, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind != kindCategory {
			continue
		}
		if c.sbrkBetween(o.tj, m.ti) {
			continue
		}
		switch {
		case o.f.value == pc:
			other = false // the piece again: "…, while this necklace is…"
		case c.cuePrefix(o):
			other, topic, last = true, false, o.tj // "Ihre Schwesterkette trägt…", a related kind too
		case contains(c.cn.Related[pc], o.f.value) || c.partSenseOf(pc, o.f):
			// A part of a related kind is the other piece's in its
			// clause ("Das Armband hat drei Peridote an einer Kette aus
			// Roségold"), and in the sentence whose topic it is
			// ("「しずく」ブレスレットは…、チェーンはピンクゴールドです";
			// #13, companion36); "this chain" is the piece's.
			if !other || c.afterDemonstrative(o) || !topic && c.brkBetween(last, o.ti) {
				other = false
			}
		case c.otherKind(o) && c.otherPieceCue(o):
			other, topic, last = true, false, o.tj
		case c.otherKind(o) && c.companionTopic(k):
			other, topic, last = true, true, o.tj
		}
	}
	return other
}

// sbrkBetween reports whether a sentence ends between tokens a and b.
func (c *checker) sbrkBetween(a, b int) bool {
	for k := a + 1; k <= b && k < len(c.toks); k++ {
		if c.toks[k].sbrk {
			return true
		}
	}
	return false
}

// ownBetween reports whether a category word of the product's own kind
// stands between tokens a and b: the facts after it are the piece's again
// ("wie unsere Ohrringe trägt diese Kette einen Rubin").
func (c *checker) ownBetween(a, b int) bool {
	pc := c.facts.category
	for _, o := range c.ms {
		if o.ti >= b {
			break
		}
		if o.ti > a && o.f.kind == kindCategory && o.f.value == pc {
			return true
		}
	}
	return false
}

// otherPiece reports whether the category match o names a piece other
// than the product: one of another kind, or any one named as another (a
// name beside it, not as the sentence's subject: "the Nova charm",
// "Novaチャーム"; ours or cross-sold: crossSoldCategory).
func (c *checker) otherPiece(o match) bool {
	if c.otherKind(o) || c.partnerPiece(o) {
		return true
	}
	if first, _, ok := c.nameAround(o); ok && !c.startsSentence(first) {
		return true
	}
	return c.crossSoldCategory(o)
}

// parenBefore reports whether an opening parenthesis or a dash stands
// between token k and the one before it: the words after it describe the
// noun before it ("our Luna hoops (9ct rose gold)", "the Orbit bangle –
// yellow gold, onyx –").
func (c *checker) parenBefore(k int) bool {
	if k <= 0 || k >= len(c.toks) {
		return false
	}
	between := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
	return strings.ContainsAny(between, "(（—–")
}

// inParenOfOther reports whether m stands inside a parenthesis that opens
// right after another piece ("Luna hoops (rose gold), Orbit bangle (yellow
// gold, onyx)"): the parenthesis describes that piece.
func (c *checker) inParenOfOther(m match) bool {
	p := -1 // the first token inside the parenthesis
	for k := m.ti; k > 0; k-- {
		if c.toks[k].sbrk {
			return false
		}
		between := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
		if strings.ContainsAny(between, ")）") {
			return false
		}
		if strings.ContainsAny(between, "(（") {
			p = k
			break
		}
	}
	if p < 0 {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= p {
			break
		}
		if o.f.kind == kindCategory && o.tj >= p-3 && !c.ownBetween(o.tj, p) && c.otherPiece(o) {
			return true
		}
	}
	return false
}

// relativeOfOther reports whether m stands in a clause that opens with a
// relative or participle (relative_openers: "set with", "which", "qui",
// "jossa", "który") right after another piece ("the Nova charm, set with
// green emeralds", "Nova-riipuksen rinnalla, jossa on musta onyksi"): the
// clause describes that piece.
func (c *checker) relativeOfOther(m match) bool {
	if c.lx.relOpeners.size() == 0 {
		return false
	}
	s := m.ti
	// A decimal comma or point ("de 6,5 mm en oro amarillo de 18
	// quilates") is no clause break (#13, other52).
	for s > 0 && (!c.toks[s].brk || c.decimalBreak(s)) {
		if c.toks[s].sbrk {
			return false
		}
		s--
	}
	if s == 0 || c.toks[s].sbrk {
		return false
	}
	opens := c.parenBefore(s)
	for e := s; e < m.ti && e <= s+2 && !opens; e++ {
		if c.lx.relOpeners.spans(c.toks, s, e) {
			opens = true
			break
		}
	}
	// A count in an apposition whose noun comes first and its link after
	// ("a Pulseira Orvalho, de corrente fina com três peridotos", "z
	// bransoletką Rosa, cienkim łańcuszkiem z trzema perydotami"): the
	// opener may follow up to three words (an article, an adjective, the
	// noun; #13, companionfacts34).
	for b := s + 1; m.f.kind == kindNumber && b <= s+3 && b < m.ti && !opens; b++ {
		for e := b; e < m.ti && e <= b+2; e++ {
			if c.lx.relOpeners.spans(c.toks, b, e) {
				opens = true
				break
			}
		}
	}
	// An apposition that opens with the count or measure itself, or an
	// indefinite article and it, right after another piece ("add the
	// Kunzite Drop Earrings, two pear-cut kunzites on silver hooks", "the
	// Luna Necklace, a 45 cm chain"): it says what that piece is (#13,
	// scope42, probe 42C103-2).
	if !opens && m.f.kind == kindNumber && (m.ti == s || m.ti == s+1 && c.lx.indefinites.endsAt(c.toks, s)) {
		opens = true
	}
	// An apposition opened by an indefinite article after a comma or a
	// colon, the count or measure deeper in it ("add the Fluorite Drop
	// Pendant: a single purple fluorite on a 45 cm chain", "au pendentif
	// Bamboo Coral, une goutte de corail sur une chaîne de 45 cm"): it
	// still says what that piece is, unless the piece's own category or a
	// demonstrative or possessive of the piece stands in it before the
	// number ("…, a match for these 45 mm hoops"; #13, other44: released
	// 44B en-AU 44B104-2, probe 44D fr-FR 44D104-2).
	if !opens && m.f.kind == kindNumber && m.ti > s+1 && c.appositionOpens(s, m) {
		opens = true
	}
	// A stone counted by the number that opens such an apposition, or
	// deeper in one an indefinite opens ("avec le Collier Ardent, trois
	// saphirs roses sur une chaîne de 45 cm", "the Luna Necklace, a
	// single sapphire on a fine chain"): the stones of that piece, as its
	// count is (#13, stone52: probe 52D fr-FR 52D101-3).
	if !opens && m.f.kind == kindStone && (c.countOpens(s, m) || m.ti > s+1 && c.appositionOpens(s, m)) {
		opens = true
	}
	// The metal, fineness and colour in such an apposition, and a measure
	// after the stones its count opens with ("avec le Collier Ardent,
	// trois saphirs roses sur une chaîne de 45 cm en or rose 18 carats",
	// "junto al Colgante Destello: una moissanita … en oro amarillo de 18
	// quilates", "med vårt Polstjärna-halsband, en droppformad safir på en
	// 42 cm lång kedja i 18 karat roséguld"): that piece's, as its stones
	// are (#13, other52: probe 52D fr-FR 52D101-3, es-ES 52D103-3, sv-SE
	// 52D102-3).
	describes := m.f.kind == kindMaterial || m.f.kind == kindKarat || m.f.kind == kindColour
	if !opens && describes && m.ti > s+1 && c.appositionOpens(s, m) {
		opens = true
	}
	if !opens && (describes || m.f.kind == kindNumber) && c.stonesCountOpen(s, m) {
		opens = true
	}
	// Arabic writes "with" as the prefix بـ on the number itself ("سوار
	// ندى، سلسلة رفيعة بثلاثة أحجار": a fine chain with three stones; #13,
	// grammar34).
	if !opens && m.f.kind == kindNumber && m.ti <= s+4 && strings.HasPrefix(c.toks[m.ti].s, "ب") {
		opens = true
	}
	if !opens {
		return false
	}
	for _, o := range c.ms {
		if o.ti >= s {
			break
		}
		if o.f.kind == kindCategory && (o.tj >= s-3 || c.phraseOfOther(o.tj, s)) && !c.sbrkBetween(o.tj, s) && !c.ownBetween(o.tj, s) && c.otherPiece(o) && !c.inspiredBy(o) {
			return true
		}
	}
	return false
}

// possessiveS reports whether token k is the "s" of a possessive written
// with an apostrophe ("ring's", "ring’s"): the noun before it owns what
// follows.
func (c *checker) possessiveS(k int) bool {
	if k <= 0 || k >= len(c.toks) || c.toks[k].s != "s" || c.toks[k].brk {
		return false
	}
	between := c.text[c.byteAt(c.toks[k-1].end):c.byteAt(c.toks[k].start)]
	return between == "'" || between == "’"
}

// nameToken reports whether token k is a name: capitalised inside its
// sentence or masked, no fact word and no word of the product's own name.
func (c *checker) nameToken(k int) bool {
	return !c.isFactToken(k) && !c.ownWord(c.toks[k].s) && c.capitalisedInside(k)
}

// pieceLinked reports whether the fact at token b belongs to the piece
// whose category word ends at token a through a piece link (piece_links:
// "with", "mit", "avec", "con", "με", "مع"): "the Orbit ring with rubies",
// "der Ring Orbit mit drei Rubinen", "l'anello Orbit con rubini". A name
// may follow the noun, and up to two words (a number, an adjective, a
// determiner) stand between the link and the fact.
func (c *checker) pieceLinked(a, b int) bool {
	if c.lx.pieceLinks.size() == 0 || b-a > 6 {
		return false
	}
	k := a + 1
	if k < b && c.nameToken(k) {
		k++
	}
	if k >= b || c.toks[k].brk || c.toks[k].sbrk || !c.lx.pieceLinks.hasWordAt(&c.toks[k]) {
		return false
	}
	gap := 2
	for k++; k < b; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if c.isFactToken(k) {
			continue
		}
		if gap--; gap < 0 {
			return false
		}
	}
	return b < len(c.toks) && !c.toks[b].brk && !c.toks[b].sbrk
}

// beforeOtherPiece reports whether, where relative clauses stand before
// their noun (relatives_before), the fact m stands before a category word
// of another kind in its clause, with no category of the piece's own
// between (a related category, such as a chain, may stand between), and
// that word is named as another piece: ours or in the
// comitative (oursStart), with a cue (otherPieceCue: おそろいの, 별도 판매,
// 单独购买), or followed by a pairing word (cross_sell_after,
// category_cross_sell_after: "…Lunaピアスと合わせて", "…Luna 귀걸이와 함께
// 착용", "…Orbitブレスレットとの重ね付け"). "ルビーをセットしたLunaピアス" is
// the earrings' ruby.
func (c *checker) beforeOtherPiece(m match) bool {
	if !c.lx.relBefore {
		return false
	}
	for _, o := range c.ms {
		if o.ti <= m.tj || o.f.kind != kindCategory {
			continue
		}
		if c.brkBetween(m.tj, o.ti) {
			return false
		}
		if o.f.value == c.facts.category {
			// The piece's own kind is another piece only under another
			// name, offered beside it ("ルビーを3石留めたLunaリングと重ね付け"),
			// never after a demonstrative ("45 cm uzunluğundaki bu
			// bileklik, Luna kolyeyle birlikte": the name is the other
			// piece's; #13, scope42).
			if first, _, ok := c.nameAround(o); !ok || c.startsSentence(first) || c.afterDemonstrative(o) {
				return false
			}
		} else if !c.otherKind(o) {
			continue // a related part, such as the chain of the other piece ("ゴールドのチェーンに…ブレスレット")
		}
		if _, ours := c.oursStart(o); ours || c.otherPieceCue(o) || c.crossSellAfter(o) {
			return true
		}
		return c.catAfterNear(o)
	}
	return false
}

// partnerPiece reports whether the category match o is named as another
// person's piece or others of its kind (partner_words: "partner ring",
// "Partnerring", "la fede del partner", "other bracelets", "outras
// pulseiras"): a partner word up to two words before it or up to three
// after it in its clause, or the first part of its compound.
func (c *checker) partnerPiece(o match) bool {
	if c.lx.partner.size() == 0 {
		return false
	}
	// A compound that opens with a partner word ("partnerring",
	// "Partnerring"), read whole or in part.
	t := c.toks[o.ti]
	for w, ps := range c.lx.partner.each() {
		if len(w) >= 5 && len(t.s) > len(w)+2 && strings.HasPrefix(t.s, w) {
			for _, p := range ps {
				if len(p) == 1 {
					return true
				}
			}
		}
	}
	if o.start > t.start {
		n := o.start - t.start
		for i := range t.s {
			if n == 0 {
				if c.lx.partner.hasWord(t.s[:i]) {
					return true
				}
				break
			}
			n--
		}
	}
	for k := o.ti - 1; k >= 0 && k >= o.ti-2; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if c.lx.partner.endsAt(c.toks, k) {
			return true
		}
	}
	for k := o.tj + 1; k < len(c.toks) && k <= o.tj+3; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			break
		}
		if c.lx.partner.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// appositionOpens reports whether the clause starting at token s, after a
// comma or a colon, opens with an indefinite article (indefinites; not a
// reader's possessive: ours, or a category_cross_sell word such as
// "your", "votre") and holds, before the number m, no word of the piece's
// own category, no demonstrative, no word of the product's own name and no
// other clause break: an apposition that describes the noun before it
// (relativeOfOther).
func (c *checker) appositionOpens(s int, m match) bool {
	if s <= 0 || !c.lx.indefinites.endsAt(c.toks, s) || c.lx.ours.hasWordAt(&c.toks[s]) || c.lx.catCross.hasWordAt(&c.toks[s]) {
		return false
	}
	gap := strings.TrimSpace(c.text[c.byteAt(c.toks[s-1].end):c.byteAt(c.toks[s].start)])
	if gap != "," && gap != ":" {
		return false
	}
	if c.ownBetween(s-1, m.ti) {
		return false
	}
	for k := s; k < m.ti; k++ {
		if c.toks[k].brk && k > s && !c.decimalBreak(k) || c.lx.demonstr.endsAt(c.toks, k) || c.toks[k].masked && !c.stoneNameAt(k) {
			return false
		}
	}
	return true
}

// countOpens reports whether a count opens the clause at token s (right
// at s, or after an indefinite article there) and counts the stone m: at
// most three words, none a break, between the count and m ("trois saphirs
// roses", "dwa małe szafiry").
func (c *checker) countOpens(s int, m match) bool {
	for _, n := range c.ms {
		if n.ti > s+1 {
			break
		}
		if n.f.kind != kindNumber || n.ti != s && (n.ti != s+1 || !c.lx.indefinites.endsAt(c.toks, s)) || n.tj >= m.ti || m.ti-n.tj > 3 {
			continue
		}
		free := true
		for k := n.tj + 1; k <= m.ti; k++ {
			free = free && !c.toks[k].brk && !c.toks[k].sbrk
		}
		if free {
			return true
		}
	}
	return false
}

// stonesCountOpen reports whether the clause at token s opens with a
// count of stones (countOpens) that stand before the fact m, with no
// clause break between those stones and m ("trois saphirs roses sur une
// chaîne de 45 cm en or rose 18 carats": the count opens an apposition
// that describes the piece before it, measure, metal and fineness
// included; relativeOfOther, #13, other52).
func (c *checker) stonesCountOpen(s int, m match) bool {
	for _, st := range c.ms {
		if st.ti >= m.ti {
			break
		}
		if st.ti <= s || st.f.kind != kindStone || !c.countOpens(s, st) {
			continue
		}
		free := true
		for k := st.tj + 1; k <= m.ti; k++ {
			free = free && (!c.toks[k].brk || c.decimalBreak(k))
		}
		if free {
			return true
		}
	}
	return false
}

// phraseOfOtherReach is how many tokens the phrase of another piece may
// run from its category word to the comma that ends it.
const phraseOfOtherReach = 9

// phraseOfOther reports whether the tokens after a category word ending at
// token a, up to the clause opening at token s, are its own phrase: facts
// (its metal, fineness, stones), numbers, names, head links and
// determiners, at most one other word, no break ("nasze kolczyki z
// białego złota próby 585, każdy z jednym diamentem", "our Luna studs in
// 9ct rose gold, each with a ruby"). A clause opening there still
// describes that piece (relativeOfOther; #13, stone52: released 52B
// pl-PL 52B102-2).
func (c *checker) phraseOfOther(a, s int) bool {
	if s-a > phraseOfOtherReach {
		return false
	}
	gap := 1
	for k := a + 1; k < s; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		w := c.toks[k].s
		if c.isFactToken(k) || c.numberToken(k) || c.lx.headLinks.hasWord(w) || c.lx.determiners[w] || c.nameToken(k) {
			continue
		}
		if gap--; gap < 0 {
			return false
		}
	}
	return true
}

// linkedToNamedOther reports whether the count or measure m follows,
// through a piece link ("with", "con", "se"), a category word of another
// kind named as another piece: ours ("elija nuestros aretes Signature con
// dos diamantes"), with a name right after it, the product's own
// collection included ("náušnice Essence se dvěma akvamaríny"), or with a
// cue of another piece (otherPieceCue). The count is that piece's (#13,
// other44: released 44A es-MX 44A102-2, cs-CZ 44A102-3). A piece of
// another kind without such a mark ("each earring holds a charm with
// three diamonds", a part of the piece) keeps its count the piece's.
func (c *checker) linkedToNamedOther(m match) bool {
	if c.lx.pieceLinks.size() == 0 {
		return false
	}
	for k := len(c.ms) - 1; k >= 0; k-- {
		o := c.ms[k]
		if o.tj >= m.ti || o.f.kind != kindCategory {
			continue
		}
		if m.ti-o.tj > 8 || c.sbrkBetween(o.tj, m.ti) {
			return false
		}
		if !c.otherKind(o) {
			return false // the nearest category word is the piece's or a part of it
		}
		// A possessive after the noun ("τα σκουλαρίκια μας Luna"), then
		// the capitalised words of a name.
		after := o.tj
		if after+1 < m.ti && !c.toks[after+1].brk && c.lx.ours.hasWordAt(&c.toks[after+1]) {
			after++
		}
		names := 0
		for j := after + 1; j < m.ti && names < 3 && !c.toks[j].brk && !c.isFactToken(j) && c.capitalAt(j); j++ {
			names++
		}
		if !c.pieceLinked(after+names, m.ti) {
			return false
		}
		if _, ours := c.oursStart(o); ours {
			return true
		}
		return names > 0 && !c.startsSentence(o.ti) || c.otherPieceCue(o)
	}
	return false
}

// capitalAt reports whether token k is written with a capital and then a
// lower-case letter, read from the text (the product's own name and
// collection are masked, and capitalisedInside leaves them out), and does
// not open its sentence.
func (c *checker) capitalAt(k int) bool {
	if k <= 0 || k >= len(c.toks) || c.toks[k].sbrk {
		return false
	}
	return c.capitalised(k)
}
