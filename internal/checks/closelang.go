package checks

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/langid"
	"github.com/copydesk/copydesk/internal/locales"
	"golang.org/x/text/unicode/norm"
)

// ---- locale: a close language, sentence by sentence ----

// closeLang is one close language of a pack (identity.close, plus the
// identity.foreign words it owns), compiled.
type closeLang struct {
	code, name string
	// words are the folded forms of its words written without accents;
	// accented maps a folded form to the forms written with accents,
	// which must match as written ("és" is Catalan, "es" Spanish).
	words    map[string]bool
	accented map[string][]string
	letters  string
	endings  []string // lower case, NFC
	// spellings are letter sequences of its words the locale's language
	// never writes (identity.close spellings: Danish "øj" beside Bokmål
	// "øy"), lower case, NFC
	spellings []string
	// clitics are the pronouns it joins to a verb with a hyphen
	// (identity.close clitics: Portuguese "-nos", "-os", "-lhe"), folded
	clitics map[string]bool
	script  string // Hans or Hant: Han characters, not words
	// shared are the folded words of the locale's language its words or
	// endings would mark (identity.close shared: Danish "manchet"
	// beside Bokmål "-het"), never its evidence.
	shared map[string]bool
	// own are the locale's own language's markers beside this one: the
	// folded words and the endings the close language's pack lists for
	// the locale's language (da-DK's close.nb: "noen", "etter", "hva",
	// "-het" beside Danish in nb-NO); nil where no pack of the close
	// language names the locale's language as close to it.
	own          map[string]bool
	ownIn        wordBits // every word of own, a filter before it (#17)
	ownEndings   []string
	ownSpellings []string
	// ownClitics are the locale's language's hyphenated clitics beside
	// this one (es-ES's close.pt clitics in pt-PT beside Spanish:
	// "usá-las" is Portuguese, "las" alone Spanish), folded
	ownClitics map[string]bool
}

// closeSet is a pack's close languages, sorted by code.
type closeSet struct {
	langs []closeLang
	// cand are the folded forms of every language's words; endings its
	// endings written in ASCII, the others (a word with an accent is
	// never skipped)
	cand    map[string]bool
	candIn  wordBits // every word of cand, a filter before it (#17)
	endings []string
	// spellings are every language's spellings written in ASCII (Bokmål
	// "ei" beside Danish); one with a letter outside ASCII meets only
	// words that are never skipped
	spellings []string
	han       *closeLang
	// yue is written Cantonese beside Chinese (script Yue): its words are
	// strings of Han characters standard Chinese does not write (嘅, 咗,
	// 佢), found in the text as written.
	yue *closeLang
	// hani is Chinese beside Japanese or Korean (script Hani): a sentence
	// of Han characters without the locale's own script.
	hani *closeLang
}

