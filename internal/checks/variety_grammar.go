package checks

import (
	"fmt"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
)

// Grammar of another variety of the language (#13, blind set 27: pt-BR
// "Você vai curtir usar ele no dia a dia" passed on pt-PT, pt-PT "vai estar
// a usar ... de facto ... camisola" only warned on pt-BR). A construction
// one variety's grammar has and the other's has not is a marker as a word
// is (variety26), and stronger: a loanword, a quotation or a brand name
// explains a foreign word, nothing explains a foreign construction, so a
// grammar marker counts twice toward checkVariety's three (one construction
// and one word of the variety block; one construction alone only warns).
//
//   - pt-PT progressive "estar a" + infinitive ("está a brilhar", "vai
//     estar a usar") against pt-BR "estar" + gerund ("está brilhando",
//     "vai estar usando"): Cunha & Cintra, Nova Gramática do Português
//     Contemporâneo, ch. 13 (auxiliary periphrases; the gerund in Brazil,
//     "a" + infinitive in Portugal).
//   - pt-BR subject pronoun as the object of an infinitive ("usar ele",
//     "combinar ela"), Portugal's "usá-lo": Bagno, Gramática pedagógica do
//     português brasileiro, 26 (ele as accusative); Perini, Gramática do
//     português brasileiro, 7.
//   - es-ES vosotros inflections (-áis, -éis: "tenéis", "lleváis",
//     "disfrutaréis"), which American Spanish replaces by ustedes: RAE,
//     Nueva gramática de la lengua española, 4.4 and 16.1.
type grammarMarker struct {
	owner string // the variety whose grammar it is
	find  func(r *run, i int) (int, bool)
}

var varietyGrammar = map[string][]grammarMarker{
	"pt": {
		{"pt-PT", estarAInfinitive},
		{"pt-BR", estarGerund},
		{"pt-BR", infinitiveSubjectPronoun},
	},
	"es": {
		{"es-ES", vosotrosInflection},
	},
}

var ptEstar = map[string]bool{"estar": true, "estou": true, "estás": true, "está": true, "estamos": true, "estão": true,
	"estava": true, "estavas": true, "estávamos": true, "estavam": true, "esteve": true, "estive": true, "estiver": true,
	"estaria": true, "estará": true, "estarão": true, "esteja": true, "estejam": true, "estiveres": true}

// lowerWord is token i as written, lower-cased (accents kept: "está" is
// not "esta").
func (r *run) lowerWord(i int) string { return strings.ToLower(r.d.orig(i, i+1)) }

// joined reports whether tokens i and i+1 stand in one phrase: the same
// sentence, only blanks between.
func (r *run) joined(i int) bool {
	return i+1 < len(r.d.toks) && r.d.toks[i].sent == r.d.toks[i+1].sent && strings.TrimSpace(r.d.gap(i)) == ""
}

// notInfinitives end like an infinitive and are none after "a" ("está a
// par", aware).
var notInfinitives = map[string]bool{"par": true, "mar": true, "lar": true, "bar": true, "ar": true}

func infinitive(w string) bool {
	return len([]rune(w)) >= 3 && !notInfinitives[w] && (strings.HasSuffix(w, "ar") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir"))
}

func estarAInfinitive(r *run, i int) (int, bool) {
	if !ptEstar[r.lowerWord(i)] || !r.joined(i) || !r.joined(i+1) || r.lowerWord(i+1) != "a" {
		return 0, false
	}
	return i + 3, infinitive(r.lowerWord(i + 2))
}

// notGerunds end like a gerund and are none ("está lindo", "quando").
var notGerunds = map[string]bool{"quando": true, "lindo": true, "lindos": true, "brando": true, "comando": true, "bando": true, "mundo": true, "fundo": true}

func estarGerund(r *run, i int) (int, bool) {
	if !ptEstar[r.lowerWord(i)] || !r.joined(i) {
		return 0, false
	}
	w := r.lowerWord(i + 1)
	g := len([]rune(w)) >= 5 && !notGerunds[w] && (strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "endo") || strings.HasSuffix(w, "indo"))
	return i + 2, g
}

func infinitiveSubjectPronoun(r *run, i int) (int, bool) {
	w := r.lowerWord(i)
	if !infinitive(w) || len([]rune(w)) < 4 || w == "estar" || !r.joined(i) {
		return 0, false
	}
	switch r.lowerWord(i + 1) {
	case "ele", "ela", "eles", "elas":
		return i + 2, true
	}
	return 0, false
}

func vosotrosInflection(r *run, i int) (int, bool) {
	w := r.lowerWord(i)
	return i + 1, len([]rune(w)) >= 5 && (strings.HasSuffix(w, "áis") || strings.HasSuffix(w, "éis"))
}

// checkVarietyGrammar reports each construction of another variety of the
// copy's language (varietyGrammar) as a locale.variant warning and returns
// the distinct constructions by owner, for checkVariety.
func (r *run) checkVarietyGrammar() map[string][]string {
	rules := varietyGrammar[r.pack.Language]
	if len(rules) == 0 {
		return nil
	}
	var out map[string][]string
	for i := range r.d.toks {
		for _, g := range rules {
			if g.owner == r.in.Locale {
				continue
			}
			e, ok := g.find(r, i)
			if !ok || e > len(r.d.toks) {
				continue
			}
			text := strings.ToLower(r.d.orig(i, e))
			s, se := r.d.span(i, e)
			r.add("locale.variant", CatLocale, core.SeverityWarn, fmt.Sprintf("%q is the grammar of %s, not %s", r.d.orig(i, e), g.owner, r.in.Locale), s, se)
			if out == nil {
				out = map[string][]string{}
			}
			if !slices.Contains(out[g.owner], text) {
				out[g.owner] = append(out[g.owner], text)
			}
		}
	}
	return out
}
