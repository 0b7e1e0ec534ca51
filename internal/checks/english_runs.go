package checks

import (
	"fmt"
	"github.com/copydesk/copydesk/internal/styleguide"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// English runs (issue #13, misses: english_fragment). An untranslated
// English phrase left in copy of another language is often a short
// marketing tag with few function words ("…, perfect for every day",
// "Easy to style, …", "a true statement piece"), inside a clause that also
// holds words of the locale's language, so the clause test of
// checkEnglishFragment (three English function words and none of the
// locale's) misses it. A run of consecutive words that are English and
// not the locale's function words is untranslated when it holds three
// such words, an English content word of product copy among them, and
// either an English function word or three content words.
//
// englishCopyWords are content words of English product copy (adjectives,
// nouns, verbs and adverbs of praise, wear and gifting) that other
// languages do not borrow or share: words such as look, style, design,
// chic, elegant, modern, ideal, unique, simple, charm or collection are
// left out because German, Dutch, Scandinavian or Romance copy uses them
// as its own.
var englishCopyWords = wordSetOf(
	// praise
	"perfect", "perfectly", "beautiful", "beautifully", "lovely", "stunning", "gorgeous", "pretty", "amazing", "wonderful",
	"easy", "easily", "effortless", "effortlessly", "everyday", "special", "little", "great", "real", "true", "truly",
	"new", "best", "favourite", "favorite", "favourites", "favorites", "subtle", "dainty", "bold", "sleek", "stylish",
	"versatile", "comfortable", "wearable", "cute", "sweet", "fun", "striking", "sparkling", "shiny", "bright", "soft",
	"warm", "timeless", "understated", "eye", "catching", "must", "lightweight", "light", "whole", "own", "personal",
	"thoughtful", "meaningful", "precious", "luxurious", "gentle", "clean", "fresh", "simply", "really", "always",
	"forever", "ever", "never", "finest", "beauty", "elegance",
	// wear, occasions, people
	"wear", "wearing", "worn", "occasion", "occasions", "piece", "pieces", "statement", "gift", "gifts", "gifting",
	"day", "days", "night", "nights", "evening", "evenings", "morning", "outfit", "outfits", "touch", "finish",
	"addition", "finishing", "season", "seasons", "wardrobe", "staple", "staples", "treat", "keepsake", "lifetime", "someone",
	"anyone", "everyone", "friend", "friends", "mum", "mom", "mother", "sister", "birthday", "birthdays", "anniversary",
	"wedding", "weddings", "date", "office", "work", "holiday", "holidays", "jewellery", "jewelry", "box",
	"layering", "stacking", "vibe", "vibes", "glow", "sparkle", "shine", "year", "round", "time", "way", "life",
	// verbs
	"add", "adds", "elevate", "elevates", "complete", "completes", "dress", "dressed", "up", "down", "make", "makes",
	"made", "get", "give", "keep", "show", "feel", "feels", "shop", "buy", "discover", "bring", "brings", "love",
	"loved", "loves", "say", "says", "go", "goes", "need", "needs", "want", "treat", "yourself",
	// English spellings no other supported language writes
	"designed", "crafted", "handcrafted", "inspired", "featuring", "features", "delicate", "dazzling", "radiant",
	"graceful", "classic", "women", "woman", "girls", "ladies", "anytime", "wherever", "mind", "heart", "hearts",
	"smile", "memories", "cherish", "treasure", "treasured", "adore", "enough", "beloved", "brighten", "sparkly",
	// the piece's make and fastening, which copy describes in English
	// sentences left untranslated ("The matching 50 cm chain closes with a
	// spring-ring clasp." in fr-CA copy; #13, english_make21): words no
	// other supported language writes so (not "ring", "links", "spring",
	// "extender", "pendant", "bracelet", "charm")
	"matching", "chain", "chains", "clasp", "clasps", "closes", "fastens", "fastening", "necklace", "necklaces",
	"earring", "earrings", "securely", "adjustable", "length", "threads", "slides", "hangs",
	// calls to action ("Shop now.", "Order today.")
	"now", "today", "online", "order", "browse", "explore",
	// taglines ("Summer vibes only.", "Made to last.", "Less is more.")
	"summer", "winter", "autumn", "beach", "sunshine", "only", "less", "last", "lasting", "yours",
	"deserve", "giving", "keeps", "everything", "something", "nothing", "ready",
)

// latinWord reports whether a token is written in Latin letters only.
func latinWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func wordSetOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[foldWord(w)] = true
	}
	return m
}