// asciiEnding reports whether w ends in one of the set's ASCII endings or
// holds one of its ASCII spellings.
func (cs *closeSet) asciiEnding(w string) bool {
	if len(w) >= closeSpellingMin {
		for _, sp := range cs.spellings {
			if holdsSpelling(w, sp) {
				return true
			}
		}
	}
	if len(w) < 5 {
		return false
	}
	for _, e := range cs.endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

var closeSets sync.Map // *locales.Pack -> *closeSet

// closeSetOf compiles p's close languages once.
func closeSetOf(p *locales.Pack) *closeSet {
	if v, ok := closeSets.Load(p); ok {
		return v.(*closeSet)
	}
	byCode := map[string]*closeLang{}
	get := func(code string) *closeLang {
		if byCode[code] == nil {
			byCode[code] = &closeLang{code: code, name: langName(code), words: map[string]bool{}, accented: map[string][]string{}}
		}
		return byCode[code]
	}
	addWord := func(l *closeLang, w string) {
		form := norm.NFC.String(strings.ToLower(strings.TrimSpace(w)))
		if form == "" || strings.ContainsRune(form, ' ') {
			return
		}
		if l.script == "Yue" {
			l.words[form] = true // Han characters, as written
			return
		}
		if k := foldWord(form); k != form {
			if !slices.Contains(l.accented[k], form) {
				l.accented[k] = append(l.accented[k], form)
			}
		} else {
			l.words[k] = true
		}
	}
	for _, code := range slices.Sorted(maps.Keys(p.Identity.Close)) {
		def := p.Identity.Close[code]
		l := get(code)
		if def.Name != "" {
			l.name = def.Name
		}
		l.script = def.Script
		for _, w := range def.Words {
			addWord(l, w)
		}
		l.letters += norm.NFC.String(strings.ToLower(def.Letters))
		for _, e := range def.Endings {
			l.endings = append(l.endings, norm.NFC.String(strings.ToLower(e)))
		}
		for _, sp := range def.Spellings {
			l.spellings = append(l.spellings, norm.NFC.String(strings.ToLower(sp)))
		}
		for _, w := range def.Clitics {
			if l.clitics == nil {
				l.clitics = map[string]bool{}
			}
			l.clitics[foldWord(norm.NFC.String(strings.ToLower(strings.TrimSpace(w))))] = true
		}
		for _, w := range def.Shared {
			if l.shared == nil {
				l.shared = map[string]bool{}
			}
			l.shared[foldWord(norm.NFC.String(strings.ToLower(strings.TrimSpace(w))))] = true
		}
	}
	// A foreign spelling owned by another language is a word of it
	// (Catalan "amb" in es-ES, Bokmål "noen" in da-DK); a spelling of
	// the same language's other variant (pt-BR "fato") is not.
	if p.Script != "Hans" && p.Script != "Hant" && p.Script != "Jpan" {
		for w, owner := range p.Identity.Foreign {
			lang := ownerLanguage(owner)
			if lang == "" || lang == p.Language {
				continue
			}
			addWord(get(lang), w)
		}
	}
	for code, l := range byCode {
		l.own, l.ownEndings, l.ownSpellings, l.ownClitics = ownMarkers(code, p.Language)
		for w := range l.own {
			l.ownIn.add(w)
		}
	}
	s := &closeSet{cand: map[string]bool{}}
	for _, code := range slices.Sorted(maps.Keys(byCode)) {
		l := byCode[code]
		if l.script == "Hani" {
			s.hani = l
			continue
		}
		if l.script == "Yue" {
			s.yue = l
			continue
		}
		if l.script != "" {
			s.han = l
			continue
		}
		s.langs = append(s.langs, *l)
		for w := range l.words {
			s.cand[w] = true
			s.candIn.add(w)
		}
		for w := range l.accented {
			s.cand[w] = true
			s.candIn.add(w)
		}
		for _, e := range l.endings {
			if isASCII(e) && !slices.Contains(s.endings, e) {
				s.endings = append(s.endings, e)
			}
		}
		for _, sp := range l.spellings {
			if isASCII(sp) && !slices.Contains(s.spellings, sp) {
				s.spellings = append(s.spellings, sp)
			}
		}
	}
	v, _ := closeSets.LoadOrStore(p, s)
	return v.(*closeSet)
}

// ownMarkers returns the words (folded), endings, spellings and clitics
// (folded) that a pack of the language code lists for lang as its close
// language, where there is one (the pair is close both ways: Danish and
// Bokmål, Swedish and Danish).
func ownMarkers(code, lang string) (map[string]bool, []string, []string, map[string]bool) {
	set, err := locales.Load()
	if err != nil {
		return nil, nil, nil, nil
	}
	for _, loc := range set.Supported() {
		o, _ := set.Get(loc)
		if o == nil || o.Language != code {
			continue
		}
		def, ok := o.Identity.Close[lang]
		if !ok {
			continue
		}
		words := map[string]bool{}
		for _, w := range def.Words {
			words[foldWord(norm.NFC.String(strings.ToLower(strings.TrimSpace(w))))] = true
		}
		var endings, spellings []string
		for _, e := range def.Endings {
			endings = append(endings, norm.NFC.String(strings.ToLower(e)))
		}
		for _, sp := range def.Spellings {
			spellings = append(spellings, norm.NFC.String(strings.ToLower(sp)))
		}
		var clitics map[string]bool
		for _, w := range def.Clitics {
			if clitics == nil {
				clitics = map[string]bool{}
			}
			clitics[foldWord(norm.NFC.String(strings.ToLower(strings.TrimSpace(w))))] = true
		}
		return words, endings, spellings, clitics
	}
	return nil, nil, nil, nil
}

// ownMarked reports whether the word w (folded; orig as written; pos its
// utext.WordPos) is one of the locale's own language's markers beside l.
func (l *closeLang) ownMarked(w, orig string, pos uint16) bool {
	if l.ownIn.mayPos(pos) && l.own[w] {
		return true
	}
	// Lower-cased only when an ending or a spelling may mark it
	// (hasLongEnding asks five letters, hasSpelling four): most tokens are
	// short or the pack lists none.
	if len(l.ownEndings) == 0 && len(l.ownSpellings) == 0 || len(orig) < closeSpellingMin {
		return false
	}
	lower := strings.ToLower(orig)
	return hasLongEnding(lower, l.ownEndings) || hasSpelling(lower, l.ownSpellings)
}

// closeAccented reports whether orig, whose folded form is w, is written
// with a letter of one of the close languages or as one of their words
// written with accents.
func (cs *closeSet) closeAccented(orig, w string) bool {
	if isASCII(orig) {
		return false
	}
	lower := norm.NFC.String(strings.ToLower(orig))
	if lower == w {
		return false
	}
	for k := range cs.langs {
		l := &cs.langs[k]
		if l.hasLetter(lower) || slices.Contains(l.accented[w], lower) {
			return true
		}
	}
	return false
}

// closeMinWords is the shortest sentence read for a close language.
const closeMinWords = 4

// checkCloseSentences blocks a sentence, or a run of sentences, written
// in one of the pack's close languages (identity.close) inside copy for
// the locale, or making up all of it: Catalan or Galician in Spanish,
// Danish or Swedish in Bokmål, Slovak in Czech, Afrikaans in Dutch,
// Traditional characters in zh-CN. A sentence needs two different words
// of the close language (its words, a word with its letters or one of its
// endings), none a name (capitalised inside the sentence, the brand's,
// the product's or a collection's) nor a function word of the locale's
// language, so one shared loanword never decides: three, or two that are
// a quarter of the sentence's words, block at once; two in a longer
// sentence block when lingua, asked between the two languages alone,
// agrees. Adjacent sentences with one such word each and three in all
// block as a run.
func (r *run) checkCloseSentences() {
	p := r.pack
	if p == nil {
		return
	}
	if r.checkForeignScriptSentences() {
		return
	}
	if len(p.Identity.Close) == 0 && len(p.Identity.Foreign) == 0 {
		return
	}
	cs := closeSetOf(p)
	if cs.yue != nil && r.checkCloseYue(cs.yue) {
		return
	}
	if cs.han != nil {
		r.checkCloseHan(cs.han)
	}
	if cs.hani != nil {
		r.checkCloseHani(cs.hani)
	}
	if len(cs.langs) == 0 {
		return
	}
	d := r.d
	if len(d.toks) < closeMinWords {
		return
	}
	var names map[string]bool // made on the first candidate word
	ownBit, masks := stopBit(p.Language), r.stopMasks()
	type hit struct {
		n     int      // distinct words
		words []string // the distinct folded words
		shown []string // the same as written, lower case
		own   bool     // a marker of the locale's own language beside this one
		// lettered: a word in lower case written with a Latin letter of
		// the close language the locale's language never writes ("før",
		// "škatuľka"), which no shared homograph can be (closeLettered)
		lettered bool
	}
	// run state per language: the sentences [from, to) and their words
	type runState struct {
		from         int
		folded, seen []string
	}
	var hitsBuf [4]hit
	var runsBuf [4]runState
	hits, runs := hitsBuf[:0], runsBuf[:0]
	for range cs.langs {
		hits = append(hits, hit{})
		runs = append(runs, runState{from: -1})
	}
	reported := false
	flushRun := func(k, to int) {
		rs := &runs[k]
		if !reported && rs.from >= 0 && to-rs.from >= 2 && (len(rs.seen) >= 3 || len(rs.seen) == 2 && r.closeLingua(cs.langs[k].code, d.text[d.toks[d.sents[rs.from].ts].bs:d.toks[d.sents[to-1].te-1].be])) {
			start, _ := r.sentenceSpan(d.sents[rs.from])
			_, end := r.sentenceSpan(d.sents[to-1])
			r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("these sentences read as %s, not the language of %s (%s)", cs.langs[k].name, r.in.Locale, strings.Join(rs.seen, ", ")), start, end)
			reported = true
		}
		rs.from, rs.folded, rs.seen = -1, rs.folded[:0], rs.seen[:0]
	}
	for si, s := range d.sents {
		for k := range hits {
			hits[k].n, hits[k].words, hits[k].shown, hits[k].own, hits[k].lettered = 0, hits[k].words[:0], hits[k].shown[:0], false, false
		}
		for i := s.ts; i < s.te; i++ {
			w := d.word(i)
			t := d.toks[i]
			orig := d.text[t.bs:t.be]
			for k := range cs.langs {
				if l := &cs.langs[k]; l.own != nil && !hits[k].own && l.ownMarked(w, orig, d.wpos[i]) {
					hits[k].own = true
				}
			}
			// A pronoun joined to the word before it by a hyphen, as the
			// close language writes its enclitics and the locale's
			// language never does ("mantém-nos" in Spanish copy), is a
			// word of it, a function word of the locale's or not.
			// One of the locale's own ("usá-las" in Portuguese copy) is
			// no word of the close language that writes it bare (Spanish
			// "las"), and a marker of the locale's own beside it.
			k, ownCl := r.hyphenClitic(cs, i, w)
			if k != 0 {
				for j := range cs.langs {
					if k&(1<<j) != 0 && !slices.Contains(hits[j].words, "-"+w) {
						hits[j].n++
						hits[j].words = append(hits[j].words, "-"+w)
						hits[j].shown = append(hits[j].shown, "-"+w)
					}
				}
				continue
			}
			for j := range cs.langs {
				if ownCl&(1<<j) != 0 {
					hits[j].own = true
				}
			}
			// A function word of the locale's language only as folded is
			// no function word of it: Swedish "för", "är", "här" fold to
			// Bokmål "for", "ar", "har", Catalan "és" to Spanish "es" (#13, f2).
			if masks[i]&ownBit != 0 && !cs.closeAccented(orig, w) {
				continue
			}
			// Most words are no candidate: not a listed word, ASCII (every
			// listed letter is not) and without a listed ASCII ending.
			ascii := isASCII(orig)
			if !(cs.candIn.mayPos(d.wpos[i]) && cs.cand[w]) && ascii && !cs.asciiEnding(w) {
				continue
			}
			if r.isMasked(i) || isDigitWord(w) || i > s.ts && startsUpper(orig) {
				continue // a name inside the sentence
			}
			if i > s.ts && i+1 < s.te && startsUpper(d.text[d.toks[i-1].bs:d.toks[i-1].be]) && startsUpper(d.text[d.toks[i+1].bs:d.toks[i+1].be]) {
				continue // the joint of a name: Piazza della Signoria, Passeig de Gràcia
			}
			lower := w
			if !ascii {
				lower = norm.NFC.String(strings.ToLower(orig))
			}
			var langs uint32 // the close languages the word is a word of
			for k := range cs.langs {
				l := &cs.langs[k]
				if ownCl&(1<<k) == 0 && (l.words[w] && !(lower != w && accentedLatin(lower)) || slices.Contains(l.accented[w], lower) || !ascii && l.hasLetter(lower) || l.hasEnding(lower) || hasSpelling(lower, l.spellings)) && !l.shared[w] {
					langs |= 1 << k
				}
			}
			if langs == 0 {
				continue
			}
			if names == nil {
				names = r.closeNameWords()
			}
			if names[w] {
				continue
			}
			for k := range cs.langs {
				if langs&(1<<k) != 0 && !ascii && !hits[k].lettered && cs.langs[k].closeLettered(lower, orig) {
					hits[k].lettered = true
				}
				if langs&(1<<k) != 0 && !slices.Contains(hits[k].words, w) {
					hits[k].n++
					hits[k].words = append(hits[k].words, w)
					hits[k].shown = append(hits[k].shown, lower)
				}
			}
		}
		words := s.te - s.ts
		best, most := -1, 0
		for k := range hits {
			most = max(most, hits[k].n)
		}
		// Every language with the most words is tried: one Italian "una"
		// is a word of Catalan and Spanish too, and lingua, asked between
		// the locale's language and one of them, decides for that one.
		for k := range hits {
			if most > 0 && hits[k].n == most && words >= closeMinWords && r.closeSentence(&cs.langs[k], most, words, !hits[k].own && utf8.RuneCountInString(hits[k].shown[0]) >= closeAloneLetters, !hits[k].own && hits[k].lettered, s) {
				best = k
				break
			}
		}
		if best >= 0 {
			if !reported {
				rs, re := r.sentenceSpan(s)
				r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("this sentence reads as %s, not the language of %s (%s)", cs.langs[best].name, r.in.Locale, strings.Join(hits[best].shown, ", ")), rs, re)
				reported = true
			}
		}
		for k := range hits {
			if hits[k].n == 0 {
				flushRun(k, si)
				continue
			}
			rs := &runs[k]
			if rs.from < 0 {
				rs.from = si
			}
			for j, w := range hits[k].words {
				if !slices.Contains(rs.folded, w) {
					rs.folded = append(rs.folded, w)
					rs.seen = append(rs.seen, hits[k].shown[j])
				}
			}
		}
		if reported {
			return
		}
	}
	for k := range runs {
		flushRun(k, len(d.sents))
	}
}

