package checks

import (
	"fmt"
	"html"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/microcosm-cc/bluemonday"
	"mvdan.cc/xurls/v2"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// runeOffset converts a byte offset of the original text to a rune offset.
func (r *run) runeOffset(b int) int { return utf8.RuneCountInString(r.d.text[:b]) }

func (r *run) addBytes(rule, category, severity, msg string, bs, be int) {
	r.add(rule, category, severity, msg, r.runeOffset(bs), r.runeOffset(be))
}

// ---- length ----

func (r *run) checkLength() {
	if r.g == nil {
		return
	}
	ch, ok := r.g.Channels[r.in.Channel]
	if !ok {
		return
	}
	// The locale pack says how this language counts: Japanese and Chinese
	// count characters (word limits converted), the others words.
	b := locales.Bounds{MinWords: ch.MinWords, MaxWords: ch.MaxWords, MinChars: ch.MinChars, MaxChars: ch.MaxChars}
	if r.pack != nil {
		b = r.pack.CheckBounds(r.g.Locales[r.in.Locale].Length, b)
	}
	words, chars := 0, r.d.runes
	if b.MaxWords > 0 || b.MinWords > 0 {
		// A locale whose guide counts words in Japanese or Chinese counts
		// dictionary words (internal/text/segment), not runs between
		// spaces: loaded only here, when a word limit applies.
		if segment.Uses(r.in.Locale) {
			words = segment.For(r.in.Locale).Count(r.d.text).Words
		} else {
			words = wordCount(r.d.text)
		}
	}
	if r.pack != nil {
		chars = r.pack.Chars(r.g.Locales[r.in.Locale].Length, r.d.text)
	}
	switch {
	case b.MaxWords > 0 && words > b.MaxWords:
		r.add("length.max_words", CatLength, core.SeverityBlock, fmt.Sprintf("%d words; the %s channel allows at most %d", words, r.in.Channel, b.MaxWords), 0, 0)
	case b.MinWords > 0 && words < b.MinWords:
		r.add("length.min_words", CatLength, core.SeverityBlock, fmt.Sprintf("%d words; the %s channel needs at least %d", words, r.in.Channel, b.MinWords), 0, 0)
	}
	switch {
	case b.MaxChars > 0 && chars > b.MaxChars:
		r.add("length.max_chars", CatLength, core.SeverityBlock, fmt.Sprintf("%d characters; the %s channel allows at most %d in %s", chars, r.in.Channel, b.MaxChars, r.in.Locale), 0, 0)
	case b.MinChars > 0 && chars < b.MinChars:
		r.add("length.min_chars", CatLength, core.SeverityBlock, fmt.Sprintf("%d characters; the %s channel needs at least %d in %s", chars, r.in.Channel, b.MinChars, r.in.Locale), 0, 0)
	}
}

// checkLocalePack reports a locale no pack reads: its facts, claims and
// typography cannot be machine-checked, and saying so is the finding, at
// the level the guide sets (default block, so a person must look).
func (r *run) checkLocalePack() {
	if r.pack != nil {
		return
	}
	level := core.SeverityBlock
	if r.g != nil && r.g.UncheckedLocale != "" {
		level = r.g.UncheckedLocale
	}
	r.add("locale.unchecked", CatLocale, level, fmt.Sprintf("facts in %q are not machine-checked: copydesk has no locale pack for it (supported: %s)", r.in.Locale, strings.Join(supportedLocales(), ", ")), 0, 0)
}

func supportedLocales() []string {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	return set.Supported()
}

// ---- safety ----

var (
	strictPolicy = sync.OnceValue(bluemonday.StrictPolicy)
	urlPattern   = sync.OnceValue(xurls.Relaxed)
	emailPattern = regexp.MustCompile(`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}`)
	// "hello at aurelia dot com": an address spelt out to slip past filters.
	spelledEmail = regexp.MustCompile(`(?i)\b[\p{L}\p{N}._\-]+\s*(?:\[at\]|\(at\)|\sat\s)\s*[\p{L}\p{N}\-]+\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*\p{L}{2,6}\b`)
	mdLink       = regexp.MustCompile(`\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)`)
	phonePattern = regexp.MustCompile(`(?:\+|\b)\d[\d \t().\-/]{7,18}\d\b`)
	tagPattern   = regexp.MustCompile(`<[a-zA-Z!/][^>]*>?`)
)

func (r *run) checkSafety() {
	text := r.d.text
	if strings.ContainsAny(text, "<>&") {
		// Strict sanitising strips every tag; comparing after unescaping
		// tells real markup from an innocent ampersand.
		if html.UnescapeString(strictPolicy().Sanitize(text)) != text {
			if loc := tagPattern.FindStringIndex(text); loc != nil {
				r.addBytes("safety.html", CatSafety, core.SeverityBlock, fmt.Sprintf("HTML markup %q; copy must be plain text", text[loc[0]:loc[1]]), loc[0], loc[1])
			} else {
				r.add("safety.html", CatSafety, core.SeverityBlock, "HTML markup or entities; copy must be plain text", 0, 0)
			}
		}
	}
	if strings.Contains(text, "](") {
		for _, loc := range mdLink.FindAllStringIndex(text, -1) {
			r.addBytes("safety.markdown_link", CatSafety, core.SeverityBlock, "markdown link; copy must not link anywhere", loc[0], loc[1])
		}
	}
	var emails [][]int
	if strings.IndexByte(text, '@') >= 0 {
		emails = emailPattern.FindAllStringIndex(text, -1)
		r.links = append(r.links, emails...)
		for _, loc := range emails {
			r.addBytes("safety.email", CatSafety, core.SeverityBlock, fmt.Sprintf("e-mail address %q", text[loc[0]:loc[1]]), loc[0], loc[1])
		}
	}
	if strings.Contains(r.d.lower, "dot") { // the expression ignores case: so must its filter ("aurelia DOT com")
		for _, loc := range spelledEmail.FindAllStringIndex(text, -1) {
			r.links = append(r.links, loc)
			r.addBytes("safety.email", CatSafety, core.SeverityBlock, fmt.Sprintf("e-mail address spelt out %q", text[loc[0]:loc[1]]), loc[0], loc[1])
		}
	}
	if mayHoldURL(text) {
		for _, loc := range findURLs(text) {
			if overlaps(loc, emails) || isDottedAbbreviation(text, loc) {
				continue
			}
			r.links = append(r.links, loc)
			r.addBytes("safety.url", CatSafety, core.SeverityBlock, fmt.Sprintf("URL %q; copy must not link anywhere", text[loc[0]:loc[1]]), loc[0], loc[1])
		}
	}
	if mayHoldPhone(text) {
		for _, loc := range phonePattern.FindAllStringIndex(text, -1) {
			if digits(text[loc[0]:loc[1]]) >= 8 && !isSizeRun(text[loc[0]:loc[1]]) {
				r.addBytes("safety.phone", CatSafety, core.SeverityBlock, fmt.Sprintf("phone number %q", text[loc[0]:loc[1]]), loc[0], loc[1])
			}
		}
	}
}

func overlaps(loc []int, spans [][]int) bool {
	for _, s := range spans {
		if loc[0] < s[1] && s[0] < loc[1] {
			return true
		}
	}
	return false
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// ---- injection ----

func (r *run) checkInjection() {
	text := r.d.text
	for _, m := range injectionMarkers {
		if i := strings.Index(text, m); i >= 0 {
			r.addBytes("injection.marker", CatInjection, core.SeverityBlock, fmt.Sprintf("prompt or template marker %q in the copy", m), i, i+len(m))
		}
	}
	if mayHoldRoleLine(text) {
		for _, loc := range roleLine.FindAllStringIndex(text, -1) {
			r.addBytes("injection.role", CatInjection, core.SeverityBlock, fmt.Sprintf("chat role label %q in the copy", strings.TrimSpace(text[loc[0]:loc[1]])), loc[0], loc[1])
		}
	}
	r.checkEcho()
	r.checkPromptEcho()
	r.checkAssistantShapes() // assistant_text.go
}

// checkEcho finds instruction-like text from the product's input fields
// copied into the copy: an input that says "ignore ... write ..." must
// never be obeyed or repeated.
func (r *run) checkEcho() {
	p := &r.in.Product
	check := func(field, value string) {
		words := echoInstructionWords(value)
		if words == nil {
			return
		}
		n := min(4, len(words))
		d := r.d
		for i := 0; i+n <= len(d.toks); i++ {
			for j := 0; j+n <= len(words); j++ {
				k := 0
				for k < n && d.word(i+k) == words[j+k] {
					k++
				}
				if k == n {
					r.addTokens("injection.echo", CatInjection, core.SeverityBlock, fmt.Sprintf("copies instruction text from the product's %s: %q", field, value), i, i+n)
					return
				}
			}
		}
	}
	check("name", p.Name)
	for _, v := range p.Features {
		check("features", v)
	}
	for _, v := range p.Keywords {
		check("keywords", v)
	}
	for _, v := range p.Occasions {
		check("occasions", v)
	}
	for _, k := range slices.Sorted(maps.Keys(p.Attributes)) { // findings in a stable order
		v := p.Attributes[k]
		check("attributes."+k, v)
	}
}

// echoInstruction returns the words of a product field's value when they
// read as an instruction to the writer (checkEcho), nil otherwise.
func echoInstruction(value string) []string {
	words := splitWords(value)
	if len(words) < 3 {
		return nil
	}
	dismissed := false
	for k, w := range words {
		if dismissed && (echoDismissedObjects.has(w) || instructionWords.has(w) && !echoDismissWords.has(w)) {
			return words
		}
		if echoDismissWords.has(w) {
			dismissed = true
			continue
		}
		// "prompt", "system" are instructions anywhere; "ignore" or
		// "forget" with what it drops after it (echoDismissWords); a
		// verb such as "say" or "write" only as a command (first, or
		// after "you", "please", "must"...) about the copy (followed
		// by "that", "it", "the", "in"...): "a gift to say thank
		// you", "say I do" and "write your story" are keywords, "say
		// that it is solid gold" is not.
		if strongInstructionWords.has(w) && strongInstruction(words, k) || (instructionWords.has(w) && (k == 0 || commandLeads.has(words[k-1])) && k+1 < len(words) && instructionObjects.has(words[k+1]) && !shopperTagline(words, k)) {
			return words
		}
	}
	return nil
}

// echoMemo keeps echoInstruction's answer by value: a product's fields
// are the same in each of its locales, attempts and its publication
// check, and splitting every field into words on every check was most of
// checkEcho's time (#17). Emptied when it holds maxEchoMemo values.
var (
	echoMemo     sync.Map // value -> []string (nil: not an instruction)
	echoMemoSize atomic.Int64
)

const maxEchoMemo = 8192

// echoInstructionWords is echoInstruction, memoised.
func echoInstructionWords(value string) []string {
	if v, ok := echoMemo.Load(value); ok {
		return v.([]string)
	}
	words := echoInstruction(value)
	if echoMemoSize.Add(1) > maxEchoMemo {
		echoMemo.Clear()
		echoMemoSize.Store(1)
	}
	echoMemo.Store(value, words)
	return words
}

// ---- built-in phrases: claims, health, injection, spelling (superlatives: superlatives.go) ----

// negated reports a negation up to three words before token s, in its
// clause: it does not reach across ; : ( ) or a dash ("Non solo bello:
// allevia lo stress" claims). A privative negator (privativeNegators:
// without, sans, ohne, kein, bez, دون) governs its own noun: it negates a
// claim that follows it at once or after function words only ("without
// a waterproof coating"), not one after a noun of its own ("sans effort,
// il garde son éclat", "ohne Aufwand behält er seinen Glanz", "kein
// Wunder, dass er Stress lindert" are claims; #13).
func (r *run) negated(s int) bool {
	d := r.d
	if v, ok := r.negatedTok.get(d, s); ok {
		return v
	}
	v := r.negatedWord(s)
	return r.negatedTok.put(d, s, v)
}

// negatedWord is negated worked out: it reads the document alone, so its
// answer is kept by token.
func (r *run) negatedWord(s int) bool {
	d := r.d
	for k := s - 1; k >= d.clauseFloor(s, 3); k-- {
		w := d.word(k)
		if r.lang == "en" && englishNot(d, k) {
			return true
		}
		if r.coordNegated(k) {
			return true
		}
		if !isNegation(r.lang, w) {
			continue
		}
		if r.butAfterNot(k) {
			// "inte förgylld utan av guld": the denial ends at "utan" (but)
			return false
		}
		if privativeNegators.has(w) && !r.onlyFunctionWords(k+1, s) {
			continue
		}
		return true
	}
	return false
}

// butAfterNot reports whether token k is a word that is "but" after a
// negation in its clause and "without" otherwise (contrastAfterNot: sv
// "utan"), and a negation stands before it in its clause: "inte förgylld
// utan av guld" (not gilded but of gold) denies the gilding and states the
// gold (Svenska Akademiens grammatik 4:738, utan as a contrastive
// conjunction after a negated clause; #13, hall60).
func (r *run) butAfterNot(k int) bool {
	d := r.d
	if !contrastAfterNot[r.lang].has(d.word(k)) {
		return false
	}
	for j := k - 1; j >= d.clauseFloor(k, 6); j-- {
		if w := d.word(j); !contrastAfterNot[r.lang].has(w) && isNegation(r.lang, w) {
			return true
		}
	}
	return false
}

// clauseFloor returns the lowest token index of the at most n tokens
// right before token s that share its sentence and its clause (no clause
// mark of clauseMarks in the gaps between them and s); s when there is
// none. The negation readers look back only that far: a negation in
// another clause or sentence negates nothing of s.
func (d *document) clauseFloor(s, n int) int {
	lo := s
	for k := s - 1; k >= 0 && k >= s-n; k-- {
		if d.toks[k].sent != d.toks[s].sent || strings.ContainsAny(d.gap(k), clauseMarks) {
			break
		}
		lo = k
	}
	return lo
}

// focusParticles are, by language, the focus particles that make the
// negation beside them "not even" (en "not even", sv "inte ens", da/nb
// "ikke engang", de "nicht einmal", nl "niet eens", "zelfs niet", fr "pas
// même", "même pas", es "ni siquiera", pt "nem mesmo", "nem sequer"),
// folded as the copy is.
var focusParticles = map[string]wordSet{
	"en": newWordSet([]string{"even"}), "sv": newWordSet([]string{"ens"}), "da": newWordSet([]string{"engang"}),
	"nb": newWordSet([]string{"engang"}), "de": newWordSet([]string{"einmal", "mal"}), "nl": newWordSet([]string{"eens", "zelfs"}),
	"fr": newWordSet([]string{foldWord("même")}), "es": newWordSet([]string{"siquiera"}), "pt": newWordSet([]string{"mesmo", "sequer"}),
	"cs": newWordSet(nil),
}

// csFocusDeterminers are the Czech demonstratives that open the noun
// phrase after a focus "ani" (ten, ta, to and their cases).
var csFocusDeterminers = newWordSet([]string{"ten", "ta", "to", "ty", "ti", "tu", "tou", "toho", "té", "tomu"})

// focusNegated reports whether the negation r.negated finds before token
// s is a focus negation whose focus is the noun phrase s stands in: "not
// even" with a word of that phrase (an article, a superlative) between
// the particle and s ("Not even the most sensitive skin reacts", "inte
// ens den känsligaste huden reagerar", "Nicht einmal die empfindlichste
// Haut reagiert"). The phrase is the extreme of which the clause's
// predicate is denied, the subject of a negated verb, not a thing denied:
// the sentence says the skin does not react (Huddleston and Pullum, The
// Cambridge Grammar of the English Language, ch. 9 §6, focus and scope of
// negation; #13, skinreact33). A "not even" right before s ("not even
// safe for sensitive skin") still denies it.
func (r *run) focusNegated(s int) bool {
	parts := focusParticles[r.lang]
	if parts == nil {
		return false
	}
	d := r.d
	sent := d.toks[s].sent
	for k := s - 1; k >= d.clauseFloor(s, 3); k-- {
		w := d.word(k)
		if !isNegation(r.lang, w) && !(r.lang == "en" && englishNot(d, k)) && !r.coordNegated(k) {
			continue
		}
		if r.lang == "cs" && w == "ani" {
			// Czech "ani" is "not even" itself before a demonstrative or
			// a superlative of the phrase ("Ani ta nejcitlivější
			// pokožka nereaguje"); elsewhere it is "nor".
			n := d.word(k + 1)
			return k+1 < s && (csFocusDeterminers.has(n) || strings.HasPrefix(n, "nej"))
		}
		after := k+1 < s && parts.has(d.word(k+1)) && k+2 < s
		before := k > 0 && d.toks[k-1].sent == sent && parts.has(d.word(k-1)) && k+1 < s
		return after || before
	}
	return false
}

// denied reports whether the mention on tokens [s, e) is denied as the
// locale pack's vocabulary reads a denial of a fact (grounding.NegatedAt:
// "not made of gold", "Kein Gold", "Ni oro ni piedras preciosas", "bez
// złota", "değerli taş değildir", "보석이 아닌"): a material or gem the
// copy says the piece is not is no claim of it (#13, the fourteenth
// session's negmat14; FTC 16 CFR 23.1, 23.25 ask for that disclosure). It
// is read only where a finding would be made.
func (r *run) denied(s, e int) bool {
	d := r.d
	return grounding.NegatedAt(r.in.Locale, d.text, d.toks[s].bs, d.toks[e-1].be)
}

// englishNot reports whether token k of English copy is the n't of a
// contraction ("isn't", "aren't", "doesn't", "won't", "can't": the copy's
// tokens "isn" "t") or "cannot" (#13, thirteenth blind set: "It isn't
// waterproof, so take it out before swimming" blocked as a waterproof
// claim).
func englishNot(d *document, k int) bool {
	w := d.word(k)
	if w == "cannot" {
		return true
	}
	return w == "t" && k > 0 && ntStems.has(d.word(k-1)) && d.gap(k-1) != " "
}

// ntStems are the words an English n't contraction leaves before its "t".
var ntStems = newWordSet([]string{"isn", "aren", "wasn", "weren", "don", "doesn", "didn", "hasn", "haven", "hadn",
	"wouldn", "couldn", "shouldn", "mustn", "needn", "can", "won", "ain", "shan"})

// negationTails are, in the languages that put the negation after what it
// negates, the copulas negated that deny the claim word right before them
// (or after one word of its own: "방수 제품이 아니므로", "防水仕様ではない"),
// matched as the start of the copy after the claim in its clause: Turkish
// değil (değildir, değiller), Japanese ではない, ではありません, Korean
// 아니 (아닙니다, 아닌) (#13, thirteenth blind set; negated claims). A
// verb's own negation is not one: Korean "벗겨지지 않습니다" and Japanese
// "変色しない" are the claims themselves (does not peel, does not tarnish).
var negationTails = map[string][]string{
	"tr": {"değil"},
	"ja": {"ではありません", "ではない", "じゃない", "じゃありません", "ではございません"},
	"ko": {"아니", "아닙", "아닌"},
}

// propertyNone are the Japanese tails that deny a property named by the
// claim and one of propertyNouns after it ("耐水性はありません", no water
// resistance, "防水加工はありません"); after the claim word alone they are
// no negation ("かゆみはありません", no itching, is a claim).
var (
	propertyNone  = []string{"はありません", "がありません", "はない", "がない", "はございません"}
	propertyNouns = []string{"性", "機能", "性能", "加工"}
)

// notOnly are the words before a tail that make it "not only ... but"
// (Korean 뿐 아니라, Japanese だけではない, のみではない): the claim stands.
var notOnly = []string{"뿐", "だけ", "のみ", "ばかり"}

// negatedAfter reports whether a negation follows the match s..e in its
// clause (negationTails): "Su geçirmez değil", "防水ではありません",
// "방수가 아닙니다"; with skip, also after a word of the claim's own
// (skip false: only right after it). Turkish "sadece/yalnızca ... değil"
// (not only) and a tail after 뿐 or だけ are no negation.
func (r *run) negatedAfter(s, e int, skip bool) bool {
	tails := negationTails[r.lang]
	if len(tails) == 0 || e <= s || e > len(r.d.toks) {
		return false
	}
	d := r.d
	rest := d.text[d.toks[e-1].be:]
	if i := strings.IndexAny(rest, ",.;:!?()—–、。，；：！？\n"); i >= 0 {
		rest = rest[:i]
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	if r.lang == "tr" {
		for k := max(s-3, 0); k < s; k++ {
			if w := d.word(k); w == "sadece" || w == "yalnızca" || w == "yalnız" || w == "salt" {
				return false
			}
		}
	}
	hasTail := func(x string, ts []string) bool {
		for _, t := range ts {
			if strings.HasPrefix(x, t) {
				return true
			}
		}
		return false
	}
	if hasTail(rest, tails) {
		return true
	}
	if !skip {
		return false
	}
	if r.lang == "ja" {
		// up to three characters of a noun of its own (仕様, 性, 加工)
		for i, n := 0, 0; i < len(rest) && n < 3; n++ {
			_, size := utf8.DecodeRuneInString(rest[i:])
			i += size
			skipped, after := rest[:i], rest[i:]
			if hasTail(after, tails) || slices.Contains(propertyNouns, skipped) && hasTail(after, propertyNone) {
				return !strings.ContainsAny(skipped, "だのば")
			}
		}
		return false
	}
	// one word of its own ("방수 제품이 아니므로", "su geçirmez özellikte değildir")
	i := strings.IndexByte(rest, ' ')
	if i <= 0 || !hasTail(strings.TrimLeft(rest[i:], " \u00a0"), tails) {
		return false
	}
	for _, w := range notOnly {
		if strings.Contains(rest[:i], w) {
			return false
		}
	}
	return true
}

// onlyFunctionWords reports whether tokens [s, e) are all function words
// of the copy's language.
func (r *run) onlyFunctionWords(s, e int) bool {
	if s >= e {
		return true
	}
	bit := stopBit(r.lang)
	masks := r.stopMasks()
	for k := s; k < e; k++ {
		if bit == 0 || masks[k]&bit == 0 {
			return false
		}
	}
	return true
}

func (r *run) checkBuiltinPhrases() {
	b := builtins()
	p := &r.in.Product
	spelling := ""
	if r.g != nil {
		spelling = r.g.Locales[r.in.Locale].Spelling
	}
	b.phrases.each(r.d, func(s, e, idx int) {
		bp := b.entries[idx]
		if bp.lang != "" && bp.lang != r.lang {
			return // "cura" is care in Italian, a cure in Spanish
		}
		orig := r.d.orig(s, e)
		switch bp.kind {
		case bSolidGold:
			// Another piece's solid gold ("our solid gold chain, sold
			// separately") is no claim about this one: grounding's scope.
			if !solidGold(p) && !r.negated(s) && !r.claimElsewhere(s, e) && !r.denied(s, e) && !r.shareOfPure(s) && !(goldIsPlated(p) && r.layerOfSolid(e-1)) {
				r.addTokens("claim.solid_gold", CatClaim, core.SeverityBlock, fmt.Sprintf("%q: the product is not solid gold", orig), s, e)
				// Plated gold called solid is also a plating misdescription
				// (the trading rules on plated articles), whatever the form:
				// "solid gold", "Massivgold", "oro macizo".
				if goldIsPlated(p) {
					r.addTokens("regulatory.plating", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q: the product's gold is plated and must be described as plated", orig), s, e)
				}
			}
		case bRealDiamond:
			if !naturalDiamond(p) && !r.negated(s) && !r.claimElsewhere(s, e) && !r.denied(s, e) {
				r.addTokens("claim.real_diamond", CatClaim, core.SeverityBlock, fmt.Sprintf("%q: the product has no natural diamond", orig), s, e)
			}
		case bHealth:
			if !r.negated(s) {
				r.addTokens("claim.health", CatClaim, core.SeverityBlock, fmt.Sprintf("%q is a health or metaphysical claim; jewellery makes none", orig), s, e)
			}
		case bInjection:
			r.addTokens("injection.phrase", CatInjection, core.SeverityBlock, fmt.Sprintf("%q is prompt or assistant text, not copy", orig), s, e)
		case bGBtoUS:
			if spelling == "american" {
				r.addTokens("locale.spelling", CatLocale, core.SeverityWarn, fmt.Sprintf("%q is British spelling; en-US writes %q", orig, bp.suggest), s, e)
			}
		case bUStoGB:
			if spelling == "british" {
				r.addTokens("locale.spelling", CatLocale, core.SeverityWarn, fmt.Sprintf("%q is American spelling; %s writes %q", orig, r.in.Locale, bp.suggest), s, e)
			}
		}
	})
}

// ---- guide phrases ----

// ownWord reports whether an existence token that is a word of langs (none:
// of no language the data knows) stands in the copy as that word: always
// in copy of one of langs; in copy of another language unless the
// language has the same letters as a word of another sense
// (other_senses: Portuguese "ganga" is denim), the copy writes it with
// other letters than the token, which only folding diacritics made equal
// (Swedish "gänga" for Spanish "ganga"), or the token is written as a
// name, capitalised inside a sentence ("the river Ganga").
func (r *run) ownWord(langs []string, s int, orig, token string) bool {
	if len(langs) == 0 || slices.Contains(langs, r.lang) {
		return true
	}
	// Written with other letters than the token, diacritics folded apart
	// by the matcher ("gänga", the Swedish thread of a screw, for Spanish
	// "ganga", a bargain; Danish "gunstig", favourable, for German
	// "günstig"), the word is the copy language's own, not the loan
	// (#13, rel17a).
	if !strings.EqualFold(strings.Join(strings.Fields(orig), " "), strings.Join(strings.Fields(token), " ")) {
		return false
	}
	if otherSenses()[r.lang][strings.Join(splitWords(orig), " ")] {
		return false
	}
	first, _ := utf8.DecodeRuneInString(orig)
	sentStart := r.d.sents[r.d.toks[s].sent].ts == s
	return !(unicode.IsUpper(first) && !sentStart)
}

func (r *run) checkGuidePhrases() {
	g := r.g
	if g == nil {
		return
	}
	cg := r.cg
	loc := r.in.Locale
	var occ map[int]int
	var condFirst map[int][2]int
	var condSecond map[int]bool
	var ownTerm map[int]bool // glossary entry: its term names a fact of the product
	// Japanese and Chinese copy is matched on its dictionary words.
	if segment.Uses(r.lang) {
		defer r.useWords()()
	}
	cg.phrasesFor(r.lang).each(r.d, func(s, e, idx int) {
		h := cg.hits[idx]
		orig := r.d.orig(s, e)
		switch h.kind {
		case hExistence, hSubstitution, hCapitalization, hOccurrence, hCondFirst, hCondSecond:
			rule := &g.Rules[h.idx]
			if !rule.AppliesTo(loc) {
				return
			}
			cat, sev := rule.CategoryOrDefault(), rule.Level
			switch h.kind {
			case hExistence:
				if h.lang != "" && h.lang != r.lang || !rule.IgnoreCase && orig != h.text || !r.ownWord(h.langs, s, orig, h.text) {
					return
				}
				r.addTokens(rule.ID, cat, sev, message(rule.Message, orig, fmt.Sprintf("%q is banned by the style guide", orig)), s, e)
			case hSubstitution:
				r.addTokens(rule.ID, cat, sev, message(rule.Message, orig, fmt.Sprintf("write %q instead of %q", h.text, orig)), s, e)
			case hCapitalization:
				if orig != h.text && !r.inLink(s) {
					r.addTokens(rule.ID, cat, sev, message(rule.Message, orig, fmt.Sprintf("%q must be written %q", orig, h.text)), s, e)
				}
			case hOccurrence:
				if occ == nil {
					occ = map[int]int{}
				}
				occ[h.idx]++
				if occ[h.idx] == rule.Max+1 {
					r.addTokens(rule.ID, cat, sev, message(rule.Message, orig, fmt.Sprintf("%q appears more than %d times", rule.Token, rule.Max)), s, e)
				}
			case hCondFirst:
				// Another piece's word ("add our drop earrings in gold
				// vermeil") sets no condition on this copy.
				if r.anyElsewhere(s, e) {
					return
				}
				if condFirst == nil {
					condFirst = map[int][2]int{}
				}
				if _, seen := condFirst[h.idx]; !seen {
					condFirst[h.idx] = [2]int{s, e}
				}
			case hCondSecond:
				if condSecond == nil {
					condSecond = map[int]bool{}
				}
				condSecond[h.idx] = true
			}
		case hClaim:
			cl := &g.Claims[h.idx]
			if r.negated(s) || hasEvidence(&r.in.Product, cl.Requires) || r.nobleGeneral(ruleSlug(cl.Text), s, e) {
				return
			}
			cat := cl.Category
			if cat == "" {
				cat = CatClaim
			}
			r.addTokens("claim."+ruleSlug(cl.Text), cat, levelOr(cl.Level, core.SeverityBlock),
				message(cl.Message, orig, fmt.Sprintf("%q is a claim the product's data does not support (needs %s)", orig, describeRequires(cl.Requires))), s, e)
		case hForbidden:
			if h.locale != "" && h.locale != loc || h.lang != "" && h.lang != r.lang || r.rightAfter(s, h.notAfter) {
				return
			}
			ge := &g.Glossary[h.idx]
			// A forbidden term that names one of the product's own stones
			// or materials is its true name, not the misnomer the guide
			// forbids: "zircon" on a natural zircon, in every language's
			// words for it (#13, rel17a; grounding.NamesProductFact).
			own, seen := ownTerm[h.idx]
			if !seen {
				own = grounding.NamesProductFact(r.in.Product, ge.Term)
				if ownTerm == nil {
					ownTerm = map[int]bool{}
				}
				ownTerm[h.idx] = own
			}
			if own {
				return
			}
			msg := fmt.Sprintf("%q is a forbidden term", orig)
			if ge.Suggest != "" {
				msg += fmt.Sprintf("; write %q", ge.Suggest)
			}
			r.addTokens("glossary.forbidden", CatGlossary, levelOr(ge.Level, core.SeverityWarn), msg, s, e)
		case hAvoid:
			if h.locale != loc {
				return
			}
			ge := &g.Glossary[h.idx]
			want := ge.Term
			if t, ok := ge.Translations[loc]; ok && ge.Kind == styleguide.KindPreferred {
				want = t
			}
			msg := fmt.Sprintf("%q: write %q", orig, want)
			if ge.Kind == styleguide.KindDoNotTranslate {
				// "Momente" is a word; it is a translated name only
				// when it names the collection.
				// The name as written ("Reflexions" where the French
				// translation to avoid is "Réflexions", equal once
				// accents fold) is the name kept, not translated.
				if !r.nextToCollectionWord(s, e) || orig == ge.Term {
					return
				}
				msg = fmt.Sprintf("%q translates %q, which must stay as written", orig, ge.Term)
			}
			r.addTokens("glossary."+ge.Kind, CatGlossary, levelOr(ge.Level, core.SeverityWarn), msg, s, e)
		case hPreferredSource:
			ge := &g.Glossary[h.idx]
			t, ok := ge.Translations[loc]
			if !ok || containsFold(t, ge.Term) {
				return
			}
			r.addTokens("glossary.preferred", CatGlossary, levelOr(ge.Level, core.SeverityWarn), fmt.Sprintf("%q is left untranslated; %s writes %q", orig, loc, t), s, e)
		case hCompetitor:
			r.addTokens("competitor", CatCompetitor, core.SeverityBlock, fmt.Sprintf("names the competitor %s", h.text), s, e)
		case hCollection:
			r.collectionCase(s, e, h.text)
		}
	})
	for idx, span := range condFirst {
		if condSecond[idx] {
			continue
		}
		rule := &g.Rules[idx]
		r.addTokens(rule.ID, rule.CategoryOrDefault(), rule.Level, message(rule.Message, r.d.orig(span[0], span[1]), fmt.Sprintf("%q needs %q in the same copy", rule.First, rule.Second)), span[0], span[1])
	}
	for _, ri := range r.cg.punctOccurrences {
		if rule := &g.Rules[ri]; rule.AppliesTo(loc) {
			r.countOccurrence(rule)
		}
	}
}

// countOccurrence counts a punctuation token such as "!".
func (r *run) countOccurrence(rule *styleguide.Rule) {
	text, n, from := r.d.text, 0, 0
	for {
		i := strings.Index(text[from:], rule.Token)
		if i < 0 {
			return
		}
		n++
		at := from + i
		if n == rule.Max+1 {
			r.addBytes(rule.ID, rule.CategoryOrDefault(), rule.Level, message(rule.Message, rule.Token, fmt.Sprintf("%q appears more than %d times", rule.Token, rule.Max)), at, at+len(rule.Token))
			return
		}
		from = at + len(rule.Token)
	}
}

func ruleSlug(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return '_'
	}, s)
}

func describeRequires(req map[string][]string) string {
	var parts []string
	for _, f := range styleguide.ClaimFields {
		if v, ok := req[f]; ok {
			parts = append(parts, f+": "+strings.Join(v, " or "))
		}
	}
	return strings.Join(parts, "; or ")
}

// maxPatternFindings bounds the matches of one guide pattern in one text.
const maxPatternFindings = 50

func (r *run) checkPatterns() {
	for _, p := range r.cg.patterns {
		rule := &r.g.Rules[p.rule]
		if !rule.AppliesTo(r.in.Locale) || !p.need.mayMatch(r.d.text, &r.folded) {
			continue
		}
		for _, loc := range p.re.FindAllStringIndex(r.d.text, maxPatternFindings) {
			if loc[0] == loc[1] {
				continue // an empty match is no finding (styleguide refuses such patterns)
			}
			m := r.d.text[loc[0]:loc[1]]
			r.addBytes(rule.ID, rule.CategoryOrDefault(), rule.Level, message(rule.Message, m, fmt.Sprintf("%q is banned by the style guide", m)), loc[0], loc[1])
		}
	}
}

// ---- regulatory ----

func (r *run) checkRegulatory() {
	p := &r.in.Product
	d := r.d
	plated := goldIsPlated(p)
	lab, simulant := diamondLike(p)
	checkDiamonds := (lab || simulant) && !naturalDiamond(p)
	gems := labGemsFor(r.in.Locale, r.lang, p)
	// The guide's own recycled claim, when it has one, is checked with the
	// other claims; the built-in one stands in for it otherwise.
	checkRecycled := !r.cg.hasRecycl && !hasEvidence(p, recycledEvidence)
	r.checkLabGems(gems)
	r.checkSegmentedGems(gems)
	r.checkNaturalLab(gems, lab && !naturalDiamond(p))
	r.checkSilverPlating()
	r.checkPlatingColour()   // plating_colour.go
	r.checkSimulantGems()    // simulant_gems.go
	r.checkMisnomers()       // misnomer.go
	r.checkImitationPearls() // pearls.go
	if checkDiamonds && segment.Uses(r.lang) {
		r.checkSegmentedDiamonds(lab)
	}
	if !plated && !checkDiamonds && !checkRecycled {
		return
	}
	platingDisclosed := false
	var filled []bool // the copy's gold-filled words (bonded58.go)
	if plated {
		filled = r.bondedGoldTokens(p)
		platingDisclosed = slices.Contains(filled, true)
	}
	if plated && !platingDisclosed {
		for i := range d.toks {
			if platingDisclosure.has(d.word(i)) && r.disclosesPlating(i) {
				platingDisclosed = true
				break
			}
		}
	}
	diamondsDisclosed := false
	for i := range d.toks {
		w := d.word(i)
		if r.isMasked(i) {
			continue
		}
		if r.isElsewhere(i) {
			// A qualified diamond in a clause read as another item's
			// still tells the reader the stone type (checkLabGems).
			if checkDiamonds && !diamondsDisclosed && r.isDiamondAt(i) && !r.negated(i) {
				diamondsDisclosed = (lab && r.labQualified(i)) || (!lab && r.simulantQualified(i))
			}
			continue
		}
		if plated && r.isGoldWord(i) {
			// Romance languages put the adjective after the noun:
			// "or rose massif", "oro giallo massiccio".
			after := 0
			if r.lang == "fr" || r.lang == "it" || r.lang == "es" || r.lang == "pt" {
				after = 2
				// The gold's tone between the noun and its karat ("in oro
				// giallo 18 carati", "en or jaune 18 carats"): the karat
				// is still the gold's, a word further (#13, regclaim55:
				// released 55A it-IT 55A02, a care line's "placcatura"
				// disclosing nothing of "oro giallo 18 carati").
				// Not over a preposition ("usamos oro de 18 quilates solo
				// en algunos eslabones" says what a vermeil's layer is of:
				// probe 50C es-MX 50C104).
				if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && goldToneAfter.has(d.word(i+1)) {
					after++
				}
			}
			solid := d.anyNear(i, i+1, 2, after, solidWords) && !r.shareOfPure(i) && !r.layerOfSolid(i)
			// The karat follows the noun there too: "una catena in oro 18
			// carati" claims 18-carat gold as "18 Karat Gold" does, however
			// the plating is disclosed elsewhere (#13, variety29: released
			// 29's it-IT "catena sottile in oro 18 carati" on gold-plated
			// brass passed once a later sentence said "rivestito"). Not
			// where the base follows: "de l'or 18 carats sur argent
			// sterling" says what vermeil is (overBaseWords).
			karat := d.anyNear(i, i+1, 2, 0, karatWords) || after > 0 && d.anyNear(i, i+1, 0, after, karatWords) && !d.anyNear(i, i+1, 0, after+3, overBaseWords)
			// The gold's karat and tone before the noun take no room of
			// the plating word's reach: "a sheet of 14k rose gold" (#13,
			// rp56).
			before := 3
			for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].sent == d.toks[i].sent && (goldToneBefore.has(d.word(k)) || karatWords.has(d.word(k))); k-- {
				before++
			}
			qualified := r.platingNear(i, before, 3) || d.inPlatingPhraseUnless(i, r.in.Locale, r.platingDenied) || r.bondedBeside(filled, i, before, 3+after)
			switch {
			case solid && (r.negated(i) || r.denied(i, i+1)):
				// "not solid gold", "som altın değildir" disclose rather than claim.
			case solid:
				r.addTokens("regulatory.plating", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q: the product's gold is plated and must be described as plated", d.orig(max(i-2, 0), i+1)), i, i+1)
				// Solid said of a plating is also a claim the data does
				// not support (claim.solid_metal, as grounding reports it in every language).
				r.addTokens("claim.solid_metal", CatClaim, core.SeverityBlock, fmt.Sprintf("%q claims solid gold; the product's gold is a plating", d.orig(max(i-2, 0), i+1)), i, i+1)
			case !qualified && (karat || !platingDisclosed) && !r.denied(i, i+1) && !(platingDisclosed && r.karatScaleDefinition(i)):
				r.addTokens("regulatory.plating", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q without \"plated\": the product is %s", d.orig(i, i+1), strings.Join(p.Materials, ", ")), i, i+1)
			}
		}
		if checkDiamonds && !diamondsDisclosed && lab && !r.isDiamondAt(i) && r.labStonesSaid(i) {
			// "Every stone in this band is lab-grown. Fifteen
			// diamonds…": the stones said lab-grown before the first
			// diamond are the diamonds (labStonesSaid).
			diamondsDisclosed = true
		}
		if checkDiamonds && !diamondsDisclosed && lab && !r.isDiamondAt(i) && !r.negated(i) && r.labCompound(i, r.isDiamondWord) {
			// "Labordiamanten", 랩그로운다이아몬드를: the qualifier glued
			// to the diamond's name (qualifiedCompound).
			diamondsDisclosed = true
		}
		if checkDiamonds && r.isDiamondAt(i) && !r.diamondLookAlike(i) && !r.negated(i) && !r.comparedStone(i, i+1) {
			qualified := r.simulantQualified(i)
			kind := "a diamond simulant"
			if lab {
				kind, qualified = "lab-grown", r.labQualified(i) || r.qualifiedAfterWeight(i) || r.labRestatedLater(i)
			}
			if mk := r.market(); !qualified && mk != nil {
				if lab {
					qualified = r.latinNameQualified(i, mk.lab)
				} else {
					qualified = r.latinNameQualified(i, mk.sim)
				}
			}
			// Once the stones are named with their qualifier, a later
			// mention ("un diamant central") refers back to them.
			if qualified {
				diamondsDisclosed = true
			} else if !diamondsDisclosed && !r.denied(i, i+1) {
				r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q: the stone is %s and must be named with a qualifier this market accepts%s", d.orig(i, i+1), kind, r.labSource()), i, i+1)
			}
		}
		if checkRecycled && recycledWords.has(w) && !r.negated(i) {
			r.addTokens("regulatory.recycled", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q is an environmental claim the product's data does not support", d.orig(i, i+1)), i, i+1)
		}
	}
}

// platingNear reports whether a plating word (platingWords) stands up to
// before tokens before gold word i or up to after tokens after it, in its
// sentence, and is not itself denied: a negation before it in its clause
// (negated: "nicht vergoldet, sondern aus Gold", "niet verguld maar van
// goud", "ikke forgyldt, men af guld", "není pozlacený, je ze zlata",
// "δεν είναι επιχρυσωμένο") or a negating copula after it (negatedAfter:
// "kaplama değil, altındır", "金メッキではなく18金"). A plating the copy
// denies tells the reader the gold is not a plating, the very claim 16 CFR
// 23.4 forbids of a plated piece (#13, plate60).
func (r *run) platingNear(i, before, after int) bool {
	d := r.d
	sent := d.toks[i].sent
	for k := i - before; k < i+1+after; k++ {
		if k < 0 || k >= len(d.toks) || k == i || d.toks[k].sent != sent || !platingWords.has(d.word(k)) {
			continue
		}
		// A word of tone after a comma says how the gold looks, not
		// that it is a plating or a colour: "solid 12-carat gold, warm
		// in tone" (#13, tone62: probe 61C en-GB 61C04-2; 16 CFR 23.4).
		if k > i && platingToneWords.has(d.word(k)) && d.clauseBreakBetween(i, k) {
			continue
		}
		if !r.platingDenied(k) {
			return true
		}
	}
	return false
}

// clauseBreakBetween reports whether a comma, semicolon or colon (in any
// script: "，", "、", "；", "،") stands between tokens i and k (i < k).
func (d *document) clauseBreakBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if strings.ContainsAny(d.gap(j), ",;:，、；：،؛") {
			return true
		}
	}
	return false
}

