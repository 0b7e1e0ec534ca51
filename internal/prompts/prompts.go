// Package prompts builds the messages sent to a language model for one
// draft. It is pure and versioned: every draft records Version and the hash
// of the exact prompt that wrote it.
//
// The system message is a stable prefix: it depends only on the style
// guide, the locale and the channel, never on the product, so providers'
// prompt caching applies across a launch. Everything product-specific goes
// into the user message, where product fields appear only as escaped JSON
// inside <product_data>: they are untrusted and may carry prompt injection.
package prompts

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
)

// Version names the templates; bump it whenever their wording changes so
// that cached generations from older prompts are not reused.
const Version = "2026-11-b"

// Prompt is the chat messages for one generation.
type Prompt struct {
	System  string
	User    string
	Version string
	// Hash identifies System+User exactly.
	Hash string
}

//go:embed templates/*.tmpl
var templateFS embed.FS

var templates = template.Must(template.New("").ParseFS(templateFS, "templates/*.tmpl"))

// Markers wrap terms that a translation must keep as written.
const (
	ProtectOpen  = "⟦"
	ProtectClose = "⟧"
)

// MaxExamples is how many approved texts go into a prompt as few-shot
// examples; more cost tokens without improving the tone.
const MaxExamples = 2

// maxExampleRunes trims each example: it shows tone, not every word.
const maxExampleRunes = 600

// Build renders the prompt for req.
func Build(req core.GenerateRequest) Prompt {
	p := Prompt{
		System:  render("system.tmpl", systemData(req.Guide, req.Locale, req.Channel)),
		User:    render("user.tmpl", userData(req)),
		Version: Version,
	}
	sum := sha256.Sum256([]byte(p.System + "\x00" + p.User))
	p.Hash = hex.EncodeToString(sum[:8])
	return p
}

// System renders only the system message of (guide, locale, channel): the
// cacheable prefix shared by every product of a launch.
func System(g *styleguide.Guide, locale, channel string) string {
	return render("system.tmpl", systemData(g, locale, channel))
}

// ResponseSchema is the JSON schema of a reply, for providers that support
// structured output.
func ResponseSchema() json.RawMessage {
	return json.RawMessage(`{"type":"object","properties":{"text":{"type":"string"}},"required":["text"],"additionalProperties":false}`)
}

// EstimateTokens approximates the prompt tokens of p for dry runs and rate
// budgets: about four characters per token, which holds for English and
// the Latin-script languages within some 20%, plus a few tokens of chat
// framing per message. It is no tokenizer; providers' usage is the truth.
func EstimateTokens(p Prompt) int {
	const framingPerMessage = 4
	chars := utf8.RuneCountInString(p.System) + utf8.RuneCountInString(p.User)
	return (chars+3)/4 + 2*framingPerMessage
}

// RestoreProtected removes the ⟦ ⟧ markers that a translate prompt puts
// around do-not-translate terms, once the model has kept them.
func RestoreProtected(text string) string {
	return strings.NewReplacer(ProtectOpen, "", ProtectClose, "").Replace(text)
}

func render(name string, data any) string {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		// The templates are embedded and their data built here: a failure
		// is a bug in this package, caught by its tests.
		panic(fmt.Sprintf("prompts: %s: %v", name, err))
	}
	return strings.TrimSpace(b.String()) + "\n"
}

type systemFields struct {
	Brand, Voice, GuideVersion        string
	Locale, Language, Channel, Length string
	Spelling, Formality, Typography   string
	// Register is the locale pack's instruction on formality (tu/vous,
	// du/Sie, です/ます); Script names a writing system to keep to.
	Register, Script    string
	Rules, Glossary     []string
	Claims, Competitors string
}