// hyphenClitic returns, for the token i (folded w) written in lower case
// right after a word of letters and a hyphen with no space ("mantém-nos",
// "guarde-os", "usá-las"), the close languages (bits of cs.langs) whose
// clitics hold it and those beside which it is a clitic of the locale's
// own language (ownClitics); 0, 0 for any other token.
func (r *run) hyphenClitic(cs *closeSet, i int, w string) (langs, own uint32) {
	d := r.d
	if i == 0 {
		return 0, 0
	}
	t, prev := d.toks[i], d.toks[i-1]
	if t.bs-prev.be != 1 || d.text[prev.be] != '-' || !isASCII(d.text[t.bs:t.be]) || strings.ToLower(d.text[t.bs:t.be]) != d.text[t.bs:t.be] {
		return 0, 0
	}
	if prev.be-prev.bs < 2 || isDigitWord(d.word(i-1)) {
		return 0, 0
	}
	for k := range cs.langs {
		if cs.langs[k].ownClitics[w] {
			own |= 1 << k
		} else if cs.langs[k].clitics[w] {
			langs |= 1 << k
		}
	}
	return langs, own
}

// sentenceSpan is the rune span of sentence s from its first word to the
// punctuation after its last, without the space that follows.
func (r *run) sentenceSpan(s sentence) (int, int) {
	d := r.d
	start, end := d.toks[s.ts].rs, d.toks[s.te-1].re
	for _, c := range d.text[d.toks[s.te-1].be:] {
		if unicode.IsSpace(c) || isWordRune(c) {
			break
		}
		end++
	}
	return start, end
}