// checkEnglishRuns flags the first run of English words in copy of
// another language, as described above.
func (r *run) checkEnglishRuns(own, en uint32) {
	masks := r.stopMasks()
	d := r.d
	kw := r.quotedKeywords()
	// In copy written in another script (Greek, Arabic, Japanese, Korean,
	// Chinese) every lower-case word in Latin letters is foreign: English
	// words that European languages share ("elegant", "modern", "chic")
	// count there too. A capitalised one is a name unless it is English
	// copy ("Perfect for...").
	latinForeign := r.pack != nil && r.pack.Script != "" && r.pack.Script != "Latn"
	start, fn, content, enWords := -1, 0, 0, 0
	first, last := -1, -1
	flush := func() bool {
		ok := enWords >= 3 && content >= 1 && (fn >= 1 || content >= 3) || r.englishSentence(first, last, enWords, content, fn)
		if ok {
			r.addTokens("locale.untranslated", CatLocale, core.SeverityBlock, fmt.Sprintf("%q is untranslated English", d.orig(first, last+1)), first, last+1)
		}
		start, fn, content, enWords, first, last = -1, 0, 0, 0, -1, -1
		return ok
	}
	for i := range d.toks {
		// The clause punctuation of every script ends a run: Chinese and
		// Japanese "。" is no sentence end of the document's ("Knot
		// Necklace 18。Knot Necklace 18的材質…" read the two names as one
		// English run; #13, cjkname42).
		if start >= 0 && i > 0 && (d.toks[i].sent != d.toks[i-1].sent || strings.ContainsAny(d.gap(i-1), ",;:()—–\"«»“”.!?。！？，、；：「」『』")) {
			if flush() {
				return
			}
		}
		m := masks[i]
		w := d.word(i)
		isOwn, isEn := m&own != 0, m&en != 0
		copyWord := englishCopyWords[w]
		if !copyWord && latinForeign && !isEn {
			// A capital opens a sentence as well as a name ("Summer
			// vibes only." after 。).
			o := d.orig(i, i+1)
			opens := i == 0 || d.toks[i].sent != d.toks[i-1].sent || strings.ContainsAny(d.gap(i-1), ".!?。！？")
			copyWord = latinWord(o) && (!startsUpper(o) || opens) && len(o) > 2 && !r.isNameWord(w)
		}
		switch {
		case r.numberOrUnit(i):
			// A number and its unit ("It comes on a 50 cm box chain.")
			// are no language's: like a word of both languages, they
			// neither start a run nor count, nor end one (#13,
			// english_sentence19).
			continue
		case r.isMasked(i) || kw != nil && kw[i] || (isOwn && !isEn) || (!isEn && !copyWord):
			if start >= 0 && flush() {
				return
			}
			continue
		case isOwn && isEn:
			// A word of both languages ("a", "to" in Polish) neither
			// starts a run nor counts, but it does not end one.
			if start < 0 {
				continue
			}
		case isEn:
			fn++
			enWords++
		default:
			content++
			enWords++
		}
		if start < 0 {
			start, first = i, i
		}
		if !(isOwn && isEn) {
			last = i
		}
	}
	if start >= 0 && flush() {
		return
	}
	if r.checkEnglishSentences(own, en) || r.checkEnglishClauses(own, en) {
		return
	}
	r.checkEnglishWholeSentences(own, en) // english_sentence_level.go
}

