package grounding

import (
	"regexp"
	"strings"
)

// karatScaleFile is the vocabulary of copy that explains the karat scale
// (#13, karat39): share_words say what part of the metal is gold (percent,
// per cent, Prozent, pour cent, procent, prosent*, tisícin*, τοις εκατό,
// yüzde, بالمئة, パーセント, 퍼센트, 百分之; thousandths: "parts per
// thousand", millièmes, duizendsten, tusendeler, 千分之; and "parts of 24",
// "parti su 24", "24 dílů", 24分之), and pure_words the words that call
// gold pure (pure, rein, pur, puro, puur, zuiver, ren, rent, puhdas,
// czyste, čisté, ryzí, καθαρό, saf, خالص, 純, 순금): 24 karat is pure gold,
// the scale's top (ISO 9202:2019; 16 CFR 23.4: a karat is a twenty-fourth
// part of pure gold).
//
// too_soft_words say that a metal is too soft for wear (too soft, trop
// mou, zu weich, demasiado blando, troppo morbido, te zacht, for mykt,
// liian pehmeä*, příliš měkk*, za miękk*, fazla yumuşak, 柔らかすぎ, 너무
// 무르, 太软): 24 karat said to be too soft, with no word of the piece
// before it in its sentence, is the scale's top, which the piece's lower
// karat is alloyed from (#13, fineness48: "Pure 24ct gold would be too
// soft for a chain worn every day", "L'or pur à 24 carats serait trop mou
// pour une chaîne").
type karatScaleFile struct {
	ShareWords   []string `yaml:"share_words"`
	PureWords    []string `yaml:"pure_words"`
	TooSoftWords []string `yaml:"too_soft_words"`
	// PiecePossessives are the possessives that, right before the
	// fineness (a pure word between allowed), make it the piece's: "Its
	// 24ct gold is too soft" (tooSoftTop; #13, open49).
	PiecePossessives []string `yaml:"piece_possessives"`
}

type karatScaleData struct {
	shareWords wordList
	pureWords  wordList
	tooSoft    wordList
	possessive wordList
}

func compileKaratScale(f karatScaleFile) karatScaleData {
	return karatScaleData{shareWords: compileWordList(f.ShareWords), pureWords: compileWordList(f.PureWords), tooSoft: compileWordList(f.TooSoftWords),
		possessive: compileWordList(f.PiecePossessives)}
}

// percentSign is a number with a percent sign, before or after it ("75 %",
// "75%", Turkish "%75", Arabic ٪, full-width ％).
var percentSign = regexp.MustCompile(`\d[\s\p{Zs}]?[%％٪]|[%％٪][\s\p{Zs}]?\d`)

// scaleCarry is how many sentences a sentence that explains the karat
// scale carries its topic over, as material_sentence.go's topicCarried.
const scaleCarry = 3

// scaleFineness reports whether the fineness m, not the product's, is a
// step of the karat scale that the copy explains, not the piece's metal
// (#13, karat39; probe 39C): good copy on a karat gold piece explains its
// fineness by the scale it belongs to, and names the scale's other steps
// ("Pure 24-karat gold is too soft for everyday jewelry, so it is
// alloyed. 18k yellow gold is 75 percent gold", "By comparison, 14k gold
// holds 58.5 per cent gold and 9k only 37.5 per cent", "L'oro a 24 carati
// è troppo morbido per l'uso quotidiano, mentre il 18 carati unisce
// colore pieno e solidità", "Čisté 24karátové zlato je na každodenní
// nošení příliš měkké", 其餘25%為銀與銅，讓合金比柔軟的24K純金更堅硬).
//
// The rule is the sentence's. The product's gold is its own body's, of a
// stated karat (not a plating: gold over a base metal called N-karat gold
// is still checked as before), and the fineness's sentence holds no word
// of the piece (scalePieceWord: its category, a part, a demonstrative or
// possessive of the piece, a verb that makes, sets, plates or hangs it,
// the product's name, other items; "made of 24-karat gold"). Then it is
// the scale's where
//
//   - its sentence states a share of gold (a percentage, thousandths,
//     "parts of 24": share_words), or
//   - a sentence before it, at most three back with none of the piece
//     between, names a fineness or gold with a share (the topic carried:
//     "O ouro de 18 quilates contém 75% de ouro puro… O ouro de 24
//     quilates é demasiado macio"), or
//   - it is 24 karat called pure (pure_words beside it: "Pure 24-karat
//     gold", "24K純金"), and such a sentence follows within three.
//
// "This 14k ring", "The Gold Hoop Earrings are made of 24-karat gold",
// "Made of 24-karat gold" and a sentence about the piece between keep
// the fineness the piece's, and it blocks as before.
func (c *checker) scaleFineness(m match) bool {
	if m.negated || m.f.kind != kindKarat || !c.solidKaratGold() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	if c.madeOfFineness(m) || c.shareMisstated(m, s, e) {
		return false
	}
	if c.tooSoftTop(m, s, e) {
		return true
	}
	if c.scalePieceWord(s, e) {
		return false
	}
	if c.shareIn(s, e) {
		return true
	}
	// the topic carried from a sentence before
	for back, ps := 0, s; back < scaleCarry && ps > 0; back++ {
		bs, be := c.sentenceOf(ps - 1)
		if c.scalePieceWord(bs, be) {
			break
		}
		if c.scaleAnchor(bs, be) {
			return true
		}
		ps = bs
	}
	// pure gold, explained in a sentence after
	if m.f.value != "24" || !c.pureBeside(m) {
		return false
	}
	for ahead, ne := 0, e; ahead < scaleCarry && ne+1 < len(c.toks); ahead++ {
		as, ae := c.sentenceOf(ne + 1)
		if c.scalePieceWord(as, ae) {
			break
		}
		if c.scaleAnchor(as, ae) {
			return true
		}
		ne = ae
	}
	return false
}