// closeOneMinWords is the shortest sentence whose one word of a close
// language asks lingua; closeOneConfidence the confidence lingua must give
// the close language then (the Bokmål host sentence "Armbåndet Arc er
// laget av sterlingsølv…" reads as Danish at 0.73; an Italian sentence in
// Spanish copy as Italian at 1.00).
const (
	closeOneMinWords   = 6
	closeOneConfidence = 0.8
)

// closeSentence decides a sentence of words tokens with n distinct words
// of close language l: three, or two that are a quarter of its words, at
// once; two that are a sixth of them where lingua does not know the
// language (Galician, Occitan, Frisian, Scots: no second opinion to ask);
// otherwise lingua, between the two languages alone, is the second
// opinion, for one word in a sentence of closeOneMinWords or more too
// (the words of a close language are most often one function word per
// sentence: "Si può indossare da solo o insieme ad altri gioielli" in
// Portuguese copy holds "può" alone of Portuguese's lists before #13's
// lang9).
//
// Where the two languages are close both ways (Danish and Bokmål, which
// share most words: "og", "det", "passer til alt"), one word of the close
// language of closeAloneLetters or more in a sentence holding no marker of
// the locale's own beside it (closeLang.own; alone) decides, unless lingua
// reads the sentence as the locale's language with closeOwnConfidence: "Du
// kan bære det hver dag, også efter en lang dag" is Danish, its twin with
// "etter" Bokmål. Shorter words (Swedish "ett", Danish "af") are as often
// a shared homograph or a slip (Bokmål "ett", the numeral). A word written
// with a letter of the close language the locale's language never writes
// (lettered: closeLettered) decides alone the same way, of any length and
// whether or not the close language has a pack naming the locale's, where
// lingua knows the close language (a Frisian loanword in Dutch, "skûtsjes",
// has no second opinion to clear it).
func (r *run) closeSentence(l *closeLang, n, words int, alone, lettered bool, s sentence) bool {
	switch {
	case n >= 3, n >= 2 && n*4 >= words:
		return true
	case n >= 2 && n*6 >= words && !langid.Knows(l.code):
		return true
	case n == 1 && (l.own != nil && alone || lettered && langid.Knows(l.code)):
		return !r.ownLingua(l.code, r.d.text[r.d.toks[s.ts].bs:r.d.toks[s.te-1].be])
	case n < 1, n == 1 && words < closeOneMinWords:
		return false
	}
	text := r.d.text[r.d.toks[s.ts].bs:r.d.toks[s.te-1].be]
	if n == 1 {
		return r.closeLinguaAt(l.code, text, closeOneConfidence)
	}
	return r.closeLingua(l.code, text)
}

