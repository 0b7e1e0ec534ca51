package grounding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// listedColour reports whether the stone word m names one of the piece's
// colours in a list of colours (#13, list_colour21; released21b H21b09
// es-ES, da-DK, el-GR): "cuentas de vidrio en azul laguna, turquesa y
// ámbar", "glasperler i lagunblå, turkis og varm rav", "σε μπλε …, τιρκουάζ
// και ζεστό κεχριμπαρί" on a glass bead bracelet whose colours are blue,
// turquoise and amber blocked grounding.stone for the amber: amber, like
// turquoise, coral or jade, is a colour name as well as a gem (OED, RAE,
// Den Danske Ordbog "rav": also its colour). Only where the piece's own
// colours name the stone's value and the piece has no such stone, the word
// (after at most one adjective: "warm amber") is joined by a comma or a
// conjunction to a list whose members, walked outward through other such
// stone words, reach a colour word of the vocabulary (a colour match, or a
// compound ending in one: "lagunblå"). The same list on a piece whose
// colours do not name the stone still blocks.
func (c *checker) listedColour(m match) bool {
	v := m.f.value
	if !containsFold(c.p.Colours, v) || contains(c.facts.stones, v) {
		return false
	}
	// leftward: [member] (, | and) [adjective] m
	start := m.ti
	for hop := 0; hop < 4; hop++ {
		e, ok := c.listJoinBefore(start)
		if !ok {
			break
		}
		colour, stone, from := c.listMemberEndingAt(e)
		if colour {
			return true
		}
		if !stone {
			break
		}
		start = from
	}
	// rightward: m (, | and) [member]
	end := m.tj
	for hop := 0; hop < 4; hop++ {
		s, ok := c.listJoinAfter(end)
		if !ok {
			return false
		}
		colour, stone, to := c.listMemberStartingAt(s)
		if colour {
			return true
		}
		if !stone {
			return false
		}
		end = to
	}
	return false
}

// listJoinBefore returns the last token of the list member before the
// member starting at token s: s follows a comma, or a conjunction in its
// clause, after at most one adjective (a word that is no fact).
func (c *checker) listJoinBefore(s int) (int, bool) {
	for skip := 0; skip <= 1; skip++ {
		k := s - skip
		if k <= 0 || skip == 1 && (c.toks[s].brk || c.isFactToken(s-1)) {
			return 0, false
		}
		if c.toks[k].brk {
			if c.commaBefore(k) {
				return k - 1, true
			}
			return 0, false
		}
		if (conjunctions[c.toks[k-1].s] || cjkCoordinators[c.toks[k-1].s]) && k >= 2 && !c.toks[k-1].brk {
			return k - 2, true
		}
		// Arabic glues its and to the next word: "والكهرمان".
		if strings.HasPrefix(c.toks[k].s, "و") && utf8.RuneCountInString(c.toks[k].s) > 3 {
			return k - 1, true
		}
	}
	return 0, false
}

// listJoinAfter returns the first token of the list member after the
// member ending at token e.
func (c *checker) listJoinAfter(e int) (int, bool) {
	k := e + 1
	if k >= len(c.toks) {
		return 0, false
	}
	if c.toks[k].brk {
		if c.commaBefore(k) {
			return k, true
		}
		return 0, false
	}
	if (conjunctions[c.toks[k].s] || cjkCoordinators[c.toks[k].s]) && k+1 < len(c.toks) && !c.toks[k+1].brk {
		return k + 1, true
	}
	if strings.HasPrefix(c.toks[k].s, "و") && utf8.RuneCountInString(c.toks[k].s) > 3 {
		return k, true
	}
	return 0, false
}

// commaBefore reports whether the clause punctuation before token k is a
// list comma (, ، 、 ，) and nothing else.
func (c *checker) commaBefore(k int) bool {
	g := c.surface(c.toks[k-1].end, c.toks[k].start)
	return strings.ContainsAny(g, ",،、，") && !strings.ContainsAny(g, ".;:!?()[]—–")
}

// listMemberEndingAt reads the list member whose last token is e (up to
// three tokens of one clause: "azul laguna", "μπλε της λιμνοθάλασσας"):
// colour when it holds a colour word; else stone when its last token is a
// stone word the piece's colours name, and from is that token.
func (c *checker) listMemberEndingAt(e int) (colour, stone bool, from int) {
	// nearest first: "vidro em azul" is a colour member, "zafiros rosas"
	// a member of things
	for k := e; k >= 0 && k >= e-2; k-- {
		if c.otherStoneAt(k) {
			return false, false, 0
		}
		if c.colourTokenAt(k) {
			// the colour of a thing right before it ("zafiros rosas")
			if k > 0 && !c.toks[k].brk && c.otherStoneAt(k-1) {
				return false, false, 0
			}
			return true, false, 0
		}
		if c.toks[k].brk {
			break
		}
	}
	if o, ok := c.listMatchAt(e); ok {
		return false, o.f.kind == kindStone && containsFold(c.p.Colours, o.f.value), o.ti
	}
	return false, c.piecesColourStone(e), e
}

