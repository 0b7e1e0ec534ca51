package checks

import (
	"fmt"

	"github.com/copydesk/copydesk/internal/core"
)

// checkBrilliantNoDiamond blocks a market's brilliant noun read as the
// stone (isDiamondAt: a noun-only word, or a word that is also an
// adjective read as a noun after a numeral or an article) on a piece
// without diamonds, in the markets whose own word lists (the grounding
// vocabularies) do not list it as a diamond: fr "brillants", es
// "brillantes", it "brillanti", pt "brilhantes", sv/nb "briljanter", da
// "brillanter", fi "briljantit" (#13, brill28). Without addition the word
// names a diamond: CIBJO Diamond Book ("the term brilliant without
// addition refers only to a round brilliant-cut diamond"), RAL-RG 560 A5
// for German "Brillant"; France: décret n° 2002-65 of 14 January 2002 on
// the trade in gemstones (a stone is named by its own name, any other
// stone's name qualified), and the trade usage "brillant" = diamant
// taille brillant (Larousse, "brillant": diamant taillé à facettes). The
// cut of the product's own stone ("saphirs taille brillant", "zafiros de
// talla brillante") follows a cut word and passes (brilliantCut); the
// adjective ("un éclat brillant", "colores brillantes") is no noun.
// Pieces with a diamond, a lab-grown diamond or a simulant are left to
// grounding and checkRegulatory.
func (r *run) checkBrilliantNoDiamond() {
	p := &r.in.Product
	m := r.market()
	if !brilliantNounLangs.has(r.lang) || m == nil || m.Brilliant == nil || brilliantDiamondProduct(p) {
		return
	}
	d := r.d
	for i := range d.toks {
		w := d.word(i)
		if diamondWords.has(w) || !m.brilliant.has(w) && !m.brilliantNouns.has(w) {
			continue
		}
		// "un acabado liso y brillante": after a conjunction a word that is
		// also an adjective is read as one, coordinated with another.
		if !m.brilliantNouns.has(w) && i > 0 && brilliantConjunctions.has(d.word(i-1)) {
			continue
		}
		if r.isMasked(i) || r.isElsewhere(i) || r.negated(i) || r.denied(i, i+1) || !r.isDiamondAt(i) {
			continue
		}
		r.addTokens("grounding.stone", CatGrounding, core.SeverityBlock, fmt.Sprintf("%q names a diamond; the product has no diamond", d.orig(i, i+1)), i, i+1)
		return
	}
}

// brilliantNounLangs are the languages whose grounding vocabularies leave
// the brilliant noun out (it is also an adjective there, or was listed
// only for the lab-grown qualifier); en, nl, pl, cs, tr list it as a
// diamond in vocab.yaml, and el reads it as the cut after the product's
// own stone (sense28). German lists only the inflected "Brillanten":
// its nominative "Brillant" is read here, a noun by its capital inside a
// sentence (isDiamondAt; #13, open44b).
var brilliantNounLangs = newWordSet([]string{"fr", "es", "it", "pt", "sv", "da", "nb", "fi", "de"})

// brilliantConjunctions coordinate adjectives ("liso y brillante").
var brilliantConjunctions = newWordSet([]string{"y", "e", "et", "ed", "o", "ou", "u", "och", "og", "ja"})

// brilliantDiamondProduct: the product has a diamond, a lab-grown diamond
// or a diamond simulant among its stones or materials.
func brilliantDiamondProduct(p *core.Product) bool {
	for _, s := range p.Stones {
		if containsFold(s.Type, "diamond") || isSimulant(s.Type) {
			return true
		}
	}
	for _, mat := range p.Materials {
		if containsFold(mat, "diamond") || isSimulant(mat) {
			return true
		}
	}
	return false
}