// accentedLatin reports whether the word (lower, as written) holds a Latin
// letter beyond ASCII. Where it also differs from its folded form, a close
// language's word listed without the diacritic (Slovak "pred") is not the
// locale's word that folds to it (Czech "před", before: ř and ě are no
// Slovak letters): the word as written is another (#13, rp56: probe 56C cs-CZ 56C04, "proto prsten před mytím
// rukou a koupáním sundejte" read as Slovak).
func accentedLatin(lower string) bool {
	for _, c := range lower {
		if c >= utf8.RuneSelf && unicode.Is(unicode.Latin, c) {
			return true
		}
	}
	return false
}

// closeAloneLetters is the length of a close-language word that decides
// a sentence alone (closeSentence).
const closeAloneLetters = 4

// closeLetteredMin is the length of a word written with a letter of the
// close language that decides a sentence alone: "før" in Swedish copy, not
// a lone "ø" (a diameter written in lower case).
const closeLetteredMin = 3

// closeLettered reports whether the word (lower, as written in lower
// case; orig as written) is written in lower case with a Latin letter of
// l that the locale's language never writes (identity.close letters:
// Danish and Bokmål "æ", "ø" beside Swedish, Swedish "ä", "ö" beside
// them, Slovak "ľ", "ô" beside Czech): such a word is no homograph shared
// with the locale's language, and no name (names are capitalised), so
// one decides a short sentence unless lingua reads it as the locale's
// language (#13, twelfth session: a six-word Bokmål care sentence in
// sv-SE copy held "før" alone, three letters, and lingua read it as
// Bokmål only at 0.73, short of closeOneConfidence).
func (l *closeLang) closeLettered(lower, orig string) bool {
	if l.letters == "" || utf8.RuneCountInString(lower) < closeLetteredMin {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(orig); !unicode.IsLower(c) {
		return false
	}
	for _, c := range lower {
		if c >= utf8.RuneSelf && unicode.Is(unicode.Latin, c) && strings.ContainsRune(l.letters, c) {
			return true
		}
	}
	return false
}

// closeOwnConfidence is the confidence with which lingua, between the two
// languages alone, must read a sentence as the locale's language to
// clear it of one close-language word (closeSentence).
const closeOwnConfidence = 0.9

// ownLingua reports whether lingua reads text as the locale's language
// rather than code, with closeOwnConfidence.
func (r *run) ownLingua(code, text string) bool {
	return r.linguaReads(code, text, r.pack.Language, closeOwnConfidence)
}

// closeLingua asks lingua whether text is in the close language code
// rather than the locale's, between the two alone; false where lingua
// does not know the language (Galician, Flemish: their words decide
// alone).
func (r *run) closeLingua(code, text string) bool {
	return r.closeLinguaAt(code, text, 0.6)
}

// closeLinguaAt is closeLingua with the confidence lingua must reach.
func (r *run) closeLinguaAt(code, text string, conf float64) bool {
	return r.linguaReads(code, text, code, conf)
}

// linguaReads reports whether lingua, choosing between the locale's
// language and the close language code alone, reads text as want (one of
// the two) with at least conf; false where lingua knows only one of them.
func (r *run) linguaReads(code, text, want string, conf float64) bool {
	id := identityOnce()
	if id.det == nil {
		return false
	}
	det := id.det().Among([]string{r.pack.Language, code})
	if det == id.det() {
		return false
	}
	res := det.Identify(text)
	return res.Lang == want && res.Confidence >= conf
}

func (l *closeLang) hasLetter(w string) bool {
	return l.letters != "" && strings.ContainsAny(w, l.letters)
}

func (l *closeLang) hasEnding(w string) bool { return hasLongEnding(w, l.endings) }

// closeSpellingMin is the length, in letters, of the shortest word a
// close language's spelling marks: "øjne", not Bokmål "hej".
const closeSpellingMin = 4

// hasSpelling reports whether w (lower case), of closeSpellingMin letters
// or more, holds one of spellings.
func hasSpelling(w string, spellings []string) bool {
	if len(spellings) == 0 || utf8.RuneCountInString(w) < closeSpellingMin {
		return false
	}
	for _, sp := range spellings {
		if holdsSpelling(w, sp) {
			return true
		}
	}
	return false
}

// holdsSpelling reports whether w holds the spelling sp, at its start
// where sp begins with "^" (Danish "^udv": udvalgt, Bokmål utvalgt).
func holdsSpelling(w, sp string) bool {
	if rest, ok := strings.CutPrefix(sp, "^"); ok {
		return strings.HasPrefix(w, rest)
	}
	return strings.Contains(w, sp)
}

// hasLongEnding reports whether w, of five letters or more, ends in one of
// endings (a shorter word is too often a word of both languages).
func hasLongEnding(w string, endings []string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, e := range endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// closeNameWords are the folded words of the names the copy quotes as
// they stand in every language: the product's name and collection, the
// brand, its collections and its do-not-translate terms.
func (r *run) closeNameWords() map[string]bool {
	names := []string{r.in.Product.Name, r.in.Product.Collection}
	if r.g != nil {
		names = append(names, r.g.Brand)
		names = append(names, r.g.Collections...)
		for _, ge := range r.g.Glossary {
			if ge.Kind == "do_not_translate" {
				names = append(names, ge.Term)
			}
		}
	}
	m := map[string]bool{}
	for _, n := range names {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), func(c rune) bool { return !isWordRune(c) }) {
			m[foldWord(w)] = true
		}
	}
	return m
}