// checkEnglishSentences flags a short sentence or clause that is English as
// a whole but holds words other languages share or no list holds ("Beach
// days, summer nights.", "…, the ultimate statement piece."): two to ten
// words in Latin
// letters, none a function word of the locale's language alone, at least
// half English (function or copy words), any other word in lower case (a
// capital inside is a name: "Made in Italy."). In copy written in Latin
// letters lingua, asked between the locale's language and English alone,
// must be sure it is English (0.95); in Greek, Arabic, Japanese, Korean or
// Chinese copy a sentence in Latin letters is foreign as it stands.
func (r *run) checkEnglishSentences(own, en uint32) bool {
	latin := r.pack == nil || r.pack.Script == "" || r.pack.Script == "Latn"
	d := r.d
	masks := r.stopMasks()
	kw := r.quotedKeywords()
	// Sentences and clauses: the document's sentences, split at a full
	// stop it does not split at (Chinese and Japanese "。") and at clause
	// punctuation.
	from := 0
	for i := range d.toks {
		end := i+1 == len(d.toks) || d.toks[i+1].sent != d.toks[i].sent || strings.ContainsAny(d.gap(i), ".!?。！？,;:()—–，、；：")
		if !end {
			continue
		}
		s, e := from, i+1
		from = i + 1
		// A number and the unit after it ("50 cm", "925", "18k") are
		// written alike in every language: they neither count nor end the
		// sentence ("It comes on a 50 cm box chain." in French copy; #13,
		// english_sentence19).
		neutral := 0
		for j := s; j < e; j++ {
			if r.numberOrUnit(j) {
				neutral++
			}
		}
		n := e - s - neutral
		if n < 2 || n > 10 {
			continue
		}
		known, ok := 0, true
		for j := s; j < e && ok; j++ {
			m := masks[j]
			switch {
			case r.numberOrUnit(j):
			case r.isMasked(j) || kw != nil && kw[j] || !latinWord(d.orig(j, j+1)):
				ok = false
			case m&own != 0 && m&en == 0:
				ok = false
			case m&en != 0 || englishCopyWords[d.word(j)]:
				known++
			case j > s && startsUpper(d.orig(j, j+1)):
				ok = false // a name ("Made in Italy.")
			}
		}
		if !ok || known*2 < n || known < 2 {
			continue
		}
		said := d.text[d.toks[s].bs:d.toks[e-1].be]
		if neutral > 0 {
			// lingua is asked about the words alone: a number and its
			// unit make it unsure of any language
			var b strings.Builder
			for j := s; j < e; j++ {
				if !r.numberOrUnit(j) {
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(d.orig(j, j+1))
				}
			}
			said = b.String()
		}
		if latin && !r.linguaEnglish(said) {
			continue
		}
		r.addTokens("locale.untranslated", CatLocale, core.SeverityBlock, fmt.Sprintf("%q is untranslated English", d.orig(s, e)), s, e)
		return true
	}
	return false
}

