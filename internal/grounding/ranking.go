package grounding

import (
	"slices"

	"github.com/copydesk/copydesk/internal/core"
)

// The standard of a ranking (#13, rank25). Copy that explains how hard
// the piece's stone is ranks it against the hardest gem: "Among popular
// gemstones only diamond is harder", "second only to diamond in
// hardness", "9 on the Mohs scale, just below diamond", "Nach dem
// Diamanten gehört er zu den härtesten Edelsteinen", "Timantin jälkeen se
// on kovimpia jalokiviä", "다이아몬드 다음으로 단단한 보석", 硬度僅次於鑽石.
// The stone that ranks above is the scale's standard, not a stone of the
// piece: Mohs's scale ranks minerals by which scratches which, with
// diamond at 10 (the FTC's own definition of diamond gives "its hardness
// is 10", 16 CFR 23.12(a); GIA, "Mohs scale of hardness"; IMA).
//
// The rule is narrow, since "diamond" said of a piece is the FTC's
// first case (16 CFR 23.12(b): the unqualified word for anything that is
// no diamond, "directly or by implication"):
//
//   - a marker of rank governs the stone: right before it (rank_before:
//     "second only to", "after", "just below", "except", "nach dem",
//     "después del", "μετά το", بعد, 仅次于), at most one determiner
//     between, or right after it where the language puts it there
//     (rank_after: jälkeen, sonra, ardından, 다음으로, に次ぐ, 之后); a
//     word of "only" (rank_only_before: only, nur, solo, seul, vain,
//     tylko, 只有; rank_only_after: وحده, だけ) governs it only where a
//     word of the property stands in the stone's own clause ("only
//     diamond is harder", "solo el diamante lo supera en dureza");
//   - a word of the property ranked stands in its sentence
//     (rank_properties: hard, harder, durable, kov-, 硬; and the nouns
//     of hardness and its scale, hardness_nouns: hardness, Mohs, Härte,
//     dureza, kovuus, 경도, 硬度, which numbers.go also reads as making
//     the number they govern a hardness rather than a count);
//   - no word of setting or verb of the piece stands in the sentence
//     ("set with diamonds, second to none in hardness" is the piece's),
//     and no number counts the stone;
//   - every stone of the product is natural or lab-grown (a mineral,
//     16 CFR 23.25(c)) or a cultured pearl with no origin given (an
//     organic gem, no imitation: 16 CFR 23.19; #13, compare32: "Kun
//     diamant er hårdere end safir" on Akoya pearls and sapphires): a
//     simulant ranked beside diamond ("after diamond, the hardest" on
//     cubic zirconia, which is not) is still checked; or, on a piece
//     that also has a simulant, the ranking's subject is named and is one
//     of the product's natural or lab-grown stones (naturalRanked: "Sapphire
//     is the hardest gem after diamond" on sapphires and cubic zirconia;
//     #13, diamondstandard33).
type rankFile struct {
	RankBefore     []string `yaml:"rank_before"`
	RankAfter      []string `yaml:"rank_after"`
	RankOnlyBefore []string `yaml:"rank_only_before"`
	RankOnlyAfter  []string `yaml:"rank_only_after"`
	RankProperties []string `yaml:"rank_properties"`
	HardnessNouns  []string `yaml:"hardness_nouns"`
}

type rankData struct {
	rankBefore, rankAfter, rankOnlyBefore, rankOnlyAfter, rankProps wordList
	// hardness are the nouns of hardness and of its scale alone
	// (hardness_nouns), also words of the property ranked.
	hardness wordList
}

func compileRank(f rankFile) rankData {
	return rankData{rankBefore: compileWordList(f.RankBefore), rankAfter: compileWordList(f.RankAfter),
		rankOnlyBefore: compileWordList(f.RankOnlyBefore), rankOnlyAfter: compileWordList(f.RankOnlyAfter),
		rankProps: compileWordList(append(slices.Clone(f.RankProperties), f.HardnessNouns...)),
		hardness:  compileWordList(f.HardnessNouns)}
}

// rankAfterGap is how many tokens a marker of rank after the stone may
// span (Japanese に次いで, a character a token).
const rankAfterGap = 5

// rankStandard reports whether the stone m, one the product lacks, is the
// standard a marker of rank sets the piece's stone below, by the rules
// above.
func (c *checker) rankStandard(m match) bool {
	d := &c.lx.rankData
	if m.negated || m.f.kind != kindStone || d.rankProps.empty() || contains(c.facts.stones, m.f.value) || !c.noSimulantStone() && !c.naturalRanked(m) {
		return false
	}
	var clause bool
	switch {
	case c.rankBeforeAt(m, d.rankBefore) || c.rankAfterAt(m, d.rankAfter):
	case c.rankBeforeAt(m, d.rankOnlyBefore) || c.rankAfterAt(m, d.rankOnlyAfter):
		clause = true
	default:
		return false
	}
	if m.ti > 0 && !c.toks[m.ti].brk && c.numberToken(m.ti-1) {
		return false
	}
	s, e := c.sentenceOf(m.ti)
	pe := e // the last token read for a word of the piece
	if !c.noSimulantStone() {
		// The natural stone ranked (naturalRanked): a later clause whose
		// subject is another stone ("mientras que la circonita es un
		// cristal creado en laboratorio", "while cubic zirconia is a
		// crystal made in the laboratory") has its own verbs.
		pe = c.stoneClauseBefore(m.tj, e)
	}
	prop := false
	for k := s; k <= e; k++ {
		if k >= m.ti && k <= m.tj {
			continue
		}
		lx := c.lx
		if k <= pe && (lx.settingWords.at(c.toks, k) || c.pieceVerbAt(k)) {
			return false
		}
		if !prop && d.rankProps.at(c.toks, k) && (!clause || c.sameClause(min(k, m.ti), max(k, m.tj))) {
			prop = true
		}
	}
	return prop
}

