package grounding

import "strings"

// plated_colour53.go (#13, mat53): a gold of another colour than the
// piece's gold plating is no gold of the piece. A metal that implies a
// plating's metal was the plating's ("rose gold" on gold-plated brass:
// material), so on rose gold-plated brass "30 mm dlouhé kapky z bílého
// zlata" (white gold; probe 53C cs-CZ 53C102-2, metal_wrong) passed as
// the plating's gold. Where the copy names a gold of another colour than
// the plating's (rose, pink and red are one family), the copy's gold is
// compared as the piece's material and blocks. The plating's colour is
// read by platingGoldColours (plating_colour58.go): the data's plating
// (metals[].plating) where it names one, else the materials, the colours
// list, and yellow for plain gold.

// otherGoldColour reports whether the material v is a gold of a colour
// other than the colours of the product's gold plating (see above).
func (c *checker) otherGoldColour(v string) bool {
	cv := goldColour(v)
	if cv == "" {
		return false
	}
	cols := c.platingGoldColours()
	return len(cols) > 0 && !contains(cols, cv)
}

// goldColour is the colour family of a gold of a colour ("white gold":
// "white"; rose, pink and red gold: "rose"), "" for gold of no colour,
// solid gold and anything else.
func goldColour(v string) string {
	c, ok := strings.CutSuffix(v, " gold")
	if !ok || strings.ContainsAny(c, " -") {
		return ""
	}
	switch c {
	case "rose", "pink", "red":
		return "rose"
	case "white", "yellow", "green":
		return c
	}
	return ""
}
