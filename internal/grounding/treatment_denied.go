package grounding

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone's treatment denied (#13, treat45). The product data disclose a
// stone's treatment (stones[].treatment: "dyed", "heated", "irradiated and
// heated", "resin-stabilised", "lead glass-filled"), and copy that says
// the opposite ("The bamboo coral is untreated", "Die Perlen sind nicht
// gefärbt", "Perlerne er naturligt lyserøde og aldrig farvet", "its colour
// is entirely natural", "100% natural, unheated sapphire") is untrue: the
// FTC Jewelry Guides (16 CFR 23.22) require a treatment to be disclosed,
// and a denial contradicts it. It blocks in category grounding.
//
// The words are each pack's (vocab.yaml, one place per language):
//
//   - treatment_words: the words that name a treatment done, by the
//     treatment's key (canon stone_treatments: dyed, heated, irradiated,
//     oiled, stabilised, coated, filled, diffused, bleached, waxed,
//     impregnated; "any" for treated, enhanced): "dyed", "heat-treated",
//     "gefärbt", "teinté", "染色". Negated by a word of
//     treatment_negators at most three words before it in its clause
//     ("not dyed", "nie gefärbt", "aldrig farvet", "n'est pas teinté"),
//     with no word of negation_breaks between ("not dyed but heated"), or
//     by one of treatment_negators_after right after it (Korean "염색하지
//     않은", Turkish "boyalı değil"), it denies that treatment; said
//     plainly it discloses it.
//   - treatment_denials: the words that deny one by themselves, by key:
//     "untreated", "unenhanced", "no treatment", "as nature made it"
//     (any), "natural colour", "its colour is natural" (colour: the
//     canon's colour_treatments, a dye, heat, irradiation, a coating,
//     diffusion or bleaching), "undyed", "unheated", "ungefärbt", "未染色",
//     "非加熱".
//     Keys may also name a group of canon treatment_groups: "whole" (a
//     stone "cut from a single piece", "uit één stuk", "取自一整塊": pressed
//     amber, an assembled doublet) and "surface" ("colour all the way
//     through", "durchgefärbt": a diffusion or a coating). The stone shown
//     as found ("exactly as it was found", "so, wie er gefunden wurde",
//     "tal como saiu da terra", "straight from the mine") denies any
//     treatment; the colour it grew with ("the red it grew with", "con el
//     que creció", "qu'elle avait en grandissant") or owed to nature a
//     colour treatment; "owes nothing to heat" the heating (#13, treat46).
//     An entry "head … tail" allows up to gapWords words of its clause
//     between ("debe … a la naturaleza": "debe su azul intenso a la
//     naturaleza"); an entry "… tail" of a colour key opens on a colour
//     word or noun at most gapWords words before the tail ("… on täysin
//     luonnon omaa": "syvä sininen on täysin luonnon omaa", the deep blue
//     is entirely nature's own; #13, claims53).
//   - natural_colour_words: the adverbs of a colour by nature ("naturally
//     pink", "naturligt lyserøde", "von Natur aus rosa"): right before a
//     colour of the treated stone they deny a colour treatment (another
//     colour is the material's before its treatment: "von Natur aus weiß"
//     of a howlite dyed blue), unless a stone follows the colour ("en
//     naturlig blå safir": the natural blue sapphire, its origin). "Natural" alone is the stone's
//     origin against lab-grown ("a natural sapphire, heated to deepen its
//     colour") and denies nothing.
//
// A denial of treatment in general blocks where a stone it is about has
// any treatment, one of a colour where it has a colour treatment, one of
// a treatment ("not dyed", "unheated") only where the stone has that one:
// "unheated" on a dyed stone is true and passes. Which stone it is about
// is read with the scope machinery: the nearest stone of its clause (else
// before it in its sentence), in the product's scope (scopeOf: not
// another piece's, a look-alike's or a compared thing's; a product stone
// before its colour noun, "Safirin mavisi", is the stone), whose product
// stones are those the data give its value, past a material the piece is
// not made of and the stone's own crystal ("kristaline giren titanyum ve
// demirden gelen doğal rengidir": the metals inside the sapphire); a bead word of the piece's
// beads ("Die Perlen" after "Perlen aus Bambuskoralle") or no stone at
// all is the piece's stones in general; a colour named nearest the
// denial in its clause picks the stones of that colour ("cuentas de
// howlita blanca en su color natural" beside a blue howlite dyed), and a
// natural colour that is no treated stone's colour is the material's
// before its treatment. "The diamonds are untreated; the coral is dyed"
// on untreated diamonds and dyed coral passes; so do a metal said
// untreated and a sentence about another mineral (nickname_denials: "ett
// helt annat mineral"). A denial in the arm of a contrast ("Unlike
// untreated coral, this coral is dyed", contrast_before) is the compared
// thing's, unless ours or a demonstrative names the piece between ("Unlike
// most sapphires this one is untreated"); so is one in the standard of a comparison
// ("more fragile than an untreated sapphire"; treatment_compared56.go). A disclosure of the same treatment explains the denial: in its
// own clause ("heated to deepen its natural colour"); in another clause
// of its sentence or the next that names the piece by ours or a
// demonstrative where the denying one does not ("Natural turquoise is
// rarely used untreated; ours is stabilised"); or, for a natural colour,
// in a later clause that names the piece's stone or beads where the
// denying one names none ("Den naturlige farve er cremehvid, og perlerne
// er farvet").
//
// A denial that is not said of this stone's present state discloses (#13,
// treat51, probe 51C/51D): negated ("it is not an untreated stone", "nicht
// die natürliche Farbe des Steins", "並非未經處理", "doğal rengi değildir";
// denial_voiders up to voidWords words before it in its clause, or
// denial_voiders_after right after it, unless it opens on a negative
// quantifier of denial_concord that the negation agrees with: "non ha
// subito nessun trattamento", "δεν έχει υποστεί καμία επεξεργασία");
// hypothetical (a word of treatment_hypothetical in its clause, or in the
// next where the denial stands alone before it: "the untreated stone would
// be pale", "Unheated, the stone would be brown"); or said of the rough
// (rough_words in its clause: "the rough was untreated when it was
// mined"). A clause that names the piece by ours or a demonstrative keeps
// a hypothetical or rough denial ("This untreated ruby would make a lovely
// gift"). The FTC Jewelry Guides (16 CFR 23.22) ask that the treatment be
// disclosed; these sentences disclose it.
//
// The matrix of treatments by denial forms in the 19 languages (#13,
// treat62) adds: a colour entry "head … tail" whose head holds the colour
// noun ("Farbe des … ist natürlich", "χρώμα του … είναι φυσικό": the colour
// of the sapphire is natural); a denial that opens on the clause's verb
// after a contrast's compared noun ("Anders als die meisten Saphire ist
// seine Farbe vollkommen natürlich") or a piece pronoun right after it
// ("… szafirów jego kolor jest …") is the piece's, the generic quantifier
// of that noun no sign of stones in general; a denial that opens its
// sentence on the copula is a question ("Ist seine Farbe natürlich?") and
// denies nothing; and the filler or agent of the stone's own treatment
// (canon treatment_materials: "camla doldurulmamıştır", "樹脂で安定化されて
// いません") is not what the denial is said of.
type treatmentFile struct {
	TreatmentWords         map[string][]string `yaml:"treatment_words"`
	TreatmentDenials       map[string][]string `yaml:"treatment_denials"`
	TreatmentNegators      []string            `yaml:"treatment_negators"`
	TreatmentNegatorsAfter []string            `yaml:"treatment_negators_after"`
	NaturalColourWords     []string            `yaml:"natural_colour_words"`
	DenialVoiders          []string            `yaml:"denial_voiders"`
	DenialVoidersAfter     []string            `yaml:"denial_voiders_after"`
	DenialConcord          []string            `yaml:"denial_concord"`
	TreatmentHypothetical  []string            `yaml:"treatment_hypothetical"`
	// DenialDeterminers are the determiners of "any" and "no" a denial
	// may hold between its words ("without any dyeing", "ohne jede
	// Färbung", "bez żadnego barwienia"; denialView).
	DenialDeterminers []string `yaml:"denial_determiners"`
}