// checkCloseHan blocks a sentence of Chinese copy written in the other
// script's characters (langid.HanScript: OpenCC's tables): two or more
// characters only the other script writes, and more than of the locale's
// own. The whole-text rule (checkHanVariant) reads the copy as one.
func (r *run) checkCloseHan(l *closeLang) {
	own := r.pack.Script
	text := r.d.text
	// a sentence's counts; prev is the sentence before, for a run of two
	type hanSent struct {
		start, startRune, mine, theirs int
		seen                           []rune
	}
	var cur, prev hanSent
	var seenBuf [2][8]rune
	cur.seen, prev.seen = seenBuf[0][:0], seenBuf[1][:0]
	leans := func(h *hanSent) bool { return h.theirs > 0 && h.theirs > h.mine }
	report := func(from *hanSent, end, endRune int, seen []rune) bool {
		names := []string{r.in.Product.Name, r.in.Product.Collection}
		if r.g != nil {
			names = append(names, r.g.Brand)
		}
		for _, n := range names {
			if n != "" && strings.Contains(text[from.start:end], n) && strings.ContainsAny(n, string(seen)) {
				return false
			}
		}
		what := "this sentence is"
		if from != &cur {
			what = "these sentences are"
		}
		r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("%s written in %s characters (%s); %s copy is written in %s", what, hanScriptName(l.script), string(seen), r.in.Locale, hanScriptName(own)), from.startRune, endRune)
		return true
	}
	// flush judges the sentence ending at end: two or more characters of
	// the other script and more than of its own; or one, and so the
	// sentence before it.
	flush := func(end, endRune int) bool {
		switch {
		case cur.theirs >= 2 && leans(&cur):
			if report(&cur, end, endRune, cur.seen) {
				return true
			}
		case leans(&cur) && leans(&prev):
			if report(&prev, end, endRune, append(slices.Clone(prev.seen), cur.seen...)) {
				return true
			}
		}
		prev, cur = cur, prev
		cur.mine, cur.theirs, cur.seen = 0, 0, cur.seen[:0]
		return false
	}
	ri := 0
	for bi, c := range text {
		switch langid.HanScript(c) {
		case own:
			cur.mine++
		case l.script:
			cur.theirs++
			if len(cur.seen) < 6 && !slices.Contains(cur.seen, c) {
				cur.seen = append(cur.seen, c)
			}
		}
		ri++
		if strings.ContainsRune("。！？!?\n", c) {
			if flush(bi, ri) {
				return
			}
			cur.start, cur.startRune = bi+utf8.RuneLen(c), ri
		}
	}
	flush(len(text), ri)
}