// platingDenied reports whether the plating word at k is denied: a
// negation before it in its clause or a negating copula after it.
func (r *run) platingDenied(k int) bool {
	return r.negated(k) || r.negatedAfter(k, k+1, false) || r.platingDeniedJa(k)
}

// platingDeniedJa reports whether Japanese plating word k is followed in
// its clause by the connective negation ではなく ("not ... but"), which
// negationTails leave out because after a claim it can open a contrast of
// the claim's own ("金メッキではなく18金です": not gold plating but 18k
// gold).
func (r *run) platingDeniedJa(k int) bool {
	if r.lang != "ja" {
		return false
	}
	rest := r.d.text[r.d.toks[k].be:]
	return strings.HasPrefix(rest, "ではなく") || strings.HasPrefix(rest, "じゃなく")
}

// overBaseWords put a gold layer over its base in the Romance languages
// ("de l'or 18 carats sur argent sterling", "oro 18 carati su argento",
// "oro de 18 quilates sobre plata"): after the karat they describe a
// plating or vermeil, not a karat gold piece (#13, variety29).
// goldToneBefore are the tones of gold written before the noun ("14k rose
// gold", "white gold"): with the karat they take no room of the plating
// word's reach (#13, rp56).
var goldToneBefore = newWordSet([]string{"yellow", "white", "rose", "red", "pink"})

