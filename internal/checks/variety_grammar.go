package checks

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// halves is what one such construction counts toward checkVariety's
	// six, in halves of a word; 0 is a construction's 4. A spelling of the
	// variety (ptBrazilSpelling) counts 2, as a listed word; a
	// construction the other variety writes too, if rarely ("em um" in
	// Portugal, where "num" is usual), 3, as a strong word (#13, close47).
	halves int
	// spelling: a spelling of the variety, not a construction (its
	// finding's word)
	spelling bool
}

var varietyGrammar = map[string][]grammarMarker{
	"pt": {
		{"pt-PT", estarAInfinitive, 0, false},
		{"pt-PT", prepositionCliticInfinitive, 0, false},
		{"pt-PT", ptPortugalSpelling, 2, true},
		{"pt-BR", estarGerund, 0, false},
		{"pt-BR", infinitiveSubjectPronoun, 0, false},
		{"pt-BR", prepositionBarePossessive, 2, false},
		{"pt-PT", ptGiro, 3, false},
		{"pt-BR", emUm, 3, false},
		{"pt-BR", barePossessive, 0, false},
		{"pt-BR", mainClauseProclisis, 0, false},
		{"pt-BR", ptBrazilSpelling, 2, true},
	},
	"es": {
		{"es-ES", vosotrosInflection, 0, false},
		{"es-ES", vosotrosImperative, 0, false},
		{"es-ES", valeTag, 0, false},
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

// ptAspectA are the forms of "ficar" and "andar" that, like "estar",
// take "a" + infinitive in Portugal ("fica a brilhar", "anda a usar")
// where Brazil writes the gerund ("fica brilhando"): Cunha & Cintra, Nova
// Gramática, ch. 13 (#13, close47: probe 39D pt-BR "fica a brilhar").
var ptAspectA = map[string]bool{"fica": true, "ficam": true, "ficar": true, "ficará": true, "ficarão": true, "fique": true,
	"fiquem": true, "ficou": true, "ficaram": true, "ficaria": true, "anda": true, "andam": true, "andar": true, "ande": true}

func estarAInfinitive(r *run, i int) (int, bool) {
	if w := r.lowerWord(i); !ptEstar[w] && !ptAspectA[w] || !r.joined(i) || !r.joined(i+1) || r.lowerWord(i+1) != "a" {
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

// ptGerundAuxiliaries are the gerunds an absolute clause opens with its
// subject after it in both varieties ("sendo ela", "tendo ele escolhido").
var ptGerundAuxiliaries = map[string]bool{"sendo": true, "estando": true, "tendo": true, "havendo": true, "ficando": true}

func ptGerund(w string) bool {
	return len([]rune(w)) >= 5 && !notGerunds[w] && !ptGerundAuxiliaries[w] && (strings.HasSuffix(w, "ando") || strings.HasSuffix(w, "endo") || strings.HasSuffix(w, "indo"))
}

// infinitiveSubjectPronoun finds a subject pronoun as the object of an
// infinitive or a gerund ("usar ele", "usando eles": Portugal "usá-lo",
// "usando-os"; #13, misc48, probe 48C pt-PT 48C103-1).
func infinitiveSubjectPronoun(r *run, i int) (int, bool) {
	w := r.lowerWord(i)
	if !(infinitive(w) || ptGerund(w)) || len([]rune(w)) < 4 || w == "estar" || !r.joined(i) {
		return 0, false
	}
	switch r.lowerWord(i + 1) {
	case "ele", "ela", "eles", "elas":
		return i + 2, true
	}
	return 0, false
}

// emUm finds "em" + the indefinite article ("em um anel", "em uma
// caixa"), which Portugal contracts ("num", "numa") and Brazil writes
// apart (Cunha & Cintra, Nova Gramática, ch. 9, contractions of "em";
// Bagno, Gramática pedagógica, 16): a strong marker, not a construction,
// since careful European prose writes it apart too (#13, close47: probe
// 47C pt-PT 47C102-2 "como em um anel comum").
func emUm(r *run, i int) (int, bool) {
	if r.lowerWord(i) != "em" || !r.joined(i) {
		return 0, false
	}
	switch r.lowerWord(i + 1) {
	case "um", "uma", "uns", "umas":
		return i + 2, true
	}
	return 0, false
}

// ptPossessives are the possessives Portugal writes after an article ("o
// seu anel", "confirme a sua medida") and Brazil often without one
// ("confira sua medida", "Seu anel chega"): Cunha & Cintra, Nova
// Gramática, ch. 11 (the article before the possessive, usual in
// Portugal); Perini, Gramática do português brasileiro, 5.
var ptPossessives = map[string]bool{"seu": true, "sua": true, "seus": true, "suas": true}

// ptNoArticleBefore are the words after which a possessive stands without
// an article in both varieties, or after which an article is the word
// itself: articles, prepositions and their contractions, conjunctions,
// quantifiers, demonstratives, the copulas (the possessive as a predicate:
// "é sua"), "próprio".
var ptNoArticleBefore = map[string]bool{"o": true, "a": true, "os": true, "as": true, "um": true, "uma": true, "uns": true, "umas": true,
	"de": true, "da": true, "do": true, "das": true, "dos": true, "em": true, "na": true, "no": true, "nas": true, "nos": true,
	"num": true, "numa": true, "à": true, "ao": true, "aos": true, "às": true, "com": true, "para": true, "pra": true, "por": true,
	"pela": true, "pelo": true, "pelas": true, "pelos": true, "sem": true, "sobre": true, "entre": true, "até": true, "após": true,
	"desde": true, "contra": true, "perante": true, "segundo": true, "conforme": true, "como": true, "que": true, "e": true,
	"ou": true, "nem": true, "mas": true, "todo": true, "toda": true, "todos": true, "todas": true, "cada": true, "ambos": true,
	"ambas": true, "este": true, "esta": true, "estes": true, "estas": true, "esse": true, "essa": true, "esses": true, "essas": true,
	"aquele": true, "aquela": true, "é": true, "são": true, "era": true, "eram": true, "foi": true, "foram": true, "será": true,
	"serão": true, "seja": true, "sejam": true, "ser": true, "sendo": true, "sido": true, "fica": true, "ficam": true, "ficar": true,
	"torna": true, "tornam": true, "tornar": true, "parece": true, "parecem": true, "próprio": true, "própria": true,
	"qualquer": true, "outro": true, "outra": true, "outros": true, "outras": true, "mais": true, "menos": true, "muito": true,
	"pouco": true, "tanto": true, "quanto": true}

// barePossessive finds a possessive without an article where Portugal
// writes one: opening its sentence ("Seu anel chega …") or right after a
// verb ("confira sua medida", "escolha seu tamanho"), read as any lower-
// case word but those of ptNoArticleBefore, and before a lower-case word.
func barePossessive(r *run, i int) (int, bool) {
	if !ptPossessives[r.lowerWord(i)] || !r.joined(i) {
		return 0, false
	}
	if next := r.d.orig(i+1, i+2); !startsLower(next) {
		return 0, false
	}
	if i == 0 || r.d.toks[i-1].sent != r.d.toks[i].sent {
		return i + 2, startsUpper(r.d.orig(i, i+1))
	}
	prev := r.d.orig(i-1, i)
	if !r.joined(i-1) || !startsLower(prev) || ptNoArticleBefore[r.lowerWord(i-1)] {
		return 0, false
	}
	// a pronoun joined to a verb ("torná-la sua") or a number is no verb
	if i >= 2 && strings.HasSuffix(r.d.gap(i-2), "-") || isDigitWord(r.d.word(i-1)) {
		return 0, false
	}
	return i + 2, utf8.RuneCountInString(prev) >= 3
}

// ptBarePrepositions are the prepositions after which Portugal writes the
// article before a possessive ("com o seu look", "para a sua coleção") and
// Brazil often not ("com seu look"); "em", "de" and "por" are left out
// ("em sua honra", "de sua autoria", "por sua vez" are both varieties').
var ptBarePrepositions = map[string]bool{"com": true, "para": true, "sem": true}

// prepositionBarePossessive finds "com seu", "para sua" before a lower-
// case word: a weak marker of Brazil (2 halves, a word's weight; #13,
// misc48, probe 48C pt-PT 48C103-1 "combinando com seu look favorito").
func prepositionBarePossessive(r *run, i int) (int, bool) {
	if !ptBarePrepositions[r.lowerWord(i)] || !r.joined(i) || !ptPossessives[r.lowerWord(i+1)] || !r.joined(i+1) {
		return 0, false
	}
	if next := r.d.orig(i+2, i+3); !startsLower(next) || r.lowerWord(i+2) == "vez" {
		return 0, false
	}
	return i + 2, true
}

// ptGiroBefore are the words before Portugal's "giro"/"gira" (pretty,
// nice: Priberam "giro" adj. [Portugal, Informal]) as an adjective: an
// intensifier or a copula ("fica muito gira", "é tão giro"); in Brazil
// "gira" and "giro" are the verb girar and the noun of a turn.
var ptGiroBefore = map[string]bool{"muito": true, "tão": true, "super": true, "bem": true, "mais": true, "fica": true, "ficam": true,
	"ficar": true, "é": true, "são": true, "está": true, "estão": true, "bastante": true}

// ptGiroVerbBefore are the words before "mais" that make "gira" after
// it the verb girar in both varieties ("quanto mais gira", "o que
// mais gira", "cada vez mais gira"; #13, adv48b).
var ptGiroVerbBefore = map[string]bool{"quanto": true, "que": true, "vez": true, "quem": true}

// ptGiro finds "giro", "gira", "giros", "giras" after one of ptGiroBefore
// (3 halves, a strong word; #13, misc48, probe 48D pt-BR 48D104-3 "fica
// muito gira com um fato de linho").
func ptGiro(r *run, i int) (int, bool) {
	if !ptGiroBefore[r.lowerWord(i)] || !r.joined(i) {
		return 0, false
	}
	if r.lowerWord(i) == "mais" && i > 0 && r.joined(i-1) && ptGiroVerbBefore[r.lowerWord(i-1)] {
		return 0, false // "quanto mais gira, mais brilha": the verb girar
	}
	switch r.lowerWord(i + 1) {
	case "giro", "gira", "giros", "giras":
		return i + 2, true
	}
	return 0, false
}

// ptProclisisAttractors are the words that draw an object pronoun before
// the verb in Portugal too: negations, adverbs, relatives, conjunctions
// of subordination, indefinite pronouns, prepositions (Cunha & Cintra,
// Nova Gramática, ch. 11, próclise).
var ptProclisisAttractors = map[string]bool{"não": true, "nunca": true, "jamais": true, "nem": true, "já": true, "ainda": true,
	"também": true, "só": true, "sempre": true, "bem": true, "mal": true, "talvez": true, "que": true, "quem": true, "onde": true,
	"quando": true, "como": true, "porque": true, "se": true, "embora": true, "enquanto": true, "caso": true, "conforme": true,
	"tudo": true, "todos": true, "todas": true, "todo": true, "toda": true, "alguém": true, "ninguém": true, "algo": true,
	"nada": true, "cada": true, "ambos": true, "ambas": true, "pouco": true, "muito": true, "mais": true, "menos": true,
	"qualquer": true, "quanto": true, "qual": true, "quais": true, "logo": true, "apenas": true, "aqui": true, "ali": true,
	"lá": true, "até": true, "mesmo": true, "sequer": true, "tanto": true, "para": true, "de": true, "sem": true, "por": true,
	"ao": true, "após": true, "antes": true, "depois": true, "mas": true, "pois": true, "ou": true, "cujo": true, "cuja": true,
	"o": true, "a": true, "os": true, "as": true, "lhe": true, "lhes": true, "me": true, "te": true, "nos": true}

// ptSubjectPronouns are the subject pronouns after which Brazil puts the
// object pronoun before any verb ("ela se carrega", "você se sente").
var ptSubjectPronouns = map[string]bool{"ele": true, "ela": true, "eles": true, "elas": true, "você": true, "vocês": true}

// ptPronominalVerbs are finite forms of verbs copy uses with "se" ("deve-se
// a", "adapta-se", "destaca-se"), which never follow "se" as a
// conjunction ("if"), so "se" before one is the pronoun.
var ptPronominalVerbs = map[string]bool{"deve": true, "devem": true, "forma": true, "formam": true, "adapta": true,
	"adaptam": true, "ajusta": true, "ajustam": true, "encaixa": true, "encaixam": true, "destaca": true, "destacam": true,
	"torna": true, "tornam": true, "mantém": true, "mantêm": true, "chama": true, "chamam": true, "encontra": true,
	"encontram": true, "transforma": true, "transformam": true, "revela": true, "revelam": true, "prende": true,
	"prendem": true, "molda": true, "moldam": true, "apresenta": true, "apresentam": true, "distingue": true,
	"distinguem": true, "origina": true, "originam": true, "compõe": true, "compõem": true, "estende": true,
	"estendem": true, "conserva": true, "conservam": true, "harmoniza": true, "harmonizam": true, "assemelha": true,
	"assemelham": true, "inspira": true, "inspiram": true, "parece": true, "parecem": true}

// ptWhetherStems begin the verbs of checking, seeing, knowing, asking and
// deciding, after which "se" is the conjunction "whether" of an indirect
// question in both varieties ("verifique se encaixa", "confirme se
// ajusta", "veja se destaca", "decida se mantém"; Cunha & Cintra, Nova
// Gramática, ch. 16, interrogativas indiretas), not a pronoun before its
// verb (#13, adv47b).
var ptWhetherStems = []string{"verific", "confirm", "observ", "decid", "pergunt", "experiment", "avali", "descobr", "descubr",
	"analis", "consult", "question", "indag"}

// ptWhetherForms are the forms of the verbs whose stems other words share
// ("ver", "verde"; "saber", "sabão"; "testar", "teste"): ver, saber,
// olhar, testar, reparar, pensar.
var ptWhetherForms = map[string]bool{"ver": true, "vê": true, "veja": true, "vejam": true, "vejamos": true, "veremos": true,
	"saber": true, "sabe": true, "sabem": true, "saiba": true, "saibam": true, "sei": true, "sabia": true, "olhe": true,
	"olhem": true, "olhar": true, "teste": true, "testar": true, "testem": true, "repare": true, "reparar": true, "pense": true,
	"pensar": true}

// ptWhetherVerb reports whether w is a form of a verb of ptWhetherStems:
// a stem and at most five letters more, or a form of ptWhetherForms.
func ptWhetherVerb(w string) bool {
	if ptWhetherForms[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	for _, st := range ptWhetherStems {
		if strings.HasPrefix(w, st) && n >= utf8.RuneCountInString(st)+1 && n <= utf8.RuneCountInString(st)+5 {
			return true
		}
	}
	return false
}

// mainClauseProclisis finds "se" before the verb of a main clause with no
// word that draws it there, where Portugal writes it after the verb ("O
// tom rosa se deve a", Portugal "deve-se a"; "Ela se carrega", Portugal
// "carrega-se"): after a subject pronoun before any verb, after another
// word before a verb of ptPronominalVerbs (Cunha & Cintra, Nova
// Gramática, ch. 11; Bagno, Gramática pedagógica, 27: próclise as the
// Brazilian norm; #13, close47: probe 39C pt-PT 39C101-3).
func mainClauseProclisis(r *run, i int) (int, bool) {
	if r.lowerWord(i) != "se" || !r.joined(i) || i == 0 || !r.joined(i-1) {
		return 0, false
	}
	if r.d.orig(i, i+1) != "se" || !startsLower(r.d.orig(i+1, i+2)) {
		return 0, false
	}
	prev, verb := r.lowerWord(i-1), r.lowerWord(i+1)
	if ptProclisisAttractors[prev] || ptNoArticleBefore[prev] && !ptSubjectPronouns[prev] || ptWhetherVerb(prev) {
		return 0, false
	}
	if ptSubjectPronouns[prev] {
		// the pronoun itself after a word that draws the clitic ("quando
		// ela se move", "que ele se adapte")
		if i >= 2 && r.d.toks[i-2].sent == r.d.toks[i].sent && r.joined(i-2) && ptProclisisAttractors[r.lowerWord(i-2)] {
			return 0, false
		}
		return i + 2, len([]rune(verb)) >= 3
	}
	if !startsLower(r.d.orig(i-1, i)) || isDigitWord(r.d.word(i-1)) || ptObliquePronouns[prev] || r.ptEnclisisBefore(i) {
		return 0, false
	}
	return i + 2, ptPronominalVerbs[verb]
}

// ptObliquePronouns are the pronouns of a preposition ("fale connosco",
// "leve-o consigo"): no subject, so a "se" right after one opens a clause
// ("if", "whether"), as after a verb (#13, adv47b).
var ptObliquePronouns = map[string]bool{"connosco": true, "conosco": true, "consigo": true, "comigo": true, "contigo": true,
	"convosco": true}

// ptEnclitics are the object pronouns written after their verb with a
// hyphen ("Troque-o", "guarde-a", "contacte-nos", "adapta-se").
var ptEnclitics = map[string]bool{"o": true, "a": true, "os": true, "as": true, "lo": true, "la": true, "los": true, "las": true,
	"no": true, "na": true, "nos": true, "lhe": true, "lhes": true, "me": true, "te": true, "se": true, "vos": true}

// ptEnclisisBefore reports whether the clause before the "se" at i holds
// a verb with its pronoun written after it ("Troque-o por outro tamanho
// se parece apertado"): the clause's verb came already, with Portugal's
// enclisis, so the "se" is the conjunction "if" of a clause after it, not
// a pronoun before the main verb (Cunha & Cintra, Nova Gramática, ch.
// 11; #13, adv47b). A conjunction between (ptClauseJoins) opens another
// clause, whose "se" is still read.
func (r *run) ptEnclisisBefore(i int) bool {
	for k := i - 1; k > 0 && r.d.toks[k-1].sent == r.d.toks[i].sent; k-- {
		g := strings.TrimSpace(r.d.gap(k - 1))
		if g == "-" {
			return ptEnclitics[r.lowerWord(k)]
		}
		if g != "" || ptClauseJoins[r.lowerWord(k)] {
			return false
		}
	}
	return false
}

// ptClauseJoins open a clause of their own ("Guarde-o na caixa e o brilho
// se mantém"): the walk of ptEnclisisBefore stops at one.
var ptClauseJoins = map[string]bool{"e": true, "mas": true, "ou": true, "porém": true, "pois": true, "que": true, "nem": true}

// ptBrazilSpelling finds a word written with "ô" or "ê" before "n" or "m"
// and a vowel ("fenômeno", "tênis", "quilômetro", "gênero"), where
// Portugal writes "ó", "é" ("fenómeno", "ténis"): the Orthographic
// Agreement of 1990, base IX 3 and base XI 3 (both spellings, one per
// variety); ptPortugalSpelling the reverse. Lower-case words only (a
// name, "Amazônia", is quoted as written) and none the pack lists as a
// foreign word already (its own warning); "fêmea" is written so in both.
func ptBrazilSpelling(r *run, i int) (int, bool) {
	return i + 1, r.ptVarietySpelling(i, "ôê")
}

func ptPortugalSpelling(r *run, i int) (int, bool) {
	return i + 1, r.ptVarietySpelling(i, "óé")
}

var ptBothSpellings = map[string]bool{"fêmea": true, "fêmeas": true, "estômago": true, "estômagos": true}

// startsLower reports whether s begins with a lower-case letter.
func startsLower(s string) bool {
	for _, c := range s {
		return unicode.IsLower(c)
	}
	return false
}

func (r *run) ptVarietySpelling(i int, accents string) bool {
	orig := r.d.orig(i, i+1)
	if !startsLower(orig) || !strings.ContainsAny(orig, accents) {
		return false
	}
	w := []rune(r.lowerWord(i))
	if ptBothSpellings[string(w)] {
		return false
	}
	if _, listed := foreignFolded(r.pack)[r.d.word(i)]; listed {
		return false
	}
	for k := 0; k+2 < len(w); k++ {
		if strings.ContainsRune(accents, w[k]) && (w[k+1] == 'n' || w[k+1] == 'm') && strings.ContainsRune("aeiou", w[k+2]) {
			return true
		}
	}
	return false
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

// grammarHit is one distinct construction checkVarietyGrammar found: its
// text, lower case, and what it counts (grammarMarker.halves).
type grammarHit struct {
	text   string
	halves int
}

// checkVarietyGrammar reports each construction of another variety of the
// copy's language (varietyGrammar) as a locale.variant warning and returns
// the distinct constructions by owner, for checkVariety.
func (r *run) checkVarietyGrammar() map[string][]grammarHit {
	rules := varietyGrammar[r.pack.Language]
	if len(rules) == 0 {
		return nil
	}
	var out map[string][]grammarHit
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
			what := "grammar"
			if g.spelling {
				what = "spelling" // ptBrazilSpelling, ptPortugalSpelling
			}
			r.add("locale.variant", CatLocale, core.SeverityWarn, fmt.Sprintf("%q is the %s of %s, not %s", r.d.orig(i, e), what, g.owner, r.in.Locale), s, se)
			if out == nil {
				out = map[string][]grammarHit{}
			}
			if !slices.ContainsFunc(out[g.owner], func(h grammarHit) bool { return h.text == text }) {
				halves := g.halves
				if halves == 0 {
					halves = 4
				}
				out[g.owner] = append(out[g.owner], grammarHit{text, halves})
			}
		}
	}
	return out
}