// listMemberStartingAt is listMemberEndingAt after the join: the member
// whose first token is s.
func (c *checker) listMemberStartingAt(s int) (colour, stone bool, to int) {
	e := s
	for e+1 < len(c.toks) && e+1 <= s+2 && !c.toks[e+1].brk {
		e++
	}
	for k := s; k <= e; k++ {
		if c.otherStoneAt(k) {
			return false, false, 0
		}
	}
	for k := s; k <= e; k++ {
		if c.colourTokenAt(k) {
			return true, false, 0
		}
	}
	if o, ok := c.listMatchAt(s); ok {
		return false, o.f.kind == kindStone && containsFold(c.p.Colours, o.f.value), o.tj
	}
	return false, c.piecesColourStone(s), s
}

// colourTokenAt reports whether token k is part of a colour match, or a
// word the vocabulary gives a colour or ending in one ("lagunblå").
func (c *checker) colourTokenAt(k int) bool {
	if o, ok := c.listMatchAt(k); ok {
		return o.f.kind == kindColour && o.f.value != "clear"
	}
	w := c.toks[k].s
	// A Han colour morpheme without its 色 (colour) is the colour in a
	// list: "红、绿、金三色" (red, green, gold: three colours), as 红色 is
	// (Xiandai Hanyu Cidian: 红 "像鲜血的颜色"; #13, colourlist32).
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.Is(unicode.Han, r) {
		if nd := c.lx.root.child(w); nd.ok() {
			if nd = nd.child("色"); nd.ok() {
				for _, f := range nd.forms() {
					if f.kind == kindColour && f.value != "clear" && !f.stoneOnly {
						return true
					}
				}
			}
		}
	}
	for i := range w {
		if i > 0 && utf8.RuneCountInString(w[i:]) < 3 {
			break
		}
		if nd := c.lx.root.child(w[i:]); nd.ok() {
			for _, f := range nd.forms() {
				if f.kind == kindColour && f.value != "clear" && !f.stoneOnly {
					return true
				}
			}
		}
	}
	return false
}

// piecesColourStone reports whether token k is a stone word (matched or
// not: a form its before-words kept from matching) whose value the
// piece's colours name.
func (c *checker) piecesColourStone(k int) bool {
	nd := c.lx.root.child(c.toks[k].s)
	if !nd.ok() {
		return false
	}
	for _, f := range nd.forms() {
		if f.kind == kindStone && containsFold(c.p.Colours, f.value) {
			return true
		}
	}
	return false
}

// otherStoneAt reports whether token k is part of a material or category
// match, or of a stone match whose value the piece's colours do not name:
// the list is one of things ("pink sapphires and amber", "amber and blue
// glass"), not of colours.
func (c *checker) otherStoneAt(k int) bool {
	o, ok := c.listMatchAt(k)
	if !ok {
		return false
	}
	switch o.f.kind {
	case kindMaterial, kindCategory:
		return true
	case kindStone:
		return !containsFold(c.p.Colours, o.f.value)
	}
	return false
}

// listMatchAt returns the fact match that covers token k (anchor.go matchAt).
func (c *checker) listMatchAt(k int) (match, bool) {
	if i := c.matchAt(k); i >= 0 {
		return c.ms[i], true
	}
	return match{}, false
}

// metalColourListed reports whether the metal word m is read as a colour
// (#13, colourlist32): a bare metal whose name is also its colour (canon
// material_colours maps it to itself: gold, silver, rose gold), in one
// word, coordinated by a comma or the locale's and/or with a member that
// holds a colour word ("flashes of red, green and gold", "Blitze in Rot,
// Grün und Gold", "κόκκινο, πράσινο και χρυσό"). Such a list names the
// colours of a light, a stone or a pattern, as "red" and "green" do; the
// word is no metal of the piece and is checked as the colour it names
// (run, colour). "White and yellow gold", "silver and gold" are metals:
// yellow gold is no colour's own name, and silver is no colour word.
func (c *checker) metalColourListed(m match) bool {
	if m.f.kind != kindMaterial || m.negated || m.ti != m.tj || !contains(c.cn.MaterialColours[m.f.value], m.f.value) {
		return false
	}
	return c.colourListMember(m) || c.toneListed(m)
}

