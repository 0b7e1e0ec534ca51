package grounding

import "strings"

// plating_colour58.go (#13, platecol58): the colour of a gold plating or
// vermeil, compared with the gold the copy names. otherGoldColour
// (plated_colour53.go) compared a coloured gold only with a plating whose
// data named its colour ("rose gold"), so on 22k gold vermeil over
// sterling silver (metals[].plating "gold", colours ["brown", "gold"]: a
// yellow layer) "sterling silver with 22k rose-gold vermeil", "vermeil or
// rose", "Roségold-Vermeil", "vermeil de oro rosa", ローズゴールド仕上げ,
// 玫瑰金镀层 passed as the plating's gold, and so did "white gold
// plating". A gold plating has one colour or more, read in this order
// (the first source that names one wins, per metal):
//
//  1. the metal's own plating value: "rose gold", "yellow gold", "18k
//     rose gold PVD" (its family by goldColour);
//  2. the plated materials of the materials list ("rose gold-plated
//     brass", "rose gold vermeil", "yellow gold plating"; canon plated):
//     a solid gold listed there ("14k white gold") is another part's and
//     names no plating's colour;
//  3. the colours list's golds ("rose gold", "rose", "pink gold": rose;
//     "white gold": white; "gold", "yellow gold", "yellow": yellow);
//  4. yellow: plain gold plating is yellow gold (FTC 16 CFR 23.4 names
//     the colour of a gold that is not yellow; the facts read unqualified
//     gold as yellow, grounding.go productFacts).
//
// A product that records no plating in its metals but lists a gold
// plating among its materials ("gold-plated brass") reads the same way
// from step 2. The result is nil when the product has no gold plating.
// Only golds are compared here: "rose" of a rose quartz or a flower,
// "white" of a pearl or a dial and the colour of clothing are no gold
// match, and a "rose-gold" dress is clothing's scope (scope.go).
//
// The colours depend on the product alone, so they are read once a check
// and kept on the checker (plateGolds); callers must not modify the slice.
func (c *checker) platingGoldColours() []string {
	if !c.plateGoldsDone {
		c.plateGolds, c.plateGoldsDone = c.readPlatingGoldColours(), true
	}
	return c.plateGolds
}

// readPlatingGoldColours is platingGoldColours read from the product.
func (c *checker) readPlatingGoldColours() []string {
	en := mustLexicon(sourceLocale)
	var listed []string // step 2, read once
	listedRead := false
	var out []string
	add := func(cols ...string) {
		for _, v := range cols {
			if v != "" && !contains(out, v) {
				out = append(out, v)
			}
		}
	}
	// fallback is steps 2 to 4 for a plating of plain gold.
	fallback := func() {
		if !listedRead {
			listedRead = true
			for _, s := range c.p.Materials {
				for _, v := range scanValues(en, s) {
					if pm, ok := c.cn.Plated[v]; ok {
						if g := goldColour(pm); g != "" && !contains(listed, g) {
							listed = append(listed, g)
						}
					}
				}
			}
		}
		if len(listed) > 0 {
			add(listed...)
			return
		}
		n := len(out)
		for _, s := range c.p.Colours {
			add(colourListGold(strings.ToLower(strings.TrimSpace(s))))
		}
		if len(out) == n {
			add("yellow")
		}
	}
	gilt := false
	for _, mt := range c.p.Metals {
		named, gold := "", false
		for _, v := range scanValues(en, mt.Plating) {
			if pm, ok := c.cn.Plated[v]; ok {
				v = pm
			}
			if g := goldColour(v); g != "" {
				named = g
			}
			gold = gold || contains(c.cn.closure(nil, v), "gold")
		}
		switch {
		case named != "":
			add(named)
		case gold:
			fallback()
		default:
			continue
		}
		gilt = true
	}
	if !gilt && contains(c.facts.platings, "gold") {
		fallback()
	}
	return out
}

// colourListGold is the gold colour family a colour of the product's
// colours list names ("rose gold", "rose": rose; "gold": yellow), "" for
// any other colour.
func colourListGold(s string) string {
	switch s {
	case "gold", "golden", "yellow", "yellow gold":
		return "yellow"
	case "rose", "rose gold", "rose-gold", "rosegold", "pink gold":
		return "rose"
	case "white gold":
		return "white"
	}
	return ""
}

// platingOfColour reports whether the material v is a plating named with
// its gold's colour ("rose gold vermeil", "rose gold-plated", "yellow gold
// plating"; canon plated) whose colour is one of the product's gold
// platings' (platingGoldColours) and whose plating of no colour the
// product has ("gold vermeil", "gold-plated": canon implies): rose gold
// vermeil on 22k gold vermeil whose colours list says rose gold. A rose
// gold vermeil on rose gold-plated brass is still no vermeil.
func (c *checker) platingOfColour(v string) bool {
	g := goldColour(c.cn.Plated[v])
	if g == "" {
		return false
	}
	for _, w := range c.cn.Implies[v] {
		if c.cn.Plated[w] != "" && goldColour(c.cn.Plated[w]) == "" && contains(c.facts.materials, w) {
			return contains(c.platingGoldColours(), g)
		}
	}
	return false
}

// platingHueOther returns the plating metal ("rhodium") when the colour m
// (the i-th match) names the colour of a plating of the piece beside it, a plating of another metal
// than gold (canon plated: rhodium, ruthenium, platinum, silver), that
// neither the metal's own colours (canon material_colours; white, grey)
// nor the product's data give it: "black rhodium plating", "schwarzer
// Rhodinierung", "argent rhodié noir", ブラックロジウムメッキ on rhodium
// plating whose data say no black (the colours list may hold the black of
// a stone: a black spinel makes no rhodium black). The colour stands right
// before the plating's match where adjectives come first, right after it
// where they follow. The data name the colour where the metal's plating
// value or a materials entry holding the plating holds it ("black
// rhodium", "rhodium plating (black)").
func (c *checker) platingHueOther(i int, m match) string {
	if m.negated {
		return ""
	}
	j := i + 1
	if c.lx.adjAfter {
		j = i - 1
	}
	if j < 0 || j >= len(c.ms) {
		return ""
	}
	o := c.ms[j]
	if o.f.kind != kindMaterial || o.negated || !c.lx.adjAfter && (o.ti != m.tj+1 || c.toks[o.ti].brk) || c.lx.adjAfter && (m.ti != o.tj+1 || c.toks[m.ti].brk) {
		return ""
	}
	pm := c.cn.Plated[o.f.value]
	if pm == "" || !contains(c.facts.platings, pm) || contains(c.cn.closure(nil, pm), "gold") {
		return ""
	}
	v := m.f.value
	if v == whiteColour || v == "grey" || contains(c.cn.MaterialColours[o.f.value], v) || contains(c.cn.MaterialColours[pm], v) {
		return ""
	}
	en := mustLexicon(sourceLocale)
	var sources []string
	for _, mt := range c.p.Metals {
		sources = append(sources, mt.Plating)
	}
	sources = append(sources, c.p.Materials...)
	for _, s := range sources {
		var tb [16]token
		var mb [8]match
		plating, named := false, false
		for _, x := range en.scan(tokenize(s, tb[:0]), mb[:0]) {
			switch {
			case x.negated:
			case x.f.kind == kindColour && x.f.value == v:
				named = true
			case x.f.kind == kindMaterial && (x.f.value == pm || c.cn.Plated[x.f.value] == pm):
				plating = true
			}
		}
		if plating && named {
			return ""
		}
	}
	return pm
}
