package grounding

// clearHueReach is how many words may stand between a clear word and the
// hue it is said beside ("a clear stone with a warm, glowing pink tone",
// "sıcak pembe tonlu berrak bir taş").
const clearHueReach = 8

// clearBesideHue reports whether the clear word m (value "clear") is the
// stone's transparency beside its real colour (#13, explain57; probe 57D
// da-DK, sv-SE 57D04 "en klar sten med en varm, glødende lyserød tone",
// pl-PL "przejrzysty kamień o ciepłym, świetlistym różu", tr-TR "berrak,
// derin bir mavi"): the words for clear are also the words for
// transparent in every language ("clear", "klar", "przejrzysty",
// "berrak", "helder", "kirkas", "transparente"), and a stone that is clear
// and pink is a transparent pink stone, not a colourless one (GIA Gem
// Encyclopedia: transparency and colour are separate qualities of a
// gem; a "clear" gem is one light passes through). The hue is a colour
// word of one of the product's stones' colours, other than clear and
// white, in m's sentence at most clearHueReach words away, with no stone
// or category word between and no stone word beside the hue: "a clear
// stone and a pink stone" and "a clear, colourless stone" on a pink
// piece still block.
func (c *checker) clearBesideHue(i int, m match) bool {
	var hues []string
	for _, st := range c.facts.stoneInfo {
		for _, v := range st.colours {
			if v == "clear" || v == "white" {
				continue
			}
			hues = append(hues, v)
		}
	}
	if len(hues) == 0 {
		return false
	}
	for j, o := range c.ms {
		if j == i || o.negated || o.f.kind != kindColour || o.f.value == "clear" || !contains(hues, o.f.value) {
			continue
		}
		lo, hi := m.tj+1, o.ti
		if o.tj < m.ti {
			lo, hi = o.tj+1, m.ti
		} else if o.ti <= m.tj {
			continue
		}
		if hi-lo > clearHueReach {
			continue
		}
		if c.clearHueGapFree(lo, hi, i, j) {
			return true
		}
	}
	return false
}

// clearHueGapFree reports whether tokens lo..hi (between the clear word,
// match i, and the hue, match j) hold no sentence end and no other match
// that is a stone or a category, and whether the hue stands beside no
// stone word of its own ("a clear stone and a pink stone": the pink is
// another stone's). Conjunctions are not read: the shared list
// (conjunctions) holds "a" and "en", articles in English and Danish.
func (c *checker) clearHueGapFree(lo, hi, i, j int) bool {
	for k := lo; k <= hi && k < len(c.toks); k++ {
		if c.toks[k].sbrk {
			return false
		}
	}
	h := c.ms[j]
	for x, o := range c.ms {
		if x == i || x == j {
			continue
		}
		if (o.f.kind == kindStone || o.f.kind == kindCategory) && o.ti >= lo && o.ti < hi {
			return false
		}
		if (o.f.kind == kindStone || o.f.kind == kindStoneNoun) && (o.ti == h.tj+1 && !c.toks[o.ti].brk || o.tj+1 == h.ti && !c.toks[h.ti].brk) {
			return false
		}
	}
	return true
}