// toneListed reports whether the one-word metal m names the colour of a
// noun of tone, shade or hue (colour_nouns) in its clause (#13,
// plating39): right before one ("gold tones", "altın tonları"), or as a
// member of a coordinated list that such a noun closes ("honey, gold and
// coffee tones", "bal, altın ve kahve tonlarını", "Honig-, Gold- und
// Kaffeetöne", "hunajan, kullan ja kahvin sävyjä") or opens after at most
// two link words ("tones of honey, gold and coffee", "toner af honning,
// guld og kaffe", "odcienie miodu, złota i kawy", "αποχρώσεις του μελιού,
// του χρυσού και του καφέ", "درجات العسل والذهب والقهوة"). Honey and
// coffee are no colour words of the vocabularies, so colourListMember does
// not reach them; the noun of tone says what the list names (OED "tone":
// a tint or shade of colour; Duden "Ton": Farbton; TDK "ton": renk
// derecesi). A list member that is a material, a category or a stone the
// piece's colours do not name ends the walk: "tones of silver and gold
// settings" is no list of colours. "The bracelet is set in gold" has no
// noun of tone and is still the metal.
func (c *checker) toneListed(m match) bool {
	if c.lx.colourNouns.size() == 0 {
		return false
	}
	end := m.tj
	for hop := 0; hop < 6; hop++ {
		if c.colourNounAfter(end, end != m.tj) {
			return true
		}
		s, ok := c.listJoinAfter(end)
		if !ok {
			break
		}
		stop := false
		for e := s; e <= s+1 && e < len(c.toks); e++ {
			if e > s && c.toks[e].brk || c.otherStoneAt(e) {
				stop = e == s
				break
			}
			// A member that ends in a link word before the noun of tone
			// is no colour of a list but the tone said of the metal
			// itself: "solid 12-carat gold, warm in tone" (#13, tone62:
			// probe 61C en-GB 61C04-2).
			if linkWords[c.toks[e].s] || c.lx.headLinks.hasWordAt(&c.toks[e]) {
				stop = e == s
				break
			}
			end = e
			if c.colourNounAfter(e, true) {
				return true
			}
		}
		if stop {
			break
		}
	}
	start := m.ti
	for hop := 0; hop < 6; hop++ {
		if c.colourNounBefore(start) {
			return true
		}
		e, ok := c.listJoinBefore(start)
		if !ok || c.otherStoneAt(e) {
			break
		}
		start = e
	}
	return false
}

// colourNounAt reports whether token k is a noun of colour, tone or shade
// (colour_nouns, or an inflection of one).
func (c *checker) colourNounAt(k int) bool {
	return c.lx.colourNouns.endsAt(c.toks, k) || c.inflectedWord(c.lx.colourNouns, c.toks[k].s)
}

// colourNounAfter reports whether the token after e, in its clause, is a
// noun of colour (toneListed), or, where compound is set, token e is a
// compound that ends in one ("Kaffeetöne", "kaffetoner").
func (c *checker) colourNounAfter(e int, compound bool) bool {
	if k := e + 1; k < len(c.toks) && !c.toks[k].brk && c.colourNounAt(k) {
		return true
	}
	if !compound {
		return false
	}
	w := c.toks[e].s
	for i := range w {
		if i == 0 {
			continue
		}
		if utf8.RuneCountInString(w[i:]) < 3 {
			break
		}
		if c.lx.colourNouns.hasWord(w[i:]) {
			return true
		}
	}
	return false
}

// colourNounBefore reports whether a noun of colour stands before token s
// in its clause with at most two link words or articles between ("tones
// of", "αποχρώσεις του").
func (c *checker) colourNounBefore(s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if c.toks[k+1].brk {
			return false
		}
		if c.colourNounAt(k) {
			return true
		}
		w := c.toks[k].s
		if c.isFactToken(k) || !linkWords[w] && !c.lx.headLinks.hasWord(w) && !c.lx.definites.hasWord(w) {
			return false
		}
	}
	return false
}

// colourWordListed reports whether the colour match i is a colour among
// colours, not a finish of the piece (#13, colourlist32): it stands in a
// coordinated list of colour words ("destellos rojos, verdes y dorados",
// "赤や緑、金色"), or it is the shade of the colour word beside it
// (shadeOfColour: "golden yellow", "amarillo dorado", "amarelo-dourado").
// A plating participle read so ("dorados", "dourados", "dorés") is no
// plating word of its sentence (classifyTopic); its colour is still the
// metal's colour, attached to the piece wherever scope leaves it
// (attachedColour), so "El anillo es verde, rojo y dorado" on a silver ring
// still blocks.
func (c *checker) colourWordListed(i int) bool {
	m := c.ms[i]
	return m.f.kind == kindColour && !m.negated && (c.shadeOfColour(i, m) || c.colourListMember(m))
}

// colourListMember reports whether the match m is joined by a comma or a
// conjunction (listJoinBefore, listJoinAfter) to a colour word right at the
// join: the last word of the member before it or the first of the member
// after it (colourTokenAt: "red, green and gold", "verdes y dorados",
// "红、绿、金"). A colour further into the next member is another clause's
// ("i guld och skimrar i blått", "d'oro e la trama nera").
func (c *checker) colourListMember(m match) bool {
	if e, ok := c.listJoinBefore(m.ti); ok && c.colourTokenAt(e) && !c.otherStoneAt(e) {
		return true
	}
	if s, ok := c.listJoinAfter(m.tj); ok && c.colourTokenAt(s) && !c.otherStoneAt(s) {
		return true
	}
	return false
}

// colourListedAt reports whether token k is part of a colour match that
// colourWordListed reads as a colour among colours.
func (c *checker) colourListedAt(k int) bool {
	i := c.matchAt(k)
	return i >= 0 && c.colourWordListed(i)
}
