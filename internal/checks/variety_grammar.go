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
//   - es-ES vosotros imperatives with enclitic pronouns ("llevadlo",
//     "cuidadla", "lucidlos") and the reflexive ones that drop their -d
//     before "os" ("ponéoslo", "quitáosla"): NGLE 42.3 and 16.1; the
//     American imperative is ustedes' ("llévenlo", "pónganselo"). Bare
//     reflexive imperatives ("poneos", "sentaos") end as many nouns do
//     ("paseos", "caos", "ríos"), so they are pack words (es-MX
//     identity.foreign, strong), not a pattern (#13, variety28).
//   - es-ES "¿vale?" and "vale," as a tag or an answer (OK), which
//     Mexico does not say (DLE "vale", 3rd entry, interj. Esp.; Diccionario
//     de mexicanismos gives "órale", "sale"): the word alone between
//     question marks or before a comma at a sentence's start (#13,
//     variety28).
type grammarMarker struct {
	owner string // the variety whose grammar it is
	find  func(r *run, i int) (int, bool)
}

var varietyGrammar = map[string][]grammarMarker{
	"pt": {
		{"pt-PT", estarAInfinitive},
		{"pt-PT", prepositionCliticInfinitive},
		{"pt-BR", estarGerund},
		{"pt-BR", infinitiveSubjectPronoun},
	},
	"es": {
		{"es-ES", vosotrosInflection},
		{"es-ES", vosotrosImperative},
		{"es-ES", valeTag},
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

// ptCliticPreps are the prepositions before which Portugal puts an object
// pronoun between the preposition and its infinitive ("depois de os usar",
// "para o guardar", "sem a tirar"), where Brazil writes the pronoun after
// the infinitive or leaves it out ("depois de usá-los", "depois de usar"):
// Cunha & Cintra, Nova Gramática, ch. 11 (colocação pronominal: próclise
// with the prepositional infinitive in Portugal; ênclise in Brazil);
// Bagno, Gramática pedagógica do português brasileiro, 27 (#13, claims40;
// probe 40D pt-BR 40D101 "depois de os usar").
var ptCliticPreps = map[string]bool{"de": true, "para": true, "sem": true, "por": true, "até": true}

// ptNounInfinitives end like an infinitive and are nouns or adjectives
// after an article ("para o colar", "sem o brilho de o olhar", "de a
// mulher"): never read as "o" + infinitive.
var ptNounInfinitives = map[string]bool{"colar": true, "olhar": true, "lugar": true, "mulher": true, "prazer": true,
	"poder": true, "dever": true, "jantar": true, "altar": true, "luar": true, "azar": true, "açúcar": true,
	"pomar": true, "polegar": true, "militar": true, "familiar": true, "particular": true, "solar": true,
	"lunar": true, "exemplar": true, "singular": true, "popular": true, "regular": true, "similar": true,
	"titular": true, "estelar": true, "celular": true, "circular": true, "dólar": true, "néctar": true,
	"caráter": true, "carácter": true, "líder": true, "elixir": true, "safir": true, "ser": true,
	"amanhecer": true, "entardecer": true, "anoitecer": true, "bem-estar": true, "colher": true,
	"suéter": true, "blazer": true, "pôster": true, "radar": true, "patamar": true, "talher": true, "cadáver": true,
	"revólver": true, "hambúrguer": true}

func prepositionCliticInfinitive(r *run, i int) (int, bool) {
	if !ptCliticPreps[r.lowerWord(i)] || !r.joined(i) || !r.joined(i+1) {
		return 0, false
	}
	switch r.lowerWord(i + 1) {
	case "o", "a", "os", "as":
	default:
		return 0, false
	}
	w := r.lowerWord(i + 2)
	return i + 3, infinitive(w) && len([]rune(w)) >= 4 && !ptNounInfinitives[w]
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

// enclitics are the object pronouns a vosotros imperative takes after it
// ("llevad" + "lo"), longest first.
var enclitics = []string{"los", "las", "les", "nos", "lo", "la", "le", "me"}

// vosotrosImperative finds a vosotros imperative with an enclitic: the
// affirmative -ad/-ed/-id + pronoun ("llevadlo", "ponedla", "elegidlos")
// or the reflexive -aos/-eos/-íos + pronoun ("ponéoslo", "llevaosla",
// "vestíoslo"). No Spanish noun or adjective ends so.
func vosotrosImperative(r *run, i int) (int, bool) {
	w := []rune(r.lowerWord(i))
	if len(w) < 6 {
		return 0, false
	}
	s := string(w)
	for _, e := range enclitics {
		stem, ok := strings.CutSuffix(s, e)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		rs := []rune(stem)
		n := len(rs)
		switch {
		case rs[n-1] == 'd' && strings.ContainsRune("aei", rs[n-2]) && n >= 4:
			// "llevad|lo"; not "usted|es" (no enclitic "es")
			return i + 1, true
		case n >= 5 && rs[n-2] == 'o' && rs[n-1] == 's' && strings.ContainsRune("aeiáéí", rs[n-3]) && (e == "lo" || e == "la" || e == "los" || e == "las"):
			// "ponéos|lo": the reflexive os before a direct object
			return i + 1, true
		}
	}
	return 0, false
}

// valeTag finds "vale" alone between "¿" and "?" or opening its sentence
// before a comma ("Vale, ...").
func valeTag(r *run, i int) (int, bool) {
	if r.lowerWord(i) != "vale" {
		return 0, false
	}
	after := strings.TrimSpace(r.d.gap(i))
	before := ""
	if i > 0 {
		before = strings.TrimSpace(r.d.gap(i - 1))
	}
	switch {
	case strings.HasPrefix(after, "?") && (strings.HasSuffix(before, "¿") || i == 0):
		return i + 1, true
	case strings.HasPrefix(after, ",") && (i == 0 || r.d.toks[i-1].sent != r.d.toks[i].sent):
		return i + 1, true
	}
	return 0, false
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
