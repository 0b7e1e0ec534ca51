package grounding

import (
	"slices"
	"strings"
	"unicode"
)

// stoneChromophore reports whether the base metal m (canon
// chromophore_metals: copper, nickel, titanium, cobalt…) is named as where
// the colour of the product's stone comes from, wherever it stands in its
// sentence: "Ringen har turkis. Den himmelblå farve kommer fra kobber",
// "Its sky-blue colour comes from copper", "Die Farbe verdankt er dem
// Kupfer", "Sa couleur vient du cuivre", "Il colore viene dal rame",
// "Gök mavisi rengini bakırdan alır", 天蓝色来自铜. Copper colours
// turquoise, malachite and Paraíba tourmaline, nickel chrysoprase,
// titanium blue sapphire (canon chromophore_stones; GIA Gem
// Encyclopedia; Nassau, The Physics and Chemistry of Color, 2001), so the
// metal is the stone's chemistry, not a material of the piece (#13,
// chromo57: every base language blocked grounding.material on such a
// sentence after one about the stone, or with the stone named in it).
//
// It holds when all of these do:
//   - m names a chromophore metal (chromophoreValue: Arabic نحاس, read
//     as copper alloy, is copper), no precious or solid metal and no
//     material of the product (16 CFR 23.4-23.7: a precious metal colours
//     no stone here);
//   - the product has a stone m colours (chromophore_stones) or any
//     coloured stone (a stated colour other than clear, a colour in its
//     type, or a species whose name says a colour: coloured_species);
//   - m's sentence names the optical effect m's element causes
//     (opticalElement: "titanium forms fine needles of rutile that
//     reflect the light in a star", where a word of heating is the
//     annealing that grows them; #13, expl58), or it names a colour, a
//     colour noun or a Korean compound of
//     색 (하늘색, 녹색; a noun of lustre, "Glanz", "glow", is none) and a
//     word of a colour's source (colour_source_words: "comes from", "due to",
//     "owes", "verdankt", "vient", "se debe", "deriva", "skyldes",
//     "johtuu", "pochodzi", "kaynaklanır", "οφείλεται", يأتي, 由来, 나오,
//     来自) outside m;
//   - the sentence holds no word or fact of the piece (anchorPieceWord,
//     pieceFactIn: "the ring", "den Ohrsteckern", "the setting", "its
//     band", a karat), no word of making ("made of copper",
//     alloy_made_words), of plating or of a treatment (treatment_cause,
//     diffusion, coating and filling words: "heated with titanium, which
//     gives an even blue" names a diffusion agent; treatment_filling.go)
//     and no other material than a chromophore metal;
//   - m is no colour itself: no colour noun or tone word right after it
//     ("copper colour", "copper-toned"), nor, where modifiers follow their
//     noun (modifier_order after), right before it ("couleur cuivre");
//   - m is no predicate ("its colour is copper", predicatedOfPiece)
//     unless a source word stands in its clause ("è dovuto al rame").
//
// "The ring is made of copper", "Its copper band gives it a warm colour",
// "The blue comes from the copper setting" and the same sentence on a
// piece with no coloured stone still block.
func (c *checker) stoneChromophore(m match) bool {
	if m.negated || m.f.kind != kindMaterial || contains(c.facts.materials, m.f.value) {
		return false
	}
	v := c.chromophoreValue(m.f.value)
	if v == "" || c.cn.SolidMetals[v] != "" || c.cn.PreciousMetals[v] != "" || contains(c.facts.materials, v) {
		return false
	}
	d := &c.lx.contrastData
	if d.source.empty() || !c.stoneColouredBy(v) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	optical := c.opticalElement(s, e)
	if !optical && !c.colourInSentence(m.ti) && !c.hangulColourCompoundIn(s, e) {
		return false
	}
	source := optical
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if d.source.at(c.toks, k) {
			source = true
		}
		if d.made.at(c.toks, k) || c.lx.platingWords.endsAt(c.toks, k) {
			return false // "made of copper", "copper plating"
		}
		if c.lx.coating.at(c.toks, k) || c.lx.filling.at(c.toks, k) || !optical && (c.lx.treatCause.at(c.toks, k) || c.lx.diffusion.at(c.toks, k)) {
			return false // "heated with titanium, which gives an even blue"
		}
	}
	if !source || !optical && c.anchorPieceWord(s, e) || optical && c.pieceWordBesideLight(s, e) || c.pieceFactIn(s, e) {
		return false
	}
	for _, o := range c.ms {
		if o.ti < s || o.ti == m.ti || o.negated || o.f.kind != kindMaterial {
			continue
		}
		if o.ti > e {
			break
		}
		if c.chromophoreValue(o.f.value) == "" {
			return false // "its silver frame", "sterling silver"
		}
	}
	if k := m.tj + 1; k <= e && !c.toks[k].brk && (c.colourNounAt(k) || c.lx.toneWords.startsAt(c.toks, k) || c.lx.hue.startsAt(c.toks, k) || c.colourMatchAt(k)) {
		return false // "copper colour", "copper-toned", "copper blue"
	}
	if k := m.ti - 1; c.lx.adjAfter && k >= s && !c.toks[m.ti].brk && (c.colourNounAt(k) || c.lx.toneWords.endsAt(c.toks, k)) {
		return false // "couleur cuivre", "color cobre"
	}
	if c.predicatedOfPiece(m) {
		a, b := c.clauseOfMatch(m)
		for k := a; k <= b; k++ {
			if (k < m.ti || k > m.tj) && d.source.at(c.toks, k) {
				return true // "è dovuto al rame", "je dána mědí"
			}
		}
		return false // "its colour is copper"
	}
	return true
}

