package grounding

// This file holds readings of stone words in copy that explains its
// material (#13, stones41; released 41 and probe 41): a crystal word that
// is the colour name of the piece's clear stone and a mineral named as the
// ore a metal is won from. Neither is a stone set in the piece; each
// reading needs its construction and no word of the piece in its reach, so
// the same words claiming the stone for the piece still block.

// crystalColourName reports whether the crystal word m stands right
// before or after one of the product's own stones whose colour is clear or
// white: "zircônia cristal", "strass cristal", "cristal" as the trade name
// of the colourless colour of a stone (Houaiss, "cristal" 4: de cor
// transparente e incolor; Swarovski's colour "Crystal" is its clear), not a
// glass crystal beside it (#13, stones41; released 41's pt-BR 41B102
// "uma zircônia cristal em formato de gota"). A crystal beside a stone of
// another colour ("zircônia cristal" on a red zirconia), apart from the
// stone ("um pingente de cristal") or after a stone that opens its
// sentence (a predicate), still blocks.
func (c *checker) crystalColourName(i int, m match) bool {
	if m.negated || m.f.value != "crystal" {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j < 0 || j >= len(c.ms) {
			continue
		}
		n := c.ms[j]
		if n.f.kind != kindStone || n.negated || n.f.value == "crystal" || !contains(c.facts.stones, n.f.value) {
			continue
		}
		if !(n.tj+1 == m.ti && !c.toks[m.ti].brk || m.tj+1 == n.ti && !c.toks[n.ti].brk) {
			continue
		}
		// A stone that opens its sentence with the crystal right after
		// it is a subject and its predicate where the copula is
		// unwritten ("الزركونيا المكعبة كريستال لامع", cubic zirconia is
		// a shining crystal; Ryding, A Reference Grammar of Modern
		// Standard Arabic, ch. 5 on equational sentences): that crystal
		// is said of the stone and still blocks.
		if s, _ := c.sentenceOf(n.ti); n.ti < m.ti && n.ti <= s+1 {
			continue
		}
		for _, st := range c.facts.stoneInfo {
			if contains(st.types, n.f.value) && (contains(st.colours, "clear") || contains(st.colours, "white")) {
				return true
			}
		}
	}
	return false
}

// oreReach is how many words an ore word and the mineral it names, or the
// metal and the ore word, may stand apart.
const oreReach = 8

// oreStone reports whether the stone m is named as an ore a metal is won
// from (ore_words: "refined from", "extracted from", "gewonnen aus",
// "extrait de", "extraído de", "utvinnes fra", "získává z", 提煉, 精錬,
// 추출): a metal of the copy stands before it in its sentence, an ore word
// stands between them or, in a verb-final clause, right after the stone
// (鈦是從金紅石、鈦鐵礦等礦物提煉而成), within oreReach words, and no word
// of the piece (its category, a part, a word of setting, ours or a
// demonstrative) stands from the metal to the farther of the two. Titanium
// is won from rutile and ilmenite by the Kroll process (USGS Mineral
// Commodity Summaries, "Titanium Mineral Concentrates"), so "Titanium is
// refined from minerals such as rutile" names the metal's ore, not a stone
// of the piece (#13, stones41; probe 41C's titanium rings in en-US,
// pt-PT, nl-NL, nb-NO, cs-CZ, zh-TW). "The titanium ring is set with a
// rutile", "Titanium, refined from ilmenite, holds a rutile" and a
// stone in the next sentence still block.
func (c *checker) oreStone(m match) bool {
	if m.negated || m.f.kind != kindStone || c.lx.oreWords.empty() {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	metal := -1
	for _, n := range c.ms {
		if n.ti < s {
			continue
		}
		if n.ti >= m.ti {
			break
		}
		if n.f.kind == kindMaterial && !n.negated {
			metal = n.tj
		}
	}
	// The product's metal as a masked keyword ("titan" among a titanium
	// bracelet's keywords) is a metal too.
	c.readOwnNames()
	for k := max(metal+1, s); k < m.ti; k++ {
		if c.toks[k].masked && contains(c.materialKeywords, c.toks[k].s) {
			metal = k
		}
	}
	if metal < 0 {
		return false
	}
	reach := oreReach
	if c.charTokens() {
		reach *= 3 // Chinese and Japanese are read a character a token
	}
	ore, far := -1, -1
	for k := metal + 1; k < m.ti; k++ {
		if c.lx.oreWords.at(c.toks, k) {
			ore, far = k, m.tj
		}
	}
	if ore < 0 {
		for k := m.tj + 1; k <= e && k <= m.tj+reach; k++ {
			if c.lx.oreWords.at(c.toks, k) {
				ore, far = k, k
				break
			}
		}
		if ore < 0 {
			return false
		}
	} else if m.ti-ore > reach {
		return false
	}
	if far-metal > 3*reach {
		return false
	}
	lx := c.lx
	for k := metal + 1; k <= far; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.categoryAt(k) || c.piecePartAt(k) || lx.settingWords.at(c.toks, k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfFact(k) || lx.pieceNouns.at(c.toks, k) || lx.besidePiece.endsAt(c.toks, k) {
			return false
		}
	}
	return true
}
