package grounding

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// CategoryRegulatory is the category of the plating finding: calling a
// plated or look-alike metal solid misdescribes it under the trading
// rules (16 CFR 23.4 and 23.6, the Hallmarking Act 1973, the EU and
// national unfair-practice laws the locale packs cite).
const CategoryRegulatory = "regulatory"

// RulePlating is a plated or look-alike metal called solid, pure or real.
const RulePlating = "regulatory.plating"

// CategoryClaim and RuleSolidClaim: a solid, pure or real word said of a
// metal the piece only has as a plating or a colour is also a claim of
// solidity its data does not support (README: "solid gold" is a claim),
// reported beside the regulatory finding on the same words.
const (
	CategoryClaim  = "claim"
	RuleSolidClaim = "claim.solid_metal"
)

// solidWindow is how many words may stand between a solid word and the
// metal it describes, karats and numbers not counted ("massivt 18 karat
// gull", "solid 14k gold"), before it; solidAfterWindow after it
// ("oro massiccio", "18金無垢", "الذهب الخالص").
const (
	solidWindow      = 2
	solidAfterWindow = 3
)

// plating reports a metal the piece only has as a plating or a colour
// (gold-plated silver, rhodium-plated brass, gold-tone steel) called
// solid: "solid gold", "massivt gull", 18金無垢, 足银, "الذهب الخالص". The
// metal is read by the locale's vocabulary (a "solid gold" form, or a
// gold or silver word beside one of its solid words), so the rule holds
// in every language with a vocabulary; what is compared is the piece's
// own materials, not an attribute ("ear wires: sterling silver" does not
// make rhodium-plated brass drops solid silver), and a word about a part,
// clothing or another item is out of scope.
func (c *checker) plating() {
	for i, m := range c.ms {
		if m.negated || m.f.weak || c.scopes[i] != scopeProduct && c.scopes[i] != scopeComponent {
			continue
		}
		metal := c.claimedMetal(m)
		if metal == "" || contains(c.facts.body, metal) || !c.shows(metal) {
			continue
		}
		// A part of the plated piece said to be of the metal (part_gold60.go).
		if c.platedPartMetal(i, m, metal) {
			continue
		}
		// A metal word among colours is the colour (#13, colourlist32).
		// A metal called solid is never a colour of a list or a tone,
		// whatever noun of tone its clause holds: "solid 12-carat gold,
		// warm in tone" (#13, tone62; 16 CFR 23.4).
		asColour := m.f.kind == kindColour || c.metalColourListed(m) && !c.solidSaid(m)
		if c.scopes[i] == scopeComponent {
			// A part that holds or closes the piece may be of another
			// metal, so its bare metal is the plating's or the part's; but
			// a part called solid on a piece whose data gives no part that
			// metal is the piece's plating called solid: "um mosquetão de
			// ouro maciço" on gold-plated brass (#13, basemetal14).
			if asColour || contains(c.facts.partMaterials, m.f.value) || contains(c.facts.partMaterials, metal) {
				continue
			}
			if !c.solidSaid(m) {
				// A part of a plated piece called gold in copy that says
				// nowhere that anything is plated, toned or coloured: "a
				// gold clasp", "the gold hook" on rolled gold plate or on
				// gold-coloured PVD steel. Gold unqualified names the
				// metal (16 CFR 23.4), and the piece's data give the part
				// no metal of its own (#13, tone62).
				if metal == "gold" && m.f.kind == kindMaterial && m.ti == m.tj && !c.platingDisclosed() {
					c.misdescribedMetal(m, metal, fmt.Sprintf("%q without saying it is plated: the product is %s", c.surface(m.start, m.end), c.materialsText()))
				}
				continue
			}
		}
		if asColour {
			// A word read as the colour that stands right beside a solid
			// word is the metal (Greek ασήμι, silver, folds to ασημί,
			// silver-coloured): "καθαρό ασήμι" is pure silver.
			if !c.solidAdjacent(m) {
				continue
			}
		} else if !c.solidSaid(m) {
			// A metal the attributes give a part ("chain: sterling
			// silver") may be that part's, named without its noun.
			// A karat read with its metal in one word (18K金, 18金, "18 karat")
			// is the gold as much as a bare "gold" is.
			if (m.f.kind == kindMaterial || m.f.kind == kindKarat) && !contains(c.facts.partMaterials, m.f.value) {
				switch {
				case !c.platingDisclosed():
					// The bare metal word with no plating, tone or colour
					// said anywhere: "a pendant in silver" on silver-plated
					// brass.
					c.misdescribedMetal(m, metal, fmt.Sprintf("%q without saying it is plated: the product is %s", c.surface(m.start, m.end), c.materialsText()))
				case metal == "gold" && (!c.vermeilPiece() || c.platingDeniedBeside(i, m)) && c.karatGold(i, m) && c.pieceMaterialPhrase(i, m) && !c.platingBeside(i, m):
					// Karat gold named as the piece's material ("en fin
					// ring i 18 karat guld") is a statement of the metal
					// whatever another sentence says of a plating: the
					// disclosure must qualify the phrase that names the
					// gold (16 CFR 23.4: a karat mark on a plated article
					// must say it is plated; #13, platedphrase24).
					c.misdescribedMetal(m, metal, fmt.Sprintf("%q names karat gold as the material; the product's gold is a plating (%s), and a plating said elsewhere does not qualify it", c.karatSurface(i, m), c.materialsText()))
				case m.f.kind == kindMaterial && contains(c.cn.Alloys, m.f.value):
					// Said plated elsewhere, an alloy is still no plating:
					// untrue, though the plating rule is met, and a
					// misdescription of the metal under the trading rules
					// (16 CFR 23.6; Hallmarking Act 1973 s.1): "925纯银" or
					// "argent 925" on rhodium-plated brass whose rhodium
					// plating is named in the next sentence (#13, f1).
					c.misdescribedMetal(m, metal, fmt.Sprintf("%q: the product has no %s under its plating (%s)", c.surface(m.start, m.end), m.f.value, c.materialsText()))
				}
			}
			continue
		}
		if c.layerSolid(m, metal) {
			continue
		}
		what := c.surface(m.start, m.end)
		c.out = append(c.out, core.Finding{
			Rule: RulePlating, Category: CategoryRegulatory, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q calls the %s solid; the product's %s is a plating or a colour (%s)", what, metal, metal, c.materialsText()),
			Start:   m.start, End: m.end,
		}, core.Finding{
			Rule: RuleSolidClaim, Category: CategoryClaim, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q claims solid %s; the product is not solid %s (%s)", what, metal, metal, c.materialsText()),
			Start:   m.start, End: m.end,
		})
		c.untrueMetal(m, metal)
	}
	c.baseMetal()
	c.solidClaim()
	c.realDiamond()
}