// solidKaratGold reports whether the product's gold is its own body's, of
// a stated karat, and no gold is plated on it.
func (c *checker) solidKaratGold() bool {
	if len(c.facts.karats) == 0 {
		return false
	}
	for _, v := range append(append([]string(nil), c.facts.plated...), c.facts.platings...) {
		if strings.Contains(v, "gold") {
			return false
		}
	}
	for _, v := range c.facts.body {
		if strings.Contains(v, "gold") {
			return true
		}
	}
	return false
}

// scaleAnchor reports whether the sentence s..e states the share of gold
// of a fineness: a fineness or a gold word, and a share (shareIn).
func (c *checker) scaleAnchor(s, e int) bool {
	if !c.shareIn(s, e) {
		return false
	}
	for _, o := range c.ms {
		if o.tj < s || o.negated {
			continue
		}
		if o.ti > e {
			break
		}
		if o.f.kind == kindKarat || o.f.kind == kindMaterial && c.cn.SolidMetals[o.f.value] == "gold" {
			return true
		}
	}
	return false
}

// shareIn reports whether the sentence s..e states a share: a number with
// a percent sign, or a word of share_words.
func (c *checker) shareIn(s, e int) bool {
	if percentSign.MatchString(c.text[c.byteAt(c.toks[s].start):c.byteAt(c.toks[e].end)]) {
		return true
	}
	// a percent sign right after the sentence's last number ("37,5 %.")
	if e+1 < len(c.toks) {
		if percentSign.MatchString(c.text[c.byteAt(c.toks[e].start):c.byteAt(c.toks[e+1].start)]) {
			return true
		}
	} else if percentSign.MatchString(c.text[c.byteAt(c.toks[e].start):]) {
		return true
	}
	w := c.lx.karatScaleData.shareWords
	if w.empty() {
		return false
	}
	for k := s; k <= e; k++ {
		if w.at(c.toks, k) {
			return true
		}
	}
	return false
}

// scalePieceWord reports whether a word of the piece stands in the
// sentence s..e: its category, a part or component, a demonstrative or
// possessive of the piece, a piece, setting or hanging verb, the
// product's own name (armStopAt), a plating word, a word of other items,
// or a piece noun right after a metal ("a 24k gold piece"; "for everyday
// jewelry" is jewelry in general).
func (c *checker) scalePieceWord(s, e int) bool {
	lx := c.lx
	for k := s; k <= e; k++ {
		// "14k gold holds 58.5 per cent gold": a setting verb whose
		// object is a share says what the metal contains.
		if lx.settingWords.at(c.toks, k) && c.shareAfter(k) {
			continue
		}
		if c.armStopAt(k, false) || c.categoryToken(k) || c.piecePartAt(k) || lx.components.endsAt(c.toks, k) ||
			lx.attrParts.endsAt(c.toks, k) || lx.platingWords.endsAt(c.toks, k) || lx.otherItems.endsAt(c.toks, k) {
			return true
		}
		if lx.pieceNouns.at(c.toks, k) && k > s && !c.toks[k].brk && c.metalTokenAt(k-1) {
			return true
		}
	}
	return false
}

// shareAfter reports whether a share follows token k: a number right
// after it, with a percent sign or a word of share_words within three
// words after the number ("holds 58.5 per cent", "contiene il 75%").
func (c *checker) shareAfter(k int) bool {
	n := k + 1
	if n >= len(c.toks) || c.toks[n].brk || c.toks[n].s == "" || c.toks[n].s[0] < '0' || c.toks[n].s[0] > '9' {
		return false
	}
	for j := n; j < len(c.toks) && j <= n+3; j++ {
		if j > n && c.toks[j].brk && !c.decimalBreak(j) {
			break
		}
		end := len(c.text)
		if j+1 < len(c.toks) {
			end = c.byteAt(c.toks[j+1].start)
		}
		if percentSign.MatchString(c.text[c.byteAt(c.toks[j].start):end]) || j > n && c.lx.karatScaleData.shareWords.at(c.toks, j) {
			return true
		}
	}
	return false
}

