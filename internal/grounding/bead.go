package grounding

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// Beads and pearls (#13, thirteenth blind set: Danish "sorte keramikperler
// og perler i 925 sterlingsølv" blocked as pearls on a ceramic and silver
// bead bracelet). Several languages name a bead and a pearl with one word
// (Danish and Norwegian perle, Swedish pärla, German Perle, Finnish helmi,
// Italian and French perla/perle; Dutch parel for glass and metal beads):
// on a product made of beads and without pearls that word is its beads. A
// named pearl (freshwater, cultured, Akoya, a shell pearl) is never a bead,
// and on a product without beads the word keeps its pearl sense.

// compileBeadWords folds and expands the bead words: whole words, and
// compound heads (a form ending in "*").
func compileBeadWords(list []string) (map[string]bool, []string) {
	if len(list) == 0 {
		return nil, nil
	}
	words := map[string]bool{}
	var heads []string
	for _, raw := range list {
		for _, e := range expand(raw) {
			if h, ok := strings.CutSuffix(e, "*"); ok {
				heads = append(heads, foldString(h))
				continue
			}
			words[foldString(e)] = true
		}
	}
	return words, heads
}

// beadSense reports whether the stone match m is the language's word for
// a pearl that also names a bead, said of a product of beads without
// pearls: the product's beads, not a pearl it lacks.
func (c *checker) beadSense(m match) bool {
	if !c.facts.beads || m.f.value != "pearl" || m.ti != m.tj || c.lx.beadWords == nil && c.lx.beadHeads == nil {
		return false
	}
	return c.beadWordAt(m.ti)
}

// beadWordAt reports whether token k is the language's word for a pearl
// that also names a bead (bead_words).
func (c *checker) beadWordAt(k int) bool {
	w := c.toks[k].s
	if c.lx.beadWords[w] {
		return true
	}
	for _, h := range c.lx.beadHeads {
		if strings.HasPrefix(w, h) {
			return true
		}
	}
	return false
}

// beadWordsEN are the English words of product data that say the piece
// is made of beads.
var beadWordsEN = map[string]bool{"bead": true, "beads": true, "beaded": true}

// madeOfBeads reports whether the product's data say it is made of beads
// (its name, category, materials, stone types, features, keywords or a
// measurement or attribute such as "bead diameter") and name no pearl:
// a pearl product keeps the pearl sense of the shared word.
func madeOfBeads(p *core.Product) bool {
	beads, pearl := false, false
	see := func(f string) {
		if pearl || f == "" {
			return
		}
		f = strings.ToLower(f)
		if strings.Contains(f, "pearl") {
			pearl = true
			return
		}
		if beads || !strings.Contains(f, "bead") {
			return
		}
		for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r < 'a' || r > 'z' }) {
			if beadWordsEN[w] {
				beads = true
				return
			}
		}
	}
	see(p.Name)
	see(p.Category)
	for _, s := range p.Materials {
		see(s)
	}
	for _, s := range p.Features {
		see(s)
	}
	for _, s := range p.Keywords {
		see(s)
	}
	for _, s := range p.Stones {
		see(s.Type)
	}
	for _, m := range p.Measurements {
		see(m.Name)
	}
	for k, v := range p.Attributes {
		see(k)
		see(v)
	}
	return beads && !pearl
}

// Counts of beads of the product's stone (#13, released 29's count_wrong:
// "reúne catorce cuentas facetadas de azabache" and "catorze contas
// facetadas de azeviche" on a bracelet of 12 jet beads passed). A bead or
// piece noun (vocabulary bead_nouns: beads, cabochons, segments, cuentas,
// contas, kralen, Perlen, pärlor, helmet, korálky, koraliki, boncuk,
// χάντρες, خرزات, ビーズ, 비즈, 珠子) was read as a part of the piece
// (countsPart) or as nothing, so the number before it counted no stone.
// Made of a stone, the beads are that stone's pieces and their count is
// the stone group's: the noun followed, in its clause, by the stone (after
// at most two words such as "facetadas" and a head link: "beads of jet",
// "cuentas de azabache", "perles en jais", "korálků z gagátu", "χάντρες
// από γαγάτη", "خرزة من"), or glued after it ("Gagatperlen",
// "gagaattihelmeä", "gitkralen"; stoneBeadCount), or, in the languages
// with counters, between the stone and the number (제트 비즈 14개,
// ジェットビーズ14個, 煤玉珠十四颗). A count of one is left alone ("each bead
// is a single piece of jet").
//
// Shapes made of a stone count it the same way (#13, released 35's
// blind35A-es-MX-35A104-3: "muestra tres hojas de jadeíta verde" passed on
// a pendant of one jadeite): a shape noun (vocabulary shape_nouns: leaves,
// drops, petals, hearts, hojas, gouttes, Tropfen, kapky, φύλλα, أوراق, 葉,
// 잎, 叶) before its stone ("three leaves of jadeite", "trois gouttes
// d'améthyste", "tři kapky ametystu"), glued before it ("ametistipisaraa",
// "ametystdråber") or between the stone and the number (ヒスイの葉が三枚,
// 비취 잎 세 개, 紫水晶花瓣五片). A shape may be set with several stones
// ("two hearts of diamonds"), so its count is the least the group holds
// (compareAtLeast), and the stone must follow the shape itself or its
// link, with no other word between ("three hearts framing a jadeite"
// counts hearts).

