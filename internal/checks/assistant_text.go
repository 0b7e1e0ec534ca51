package checks

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"gopkg.in/yaml.v3"
)

// ---- assistant text by its shape (issue #13, injection_echo, offer_words) ----
//
// Three shapes mark text a chat model wrote around the copy whatever its
// language, which the word forms of the concepts cannot see because they
// are punctuation: a template placeholder in square brackets ("[Product
// name]", "[Nom du produit]", "[商品名]"); a line that is only a markdown
// heading or an emphasised label ("**Product description:**", "## Texte");
// and a first sentence that is only an assent interjection ("Sure!",
// "¡Claro!", "Totta kai!", "好的！"), the assistant's lead-in. A signed
// percentage ("-20 %", "−15%") or a percentage "off" is an offer in every
// language (the concepts hold the offers written in words).

// placeholderRe is a bracketed label with no digit: a template slot, never
// copy ("[EU 48]" or "[1]" hold digits; a markdown link's text, followed
// by "(", is not one).
var placeholderRe = regexp.MustCompile(`\[[^\[\]\d\n]{2,40}\]`)

// markdownLabelRe is a line that is only a markdown heading ("#", "##";
// "###" is an injection marker of its own) or an emphasised label (with or
// without its colon).
var markdownLabelRe = regexp.MustCompile(`(?m)^[ \t]*(?:#{1,2}[ \t]+[^\n]{1,60}|(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[ \t]*[:：]?|(?:\*\*|__)[^*_\n]{1,60}[:：](?:\*\*|__))[ \t]*$`)

// sp is one space between a number and its sign, unit or word: an ASCII
// space or tab, or any space of Unicode's Zs category (U+00A0 no-break,
// U+202F narrow no-break, which French typography sets before "%" and
// inside "2 pour 1", U+2009 thin, U+2007 figure, U+3000 ideographic). An
// expression that accepts U+0020 alone lets an offer or a prompt's word
// count through as soon as the copy is typeset (#13, space60).
const sp = `[\s\p{Zs}]`