// chromophoreValue is the chromophore metal (canon chromophore_metals) the
// material value v names: v itself, or the one chromophore metal that
// implies it (canon implies: Arabic نحاس, copper or brass, is read as
// "copper alloy", which copper implies), or "".
func (c *checker) chromophoreValue(v string) string {
	if contains(c.cn.ChromophoreMetals, v) {
		return v
	}
	for _, w := range c.cn.ChromophoreMetals {
		if contains(c.cn.Implies[w], v) {
			return w
		}
	}
	return ""
}

// stoneColouredBy reports whether the product has a stone the metal v
// colours (canon chromophore_stones) or any coloured stone: one whose
// stated colour is other than clear or unknown to the vocabulary, whose
// type holds a colour word, or whose species says a colour (canon
// coloured_species).
func (c *checker) stoneColouredBy(v string) bool {
	own := c.cn.ChromophoreStones[v]
	for _, st := range c.facts.stoneInfo {
		if st.unknownColour || st.typeColour {
			return true
		}
		for _, t := range st.types {
			if contains(own, t) || slices.Contains(c.cn.ColouredSpecies, t) {
				return true
			}
		}
		for _, col := range st.colours {
			if col != "clear" {
				return true
			}
		}
	}
	return false
}

// hangulColourCompoundIn reports whether a Korean word in tokens s..e,
// with or without its particle (endings), is a compound that ends in a
// Hangul noun of colour (colour_nouns 색): Korean names colours as
// compounds of 색 (하늘색 sky blue, 녹색 green, 청록색 teal; Sohn, The
// Korean Language, on Sino-Korean compounds), more than its vocabulary
// lists. Only Hangul nouns are read as tails: "stone" holds "tone".
func (c *checker) hangulColourCompoundIn(s, e int) bool {
	in := c.lx.inflection
	for k := s; k <= e; k++ {
		w := c.toks[k].s
		if !hangulWord(w) {
			continue
		}
		bases := []string{w}
		if in != nil {
			for _, x := range in.endings {
				if b, ok := strings.CutSuffix(w, x); ok && b != "" {
					bases = append(bases, b)
				}
			}
		}
		for _, b := range bases {
			for i := range b {
				if i > 0 && c.lx.colourNouns.hasWord(b[i:]) {
					return true
				}
			}
		}
	}
	return false
}

// hangulWord reports whether w is written in Hangul.
func hangulWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}

// colourMatchAt reports whether a colour fact starts at token k.
func (c *checker) colourMatchAt(k int) bool {
	i := c.factAt(k)
	return i >= 0 && c.ms[i].f.kind == kindColour && c.ms[i].ti == k
}