func systemData(g *styleguide.Guide, locale, channel string) systemFields {
	if g == nil {
		g = &styleguide.Guide{Brand: "the brand"}
	}
	lang := g.Lang(locale)
	d := systemFields{
		Brand:        g.Brand,
		Voice:        strings.TrimSpace(g.Voice),
		GuideVersion: g.Version,
		Locale:       locale,
		Language:     LanguageName(lang),
		Channel:      channel,
		Length:       lengthText(g, channel),
		Rules:        ruleLines(g, locale),
		Glossary:     glossaryLines(g, locale),
		Competitors:  strings.Join(g.Competitors, ", "),
	}
	lc := g.Locales[locale]
	if lang == "en" {
		spelling := lc.Spelling
		if spelling == "" {
			spelling = "british"
			if strings.EqualFold(locale, "en-US") {
				spelling = "american"
			}
		}
		if spelling == "american" {
			d.Spelling = "American spelling (color, jewelry, favorite, center, personalized)"
		} else {
			d.Spelling = "British spelling (colour, jewellery, favourite, centre, personalised)"
		}
	}
	d.Formality = lc.Formality
	pack := packFor(locale)
	if pack != nil {
		// The pack carries what a native editor of the market expects:
		// the register, the punctuation, and for scripts of their own the
		// writing system and direction.
		if d.Formality == "" {
			d.Formality = pack.Formality.Register
		}
		// The guide's formality, when it names another register than the
		// pack's, is the brand's decision: the pack's instruction would
		// contradict it.
		if lc.Formality == "" || lc.Formality == pack.Formality.Register {
			d.Register = pack.Formality.Prompt
		}
		d.Typography = pack.Typography.Prompt
		switch {
		case pack.Direction == "rtl":
			d.Script = "Write right to left in Arabic script; never insert bidirectional control characters."
		case pack.Script == "Hans":
			d.Script = "Write in Simplified Chinese characters only, never Traditional."
		case pack.Script == "Hant":
			d.Script = "Write in Traditional Chinese characters only, never Simplified."
		}
		if b := lengthBounds(g, channel); b != nil && pack.CountsCharacters() && lc.Length != "words" {
			d.Length = charLength(pack.Bounds(lc.Length, *b), pack.Length.Spaces)
		}
	}
	if pack == nil && lc.Typography {
		switch lang {
		case "fr":
			d.Typography = "Follow French typography: a non-breaking space before : ; ! and ?, and « » for quotations."
		case "de":
			d.Typography = "Follow German typography: „ “ for quotations."
		default:
			d.Typography = "Follow the typographic conventions of " + d.Language + "."
		}
	}
	var claims []string
	for _, c := range g.Claims {
		claims = append(claims, c.Text)
	}
	d.Claims = strings.Join(claims, ", ")
	return d
}

// Limits of a channel, as the checker applies them.
type limits struct{ minWords, maxWords, minChars, maxChars int }

var defaultLimits = map[string]limits{
	"pdp":         {minWords: 40, maxWords: 120},
	"marketplace": {maxChars: 500},
	"social":      {maxChars: 220},
}

// packFor is the locale pack that reads locale, or nil.
func packFor(locale string) *locales.Pack {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	p, _ := set.Resolve(locale)
	return p
}

// lengthBounds are the channel's limits (the guide's or the defaults), or
// nil for a channel with none.
func lengthBounds(g *styleguide.Guide, channel string) *locales.Bounds {
	l, ok := defaultLimits[channel]
	if c, found := g.Channels[channel]; found {
		l, ok = limits{c.MinWords, c.MaxWords, c.MinChars, c.MaxChars}, true
	}
	if !ok {
		return nil
	}
	return &locales.Bounds{MinWords: l.minWords, MaxWords: l.maxWords, MinChars: l.minChars, MaxChars: l.maxChars}
}

// charLength words limits counted in characters (Japanese, Chinese;
// Korean with its spaces, spaces true).
func charLength(b locales.Bounds, spaces bool) string {
	how := "not counting spaces"
	if spaces {
		how = "counting spaces"
	}
	switch {
	case b.MinChars > 0 && b.MaxChars > 0:
		return fmt.Sprintf("%d to %d characters, %s", b.MinChars, b.MaxChars, how)
	case b.MaxChars > 0:
		return fmt.Sprintf("at most %d characters, %s", b.MaxChars, how)
	case b.MinChars > 0:
		return fmt.Sprintf("at least %d characters, %s", b.MinChars, how)
	}
	return "concise, as the channel needs"
}