func hanScriptName(s string) string {
	if s == "Hant" {
		return "Traditional Chinese"
	}
	return "Simplified Chinese"
}

// haniMin is the fewest Han characters of a sentence read as Chinese in
// Japanese or Korean copy: a heading of a few kanji ("素材：純銀") is not.
const haniMin = 8

// checkCloseHani blocks a sentence of Japanese or Korean copy written in
// Chinese (a close language of script Hani): haniMin Han characters or
// more and not one kana (Japanese) or Hangul syllable (Korean), the
// script every sentence of the locale's language writes.
func (r *run) checkCloseHani(l *closeLang) {
	text := r.d.text
	own := func(c rune) bool {
		if r.pack.Script == "Kore" {
			return unicode.Is(unicode.Hangul, c)
		}
		return unicode.Is(unicode.Hiragana, c) || unicode.Is(unicode.Katakana, c)
	}
	startRune, han, mine := 0, 0, 0
	ri := 0
	flush := func(end, endRune int) bool {
		if han >= haniMin && mine == 0 {
			r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("this sentence is written in %s, not the language of %s: %d Han characters and no %s", l.name, r.in.Locale, han, ownScriptName(r.pack.Script)), startRune, endRune)
			return true
		}
		han, mine = 0, 0
		return false
	}
	for bi, c := range text {
		switch {
		case unicode.Is(unicode.Han, c):
			han++
		case own(c):
			mine++
		}
		ri++
		if strings.ContainsRune("。！？.!?\n", c) {
			if flush(bi, ri) {
				return
			}
			startRune = ri
		}
	}
	flush(len(text), ri)
}

func ownScriptName(script string) string {
	if script == "Kore" {
		return "Hangul"
	}
	return "kana"
}

// foreignScriptMin is the fewest letters of another script that make a
// sentence one written in it: a Cyrillic brand or a Greek letter in a
// formula ("Ω") is not.
const foreignScriptMin = 12

