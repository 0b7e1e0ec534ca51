package grounding

// standard_piece53.go (#13, mat53): a piece of the same size in another
// metal, set as the standard of a comparison, is no piece of the
// product. Titanium copy says what the metal weighs against silver: "weighs
// less than half as much as a sterling silver band of the same size",
// "pesa meno della metà di un anello identico in argento", "veier under
// halvparten av en like stor ring i sølv", 重量卻不到同尺寸銀飾的一半
// (released 53A en-US, it-IT, nb-NO, zh-TW 53A104); silver blocked as
// the piece's material and, reading the same scope, as a misdescription
// of its metal (regulatory.plating). The metal stands in a noun phrase
// with a word of the same size (same_size_words) and a noun of a piece
// (a category word, piece noun or piece part: "band") within
// standardPieceReach tokens, or right beside the word of size
// (同尺寸銀飾); its clause holds a cue of comparison (fraction_words,
// comparatives, than and equative words) before the metal (or after it
// where comparisons close on their standard, than_after: 一半) and no
// word that names the piece itself (its name, ours, a demonstrative, a
// verb of making it): "The band is sterling silver of the same size as
// your old one" and "The band is half sterling silver" still block.
//
// The bare likeness of the piece's metal with another metal's ability
// ("Titanium can't be resized the way gold or silver can", "slik gull
// kan") is the equative's (like_before gains "the way", nb "slik"); a
// metal listed after a likened one ("gold or silver") is likened with it
// (equatedInList).

// standardPieceReach is how many tokens on either side of the metal the
// word of size and the piece noun may stand: "un anello identico in
// argento", "a sterling silver band of the same size", "en like stor
// ring i sølv".
const standardPieceReach = 6

// standardPiece reports whether the material m is the metal of a piece of
// the same size set as a comparison's standard (see above).
func (c *checker) standardPiece(m match) bool {
	d := &c.lx.mat53Data
	if d.sameSize.size() == 0 || contains(c.facts.materials, m.f.value) {
		return false
	}
	a, b := c.clauseOfMatch(m)
	lo, hi := max(a, m.ti-standardPieceReach), min(b, m.tj+standardPieceReach)
	size, piece := false, false
	for k := lo; k <= hi; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if n := c.phraseEndsAt(d.sameSize, nil, k); n > 0 {
			size = true
			// right beside the metal: 同尺寸銀飾
			piece = piece || k == m.ti-1 || k-n+1 == m.tj+1
		}
		if c.comparedHeadAt(k) || c.piecePartAt(k) {
			piece = true
		}
	}
	if !size || !piece {
		return false
	}
	cue := false
	for k := a; k <= b; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if c.namesPieceAt(k) {
			return false
		}
		// the cue before the metal ("less than half as much as a …
		// band"); after it only where comparisons close on their
		// standard (than_after: 銀飾的一半)
		if (k < m.ti || len(c.lx.thanAfter) > 0) && (c.phraseEndsAt(d.fractions, nil, k) > 0 || c.lx.comparatives[c.toks[k].s] || c.thanWordEndsAt(k) || c.phraseEndsAt(c.lx.equativeBefore, nil, k) > 0) {
			cue = true
		}
	}
	return cue
}

// namesPieceAt reports whether token k names the piece itself by its own
// name (masked, not a word of its stone), ours, a demonstrative of the
// piece or a verb of making it; a category word does not (the piece
// compared is one too: "un anello identico in argento" on a ring).
func (c *checker) namesPieceAt(k int) bool {
	lx := c.lx
	return c.toks[k].masked && !c.stoneNameAt(k) || lx.ours.endsAt(c.toks, k) || lx.demonstr.endsAt(c.toks, k) && c.demonstrativeOfPiece(k) || c.pieceVerbAt(k)
}

// equatedInList reports whether the material m follows a metal likened
// to the piece's (metalEquated) in a list, a list word between and at
// most a determiner: "the way gold or silver can".
func (c *checker) equatedInList(i int, m match) bool {
	if i == 0 || contains(c.facts.materials, m.f.value) {
		return false
	}
	p := c.ms[i-1]
	if !c.listedAfter(p, m) {
		return false
	}
	return c.metalEquated(p)
}

// listedAfter reports whether the material n follows the material p in a
// list: a list word right after p and only articles or fillers before n
// (coordinatedAt: "gold or silver", "del bronce y del latón", 青銅や真鍮).
func (c *checker) listedAfter(p, n match) bool {
	k := p.tj + 1
	return p.f.kind == kindMaterial && n.f.kind == kindMaterial && k < n.ti && n.ti-k <= 3 && c.coordinatedAt(k)
}
