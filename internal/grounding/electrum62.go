package grounding

import (
	"strconv"

	"github.com/copydesk/copydesk/internal/core"
)

// goldAlloyKarats adds the karat of a metal whose base is a gold alloy
// that is not named gold (canon precious_metals maps it to gold, and
// solid_metals does not know it: electrum, the natural alloy of gold and
// silver) to the product's karats: its fineness is its gold content, so
// {"base": "electrum", "fineness": "18k"} or "750" is 18 karat, and copy
// stating "18 karat electrum", "elektrum 14-karatowego", "الإلكتروم عيار
// 14" states the piece's own fineness (FTC Jewelry Guides 16 CFR 23.4:
// a karat names the gold content of the gold alloy; #13, electrum62:
// released 62B da-DK, fr-FR, pl-PL, pt-BR, ar-AE 62B04). Gold bases
// already give their karat through the metal's material string ("18k
// white gold"); a millesimal of no gold standard (800) gives none.
func (f *facts) goldAlloyKarats(en *lexicon, cn *canon, metals []core.Metal) {
	for _, mt := range metals {
		fine, ok := core.ParseFineness(mt.Fineness)
		if !ok || fine.Karat == 0 || fine.Filled > 0 {
			continue
		}
		for _, v := range scanValues(en, mt.Base) {
			if cn.PreciousMetals[v] != "gold" || cn.SolidMetals[v] != "" {
				continue
			}
			if k := strconv.Itoa(fine.Karat); !contains(f.karats, k) {
				f.karats = append(f.karats, k)
			}
		}
	}
}

// goldAlloyKarat reports whether the karat match m is the fineness of the
// piece's own gold alloy that is not named gold (goldAlloyKarats:
// electrum): "18 karat electrum" on 18k electrum claims no gold the piece
// only shows as a colour, since the karat is the alloy's gold content.
func (c *checker) goldAlloyKarat(m match) bool {
	if m.f.kind != kindKarat || !contains(c.facts.karats, m.f.value) {
		return false
	}
	for _, v := range c.facts.body {
		if c.cn.PreciousMetals[v] == "gold" && c.cn.SolidMetals[v] == "" {
			return true
		}
	}
	return false
}

// preciousMemberCause reports whether the precious metal m, a member of
// the piece's own alloy of another precious metal (canon alloy_metals:
// electrum's silver) that the piece has no body of, is named as what
// gives the alloy its colour, in a sentence after one that named the
// alloy: a word of what a member gives (alloy_cause_words: tone, colour,
// لون) outside m, no word of the piece or of making, no plating word
// beside it, and m not said of the piece. "A presença da prata deixa o
// tom mais claro", "تمنحه الفضة لوناً ذهبياً شاحباً" after the electrum was
// named explain the alloy's colour (#13, electrum62: released 62B pt-BR,
// ar-AE 62B04-1); "The pendant is sterling silver" still blocks.
func (c *checker) preciousMemberCause(m match) bool {
	d := &c.lx.contrastData
	metal := c.cn.PreciousMetals[m.f.value]
	if d.cause.empty() || m.negated || m.f.kind != kindMaterial || metal == "" || contains(c.facts.body, m.f.value) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	named := false
	for _, o := range c.ms {
		if o.ti >= s || o.negated || o.f.kind != kindMaterial || !contains(c.facts.body, o.f.value) {
			continue
		}
		if of := c.cn.PreciousMetals[o.f.value]; of != "" && of != metal && contains(c.cn.AlloyMetals[o.f.value], m.f.value) {
			named = true
			break
		}
	}
	if !named || c.platingWordBeside(m) || c.predicatedOfPiece(m) {
		return false
	}
	cause := false
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		if d.made.at(c.toks, k) || !d.cause.at(c.toks, k) && c.alloyPieceWord(k, k) {
			return false
		}
		cause = cause || d.cause.at(c.toks, k)
	}
	return cause
}