// shapeNounAt returns the last token of the shape noun that starts at
// token k, or -1.
func (c *checker) shapeNounAt(k int) int {
	if c.lx.shapeStarts == nil || k >= len(c.toks) {
		return -1
	}
	best := -1
	for _, p := range c.lx.shapeStarts[c.toks[k].s] {
		if e := k + len(p) - 1; e > best && e < len(c.toks) && endsWith(c.toks, e, p) {
			best = e
		}
	}
	return best
}

// pieceOfStoneAt reports whether a bead or shape noun made of a stone
// starts at token k: the stone's pieces, no part of the setting.
func (c *checker) pieceOfStoneAt(k int) bool {
	if e := c.beadNounAt(k); e >= 0 && c.stoneAfterBead(e, false) >= 0 {
		return true
	}
	e := c.shapeNounAt(k)
	return e >= 0 && c.stoneAfterBead(e, true) >= 0
}

// beadNounAt returns the last token of the bead noun that starts at token
// k in its clause, or -1.
func (c *checker) beadNounAt(k int) int {
	if c.lx.beadStarts == nil || k >= len(c.toks) {
		return -1
	}
	best := -1
	for _, e := range c.lx.beadStarts.at(c.toks, k) {
		if e > best {
			best = e
		}
	}
	return best
}

// stoneAfterBead returns the index in c.ms of the stone the bead noun
// ending at token e is made of, or -1: in e's clause, after at most two
// other words and one head link, a stone other than pearl, not denied
// (colour and ignored words of the vocabulary are passed over). A shape
// noun (shape) is made of a stone only right after it or its link: the
// other words stand before the link ("cinco gotas facetadas de
// amatista").
func (c *checker) stoneAfterBead(e int, shape bool) int {
	skipped, linked := 0, false
	for k := e + 1; k < len(c.toks) && k <= e+6; k++ {
		t := c.toks[k]
		if t.brk || t.masked {
			return -1
		}
		if i := c.matchAt(k); i >= 0 {
			sm := c.ms[i]
			switch sm.f.kind {
			case kindStone:
				if sm.f.value == "pearl" && !c.pearlOfCounter(e, linked) || sm.negated || sm.ti != k || shape && skipped > 0 && !linked {
					return -1
				}
				return i
			case kindColour, kindIgnore:
				k = sm.tj
				continue
			}
			if !(sm.f.kind == kindNumber || sm.f == digitForm) && c.lx.headLinks.hasWord(t.s) && !linked && sm.ti == sm.tj {
				linked = true
				continue
			}
			return -1
		}
		if !linked && c.lx.headLinks.hasWord(t.s) {
			linked = true
			continue
		}
		if c.countStop(k) || isDigits(t.s) || skipped == 2 || shape && linked {
			return -1
		}
		skipped++
	}
	return -1
}

// beadCountForward compares the number m (n) with the stone of the bead
// or shape noun starting at token k, and reports whether k starts such a
// noun made of a stone.
func (c *checker) beadCountForward(k int, m match, n int) bool {
	shape := false
	e := c.beadNounAt(k)
	if e < 0 {
		e, shape = c.shapeNounAt(k), true
	}
	if e < 0 {
		return false
	}
	j := c.stoneAfterBead(e, shape)
	if j < 0 {
		return false
	}
	if n > 1 && c.scopes[j] == scopeProduct {
		if shape {
			c.compareAtLeast(n, m, c.ms[j], c.colourOf(j))
		} else {
			c.compareCount(n, m, c.ms[j], c.colourOf(j))
		}
	}
	return true
}

// pearlBeadOfStone reports whether the pearl match m is a bead noun made
// of another stone ("Perlen aus Gagat", "perle di onice", "pärlor av
// ametist"): a pearl is never made of a stone, so the word is a bead,
// whatever the product's data call its pieces.
func (c *checker) pearlBeadOfStone(m match) bool {
	if m.f.value != "pearl" || c.lx.beadStarts == nil {
		return false
	}
	e := c.beadNounAt(m.ti)
	return e >= m.tj && (c.stoneAfterBead(e, false) >= 0 || c.stoneHyphenBead(m))
}

// stoneHyphenBead reports whether the bead word m is the head of a
// hyphenated compound whose first part is another stone ("zwei
// Unakit-Perlen", "Onyx-Perlen", "ametist-pärlor"; #13, lead57: probing
// blind set 57's unakite beads, "Unakit-Perlen" blocked as pearls where
// "Perlen aus Unakit" and "Unakitperlen" passed): a pearl is never made of
// a stone, as in pearlBeadOfStone. "Süßwasser-Perlen" (no stone before)
// keeps the pearl sense.
func (c *checker) stoneHyphenBead(m match) bool {
	if m.ti == 0 || !c.hyphenBefore(m.ti) {
		return false
	}
	i := c.matchAt(m.ti - 1)
	if i < 0 {
		return false
	}
	sm := c.ms[i]
	return sm.f.kind == kindStone && sm.f.value != "pearl" && !sm.negated && sm.tj == m.ti-1
}

