package checks

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/langid"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/text"
	"golang.org/x/text/unicode/norm"
)

// ---- locale: language, script and variant, from the locale pack ----

// packScripts maps a pack's ISO 15924 script to the script names of
// internal/text that its copy is dominated by.
var packScripts = map[string]string{"Latn": "Latin", "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew", "Cyrl": "Cyrillic", "Jpan": "Han", "Hans": "Han", "Hant": "Han", "Kore": "Hangul", "Thai": "Thai"}

// identity is what the language check needs from every pack at once.
type identity struct {
	langs []string // distinct languages of the packs
	det   func() *langid.Detector
}

var identityOnce = sync.OnceValue(func() *identity {
	id := &identity{}
	set, err := locales.Load()
	if err != nil {
		return id
	}
	for _, l := range set.Supported() {
		p, _ := set.Get(l)
		if !slices.Contains(id.langs, p.Language) {
			id.langs = append(id.langs, p.Language)
		}
	}
	sort.Strings(id.langs)
	id.det = sync.OnceValue(func() *langid.Detector { return langid.Default(id.langs) })
	return id
})

// checkPackLanguage judges the language of copy for a locale with a pack:
//   - the script must be the locale's (Arabic copy in Arabic script;
//     Japanese with kana, not Chinese alone; Chinese without kana);
//   - when another language's function words outnumber the locale's, or
//     the copy holds words typical of a close neighbour (Catalan in
//     Spanish, Danish in Norwegian), lingua-go decides among the packs'
//     languages and their neighbours; a confident other language blocks;
//   - spellings of the neighbouring variant of the same language (pt-BR
//     "fato" in pt-PT, Traditional 項鍊 in zh-CN) warn.
func (r *run) checkPackLanguage() {
	p := r.pack
	src := r.d.text
	// Names stay as written in every script (the brand, the product's
	// name, its collection): they say nothing of the copy's language.
	names := []string{r.in.Product.Name, r.in.Product.Collection}
	if r.g != nil {
		names = append(names, r.g.Brand)
		names = append(names, r.g.Collections...)
	}
	sc := scriptsWithout(src, names)
	total := 0
	for _, n := range sc {
		total += n
	}
	if total < 12 {
		return
	}
	if want := packScripts[p.Script]; want != "" {
		if dom := sc.Dominant(); dom != "" && dom != want {
			r.add("locale.script", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy is written in %s script; %s copy is written in %s", dom, r.in.Locale, want), 0, 0)
			return
		}
	}
	kana := sc["Hiragana"] + sc["Katakana"]
	switch {
	case p.Script == "Jpan" && kana == 0 && sc["Han"] >= 12:
		r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy has no kana: it reads as Chinese, not Japanese (%s)", r.in.Locale), 0, 0)
		return
	case (p.Script == "Hans" || p.Script == "Hant") && kana*10 > sc["Han"]:
		r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy holds kana: it reads as Japanese, not Chinese (%s)", r.in.Locale), 0, 0)
		return
	}
	if (p.Script == "Hans" || p.Script == "Hant") && r.checkHanVariant() {
		return
	}
	neighbour, other, words := r.checkVariants()
	if p.Script == "Jpan" || p.Script == "Hans" || p.Script == "Hant" {
		return
	}
	// Three different words that only a close neighbour writes (Bokmål
	// "noen", "bruke", "jobb" in Danish copy; Slovak "striebra", "alebo",
	// "pre" in Czech) tell the language where trigram identification of
	// two near-identical languages hesitates (identity.foreign in packs).
	if words >= 3 && len(r.d.toks) >= 8 {
		r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy reads as %s, not the language of %s (%d words only %s writes)", langName(other), r.in.Locale, words, langName(other)), 0, 0)
		return
	}
	id := identityOnce()
	own := r.hitsOf(p.Language)
	outnumbered := false
	for _, l := range id.langs {
		if l != p.Language && r.hitsOf(l) > own {
			outnumbered = true
			break
		}
	}
	if !neighbour && !outnumbered || len(r.d.toks) < 8 {
		return
	}
	det := id.det()
	if !outnumbered {
		// Only a close neighbour's words make the language doubtful:
		// the question is the close-language rule's, this language or
		// the neighbours its pack names (Spanish or Catalan), and only
		// their models are needed. Another language's function words
		// outnumbering ours ask every language.
		det = det.Among(neighbourLanguages(p))
		if onNeighbourQuestion != nil {
			onNeighbourQuestion(p, src)
		}
	}
	res := det.Identify(src)
	if res.Lang == "" || res.Lang == p.Language || res.Confidence < 0.5 {
		return
	}
	r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy reads as %s, not the language of %s", langName(res.Lang), r.in.Locale), 0, 0)
}

// onNeighbourQuestion, when set (by a test that does not run in
// parallel), sees each text asked among the neighbours alone.
var onNeighbourQuestion func(p *locales.Pack, text string)

// closeByPack caches neighbourLanguages by pack.
var closeByPack sync.Map // *locales.Pack -> []string

// neighbourLanguages is a pack's language, the other languages its
// foreign spellings belong to (identity.foreign: "ca" for es-ES, Bokmål
// and Nynorsk for da-DK; a locale such as "nb-NO" stands for its
// language) and lingua's neighbours close to any of them
// (langid.NeighboursOf: Nynorsk beside Bokmål): the languages the
// close-language rule tells apart. Without Nynorsk, nb-NO copy with one
// Danish word would pass where every language's lingua reads it as
// Nynorsk (TestNeighbourQuestionAnswersAsEveryLanguage).
func neighbourLanguages(p *locales.Pack) []string {
	if v, ok := closeByPack.Load(p); ok {
		return v.([]string)
	}
	out := []string{p.Language}
	for _, owner := range p.Identity.Foreign {
		if lang := ownerLanguage(owner); lang != "" && !slices.Contains(out, lang) {
			out = append(out, lang)
		}
	}
	for _, lang := range langid.NeighboursOf(out...) {
		if !slices.Contains(out, lang) {
			out = append(out, lang)
		}
	}
	closeByPack.Store(p, out)
	return out
}

// checkVariants warns on spellings of a neighbouring variant and reports
// whether one of them belongs to another language (which makes the
// language itself doubtful).
func (r *run) checkVariants() (otherLanguage bool, top string, topWords int) {
	foreign := r.pack.Identity.Foreign
	if len(foreign) == 0 {
		return false, "", 0
	}
	// distinct words per other language, for the caller's count
	var seen map[string]map[string]bool
	// distinct words per other variant of this language, in text order
	var variety map[string][]string
	other := func(lang, word string) {
		otherLanguage = true
		if seen == nil {
			seen = map[string]map[string]bool{}
		}
		if seen[lang] == nil {
			seen[lang] = map[string]bool{}
		}
		seen[lang][strings.ToLower(word)] = true
		if n := len(seen[lang]); n > topWords {
			top, topWords = lang, n
		}
	}
	report := func(word, owner string, s, e int) {
		if owner == "" {
			return
		}
		if !strings.Contains(owner, "-") {
			other(owner, word)
			return
		}
		if o, _ := locales.Must().Get(owner); o != nil && o.Language != r.pack.Language {
			other(o.Language, word)
			return
		}
		r.add("locale.variant", CatLocale, core.SeverityWarn, fmt.Sprintf("%q is the spelling of %s, not %s", word, owner, r.in.Locale), s, e)
		if variety == nil {
			variety = map[string][]string{}
		}
		if lw := strings.ToLower(word); !slices.Contains(variety[owner], lw) {
			variety[owner] = append(variety[owner], lw)
		}
	}
	if r.pack.Script == "Hans" || r.pack.Script == "Hant" || r.pack.Script == "Jpan" {
		// No spaces: look for the forms as runs of characters (in a fixed
		// order: the variety's message lists them).
		for _, w := range slices.Sorted(maps.Keys(foreign)) {
			owner := foreign[w]
			for bs := range text.Occurrences(r.d.text, w) {
				s := r.runeOffset(bs)
				report(w, owner, s, s+len([]rune(w)))
			}
		}
		// The other script's characters are checkHanVariant's; its words
		// ("視頻", "軟體") are a variety as any language's (#13, variety28).
		r.checkVariety(variety, nil)
		return otherLanguage, top, topWords
	}
	fv := foreignFolded(r.pack)
	// phrases first: their words are not read again on their own
	// (variety_phrases.go)
	covered := r.matchForeignPhrases(report)
	for i := range r.d.toks {
		if covered != nil && covered[i] {
			continue
		}
		vs, ok := fv[r.d.word(i)]
		if !ok {
			continue
		}
		w := r.d.orig(i, i+1)
		for _, v := range vs {
			// A spelling that differs from ours only by its accents
			// (pt-BR "zircônia", pt-PT "zircónia") is compared as
			// written; the others folded ("Zirconia" is "zirconia").
			if v.accented && !strings.EqualFold(w, v.form) {
				continue
			}
			s, e := r.d.span(i, i+1)
			report(w, v.owner, s, e)
			break
		}
	}
	r.checkVariety(variety, r.checkVarietyGrammar())
	return otherLanguage, top, topWords
}

// checkVariety blocks copy written in another variety of the language:
// three different words only that variety writes (pt-BR "marrom", "ônix",
// "calcedônia" on pt-PT; es-ES "os", "vuestra", "vale" on es-MX; en-US
// "color", "jewelry", "gray" on en-GB) in a text of at least 8 tokens
// read as that variety throughout, which the market's locale reviewers
// reject (#13, variety26). One or two such words stay the per-word
// locale.variant warnings: a loanword or a quoted name is not a variety.
//
// A construction of the other variety's grammar (grammar, from
// checkVarietyGrammar) counts twice (variety_grammar.go): nothing but
// the variety explains it, as a loanword or a name explains a word. So
// a strong word of the pack one and a half times (identity.foreign_strong:
// a pronoun, possessive or verb form of the other variety's grammar, its
// slang): two distinct strong markers block, one strong marker beside
// one spelling warns, one lone spelling variant warns (#13, variety28).
func (r *run) checkVariety(variety map[string][]string, grammar map[string][]grammarHit) {
	n := len(r.d.toks)
	if s := r.pack.Script; s == "Hans" || s == "Hant" || s == "Jpan" {
		n = utf8.RuneCountInString(r.d.text) / 2 // a run of Han is one token; a word is about two characters
	}
	if n < 8 {
		return
	}
	owners := slices.Sorted(maps.Keys(variety))
	for o := range grammar {
		if !slices.Contains(owners, o) {
			owners = append(owners, o)
		}
	}
	slices.Sort(owners)
	for _, owner := range owners {
		ws, gs := variety[owner], grammar[owner]
		// a construction that is one of the words ("tenéis") counts once
		gs = slices.DeleteFunc(slices.Clone(gs), func(g grammarHit) bool { return slices.Contains(ws, g.text) })
		// In halves of a word: a word 2, a strong word (identity.
		// foreign_strong: the variety's grammar or slang) 3, a construction
		// 4 (or its grammarMarker.halves: a spelling 2, "em um" 3); 6
		// blocks: three words, two strong words, a construction and a
		// word; not a strong word and a word (#13, variety28, close47).
		score := 0
		var gtexts []string
		for _, g := range gs {
			score += g.halves
			gtexts = append(gtexts, g.text)
		}
		for _, w := range ws {
			score += 2
			if slices.Contains(r.pack.Identity.ForeignStrong, w) {
				score++
			}
		}
		if score >= varietyBlockHalves {
			r.add("locale.variety", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy is written in %s, not %s (%d words and %d constructions only %s writes: %s)", owner, r.in.Locale, len(ws), len(gs), owner, strings.Join(append(slices.Clone(ws), gtexts...), ", ")), 0, 0)
			return
		}
	}
}

// varietyBlockHalves is the density, in halves of a word, at which
// checkVariety blocks copy as another variety of its language: three
// distinct words, two strong words, or a construction and a word. The
// reason is the line between a stray word and a variety: one or two
// words of the neighbour (a loanword, a quoted name, "tênis" on pt-PT)
// stay locale.variant warnings, as the market's reviewers let them pass;
// three distinct markers in one text are how a reviewer recognises copy
// written in the other variety (#13, variety26, variety28, variant61).
const varietyBlockHalves = 6

// foreignForm is one spelling of a neighbour (identity.foreign).
type foreignForm struct {
	form, owner string
	accented    bool // the form has letters that folding changes
}

var foreignCache sync.Map // *locales.Pack -> map[string][]foreignForm

// foreignFolded indexes a pack's neighbour spellings by their folded form,
// the form document words are read in.
func foreignFolded(p *locales.Pack) map[string][]foreignForm {
	if m, ok := foreignCache.Load(p); ok {
		return m.(map[string][]foreignForm)
	}
	m := map[string][]foreignForm{}
	for _, w := range slices.Sorted(maps.Keys(p.Identity.Foreign)) {
		form := norm.NFC.String(strings.ToLower(w))
		k := foldWord(form)
		m[k] = append(m[k], foreignForm{form: form, owner: p.Identity.Foreign[w], accented: k != form})
	}
	foreignCache.Store(p, m)
	return m
}

var langNames = map[string]string{"ca": "Catalan", "sk": "Slovak", "nn": "Norwegian Nynorsk", "nb": "Norwegian Bokmål", "da": "Danish", "sv": "Swedish", "es": "Spanish", "pt": "Portuguese", "en": "English", "fr": "French", "de": "German", "it": "Italian", "nl": "Dutch", "fi": "Finnish", "pl": "Polish", "cs": "Czech", "tr": "Turkish", "el": "Greek", "ar": "Arabic", "ja": "Japanese", "ko": "Korean", "zh": "Chinese"}

func langName(code string) string {
	if n, ok := langNames[code]; ok {
		return n
	}
	return strings.ToUpper(code)
}

// hanVariants are frequent characters written differently in Simplified
// (zh-CN) and Traditional (zh-TW) Chinese, pair by pair (这/這, 项/項,
// 链/鏈, 银/銀...). Copy for one variant written in the other's
// characters is in the other variant's script, which a reviewer of the
// market would not publish (#16: Simplified Chinese on zh-TW blocks).
var hanVariants = func() (simp, trad map[rune]bool) {
	const s, t = "这们个来时为说对会样发经过动进让还点从两给长问么间见现边区开关买卖东车业条项链银钻饰镯环计设礼适欢质优简丽爱闪颗宝颜红蓝绿黄纯镀铂钛钢铜贵华气级尔热态风带图书觉页实产报应达场认里总与无约轻选择缀坠挂颈调", "這們個來時為說對會樣發經過動進讓還點從兩給長問麼間見現邊區開關買賣東車業條項鏈銀鑽飾鐲環計設禮適歡質優簡麗愛閃顆寶顏紅藍綠黃純鍍鉑鈦鋼銅貴華氣級爾熱態風帶圖書覺頁實產報應達場認裡總與無約輕選擇綴墜掛頸調"
	simp, trad = map[rune]bool{}, map[rune]bool{}
	for _, r := range s {
		simp[r] = true
	}
	for _, r := range t {
		trad[r] = true
	}
	return simp, trad
}

var hanSimp, hanTrad = hanVariants()

// checkHanVariant blocks Chinese copy written mostly in the other
// variant's characters: at least three such characters, and more than
// twice as many as of its own.
func (r *run) checkHanVariant() bool {
	own, other, want := hanTrad, hanSimp, "Traditional"
	if r.pack.Script == "Hans" {
		own, other, want = hanSimp, hanTrad, "Simplified"
	}
	mine, theirs := 0, 0
	for _, c := range r.d.text {
		switch {
		case own[c]:
			mine++
		case other[c]:
			theirs++
		}
	}
	if theirs < 3 || theirs <= 2*mine {
		return false
	}
	got := "Simplified"
	if want == "Simplified" {
		got = "Traditional"
	}
	r.add("locale.language", CatLocale, core.SeverityBlock, fmt.Sprintf("the copy is written in %s Chinese characters (%d of them); %s copy is written in %s", got, theirs, r.in.Locale, want), 0, 0)
	return true
}

// ownerLanguage is the language of a foreign marker's owner in a pack's
// identity.foreign: a language code ("ca") as it is, a locale ("nb-NO")
// as its pack's language, "" for a locale with no pack.
func ownerLanguage(owner string) string {
	if !strings.Contains(owner, "-") {
		return owner
	}
	if o, _ := locales.Must().Get(owner); o != nil {
		return o.Language
	}
	return ""
}

// scriptsWithout is text.Scripts of src with every occurrence of each
// name (trimmed; empty ones skipped) replaced by a space, name after
// name, as strings.ReplaceAll would replace them one name at a time.
// The replacements are made in place in a pooled buffer, not in a new
// string for each name the copy holds (a launch's product names and
// collections are in most of its copy: 1% of a worker's allocated bytes,
// #17, perf37).
func scriptsWithout(src string, names []string) text.ScriptCounts {
	letters := src
	var buf *[]byte
	for _, n := range names {
		if n = strings.TrimSpace(n); n == "" || !strings.Contains(letters, n) {
			continue
		}
		if buf == nil {
			buf = blankBufs.Get().(*[]byte)
			*buf = append((*buf)[:0], src...)
		}
		*buf = blankAll(*buf, n)
		letters = unsafe.String(unsafe.SliceData(*buf), len(*buf)) // read before the buffer goes back
	}
	sc := text.Scripts(letters)
	if buf != nil {
		blankBufs.Put(buf)
	}
	return sc
}

// blankBufs are scriptsWithout's buffers.
var blankBufs = sync.Pool{New: func() any { return new([]byte) }}

// blankAll replaces each non-overlapping occurrence of the non-empty n in
// b, from the left, with one space, in place (the text only shrinks, so
// what is written never overtakes what is still to be read).
func blankAll(b []byte, n string) []byte {
	w, r := 0, 0
	for r < len(b) {
		i := strings.Index(unsafe.String(unsafe.SliceData(b[r:]), len(b)-r), n)
		if i < 0 {
			w += copy(b[w:], b[r:])
			break
		}
		w += copy(b[w:], b[r:r+i])
		b[w] = ' '
		w++
		r += i + len(n)
	}
	return b[:w]
}