// goldToneAfter are the tones of gold written after the noun in the
// Romance languages ("oro giallo", "or jaune", "oro blanco", "ouro
// rosé"), folded.
var goldToneAfter = newWordSet([]string{"giallo", "bianco", "rosa", "rosso", "jaune", "blanc", "rose", "rouge", "amarillo", "blanco", "rosado", "rojo", "amarelo", "branco", "vermelho"})

var overBaseWords = newWordSet([]string{"sur", "su", "sul", "sull", "sulla", "sobre", "over", "silver", "argent", "argento", "plata", "prata"})

// checkSilverPlating applies the plating rule to silver: when the product
// has no solid silver (silver-plated or rhodium-plated base metal,
// silver-tone steel), "silver" must be qualified as a plating or a colour,
// and "solid silver" is never true (16 CFR 23.6; Hallmarking Act 1973 s.1).
func (r *run) checkSilverPlating() {
	p := &r.in.Product
	if !silverNotSolid(p) {
		return
	}
	d := r.d
	disclosed := false
	for i := range d.toks {
		if platingDisclosure.has(d.word(i)) || d.word(i) == "tone" || d.word(i) == "toned" {
			disclosed = true
			break
		}
	}
	after := 0
	if r.lang == "fr" || r.lang == "it" || r.lang == "es" || r.lang == "pt" {
		after = 2
	}
	src := ""
	if m := r.market(); m != nil && m.Plating.Source != "" {
		src = " (" + m.Plating.Source + ")"
	}
	for i := range d.toks {
		if r.isMasked(i) || !silverWords.has(d.word(i)) || r.inLink(i) || r.isElsewhere(i) {
			continue
		}
		solid := d.anyNear(i, i+1, 2, after, solidWords)
		qualified := d.anyNear(i, i+1, 3, 3, platingWords) || d.inPlatingPhrase(i, r.in.Locale)
		switch {
		case solid && (r.negated(i) || r.denied(i, i+1)):
		case solid:
			r.addTokens("regulatory.plating", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q: the product has no solid silver (%s)%s", d.orig(max(i-2, 0), i+1), strings.Join(p.Materials, ", "), src), i, i+1)
			r.addTokens("claim.solid_metal", CatClaim, core.SeverityBlock, fmt.Sprintf("%q claims solid silver; the product is %s", d.orig(max(i-2, 0), i+1), strings.Join(p.Materials, ", ")), i, i+1)
		case !qualified && !disclosed && !r.denied(i, i+1):
			r.addTokens("regulatory.plating", CatRegulatory, core.SeverityBlock, fmt.Sprintf("%q without \"plated\": the product is %s%s", d.orig(i, i+1), strings.Join(p.Materials, ", "), src), i, i+1)
		}
	}
}

// checkLabGems flags a lab-grown coloured gemstone that the text never
// names with its qualifier. Once one mention says "lab-grown", later
// mentions ("the sapphires catch the light") are disclosed; a capitalised
// word inside a sentence is a name ("Sapphire Blue"), not the stone,
// except in German where every noun is capitalised.
func (r *run) checkLabGems(gems []gemNames) {
	if segmentedLang(r.lang) {
		return // checkSegmentedGems reads their dictionary words
	}
	d := r.d
	for _, gem := range gems {
		first, intro, disclosed := -1, -1, false
		for i := range d.toks {
			if r.isMasked(i) || r.negated(i) {
				continue
			}
			if !gem.has(d.word(i)) {
				// "Laborrubin", "laboratorierubin", 랩그로운오팔을: the
				// qualifier glued to the stone's name discloses it
				// (qualifiedCompound); the stones said lab-grown before
				// the gem's first mention name it too (labStonesSaid).
				if r.labCompound(i, gem.has) || first < 0 && r.labStonesSaid(i) {
					disclosed = true
					break
				}
				continue
			}
			if r.lang != "de" && i > 0 && d.toks[i-1].sent == d.toks[i].sent && startsUpper(d.orig(i, i+1)) {
				continue
			}
			// A qualified mention discloses the stone type even in a
			// clause read as another item's: the reader has been told
			// this gem is lab-grown, and the later mentions of the
			// product's own stones refer back to it.
			if r.labQualified(i) || r.qualifiedAfterWeight(i) {
				disclosed = true
				break
			}
			if r.isElsewhere(i) {
				continue
			}
			if first < 0 {
				first = i
			}
			if intro < 0 && r.introducesStone(i) {
				intro = i
			}
		}
		// The first mention that introduces the product's stone carries
		// the qualifier (16 CFR 23.23(c): it immediately precedes the
		// name): a qualified mention after "uno zaffiro blu di 5 mm"
		// discloses only what follows it (#13, labfirst34). A bare name
		// before it that introduces nothing (the species in general,
		// "Alexandrite is known for ...", the piece's name) is left to
		// the later disclosure, as before.
		switch {
		case !disclosed && first >= 0:
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the stone is lab-grown and must be named with its qualifier", d.orig(first, first+1)), first, first+1)
		case disclosed && intro >= 0:
			r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
				fmt.Sprintf("%q: the stone is lab-grown and its first mention must carry the qualifier, not only a later one", d.orig(intro, intro+1)), intro, intro+1)
		}
	}
}

