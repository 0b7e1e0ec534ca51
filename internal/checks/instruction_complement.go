package checks

import (
	"strings"
	"unicode"
)

// Instructions of something else (#13, blind set 27: es-MX "Un detalle para
// quien prefiere olvidar las instrucciones del código de vestimenta" blocked
// as injection.assistant "olvidar las instrucciones"). An order to drop the
// instructions is the canonical direct prompt injection (OWASP Top 10 for
// LLM Applications, LLM01) only when the instructions are the prompt's: bare
// ("forget the instructions"), the earlier or above ones, the system's, the
// writer's. Instructions with a complement naming another thing are that
// thing's (the dress code's instructions, care instructions, assembly
// instructions) and copy may tell a reader to forget them. The complement
// stands where the language's grammar puts a noun's dependent (a
// grammar's noun phrase: CGEL 5.2 and 17 for English pre- and
// post-modifiers; the Romance "de" complement, NGLE 12.7; the German and
// Greek genitive; the Polish, Czech and Arabic bare genitive or construct
// state; the genitive particle before the noun in Japanese の, Korean 의 and
// Chinese 的; the Finnish and Turkish genitive before it).

// instructionNouns are, by language, the folded prefixes of the nouns of
// instruction an injection form ends on.
var instructionNouns = foldLists(map[string][]string{
	"en": {"instruction"}, "fr": {"instruction", "consigne"}, "de": {"anweisung", "instruktion"},
	"it": {"istruzion"}, "es": {"instruccion", "indicacion"}, "pt": {"instruç", "instrucç", "instruc"},
	"nl": {"instructie"}, "sv": {"instruktion"}, "da": {"instruktion"}, "nb": {"instruks"},
	"fi": {"ohje"}, "pl": {"instrukcj", "polecen", "wytyczn"}, "cs": {"pokyn", "instrukc"},
	"el": {"οδηγί"}, "tr": {"talimat", "yönerge"}, "ar": {"تعليمات", "التعليمات"},
	"ja": {"指示", "指令"}, "ko": {"지시", "지침"}, "zh": {"指示", "指令"},
})

// promptComplements are, by language, the words that make a complement
// the prompt's own (previous, above, all, system, prompt, model, user,
// assistant, AI, writing, brief); a trailing * takes any ending.
var promptComplements = foldLists(map[string][]string{
	"en": {"previous", "earlier", "prior", "above*", "preceding", "all", "system*", "prompt*", "model*", "user*", "assistant*", "ai", "original", "initial", "given", "following", "developer*", "chatgpt", "gpt", "llm", "writing", "copy", "brief*", "now", "once"},
	"fr": {"précédent*", "antérieur*", "dessus", "système*", "prompt*", "modèle*", "utilisateur*", "assistant*", "ia", "initial*", "rédaction", "brief*", "toutes", "tous"},
	"de": {"vorherig*", "früher*", "obig*", "vorig*", "system*", "prompt*", "modell*", "nutzer*", "benutzer*", "assistent*", "ki", "schreib*", "briefing*", "oben"},
	"it": {"precedent*", "sistema", "prompt*", "modello", "utente", "assistente", "ia", "scrittura", "redazione", "brief*", "sopra", "original*", "inizial*"},
	"es": {"anterior*", "previ*", "sistema", "prompt*", "modelo", "usuario*", "asistente*", "ia", "redacción", "brief*", "arriba", "original*", "inicial*"},
	"pt": {"anterior*", "prévi*", "sistema", "prompt*", "modelo", "usuário*", "utilizador*", "assistente*", "ia", "redação", "redacção", "brief*", "acima", "original*", "inicia*"},
	"nl": {"vorige", "eerder*", "bovenstaand*", "systeem*", "prompt*", "model*", "gebruiker*", "assistent*", "ai", "schrijf*", "briefing*", "boven"},
	"sv": {"tidigare", "föregående", "ovan*", "system*", "prompt*", "modell*", "användar*", "assistent*", "ai", "skriv*", "brief*"},
	"da": {"tidligere", "foregående", "ovenstående", "ovenfor", "system*", "prompt*", "model*", "bruger*", "assistent*", "ai", "skriv*", "brief*"},
	"nb": {"tidligere", "foregående", "ovenstående", "ovenfor", "system*", "prompt*", "modell*", "bruker*", "assistent*", "ki", "ai", "skriv*", "brief*"},
	"fi": {"aiemm*", "olev*", "aikaisemm*", "edelli*", "yllä*", "yläpuol*", "järjestelmä*", "kehot*", "malli*", "käyttäjä*", "avustaja*", "tekoäly*", "kaikki", "kirjoitus*", "brief*", "annet*"},
	"pl": {"poprzedni*", "wcześniejsz*", "powyższ*", "powyżej", "system*", "prompt*", "model*", "użytkownik*", "asystent*", "ai", "si", "pisani*", "redakcyjn*", "brief*"},
	"cs": {"předchozí*", "dřívější*", "výše", "výš*", "systém*", "prompt*", "model*", "uživatel*", "asistent*", "ai", "ui", "psaní", "brief*", "všechny"},
	"el": {"προηγούμεν*", "παραπάνω", "ανωτέρω", "συστήματ*", "prompt*", "μοντέλ*", "χρήστ*", "βοηθ*", "τεχνητ*", "συγγραφ*", "brief*"},
	"tr": {"önceki", "yukarıdaki", "tüm", "bütün", "sistem*", "istem*", "model*", "kullanıcı*", "asistan*", "yapay", "zeka*", "yazım*", "brif*", "verilen", "bu", "şu"},
	"ar": {"السابقة", "السابق", "أعلاه", "النظام", "الموجه", "النموذج", "المستخدم", "المساعد", "الذكاء", "الكتابة", "جميع", "كل"},
	"ja": {"これまで", "これ", "まで", "以前", "前", "上記", "上", "システム*", "プロンプト*", "モデル*", "ユーザー*", "ai", "すべて", "全て", "先", "最初"},
	"ko": {"이전*", "위", "앞", "시스템*", "프롬프트*", "모델*", "사용자*", "ai", "모든", "기존*"},
	"zh": {"之前", "先前", "以前", "上述", "以上", "前面", "系统*", "系統*", "提示*", "模型*", "用户*", "用戶*", "所有", "全部", "原来", "原來"},
})

