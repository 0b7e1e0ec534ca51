package grounding

import "strings"

// A phrase of ours worn with the piece (issue #13, scope56). A metal,
// fineness or colour word in a noun phrase the brand owns ("our rose
// gold", "το ασήμι μας", "ruusukultamme", "ذهبنا", "الذهب الوردي
// لدينا", "yüzüğümüzle", 저희 로즈 골드, 我们的玫瑰金), with or without a
// piece noun, that is the object of a word of being with or beside
// ("wear it with our rose gold", "alongside our sterling silver", "aux
// côtés de notre argent sterling", "naast ons sterling zilver",
// "sterlinghopeamme rinnalla", "مع الذهب الوردي لدينا", "저희 스털링 실버
// 옆에서", "在我们的925银旁边") names the brand's other pieces, not the
// piece: a noun of the piece's own kind in it ("with our silver ring" of
// a gold ring) is another ring of ours. English and the languages whose
// cross-selling verbs stand before the phrase already read most of these
// through cross_sell; the phrase carries it where no such verb does ("It
// shines beside our sterling silver", "Se on kaunis ruusukultamme
// kanssa", "925 ayar gümüş yüzüğümüzle üst üste takın").
//
// Shapes (locale pack vocab.yaml):
//   - ours_with: words right before the phrase ("with", "alongside",
//     "à côté de", "naast", "με", "مع", 和), an article or determiner
//     between at most ("con il nostro", "με το … μας");
//   - ours_with_after: words right after it where the language puts them
//     there (Finnish "kanssa", "rinnalla", Turkish "yanında", Japanese
//     "と一緒", Korean "옆에서", Chinese 旁边), or a comitative ending
//     (comitative_endings) on the phrase's last word ("altınımızla",
//     "골드와") not followed by another fact (then it is "and": "저희 로즈
//     골드와 다이아몬드로").
//
// A making word or a piece verb right before the word of being with
// ("made with our recycled gold", "crafted with our sterling silver")
// makes the phrase the piece's material, as it is.

type oursWithFile struct {
	OursWith      []string `yaml:"ours_with"`
	OursWithAfter []string `yaml:"ours_with_after"`
}

type oursWithData struct {
	before phrases
	after  startPhrases
}

func compileOursWith(f oursWithFile) oursWithData {
	return oursWithData{before: phraseSet(f.OursWith), after: startPhraseSet(f.OursWithAfter)}
}

// oursWith reports whether the fact m (metal, fineness or colour) stands
// in a noun phrase of ours governed by a word of being with or beside.
func (c *checker) oursWith(m match) bool {
	switch m.f.kind {
	case kindMaterial, kindKarat, kindColour:
	default:
		return false
	}
	d := c.lx.oursWith
	if d.before.size() == 0 && len(d.after) == 0 && len(c.lx.comitative) == 0 {
		return false
	}
	a, b, ok := c.oursSpan(m)
	if !ok {
		return false
	}
	return c.oursWithBefore(a) || c.oursWithAfter(b)
}

// oursSpan returns the first and last token of m's noun phrase when it is
// ours: a possessive before the fact (up to four words, eight one-character
// tokens: "our 9ct rose gold", 我们的玫瑰金), right after the phrase
// ("το ασήμι μας", "الذهب الوردي لدينا") or as the ending of its last
// word ("ruusukultamme", "yüzüğümüzle", "ذهبنا"). The phrase runs to the
// category word that heads the fact (headOf), after it ("silver ring")
// or before it ("خاتمنا المصنوع من الفضة").
func (c *checker) oursSpan(m match) (a, b int, ok bool) {
	a, b = m.ti, m.tj
	if o, found := c.headOf(m); found {
		if o.ti > m.tj {
			b = o.tj
		} else {
			a = o.ti
		}
	} else if o, found := c.headLinkedBefore(m); found {
		a = o.ti
	}
	w := 4
	if c.charTokens() {
		w = 8
	}
	for k := a - 1; k >= 0 && k >= a-w; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			break
		}
		if c.lx.ours.endsAt(c.toks, k) {
			return c.lx.ours.startOf(c.toks, k), b, true
		}
	}
	for _, k := range []int{a, b} {
		t := c.toks[k].s
		if strings.HasPrefix(t, "ال") {
			continue // an Arabic noun with its article takes no possessive ending ("المينا", enamel)
		}
		for _, s := range c.lx.oursSuffixes {
			if len(t) > len(s)+2 && strings.HasSuffix(t, s) {
				return a, b, true
			}
		}
	}
	for e := b + 1; e < len(c.toks) && e <= b+2; e++ {
		if c.toks[e].brk || c.toks[e].sbrk {
			break
		}
		if c.lx.ours.endsAt(c.toks, e) && c.lx.ours.startOf(c.toks, e) == b+1 {
			return a, e, true
		}
	}
	return 0, 0, false
}

// oursWithBefore reports whether a word of ours_with ends right before
// token a (an article or determiner between at most), with no making word
// or piece verb in the two words before it.
func (c *checker) oursWithBefore(a int) bool {
	ps := c.lx.oursWith.before
	if ps.size() == 0 {
		return false
	}
	for k := a - 1; k >= 0 && k >= a-2; k-- {
		if c.toks[k+1].brk || c.toks[k+1].sbrk {
			return false
		}
		if ps.endsAt(c.toks, k) && !c.toks[k].masked {
			s := ps.startOf(c.toks, k)
			for j := s - 1; j >= 0 && j >= s-2; j-- {
				if c.toks[j+1].brk || c.toks[j+1].sbrk {
					break
				}
				if c.pieceVerbAt(j) || c.lx.contrastData.made.at(c.toks, j) {
					return false
				}
			}
			return true
		}
		if k < a-1 || !c.lx.determiners[c.toks[k].s] {
			return false
		}
	}
	return false
}

// oursWithAfter reports whether a word of ours_with_after starts right
// after token b, or token b carries a comitative ending with no fact
// after it.
func (c *checker) oursWithAfter(b int) bool {
	if b+1 < len(c.toks) && !c.toks[b+1].brk && !c.toks[b+1].sbrk {
		for range c.lx.oursWith.after.at(c.toks, b+1) {
			return true
		}
	}
	if !c.comitativeToken(b) {
		return false
	}
	return b+1 >= len(c.toks) || c.toks[b+1].sbrk || !c.isFactToken(b+1)
}

// headLinkedBefore returns the category word before m joined to it by a
// head link that opens the fact's own form ("خاتمنا المصنوع من الفضة":
// the ring, made of silver), one word between at most (the participle
// of making).
func (c *checker) headLinkedBefore(m match) (match, bool) {
	if m.ti == m.tj || !c.lx.headLinks.hasWordAt(&c.toks[m.ti]) {
		return match{}, false
	}
	for _, o := range c.ms {
		if o.ti >= m.ti {
			break
		}
		if o.f.kind == kindCategory && o.tj < m.ti && m.ti-o.tj <= 2 && !c.brkBetween(o.tj, m.ti) && !c.sbrkBetween(o.tj, m.ti) {
			return o, true
		}
	}
	return match{}, false
}