// treatmentList is one treatment's words.
type treatmentList struct {
	key   string
	words wordList
	gaps  []gapPhrase
}

// gapPhrase is an entry "head … tail" of a treatment list: the head's
// words, then at most gapWords other words of the same clause, then the
// tail's ("debe … a la naturaleza": "debe su azul intenso a la
// naturaleza"; #13, treat46).
type gapPhrase struct {
	head, tail wordList
	// colour: the gap must name a colour (a colour word or noun) as a
	// colour denial does: "owes its fire to nature and its pink to heat"
	// owes no colour to nature (#13, adv46b).
	colour bool
	// lead: an entry "… tail" has no head: a colour word or noun at most
	// gapWords words before the tail in its clause opens the phrase, the
	// colour named by its own word said to be nature's ("Sormuksemme
	// kiven syvä sininen on täysin luonnon omaa", the deep blue is
	// entirely nature's own; "its deep blue is nature's own"): a colour
	// denial whose subject is the colour itself, not the word "colour"
	// (#13, claims53: probe 53C fi-FI 53C101-2). A tail with no colour
	// before it ("the banding is nature's own") denies nothing.
	lead bool
}

// gapWords is the most words a gapPhrase's gap holds.
const gapWords = 5

// span is the first token of the gap phrase that ends at token k, or -1.
func (g gapPhrase) span(c *checker, k int) int {
	t := g.tail.span(c.toks, k)
	if t < 0 {
		return -1
	}
	for j := t - 1; j >= 0 && j >= t-1-gapWords; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return -1
		}
		if g.lead {
			if c.gapColourIn(j, j) {
				return j
			}
			continue
		}
		if a := g.head.span(c.toks, j); a >= 0 {
			// The colour may be the head's own noun: "Farbe des … ist
			// natürlich", "couleur du … est naturelle", "χρώμα του …
			// είναι φυσικό" (the colour of the sapphire is natural; #13,
			// treat62).
			if g.colour && !c.gapColourIn(j+1, t-1) && !c.gapColourIn(a, j) {
				return -1
			}
			return a
		}
	}
	return -1
}

// gapColourIn reports whether tokens a..b hold a colour fact or a colour
// noun (colour_nouns).
func (c *checker) gapColourIn(a, b int) bool {
	for k := a; k <= b; k++ {
		if c.kindTokenAt(k, kindColour) || c.lx.colourNouns.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

type treatmentData struct {
	treatWords    []treatmentList // treatment_words, by key in order
	treatDenials  []treatmentList // treatment_denials, by key in order
	treatNeg      wordList        // treatment_negators
	treatNegAfter wordList        // treatment_negators_after
	naturalColour wordList        // natural_colour_words
	voiders       wordList        // denial_voiders
	voidersAfter  wordList        // denial_voiders_after
	concord       wordList        // denial_concord
	hypothetical  wordList        // treatment_hypothetical
	denialDets    wordList        // denial_determiners
}

// voidWords is the most words between a word of denial_voiders and the
// denial it negates ("not the stone's natural colour": not, the, stone,
// s); voidAfterWords the most between the denial and a word of
// denial_voiders_after ("天然の色ではありません", "doğal rengi değildir").
const (
	voidWords      = 4
	voidAfterWords = 2
)

// treatAny and treatColour are the keys of a denial of every treatment and
// of every colour treatment.
const (
	treatAny    = "any"
	treatColour = "colour"
)

func compileTreatmentLists(m map[string][]string) []treatmentList {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]treatmentList, 0, len(keys))
	for _, k := range keys {
		var plain []string
		var gaps []gapPhrase
		for _, e := range m[k] {
			if t, ok := strings.CutPrefix(e, "… "); ok {
				gaps = append(gaps, gapPhrase{head: compileWordList(nil), tail: compileWordList([]string{t}), colour: true, lead: true})
				continue
			}
			if h, t, ok := strings.Cut(e, " … "); ok {
				gaps = append(gaps, gapPhrase{head: compileWordList([]string{h}), tail: compileWordList([]string{t}), colour: k == treatColour})
				continue
			}
			plain = append(plain, e)
		}
		out = append(out, treatmentList{key: k, words: compileWordList(plain), gaps: gaps})
	}
	return out
}