// baseMetal reports a precious metal named as the material of a piece of
// base metal: "sterling silver" or "solid silver" on a black IP-plated
// stainless steel cross, 순은 on a stainless steel tie bar, 純銀 said of
// the steel clasp of a leather bracelet, "18K" or "solid gold" on
// titanium. plating covers a metal the piece shows as a plating or a
// colour; here the piece shows none, and its own materials are no
// precious metal at all (canon precious_metals), so the word is untrue
// (grounding found it) and, under the trading rules, a misdescription of
// the metal: FTC Jewelry Guides 16 CFR 23.4 (gold, karat), 23.6 (silver,
// sterling), 23.7 (platinum); the Hallmarking Act 1973 s.1 and the
// national hallmarking laws reserve the names for 800/925+ silver,
// 375/585/750+ gold, 850/950 platinum. Read as plating reads a metal: not
// negated, not weak, the piece's or a part's it holds by (not clothing,
// another item, a comparison: "looks like silver", "an alternative to
// silver"); a colour word only beside a solid word ("καθαρό ασήμι"), so
// "silver-tone steel" and "silver-coloured" stay colours; a plated
// material names no metal of the piece ("gold-plated stainless steel").
func (c *checker) baseMetal() {
	if !c.baseBody() {
		return
	}
	for i, m := range c.ms {
		if m.negated || m.f.weak || c.scopes[i] != scopeProduct && c.scopes[i] != scopeComponent {
			continue
		}
		metal := c.claimedMetal(m)
		if m.f.kind == kindMaterial && metal == "" {
			metal = c.cn.PreciousMetals[m.f.value]
		}
		if metal == "" || contains(c.facts.partMaterials, m.f.value) {
			continue
		}
		// A metal the piece shows is plating's, but for a karat on a
		// piece that shows gold only as a colour: "a gold-tone brass cuff
		// in 18k gold" marks base metal with a fineness (16 CFR 23.4),
		// however plainly the tone is said.
		if c.shows(metal) && (m.f.kind != kindKarat || contains(c.facts.plated, metal) || c.reported(m, RulePlating)) {
			continue
		}
		if (m.f.kind == kindColour || c.metalColourListed(m)) && !c.solidAdjacent(m) {
			continue
		}
		if !c.untrueFound(m) {
			continue
		}
		c.out = append(c.out, core.Finding{
			Rule: RulePlating, Category: CategoryRegulatory, Severity: core.SeverityBlock,
			Message: fmt.Sprintf("%q names %s as the material of a piece with no %s, nor any precious metal (%s): a misdescription of the metal (16 CFR 23.4-23.7)", c.surface(m.start, m.end), metal, metal, c.materialsText()),
			Start:   m.start, End: m.end,
		})
	}
}

// baseBody reports whether the piece's own materials are known and none is
// a precious metal (canon precious_metals), read from the canonical body
// and, lest a listed metal the vocabulary does not know hide one, from the
// raw materials and metals: a "silver", "gold", "platinum" or "palladium"
// there that is no plating or tone ("gold-plated", "silver-tone") counts.
func (c *checker) baseBody() bool {
	if len(c.facts.body) == 0 {
		return false
	}
	for _, v := range c.facts.body {
		if c.cn.PreciousMetals[v] != "" {
			return false
		}
	}
	raw := func(s string) bool {
		s = strings.ToLower(s)
		if !strings.Contains(s, "silver") && !strings.Contains(s, "gold") && !strings.Contains(s, "platin") && !strings.Contains(s, "pallad") {
			return false
		}
		for _, q := range [...]string{"plat", "tone", "vermeil", "fill", "colo", "finish", "coat"} {
			if strings.Contains(s, q) {
				return false
			}
		}
		return true
	}
	for _, s := range c.p.Materials {
		if raw(s) {
			return false
		}
	}
	for _, mt := range c.p.Metals {
		if raw(mt.Base) {
			return false
		}
	}
	return true
}