// percentOffRe is a signed percentage ("-20 %", "–15%", "−10 %") not
// inside a range ("10-20 %": a digit before the sign), or a percentage
// followed by "off" ("20% off", "20%オフ", "20 % OFF"); the sign may be
// the full-width "％" or the Arabic "٪", the space any of sp's.
var percentOffRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}.,])[-−–]` + sp + `?\d{1,2}(?:[.,]\d)?` + sp + `?[%％٪]|\d{1,2}` + sp + `?[%％٪]` + sp + `?(?:off|OFF|Off|オフ)`)

// assentLeads are, per language (ISO 639-1), the interjections an
// assistant opens its answer with ("Sure!", "Bien sûr !", "Gerne!",
// "Totta kai!", "もちろんです！"), folded as the copy's words are: a first
// sentence of the text made of one of them and ending in "!" is a lead-in.
// data/assistant-leads.yaml.
var assentLeads = sync.OnceValue(func() map[string][]string {
	raw := langLists("data/assistant-leads.yaml")
	out := map[string][]string{}
	for lang, ws := range raw {
		for _, w := range ws {
			out[lang] = append(out[lang], strings.Join(splitWords(w), " "), strings.ToLower(w))
		}
	}
	return out
})

// langLists reads an embedded data file of word lists by language
// (language -> words, as in data/assistant-leads.yaml). It panics on a
// missing or malformed file: the data is embedded, and
// TestAssistantLeadsCompile and the kinds tests load every such file.
func langLists(file string) map[string][]string {
	data, err := readData(file)
	if err != nil {
		panic(err)
	}
	var raw map[string][]string
	if err := yaml.Unmarshal(data, &raw); err != nil {
		panic(fmt.Errorf("checks: %s: %w", file, err))
	}
	return raw
}

// langExprs are one expression per language, compiled on a language's
// first use: a process checks the few languages of its copy, and
// compiling every language's at the first check cost each process's start
// a few milliseconds a data file (BENCH_CHECK_CORPUS's child, 6 locales).
type langExprs struct {
	file  string
	build func(raw map[string][]string, lang string) *regexp.Regexp
	raw   func() map[string][]string
	res   sync.Map // language -> *regexp.Regexp, nil where the data has none
}

func newLangExprs(file string, build func(raw map[string][]string, lang string) *regexp.Regexp) *langExprs {
	l := &langExprs{file: file, build: build}
	l.raw = sync.OnceValue(func() map[string][]string {
		return langLists(file)
	})
	return l
}

// get returns lang's expression, nil where the data has none for lang.
func (l *langExprs) get(lang string) *regexp.Regexp {
	if v, ok := l.res.Load(lang); ok {
		return v.(*regexp.Regexp)
	}
	var re *regexp.Regexp
	if _, ok := l.raw()[lang]; ok {
		re = l.build(l.raw(), lang)
	}
	v, _ := l.res.LoadOrStore(lang, re)
	return v.(*regexp.Regexp)
}

// langs are the languages the data has an expression for.
func (l *langExprs) langs() []string {
	return slices.Sorted(maps.Keys(l.raw()))
}

// wordCountRes are, per language, a number of two digits or more (or a
// range) followed by the language's (or English) word for "words":
// data/word-count.yaml. One digit is engraving ("up to 3 words").
var wordCountRes = newLangExprs("data/word-count.yaml", func(raw map[string][]string, lang string) *regexp.Regexp {
	if lang == "en" {
		en := make([]string, 0, len(raw["en"]))
		for _, w := range raw["en"] {
			en = append(en, regexp.QuoteMeta(w))
		}
		return regexp.MustCompile(`(?i)\d{2,}(?:` + sp + `?[-–]` + sp + `?\d+)?` + sp + `?(?:` + strings.Join(en, "|") + `)(?:[^\p{L}]|$)`)
	}
	ws := raw[lang]
	alt := make([]string, 0, len(ws)+len(raw["en"]))
	for _, w := range append(slices.Clone(ws), raw["en"]...) {
		alt = append(alt, regexp.QuoteMeta(w))
	}
	end := `(?:[^\p{L}]|$)` // the whole word ("ord", not "orden")
	if lang == "ja" || lang == "zh" || lang == "ko" {
		end = "" // no spaces: a particle follows (80語程度で, 80단어로)
	}
	return regexp.MustCompile(`(?i)\d{2,}(?:` + sp + `?[-–]` + sp + `?\d+)?` + sp + `?(?:` + strings.Join(alt, "|") + `)` + end)
})

// wordCountWords are data/word-count.yaml's words folded as the copy's
// lower-case text is (accents off), per
// language with English's, the pre-filter of wordCountRes: most copy holds
// a digit, little a word for "words".
var wordCountWords = sync.OnceValue(func() map[string][]string {
	data, _ := readData("data/word-count.yaml")
	var raw map[string][]string
	_ = yaml.Unmarshal(data, &raw)
	out := map[string][]string{}
	for lang, ws := range raw {
		for _, w := range append(slices.Clone(ws), raw["en"]...) {
			out[lang] = append(out[lang], foldWord(strings.ToLower(w)))
		}
	}
	return out
})

// mayCountWords reports whether the copy holds a digit and a word for
// "words" of its language or English.
func (r *run) mayCountWords() bool {
	ws, ok := wordCountWords()[r.lang]
	if !ok {
		ws = wordCountWords()["en"]
	}
	for _, w := range ws {
		if strings.Contains(r.d.lower, w) {
			return strings.IndexFunc(r.d.text, unicode.IsDigit) >= 0
		}
	}
	return false
}

// promptLabelRes are, per language, the field labels of a writing brief
// (data/prompt-labels.yaml: tone, keywords, channel, audience, brand voice,
// language; the language's own and English) at the start of a line or
// sentence, after a list bullet or markdown emphasis, and followed by a
// colon (":", "：", the French " :"): a field of the prompt echoed into the
// copy ("Ton : chaleureux", "Keywords: gift for her", "语气：温暖"). The
// prompt's own English labels are matched word by word in echo.go.
var promptLabelRes = newLangExprs("data/prompt-labels.yaml", func(raw map[string][]string, lang string) *regexp.Regexp {
	ws := raw[lang]
	alt := make([]string, 0, len(ws)+len(raw["en"]))
	for _, w := range append(slices.Clone(ws), raw["en"]...) {
		alt = append(alt, labelSpaces.Replace(regexp.QuoteMeta(w)))
	}
	// longest first: "tone of voice" before "tone"
	slices.SortFunc(alt, func(a, b string) int { return len(b) - len(a) })
	return regexp.MustCompile(`(?im)(?:^|[.!?。！？][ \t]*)[ \t]*(?:[-*•·][ \t]*)?(?:\*\*|__)?(` + strings.Join(alt, "|") + `)(?:\*\*|__)?[ \t\x{00A0}\x{202F}]*[:：]`)
})

// labelSpaces lets a label's space be any run of blanks and its hyphen a
// hyphen or a space.
var labelSpaces = strings.NewReplacer(" ", `[ \t]+`, "-", `[-‐ ]`)

// checkPromptLabels reports a field label of the writing brief with its
// colon at the start of a line or sentence (promptLabelRes).
func (r *run) checkPromptLabels() {
	text := r.d.text
	if !strings.ContainsRune(text, ':') && !strings.ContainsRune(text, '：') {
		return
	}
	lang := r.lang
	re := promptLabelRes.get(lang)
	if re == nil {
		lang = "en"
		re = promptLabelRes.get(lang)
	}
	if s, e, ok := findPromptLabel(re, promptLabelLasts(lang), text); ok {
		r.addBytes("injection.prompt_label", CatInjection, core.SeverityBlock, fmt.Sprintf("prompt field %q in the copy: the writing brief, not copy", text[s:e]), s, e)
	}
}

// findPromptLabel returns the byte span of the label re's leftmost match
// in text would give (its first group), running re only on each colon's
// own line or sentence: from the nearest line start or sentence end
// before the colon (no label holds one) to the colon. The first colon
// whose stretch matches ends the leftmost match over the whole text; the
// alternation of labels tried at every byte of the text was ~6% of a
// check on the realistic corpus (BenchmarkCheckCorpus). With lasts
// (promptLabelLasts of re's language; nil: none) a colon whose word before
// it (labelWordBefore) is no label's last word is skipped without running
// re: a match ends at the colon (one ending at an earlier colon of the
// stretch was found there), right after a label and at most emphasis and
// blanks, and a label's words stand between labelStops.
func findPromptLabel(re *regexp.Regexp, lasts map[string]struct{}, text string) (start, end int, ok bool) {
	var kb [64]byte
	for c := 0; c < len(text); {
		i := indexColon(text[c:])
		if i < 0 {
			return 0, 0, false
		}
		c += i
		_, size := utf8.DecodeRuneInString(text[c:])
		if lasts != nil {
			if _, ok := lasts[string(appendFoldKey(kb[:0], labelWordBefore(text, c)))]; !ok {
				c += size
				continue
			}
		}
		b := labelStretchStart(text, c)
		if m := re.FindStringSubmatchIndex(text[b : c+size]); m != nil {
			return b + m[2], b + m[3], true
		}
		c += size
	}
	return 0, 0, false
}

// labelStretchStart is where the stretch that may hold a prompt label
// ending at text[c] begins: the byte after the nearest line break before
// c, the nearest sentence end (".!?。！？", kept, as promptLabelRes
// expects it), or 0.
func labelStretchStart(text string, c int) int {
	for j := c; j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
		switch r {
		case '\n':
			return j + size
		case '.', '!', '?', '。', '！', '？':
			return j
		}
	}
	return 0
}

// offerPercentWords are data/offer-percent.yaml's words, per language
// with English's, folded as the copy's words are; a trailing "*" keeps
// them prefixes.
var offerPercentWords = sync.OnceValue(func() map[string][]string {
	raw := langLists("data/offer-percent.yaml")
	out := map[string][]string{}
	for lang, ws := range raw {
		for _, w := range append(slices.Clone(ws), raw["en"]...) {
			star := strings.HasSuffix(w, "*")
			f := strings.TrimSuffix(w, "*")
			if lang != "ja" && lang != "ko" && lang != "zh" {
				f = foldWord(strings.ToLower(f))
			}
			if star {
				f += "*"
			}
			out[lang] = append(out[lang], f)
		}
	}
	return out
})

// percentRe is a number with a percent sign, before or after it ("20 %",
// "%20", "20％", Arabic "20٪"), with any of sp's spaces between.
var percentRe = regexp.MustCompile(`\d` + sp + `?[%％٪]|[%％٪]` + sp + `?\d`)

// checkPercentOffer reports a percentage in a sentence that holds a word
// of saving or discount of the copy's language or English
// (offerPercentWords): an offer in words ("Save 20% when you buy two",
// "Risparmia il 20%", "立省20%").
func (r *run) checkPercentOffer() {
	d := r.d
	if !strings.ContainsAny(d.text, "%％٪") {
		return
	}
	ws := offerPercentWords()[r.lang]
	if ws == nil {
		ws = offerPercentWords()["en"]
	}
	cjk := r.lang == "ja" || r.lang == "ko" || r.lang == "zh"
	for k, s := range d.sents {
		if s.te <= s.ts {
			continue
		}
		bs, be := d.toks[s.ts].bs, len(d.text)
		if k+1 < len(d.sents) && d.sents[k+1].ts < len(d.toks) {
			be = d.toks[d.sents[k+1].ts].bs
		}
		seg := d.text[bs:be]
		if !percentRe.MatchString(seg) {
			continue
		}
		if cjk {
			for _, w := range ws {
				if i := strings.Index(seg, strings.TrimSuffix(w, "*")); i >= 0 {
					r.addBytes("banned_term.offer", CatBannedTerm, core.SeverityBlock, fmt.Sprintf("%q with a percentage is a discount; copy never mentions offers or prices", strings.TrimSuffix(w, "*")), bs+i, bs+i+len(strings.TrimSuffix(w, "*")))
					return
				}
			}
			continue
		}
		for i := s.ts; i < s.te; i++ {
			tw := d.word(i)
			for _, w := range ws {
				if p, star := strings.CutSuffix(w, "*"); star && strings.HasPrefix(tw, p) || !star && tw == w {
					r.addTokens("banned_term.offer", CatBannedTerm, core.SeverityBlock, fmt.Sprintf("%q with a percentage is a discount; copy never mentions offers or prices", d.orig(i, i+1)), i, i+1)
					return
				}
			}
		}
	}
}

// ratioOfferRe is a "two for one" in digits ("2 for 1", "2 für 1", "3 per
// 2", "2 με 1", "1+1"): a count, a word for "for" or a sign, a smaller
// count (ratioOffer checks the order and what follows).
var ratioOfferRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}.,/])([1-5])[ \t\p{Zs}]?(` + quoteAll(ratioOps) + `)[ \t\p{Zs}]?([1-4])(?:$|[^\p{L}\p{N}.,/%]|[.,](?:\s|$))`)