// madeOfFineness reports whether a word of being made of (made_of_words:
// "made of", "fatto di", "vyrobený z") stands right before the fineness
// m's phrase, at most a determiner, a link word or a metal word between:
// "Made of 24-karat gold" says what the piece is made of.
func (c *checker) madeOfFineness(m match) bool {
	if c.lx.madeOf.size() == 0 {
		return false
	}
	for k, n := m.ti-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if c.phraseEndsAt(c.lx.madeOf, nil, k) > 0 {
			return true
		}
		if c.toks[k+1].brk {
			return false
		}
		t := c.toks[k].s
		if !c.lx.determiners[t] && !c.lx.headLinks.hasWord(t) && !c.metalTokenAt(k) {
			return false
		}
	}
	return false
}

// pureBeside reports whether a word of pure_words stands beside the
// fineness m in its clause, at most a determiner, a link word or a metal
// word between: "Pure 24-karat gold", "l'oro puro a 24 carati", "24K純金",
// "Čisté 24karátové zlato".
func (c *checker) pureBeside(m match) bool {
	w := c.lx.karatScaleData.pureWords
	if w.empty() {
		return false
	}
	skip := func(k int) bool {
		t := c.toks[k].s
		return c.lx.determiners[t] || c.lx.headLinks.hasWord(t) || c.metalTokenAt(k)
	}
	for k, n := m.ti-1, 0; k >= 0 && n < 3 && !c.toks[k+1].brk; k, n = k-1, n+1 {
		if w.at(c.toks, k) {
			return true
		}
		if !skip(k) {
			break
		}
	}
	for k, n := m.tj+1, 0; k < len(c.toks) && n < 3 && !c.toks[k].brk; k, n = k+1, n+1 {
		if w.at(c.toks, k) {
			return true
		}
		if !skip(k) {
			break
		}
	}
	return false
}

// tooSoftTop reports whether the fineness m is 24 karat said to be too
// soft (too_soft_words after it in its sentence s..e) with no word of the
// piece before that word: "Pure 24ct gold would be too soft for a chain
// worn every day", "Reines 24-karätiges Gold wäre für eine Kette zu weich"
// (a category word after an indefinite article is any such piece). "This
// chain is 24ct gold, too soft to …" and "The chain is made of 24k gold"
// keep the fineness the piece's (#13, fineness48).
func (c *checker) tooSoftTop(m match, s, e int) bool {
	w := c.lx.karatScaleData.tooSoft
	if m.f.value != "24" || w.empty() {
		return false
	}
	for k := m.tj + 1; k <= e; k++ {
		if !w.at(c.toks, k) {
			continue
		}
		from := w.span(c.toks, k)
		if from < 0 {
			from = k
		}
		for j := s; j < from; j++ {
			if j >= m.ti && j <= m.tj {
				continue
			}
			// a category word after an indefinite article, or after the
			// fineness with no definite article before it, is any such
			// piece: "for a chain", "na řetízek", "ketjuun", "bir zincir için"
			if c.categoryToken(j) && j > s && (c.lx.indefinites.endsAt(c.toks, j-1) || j > m.tj && !c.lx.definites.endsAt(c.toks, j-1)) {
				continue
			}
			if c.scalePieceWord(j, j) {
				return false
			}
		}
		return !c.tooSoftOwn(m, s, k, e)
	}
	return false
}

// tooSoftOwn reports whether the 24 karat m, said to be too soft by the
// word ending at token soft, is the piece's all the same: a possessive of
// the piece at most three words before it in its clause ("Its 24ct gold
// is too soft", "Son or pur 24 carats", "Its pure 24ct gold"), or the piece named by a demonstrative and its category
// after the word of softness with no other fineness after that ("Made from
// 24ct gold, which some say is too soft, this chain wears beautifully";
// "too soft, so this chain is 22ct" keeps 24 the scale's; #13, open49,
// adv48c's open rows).
func (c *checker) tooSoftOwn(m match, s, soft, e int) bool {
	d := c.lx.karatScaleData
	for p := m.ti - 1; p >= s && p >= m.ti-3 && !c.toks[p+1].brk && !d.possessive.empty(); p-- {
		if d.possessive.at(c.toks, p) {
			return true
		}
	}
	for j := soft + 1; j < e; j++ {
		if !c.lx.demonstr.endsAt(c.toks, j) || c.toks[j+1].brk || !c.categoryToken(j+1) {
			continue
		}
		for _, n := range c.ms {
			if n.f.kind == kindKarat && n.ti > j && n.ti <= e {
				return false
			}
		}
		return true
	}
	return false
}