func lengthText(g *styleguide.Guide, channel string) string {
	l, ok := defaultLimits[channel]
	if c, found := g.Channels[channel]; found {
		l, ok = limits{c.MinWords, c.MaxWords, c.MinChars, c.MaxChars}, true
	}
	if !ok {
		return "concise, as the channel needs"
	}
	var parts []string
	switch {
	case l.minWords > 0 && l.maxWords > 0:
		parts = append(parts, fmt.Sprintf("%d to %d words", l.minWords, l.maxWords))
	case l.maxWords > 0:
		parts = append(parts, fmt.Sprintf("at most %d words", l.maxWords))
	case l.minWords > 0:
		parts = append(parts, fmt.Sprintf("at least %d words", l.minWords))
	}
	switch {
	case l.minChars > 0 && l.maxChars > 0:
		parts = append(parts, fmt.Sprintf("%d to %d characters including spaces", l.minChars, l.maxChars))
	case l.maxChars > 0:
		parts = append(parts, fmt.Sprintf("at most %d characters including spaces", l.maxChars))
	case l.minChars > 0:
		parts = append(parts, fmt.Sprintf("at least %d characters", l.minChars))
	}
	if len(parts) == 0 {
		return "concise, as the channel needs"
	}
	return strings.Join(parts, ", ")
}

func must(level string) string {
	if level == styleguide.LevelBlock {
		return "must"
	}
	return "should"
}