// rankBeforeAt reports whether a word of w ends right before the stone m
// in its clause, at most a determiner between.
func (c *checker) rankBeforeAt(m match, w wordList) bool {
	if w.empty() {
		return false
	}
	k := m.ti - 1
	if k >= 0 && !c.toks[k+1].brk && c.lx.determiners[c.toks[k].s] && !w.at(c.toks, k) {
		k--
	}
	return k >= 0 && !c.toks[k+1].brk && w.at(c.toks, k)
}

// rankAfterAt reports whether a word of w starts right after the stone m
// in its clause.
func (c *checker) rankAfterAt(m match, w wordList) bool {
	if w.empty() {
		return false
	}
	for e := m.tj + 1; e < len(c.toks) && e <= m.tj+rankAfterGap; e++ {
		if c.toks[e].brk || c.toks[e].sbrk {
			return false
		}
		if w.span(c.toks, e) == m.tj+1 {
			return true
		}
	}
	return false
}

// noSimulantStone reports whether the product has stones and each is
// natural or lab-grown, or a cultured pearl (its type implies "cultured
// pearl": Akoya, Tahitian, South Sea, cultured freshwater; 16 CFR 23.19)
// with no origin given: no simulant a ranking beside diamond could
// flatter.
func (c *checker) noSimulantStone() bool {
	for i, st := range c.p.Stones {
		if st.Origin == core.OriginNatural || st.Origin == core.OriginLabGrown {
			continue
		}
		if st.Origin == "" && i < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[i].types, "cultured pearl") {
			continue
		}
		return false
	}
	return len(c.p.Stones) > 0
}

// naturalRanked reports whether the stone m, the standard of a ranking or
// a comparison, has one of the product's natural or lab-grown stones as
// the only stone the sentence names before it, and no stone after it in
// its clause: "Sapphire is the hardest gem in jewellery after diamond", "El
// zafiro es, después del diamante, la gema más dura", 藍寶石的硬度僅次於鑽石
// on natural sapphires beside cubic zirconia (#13, diamondstandard33;
// probe 31C's P31C104). The sentence then ranks the natural stone, a fact
// of mineralogy (Mohs: corundum 9, diamond 10; GIA, "Mohs scale of
// hardness"), and names no stone of the piece diamond. The simulant ranked
// or compared ("Cubic zirconia is second only to diamond", "Sapphire and
// cubic zirconia are the hardest after diamond", "After diamond, cubic
// zirconia is the hardest") and a subject not named ("It is the hardest gem
// after diamond") stay checked: the FTC Jewelry Guides forbid describing a
// simulant as diamond, directly or by implication (16 CFR 23.12(b),
// 23.25). Generic stone nouns (gem, Schmuckstein) name no stone.
func (c *checker) naturalRanked(m match) bool {
	s, e := c.sentenceOf(m.ti)
	end := c.clauseEnd(m.tj, e)
	natural := false
	for _, n := range c.ms {
		if n.ti < s || n.ti >= m.ti && n.tj <= m.tj || n.f.kind != kindStone {
			continue
		}
		if n.ti > end {
			break
		}
		if n.ti > m.tj || n.negated || !c.naturalStone(n.f.value) {
			return false
		}
		natural = true
	}
	return natural
}

// naturalStone reports whether the stone value v is one of the product's
// stones and each stone of the product it names is natural or lab-grown.
func (c *checker) naturalStone(v string) bool {
	found := false
	for i, st := range c.p.Stones {
		if i >= len(c.facts.stoneInfo) || !contains(c.facts.stoneInfo[i].types, v) {
			continue
		}
		if st.Origin != core.OriginNatural && st.Origin != core.OriginLabGrown {
			return false
		}
		found = true
	}
	return found
}

// clauseEnd is the last token of token k's clause, at most e.
func (c *checker) clauseEnd(k, e int) int {
	for k < e && !c.toks[k+1].brk {
		k++
	}
	return k
}

// stoneClauseBefore is the last token before the first clause after token
// k, up to e, that opens with a stone (at most three words before it:
// "while cubic zirconia", "mientras que la circonita"), or e.
func (c *checker) stoneClauseBefore(k, e int) int {
	for j := k + 1; j <= e; j++ {
		if !c.toks[j].brk {
			continue
		}
		for _, n := range c.ms {
			if n.ti >= j && n.ti <= j+3 && n.ti <= e && n.f.kind == kindStone && c.sameClause(j, n.ti) {
				return j - 1
			}
		}
	}
	return e
}
