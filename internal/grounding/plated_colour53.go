package grounding

import "strings"

// plated_colour53.go (#13, mat53): a gold of another colour than the
// piece's gold plating is no gold of the piece. A metal that implies a
// plating's metal was the plating's ("rose gold" on gold-plated brass:
// material), so on rose gold-plated brass "30 mm dlouhé kapky z bílého
// zlata" (white gold; probe 53C cs-CZ 53C102-2, metal_wrong) passed as
// the plating's gold. Where the data's plating (metals[].plating) names
// its colour of gold (rose, yellow, white) and the copy names another (rose, pink and red are one
// family), the copy's gold is compared as the piece's material and
// blocks; "rose gold" or bare "gold" on rose gold-plated brass, and any
// colour of gold on a plating of gold whose colour the data do not say,
// still pass: a plating of "gold" names no colour (the sv "pärlörhängen i
// 14 karats vitguld" of probe 31D on gold-plated sterling is left as it
// was).

// otherGoldColour reports whether the material v is a gold of a colour
// other than the colour of the product's gold plating (see above).
func (c *checker) otherGoldColour(v string) bool {
	cv := goldColour(v)
	if cv == "" {
		return false
	}
	named := false
	for _, mt := range c.p.Metals {
		cp := goldColour(strings.ToLower(strings.TrimSpace(mt.Plating)))
		if cp == "" {
			continue
		}
		if cp == cv {
			return false
		}
		named = true
	}
	return named
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