// untrueFound reports whether run gave the match m a blocking grounding
// finding (material, karat or colour): without one the word is true of the
// piece or read in another sense ("0.18 ct", a rule's substance).
func (c *checker) untrueFound(m match) bool {
	return c.reported(m, RuleMaterial, RuleKarat, RuleColour)
}

// reported reports whether a blocking finding of one of rules covers
// exactly the match m.
func (c *checker) reported(m match, rules ...string) bool {
	for _, f := range c.out {
		if f.Start == m.start && f.End == m.end && f.Severity == core.SeverityBlock && slices.Contains(rules, f.Rule) {
			return true
		}
	}
	return false
}

// untrueMetal adds a grounding finding when the metal word m names a
// material the piece does not have at all, beyond the plating rule: a
// metal it shows only as a colour (rhodium-plated brass or silver-tone
// steel called silver: no silver anywhere), or a material its plating is
// not (sterling silver, solid silver, "Echtsilber" on silver-plated
// brass: the plating is neither the alloy nor solid metal). A bare
// metal, tone or karat that is the plating's own ("gold" or "rose gold" on
// rose gold-plated silver, "18 Karat" on an 18k plating) is only the
// plating rule's.
func (c *checker) untrueMetal(m match, metal string) {
	if m.f.kind == kindKarat || m.f.kind == kindColour {
		if contains(c.facts.plated, metal) {
			return
		}
	} else if contains(c.facts.plated, metal) && contains(c.facts.plated, m.f.value) && !contains(c.cn.Alloys, m.f.value) && !c.cn.isSolidValue(m.f.value) {
		return
	}
	c.out = append(c.out, core.Finding{
		Rule: RuleMaterial, Category: Category, Severity: core.SeverityBlock,
		Message: fmt.Sprintf("mentions %q; the product's %s is only a plating or a colour (%s)", c.surface(m.start, m.end), metal, c.materialsText()),
		Start:   m.start, End: m.end,
	})
}

// claimedMetal returns the precious metal a match names ("gold" for a
// gold, white gold or karat word, "silver" for a silver word), or "". Any
// other metal word is the metal it names where the piece has that metal
// only as a plating (platinum, palladium, rhodium, ruthenium on plated
// brass: #13, solidplating24), the plating's own word excepted
// ("rhodium-plated" discloses the plating it names).
func (c *checker) claimedMetal(m match) string {
	switch m.f.kind {
	case kindKarat:
		if c.goldAlloyKarat(m) {
			return ""
		}
		return "gold"
	case kindMaterial, kindColour:
		if metal := c.cn.SolidMetals[m.f.value]; metal != "" {
			return metal
		}
		if m.f.kind != kindMaterial || len(c.facts.platings) == 0 {
			return ""
		}
		if contains(c.facts.platings, m.f.value) {
			return m.f.value
		}
		// The bare word of a metal that the vocabulary reads as its
		// plating (English "rhodium", Chinese 铑): one token that is no
		// plating word.
		if pm := c.cn.Plated[m.f.value]; pm != "" && m.ti == m.tj && contains(c.facts.platings, pm) && !c.platingToken(m.ti) {
			return pm
		}
	}
	return ""
}