// ratioOps are ratioOfferRe's operators between the two counts.
var ratioOps = []string{"for", "für", "pour", "per", "por", "voor", "för", "za", "με", "x", "×", "+"}

// quoteAll is the alternation of ws, each quoted (regexp.QuoteMeta).
func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(q, "|")
}

// ratioUnitRe is a unit after a dimension ("2 x 1 cm", "3 x 2 mm", "2 x
// 1 سم", "2 x 1 cm입니다": a Latin unit ends at a letter of another script).
var ratioUnitRe = regexp.MustCompile(`^[ \t\p{Zs}]?(?:(?:mm|cm|m|in|inch|ct|g)(?:$|[^\p{Latin}])|["″′㎝㎜]|سم|مم|ملم|см|мм|εκ|χιλ|厘米|毫米|公分|センチ|ミリ)`)

// checkRatioOffer reports "two for one" written with digits: the second
// count smaller than the first ("1+1", the Korean buy-one-get-one, too),
// not a dimension followed by its unit.
func (r *run) checkRatioOffer() {
	text := r.d.text
	if !mayHoldRatio(text) {
		return
	}
	for _, m := range ratioOfferRe.FindAllStringSubmatchIndex(text, -1) {
		a, b := text[m[2]], text[m[6]]
		op := text[m[4]:m[5]]
		if !(b < a || op == "+" && a == '1' && b == '1') {
			continue
		}
		if ratioUnitRe.MatchString(text[m[7]:]) {
			continue
		}
		r.addBytes("banned_term.offer", CatBannedTerm, core.SeverityBlock, fmt.Sprintf("%q is a multi-buy offer; copy never mentions offers or prices", text[m[2]:m[7]]), m[2], m[7])
		return
	}
}

