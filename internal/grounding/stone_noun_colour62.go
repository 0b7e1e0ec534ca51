package grounding

// stone_noun_colour62.go (#13, stonecol62): a colour said of the generic
// stone noun.
//
// A gem's own name took the colour check beside it ("a yellow sapphire" on
// a blue sapphire blocks: colour), but the generic noun of a stone did
// not: "a yellow stone", "ein gelber Stein", "une pierre jaune", 黄色い石,
// 黄色的石头 on a piece whose one stone is a blue sapphire was compared
// with the piece's colours, where the yellow of its white gold's alloy
// (the gold's colours) let it pass. On a piece that has stones the generic
// noun (stone_nouns: "stone", "gem", "gemstone", "centre stone", Stein,
// Edelstein, pierre, piedra, pietra, pedra, steen, sten, stein, kivi,
// kamień, kámen, taş, πέτρα, حجر, 石, 宝石, 돌, 보석) is the piece's stone,
// so its colour is a stone's claim: it must be the colour of one of the
// product's stone groups (16 CFR 23.1, misrepresenting a product's
// colour). Plural or singular, the noun passes where any group has the
// colour ("white stones" around a blue sapphire set among white
// diamonds).

// genericStoneBeside returns the generic stone noun of the product that
// the colour match i stands right before, or right after in a language
// whose adjectives follow their noun, or before with one head link
// between (besideTokens; head_links: Turkish "bir", "sarı bir taş"; zh
// 的, ja の, ko 의), in its clause. It reports false for a negated colour, a
// colour or a noun not said of the product, in a sentence that explains
// the material in general (materialExplained), and on a product with no
// stone of a stated colour (the piece's colours then decide, as before).
func (c *checker) genericStoneBeside(i int, m match) (match, bool) {
	if m.negated || c.scopes[i] != scopeProduct || !c.stoneColoursStated() || c.materialExplained(m) {
		return match{}, false
	}
	j := i + 1
	// The link read as a match of its own (an ignore form of の) is no
	// other fact between.
	if j+1 < len(c.ms) && c.ms[j].f.kind == kindIgnore && c.ms[j].ti == m.tj+1 && c.ms[j].tj == c.ms[j].ti {
		j++
	}
	if j < len(c.ms) {
		if n := c.ms[j]; n.f.kind == kindStoneNoun && !n.negated && c.scopes[j] == scopeProduct && c.besideTokens(m, n) {
			return n, true
		}
	}
	// After the noun only where adjectives follow their noun
	// (modifier_order after, stone_colour_after), and not a noun phrase of
	// colour ("Los óxidos de hierro dan a la piedra tonos dorados",
	// "verleihen dem Stein goldene Töne": the tones given to the stone).
	if i > 0 && (c.lx.adjAfter || c.lx.stoneColourAfter) && !c.colourNounAt(m.ti) {
		if n := c.ms[i-1]; n.f.kind == kindStoneNoun && !n.negated && c.scopes[i-1] == scopeProduct && n.tj+1 == m.ti && !c.toks[m.ti].brk {
			return n, true
		}
	}
	return match{}, false
}

// stoneColoursStated reports whether the product has a stone group whose
// data give its colour.
func (c *checker) stoneColoursStated() bool {
	for _, st := range c.facts.stoneInfo {
		if len(st.colours) > 0 {
			return true
		}
	}
	return false
}

// materialExplained reports whether the sentence of m explains the
// material in general rather than the piece: it holds no word of the piece
// (pieceWordIn) and a word of generality (generic_words: "often",
// "usually"), of the material's story (material_story_words) or of a
// treatment (treatment_words: "before heating"). "The rough is often a
// yellow stone before heating" on a heated sapphire names the rough the
// treatment changed, not the piece's stone.
func (c *checker) materialExplained(m match) bool {
	s, e := c.sentenceOf(m.ti)
	if c.pieceWordIn(s, e) {
		return false
	}
	lx := c.lx
	for k := s; k <= e; k++ {
		if lx.generic.at(c.toks, k) || lx.story.at(c.toks, k) {
			return true
		}
		for _, l := range lx.treatmentData.treatWords {
			if l.words.at(c.toks, k) {
				return true
			}
		}
	}
	return false
}