// complementMarkers are, by language, the prepositions and genitive
// articles that open a noun's complement after it ("of", "del", "des",
// "του"); the languages without one (pl, cs, ar) take the noun's next word.
var complementMarkers = foldLists(map[string][]string{
	"en": {"of", "for", "on", "about"}, "fr": {"de", "du", "des", "d", "pour", "sur", "concernant"},
	"de": {"des", "der", "für", "zur", "zum", "zu", "vom", "von"}, "it": {"di", "del", "della", "dello", "dei", "degli", "delle", "per", "sul", "sulla"},
	"es": {"de", "del", "para", "sobre"}, "pt": {"de", "do", "da", "dos", "das", "para", "sobre"},
	"nl": {"van", "voor", "bij", "over"}, "sv": {"för", "till", "om", "från", "av"}, "da": {"for", "til", "om", "fra", "af"},
	"nb": {"for", "til", "om", "fra", "av"}, "el": {"του", "της", "των", "για"},
})

// bareGenitive are the languages whose noun takes its complement right
// after it, without a preposition; headFinal those that put it before.
var (
	bareGenitive = map[string]bool{"pl": true, "cs": true, "ar": true}
	headFinal    = map[string]bool{"fi": true, "tr": true, "ja": true, "ko": true, "zh": true}
	// premodified are the languages whose nouns take a noun before them
	// as a separate word ("care instructions"); the others write it as a
	// compound (Pflegeanweisungen, onderhoudsinstructies), no form's word.
	premodified = map[string]bool{"en": true}
	// genitiveParticles stand between the complement and the noun.
	genitiveParticles = map[string]string{"ja": "の", "zh": "的", "ko": "의"}
)

// genitiveEndings are, for the bare-genitive languages whose nouns inflect
// for case, the endings (as written, lower case) a genitive noun or
// adjective can have (Polish: -a, -u, -y, -i, -ów, -ego, -ej, -ych, -ich;
// Czech: -a, -u, -y, -e, -ě, -i, -í, -ů, -ého, -é, -ých, -ích; Swan, Polish Grammar in a
// Nutshell, 3; Naughton, Czech: An Essential Grammar, 2). A word that ends
// otherwise (a masculine nominative on a consonant: "ton", "wisiorek",
// "přívěsek") is no complement of the instruction noun but the subject of
// the clause after a fronted "Zgodnie z instrukcjami" (#13, inject54: pl
// "Zgodnie z instrukcjami ton jest ciepły." passed as the instructions of
// "ton"). Languages not listed (Arabic's construct state) take any word.
var genitiveEndings = map[string][]string{
	"pl": {"a", "u", "y", "i", "ów", "ego", "ej", "ych", "ich"},
	"cs": {"a", "u", "y", "e", "ě", "i", "í", "ů", "ého", "é", "ých", "ích"},
}