func startsUpper(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

var recycledEvidence = map[string][]string{"features": {"recycled"}, "materials": {"recycled"}, "attributes": {"recycled"}}

// isGoldWord reports whether token i names gold as a metal; French "or"
// counts only next to words that make it the metal ("en or", "or rose").
func (r *run) isGoldWord(i int) bool {
	d := r.d
	w := d.word(i)
	if w == "or" {
		if r.lang != "fr" {
			return false
		}
		return (i > 0 && d.toks[i-1].sent == d.toks[i].sent && frGoldBefore.has(d.word(i-1))) ||
			(i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && frGoldAfter.has(d.word(i+1)))
	}
	if w == "golden" {
		return false // a colour or a mood, not the metal
	}
	return goldWords.has(w)
}

// diamondLookAlike: "diamond-cut", "diamond-shaped", "taille diamant", ...
func (r *run) diamondLookAlike(i int) bool {
	d := r.d
	if i+1 < len(d.toks) && d.toks[i+1].sent == d.toks[i].sent && diamondLookAlikeAfter.has(d.word(i+1)) {
		return true
	}
	return i > 0 && d.toks[i-1].sent == d.toks[i].sent && diamondLookAlikeBefore.has(d.word(i-1))
}

// ---- trademark ----

// checkTrademark finds the brand misspelt ("Aurellia", "Aurélia") or
// wrongly cased ("AURELIA") even without a capitalization rule.
func (r *run) checkTrademark() {
	if r.g == nil || r.cg.brandLow == "" {
		return
	}
	brand, low := r.g.Brand, r.cg.brandLow
	if strings.ContainsRune(low, ' ') {
		return // multi-word brands are left to capitalization rules
	}
	n := utf8.RuneCountInString(low)
	first, _ := utf8.DecodeRuneInString(low)
	d := r.d
	for i := range d.toks {
		w := d.word(i)
		wf, _ := utf8.DecodeRuneInString(w)
		if wf != first {
			continue
		}
		wn := d.toks[i].re - d.toks[i].rs
		orig := d.orig(i, i+1)
		// A particle of a language without spaces glued to the name
		// ("Aurellia의", "Aurelliaの"): the name is the Latin letters.
		if k := latinPrefix(w); k < len(w) {
			w = w[:k]
			wn = utf8.RuneCountInString(w)
			orig = runePrefix(orig, wn)
		}
		if wn < n-2 || wn > n+2 {
			continue
		}
		if r.inLink(i) {
			continue // a domain or address is reported as such by safety
		}
		if w == low {
			if orig != brand {
				r.addTokens("trademark.brand_case", CatTrademark, core.SeverityBlock, fmt.Sprintf("%q: the brand is written %q", orig, brand), i, i+1)
			}
			continue
		}
		// The brand as written with a case ending (Finnish "Aurelian",
		// "Aurelialle", Polish "Aurelii" keeps "Aureli"): an inflection in a
		// language that declines names, not a misspelling.
		if r.lang != "en" && strings.HasPrefix(orig, brand) {
			continue
		}
		maxDist := 1
		if n >= 6 {
			maxDist = 2
		}
		if dist := damerau(w, low, maxDist); dist <= maxDist && r.brandSlip(w, dist, wn, n) && nameSlip(orig, w, brand, low, dist) {
			r.addTokens("trademark.brand_spelling", CatTrademark, core.SeverityBlock, fmt.Sprintf("%q looks like a misspelling of the brand %q", orig, brand), i, i+1)
		}
	}
	r.checkCollectionSpelling()
	r.checkCollectionScripts() // collections_other.go
}

// latinPrefix is the byte length of w's leading run of Latin letters and
// digits (all of w when it has no letter of another script).
func latinPrefix(w string) int {
	for k, c := range w {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return k
		}
	}
	return len(w)
}