func quoted(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// ruleLines spells out, in guide order, the rules that apply in locale.
func ruleLines(g *styleguide.Guide, locale string) []string {
	var lines []string
	for i := range g.Rules {
		r := &g.Rules[i]
		if !r.AppliesTo(locale) {
			continue
		}
		var line string
		switch r.Type {
		case styleguide.TypeExistence:
			var what []string
			if len(r.Tokens) > 0 {
				what = append(what, "the words "+quoted(r.Tokens))
			}
			if len(r.Patterns) > 0 {
				// Regular expressions go in unescaped: Go quoting would double
				// every backslash and change what the model reads.
				what = append(what, "text matching the regular expressions "+rawQuoted(r.Patterns))
			}
			line = fmt.Sprintf("You %s never use %s.", must(r.Level), strings.Join(what, " or "))
		case styleguide.TypeSubstitution:
			var swaps []string
			for _, bad := range slices.Sorted(maps.Keys(r.Swap)) {
				swaps = append(swaps, fmt.Sprintf("%q not %q", r.Swap[bad], bad))
			}
			line = fmt.Sprintf("You %s write %s.", must(r.Level), strings.Join(swaps, ", "))
		case styleguide.TypeCapitalization:
			line = fmt.Sprintf("You %s write %q exactly so capitalised.", must(r.Level), r.Expect)
		case styleguide.TypeOccurrence:
			times := fmt.Sprintf("%d times", r.Max)
			switch r.Max {
			case 0:
				times = "never"
			case 1:
				times = "once"
			}
			line = fmt.Sprintf("You %s use %q at most %s.", must(r.Level), r.Token, times)
			if r.Max == 0 {
				line = fmt.Sprintf("You %s never use %q.", must(r.Level), r.Token)
			}
		case styleguide.TypeRepetition:
			line = fmt.Sprintf("You %s never write the same word twice in a row.", must(r.Level))
		case styleguide.TypeReadability:
			var band []string
			if r.MaxGrade > 0 {
				band = append(band, fmt.Sprintf("a reading grade of at most %g", r.MaxGrade))
			}
			if r.MaxSentenceWords > 0 {
				band = append(band, fmt.Sprintf("no sentence over %d words", r.MaxSentenceWords))
			}
			if r.MaxAvgSentenceWords > 0 {
				band = append(band, fmt.Sprintf("sentences of at most %g words on average", r.MaxAvgSentenceWords))
			}
			if r.MinAvgSentenceWords > 0 {
				band = append(band, fmt.Sprintf("sentences of at least %g words on average", r.MinAvgSentenceWords))
			}
			line = fmt.Sprintf("You %s keep to %s.", must(r.Level), strings.Join(band, ", "))
		case styleguide.TypeConditional:
			line = fmt.Sprintf("If you write %q, you %s also write %q.", r.First, must(r.Level), r.Second)
		default:
			continue
		}
		// A message that explains the rule helps; one built around the
		// match ("'%s' is repeated") does not.
		if r.Message != "" && r.Type != styleguide.TypeExistence && !strings.Contains(r.Message, "%s") {
			line += " (" + strings.ReplaceAll(r.Message, "%s", "…") + ")"
		}
		lines = append(lines, line)
	}
	return lines
}

// glossaryLines gives the glossary entries that matter in locale: terms to
// keep as written, the locale's preferred renderings, and forbidden forms.
func glossaryLines(g *styleguide.Guide, locale string) []string {
	var keep, lines []string
	isEnglish := g.Lang(locale) == "en"
	for _, e := range g.Glossary {
		avoid := e.Avoid[locale]
		switch e.Kind {
		case styleguide.KindDoNotTranslate:
			keep = append(keep, e.Term)
			if len(avoid) > 0 {
				lines = append(lines, fmt.Sprintf("%q stays %q: never %s.", e.Term, e.Term, quoted(avoid)))
			}
		case styleguide.KindPreferred:
			if t, ok := e.Translations[locale]; ok {
				line := fmt.Sprintf("For %q write %q.", e.Term, t)
				if len(avoid) > 0 {
					line = fmt.Sprintf("For %q write %q, not %s.", e.Term, t, quoted(avoid))
				}
				lines = append(lines, line)
			} else if isEnglish && len(avoid) > 0 {
				lines = append(lines, fmt.Sprintf("Write %q, not %s.", e.Term, quoted(avoid)))
			}
		case styleguide.KindForbidden:
			var forms []string
			if isEnglish {
				forms = append(forms, e.Term)
			}
			if t, ok := e.Translations[locale]; ok && !slices.Contains(forms, t) {
				forms = append(forms, t)
			}
			if len(forms) == 0 {
				continue
			}
			line := fmt.Sprintf("Never write %s.", quoted(forms))
			if e.Suggest != "" {
				line = fmt.Sprintf("Never write %s; write %s instead.", quoted(forms), e.Suggest)
				if !isEnglish {
					line = fmt.Sprintf("Never write %s; write the %s for %q instead.", quoted(forms), LanguageName(g.Lang(locale)), e.Suggest)
				}
			}
			lines = append(lines, line)
		}
	}
	if len(keep) > 0 {
		lines = append([]string{fmt.Sprintf("Never translate or alter these names: %s.", quoted(keep))}, lines...)
	}
	return lines
}

type userFields struct {
	Locale, Language, Channel, Length string
	Facts                             string
	Examples                          []core.CatalogueEntry
	Source, SourceLocale              string
	SourceLanguage                    string
	Feedback, PreviousText            string
	Findings                          []string
}

func userData(req core.GenerateRequest) userFields {
	g := req.Guide
	if g == nil {
		g = &styleguide.Guide{}
	}
	d := userFields{
		Locale:       req.Locale,
		Language:     LanguageName(g.Lang(req.Locale)),
		Channel:      req.Channel,
		Length:       lengthText(g, req.Channel),
		Facts:        factsJSON(req.Product),
		Examples:     pickExamples(req),
		Feedback:     sanitise(strings.TrimSpace(req.Feedback)),
		PreviousText: sanitise(strings.TrimSpace(req.PreviousText)),
		Findings:     findingLines(req.Findings, req.PreviousText),
	}
	if req.Source != nil && strings.TrimSpace(req.Source.Text) != "" {
		d.Source = sanitise(Protect(strings.TrimSpace(req.Source.Text), ProtectedTerms(req)))
		d.SourceLocale = req.Source.Locale
		d.SourceLanguage = LanguageName(g.Lang(req.Source.Locale))
	}
	return d
}

// factsJSON is the product as indented JSON with empty fields left out.
// HTML escaping stays on, so no value can close the <product_data> tag.
func factsJSON(p core.Product) string {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return "{}"
	}
	return string(b)
}

// sanitise keeps free text from closing the tag that delimits it.
func sanitise(s string) string {
	return strings.NewReplacer("<", "‹", ">", "›").Replace(s)
}