// mayHoldRatio reports whether text has ratioOfferRe's core: a count 1-5,
// at most one space (a tab or a Zs space: spaceAt), one of ratioOps (case
// folded as (?i) does: "µε" too, the micro sign being in μ's orbit), at
// most one space and a count 1-4. The expression, tried at every byte, is run only then;
// the first byte of an operator alone let every "2,5 mm" and "5 pour"
// through.
func mayHoldRatio(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < '1' || text[i] > '5' {
			continue
		}
		j := i + 1
		j += spaceAt(text, j)
		for _, op := range ratioOps {
			n, ok := prefixFold(text[j:], op)
			if !ok {
				continue
			}
			k := j + n
			k += spaceAt(text, k)
			if k < len(text) && text[k] >= '1' && text[k] <= '4' {
				return true
			}
		}
	}
	return false
}

// spaceAt is the width in bytes of the space at text[i] (a space or tab,
// or a rune of Unicode's Zs category such as U+00A0 or U+202F), or 0 when
// text[i] starts no space or i is past the end.
func spaceAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || c == '\t' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if unicode.Is(unicode.Zs, r) {
		return n
	}
	return 0
}

// prefixFold reports whether s begins with prefix under simple case
// folding (as an expression's (?i) literal matches), and how many bytes of
// s that takes.
func prefixFold(s, prefix string) (int, bool) {
	n := 0
	for _, p := range prefix {
		if n >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != p && !sameFold(r, p) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// sameFold reports whether a and b are in one simple case-folding orbit.
func sameFold(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// checkAssistantShapes reports the shapes above: placeholders, markdown
// labels and assent lead-ins as injection, signed percentages as an offer.
func (r *run) checkAssistantShapes() {
	text := r.d.text
	r.checkPromptLabels()
	r.checkPercentOffer()
	if strings.ContainsAny(text, "0123456789") {
		r.checkRatioOffer()
	}
	if strings.IndexByte(text, '[') >= 0 {
		for _, loc := range placeholderRe.FindAllStringIndex(text, -1) {
			if strings.HasPrefix(text[loc[1]:], "(") {
				continue // a markdown link's text: safety reads the link
			}
			r.addBytes("injection.placeholder", CatInjection, core.SeverityBlock, fmt.Sprintf("template placeholder %q in the copy", text[loc[0]:loc[1]]), loc[0], loc[1])
			break
		}
	}
	if strings.ContainsAny(text, "#*_") {
		if loc := markdownLabelRe.FindStringIndex(text); loc != nil {
			r.addBytes("injection.heading", CatInjection, core.SeverityBlock, fmt.Sprintf("markdown heading %q: assistant formatting, not copy", strings.TrimSpace(text[loc[0]:loc[1]])), loc[0], loc[1])
		}
	}
	if strings.ContainsAny(text, "%％٪") {
		if loc := percentOffRe.FindStringIndex(text); loc != nil {
			s := strings.TrimLeftFunc(text[loc[0]:loc[1]], func(c rune) bool { return !unicode.IsDigit(c) && !strings.ContainsRune("-−–", c) })
			r.addBytes("banned_term.offer", CatBannedTerm, core.SeverityBlock, fmt.Sprintf("%q is a discount; copy never mentions offers or prices", s), loc[1]-len(s), loc[1])
		}
	}
	// The pre-filter first: a language's expression is compiled only
	// when a text of it may hold a word count.
	if r.mayCountWords() {
		if re := wordCountRes.get(r.lang); re != nil {
			if loc := re.FindStringIndex(text); loc != nil {
				r.addBytes("injection.word_count", CatInjection, core.SeverityBlock, fmt.Sprintf("%q is a length the prompt asked for, not copy", strings.TrimRightFunc(text[loc[0]:loc[1]], func(c rune) bool { return !unicode.IsLetter(c) })), loc[0], loc[1])
			}
		}
	}
	lead := r.checkAssentLead()
	r.checkAssentReply(lead)
	r.checkHandoverLine()
}

// handoverLeads are, per language, the presentatives of
// data/assistant-handover.yaml, lower-cased as written.
var handoverLeads = sync.OnceValue(func() map[string][]string {
	raw := langLists("data/assistant-handover.yaml")
	out := map[string][]string{}
	for lang, ws := range raw {
		for _, w := range ws {
			out[lang] = append(out[lang], strings.ToLower(w))
		}
	}
	return out
})

// checkHandoverLine reports a first line of the text that opens with a
// presentative of the copy's language or English and ends in a colon
// before a line break (#13, left17b's handover17): "Here is a marketplace
// listing for the copper cuff:", "以下是为您撰写的商品详情页文案：". The
// assistant hands its copy over however many words the line has; a label
// line of copy ("Care:", "Caractéristiques :") has no presentative.
func (r *run) checkHandoverLine() {
	text := r.d.text
	nl := strings.IndexByte(text, '\n')
	if nl < 0 || strings.TrimSpace(text[nl:]) == "" {
		return
	}
	line := strings.TrimSpace(text[:nl])
	if !strings.HasSuffix(line, ":") && !strings.HasSuffix(line, "：") || utf8.RuneCountInString(line) > 160 {
		return
	}
	low := strings.ToLower(strings.TrimLeft(line, "*_# \t"))
	leads := handoverLeads()
	for _, lang := range []string{r.lang, "en"} {
		for _, w := range leads[lang] {
			rest, ok := strings.CutPrefix(low, w)
			if !ok {
				continue
			}
			// A whole word: a letter after a word-final lead continues
			// another word ("ecco" in "eccolo" is its own lead).
			if c, _ := utf8.DecodeRuneInString(rest); rest != "" && unicode.IsLetter(c) && !cjkLead(w) {
				continue
			}
			b := strings.Index(text, line)
			r.addBytes("injection.lead_in", CatInjection, core.SeverityBlock, fmt.Sprintf("%q hands the copy over: an assistant's answer, not copy", line), b, b+len(line))
			return
		}
	}
}

// cjkLead reports whether a lead ends in a Han, kana or Hangul letter (or a
// space), after which the text's next letter needs no word break.
func cjkLead(w string) bool {
	c, _ := utf8.DecodeLastRuneInString(w)
	return c == ' ' || unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// checkAssentLead reports a first sentence that is only an assent
// interjection of the copy's language or English, ending in "!", or the
// copy's first words up to a colon when they are one of those or a
// presentative ("Here you go:", "Bitte schön:").
func (r *run) checkAssentLead() bool {
	d := r.d
	if len(d.sents) == 0 {
		return false
	}
	s := d.sents[0]
	if s.te <= s.ts {
		return false
	}
	// The copy's first words up to a colon ("Here you go: The Arc
	// cuff…"), or a first sentence ending in "!".
	colon := false
	for i := s.ts; i < s.te && i < s.ts+3; i++ {
		if g := strings.TrimSpace(d.gap(i)); strings.HasPrefix(g, ":") || strings.HasPrefix(g, "：") {
			s.te, colon = i+1, true
			break
		}
	}
	if s.te-s.ts > 3 || !colon && len(d.sents) < 2 || s.te >= len(d.toks) {
		return false // copy follows the lead-in
	}
	gap := strings.TrimSpace(d.gap(s.te - 1))
	if !colon && !strings.HasPrefix(gap, "!") && !strings.HasPrefix(gap, "！") && !strings.HasPrefix(gap, "¡") {
		return false
	}
	words := make([]string, 0, 3)
	for i := s.ts; i < s.te; i++ {
		words = append(words, d.word(i))
	}
	got := strings.Join(words, " ")
	// Japanese, Chinese and Korean words are segmented by a dictionary:
	// the span as written is compared too.
	span := strings.ToLower(strings.TrimSpace(d.orig(s.ts, s.te)))
	leads := assentLeads()
	for _, lang := range []string{r.lang, "en"} {
		for _, w := range leads[lang] {
			if got == w || span == w || strings.ReplaceAll(span, " ", "") == strings.ReplaceAll(w, " ", "") {
				r.addTokens("injection.lead_in", CatInjection, core.SeverityBlock, fmt.Sprintf("%q opens an assistant's answer, not copy", d.orig(s.ts, s.te)), s.ts, s.te)
				return true
			}
		}
	}
	return false
}

// checkAssentReply reports an assent interjection of the copy's language
// or English (data/assistant-leads.yaml: "Of course", "Claro", "Bien sûr",
// "Certo", "Gerne", "Natürlich", もちろん, 当然) that opens a sentence as a
// reply to the person who asked for the copy, not as the copy's own
// adverb (#13, misread36). A reply is the interjection alone as the text's
// first sentence, whatever ends it ("Certainly. Here is…", "Claro."), or
// the interjection followed, across a comma, dash or sentence end, by a
// presentative of data/assistant-handover.yaml ("Claro, aquí tienes la
// descripción", "Sure, here's", "Natürlich, hier ist", "Elbette, işte",
// "当然，以下是"), anywhere in the text. The same words open narrative
// copy ("Claro que sí, brilla…", "Of course, the pendant also…",
// "Natürlich passt er…", "Bien sûr, elle s'accorde…"): an assent with copy
// after it and no presentative is the brand's voice, and passes. lead
// reports that checkAssentLead already read the first sentence.
func (r *run) checkAssentReply(lead bool) {
	d := r.d
	for n, s := range d.sents {
		if s.te <= s.ts || n == 0 && lead {
			continue
		}
		e := r.assentEnd(s)
		if e < 0 {
			continue
		}
		reply := n == 0 && e == s.te
		if !reply && e < len(d.toks) {
			// a comma, dash, colon or sentence end between the assent
			// and the presentative: "Sure, here's", not "Toki tässä
			// riipuksessa" (of course, in this pendant)
			g := strings.TrimSpace(d.gap(e - 1))
			reply = g != "" && r.handoverAt(e)
		}
		if reply {
			r.addTokens("injection.lead_in", CatInjection, core.SeverityBlock, fmt.Sprintf("%q opens an assistant's answer, not copy", d.orig(s.ts, e)), s.ts, e)
			return
		}
	}
}

// assentEnd returns the token index right after the longest assent
// interjection (assentLeads, the copy's language and English) that opens
// sentence s, or -1. Japanese, Chinese and Korean words are segmented by
// a dictionary, so the span as written is compared too, without spaces.
func (r *run) assentEnd(s sentence) int {
	d := r.d
	sets := assentSets()
	own, en := sets[r.lang], sets["en"]
	best := -1
	// got is the words joined by spaces, span the text as written,
	// lower-cased without spaces (lowerBare); both in buffers of the
	// stack, looked up in the sets without a copy (#17, perf37).
	var gotBuf, spanBuf [96]byte
	got, span := gotBuf[:0], spanBuf[:0]
	for k := s.ts; k < s.te && k < s.ts+4; k++ {
		if k > s.ts {
			if strings.TrimSpace(d.gap(k-1)) != "" {
				break // an interjection is one phrase: no punctuation inside
			}
			got = append(got, ' ')
		}
		got = append(got, d.word(k)...)
		span = appendLowerBare(span[:0], d.orig(s.ts, k+1))
		if own.words[string(got)] || en.words[string(got)] || own.bare[string(span)] || en.bare[string(span)] {
			best = k + 1
		}
	}
	return best
}

// assentSet is one language's assentLeads as sets: words as listed, and
// bare without their spaces (lowerBare).
type assentSet struct{ words, bare map[string]bool }

// assentSets are assentLeads by language as sets, for assentEnd: it
// looked up every lead, and made each one's form without spaces, for
// every word of every sentence (5% of a launch's worker allocations and
// 3.6% of its CPU, #17, perf37).
var assentSets = sync.OnceValue(func() map[string]assentSet {
	out := map[string]assentSet{}
	for lang, ws := range assentLeads() {
		a := assentSet{words: map[string]bool{}, bare: map[string]bool{}}
		for _, w := range ws {
			a.words[w] = true
			a.bare[strings.ReplaceAll(w, " ", "")] = true
		}
		out[lang] = a
	}
	return out
})

// appendLowerBare appends s lower-cased without its spaces to b: the
// bytes of strings.ReplaceAll(strings.ToLower(s), " ", ""), an invalid
// byte as U+FFFD as strings.ToLower writes it.
func appendLowerBare(b []byte, s string) []byte {
	for _, c := range s {
		switch {
		case c == ' ':
		case c < utf8.RuneSelf:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, byte(c))
		default:
			b = utf8.AppendRune(b, unicode.ToLower(c))
		}
	}
	return b
}

// handoverAt reports whether the text from token k opens with a
// presentative of the copy's language or English (handoverLeads), as a
// whole word.
func (r *run) handoverAt(k int) bool {
	d := r.d
	rest := strings.ToLower(d.text[d.toks[k].bs:])
	for _, lang := range []string{r.lang, "en"} {
		for _, w := range handoverLeads()[lang] {
			after, ok := strings.CutPrefix(rest, w)
			if !ok {
				continue
			}
			if c, _ := utf8.DecodeRuneInString(after); after != "" && unicode.IsLetter(c) && !cjkLead(w) {
				continue
			}
			return true
		}
	}
	return false
}