func compileTreatment(f treatmentFile) treatmentData {
	return treatmentData{treatWords: compileTreatmentLists(f.TreatmentWords), treatDenials: compileTreatmentLists(f.TreatmentDenials),
		treatNeg: compileWordList(f.TreatmentNegators), treatNegAfter: compileWordList(f.TreatmentNegatorsAfter),
		naturalColour: compileWordList(f.NaturalColourWords), voiders: compileWordList(f.DenialVoiders),
		voidersAfter: compileWordList(f.DenialVoidersAfter), concord: compileWordList(f.DenialConcord),
		hypothetical: compileWordList(f.TreatmentHypothetical), denialDets: compileWordList(f.DenialDeterminers)}
}

// treatHit is a word of treatment in the copy: tokens a..b, its key, and
// whether it denies the treatment (else it discloses it).
type treatHit struct {
	key    string
	a, b   int
	denied bool
	// negWord: a word of treatment_words negated ("not heated"), not a
	// denial by itself ("from a single block")
	negWord bool
}

// stoneTreatments are the treatment keys (canon stone_treatments) the
// data of the product's stone i name.
func (c *checker) stoneTreatments(i int) []string {
	t := strings.ToLower(c.p.Stones[i].Treatment)
	if strings.TrimSpace(t) == "" {
		return nil
	}
	words := " " + strings.Join(strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	has := func(forms []string) bool {
		for _, f := range forms {
			fw := strings.Join(strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }), " ")
			if fw != "" && strings.Contains(words, " "+fw+" ") {
				return true
			}
		}
		return false
	}
	var out []string
	for key, forms := range c.cn.StoneTreatments {
		if has(forms) {
			out = append(out, key)
		}
	}
	if len(out) == 0 && has(c.cn.TreatmentGeneric) && !has(c.cn.TreatmentNone) {
		out = append(out, otherTreatment) // "treated", "sugar-acid treatment"
	}
	sort.Strings(out)
	return out
}

// otherTreatment is the treatment of a stone whose data say it is treated
// without naming a treatment the canon knows (treatment_generic): only a
// denial of every treatment covers it.
const otherTreatment = "other"

// treatmentCovers are the treatments of ts a word of key denies or
// discloses.
func (c *checker) treatmentCovers(key string, ts []string) []string {
	var out []string
	for _, t := range ts {
		if key == treatAny || key == t || key == treatColour && contains(c.cn.ColourTreatments, t) || contains(c.cn.TreatmentGroups[key], t) {
			out = append(out, t)
		}
	}
	return out
}

// treatmentHits are the copy's words of treatment, the longest at each
// place.
func (c *checker) treatmentHits() []treatHit {
	d := &c.lx.treatmentData
	var hits []treatHit
	for k := range c.toks {
		best := treatHit{a: -1}
		for _, l := range d.treatDenials {
			if a := l.words.span(c.toks, k); a >= 0 && (best.a < 0 || a < best.a) {
				best = treatHit{key: l.key, a: a, b: k, denied: true}
			}
			for _, g := range l.gaps {
				if a := g.span(c, k); a >= 0 && (best.a < 0 || a < best.a) {
					best = treatHit{key: l.key, a: a, b: k, denied: true}
				}
			}
		}
		for _, l := range d.treatWords {
			if a := l.words.span(c.toks, k); a >= 0 && (best.a < 0 || a < best.a) {
				neg := c.treatmentNegated(a, k)
				best = treatHit{key: l.key, a: a, b: k, denied: neg, negWord: neg}
			}
		}
		if a := d.naturalColour.span(c.toks, k); a >= 0 && k+1 < len(c.toks) && !c.toks[k+1].brk && !c.toks[k+1].sbrk {
			for _, m := range c.ms {
				// Not before the stone it qualifies: "en naturlig blå
				// safir" is the natural (not lab-grown) blue sapphire.
				if m.ti == k+1 && m.f.kind == kindColour && c.treatedColour(m.f.value) && !c.stoneStartsAt(m.tj+1) {
					best = treatHit{key: treatColour, a: a, b: m.tj, denied: true}
					break
				}
			}
		}
		if best.a >= 0 {
			hits = append(hits, best)
		}
	}
	if more := c.denialView(); len(more) > 0 {
		hits = append(hits, more...)
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].b < hits[j].b || hits[i].b == hits[j].b && hits[i].a < hits[j].a })
	}
	// A word inside a longer one that ends later is the longer one's.
	out := hits[:0]
	for i, h := range hits {
		inside := false
		for j, o := range hits {
			if j != i && o.a <= h.a && o.b > h.b {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, h)
		}
	}
	// A word of treatment joined to a negated one by a conjunction or a
	// negator shares its negation, up to three words between ("has not
	// been heated or treated in any way", "weder erhitzt noch auf andere
	// Weise behandelt"): the bare "treated" read as a disclosure
	// explained the denial of heat (#13, treat48: probe 48C en-GB
	// 48C101-2).
	for i := 1; i < len(out); i++ {
		p, h := out[i-1], &out[i]
		if h.denied || !p.negWord || p.b+1 >= h.a || h.a-p.b > treatJoinWords+1 {
			continue
		}
		joined := c.conjAt(p.b+1) || c.lx.treatmentData.treatNeg.at(c.toks, p.b+1)
		for j := p.b + 1; j <= h.a && joined; j++ {
			if c.toks[j].brk || c.toks[j].sbrk || c.lx.negBreak[c.toks[j].s] {
				joined = false
			}
		}
		h.denied, h.negWord = joined, joined
	}
	// A denial negated is no denial ("not an untreated stone", "nicht
	// die natürliche Farbe"): it says the stone is treated.
	kept := out[:0]
	for _, h := range out {
		if h.denied && !h.negWord && c.denialVoided(h, out) {
			continue
		}
		if h.denied && !h.negWord && (h.a == 0 || c.toks[h.a].sbrk) && c.isCopula(h.a) {
			// A denial that opens its sentence on the copula asks
			// ("Ist seine Farbe natürlich?", "Är färgen helt
			// naturlig?"): the verb-second form of a statement has a
			// word before the verb (#13, treat62).
			continue
		}
		kept = append(kept, h)
	}
	return kept
}