// checkForeignScriptSentences blocks a sentence written in a script the
// locale's language does not write, where the copy as a whole is in its
// own (the whole-text rule, locale.script, reads the dominant script): a
// Ukrainian or Russian sentence in Polish, Czech or Greek copy (Cyrillic
// letters, foreignScriptMin or more and more than half the sentence's
// letters), and in Arabic or Greek copy a sentence of Latin words
// (Maltese, English), four lower-case words or more and not one letter of
// the locale's script. Latin in Japanese, Korean and Chinese copy is left
// to the English rules (model names, "Made in Japan"). It reports whether
// it blocked.
func (r *run) checkForeignScriptSentences() bool {
	own := r.pack.Script
	if own == "Jpan" || own == "Kore" || own == "Hans" || own == "Hant" {
		return false
	}
	d := r.d
	ownLatin := own == "" || own == "Latn"
	if ownLatin && !hasGreekOrCyrillic(d.text) {
		return false
	}
	for _, s := range d.sents {
		if s.te-s.ts < 3 {
			continue
		}
		var latin, cyr, grk, arab, other, lowerWords int
		seg := d.text[d.toks[s.ts].bs:d.toks[s.te-1].be]
		for _, c := range seg {
			switch {
			case c < 0x80:
				if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
					latin++
				}
			case !unicode.IsLetter(c):
			case unicode.Is(unicode.Latin, c):
				latin++
			case unicode.Is(unicode.Cyrillic, c):
				cyr++
			case unicode.Is(unicode.Greek, c):
				grk++
			case unicode.Is(unicode.Arabic, c):
				arab++
			default:
				other++
			}
		}
		letters := latin + cyr + grk + arab + other
		var name string
		switch {
		case own != "Cyrl" && cyr >= foreignScriptMin && cyr*2 > letters:
			name = "Cyrillic"
		case ownLatin && grk >= foreignScriptMin && grk*2 > letters:
			name = "Greek"
		case (own == "Arab" && arab == 0 || own == "Grek" && grk == 0) && latin >= foreignScriptMin:
			for i := s.ts; i < s.te; i++ {
				t := d.toks[i]
				w := d.text[t.bs:t.be]
				if c, _ := utf8.DecodeRuneInString(w); unicode.IsLower(c) && !r.isMasked(i) {
					lowerWords++
				}
			}
			if lowerWords >= 4 {
				name = "Latin"
			}
		}
		if name == "" {
			continue
		}
		rs, re := r.sentenceSpan(s)
		r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("this sentence is written in %s script, not in the language of %s", name, r.in.Locale), rs, re)
		return true
	}
	return false
}

// checkCloseYue blocks a sentence of Chinese copy written in Cantonese (a
// close language of script Yue): two or more of its words (嘅, 咗, 佢, 唔,
// 冇, 喺, 呢個: characters and words standard written Chinese does not
// use) in one sentence, or one in each of two sentences in a row. It
// reports whether it blocked.
func (r *run) checkCloseYue(l *closeLang) bool {
	text := r.d.text
	var seen, prev []string
	start, prevStart, ri := 0, -1, 0
	flush := func(endRune int) bool {
		switch {
		case len(seen) >= 2:
			slices.Sort(seen)
			r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("this sentence is written in %s, not the standard written Chinese of %s (%s)", l.name, r.in.Locale, strings.Join(seen, ", ")), start, endRune)
			return true
		case len(seen) == 1 && len(prev) == 1 && prevStart >= 0:
			r.add("locale.close_language", CatLocale, core.SeverityBlock, fmt.Sprintf("these sentences are written in %s, not the standard written Chinese of %s (%s, %s)", l.name, r.in.Locale, prev[0], seen[0]), prevStart, endRune)
			return true
		}
		prev, prevStart = seen, start
		seen = nil
		return false
	}
	bs := 0
	for bi, c := range text {
		ri++
		if strings.ContainsRune("。！？!?\n", c) {
			sent := text[bs:bi]
			for w := range l.words {
				if strings.Contains(sent, w) && !slices.Contains(seen, w) {
					seen = append(seen, w)
				}
			}
			if flush(ri) {
				return true
			}
			start, bs = ri, bi+utf8.RuneLen(c)
		}
	}
	if bs < len(text) {
		sent := text[bs:]
		for w := range l.words {
			if strings.Contains(sent, w) && !slices.Contains(seen, w) {
				seen = append(seen, w)
			}
		}
		return flush(ri)
	}
	return false
}

// hasGreekOrCyrillic reports whether s holds a byte that starts a Greek
// or Cyrillic letter in UTF-8 (U+0370–U+04FF: lead bytes 0xCD–0xD3).
func hasGreekOrCyrillic(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0xCD && c <= 0xD3 {
			return true
		}
	}
	return false
}
