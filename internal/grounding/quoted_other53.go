package grounding

import "strings"

// quoted_other53.go (#13, mat53): a metal that modifies another piece
// named in quotes is that piece's. "一本でつけても、K18イエローゴールドの「ソラ」
// リングと重ね付けしても素敵です" on a Pt950 platinum ring (released 53B
// ja-JP 53B102-2, other_product) blocked K18 and yellow gold: where
// modifiers precede their noun, the metal (with the fineness or metals
// beside it) is followed by a head link (head_links: の, 的, 의) and a
// name in quotes (「ソラ」, "Sora", «Sora») right before a category
// word, and the name is not the product's own (its words are not
// masked): the metal describes the piece of that name, another product.
// "Pt950プラチナの「ハナ」リング" (the product's own name) and a metal
// with no quoted name after it stay the piece's.

// quotedOtherPiece reports whether the metal or fineness m modifies
// another piece named in quotes (see above).
func (c *checker) quotedOtherPiece(m match) bool {
	e := m.tj
	for e+1 < len(c.toks) && !c.toks[e+1].brk && c.metalTokenAt(e+1) {
		e++
	}
	k := e + 1
	if k >= len(c.toks) || c.toks[k].brk || !c.lx.headLinks.hasWordAt(&c.toks[k]) {
		return false
	}
	// the quoted name: tokens after the link up to the category word,
	// opened and closed by quotes in the text
	for _, o := range c.ms {
		if o.ti <= k+1 || o.f.kind != kindCategory {
			continue
		}
		if o.ti > k+6 {
			return false
		}
		for j := k + 1; j < o.ti; j++ {
			if c.toks[j].masked || c.toks[j].sbrk || c.factAt(j) >= 0 {
				return false
			}
		}
		open := strings.TrimSpace(c.text[c.byteAt(c.toks[k].end):c.byteAt(c.toks[k+1].start)])
		shut := strings.TrimSpace(c.text[c.byteAt(c.toks[o.ti-1].end):c.byteAt(c.toks[o.ti].start)])
		return quoteOpen(open) && quoteShut(shut)
	}
	return false
}

// quoteOpen and quoteShut report whether s is an opening or closing
// quotation mark.
func quoteOpen(s string) bool {
	switch s {
	case "「", "『", "“", "\"", "«", "„", "‘", "'", "《":
		return true
	}
	return false
}

func quoteShut(s string) bool {
	switch s {
	case "」", "』", "”", "\"", "»", "“", "’", "'", "》":
		return true
	}
	return false
}