// denialVoided reports whether the denial h is negated: a word of
// denial_voiders at most voidWords words before it in its clause (no
// negation break, conjunction of more than one letter or other word of
// treatment between: "a" is also the Portuguese article), or one
// of denial_voiders_after at most voidAfterWords after it, unless the
// denial opens on a word of denial_concord ("nessun trattamento" after
// "non ha subito": negative concord, still a denial).
func (c *checker) denialVoided(h treatHit, hits []treatHit) bool {
	d := &c.lx.treatmentData
	if c.concordIn(h.a, h.b) {
		return false
	}
	inHit := func(k int) bool {
		for _, o := range hits {
			if o.a != h.a && k >= o.a && k <= o.b {
				return true
			}
		}
		return false
	}
	for j := h.a - 1; j >= 0 && j >= h.a-voidWords; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk || c.lx.negBreak[c.toks[j].s] || inHit(j) || j < h.a-1 && len(c.toks[j+1].s) > 1 && c.conjAt(j+1) {
			break
		}
		if d.voiders.at(c.toks, j) {
			return true
		}
	}
	for j := h.b + 1; j < len(c.toks) && j <= h.b+voidAfterWords+6; j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			break
		}
		if s := d.voidersAfter.span(c.toks, j); s > h.b && s <= h.b+1+voidAfterWords {
			return true
		}
	}
	return false
}

// concordIn reports whether a word of denial_concord inside the denial
// a..b starts at one of its first three tokens ("sin ningún
// tratamiento", "non ha subito nessun trattamento" read from "nessun").
func (c *checker) concordIn(a, b int) bool {
	d := &c.lx.treatmentData
	for k := a; k <= b && k <= a+2; k++ {
		for e := k; e <= b; e++ {
			if d.concord.span(c.toks, e) == k {
				return true
			}
		}
	}
	return false
}

// denialAside reports whether the denial h is not said of the stone's
// present state: hypothetical (treatment_hypothetical in its clause, or in
// the next where the denial's clause opens its sentence and holds at most
// two other words: "Unheated, the stone would be brown") or of the rough
// (rough_words in its clause), where its clause names the piece by no
// ours or demonstrative.
func (c *checker) denialAside(h treatHit) bool {
	d := &c.lx.treatmentData
	cs, ce := c.clauseOf(h.a)
	if c.pieceCue(cs, ce) {
		return false
	}
	has := func(w wordList, s, e int) bool {
		if w.empty() {
			return false
		}
		for k := s; k <= e; k++ {
			if (k < h.a || k > h.b) && w.at(c.toks, k) {
				return true
			}
		}
		return false
	}
	if has(d.hypothetical, cs, ce) || has(c.lx.rough, cs, ce) {
		return true
	}
	if (cs == 0 || c.toks[cs].sbrk) && ce-cs-(h.b-h.a) <= 2 && ce+1 < len(c.toks) && !c.toks[ce+1].sbrk {
		ns, ne := c.clauseOf(ce + 1)
		return has(d.hypothetical, ns, ne)
	}
	return false
}

// treatJoinWords is the most words between two words of treatment that a
// conjunction or negator joins (the first of them): "or treated", "noch
// auf andere Weise behandelt".
const treatJoinWords = 4

// treatedColour reports whether v is a colour the data give a stone of
// the product with a colour treatment: "naturally pink" of the dyed pink
// coral denies the dye, "von Natur aus weiß" of a howlite dyed blue is the
// white of the material before its dye and denies nothing (#13, probe
// 45C de-DE 45C102).
func (c *checker) treatedColour(v string) bool {
	for i := range c.p.Stones {
		if len(c.treatmentCovers(treatColour, c.stoneTreatments(i))) > 0 && c.stoneColoured(i, v) {
			return true
		}
	}
	return false
}

// stoneColoured reports whether v is the colour the data record for the
// product's stone i (its own colour, not the body colours its dye may
// also be named by: canon treatment_colours).
func (c *checker) stoneColoured(i int, v string) bool {
	var tb [8]token
	var mb [4]match
	en := mustLexicon(sourceLocale)
	for _, m := range en.scan(tokenize(c.p.Stones[i].Colour, tb[:0]), mb[:0]) {
		if !m.negated && m.f.kind == kindColour && (m.f.value == v || contains(c.cn.closure(nil, m.f.value), v) || contains(c.cn.closure(nil, v), m.f.value)) {
			return true
		}
	}
	return false
}

