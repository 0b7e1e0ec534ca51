package grounding

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// solidClaim reports a solid, pure or real word said of a precious metal
// the piece is not made of at all, nor shows as a plating or a colour (that
// is plating's case): "massivt guld" on a sterling silver bracelet, "solid
// platinum" on 14k gold, 纯金 on stainless steel. The words are untrue
// (grounding reports the metal) and a claim of solidity the product's data
// does not support (DESIGN.md section 4: "solid gold" is a claim; FTC
// Jewelry Guides 16 CFR 23.4 on "solid gold", 23.6 and 23.7 on silver and
// platinum; the Hallmarking Act 1973 s.1), in every language with a
// vocabulary: the metal and its solid word are read as plating reads them,
// by the locale pack's vocabulary (a "solid gold" form, or a metal word
// beside one of the pack's solid words), not by a list of phrases of its
// own. The evidence is the checker's for claim.solid_gold: a body of that
// metal, not plated and not vermeil (facts.body), so "solid gold" on solid
// 14k gold and "solid silver" on sterling silver pass. A metal the
// attributes give a part ("clasp: 18k gold") is that part's; a negated,
// weak or out-of-scope word (another item, a comparison) claims nothing
// of the piece (#13, solid25).
func (c *checker) solidClaim() {
	for i, m := range c.ms {
		if m.negated || m.f.weak || c.scopes[i] != scopeProduct && c.scopes[i] != scopeComponent {
			continue
		}
		metal := ""
		switch m.f.kind {
		case kindMaterial:
			if c.solidSaid(m) {
				metal = c.cn.PreciousMetals[m.f.value]
			}
		case kindColour:
			// A colour word is the metal only right beside a solid word
			// (Greek "καθαρό ασήμι"), as plating reads it.
			if c.solidAdjacent(m) {
				metal = c.cn.SolidMetals[m.f.value]
			}
		}
		if metal == "" || contains(c.facts.body, metal) || c.shows(metal) ||
			contains(c.facts.partMaterials, metal) || contains(c.facts.partMaterials, m.f.value) || c.reported(m, RuleSolidClaim) {
			continue
		}
		c.out = append(c.out, core.Finding{
			Rule: RuleSolidClaim, Category: CategoryClaim, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q claims solid %s; the product is not solid %s (%s)", c.surface(m.start, m.end), metal, metal, c.materialsText()),
			Start:   m.start, End: m.end,
		})
	}
}

// RuleRealDiamond is a diamond called real, genuine or pure on a piece
// with no natural diamond, the rule the checker's built-in phrases report
// in the languages they know ("real diamond", "vrai diamant", "echter
// Diamant"), so that the two agree on the same words.
const RuleRealDiamond = "claim.real_diamond"

// realDiamond reports a diamond word with one of the language's solid
// words right before it ("äkta diamant", "prawdziwym diamentem", "Gerçek
// pırlanta", 진짜 다이아몬드; through the language's head link: 本物の
// ダイヤモンド, 真正的钻石) or right after it ("diamante auténtico", "ألماس
// حقيقي") on a piece with no natural diamond: a claim its data does not
// support, in every language with a vocabulary (DESIGN.md section 4:
// "real diamond" is a claim; FTC Jewelry Guides 16 CFR 23.27:
// "real", "genuine", "natural" are not said of a laboratory-created or
// imitation stone). Only the words right beside the diamond count, so
// "diamant i massivt guld" calls the gold solid, not the diamond; a
// lab-grown or simulated diamond named as such is another stone value
// (#13, solid25).
func (c *checker) realDiamond() {
	if c.lx.solid.phrases.size() == 0 || c.naturalDiamondPiece() {
		return
	}
	for i, m := range c.ms {
		if m.negated || m.f.weak || m.f.kind != kindStone || m.f.value != "diamond" ||
			c.scopes[i] != scopeProduct && c.scopes[i] != scopeComponent || !c.solidBeside(m) {
			continue
		}
		c.out = append(c.out, core.Finding{
			Rule: RuleRealDiamond, Category: CategoryClaim, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q calls the diamond real or genuine; the product has no natural diamond (%s)", c.surface(m.start, m.end), c.stonesText()),
			Start:   m.start, End: m.end,
		})
	}
}

// solidBeside reports whether one of the language's solid words stands
// right before m (or before the language's head link right before it:
// 本物の, 真正的) or right after it, in its clause.
func (c *checker) solidBeside(m match) bool {
	if c.solidAdjacent(m) {
		return true
	}
	k := m.ti - 1
	return k >= 1 && !c.toks[m.ti].brk && !c.toks[k].brk && c.lx.headLinks.hasWordAt(&c.toks[k]) && c.lx.solid.endsAt(c.toks, k-1)
}

// naturalDiamondPiece reports whether one of the product's stones is a
// diamond neither lab-grown nor simulated (the checker's naturalDiamond).
func (c *checker) naturalDiamondPiece() bool {
	for _, st := range c.p.Stones {
		t := strings.ToLower(st.Type)
		if strings.Contains(t, "diamond") && st.Origin != core.OriginLabGrown && st.Origin != core.OriginSimulant && !isLabType(t) &&
			!strings.Contains(t, "simulat") && !strings.Contains(t, "imitation") {
			return true
		}
	}
	return false
}