// runePrefix is s's first n runes.
func runePrefix(s string, n int) string {
	for k := range s {
		if n == 0 {
			return s[:k]
		}
		n--
	}
	return s
}

// brandSlip reports whether w, dist edits (Damerau) from the brand's n
// letters and wn letters long, reads as a slip of the brand rather than a
// word of the copy's language (issue #13, rel9). Two kinds are words:
//   - at two edits, a word two letters shorter or longer than the brand:
//     a slip drops, doubles or swaps a letter, and changes at most one more
//     ("Aurellia", "Aurelya", "Auerlia"); two letters gone or added make
//     another word (Portuguese "areia", sand, and "áurea", golden, beside
//     "Aurelia");
//   - a function word of the language (stopwords and the pack's identity
//     words) or a whole form of the locale's vocabulary (a stone, metal or
//     colour word: "safira", "Saphir" beside a brand "Saphira").
func (r *run) brandSlip(w string, dist, wn, n int) bool {
	if dist == 2 && (wn-n >= 2 || n-wn >= 2) {
		return false
	}
	if stopIndex().words[w]&stopIndex().bit[r.lang] != 0 {
		return false
	}
	return !grounding.VocabWord(r.in.Locale, w)
}

// nameSlip reports whether a word dist edits from the brand keeps enough
// of the brand's shape to be the name misspelt (issue #13, brand43). One
// edit always does ("Aurellia", "Aurlia", "Aurélia", "Aureila"). At two
// edits a slip of a name is still written as the name: with the brand's
// initial capital and its first two letters ("Aurellya", "Aurélya",
// "Auralya"), since a writer misspelling a name keeps its onset (Damerau
// 1964; Yannakoudakis & Fawthrop 1983: first letters are the least often
// wrong). A lower-case word two edits away, or one that changes the
// name's second letter, is a word of the language: Spanish and
// Portuguese "aprecia" (one appreciates), "atresia", "aralia", "arrela",
// "auxilia", French "aurifia", English "aphelia", "Amelia" beside
// "Aurelia" (measured over the word lists of 14 languages and the case
// texts of all 25 locales: 110 words flagged before, see the cases
// README's brand43).
func nameSlip(orig, w, brand, low string, dist int) bool {
	if dist < 2 {
		return true
	}
	bf, _ := utf8.DecodeRuneInString(brand)
	of, _ := utf8.DecodeRuneInString(orig)
	if squeezed(w) != squeezed(low) && damerau(squeezed(w), squeezed(low), 1) <= 1 {
		// one of the two edits a doubled letter or an accent ("Arellia",
		// "aurellya", "Arrélia": the brand one edit away once doubled
		// letters and accents are set aside): a typing slip of the name,
		// in any case (#13, adv43).
		return true
	}
	if unicode.IsUpper(bf) && !unicode.IsUpper(of) {
		return false
	}
	_, bs := utf8.DecodeRuneInString(low)
	_, ws := utf8.DecodeRuneInString(w)
	b2, _ := utf8.DecodeRuneInString(low[bs:])
	w2, _ := utf8.DecodeRuneInString(w[ws:])
	return text.FoldRune(b2) == text.FoldRune(w2)
}

