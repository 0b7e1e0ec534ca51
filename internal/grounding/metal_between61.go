package grounding

// A metal named as a landmark of the piece's colour (#13, alloy61: probe
// 61C fr-CA, it-IT, pt-PT 61C02-1, 61C04-1 on lead-free pewter). Copy
// that explains pewter places its grey "between silver and stone" ("Son
// gris doux, entre l'argent et la pierre", "un grigio caldo, a metà tra
// l'argento e la pietra", "O seu cinzento macio fica entre a prata e a
// pedra"): the silver is a point of the colour scale the grey is set on,
// as "silver" is a word of the shade in "silver grey" (metal_hue.go
// metalShade), not a metal of the piece, and it blocked as one
// (grounding.material and regulatory.plating). "The bracelet is silver"
// and "un bracelet en argent" name no landmark and still block (16 CFR
// 23.6: silver said of the piece is a claim of its metal).

// between61File holds a pack's words of "between": between_before, said
// before the two landmarks ("between", "entre", "tra", "zwischen",
// "mellan", "między", "μεταξύ", بين), and between_after, said after them
// ("välillä", "arasında", "사이", "之间").
type between61File struct {
	BetweenBefore []string `yaml:"between_before"`
	BetweenAfter  []string `yaml:"between_after"`
}

type between61Data struct {
	betweenBefore, betweenAfter phrases
}

func compileBetween61(f between61File) between61Data {
	return between61Data{betweenBefore: phraseSet(f.BetweenBefore), betweenAfter: phraseSet(f.BetweenAfter)}
}

// betweenGap is how many words metalBetween reads between the word of
// "between" and the metal: an article, the other landmark and its
// conjunction ("between stone and silver", "tra la pietra e l'argento").
const betweenGap = 4

// metalBetween reports whether the hue metal m (hueMetal: a bare gold,
// silver, rose gold or platinum) is one of two landmarks of a colour: a
// word of "between" at most betweenGap words before it (between_before)
// or after it (between_after), in its clause with no word of the piece
// between (anchorPieceWord), and a shade or colour word in its sentence
// (shade_words, a colour match): the colour the copy sets between them.
func (c *checker) metalBetween(i int, m match) bool {
	d := &c.lx.between61Data
	if d.betweenBefore.size() == 0 && d.betweenAfter.size() == 0 || !c.hueMetal(i, m) {
		return false
	}
	found := false
	for k := m.ti - 1; k >= 0 && k >= m.ti-1-betweenGap && !c.toks[k+1].brk; k-- {
		if d.betweenBefore.endsAt(c.toks, k) {
			found = !c.anchorPieceWord(k, m.ti-1)
			break
		}
	}
	for k := m.tj + 1; !found && k < len(c.toks) && k <= m.tj+1+betweenGap && !c.toks[k].brk; k++ {
		if d.betweenAfter.endsAt(c.toks, k) {
			found = !c.anchorPieceWord(m.tj+1, k)
			break
		}
	}
	if !found {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.lx.shades.endsAt(c.toks, k) || c.colourTokenAt(k) {
			return true
		}
	}
	return false
}