// nearestColour is the value of the colour named nearest the word of
// treatment h in the clause s..e (before or after it), or nil.
func (c *checker) nearestColour(s, e int, h treatHit) []string {
	best, dist := "", -1
	for _, m := range c.ms {
		if m.ti < s || m.tj > e || m.negated || m.f.kind != kindColour {
			continue
		}
		d := h.a - m.tj
		if m.ti > h.b {
			d = m.ti - h.b
		} else if m.ti >= h.a {
			d = 0
		}
		if dist < 0 || d < dist {
			best, dist = m.f.value, d
		}
	}
	if dist < 0 {
		return nil
	}
	// with the colours joined to it in one compound ("orange-red",
	// "rojo anaranjado": the orange of the carnelian; #13, treat48)
	out := []string{best}
	for _, m := range c.ms {
		if m.ti < s || m.tj > e || m.negated || m.f.kind != kindColour || m.f.value == best {
			continue
		}
		for _, o := range c.ms {
			if o.f.kind == kindColour && o.f.value == best && !o.negated && (m.ti == o.tj+1 && !c.toks[m.ti].brk || o.ti == m.tj+1 && !c.toks[o.ti].brk) && !contains(out, m.f.value) {
				out = append(out, m.f.value)
			}
		}
	}
	return out
}

// treatmentNegated reports whether the word of treatment at a..b is
// negated: a word of treatment_negators (or of denial_concord carrying
// an earlier one's negation: concordNegated) at most three words before
// it in its clause, no negation break between, or one of
// treatment_negators_after right after it.
func (c *checker) treatmentNegated(a, b int) bool {
	d := &c.lx.treatmentData
	for j := a - 1; j >= 0 && j >= a-3; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk || c.lx.negBreak[c.toks[j].s] {
			break
		}
		if d.treatNeg.at(c.toks, j) || c.concordNegated(j) {
			return true
		}
	}
	for j := b + 1; j < len(c.toks) && j <= b+2; j++ {
		if c.toks[j].brk || c.toks[j].sbrk {
			break
		}
		if d.treatNegAfter.at(c.toks, j) {
			return true
		}
	}
	return false
}

// clauseOf is the first and last token of the clause of token k.
func (c *checker) clauseOf(k int) (int, int) {
	s, e := k, k
	for s > 0 && !c.toks[s].brk && !c.toks[s].sbrk {
		s--
	}
	for e+1 < len(c.toks) && !c.toks[e+1].brk && !c.toks[e+1].sbrk {
		e++
	}
	return s, e
}

// treatmentContrastArm reports whether a word of contrast_before stands
// before token a in its clause ("Unlike untreated coral, …") with no word
// naming the piece by ours or a demonstrative between: "Anders als die
// meisten Saphire zeigt dieser Stein sein Rosa, wie er gefunden wurde"
// says it of this stone, past the compared thing (#13, treat46).
func (c *checker) treatmentContrastArm(a int) bool {
	s, _ := c.clauseOf(a)
	arm, noun, rel := false, false, false
	for j := s; j < a; j++ {
		switch {
		case c.lx.contrastData.before.at(c.toks, j):
			arm, noun, rel = true, false, false
		case !arm:
		case c.lx.ours.endsAt(c.toks, j) || c.lx.demonstr.endsAt(c.toks, j):
			arm = false
		case c.kindTokenAt(j, kindStone) || c.kindTokenAt(j, kindMaterial) || c.kindTokenAt(j, kindCategory):
			noun = true
		case noun && c.lx.relPronouns.endsAt(c.toks, j):
			rel = true
		case noun && !rel && c.isCopula(j):
			// The compared noun phrase ends at the clause's own verb:
			// "I modsætning til de fleste smaragder er de helt
			// ubehandlede", "W przeciwieństwie do większości szmaragdów
			// są całkowicie nieuszlachetniane", "Unlike most emeralds
			// they are untreated" say it of the piece's stones; a
			// relative clause of the noun ("unlike emeralds that are
			// untreated") stays the arm's (#13, claims52: probe 52D
			// da-DK 52D103).
			arm = false
		case noun && !rel && c.lx.piecePronouns.at(c.toks, j) && j > s && (c.kindTokenAt(j-1, kindStone) || c.kindTokenAt(j-1, kindMaterial)):
			// A pronoun of the piece right after the compared noun opens
			// the main clause: "W przeciwieństwie do większości szafirów
			// jego kolor jest całkowicie naturalny" (unlike most
			// sapphires, its colour is entirely natural; #13, treat62).
			arm = false
		}
	}
	// The denial itself may open on the clause's own verb, the compared
	// noun phrase ended (verb-second order: "Anders als die meisten
	// Saphire ist seine Farbe vollkommen natürlich", "Na rozdíl od
	// většiny safírů je jeho barva zcela přírodní"; #13, treat62).
	if arm && noun && !rel && c.isCopula(a) {
		arm = false
	}
	return arm
}

// pieceCue reports whether the clause s..e names the piece by ours or a
// demonstrative ("ours is stabilised", "this coral is dyed").
func (c *checker) pieceCue(s, e int) bool {
	return c.pieceCueIn(s, e, false)
}

// pieceCueIn is pieceCue; with skipBare a demonstrative that opens the
// clause as a bare pronoun subject (bareDemonstrative: "To powszechna
// metoda", "This is a common treatment") names no piece.
func (c *checker) pieceCueIn(s, e int, skipBare bool) bool {
	for j := s; j <= e; j++ {
		if c.lx.ours.endsAt(c.toks, j) {
			return true
		}
		if c.lx.demonstr.endsAt(c.toks, j) && !(skipBare && c.bareDemonstrative(j, s, e)) {
			return true
		}
	}
	return false
}