// pickExamples takes at most MaxExamples approved texts, those of the
// target locale and channel first, never the product's own, each trimmed.
func pickExamples(req core.GenerateRequest) []core.CatalogueEntry {
	rank := func(e core.CatalogueEntry) int {
		r := 0
		if e.Locale != req.Locale {
			r += 2
		}
		if e.Channel != req.Channel {
			r++
		}
		return r
	}
	var candidates []core.CatalogueEntry
	for _, e := range req.Examples {
		if e.SKU == req.Product.SKU || strings.TrimSpace(e.Text) == "" {
			continue
		}
		candidates = append(candidates, e)
	}
	slices.SortStableFunc(candidates, func(a, b core.CatalogueEntry) int { return rank(a) - rank(b) })
	if len(candidates) > MaxExamples {
		candidates = candidates[:MaxExamples]
	}
	out := make([]core.CatalogueEntry, len(candidates))
	for i, e := range candidates {
		out[i] = core.CatalogueEntry{Locale: sanitise(e.Locale), Channel: sanitise(e.Channel), Text: sanitise(trim(strings.TrimSpace(e.Text), maxExampleRunes))}
	}
	return out
}

func trim(s string, max int) string {
	runes := []rune(s)
	if len(runes) <= max {
		return s
	}
	cut := string(runes[:max])
	if i := strings.LastIndexAny(cut, " \n"); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + " …"
}

// findingLines spells each finding out on one line, quoting the span of
// the previous text it points at:
//
//   - [grounding.material] mentions gold; the product is sterling silver (at "gold")
func findingLines(findings []core.Finding, previous string) []string {
	runes := []rune(previous)
	var lines []string
	for _, f := range findings {
		line := fmt.Sprintf("- [%s] %s", f.Rule, f.Message)
		if f.End > f.Start && f.Start >= 0 && f.End <= len(runes) {
			line += fmt.Sprintf(" (at %q)", string(runes[f.Start:f.End]))
		}
		lines = append(lines, sanitise(line))
	}
	return lines
}

// ProtectedTerms are the names a translation must keep as written: the
// guide's do-not-translate terms, the brand and the product's collection.
func ProtectedTerms(req core.GenerateRequest) []string {
	var terms []string
	add := func(t string) {
		t = strings.TrimSpace(t)
		if t != "" && !slices.Contains(terms, t) {
			terms = append(terms, t)
		}
	}
	if g := req.Guide; g != nil {
		add(g.Brand)
		for _, e := range g.Glossary {
			if e.Kind == styleguide.KindDoNotTranslate {
				add(e.Term)
			}
		}
	}
	add(req.Product.Collection)
	return terms
}

// Protect wraps each whole-word occurrence of terms in text with ⟦ ⟧,
// longest terms first so that a term inside a longer one is not split.
func Protect(text string, terms []string) string {
	terms = slices.Clone(terms)
	slices.SortStableFunc(terms, func(a, b string) int { return len(b) - len(a) })
	type span struct{ start, end int }
	var spans []span
	taken := func(s, e int) bool {
		for _, sp := range spans {
			if s < sp.end && e > sp.start {
				return true
			}
		}
		return false
	}
	for _, term := range terms {
		for from := 0; ; {
			i := strings.Index(text[from:], term)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(term)
			from = e
			if wordBoundary(text, s, e) && !taken(s, e) {
				spans = append(spans, span{s, e})
			}
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(text[last:sp.start])
		b.WriteString(ProtectOpen + text[sp.start:sp.end] + ProtectClose)
		last = sp.end
	}
	b.WriteString(text[last:])
	return b.String()
}

func wordBoundary(text string, start, end int) bool {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return false
	}
	return true
}

var languageNames = map[string]string{
	"en": "English", "fr": "French", "de": "German", "it": "Italian", "es": "Spanish",
	"nl": "Dutch", "pt": "Portuguese", "pl": "Polish", "sv": "Swedish", "da": "Danish",
	"nb": "Norwegian", "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "sk": "Slovak",
	"hu": "Hungarian", "ro": "Romanian", "el": "Greek", "tr": "Turkish", "ru": "Russian",
	"uk": "Ukrainian", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "ar": "Arabic",
	"he": "Hebrew", "th": "Thai", "id": "Indonesian", "ms": "Malay", "vi": "Vietnamese",
	"hi": "Hindi", "hr": "Croatian", "sl": "Slovenian", "bg": "Bulgarian", "et": "Estonian",
	"lv": "Latvian", "lt": "Lithuanian",
}

// LanguageName is the English name of an ISO 639-1 code, or the code.
func LanguageName(lang string) string {
	if n, ok := languageNames[strings.ToLower(lang)]; ok {
		return n
	}
	return lang
}

func rawQuoted(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = `"` + s + `"`
	}
	return strings.Join(q, ", ")
}