// checkEnglishClauses flags an English clause left inside a sentence of
// another language, among its words ("Portez-les avec un pull à col roulé
// and your hair pulled back to show off the twist, ou …"; #13,
// english_fragment34): the clause test of checkEnglishFragment misses it
// because the sentence's clause holds the locale's function words too, and
// the run test of checkEnglishRuns because its content words ("hair",
// "pulled", "twist") are on no list. A stretch of words in Latin letters
// with no function word of the locale's language alone, nor of a third
// language's (Italian "una" in German copy: lingua, asked between German
// and English alone, calls Italian English), no name and no clause
// punctuation, taken from its first English word, is English when
// it holds four words or more, two English function words and one in four
// at least, and lingua, asked between the locale's language and English
// alone, is sure (0.95) it is English; in Greek, Arabic, Japanese, Korean
// or Chinese copy Latin letters are foreign as they stand. Loanwords
// ("look", "must-have", "layering") bring no English function words, a
// function word of both languages (Polish and Czech "to") is a word but
// not an English one, and a name in capitals ends the stretch.
func (r *run) checkEnglishClauses(own, en uint32) bool {
	latin := r.pack == nil || r.pack.Script == "" || r.pack.Script == "Latn"
	d := r.d
	masks := r.stopMasks()
	kw := r.quotedKeywords()
	start, last, words, fn := -1, -1, 0, 0
	flush := func() bool {
		defer func() { start, last, words, fn = -1, -1, 0, 0 }()
		if start < 0 || words < 4 || fn < 2 || fn*4 < words {
			return false
		}
		if latin && !r.linguaEnglish(d.orig(start, last+1)) {
			return false
		}
		r.addTokens("locale.untranslated", CatLocale, core.SeverityBlock, fmt.Sprintf("%q is untranslated English", d.orig(start, last+1)), start, last+1)
		return true
	}
	for i := range d.toks {
		if start >= 0 && i > 0 && (d.toks[i].sent != d.toks[i-1].sent || strings.ContainsAny(d.gap(i-1), ",;:()—–\"«»“”.!?。！？，、；：「」『』")) {
			if flush() {
				return true
			}
		}
		if r.numberOrUnit(i) {
			continue
		}
		m := masks[i]
		o := d.orig(i, i+1)
		w := d.word(i)
		opens := i == 0 || d.toks[i].sent != d.toks[i-1].sent
		name := startsUpper(o) && !opens && o != "I" || r.isNameWord(w)
		if !latinWord(o) || name || r.isMasked(i) || kw != nil && kw[i] || m != 0 && m&en == 0 {
			if flush() {
				return true
			}
			continue
		}
		isEn := m&en != 0 && m&own == 0
		if start < 0 {
			if !isEn && !englishCopyWords[w] {
				continue
			}
			start = i
		}
		last = i
		words++
		if isEn {
			fn++
		}
	}
	return flush()
}

// unitAbbrevs are the unit symbols written the same in every language,
// read as a number's unit only right after it.
var unitAbbrevs = wordSetOf("mm", "cm", "m", "ct", "cts", "ctw", "tcw", "g", "mg", "kt", "k", "ml")

// numberOrUnit reports whether token j is a number ("50", "0,5", "18k",
// "925") or a unit symbol right after one ("50 cm").
func (r *run) numberOrUnit(j int) bool {
	o := r.d.orig(j, j+1)
	if o == "" {
		return false
	}
	if c, _ := utf8.DecodeRuneInString(o); c >= '0' && c <= '9' {
		// The whole token: digits with their separators and at most
		// Latin letters glued on (a unit or karat: "925", "0,5", "18k",
		// "14K", "3mm"). Where a script needs no spaces a number opens a clause as one
		// token with it ("10をご紹介します", "10的材质为14K镀玫瑰金925银"
		// after a product name "Knot Necklace 10"): that token is words,
		// not a number, and ends a run of English (#13, cjkname42: a
		// 25-locale bench launch failed 5 truthful drafts on it).
		// Latin letters glued on ("24h", "2x", "4ever") leave the
		// number neutral as before: only another script's words glued
		// on make the token words (#13, adv42: "Wear it 24h a day." in
		// fr-FR copy passed as two short runs).
		rest := strings.ToLower(strings.TrimLeft(o, "0123456789.,'’ "))
		return rest == "" || latinWord(rest)
	}
	if j == 0 {
		return false
	}
	// The word before first, then the map: few words follow a number,
	// and this is asked of every word of a run (#17, perf65).
	p := r.d.orig(j-1, j)
	c, _ := utf8.DecodeRuneInString(p)
	return c >= '0' && c <= '9' && unitAbbrevs[r.d.word(j)] && strings.TrimSpace(r.d.gap(j-1)) == ""
}

// linguaEnglish reports whether lingua, between the locale's language
// and English alone, is sure (0.95) that text is English.
func (r *run) linguaEnglish(text string) bool {
	id := identityOnce()
	if id.det == nil {
		return false
	}
	det := id.det().Among([]string{r.lang, "en"})
	if det == id.det() {
		return false
	}
	res := det.Identify(text)
	return res.Lang == "en" && res.Confidence >= 0.95
}