// genitiveForm reports whether w, a word of lang as written in lower case,
// can be a genitive (genitiveEndings); true for a language without a list.
func genitiveForm(lang, w string) bool {
	ends, ok := genitiveEndings[lang]
	if !ok {
		return true
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func foldLists(m map[string][]string) map[string][]string {
	out := make(map[string][]string, len(m))
	for lang, ws := range m {
		for _, w := range ws {
			star := strings.HasSuffix(w, "*")
			f := foldWord(strings.TrimSuffix(w, "*"))
			if star {
				f += "*"
			}
			out[lang] = append(out[lang], f)
		}
	}
	return out
}

func wordIn(list []string, w string) bool {
	for _, x := range list {
		if p, ok := strings.CutSuffix(x, "*"); ok {
			if strings.HasPrefix(w, p) {
				return true
			}
		} else if w == x {
			return true
		}
	}
	return false
}

func hasPrefixIn(list []string, w string) bool {
	for _, p := range list {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// otherInstructions reports whether the injection match [s, e) ends on a
// noun of instruction whose complement names something other than the
// prompt (instructionComplement above).
func (r *run) otherInstructions(s, e int) bool {
	nouns := instructionNouns[r.lang]
	if len(nouns) == 0 {
		return false
	}
	k := -1
	for i := e - 1; i >= s; i-- {
		if hasPrefixIn(nouns, r.d.word(i)) {
			k = i
			break
		}
	}
	if k < 0 {
		return false
	}
	sent := r.d.toks[k].sent
	prompt := promptComplements[r.lang]
	content := func(i int) bool { return !r.onlyFunctionWords(i, i+1) }
	// before the noun: a word of its own between the order and the noun,
	// or before a noun that opens the match ("care instructions";
	// "pukukoodin ohjeet", "kuralının talimatlarını", "コードの指示").
	before := func(j int) bool {
		return j >= 0 && r.d.toks[j].sent == sent && (j > s || k == s) && tightGap(r.d.gap(j))
	}
	if p, ok := genitiveParticles[r.lang]; ok {
		j := k - 1
		if before(j) {
			w := r.d.word(j)
			if w == p && before(j-1) {
				return !wordIn(prompt, r.d.word(j-1))
			}
			if c, ok := strings.CutSuffix(w, p); ok && c != "" {
				return !wordIn(prompt, c)
			}
		}
		return false
	}
	if headFinal[r.lang] || premodified[r.lang] {
		if j := k - 1; before(j) && content(j) && !wordIn(prompt, r.d.word(j)) {
			return true
		}
		if headFinal[r.lang] {
			return false
		}
	}
	// after the noun: a complement marker and its noun, or the bare
	// genitive ("del código de vestimenta", "instrukcje dress code'u").
	next := func(i int) bool {
		return i < len(r.d.toks) && r.d.toks[i].sent == sent && tightGap(r.d.gap(i-1))
	}
	i := k + 1
	if !next(i) {
		return false
	}
	if bareGenitive[r.lang] {
		// The complement is the next word, or the word after it when
		// the next is uninflected (a borrowed "dress code'u", "dress
		// codu"); a function word between ends the phrase ("ton jest").
		// A borrowed word takes its case ending after an apostrophe
		// (code'u, iPhone'a): the ending is the next token's.
		// The ending is read on the word as written: folding would
		// make a Czech verb's "-á" ("zůstává") a genitive "-a".
		inflected := func(j int) (string, int) {
			if g := r.d.gap(j); (g == "'" || g == "’") && next(j+1) {
				return strings.ToLower(r.d.orig(j, j+1) + r.d.orig(j+1, j+2)), j + 1
			}
			return strings.ToLower(r.d.orig(j, j+1)), j
		}
		w, last := inflected(i)
		if !content(i) || wordIn(prompt, r.d.word(i)) {
			return false
		}
		if genitiveForm(r.lang, w) {
			return true
		}
		if j := last + 1; next(j) && content(j) {
			w2, _ := inflected(j)
			return !wordIn(prompt, r.d.word(j)) && genitiveForm(r.lang, w2)
		}
		return false
	}
	if !wordIn(complementMarkers[r.lang], r.d.word(i)) {
		return false
	}
	for n := 0; n < 3; n++ {
		i++
		if !next(i) {
			return false
		}
		if content(i) {
			return !wordIn(prompt, r.d.word(i))
		}
	}
	return false
}

// tightGap reports whether the text between two words is blank or an
// apostrophe or hyphen: no punctuation that ends a phrase.
func tightGap(g string) bool {
	for _, c := range g {
		if !unicode.IsSpace(c) && c != '\'' && c != '’' && c != '-' {
			return false
		}
	}
	return true
}
