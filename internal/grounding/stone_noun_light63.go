package grounding

// stone_noun_light63.go (#13, noun63): a colour right before the generic
// stone noun is the stone's, not a colour of light.
//
// A colour after a noun of light ("the glow of", "Blask", "Lesk",
// "η λάμψη του") names the light the piece gives and only warns
// (light.go describesLight), unless it stands beside a stone word: "Blask
// żółtego szafiru" on a blue sapphire blocks as the stone's colour
// (besideStone). The generic stone noun is the piece's stone on a piece
// whose stones have stated colours (stone_noun_colour62.go), so "Blask
// żółtego kamienia", "Lesk žlutého kamene", "η λάμψη του κίτρινου λίθου"
// on a blue sapphire give the stone a colour it does not have (16 CFR
// 23.1) and are compared as "a yellow stone" is.

// besideStoneNoun reports whether the colour m stands right before a
// generic stone noun (one head link between at most: besideTokens), or
// right after one where adjectives follow their noun, on a product with a
// stone of a stated colour (stoneColoursStated).
func (c *checker) besideStoneNoun(i int, m match) bool {
	if m.f.kind != kindColour || !c.stoneColoursStated() {
		return false
	}
	if i+1 < len(c.ms) {
		if n := c.ms[i+1]; n.f.kind == kindStoneNoun && !n.negated && c.besideTokens(m, n) {
			return true
		}
	}
	if i > 0 && c.lx.adjAfter {
		if n := c.ms[i-1]; n.f.kind == kindStoneNoun && !n.negated && n.tj+1 == m.ti && !c.toks[m.ti].brk {
			return true
		}
	}
	return false
}