// englishSentence reports whether the run [first, last] of enWords English
// words (content of them copy words, fn function words) is a whole
// sentence of two words or more, a copy word and another English word,
// written apart ("Shop now.", "Love it!", not "Must-have."): a call to
// action or a tag left in English.
func (r *run) englishSentence(first, last, enWords, content, fn int) bool {
	if first < 0 || enWords < 2 || content < 1 || content+fn < 2 {
		return false
	}
	d := r.d
	s := d.sents[d.toks[first].sent]
	// Sentence ends: the document's, or a full stop the document does not
	// split at (Chinese and Japanese "。").
	const stops = ".!?。！？"
	if first != s.ts && !strings.ContainsAny(d.gap(first-1), stops) || last != s.te-1 && !strings.ContainsAny(d.gap(last), stops) {
		return false
	}
	for i := first; i < last; i++ {
		if g := d.gap(i); strings.TrimSpace(g) != "" || g == "" {
			return false // joined by a hyphen or an apostrophe: one word
		}
	}
	return true
}

// isNameWord reports whether a folded word is one of the brand's names:
// the brand, a collection, a competitor or a do-not-translate term.
func (r *run) isNameWord(w string) bool {
	if r.g == nil {
		return false
	}
	if r.cg == nil {
		return nameWordSet(r.g)[w]
	}
	r.cg.nameOnce.Do(func() { r.cg.nameWords = nameWordSet(r.g) })
	return r.cg.nameWords[w]
}

// nameWordSet is the folded words isNameWord knows in g: each collection
// and the brand whole, and each word of every glossary term, made once a
// compiled guide (the English-clause reader asks it of every word).
func nameWordSet(g *styleguide.Guide) map[string]bool {
	set := map[string]bool{foldWord(strings.ToLower(g.Brand)): true}
	for _, n := range g.Collections {
		set[foldWord(strings.ToLower(n))] = true
	}
	for _, e := range g.Glossary {
		for _, f := range strings.Fields(foldForm(e.Term)) {
			set[f] = true
		}
	}
	return set
}

// quotePairs are the opening quotation marks of the scripts and their
// closing marks.
var quotePairs = map[rune]rune{'"': '"', '“': '”', '”': '”', '„': '“', '«': '»', '»': '«', '‹': '›', '「': '」', '『': '』', '‘': '’', '\'': '\''}

// quotedKeywords marks the tokens of a quotation that is wholly the
// product's own keywords, name or collection (or one keyword's English
// core: keywordPart), one or several joined by a slash, a
// comma or "or" ("ear climber / ear crawler", «ear climber» on a climber
// earring whose keywords are those): the trade's name for the piece quoted
// as it stands is no untranslated fragment (#13, zh-CN
// english_fragment). Unquoted, a keyword in English is still one. A brand
// slogan the guide keeps in English (a do-not-translate term of several
// words: dntSlogans) is marked where it stands, quoted or not (#13,
// langfrag55).
func (r *run) quotedKeywords() []bool {
	if !r.quotedKwDone {
		r.quotedKw, r.quotedKwDone = r.markSequences(r.markTradeTerms(r.findQuotedKeywords()), r.dntSlogans()), true
	}
	return r.quotedKw
}

// englishTradeTerms are names of the jewellery trade, written with English
// words, that copy in other languages keeps as they stand, as it keeps
// "pavé", "halo" or "Keshi" (#13, counts47: "έξι διαμάντια salt and
// pepper", probe 47D el-GR 47D104-1/-3; GIA, "Salt and Pepper Diamonds";
// the trade's names of old cuts and of nacre). Each is folded words in
// order; a hyphen splits a word as a space does. They are no untranslated
// English: the runs, sentences and clauses read round them.
var englishTradeTerms = [][]string{
	{"salt", "and", "pepper"},
	{"salt", "n", "pepper"},
	{"salt", "pepper"}, // "salt & pepper"
	{"mother", "of", "pearl"},
	{"old", "mine", "cut"},
	{"old", "european", "cut"},
	{"old", "euro", "cut"},
	{"rose", "cut"},
	{"cat", "s", "eye"},
	{"tiger", "s", "eye"},
	{"toi", "et", "moi"},
	{"you", "and", "me"},
}

