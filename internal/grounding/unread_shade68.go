package grounding

// A wrong colour beside the piece's stone whose own colour no vocabulary
// reads (#13, miss68). A stone colour of the product's data that is no
// colour value of the packs ("cream") left every colour said of that stone
// a warning: "en dybrød fossil koral" on a cream fossil coral only warned
// (probe 65D da-DK 65D04-2). Canon unread_shades lists, for such colours,
// the colour values copy may truly call them (cream: white, yellow,
// golden, champagne, a pink or peach blush...); a colour beside the stone
// outside that list is a misdescription of the stone and blocks, as a
// wrong colour beside a stone of a read colour does (16 CFR 23.1: a
// product's colour may not be misrepresented). A colour the table does
// not hold still warns.

// unreadShadeContradicted reports whether the colour value v said of the
// stone match n lies outside what every one of the product's stones of
// n's kind with an unread colour may be called: each such stone's colour
// is a key of unread_shades and v is in none of their lists.
func (c *checker) unreadShadeContradicted(n match, v string) bool {
	if len(c.cn.UnreadShades) == 0 {
		return false
	}
	seen := false
	for _, st := range c.facts.stoneInfo {
		if !st.unknownColour || !(n.f.kind == kindStoneNoun || contains(st.types, n.f.value)) {
			continue
		}
		may, ok := c.cn.UnreadShades[st.unreadColour]
		if !ok || contains(may, v) {
			return false
		}
		seen = true
	}
	return seen
}