// treatmentTarget is the product's stones the denial h is about, and
// false where it is about no stone of the product (another stone, a
// metal, a compared thing).
func (c *checker) treatmentTarget(h treatHit) ([]int, bool) {
	if c.treatmentContrastArm(h.a) || c.relativeOfContrastArm(h.a) || c.denialCompared(h) {
		return nil, false // a contrast's arm, a comparison's standard (treatment_compared56.go)
	}
	cs, ce := c.clauseOf(h.a)
	ss, _ := c.sentenceOf(h.a)
	best, dist := -1, 0
	generic := false
	for i, m := range c.ms {
		if m.negated || m.ti >= h.a && m.tj <= h.b || m.f.kind != kindStone && m.f.kind != kindMaterial {
			continue
		}
		if m.ti > 0 && !c.toks[m.ti].brk && c.lx.genericQ.endsAt(c.toks, m.ti-1) {
			// "Very few rubies on the market", "Pochissimi rubini": the
			// stones in general (scopeFile.GenericQuantifiers; #13, adv47b),
			// unless they are the compared arm of a contrast before the
			// denial ("Anders als die meisten Saphire ist seine Farbe
			// vollkommen natürlich", "Na rozdíl od většiny safírů je jeho
			// barva zcela přírodní", "대부분의 사파이어와 달리": unlike most
			// sapphires, its colour is natural), which names the piece's
			// stone set against them (#13, treat62).
			if m.tj < h.a && c.genericContrasted(m, cs) {
				continue
			}
			generic = generic || m.ti >= cs && m.tj <= ce
			continue
		}
		if m.f.kind == kindStone && (c.scopes[i] == scopeInclusion || c.scopes[i] == scopeLight || m.f.value == "crystal" && c.allStonesMineral() && !contains(c.facts.stones, m.f.value)) {
			continue // the stone's crystal ("kristaline giren titanyum"), a colour of its light
		}
		if m.ti > h.b && !contains(c.facts.stones, m.f.value) && c.standardBefore(m) {
			// The standard of a comparison coordinated after the denial
			// ("Safiren er ubehandlet og hardere enn kvarts", the
			// sapphire is untreated and harder than quartz) is what the
			// subject is compared with, not what the denial is said of
			// (#13, misc57; treatment_compared56.go reads a denial inside
			// the standard's own noun phrase).
			continue
		}
		if m.f.kind == kindMaterial && !contains(c.facts.body, m.f.value) && !contains(c.facts.stones, m.f.value) && c.treatmentMaterial(m.f.value) {
			// The filler or agent of the stone's own treatment ("camla
			// doldurulmamıştır", not filled with glass; "樹脂で安定化されていません",
			// not stabilised with resin) is what the denial names as
			// absent, not the thing denied it (#13, treat62).
			continue
		}
		if m.f.kind == kindMaterial && !contains(c.facts.materials, m.f.value) && !contains(c.facts.stones, m.f.value) {
			// A material the piece is not made of names what is inside
			// its stone ("the titanium and iron in the crystal"), not the
			// thing denied a treatment (#13, treat46, probe 46D tr-TR
			// 46D104-2).
			continue
		}
		var dd int
		switch {
		case m.ti >= cs && m.tj <= ce:
			// in the clause: the nearest, before or after
			dd = h.a - m.tj
			if m.ti > h.b {
				dd = m.ti - h.b
			}
		case m.kindStoneLike(c) && m.tj < h.a && m.ti >= ss:
			// else a stone before it in its sentence, past another
			// thing's stone in an aside (treatment_aside58.go)
			if c.comparedInAside(i, m, ss, cs) {
				continue
			}
			dd = 1000 + h.a - m.tj
		default:
			continue
		}
		if best < 0 || dd < dist {
			best, dist = i, dd
		}
	}
	all := make([]int, len(c.p.Stones))
	for i := range all {
		all[i] = i
	}
	if generic && (best < 0 || dist >= 1000) {
		return nil, false // the denial's clause is about the stones in general
	}
	if best >= 0 && dist >= 1000 && (c.scopes[best] != scopeProduct && c.pieceCue(cs, h.a-1) ||
		!contains(c.facts.stones, c.ms[best].f.value) && c.pieceCueIn(c.ms[best].tj+1, cs-1, true)) {
		// No stone in the denial's clause, which names the piece by ours
		// or a demonstrative ("Aquamarine is a variety of beryl, the same
		// family as emerald, and these stones are completely untreated"):
		// the compared stone earlier in the sentence is not what it
		// denies (#13, misses49, probe 49D en-AU 49D101-2). So is a
		// stone the piece lacks (the host rock) where a clause between
		// turns from the species to the piece by a demonstrative ("التوباز معدن ... وقد احتفظ هذا
		// الحجر بلونه ... فهو لون طبيعي تمامًا لم يخضع لأي معالجة": topaz
		// is a mineral ..., this stone kept its colour ..., a wholly
		// natural colour that underwent no treatment; #13, rel60, probe
		// 60D ar-AE 60D02-2).
		best = -1
	}
	if best < 0 {
		if rest, ok := c.restStones(h, cs); ok {
			return rest, len(rest) > 0 // "Les autres pierres ne sont pas traitées" (treatment_rest68.go)
		}
		if prev, ok := c.pluralSubjectStones(ss); ok {
			return prev, true
		}
		return all, true
	}
	m := c.ms[best]
	if m.f.kind == kindMaterial && !contains(c.facts.stones, m.f.value) {
		return nil, false // a metal or another material said untreated
	}
	if m.f.kind == kindStone && (c.beadSense(m) || c.beadBackOf(best, m) || c.pearlBeadOfStone(m) || c.beadOfNoPearl(m)) {
		return all, true // the piece's beads
	}
	// A stone of the product before its colour noun is the stone
	// ("Safirin mavisi", the sapphire's blue, read as "sapphire blue").
	if c.scopes[best] != scopeProduct && !(c.scopes[best] == scopeColour && contains(c.facts.stones, m.f.value)) {
		return nil, false
	}
	var out []int
	for i := range c.p.Stones {
		if i < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[i].types, m.f.value) {
			out = append(out, i)
		}
	}
	return out, len(out) > 0
}

// beadOfNoPearl reports whether the pearl match m is the language's word
// for a pearl that also names a bead ("Perlerne", "Die Perlen") on a
// product without pearls: said untreated, it is the piece's beads, not a
// pearl the piece lacks (the stone rule judges a pearl named as one).
func (c *checker) beadOfNoPearl(m match) bool {
	return m.f.value == "pearl" && !contains(c.facts.stones, "pearl") && c.beadWordAt(m.ti)
}