// squeezed is w folded (accents set aside) with each run of a doubled
// letter written once: "Arellia" and "Arélia" squeeze to "arelia".
func squeezed(w string) string {
	var b strings.Builder
	var prev rune = -1
	for _, c := range w {
		c = unicode.ToLower(text.FoldRune(c))
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
	}
	return b.String()
}

// collectionCase flags a collection name written in another case when it
// is used as a name (next to "collection"): "timeless" alone is a word.
func (r *run) collectionCase(s, e int, name string) {
	orig := r.d.orig(s, e)
	if orig == name || !r.nextToCollectionWord(s, e) {
		return
	}
	r.addTokens("trademark.collection_case", CatTrademark, core.SeverityBlock, fmt.Sprintf("%q: the collection is written %q", orig, name), s, e)
}

func (r *run) nextToCollectionWord(s, e int) bool {
	return r.d.anyNear(s, e, 1, 1, collectionWordsAll())
}

// checkCollectionSpelling finds near misses of distinctive collection
// names used as names ("the Reflections collection" for Reflexions).
func (r *run) checkCollectionSpelling() {
	if segmentedLang(r.lang) {
		// "Signature系列": the name is a word of its own only in the
		// dictionary segmentation (Chinese and Japanese write no spaces).
		defer r.useWords()()
	}
	d := r.d
	var near []bool   // token i stands next to a word such as "collection"
	var isColl []bool // token i is a word such as "collection"
	for _, cn := range r.cg.collectionNames(r.g) {
		name, low, dnt := cn.name, cn.low, cn.dnt
		other := r.otherCollection(name)
		report := func(i int, how string) {
			if other {
				r.wrongCollection(name, d.orig(i, i+1)+" "+how, i, i+1)
			}
			if dnt != nil {
				r.addTokens("glossary.do_not_translate", CatGlossary, levelOr(dnt.Level, core.SeverityWarn),
					fmt.Sprintf("%q %s %q, which must stay as written in every language", d.orig(i, i+1), how, name), i, i+1)
				return
			}
			r.addTokens("trademark.collection_spelling", CatTrademark, core.SeverityBlock, fmt.Sprintf("%q looks like a misspelling of the collection %q", d.orig(i, i+1), name), i, i+1)
		}
		stem := strings.TrimSuffix(low, "s")
		if near == nil {
			near = make([]bool, len(d.toks))
			isColl = make([]bool, len(d.toks))
			for i := range d.toks {
				isColl[i] = collectionWordsAll().has(d.word(i)) || collectionPrefix(d.word(i))
			}
			for i := range d.toks {
				near[i] = i > 0 && isColl[i-1] && d.toks[i-1].sent == d.toks[i].sent || i+1 < len(d.toks) && isColl[i+1] && d.toks[i+1].sent == d.toks[i].sent
			}
		}
		for i := range d.toks {
			w := d.word(i)
			if w == low && other && near[i] && !r.isMasked(i) && (i == 0 || d.toks[i-1].sent != d.toks[i].sent) {
				// At the start of a sentence grounding takes a name that is
				// also a word ("Heritage", "Timeless") for the word; beside
				// a word for a collection it is the name.
				// Written as it is: only grounding's (another collection),
				// neither an altered do-not-translate name nor a misspelling.
				r.wrongCollection(name, d.orig(i, i+1)+" before a word for a collection", i, i+1)
				continue
			}
			if isColl[i] || w == low || r.isMasked(i) {
				continue
			}
			// Glued into a compound: "Momentskollektion", "Momentkollektion",
			// "Momentskolleksjonen", "Momentsmallistosta".
			if len(w) > len(stem)+2 && w[0] == stem[0] {
				if rest, ok := strings.CutPrefix(w, stem); ok && (collectionPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "s"), "-")) || collectionPrefix(strings.TrimPrefix(rest, "-"))) {
					report(i, "glues into a compound")
					continue
				}
				if rest, ok := strings.CutPrefix(w, low); ok && collectionWordsAll().has(strings.TrimPrefix(rest, "s")) {
					report(i, "glues into a compound")
					continue
				}
				if rest, ok := strings.CutPrefix(w, stem); ok && len(rest) > 2 && collectionWordsAll().has(strings.TrimPrefix(rest, "s")) {
					report(i, "glues into a compound")
					continue
				}
			}
			if !near[i] {
				continue
			}
			// Another collection declined beside a word for a collection
			// ("Heritagen mallistoon", "kolekcji Heritage'u") is named.
			if rest, ok := strings.CutPrefix(w, low); ok && other && dnt == nil && rest != "" && utf8.RuneCountInString(rest) <= 4 && startsUpper(d.orig(i, i+1)) {
				report(i, "inflects")
				continue
			}
			if cn.runes < 6 && dnt == nil {
				continue
			}
			if damerau(w, low, 2) <= 2 && !r.isCollection(w) && !r.cg.avoidWords.has(w) {
				report(i, "alters")
			} else if rest, ok := strings.CutPrefix(w, stem); ok && dnt != nil && rest != "" && utf8.RuneCountInString(rest) <= 5 && !r.isCollection(w) {
				// Declined like a noun of the language ("kolekcji
				// Momentów", "Momentler koleksiyonu").
				report(i, "inflects")
			}
		}
	}
}

