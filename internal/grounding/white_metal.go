package grounding

import "strings"

// whiteColour is the colour value of the vocabularies' white ("white",
// "hvit", "blanc", "weiß", 白): they read it as clear, a stone's colour.
const whiteColour = "clear"

// whiteMetalGap is how many words may stand between a white metal and the
// white said of it ("Palladium er naturlig hvitt", "który jest naturalnie
// biały").
const whiteMetalGap = 4

// whiteOfWhiteMetal reports whether the white m is the colour of a white
// metal the piece is made of (#13, the fourteenth session's whitemetal14:
// nb "Palladium er naturlig hvitt" and "en forlovelsesring i hvitt metall"
// on a palladium band whose colours are [silver] were blocked): beside a
// noun of metal ("white metal", "hvitt metall", "métal blanc", 白色金属,
// 흰색 금속), or said of the piece's white metal named at most four words
// before it in its sentence, with no other fact or noun of the piece
// between ("Palladium er naturlig hvitt", "le palladium est naturellement
// blanc"). Only on a piece of a white metal (canon white_metals): white on
// a yellow-gold piece still blocks.
func (c *checker) whiteOfWhiteMetal(m match) bool {
	if m.f.value != whiteColour || !c.whiteMetalPiece() {
		return false
	}
	if c.metalNounAt(m.tj+1, true) || m.ti > 0 && !c.toks[m.ti].brk && c.metalNounAt(m.ti-1, false) {
		return true
	}
	// An indefinite article between, where the language puts it after
	// the adjective (Turkish "beyaz bir metal olan rodyum", rhodium, a
	// white metal; Göksel & Kerslake, Turkish: A Comprehensive Grammar,
	// 14.3: "bir" follows the adjective; #13, count54, probe 54D tr-TR
	// 54D02-1).
	// So is the piece's own white metal after the article ("neredeyse
	// beyaz bir gümüş", nearly white silver; #13, colour62).
	if k := m.tj + 1; k+1 < len(c.toks) && !c.toks[k].brk && c.lx.indefinites.endsAt(c.toks, k) && c.lx.indefinites.startOf(c.toks, k) == k && (c.metalNounAt(k+1, true) || !c.toks[k+1].brk && c.ownWhiteMetalAt(k+1)) {
		return true
	}
	// Beside a noun of lustre (hue_nouns: "a soft white sheen", "لمعة
	// بيضاء ناعمة") the white is the light the white metal gives (#13,
	// colour62: held-out 57B ar-AE 57B01 on palladium-plated silver).
	if k := m.tj + 1; k < len(c.toks) && !c.toks[k].brk && c.lx.hue.startsAt(c.toks, k) || m.ti > 0 && !c.toks[m.ti].brk && c.lx.hue.endsAt(c.toks, m.ti-1) {
		return true
	}
	if c.whiteOfResult(m) {
		return true
	}
	if c.whiteBesideWhite(m) {
		return true
	}
	if c.whiteOwnToMetal(m) {
		return true
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-whiteMetalGap && !c.toks[k+1].sbrk; k-- {
		i := c.matchAt(k)
		if i < 0 {
			continue
		}
		o := c.ms[i]
		if o.f.kind == kindMaterial && contains(c.cn.WhiteMetals, o.f.value) && contains(c.facts.materials, o.f.value) {
			return true
		}
		return false
	}
	return false
}

// resultGap is how many words may stand between a noun of result and the
// white said of it ("O resultado é um branco", "the result is a clear
// white").
const resultGap = 4

// whiteOfResult reports whether the white m is said of a noun of result
// (result_nouns: "the result", "o resultado", "das Ergebnis", 结果) at most
// resultGap words before it in its clause, after an earlier word of the
// text named the piece's own white metal: the alloy explained, what it
// yields is the metal's white ("Argentium é uma liga de prata moderna …
// O resultado é um branco claro e luminoso"; #13, open43, colourclaims42's
// open rows). Only white, only on a piece of a white metal, and no other
// fact than a colour and no category or piece word in the clause: "The
// result is a deep rose gold ring", "O resultado é uma argola branca" and
// "El resultado es un dorado intenso" still block (#13, result42).
func (c *checker) whiteOfResult(m match) bool {
	if c.lx.resultNouns.size() == 0 {
		return false
	}
	s := c.clauseStart(m.ti)
	r := -1
	for k := m.ti - 1; k >= s && k >= m.ti-1-resultGap; k-- {
		if c.lx.resultNouns.endsAt(c.toks, k) {
			r = k
			break
		}
	}
	if r < 0 {
		return false
	}
	e := m.tj
	for e+1 < len(c.toks) && !c.toks[e+1].brk {
		e++
	}
	for k := s; k <= e; k++ {
		if c.lx.pieceNouns.at(c.toks, k) || c.lx.otherNouns.endsAt(c.toks, k) {
			return false
		}
		if i := c.matchAt(k); i >= 0 && c.ms[i].f.kind != kindColour {
			return false
		}
	}
	for _, o := range c.ms {
		if o.tj >= s {
			break
		}
		if o.f.kind == kindMaterial && !o.negated && contains(c.cn.WhiteMetals, o.f.value) && contains(c.facts.body, o.f.value) {
			return true
		}
	}
	return false
}

// whiteMetalPiece reports whether the piece is made of a white metal.
func (c *checker) whiteMetalPiece() bool {
	for _, v := range c.facts.body {
		if contains(c.cn.WhiteMetals, v) {
			return true
		}
	}
	return false
}

// metalNounAt reports whether token k is a noun of metal (metal_nouns),
// or begins with one where after is set (ko 금속으로, with its particle;
// the noun's own inflections, "metalli", "metalu") or ends with one
// ("Weißmetall" is written apart here: "weißem Metall").
func (c *checker) metalNounAt(k int, after bool) bool {
	if k < 0 || k >= len(c.toks) || (after && c.toks[k].brk) {
		return false
	}
	t := c.toks[k].s
	for _, n := range c.lx.metalNouns {
		if t == n || after && strings.HasPrefix(t, n) {
			return true
		}
		// a noun of one character each (金属): the phrase from k.
		if after && strings.HasPrefix(n, t) && len(t) < len(n) {
			rest, j := n[len(t):], k+1
			for j < len(c.toks) && rest != "" && !c.toks[j].brk && strings.HasPrefix(rest, c.toks[j].s) {
				rest = rest[len(c.toks[j].s):]
				j++
			}
			if rest == "" {
				return true
			}
		}
	}
	return false
}

// whiteOwnToMetal reports whether the white m is said to be a metal's own
// colour by a noun of metal after it in its clause (#13, explain57; probe
// 57D ja-JP 57D03 "白さは地金本来の色なので、メッキを必要としません", the
// whiteness is the ground metal's own colour, on palladium white gold):
// a noun of metal at most whiteMetalGap words after m, with no break and
// no other match between. whiteOfWhiteMetal reads it only on a piece of
// a white metal.
func (c *checker) whiteOwnToMetal(m match) bool {
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+1+whiteMetalGap; k++ {
		if c.toks[k].brk || c.toks[k].sbrk || c.matchAt(k) >= 0 {
			return false
		}
		if c.metalNounAt(k, true) {
			return true
		}
	}
	return false
}

// whiteBesideWhite reports whether the white m is coordinated with the
// other attributes of the piece's white metal: a comma or a conjunction
// right after m, then at most coordGap words, none of them a fact but a
// white, and then a noun of metal or the white metal the piece is made of
// ("kirkas, lähes valkoinen hopea": bright, nearly white silver;
// "kirkasta ja lähes valkoista hopeaa"; #13, left61, released 60A fi-FI
// 60A04 on Argentium silver). Attributes joined before one noun describe
// that noun (Hakulinen et al., Iso suomen kielioppi, 2004, para. 1024:
// coordinated attributes), so the white is the metal's, as right before
// it ("kirkas hopea").
func (c *checker) whiteBesideWhite(m match) bool {
	k := m.tj + 1
	if k >= len(c.toks) || c.toks[k].sbrk {
		return false
	}
	if !c.toks[k].brk {
		if !conjunctions[c.toks[k].s] {
			return false
		}
		k++
	}
	for first, end := k, k+coordGap; k <= end && k < len(c.toks); k++ {
		if c.toks[k].sbrk || k > first && c.toks[k].brk {
			return false
		}
		if k > first && c.ownWhiteMetalAt(k) {
			return true
		}
		// An indefinite article before the noun, where the language
		// puts it after the adjectives (Turkish "şeffaf, neredeyse beyaz
		// bir gümüş"; #13, colour62): one word more.
		if k == end && k > first && c.lx.indefinites.endsAt(c.toks, k) && c.lx.indefinites.startOf(c.toks, k) == k {
			end++
			continue
		}
		if i := c.matchAt(k); i >= 0 && (c.ms[i].f.kind != kindColour || c.ms[i].f.value != whiteColour) {
			return false
		}
	}
	return false
}

// coordGap is how many words whiteBesideWhite reads between a white and
// the metal it is coordinated before: an adverb and another attribute
// ("lähes valkoinen", "nearly white").
const coordGap = 2

// ownWhiteMetalAt reports whether token k, in the clause of the token
// before it, is a noun of metal or begins a white metal the piece is made
// of ("valkoinen hopea", "white palladium"), or, on a piece of a white
// metal, the colour of a metal the piece has ("silver").
func (c *checker) ownWhiteMetalAt(k int) bool {
	if c.metalNounAt(k, true) {
		return true
	}
	if k >= len(c.toks) || c.toks[k].brk {
		return false
	}
	i := c.matchAt(k)
	if i < 0 {
		return false
	}
	o := c.ms[i]
	if o.ti == k && o.f.kind == kindColour && o.f.value != whiteColour && c.whiteMetalPiece() {
		// The metal's noun read as its colour where a pack gives it
		// both senses (el "ασήμι" after an adjective: "σχεδόν λευκό
		// ασήμι"; #13, colour62): a metal colour the piece has.
		_, metal := c.cn.MaterialColours[o.f.value]
		return metal && contains(c.facts.colours, o.f.value)
	}
	return o.ti == k && o.f.kind == kindMaterial && contains(c.cn.WhiteMetals, o.f.value) && contains(c.facts.materials, o.f.value)
}