// namesOwnStone reports whether the clause s..e names a stone of the
// product or its beads.
func (c *checker) namesOwnStone(s, e int) bool {
	for i, m := range c.ms {
		if m.ti < s || m.tj > e || m.negated || m.f.kind != kindStone && m.f.kind != kindMaterial {
			continue
		}
		if contains(c.facts.stones, m.f.value) || m.f.kind == kindStone && (c.beadOfNoPearl(m) || c.beadBackOf(i, m)) {
			return true
		}
	}
	if contains(c.facts.stones, "pearl") {
		return false
	}
	for k := s; k <= e; k++ {
		if c.beadWordAt(k) {
			return true // "perlerne", the piece's beads
		}
	}
	return false
}

// kindStoneLike reports whether m is a stone, or a material that is a
// stone of the product.
func (m match) kindStoneLike(c *checker) bool {
	return m.f.kind == kindStone || m.f.kind == kindMaterial && contains(c.facts.stones, m.f.value)
}

// treatmentDenied blocks a denial of a treatment the product's stone has
// (see treatmentFile).
func (c *checker) treatmentDenied() {
	treated := false
	for i := range c.p.Stones {
		if len(c.stoneTreatments(i)) > 0 {
			treated = true
			break
		}
	}
	d := &c.lx.treatmentData
	if !treated || len(d.treatDenials) == 0 && len(d.treatWords) == 0 {
		return
	}
	hits := c.treatmentHits()
	for _, h := range hits {
		if !h.denied {
			continue
		}
		stones, ok := c.treatmentTarget(h)
		if !ok || c.sentenceHolds(c.lx.nickDenials, h.a) || c.denialAside(h) {
			continue // not the product's stones, another mineral's sentence, a hypothesis or the rough
		}
		// A colour named in the denial's clause picks the stones of that
		// colour ("cuentas de howlita blanca en su color natural" beside
		// blue howlite dyed); a natural colour that is no treated stone's
		// colour is the material's before its treatment ("Den naturlige
		// farve er cremehvid" of a coral dyed pink).
		cs, ce := c.clauseOf(h.a)
		if h.key != treatColour && h.a > cs && c.untreatedColourBefore(h.a, stones) {
			continue // "Topaz is often colorless straight from the ground"
		}
		if cols := c.nearestColour(cs, ce, h); len(cols) > 0 {
			var picked []int
			for _, i := range stones {
				for _, v := range cols {
					if c.stoneColoured(i, v) {
						picked = append(picked, i)
						break
					}
				}
			}
			if len(picked) > 0 {
				stones = picked
			} else if h.key == treatColour {
				continue
			}
		}
		var denied []string
		for _, i := range stones {
			for _, t := range c.treatmentCovers(h.key, c.stoneTreatments(i)) {
				if !contains(denied, t) {
					denied = append(denied, t)
				}
			}
		}
		if len(denied) == 0 || c.treatmentExplained(h, hits, denied) {
			continue
		}
		sort.Strings(denied)
		span := match{start: c.toks[h.a].start, end: c.toks[h.b].end}
		c.add(RuleTreatment, core.SeverityBlock, span, fmt.Sprintf("denies a treatment the product's stone has: %q; the data disclose it as %s (FTC 16 CFR 23.22)",
			c.surface(span.start, span.end), strings.Join(denied, ", ")))
	}
}

// treatmentExplained reports whether the denial h, of the material in
// general, is set against the piece's own disclosed treatment in another
// clause of its sentence or the next: a word disclosing one of denied, not in a
// contrast arm, in a clause that names the piece by ours or a
// demonstrative, where h's clause does not.
func (c *checker) treatmentExplained(h treatHit, hits []treatHit, denied []string) bool {
	hs, he := c.clauseOf(h.a)
	// A disclosure of the same treatment in the denial's own clause:
	// "heated to deepen its natural colour", "Heat treatment brings out
	// the natural colour": the natural colour is what the treatment
	// brings out, not a denial of it.
	for _, o := range hits {
		if !o.denied && o.a >= hs && o.b <= he && (o.key == treatAny || len(c.treatmentCovers(o.key, denied)) > 0) && !c.treatmentContrastArm(o.a) {
			return true
		}
	}
	if c.pieceCue(hs, he) {
		return false
	}
	ss, se := c.sentenceOf(h.a)
	sentEnd := se
	if se+1 < len(c.toks) {
		// or the next sentence: a semicolon ends one
		_, se = c.sentenceOf(se + 1)
	}
	for _, o := range hits {
		if o.denied || o.a < ss || o.b > se || o.a >= hs && o.a <= he {
			continue
		}
		if o.key != treatAny && len(c.treatmentCovers(o.key, denied)) == 0 {
			continue
		}
		if c.treatmentContrastArm(o.a) {
			continue
		}
		os, oe := c.clauseOf(o.a)
		if c.disclosureNamesPiece(os, oe) {
			return true
		}
		// The natural colour of the material set against the dye of the
		// piece's stones or beads after it in its sentence ("Den
		// naturlige farve er cremehvid, og perlerne er farvet"; #13,
		// probe 44D da-DK 44D102), where the denying clause names no stone.
		if h.key == treatColour && o.a > he && o.b <= sentEnd && c.namesOwnStone(os, oe) && !c.namesOwnStone(hs, he) {
			return true
		}
	}
	return false
}