// platingToken reports whether token k is or holds one of the language's
// plating words ("rhodiniert", "rhodium-plated", 镀铑).
func (c *checker) platingToken(k int) bool {
	s := c.toks[k].s
	if c.lx.platedWords[s] || c.lx.platingWords.endsAt(c.toks, k) {
		return true
	}
	for w := range c.lx.platingWords.each() {
		if len(w) >= 3 && strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// shows reports whether the product shows metal without having it: as a
// plating ("gold" of gold-plated) or as a colour of its surface (rhodium
// plating and silver-tone steel look silver).
func (c *checker) shows(metal string) bool {
	return contains(c.facts.plated, metal) || contains(c.facts.colours, metal)
}

// isSolidValue reports whether a canonical material is itself a claim of
// solidity ("solid gold", "solid silver").
func (cn *canon) isSolidValue(v string) bool {
	return strings.HasPrefix(v, "solid ")
}

// solidNear reports whether one of the language's solid words stands
// beside the metal word m in its clause: before it (karats and numbers
// between do not count), or right after it.
func (c *checker) solidNear(m match) bool {
	if c.lx.solid.phrases.size() == 0 {
		return false
	}
	seen := 0
	for k := m.ti - 1; k >= 0 && seen < solidWindow; k-- {
		if c.toks[k+1].brk {
			break
		}
		if c.lx.solid.endsAt(c.toks, k) {
			return true
		}
		if !c.isKaratToken(k) {
			seen++
		}
	}
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+solidAfterWindow; k++ {
		if c.toks[k].brk {
			break
		}
		if c.lx.solid.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// isKaratToken reports whether token k is a numeral or part of a karat
// match ("18 karat", "14k").
func (c *checker) isKaratToken(k int) bool {
	if isDigits(c.toks[k].s) {
		return true
	}
	for _, m := range c.ms {
		if m.ti <= k && k <= m.tj {
			return m.f.kind == kindKarat || m.f.kind == kindNumber
		}
		if m.ti > k {
			break
		}
	}
	return false
}

// solidWithin reports whether the metal's own phrase holds a solid word
// (a vocabulary form such as "prata maciça" or "saf gümüş").
func (c *checker) solidWithin(m match) bool {
	for k := m.ti; k <= m.tj; k++ {
		if c.lx.solid.hasTok(&c.toks[k]) {
			return true
		}
	}
	return false
}

// solidAdjacent reports whether a solid word stands right before or right
// after m, in its clause.
func (c *checker) solidAdjacent(m match) bool {
	// A metal written with the clitic "and" (Arabic "ونحاس") is not the one
	// a solid word before it qualifies: "92.5% فضة نقية ونحاس" is pure
	// silver and copper (#13, alloy46: probe 46D ar-AE 46D103).
	if m.ti > 0 && !c.toks[m.ti].brk && c.lx.solid.endsAt(c.toks, m.ti-1) && !c.conjunctionClitic(c.toks[m.ti].s) {
		return true
	}
	return m.tj+1 < len(c.toks) && !c.toks[m.tj+1].brk && c.lx.solid.endsAt(c.toks, m.tj+1)
}

// platingDisclosed reports whether the text says anywhere that the metal
// is a plating, a tone or a colour: a plated material of the vocabulary
// ("gold-plated", "forgylt", 镀金), a metal colour ("silver-tone",
// "guldfarvet"), one of the language's plating_words ("belagt med",
// "plattiert", メッキ), a tone_words word beside a metal word ("silver
// tone", "couleur argent"; not "a hammered finish") or a word of the
// market's plating qualifiers.
func (c *checker) platingDisclosed() bool {
	if c.disclosed != 0 {
		return c.disclosed > 0
	}
	c.disclosed = -1
	light := 0 // the last token of a colour of light seen so far
	lightFrom := -1
	for i, m := range c.ms {
		if m.negated {
			continue
		}
		if c.scopes[i] == scopeLight || c.scopes[i] == scopeInclusion || c.scopes[i] == scopeSimile {
			// "a warm golden glow", 金色光泽: the light's colour names no
			// tone or plating of the metal.
			if lightFrom < 0 {
				lightFrom = m.ti
			}
			light = m.tj
			continue
		}
		_, plated := c.cn.Plated[m.f.value]
		if plated || m.f.kind == kindColour && c.cn.SolidMetals[m.f.value] != "" {
			c.disclosed = 1
			return true
		}
	}
	for k, t := range c.toks {
		if lightFrom >= 0 && k >= lightFrom && k <= light && c.inLightColour(k) {
			continue
		}
		if c.lx.platedWords[t.s] && (!genericCoatings[t.s] || c.coatingOfMetal(k)) || c.lx.platingWords.endsAt(c.toks, k) || c.lx.toneWords.endsAt(c.toks, k) && c.metalBeside(k) || c.compoundPlating(k) {
			if c.platingContrasted(k) {
				continue
			}
			c.disclosed = 1
			return true
		}
	}
	return false
}

// platingContrasted reports whether the plating word at token k is denied
// (lexicon.negated: a negator before it in its clause, or a negating
// copula after it) and a metal the copy does not deny follows it in its
// sentence: "inte förgylld utan av guld", "ikke forgyldt, men af guld",
// "ei ole kullattu vaan kultaa", "není pozlacený, je ze zlata", "nie jest
// pozłacany, jest ze złota", "δεν είναι επιχρυσωμένο, είναι από χρυσό",
// "kaplama değil, altındır", "金メッキではなく18金". The plating is what the
// metal is set against, so it discloses nothing: the copy calls the
// plated piece solid metal (16 CFR 23.4; #13, plate60). A denied plating
// with no metal after it ("Do not wear your gold-plated ring to swim")
// still tells the reader the piece is plated.
func (c *checker) platingContrasted(k int) bool {
	if !c.lx.negated(c.toks, k, k, false) {
		return false
	}
	for _, o := range c.ms {
		if o.ti <= k || o.negated || (o.f.kind != kindMaterial && o.f.kind != kindKarat) {
			continue
		}
		if _, plated := c.cn.Plated[o.f.value]; plated {
			continue
		}
		sent := true
		for j := k + 1; j <= o.ti && j < len(c.toks); j++ {
			if c.toks[j].sbrk {
				sent = false
				break
			}
		}
		if sent {
			return true
		}
	}
	return false
}

// compoundPlating reports a compound whose head is one of the language's
// one-word plating words (five letters or more) and whose first part is
// the metal matched inside it: Finnish "hopeapinnoite" (silver plating),
// "kultapinnoitteella", Swedish "silverplätering". Shape: token index in,
// bool out.
//
// A compound whose head is a word of a layer or tone of the metal
// (tone_words, three bytes or more) and whose first part is the metal is
// the same plating or tone said in one word: Danish "guldlag", Norwegian
// "gullag", Swedish "guldskikt", Finnish "kultakerros", Korean "금층"
// (a layer of gold; #13, layer29). The metal must be matched inside the
// word either way.
func (c *checker) compoundPlating(k int) bool {
	s := c.toks[k].s
	found := false
	for w, ps := range c.lx.platingWords.each() {
		if len(w) < 5 || len(s) <= len(w) || !strings.HasSuffix(s, w) {
			continue
		}
		for _, p := range ps {
			if len(p) == 1 {
				found = true
			}
		}
	}
	for w, ps := range c.lx.toneWords.each() {
		if found || len(w) < 3 || len(s) <= len(w) || !strings.HasSuffix(s, w) {
			continue
		}
		for _, p := range ps {
			if len(p) == 1 {
				found = true
			}
		}
	}
	if !found {
		return false
	}
	for _, m := range c.ms {
		if m.ti <= k && k <= m.tj && !m.negated && c.claimedMetal(m) != "" {
			return true
		}
	}
	return false
}

// karatGold reports whether the gold match i is karat gold, reported once
// for the phrase: a karat word ("18 Karat", 18K, "18ct gold" read in one
// form) not followed by its gold word, or a gold word with a karat right
// before it or, in its clause, at most karatAfterReach words after it
// ("oro de 18 quilates", "ouro 18K").
func (c *checker) karatGold(i int, m match) bool {
	if m.f.kind == kindKarat {
		// The gold word beside it reports the phrase.
		next := i+1 < len(c.ms) && c.ms[i+1].f.kind == kindMaterial && c.karatBefore(i+1, c.ms[i+1]) == i
		prev := i > 0 && c.ms[i-1].f.kind == kindMaterial && c.karatAfter(i-1, c.ms[i-1]) == i
		return !next && !prev
	}
	for k := m.ti; k <= m.tj; k++ {
		if t := c.toks[k].s; t != "" && t[0] >= '0' && t[0] <= '9' {
			return true
		}
	}
	return c.karatBefore(i, m) >= 0 || c.karatAfter(i, m) >= 0
}

// pieceMaterialReach is how many words may stand between the piece's
// category word and the karat gold phrase that names its material ("en
// fin ring i 18 karat guld", "18K 골드의 섬세한 반지"; platingCharReach
// characters in ja and zh: 18金の繊細なリング).
const pieceMaterialReach = 3

// pieceMaterialPhrase reports whether the karat gold phrase of match i
// names the piece's material: the piece's own category word stands within
// pieceMaterialReach words of it, in its clause, or inside it (a compound
// of the gold and the category word).
func (c *checker) pieceMaterialPhrase(i int, m match) bool {
	p := c.karatPhrase(i, m)
	a, b := p.ti, p.tj
	reach := c.wordReach(pieceMaterialReach)
	for j, o := range c.ms {
		if o.f.kind != kindCategory || o.negated || c.scopes[j] != scopeProduct || !c.ownCategory(o.f.value) {
			continue
		}
		var from, to int
		switch {
		case o.ti >= a && o.tj <= b:
			// The category glued to the gold word of the phrase
			// ("Guldcreolerne i 14 karat", "14 karat guldøreringe":
			// scan's metalCategory) names the piece's metal in one word
			// (#13, miss60: probe 59D da-DK 59D01-2).
			return true
		case o.tj < a && o.tj >= a-reach-1:
			from, to = o.tj+1, a
		case o.ti > b && o.ti <= b+reach+1:
			from, to = b+1, o.ti
		default:
			continue
		}
		clause := true
		for k := from; k <= to; k++ {
			clause = clause && !c.toks[k].brk
		}
		if clause {
			return true
		}
	}
	// The product's own name, holding its category word, right before
	// the phrase (name_as_piece68.go).
	return c.pieceSubjectPhrase(a) || c.ownNameBefore(a, reach)
}

// pieceSubjectPhrase reports whether the karat gold phrase starting at
// token a is the predicate of a sentence whose subject is the piece: a
// copula (copulas) at most copulaReach words before the phrase in its
// clause, and the piece's own category word before the copula in the
// sentence, whatever words of shape, size or finish stand between copula
// and phrase ("Los aretes Medialuna, de la colección Heritage, son dos
// arcos martillados de oro de 18 quilates", "Kreolene Solstreif ... er 18
// mm store bøyler i 18 karat gull"): the copy calls the piece's metal karat gold outright (16 CFR
// 23.4; #13, claims52). A word of the product's name (four letters or
// more, written as a name: masked or capitalised, no fact word) stands
// for the piece as its category does. A category word of another item
// (a cross-sold piece: scope) or one after the phrase does not count.
func (c *checker) pieceSubjectPhrase(a int) bool {
	// the copula of the phrase's clause, at most copulaReach words before
	// it with no clause break between
	cop := -1
	for k := a - 1; k >= 0 && k >= a-copulaReach && !c.toks[k+1].brk && !c.toks[k+1].sbrk; k-- {
		if c.isCopula(k) {
			cop = k
			break
		}
	}
	if cop < 0 {
		return false
	}
	name := map[string]bool{}
	for rest := foldString(c.p.Name); ; {
		var x string
		if x, rest = nextWord(rest); x == "" {
			break
		}
		name[x] = true
	}
	for k := cop - 1; k >= 0 && !c.toks[k+1].sbrk; k-- {
		// a word of the name as a name is written (the name's own
		// phrase, masked, or capitalised inside the sentence), of four
		// letters or more and no fact word: not "de" of "Aretes de Luna"
		if name[c.toks[k].s] && utf8.RuneCountInString(c.toks[k].s) >= 4 && (c.toks[k].masked || c.capitalisedInside(k)) && !c.isFactToken(k) {
			return true
		}
	}
	for j, o := range c.ms {
		if o.ti >= cop {
			break
		}
		if o.f.kind != kindCategory || o.negated || c.scopes[j] != scopeProduct || !c.ownCategory(o.f.value) {
			continue
		}
		same := true
		for k := o.tj + 1; k <= cop && same; k++ {
			same = !c.toks[k].sbrk
		}
		if same {
			return true
		}
	}
	return false
}

// copulaReach is how many words may stand between the copula and the
// karat gold phrase pieceSubjectPhrase reads ("son dos arcos martillados
// de oro de 18 quilates": dos, arcos, martillados, de).
const copulaReach = 7

// vermeilPiece reports whether the product's data call its gold a layer
// sold by its karat: vermeil (karat gold over sterling silver, at least
// 10 karat), gold-filled or rolled gold plate (a karat gold layer bonded
// to a base, marked "1/20 14K G.F."; 16 CFR 23.5), whose gold the copy
// may name with its karat.
func (c *checker) vermeilPiece() bool {
	has := func(s string) bool {
		s = strings.ToLower(s)
		return strings.Contains(s, "vermeil") || strings.Contains(s, "fill") || strings.Contains(s, "rolled")
	}
	for _, s := range c.p.Materials {
		if has(s) {
			return true
		}
	}
	for _, mt := range c.p.Metals {
		if has(mt.Base) || has(mt.Plating) {
			return true
		}
	}
	return false
}

// karatAfterReach is how many words may stand between a gold word and the
// karat after it ("oro de 18 quilates": de, 18).
const karatAfterReach = 3

// karatBefore is the index of the karat match right before gold match i
// (at most one word between: "18 karat guld", "18-karätigem Gold"), or -1.
func (c *checker) karatBefore(i int, m match) int {
	if i > 0 && c.ms[i-1].f.kind == kindKarat && c.ms[i-1].tj+2 >= m.ti && !c.toks[m.ti].brk {
		return i - 1
	}
	return -1
}

// karatAfter is the index of the karat match after gold match i in its
// clause (karatAfterReach), or -1.
func (c *checker) karatAfter(i int, m match) int {
	if i+1 < len(c.ms) && c.ms[i+1].f.kind == kindKarat && c.ms[i+1].ti <= m.tj+karatAfterReach {
		for k := m.tj + 1; k <= c.ms[i+1].ti; k++ {
			if c.toks[k].brk {
				return -1
			}
		}
		return i + 1
	}
	return -1
}

// karatPhrase is the karat gold phrase of match i: m widened to the karat
// match right before or after it ("18 karat guld", "oro 18 carati"), its
// tokens ti..tj and runes start..end.
func (c *checker) karatPhrase(i int, m match) match {
	if k := c.karatBefore(i, m); k >= 0 {
		m.ti, m.start = c.ms[k].ti, c.ms[k].start
	}
	if k := c.karatAfter(i, m); k >= 0 {
		m.tj, m.end = c.ms[k].tj, c.ms[k].end
	}
	return m
}

// karatSurface is the text of the karat gold phrase of match i.
func (c *checker) karatSurface(i int, m match) string {
	p := c.karatPhrase(i, m)
	return c.surface(p.start, p.end)
}

// wordReach is a reach of words around a phrase, or platingCharReach
// characters in the languages read a character at a time (ja, zh).
func (c *checker) wordReach(words int) int {
	if c.charTokens() {
		return platingCharReach
	}
	return words
}

// platingReach is how many words around a karat gold phrase a plating,
// tone or layer word qualifies it from ("forgyldt med 18 karat guld",
// "ett lager av 18 karat guld", "18 karat guld på sterlingsilver"); the
// words of a thickness between are not counted ("ricoperto da 2,5 micron
// di oro 18 carati"). In the languages read a character at a time
// (ja, zh) platingCharReach characters.
const (
	platingReach     = 5
	platingCharReach = 12
)

// platingBeside reports whether the karat gold phrase of match i is
// qualified in its sentence: a plating, tone or layer word (or a plated
// material) within platingReach words of it, or the piece's own base
// metal beside it (the gold over its base: vermeil, "18 karat guld på
// sterlingsølv", 真鍮に18金を…めっき).
func (c *checker) platingBeside(i int, m match) bool {
	q, _ := c.platingNear(i, m)
	return q
}

// platingDeniedBeside reports whether a plating word within platingReach
// of the karat gold phrase of match i is denied: the gold set against a
// plating ("18-karaatin kullasta, ei ohuesti kullatusta messingistä", of
// 18-karat gold, not thinly gilded brass). On a vermeil, gold-filled or
// rolled gold piece, whose gold the copy may name with its karat
// (platedphrase24), that contrast calls the layer solid (16 CFR 23.4,
// 23.5; #13, vermeilsolid33).
func (c *checker) platingDeniedBeside(i int, m match) bool {
	_, d := c.platingNear(i, m)
	return d
}

// platingNear is platingBeside and platingDeniedBeside: whether a
// plating, tone, layer or base word qualifies the karat gold phrase of
// match i, and whether a plating word beside it is denied.
func (c *checker) platingNear(i int, m match) (qualified, denied bool) {
	p := c.karatPhrase(i, m)
	a, b := p.ti, p.tj
	reach := c.wordReach(platingReach)
	lo, hi := a, b
	for n := 0; lo > 0 && n < reach && !c.toks[lo].sbrk; {
		lo--
		if !c.thicknessToken(lo) {
			n++
		}
	}
	for n := 0; hi+1 < len(c.toks) && n < reach && !c.toks[hi+1].sbrk; {
		hi++
		if !c.thicknessToken(hi) {
			n++
		}
	}
	for k := lo; k <= hi; k++ {
		if k >= a && k <= b {
			continue
		}
		t := c.toks[k]
		if c.lx.platedWords[t.s] && (!genericCoatings[t.s] || c.coatingOfMetal(k)) || c.lx.platingWords.endsAt(c.toks, k) || c.lx.toneWords.endsAt(c.toks, k) || c.compoundPlating(k) || c.platingStem(t.s) {
			// A plating denied qualifies nothing: it is what the gold is
			// set against ("18-karaatin kullasta, ei ohuesti kullatusta
			// messingistä", of 18-karat gold, not thinly gilded brass;
			// #13, vermeilsolid33).
			if c.lx.negated(c.toks, k, k, false) {
				denied = true
				continue
			}
			qualified = true
		}
	}
	if qualified {
		return true, denied
	}
	for j, o := range c.ms {
		if o.tj < lo || o.ti > hi || j == i {
			continue
		}
		if _, plated := c.cn.Plated[o.f.value]; plated && o.negated {
			denied = true
		}
		if o.negated {
			continue
		}
		if _, plated := c.cn.Plated[o.f.value]; plated {
			return true, denied
		}
		if o.f.kind == kindMaterial && contains(c.facts.body, o.f.value) {
			return true, denied
		}
	}
	return false, denied
}

// platingStem reports whether s begins with a one-word plating word of
// five bytes or more and goes on: the plating word with the endings of an
// agglutinative language ("kaplamadır", "pinnoitteella").
func (c *checker) platingStem(s string) bool {
	for w, ps := range c.lx.platingWords.each() {
		if len(w) < 5 || len(s) <= len(w) || !strings.HasPrefix(s, w) {
			continue
		}
		for _, p := range ps {
			if len(p) == 1 {
				return true
			}
		}
	}
	return false
}

// toneGap is how many words may stand between a tone word and the metal
// it qualifies ("silver-tone", "couleur argent", "la couleur de l'argent").
const toneGap = 3

// metalBeside reports whether a gold or silver word (material or colour)
// stands within toneGap words of token k, in its clause. The words of a
// thickness between them (a number, a micron unit: "una capa de un micrón
// de oro", "a layer one micron thick of gold") are not counted: the
// thickness is the layer's, and the metal is still the one it is made of
// (#13, layer29).
func (c *checker) metalBeside(k int) bool {
	for _, m := range c.ms {
		if m.ti > k+toneGap+thicknessReach {
			break
		}
		if m.tj < k-toneGap-thicknessReach || m.negated || c.claimedMetal(m) == "" {
			continue
		}
		a, b := min(m.tj, k), max(m.ti, k)
		clause := true
		gap, thick := 0, false
		for j := a + 1; j <= b; j++ {
			// A decimal comma is no clause break ("una capa de 1,5
			// micras de oro"; #13, claims45).
			clause = clause && (!c.toks[j].brk || c.decimalBreak(j))
			if j < b && c.thicknessToken(j) {
				thick = true
			} else if j < b {
				gap++
			}
		}
		// A thickness brings its own link word ("de un micrón de"): one
		// more word may stand between.
		if thick {
			gap--
		}
		if clause && gap < toneGap {
			return true
		}
	}
	return false
}

// thicknessReach is how many words of a thickness metalBeside may step
// over ("de un micrón de", "von einem Mikrometer").
const thicknessReach = 4

// micronStems are the folded beginnings of the micrometre's names as the
// 25 locales write them (micron, micrón, mícron, Mikron, Mikrometer,
// mikronů, μικρά, ميكرون, 마이크론, ミクロン, 微米, µm).
var micronStems = []string{"micr", "mícr", "mikr", "μικρ", "µm", "μm", "ميكرون", "مايكرون", "마이크론", "ミクロン", "微", "米"}

// thicknessToken reports whether token k is a word of a thickness: a
// numeral, a number match or a micron unit.
func (c *checker) thicknessToken(k int) bool {
	t := c.toks[k].s
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		return true
	}
	for _, st := range micronStems {
		if strings.HasPrefix(t, st) {
			return true
		}
	}
	for _, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.tj >= k && m.f.kind == kindNumber {
			return true
		}
	}
	return false
}

// inLightColour reports whether token k lies inside a colour of light
// (the 色 of 金色 in 金色光泽, "dorés" in "reflets dorés").
func (c *checker) inLightColour(k int) bool {
	for i, m := range c.ms {
		if m.ti > k {
			break
		}
		if m.tj >= k && (c.scopes[i] == scopeLight || c.scopes[i] == scopeInclusion || c.scopes[i] == scopeSimile) {
			return true
		}
	}
	return false
}

// misdescribedMetal reports match m, a metal the piece's body is not, as a
// blocking regulatory.plating finding with msg, and as untrue (untrueMetal).
func (c *checker) misdescribedMetal(m match, metal, msg string) {
	c.out = append(c.out, core.Finding{
		Rule: RulePlating, Category: CategoryRegulatory, Severity: core.SeverityBlock,
		Message: msg, Start: m.start, End: m.end,
	})
	c.untrueMetal(m, metal)
}

// genericCoatings are the packs' plated qualifiers that name a coating of
// anything, not of a metal (es "recubrimiento", pt "revestimento",
// "galvanizado", fi "pinnoitteen", pl "powłoki"): they say the piece is
// plated only beside a metal or a word of ion plating or PVD
// (coatingOfMetal), not of a gift box's velvet coating in another
// sentence (#13, adv47a; the words came with qualifier47).
var genericCoatings = setOf(foldedForms([]string{"recubrimiento", "recubrimientos", "recubierto", "recubierta", "recubiertos", "recubiertas",
	"revestimento", "revestimentos", "galvanizado", "galvanizada", "galvanizados", "galvanizadas",
	"pinnoitteella", "pinnoitteen", "pinnoitteesta", "powłoki", "powłokę", "powlekanie", "powlekaniem", "powlekany", "powlekana", "powlekane", "powlekania"}))

// ionWords are the words of ion plating and PVD beside which a generic
// coating word is a plating ("recubrimiento iónico (IP)").
var ionWords = setOf(foldedForms([]string{"ip", "pvd", "iónico", "iónica", "iónicos", "iónicas", "iônico", "iônica", "iônicos", "iônicas", "jonowym", "jonowa", "jonową"}))

// coatingOfMetal reports whether the generic coating word at k stands
// beside a metal (metalBeside) or within four words of a word of ion
// plating (ionWords) in its sentence.
func (c *checker) coatingOfMetal(k int) bool {
	if c.metalBeside(k) {
		return true
	}
	s, e := c.sentenceOf(k)
	for j := max(s, k-4); j <= e && j <= k+4; j++ {
		if ionWords[c.toks[j].s] {
			return true
		}
	}
	return false
}

// layerReach is how many words before a solid metal phrase a plating word
// may stand and make the phrase the layer's metal ("belagt med ekte gull":
// belagt, med), the words between being layerLinks.
const layerReach = 2

// layerLinks are the prepositions between a plating word and the metal of
// its layer ("coated with", "a layer of", "überzogen mit", "belagt med",
// "bedekt met"): any other word between ("ionenplattiert und aus massivem
// Gold", "Layer this solid gold necklace") leaves the solid word the
// piece's.
var layerLinks = map[string]bool{"with": true, "in": true, "of": true, "mit": true, "aus": true, "de": true, "d": true, "en": true,
	"avec": true, "di": true, "con": true, "com": true, "em": true, "met": true, "van": true, "med": true, "av": true, "af": true,
	"i": true, "με": true, "από": true}

// layerSolid reports whether the solid, pure or real word of match m
// qualifies the metal of a plating the copy names right before it (or
// right after it, where the verb goes last), in its clause and not denied: "sølvet er belagt med ekte gull" (the silver is
// coated with real gold), "plated with pure 24k gold", "überzogen mit
// echtem Gold" on a piece whose metal is plated with that metal. The layer
// is real gold: a true statement of the plating with its qualifier, no
// claim that the piece is solid (16 CFR 23.4 and 23.5 ask that the plating
// be disclosed, which the plating word does; #13, claims50: probe 50C
// nb-NO 50C101). "solid gold, not plated" (the plating denied) and
// "solid gold" with no plating word before it still block.
func (c *checker) layerSolid(m match, metal string) bool {
	if !contains(c.facts.plated, metal) {
		return false
	}
	j := m.ti
	for k, n := m.ti-1, 0; k >= 0 && n < solidWindow && !c.toks[k+1].brk; k-- {
		if c.lx.solid.endsAt(c.toks, k) {
			j = k
			for j > 0 && !c.toks[j].brk && c.lx.solid.endsAt(c.toks, j-1) {
				j--
			}
			break
		}
		if !c.isKaratToken(k) {
			n++
		}
	}
	for k, n := j-1, 0; k >= 0 && n < layerReach && !c.toks[k+1].brk; k, n = k-1, n+1 {
		t := c.toks[k]
		if c.lx.platedWords[t.s] || c.lx.platingWords.endsAt(c.toks, k) || c.platingStem(t.s) {
			return !c.lx.negated(c.toks, k, k, false)
		}
		if !layerLinks[t.s] {
			break
		}
	}
	// The plating's own noun as the subject whose predicate the metal is
	// ("镀层为足金", "鍍層是千足金": the plating layer is pure gold): a
	// plating word (plating_words) ending right before a copula (copulas,
	// colour_copulas) right before the metal (#13, vermeil66).
	if k := j - 1; k >= 1 && !c.toks[k+1].brk && !c.toks[k].brk && (c.isCopula(k) || c.lx.colourCops[strings.ToLower(c.toks[k].s)]) && c.lx.platingWords.endsAt(c.toks, k-1) {
		return !c.lx.negated(c.toks, k-1, k-1, false)
	}
	// The plating verb right after the metal, where the verb goes last
	// ("mit echtem Gold überzogen", "gerçek altınla kaplanmış"), or the
	// plating noun the metal qualifies where a language is read one
	// character a token: a plating word that starts right after the metal
	// or after one particle ("純金メッキ", "純金でコーティング"; #13,
	// vermeil66).
	for k := m.tj + 1; k < len(c.toks) && k <= m.tj+2 && !c.toks[k].brk; k++ {
		t := c.toks[k]
		if c.lx.platedWords[t.s] || c.lx.platingWords.endsAt(c.toks, k) || c.platingStem(t.s) || c.charTokens() && c.lx.platingWords.startsAt(c.toks, k) {
			return !c.lx.negated(c.toks, k, k, false)
		}
	}
	return false
}
