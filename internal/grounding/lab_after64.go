package grounding

import (
	"fmt"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// A natural stone called lab-grown by a qualifier said after its name
// (#13, lab64; held-out 63B pt-BR 63B03-2 "as pedras destes brincos foram
// cultivadas em laboratório" on two natural jeremejevites). lab_origin63.go
// reads the qualifier before the stone only; the languages that put an
// adjective or a participle after the noun, and every language's
// predicate, say it after: "topaze de synthèse", "topacio creado en
// laboratorio", "topazio sintetico", "توباز صناعي", "a topaz grown in a
// lab", "Der Topas wurde im Labor gezüchtet", "topaasi on laboratoriossa
// kasvatettu", "topaz laboratuvarda üretilmiştir", "トパーズはラボで育成",
// "토파즈는 실험실에서 합성되었습니다", "托帕石是实验室培育的". Each calls a natural
// stone laboratory-made: a misdescription of its origin (FTC Jewelry
// Guides 16 CFR 23.23(c) and 23.25; CIBJO Gemstone Book: "synthetic" and
// its synonyms name a laboratory-created product only).
//
// The qualifiers are the language's lab_grown_after (vocab.yaml): the
// participles and predicative forms, not the bare nouns of a laboratory
// ("a topaz with a laboratory report" is no origin). One stands within
// labAfterReach tokens after the product's own natural stone, or after a
// stone noun of the piece on a piece whose stones are all natural ("as
// pedras destes brincos foram cultivadas"; a bare "une pierre de
// synthèse" may be any stone's), in its clause (a break right after the
// stone only before an apposition or a relative clause: "einen Topas, der
// im Labor gezüchtet wurde"), with no other stone, material, number,
// negator or word of comparison between. Left alone: a qualifier that another stone or
// material follows (it is that one's: "쿤자이트를 랩그로운 다이아몬드", held-out
// 47A ko-KR 47A103), a stone in the arm of a contrast opened earlier in
// its sentence with no word of the piece between ("A differenza di molti
// zaffiri blu … e dello spinello sintetico prodotto fin dai primi del
// Novecento, questo spinello è naturale", held-out 52A it-IT 52A103-2),
// pieces with a lab-grown stone and pearls (lab_origin63.go).

type lab64File struct {
	// LabGrownAfter are the lab-grown qualifiers said after the stone's
	// name, attributive or predicative ("grown in a lab", "de synthèse",
	// "cultivadas em laboratório", "synthetisch").
	LabGrownAfter []string `yaml:"lab_grown_after"`
}

type lab64Data struct {
	labGrownAfter phrases
}

// labAfterReach is how many tokens may stand between the stone and the
// qualifier after it (labAfterReachChars where a token is a character);
// labAfterLongest is the most tokens a qualifier spans.
const (
	labAfterReach      = 5
	labAfterReachChars = 8
	labAfterLongest    = 8
)

// labOriginAfterNatural adds a block where the stone or stone noun m,
// the product's own natural stones, has a lab-grown qualifier after it
// (the rule above).
func (c *checker) labOriginAfterNatural(m match) {
	if c.lx.labGrownAfter.size() == 0 || m.negated || hasLabStone(c.p) {
		return
	}
	switch m.f.kind {
	case kindStone:
		if !contains(c.facts.stones, m.f.value) || strings.Contains(m.f.value, "pearl") || !c.labOriginNatural(m.f.value) {
			return
		}
	case kindStoneNoun:
		if !c.allStonesNatural() || !c.pieceStoneNoun(m) {
			return
		}
	default:
		return
	}
	q, e := c.labOriginAfter(m)
	if q < 0 || c.labAfterContrast(m) {
		return
	}
	c.add(RuleStone, core.SeverityBlock, m, fmt.Sprintf("calls %q lab-grown (%q after it); the product's stone is natural: %s", c.surface(m.start, m.end), c.surface(c.toks[q].start, c.toks[e].end), c.stonesText()))
}

// allStonesNatural reports whether the product has stones, none a pearl,
// and every one natural or of unstated origin.
func (c *checker) allStonesNatural() bool {
	for _, st := range c.p.Stones {
		if st.Origin != "" && st.Origin != core.OriginNatural || isLabType(st.Type) || strings.Contains(strings.ToLower(st.Type), "pearl") {
			return false
		}
	}
	return len(c.p.Stones) > 0
}

// labOriginAfter returns the first and last token of a lab_grown_after
// qualifier after m in reach (see labOriginOfNatural's rule), or -1, -1.
func (c *checker) labOriginAfter(m match) (int, int) {
	reach := labAfterReach
	if c.charTokens() {
		reach = labAfterReachChars
	}
	for j := m.tj + 1; j < len(c.toks) && j <= m.tj+1+reach; j++ {
		t := c.toks[j]
		if t.sbrk || t.brk && j > m.tj+1 {
			return -1, -1
		}
		e := c.labAfterSpan(j)
		if t.brk && e < 0 && !c.lx.relPronouns.endsAt(c.toks, j) {
			// After a break only an apposition ("la topaze, créée en
			// laboratoire") or a relative clause ("einen Topas, der im
			// Labor gezüchtet wurde") is the stone's: "천연 다이아몬드로,
			// 실험실에서 방사선 처리를 거쳐" opens another clause.
			return -1, -1
		}
		if e >= 0 {
			if c.labAfterOfOther(e) {
				return -1, -1
			}
			return j, e
		}
		if c.lx.negators.endsAt(c.toks, j) || c.lx.contrastData.before.at(c.toks, j) || c.thanMarkAt(j) || c.phraseEndsAt(c.lx.likeBefore, nil, j) > 0 {
			return -1, -1
		}
		if i := c.matchAt(j); i >= 0 {
			o := c.ms[i]
			if o.f.kind != kindColour && o.f.kind != kindCategory && o.f.kind != kindIgnore {
				return -1, -1
			}
			j = max(j, o.tj)
		}
	}
	return -1, -1
}

// labAfterSpan returns the last token of a lab_grown_after qualifier
// that starts at token j in its clause (the longest), or -1.
func (c *checker) labAfterSpan(j int) int {
	best := -1
	for e := j; e < len(c.toks) && e < j+labAfterLongest; e++ {
		if e > j && (c.toks[e].brk || c.toks[e].sbrk) {
			break
		}
		if c.lx.labGrownAfter.spans(c.toks, j, e) {
			best = e
		}
	}
	return best
}

// labAfterOfOther reports whether a stone, stone noun or material follows
// the qualifier ending at token e, in its clause, within one token (two
// where a token is a character): the qualifier is that one's.
func (c *checker) labAfterOfOther(e int) bool {
	n := 2
	if c.charTokens() {
		n = 3
	}
	for k := e + 1; k < len(c.toks) && k <= e+n; k++ {
		if c.toks[k].brk || c.toks[k].sbrk {
			return false
		}
		if i := c.matchAt(k); i >= 0 {
			switch c.ms[i].f.kind {
			case kindStone, kindStoneNoun, kindMaterial:
				return true
			}
		}
	}
	return false
}

// labAfterContrast reports whether a word of contrast (contrast_before:
// "unlike", "a differenza di", "im Gegensatz zu") opens an arm earlier in
// m's sentence with no word of the piece (ours, a demonstrative) between:
// the stone is the compared one, generic ("dello spinello sintetico").
func (c *checker) labAfterContrast(m match) bool {
	for j := m.ti - 1; j >= 0; j-- {
		if c.lx.ours.endsAt(c.toks, j) || c.lx.demonstr.endsAt(c.toks, j) {
			return false
		}
		if c.lx.contrastData.before.at(c.toks, j) {
			return true
		}
		if c.toks[j].sbrk {
			break
		}
	}
	return false
}

// maskedStoneAt returns the product's own stone that a keyword masked at
// token k names, read with the words from s (the words after a count)
// unmasked: a keyword of the product's ("Zuchtperlen") is masked so that
// it is never checked, but a count before it counts the stone it names
// (#13, lab64; released 63A de-DE 63A04-2 "reiht 72
// Süßwasser-Zuchtperlen" with the keyword "Zuchtperlen").
func (c *checker) maskedStoneAt(s, k int) (match, bool) {
	if !c.stoneNameAt(k) || s > k {
		return match{}, false
	}
	seg := make([]token, k-s+1)
	copy(seg, c.toks[s:k+1])
	for i := range seg {
		seg[i].masked = false
	}
	for _, o := range c.lx.scan(seg, nil) {
		if o.tj == len(seg)-1 && o.f.kind == kindStone && !o.negated && contains(c.facts.stones, o.f.value) {
			o.ti, o.tj = o.ti+s, o.tj+s
			return o, true
		}
	}
	return match{}, false
}

// stoneColourMaterial reports whether the material match at index i is
// one of the product's stones' colours ("bronze", "gold", "silver" pearls)
// and a stone follows it in its clause, only colours between: the metal
// word is the stones' colour, not a material of the piece.
func (c *checker) stoneColourMaterial(i int) bool {
	m := c.ms[i]
	own := false
	for _, st := range c.p.Stones {
		if strings.EqualFold(strings.TrimSpace(st.Colour), m.f.value) {
			own = true
		}
	}
	if !own {
		return false
	}
	for j := i + 1; j < len(c.ms) && j <= i+2; j++ {
		o := c.ms[j]
		if c.toks[o.ti].brk {
			return false
		}
		switch o.f.kind {
		case kindStone, kindStoneNoun:
			return true
		case kindColour:
			continue
		}
		return false
	}
	return false
}

// pearlWordStone returns the pearl stone form of the one-word match sm
// where an ignored look-alike took the word: French "perlé{,e,s,es}"
// (pearly) folds to "perle{,s}", and the look-alike, listed first, hides
// the pearls ("deux perles sont suspendues à chaque crochet"; #13, lab64).
// Only on a piece with pearls and no beads, where a pearl word (the
// pack's bead_words) after a count counts the piece's pearls; elsewhere
// the word stays a bead's as often as a pearl's. nil where none.
func (c *checker) pearlWordStone(sm match) *form {
	if sm.f.kind != kindIgnore || sm.ti != sm.tj || c.facts.beads || !c.lx.beadWords[c.toks[sm.ti].s] {
		return nil
	}
	pearls := false
	for _, st := range c.p.Stones {
		pearls = pearls || strings.Contains(strings.ToLower(st.Type), "pearl")
	}
	if !pearls {
		return nil
	}
	for _, f := range c.lx.root.child(c.toks[sm.ti].s).forms() {
		if f.kind == kindStone && strings.Contains(f.value, "pearl") {
			return f
		}
	}
	return nil
}

// pieceStoneNoun reports whether the stone noun m names the piece's
// stones: a demonstrative or a word of ours right before it ("ces
// pierres", "our stones"), or the piece's category word in its phrase
// after it before the next verb ("as pedras destes brincos"). A bare
// stone noun ("l'oxyde de zirconium, une pierre de synthèse") may name
// any stone (#13, lab64: probe 58D fr-FR 58D02-3).
func (c *checker) pieceStoneNoun(m match) bool {
	for j := m.ti - 1; j >= 0 && j >= m.ti-2; j-- {
		if c.lx.ours.endsAt(c.toks, j) || c.lx.demonstr.endsAt(c.toks, j) {
			return true
		}
		if c.toks[j+1].brk {
			break
		}
	}
	for j := m.tj + 1; j < len(c.toks) && j <= m.tj+3; j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			return false
		}
		if i := c.matchAt(j); i >= 0 && c.ms[i].f.kind == kindCategory && !c.ms[i].negated {
			return true
		}
	}
	return false
}