// collectionName is a guide collection as the spelling check reads it.
type collectionName struct {
	name, low string // as written; folded as document words are ("lumiere")
	runes     int
	dnt       *styleguide.GlossaryEntry // its do-not-translate entry, if any
}

// collectionNames are the guide's one-word collection names of five
// letters or more, folded once per compiled guide.
func (c *compiled) collectionNames(g *styleguide.Guide) []collectionName {
	c.collOnce.Do(func() {
		for _, name := range g.Collections {
			low := foldWord(strings.ToLower(name))
			n := utf8.RuneCountInString(low)
			if strings.ContainsRune(low, ' ') || n < 5 {
				continue
			}
			c.colls = append(c.colls, collectionName{name: name, low: low, runes: n, dnt: glossaryDoNotTranslate(g, name)})
		}
	})
	return c.colls
}

// doNotTranslate returns the guide's do-not-translate entry for a term.
func (r *run) doNotTranslate(term string) *styleguide.GlossaryEntry {
	return glossaryDoNotTranslate(r.g, term)
}

func glossaryDoNotTranslate(g *styleguide.Guide, term string) *styleguide.GlossaryEntry {
	for i := range g.Glossary {
		if e := &g.Glossary[i]; e.Kind == styleguide.KindDoNotTranslate && strings.EqualFold(e.Term, term) {
			return e
		}
	}
	return nil
}

func (r *run) isCollection(w string) bool {
	for _, c := range r.g.Collections {
		if strings.EqualFold(c, w) || foldWord(strings.ToLower(c)) == w {
			return true
		}
	}
	return false
}

// ---- glossary: do-not-translate collection names ----

// checkGlossaryDoNotTranslate: when the product's collection is a
// do-not-translate term, copy that talks about "the collection" must use
// the name as written.
func (r *run) checkGlossaryDoNotTranslate() {
	if r.g == nil || r.in.Product.Collection == "" {
		return
	}
	for _, ge := range r.g.Glossary {
		if ge.Kind != styleguide.KindDoNotTranslate || !strings.EqualFold(ge.Term, r.in.Product.Collection) {
			continue
		}
		if containsFold(r.d.text, ge.Term) {
			return
		}
		if segmentedLang(r.lang) {
			defer r.useWords()() // コレクション, 系列: words of their own only there
		}
		d := r.d
		nouns := collectionNouns()
		for i := range d.toks {
			// "一系列" is "a series of", not a collection.
			if nouns.has(d.word(i)) && !(i > 0 && d.word(i-1) == "一" && d.word(i) == "系列") && !r.sameCollection(i) {
				r.addTokens("glossary.do_not_translate", CatGlossary, levelOr(ge.Level, core.SeverityWarn), fmt.Sprintf("the collection is named here without %q, which must stay as written in every language", ge.Term), i, i+1)
				return
			}
		}
	}
}

// sameCollection reports whether the collection noun at token i is
// "the same collection" (data/<lang>/glossary.yaml collection_same: a
// word for "the same" right before it in its sentence, or
// collection_same_after right after it): "from the same collection",
// "aus derselben Kollektion", "samasta mallistosta", 同系列, "المجموعة
// نفسها" point back to a collection known from elsewhere, the product's
// own, and translate no name. Not where a capitalised word follows in the
// sentence: "uit dezelfde collectie Momenten" names it translated (#13,
// samecollection38).
func (r *run) sameCollection(i int) bool {
	sw, ok := collectionSame()[r.lang]
	if !ok {
		return false
	}
	d := r.d
	sent := d.toks[i].sent
	next := i+1 < len(d.toks) && d.toks[i+1].sent == sent
	if next && !segmentedLang(r.lang) && startsUpper(d.orig(i+1, i+2)) {
		return false
	}
	if i > 0 && d.toks[i-1].sent == sent && sw.before.has(d.word(i-1)) {
		return true
	}
	return next && sw.after.has(d.word(i+1))
}

// ---- repetition ----

func (r *run) checkRepetition() {
	if r.g == nil {
		return
	}
	d := r.d
	for ri := range r.g.Rules {
		rule := &r.g.Rules[ri]
		if rule.Type != styleguide.TypeRepetition || !rule.AppliesTo(r.in.Locale) {
			continue
		}
		only := r.cg.repetitionTokens[ri]
		for i := 1; i < len(d.toks); i++ {
			w := d.word(i)
			if w != d.word(i-1) || d.toks[i].sent != d.toks[i-1].sent || strings.TrimSpace(d.gap(i-1)) != "" {
				continue
			}
			if r0, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r0) || repetitionAllowed.has(w) || (only != nil && !only.has(w)) {
				continue
			}
			if r.repeatedInNames(w) {
				continue
			}
			orig := d.orig(i-1, i+1)
			r.addTokens(rule.ID, rule.CategoryOrDefault(), rule.Level, message(rule.Message, d.orig(i, i+1), fmt.Sprintf("%q: the word is repeated", orig)), i-1, i+1)
		}
	}
}

// inLink reports whether token i lies inside a URL or e-mail address.
func (r *run) inLink(i int) bool {
	b := r.d.toks[i].bs
	for _, l := range r.links {
		if b >= l[0] && b < l[1] {
			return true
		}
	}
	return false
}

// ---- competitors misspelt or stylised ----

// competitorKey folds a name to the key its spellings share: accents,
// width, look-alike letters and case folded, spaces and hyphens dropped
// ("Thomas-Sabo", "THOMAS SABO", "Bulgarì" -> "thomassabo", "bulgari").
func competitorKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, text.FoldString(s))
}