// markTradeTerms marks in kw (made when nil) the tokens of each
// englishTradeTerms name in the copy, and returns it.
func (r *run) markTradeTerms(kw []bool) []bool {
	d := r.d
	for i := range d.toks {
		for _, t := range englishTradeTerms {
			if i+len(t) > len(d.toks) {
				continue
			}
			ok := true
			for k, w := range t {
				if d.word(i+k) != w || k > 0 && d.toks[i+k].sent != d.toks[i].sent || k > 0 && strings.ContainsAny(d.gap(i+k-1), ",;:.!?()") {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			if kw == nil {
				kw = make([]bool, len(d.toks))
			}
			for k := range t {
				kw[i+k] = true
			}
		}
	}
	return kw
}

func (r *run) findQuotedKeywords() []bool {
	p := &r.in.Product
	if len(p.Keywords) == 0 || !strings.ContainsAny(r.d.text, "\"“”„«»‹「『‘'") {
		return nil
	}
	d := r.d
	var kws [][]string
	for _, k := range append([]string{p.Name, p.Collection}, p.Keywords...) {
		if ws := splitWordsSeg(k, d.seg); len(ws) > 0 {
			kws = append(kws, ws)
		}
	}
	var out []bool
	text := d.text
	for i := 0; i < len(text); {
		c, size := utf8.DecodeRuneInString(text[i:])
		closer, ok := quotePairs[c]
		if !ok {
			i += size
			continue
		}
		if c == '\'' {
			if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && unicode.IsLetter(prev) {
				i += size // an apostrophe
				continue
			}
		}
		end := strings.IndexRune(text[i+size:], closer)
		if c == '„' {
			// Polish closes „ with ” where German closes it with “.
			if e2 := strings.IndexRune(text[i+size:], '”'); e2 >= 0 && (end < 0 || e2 < end) {
				end, closer = e2, '”'
			}
		}
		if end < 0 {
			break
		}
		qs, qe := i+size, i+size+end
		i = qe + utf8.RuneLen(closer)
		// The tokens inside [qs, qe).
		s, e := -1, -1
		for k := range d.toks {
			if d.toks[k].bs >= qs && d.toks[k].be <= qe {
				if s < 0 {
					s = k
				}
				e = k + 1
			}
		}
		if s < 0 || !keywordsCover(d, s, e, kws) && !keywordPart(d, s, e, kws) {
			continue
		}
		if out == nil {
			out = make([]bool, len(d.toks))
		}
		for k := s; k < e; k++ {
			out[k] = true
		}
	}
	return out
}

// keywordPart reports whether the tokens [s, e) are, whole, a run of
// two or more consecutive words of one keyword, at least half of its
// words: the keyword's English core quoted while its head noun is
// translated beside it (「ignore-the-rules」なスタイル for the keyword
// "ignore-the-rules style", «ignore-the-rules» style; #13,
// keyword_english19). A quoted English phrase that is no keyword's part
// is still read.
func keywordPart(d *document, s, e int, kws [][]string) bool {
	n := e - s
	if n < 2 {
		return false
	}
	for _, kw := range kws {
		if len(kw) <= n || 2*n < len(kw) {
			continue
		}
		for o := 0; o+n <= len(kw); o++ {
			ok := true
			for k := 0; k < n; k++ {
				if d.word(s+k) != kw[o+k] {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// keywordsCover reports whether the tokens [s, e) are a sequence of the
// keywords kws, one after another, with "or" allowed between two.
func keywordsCover(d *document, s, e int, kws [][]string) bool {
	for j := s; j < e; {
		if j > s && (d.word(j) == "or" || d.word(j) == "and") {
			j++
			continue
		}
		best := 0
		for _, kw := range kws {
			if j+len(kw) > e || len(kw) <= best {
				continue
			}
			ok := true
			for n, w := range kw {
				if d.word(j+n) != w {
					ok = false
					break
				}
			}
			if ok {
				best = len(kw)
			}
		}
		if best == 0 {
			return false
		}
		j += best
	}
	return true
}
