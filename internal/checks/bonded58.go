package checks

import (
	"strings"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// bondedGold reports a product whose gold is a gold-filled or rolled gold
// layer: a karat gold sheet mechanically bonded to a base metal, at least
// 1/20 of the metal's weight for gold-filled (FTC Jewelry Guides 16 CFR
// 23.5). It is named so in the materials list or a metal's base or
// plating ("14k rose gold-filled", "rolled gold"), or recorded as a gold
// plating with the trade's quality mark as its fineness ("1/20 14k",
// "12/20": core.Metal.Bonded).
func bondedGold(p *core.Product) bool {
	for _, m := range p.Materials {
		if bondedGoldName(m) {
			return true
		}
	}
	for _, m := range p.Metals {
		if m.Bonded() || bondedGoldName(m.Base) || bondedGoldName(m.Plating) {
			return true
		}
	}
	return false
}

// bondedGoldName reports whether s, a material as product data writes it
// (English), names a gold-filled or rolled gold layer.
func bondedGoldName(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "gold-filled") || strings.Contains(s, "gold filled") || strings.Contains(s, "rolled gold") || strings.Contains(s, "gold fill")
}

// bondedGoldTokens marks the tokens of the copy that name a gold-filled or
// rolled gold layer in the locale's words (grounding.BondedGoldNamed:
// "gold-filled", "doublé or", "oro relleno", "ντουμπλέ", "dublé",
// "goldgefüllt"), on a product whose gold is such a layer (bondedGold);
// nil on any other product, or where the copy names none. Shape: one bool
// per token of r.d.
//
// Said of the piece, such a word is the plating rule's disclosure (16 CFR
// 23.5: "14K gold-filled", "1/20 14K"): the gold the copy names beside it
// is the layer's, and "the gold" of a later sentence refers back to it
// (#13, gf58: probe 58D es-ES "oro rosa relleno de 14 quilates", fr-FR
// "doublé or rose 14 carats", pt-BR "ouro rosé 14k gold filled"). On a
// gold-plated or solid gold piece the words are no disclosure; grounding
// reports them as a metal the product does not have.
func (r *run) bondedGoldTokens(p *core.Product) []bool {
	if !bondedGold(p) {
		return nil
	}
	spans := grounding.BondedGoldNamed(r.in.Locale, r.d.text)
	if len(spans) == 0 {
		return nil
	}
	marks := make([]bool, len(r.d.toks))
	for k, t := range r.d.toks {
		for _, s := range spans {
			if t.rs < s[1] && t.re > s[0] && !r.isElsewhere(k) {
				marks[k] = true
			}
		}
	}
	return marks
}

// bondedBeside reports whether a token of marks (bondedGoldTokens) stands
// within before tokens before gold word i or after tokens after it, in its
// sentence, or is the gold word itself: "14k rose gold-filled", "oro rosa
// relleno", "ouro rosé 14k gold filled", "ροζ χρυσό ντουμπλέ 14 καρατίων".
func (r *run) bondedBeside(marks []bool, i, before, after int) bool {
	if marks == nil {
		return false
	}
	d := r.d
	for k := max(i-before, 0); k <= i+after && k < len(d.toks); k++ {
		if marks[k] && d.toks[k].sent == d.toks[i].sent {
			return true
		}
	}
	return false
}
