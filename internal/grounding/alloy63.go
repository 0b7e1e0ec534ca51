package grounding

// Another metal set apart from the product's own in copy that explains it
// (#13, alloy63: probe 63D es-ES 63D03-3 on argentium silver 935, released
// 63B da-DK 63B04-1 on shibuichi, probe 63C pt-PT 63C03-1 on shakudo).
// Copy that explains an alloy names the metals a reader might take it
// for, and says it is not them:
//
//   - what the piece is not to be confused with: "Tampoco debe confundirse
//     con el oro blanco o el acero, que tienen un tono más gris" (Argentium
//     is silver with copper and germanium: Argentium International,
//     "Argentium silver", the alloy of Middlesex University, 1990s);
//   - what it looks like at first sight, denied in the same sentence:
//     "ligner armringen oxideret sølv eller tin, men den er ingen af
//     delene" (shibuichi is copper with 20-40 % silver, patinated grey:
//     Hughes and Rowe, The Colouring, Bronzing and Patination of Metals,
//     1982), "parece de ferro ou de prata oxidada, mas não é nenhum dos
//     dois" (shakudo is copper with 3-5 % gold, patinated black: ibid.).
//
// Neither says the piece is of that metal (16 CFR 23.4-23.7 govern what
// the piece is said to be made of), and each blocked as one. "The
// necklace is white gold", "looks like silver" with no denial, and
// "solid silver" on shibuichi still block.

// alloy63File holds a pack's words of these shapes: unconfused_before
// and unconfused_after, said before or after what the piece is not to be
// confused with ("not to be confused with", "nicht zu verwechseln mit",
// "à ne pas confondre avec", tr "ile karıştırılmamalı", ko "혼동하지");
// likeness_denied_after, said after a likeness to deny the piece is any
// of what it was likened to ("neither of them", "ingen af delene",
// "nenhum dos dois", "keines von beiden", 两者都不是).
type alloy63File struct {
	UnconfusedBefore []string `yaml:"unconfused_before"`
	UnconfusedAfter  []string `yaml:"unconfused_after"`
	LikenessDenied   []string `yaml:"likeness_denied_after"`
}

type alloy63Data struct {
	unconfusedBefore, unconfusedAfter, likenessDenied wordList
}

func compileAlloy63(f alloy63File) alloy63Data {
	return alloy63Data{unconfusedBefore: compileWordList(f.UnconfusedBefore), unconfusedAfter: compileWordList(f.UnconfusedAfter),
		likenessDenied: compileWordList(f.LikenessDenied)}
}

// setApartOther63 reports whether the stone or material m, not the
// product's own, is what the piece is not to be confused with (unconfused:
// the word at most likenessGap words before or after m in its clause, no
// word of the piece between; compare62.go standardOf) or one of what a
// likeness that is then denied names (deniedLikeness).
func (c *checker) setApartOther63(m match) bool {
	if m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial {
		return false
	}
	if contains(c.facts.materials, m.f.value) || contains(c.facts.stones, m.f.value) {
		return false
	}
	d := &c.lx.alloy63Data
	return c.standardOf(m, d.unconfusedBefore, d.unconfusedAfter) || c.deniedLikeness(m)
}

// deniedLikenessGap is how many tokens before m deniedLikeness reads for
// the verb of likeness: "ligner armringen oxideret sølv eller tin".
const deniedLikenessGap = 6

// deniedLikeness reports whether m follows a verb of resemblance
// (looks_like: "ligner", "parece", "looks like") at most
// deniedLikenessGap tokens before it in its sentence (or likenessGap
// words, facts not counted: likenedBefore), and a word of
// likeness_denied_after ("ingen af delene", "nenhum dos dois",
// "neither of them") follows m later in the same sentence, after a
// clause break, with no fact of the product's own between m and it after
// a word of the piece (anchorPieceWord): the sentence likens the piece to
// m and denies it is m. A sentence that
// goes on to name the piece's material before the denial ("looks like
// silver, and the band is silver, neither ...") is not read.
func (c *checker) deniedLikeness(m match) bool {
	d := &c.lx.alloy63Data
	if d.likenessDenied.empty() || c.lx.looksLike.size() == 0 {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	// or a verb at most likenessGap words before it, facts and the commas
	// of their list not counted ("recalls a spessartine garnet or a fine
	// citrine"; apart64.go likenedBefore).
	like := c.likenedBefore(m) >= 0
	for k := m.ti - 1; !like && k >= s && k >= m.ti-deniedLikenessGap; k-- {
		if c.phraseEndsAt(c.lx.looksLike, nil, k) > 0 {
			like = true
			break
		}
	}
	if !like {
		return false
	}
	brk := false
	for k := m.tj + 1; k <= e; k++ {
		brk = brk || c.toks[k].brk
		if brk && d.likenessDenied.at(c.toks, k) {
			for _, o := range c.ms {
				// an own fact in the likened list ("pewter, gunmetal or
				// oxidised silver" on shibuichi with a silver bail) is
				// one of what the piece is likened to; one after a word
				// of the piece is said of it.
				if o.ti > m.tj && o.tj < k && !o.negated && (o.f.kind == kindMaterial && contains(c.facts.materials, o.f.value) || o.f.kind == kindStone && contains(c.facts.stones, o.f.value)) && c.anchorPieceWord(m.tj+1, o.ti-1) {
					return false
				}
			}
			return true
		}
	}
	return false
}