// pluralSubjectStones are the product's stones a sentence starting at
// token s that opens on a plural subject (other_subjects: "They are
// untreated", "Sie sind unbehandelt") refers to, where the sentence
// before opens on stones of the product, no category word before them
// ("The diamonds sparkle. They are untreated." of the untreated diamonds
// beside a heated sapphire; #13, treat46). A singular subject ("It is
// untreated") and a sentence before that opens on the piece ("The
// earrings hold two diamonds") stay the piece's stones in general.
func (c *checker) pluralSubjectStones(s int) ([]int, bool) {
	if s == 0 || c.lx.otherSubj.size() == 0 {
		return nil, false
	}
	opens := false
	for e := s; e < len(c.toks) && e < s+3 && (e == s || !c.toks[e].sbrk); e++ {
		if c.lx.otherSubj.spans(c.toks, s, e) {
			opens = true
			break
		}
	}
	if !opens {
		return nil, false
	}
	// A product stone set beside the subject by a likeness (like_before:
	// "They, like the sapphire, are untreated"; the stone is read as
	// within the denial) shares it: the stones in general (#13, adv46a).
	_, se := c.sentenceOf(s)
	for _, m := range c.ms {
		if m.ti >= s && m.ti <= se && m.f.kind == kindStone && contains(c.facts.stones, m.f.value) && c.likenedAt(m.ti) {
			return nil, false
		}
	}
	p, _ := c.sentenceOf(s - 1)
	var out []int
	for i, m := range c.ms {
		if m.ti < p || m.ti >= s {
			continue
		}
		if m.f.kind == kindCategory && len(out) == 0 {
			return nil, false
		}
		if m.negated || m.f.kind != kindStone || c.scopes[i] != scopeProduct {
			continue
		}
		for j := range c.p.Stones {
			if j < len(c.facts.stoneInfo) && contains(c.facts.stoneInfo[j].types, m.f.value) && !slices.Contains(out, j) {
				out = append(out, j)
			}
		}
	}
	return out, len(out) > 0
}

// likenedAt reports whether a like_before word ends one or two tokens
// before token k in its clause ("like the sapphire", "wie der Saphir").
func (c *checker) likenedAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if c.toks[j+1].brk || c.toks[j+1].sbrk {
			return false
		}
		if c.phraseEndsAt(c.lx.likeBefore, nil, j) > 0 {
			return true
		}
	}
	return false
}

// untreatedColourBefore reports whether a colour right before the denial
// at token a is no colour the data give the stones denied: the material's
// colour before its treatment ("Topaz … is often colorless straight from
// the ground" of a London blue topaz irradiated; #13, treat46, probe 37C
// en-US P37C021). A colour of the stone ("red, just as it was found")
// keeps the denial.
func (c *checker) untreatedColourBefore(a int, stones []int) bool {
	for _, m := range c.ms {
		if m.tj != a-1 || m.negated || m.f.kind != kindColour {
			continue
		}
		for _, i := range stones {
			if c.stoneColoured(i, m.f.value) {
				return false
			}
		}
		return len(stones) > 0
	}
	return false
}

// relativeOfContrastArm reports whether the clause of token a opens on a
// relative pronoun (relative_pronouns) right after a clause that is a
// contrast's arm: the relative clause is the compared thing's ("W
// przeciwieństwie do szlachetnego korala śródziemnomorskiego, który
// czerwień zawdzięcza naturze, koral bambusowy …"; #13, treat46, probe
// 44D pl-PL 44D102-2).
func (c *checker) relativeOfContrastArm(a int) bool {
	s, _ := c.clauseOf(a)
	if s == 0 || c.toks[s].sbrk || !c.toks[s].brk {
		return false
	}
	rel := false
	for j := s; j < a && j <= s+2; j++ {
		if c.lx.relPronouns.spans(c.toks, s, j) {
			rel = true
			break
		}
	}
	return rel && c.treatmentContrastArm(s-1)
}

// denialView finds the denials of treatment_denials said with a word
// inside that no entry lists: a colour word of the stone ("naturalny
// niebieski kolor", "a natural blue colour", "une couleur bleue
// naturelle", "color azul natural": the natural colour named) or a
// determiner of denial_determiners ("bez żadnego barwienia", "without any
// dyeing", "senza alcuna tintura", "uden nogen farvning"). Both leave the
// denial what it is: the entry matched over the copy's tokens with those
// words left out, where at least one was left out inside the match
// (#13, claims52: probe 52D pl-PL 52D102 "Kamień ma naturalny niebieski
// kolor, bez żadnego barwienia"). It returns the hits over the copy's own
// tokens.
func (c *checker) denialView() []treatHit {
	d := &c.lx.treatmentData
	skip := func(k int) bool {
		return c.kindTokenAt(k, kindColour) || !d.denialDets.empty() && d.denialDets.at(c.toks, k)
	}
	var view []token
	var at []int // at[i]: the copy's token of view[i]
	skipped := false
	brk, sbrk := false, false
	for k, t := range c.toks {
		if k > 0 && skip(k) && !t.sbrk && !t.brk && k+1 < len(c.toks) && !c.toks[k+1].sbrk && !c.toks[k+1].brk {
			skipped = true
			continue
		}
		t.brk, t.sbrk = t.brk || brk, t.sbrk || sbrk
		brk, sbrk = false, false
		view = append(view, t)
		at = append(at, k)
	}
	if !skipped {
		return nil
	}
	var out []treatHit
	for v := range view {
		best := treatHit{a: -1}
		for _, l := range d.treatDenials {
			if a := l.words.span(view, v); a >= 0 && a < v && at[v]-at[a] > v-a && (best.a < 0 || at[a] < best.a) {
				best = treatHit{key: l.key, a: at[a], b: at[v], denied: true}
			}
		}
		if best.a >= 0 {
			out = append(out, best)
		}
	}
	return out
}

// genericContrasted reports whether the stones in general m (after a word
// of generic_quantifiers) are the compared arm of a contrast: a word of
// contrast_before stands before them in their clause (from cs), or one of
// contrast_after follows them (Korean "사파이어와 달리"). A denial after it
// is said of the piece's own stone (#13, treat62).
func (c *checker) genericContrasted(m match, cs int) bool {
	d := &c.lx.contrastData
	for k := cs; k < m.ti; k++ {
		if !d.before.empty() && d.before.at(c.toks, k) {
			return true
		}
	}
	return c.comparedAfter(m)
}