// beadBackOf reports whether the pearl match m (c.ms[i]) is a bead word
// that refers back to beads the copy named before as made of a stone
// (#13, sense44; probe 44D da-DK 44D102: "ni runde perler af bambuskoral
// … perlerne er farvet"; "neun Perlen aus Bambuskoralle … Die Perlen sind
// gefärbt"): a word of bead_back (a definite article or demonstrative)
// one or two words before it in its sentence, and an earlier pearl match
// of the copy read as beads of a stone (pearlBeadOfStone) (on a pearl
// product stone() never asks). "… und eine weiße Perle in der Mitte" (no word of
// reference) and a named pearl (Süßwasserperlen: another value) keep the
// pearl sense.
func (c *checker) beadBackOf(i int, m match) bool {
	if m.f.value != "pearl" || m.ti != m.tj || c.lx.beadBack == nil {
		return false
	}
	w := c.toks[m.ti].s
	if !c.lx.beadWords[w] {
		return false
	}
	back := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-2; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if c.lx.beadBack[c.toks[k].s] {
			back = true
			break
		}
		if c.matchAt(k) >= 0 || c.countStop(k) {
			break
		}
	}
	if !back {
		return false
	}
	for j := 0; j < i; j++ {
		if p := c.ms[j]; p.f.value == "pearl" && p.ti < m.ti && c.lx.beadWords[c.toks[p.ti].s] && c.pearlBeadOfStone(p) {
			return true
		}
	}
	return false
}

// beadBeforeNumber returns the first token of a bead or shape noun that
// ends at token k, in the number's clause, or -1 (제트 비즈 14개: the
// stone, the bead noun, the number), and whether it is a shape noun.
func (c *checker) beadBeforeNumber(k int) (int, bool) {
	if !c.lx.beadNouns.made() && !c.lx.shapeNouns.made() || k < 0 || k >= len(c.toks) {
		return -1, false
	}
	s, shape := c.lx.beadNouns.startOf(c.toks, k), false
	if s < 0 {
		s, shape = c.lx.shapeNouns.startOf(c.toks, k), true
	}
	if s < 0 {
		return -1, false
	}
	// A bead noun that ends a longer word is no noun of its own: 真珠 (a
	// pearl) ends in 珠 (a bead), and "天然真珠を2粒" counts the pearls, the
	// stone right before its particle (#13, floatcount62; held-out 62B
	// ja-JP 62B03-3).
	if i := c.matchAt(s); i >= 0 && c.ms[i].ti < s {
		return -1, false
	}
	for j := s + 1; j <= k+1 && j < len(c.toks); j++ {
		if c.toks[j].brk {
			return -1, false
		}
	}
	return s, shape
}

// stoneBeadCount compares the number m (n) with the stone of a compound
// of a stone and a bead noun at token k that no vocabulary word matched
// ("vierzehn Gagatperlen", "neljätoista gagaattihelmeä", "veertien
// gitkralen"), and reports whether token k is one. The compound is read
// for the count only: elsewhere it stays the word it was.
func (c *checker) stoneBeadCount(k int, m match, n int, colour string) bool {
	if i := c.matchAt(k); i >= 0 {
		return false
	}
	t := c.toks[k]
	f, hl, shape := c.lx.stoneBead(t.s)
	if f == nil {
		return false
	}
	if n > 1 {
		sm := match{f: f, ti: k, tj: k, start: t.start, end: t.start + utf8.RuneCountInString(t.s[:hl])}
		if shape {
			c.compareAtLeast(n, m, sm, colour)
		} else {
			c.compareCount(n, m, sm, colour)
		}
	}
	return true
}

// stoneBead reads w as a stone word glued to a bead or shape noun
// ("gagatperlen", "ametistihelmeä", "gitkralen", "ametistpärlor",
// "ametistipisaraa"), the noun with a linking letter or not, and returns
// the stone's form, its length in bytes and whether the noun is a shape
// noun, or nil.
func (lx *lexicon) stoneBead(w string) (*form, int, bool) {
	if len(w) < 6 || lx.metalHeads == nil || !lx.beadNouns.made() && !lx.shapeNouns.made() {
		return nil, 0, false
	}
	for _, h := range lx.metalHeads[[2]byte{w[0], w[1]}] {
		if h.f.kind != kindStone || h.f.value == "pearl" || len(w) <= len(h.s) || !strings.HasPrefix(w, h.s) {
			continue
		}
		rest := w[len(h.s):]
		if utf8.RuneCountInString(rest) < 3 {
			continue
		}
		for i, ps := range [...]phrases{lx.beadNouns, lx.shapeNouns} {
			if ps.hasWord(rest) || strings.IndexByte("sne", rest[0]) >= 0 && ps.hasWord(rest[1:]) {
				return h.f, len(h.s), i == 1
			}
		}
	}
	return nil, 0, false
}