// checkCompetitorSpelling finds competitor names misspelt ("Tifany",
// "Swarovsky"), stylised ("Bvlgari", "T I F F A N Y") or glued: one to
// three words, or a run of single letters, written with a capital, within
// one or two edits of a competitor's key, or the key and one of the
// language's name_endings (data/<lang>/glossary.yaml: Finnish
// "Cartierin", Polish "Cartierem"), or the key less its final letter and
// one of the name_stem_endings that replace it (Czech "Swarovského").
func (r *run) checkCompetitorSpelling() {
	if r.g == nil || len(r.cg.competitorKeys) == 0 {
		return
	}
	d := r.d
	ends := nameEndings()[r.lang]
	stemEnds := nameStemEndings()[r.lang]
	var buf [96]byte
	for i := range d.toks {
		first, _ := utf8.DecodeRuneInString(d.text[d.toks[i].bs:])
		if !unicode.IsUpper(first) || r.isMasked(i) {
			continue
		}
		// Document words are folded already (case, accents, look-alikes),
		// so the glued words are the key.
		glued := buf[:0]
		single := d.toks[i].re-d.toks[i].rs == 1
		for k := i; k < len(d.toks) && d.toks[k].sent == d.toks[i].sent; k++ {
			if single && d.toks[k].re-d.toks[k].rs != 1 || !single && k-i >= 3 || len(glued)+len(d.word(k)) > len(buf) {
				break
			}
			glued = append(glued, d.word(k)...)
			caps := allCapitals(d.orig(i, k+1))
			for ci, ck := range r.cg.competitorKeys {
				glued := glued
				if caps && strings.Contains(ck, "u") {
					// Inscriptional capitals write V for U: "BVLGARIn"
					// is "Bulgarin" with its case ending (#13, colourclaims42).
					glued = []byte(strings.ReplaceAll(string(glued), "v", "u"))
					ck = strings.ReplaceAll(ck, "v", "u")
				}
				n := len(ck)
				maxDist := 1
				if utf8.RuneCountInString(ck) >= 8 && ci < r.cg.ownCompetitors {
					maxDist = 2
				}
				// The key and a case ending in the same word (the key
				// ending with a whole word is the phrase matcher's).
				if len(glued) > n && len(glued)-len(d.word(k)) < n && string(glued[:n]) == ck && slices.Contains(ends, string(glued[n:])) &&
					!(len(glued) <= n+2 && damerau(string(glued), ck, maxDist) <= maxDist) && !r.inLink(i) {
					r.addTokens("competitor.spelling", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s with a case ending", d.orig(i, k+1), r.cg.competitors[ci]), i, k+1)
					continue
				}
				// The key less its final letter and an ending that
				// replaces it ("Swarovského", "Pandory").
				if last, sz := utf8.DecodeLastRuneInString(ck); stemEnds[string(last)] != nil && n-sz >= 4 {
					stem := n - sz
					if len(glued) > stem && len(glued)-len(d.word(k)) < stem && string(glued[:stem]) == ck[:stem] &&
						slices.Contains(stemEnds[string(last)], string(glued[stem:])) && string(glued) != ck && !r.inLink(i) {
						r.addTokens("competitor.spelling", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s with a case ending", d.orig(i, k+1), r.cg.competitors[ci]), i, k+1)
						continue
					}
				}
				if n < 5 || len(glued) < n-2 || len(glued) > n+2 || glued[0] != ck[0] && glued[len(glued)-1] != ck[n-1] {
					continue
				}
				if damerau(string(glued), ck, maxDist) <= maxDist && !r.inLink(i) {
					r.addTokens("competitor.spelling", CatCompetitor, core.SeverityBlock, fmt.Sprintf("%q names the competitor %s", d.orig(i, k+1), r.cg.competitors[ci]), i, k+1)
				}
			}
		}
	}
}

// allCapitals reports whether the first three letters of s are capitals
// (the inscriptional style of a name, BVLGARI, with a case ending in small
// letters or none: "BVLGARIn").
func allCapitals(s string) bool {
	n := 0
	for _, c := range s {
		if !unicode.IsLetter(c) {
			continue
		}
		if !unicode.IsUpper(c) {
			return false
		}
		if n++; n == 3 {
			return true
		}
	}
	return false
}

// frenchObjectPronouns are the clitic pronouns that stand between "ne" and
// its verb ("ne la portez pas", "ne les y laissez pas").
var frenchObjectPronouns = newWordSet([]string{"la", "le", "les", "l", "lui", "leur", "y", "en", "me", "m", "te", "t", "se", "s", "vous", "nous"})

// frenchNeBracket reports whether the French match [s, e) opens with a
// verb bracketed by "ne" before it, with only clitic pronouns between, and
// "pas", "jamais", "plus" or "point" right after it inside the match:
// "Ne la portez pas sous la douche" (do not wear it in the shower) denies
// the head of a form whose gap holds the "pas" (#13, the negation kinds:
// "ne ... pas" around pronouns). "Ne ... que" (only) is no denial.
func (r *run) frenchNeBracket(s, e int) bool {
	if r.lang != "fr" || s+1 >= e {
		return false
	}
	d := r.d
	switch d.word(s + 1) {
	case "pas", "jamais", "plus", "point":
	default:
		return false
	}
	for k := s - 1; k >= d.clauseFloor(s, 3); k-- {
		w := d.word(k)
		if w == "ne" || w == "n" {
			return true
		}
		if !frenchObjectPronouns.has(w) {
			return false
		}
	}
	return false
}

// frontedCopulas are, in the languages that put the verb second (and
// English in its literary inversion), the copulas of a predicate fronted
// for contrast and denied at its clause's end: Dutch "Onbreekbaar is
// keramiek niet" (probe 47C nl-NL 47C104), German "Unzerbrechlich ist
// Keramik nicht", Swedish "Okrossbar är keramik inte", Danish and
// Norwegian "… er … ikke", English "Unbreakable it is not" (ANS 2.2,
// Duden-Grammatik: the Vorfeld takes a predicative; the negation that
// ends the clause denies it). #13, claims47.
var frontedCopulas = map[string]wordSet{
	"en": newWordSet([]string{"is", "are"}),
	"de": newWordSet([]string{"ist", "sind", "war", "waren"}),
	"nl": newWordSet([]string{"is", "zijn", "was", "waren"}),
	"sv": newWordSet([]string{"är", "var"}),
	"da": newWordSet([]string{"er", "var"}),
	"nb": newWordSet([]string{"er", "var"}),
}

// frontedEnd are the marks that end a fronted predicate's clause.
const frontedEnd = ",.;:!?()—–"

// frontedDenied reports whether the match s..e is a predicate fronted at
// its clause's start (at most one word before it there: "Ganz
// unzerbrechlich ist …") with a copula of frontedCopulas in the two words
// after it and a negation as the last word of its clause, at most five
// words after it: "Onbreekbaar is keramiek niet: stoot de ring niet …".
// "Unzerbrechlich ist der Ring" and "Unzerbrechlich ist der Ring nicht
// nur, …" (not only) keep the claim.
func (r *run) frontedDenied(s, e int) bool {
	cops := frontedCopulas[r.lang]
	if cops == nil || e <= s || e >= len(r.d.toks) {
		return false
	}
	d := r.d
	sent := d.toks[s].sent
	opens := func(k int) bool {
		return k == 0 || d.toks[k-1].sent != sent || strings.ContainsAny(d.gap(k-1), frontedEnd)
	}
	if !opens(s) && !(s > 0 && opens(s-1)) {
		return false
	}
	for k := s; k < e-1; k++ {
		if strings.ContainsAny(d.gap(k), frontedEnd) {
			return false
		}
	}
	cop := false
	for k := e; k < len(d.toks) && k <= e+5 && d.toks[k].sent == sent; k++ {
		if strings.ContainsAny(d.gap(k-1), frontedEnd) {
			return false
		}
		w := d.word(k)
		if k <= e+1 && cops.has(w) {
			cop = true
		}
		if k+1 == len(d.toks) || d.toks[k+1].sent != sent || strings.ContainsAny(d.gap(k), frontedEnd) {
			return cop && k > e+1 && isNegation(r.lang, w)
		}
	}
	return false
}

// coatingWords are the words of plating (packs' qualifiers.plated) that
// name a coating of anything, not of a metal: es "recubrimiento", pt
// "revestimento", "galvanizado", fi "pinnoitteella", pl "powłoki",
// "powlekanie", fr "dépôt", "recouverte" ("recouverte d'un fin dépôt d'or
// rose"; #13, tarnish54: released 53B fr-FR 53B104). Elsewhere in the
// text they disclose the gold's plating only beside the gold, its colour
// or a word of ion plating or PVD
// (coatingOfGold): "Aros de acero con recubrimiento de oro", "revestimento
// iónico (IP) a ouro"; "El estuche tiene un recubrimiento de terciopelo"
// tells the reader nothing of the gold (#13, adv47a).
var coatingWords = newWordSet([]string{"recubrimiento", "recubrimientos", "recubierto", "recubierta", "recubiertos", "recubiertas",
	"revestimento", "revestimentos", "galvanizado", "galvanizada", "galvanizados", "galvanizadas",
	"pinnoitteella", "pinnoitteen", "pinnoitteesta", "powłoki", "powłokę", "powlekanie", "powlekaniem", "powlekany", "powlekana", "powlekane", "powlekania",
	"dépôt", "dépôts", "recouvert", "recouverte", "recouverts", "recouvertes"})

// coatingOfGold are the words beside which a coating word is the gold's
// plating: ion plating and PVD ("IP", "iónico", "iônico") and the gold
// colour ("dorado", "dourado").
var coatingOfGold = newWordSet([]string{"ip", "pvd", "iónico", "iónica", "iónicos", "iónicas", "iônico", "iônica", "iônicos", "iônicas", "ionico", "ionica",
	"dorado", "dorada", "dorados", "doradas", "dourado", "dourada", "dourados", "douradas", "kultainen", "kultaisella", "złota", "złotą", "złotym", "złote"})

// disclosesPlating reports whether the plating word at i tells the reader
// the gold is a plating: not negated ("sin recubrimiento", "sem banho",
// "não tem revestimento"), and a coating word (coatingWords) only within
// four words of the gold, its colour or a word of ion plating (#13,
// adv47a).
func (r *run) disclosesPlating(i int) bool {
	d := r.d
	if r.negated(i) {
		return false
	}
	if !coatingWords.has(d.word(i)) {
		return true
	}
	for k := max(i-4, 0); k <= i+4 && k < len(d.toks); k++ {
		if k == i || d.toks[k].sent != d.toks[i].sent {
			continue
		}
		if r.isGoldWord(k) || coatingOfGold.has(d.word(k)) {
			return true
		}
	}
	return false
}

// layerOfSolid reports whether the solid, pure or real word before gold
// word i (or the gold word itself) has a plating word right before it or
// before a preposition right before it (layerLinks), in its clause, not
// negated: "plated with real gold", "coated
// in pure 24k gold", "überzogen mit echtem Gold" say what the layer is
// made of, with the plating's qualifier, not that the piece is solid gold
// (or the plating word at most two words after the gold, where the verb
// goes last: "mit echtem Gold überzogen")
// (16 CFR 23.4: the plating disclosed; #13, claims50, as grounding's
// layerSolid). "solid gold, not plated" and "solid gold" alone still
// block.
func (r *run) layerOfSolid(i int) bool {
	d := r.d
	sent := d.toks[i].sent
	j := i
	for k := i - 1; k >= 0 && k >= i-2 && d.toks[k].sent == sent && !strings.ContainsAny(d.gap(k), clauseMarks+",.!?"); k-- {
		if solidWords.has(d.word(k)) {
			j = k
		}
	}
	for k := j - 1; k >= 0 && k >= j-2 && d.toks[k].sent == sent && !strings.ContainsAny(d.gap(k), clauseMarks+",.!?"); k-- {
		if platingWords.has(d.word(k)) {
			return !r.negated(k)
		}
		if !layerLinks[d.word(k)] {
			break
		}
	}
	// The plating verb after the metal, where the verb goes last: "mit
	// echtem Gold überzogen".
	for k := i + 1; k < len(d.toks) && k <= i+2 && d.toks[k].sent == sent && !strings.ContainsAny(d.gap(k-1), clauseMarks+",.!?"); k++ {
		if platingWords.has(d.word(k)) {
			return !r.negated(k)
		}
	}
	return false
}

// layerLinks are the prepositions between a plating word and the metal of
// its layer ("coated with", "a layer of", "überzogen mit", "recouvert d'",
// "ricoperto di", "belagt med", "bedekt met"): any other word between
// ("ionenplattiert und aus massivem Gold", "Layer this solid gold
// necklace") leaves the solid word the piece's.
var layerLinks = map[string]bool{"with": true, "in": true, "of": true, "mit": true, "aus": true, "de": true, "d": true, "en": true,
	"avec": true, "di": true, "con": true, "com": true, "em": true, "met": true, "van": true, "med": true, "av": true, "af": true,
	"i": true, "με": true, "από": true}
