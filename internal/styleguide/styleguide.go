// Package styleguide parses and validates the brand style guide: a
// versioned YAML (or JSON) document of channels, locales, glossary, claims
// and Vale-like rules. It is pure: no I/O beyond the bytes it is given.
package styleguide

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/copydesk/copydesk/internal/text"
)

// Guide is a parsed style guide. A parsed guide is never mutated, so
// checkers may cache what they compile from it keyed by its pointer.
type Guide struct {
	Brand       string                  `yaml:"brand" json:"brand"`
	Version     string                  `yaml:"version" json:"version"`
	Voice       string                  `yaml:"voice" json:"voice"`
	Channels    map[string]Channel      `yaml:"channels" json:"channels"`
	Locales     map[string]LocaleConfig `yaml:"locales" json:"locales"`
	Competitors []string                `yaml:"competitors" json:"competitors"`
	// UncheckedLocale is the level (block or warn; default block) of the
	// finding a draft gets when its locale has no locale pack, so its
	// facts cannot be machine-checked: never a quiet pass.
	UncheckedLocale string          `yaml:"unchecked_locale" json:"unchecked_locale,omitempty"`
	Collections     []string        `yaml:"collections" json:"collections,omitempty"`
	Glossary        []GlossaryEntry `yaml:"glossary" json:"glossary"`
	Rules           []Rule          `yaml:"rules" json:"rules"`
	Claims          []Claim         `yaml:"claims" json:"claims"`
	// ConceptForms adds the brand's own wordings to the checker's concepts
	// (claims, environmental claims, offers, assistant text...), by concept
	// id and language: {hypoallergenic: {en: ["kind to delicate lobes"]}}.
	// Forms use the concept data syntax (README: "Adding a claim form").
	ConceptForms map[string]map[string][]string `yaml:"concept_forms" json:"concept_forms,omitempty"`
	// Duplicates sets the near-duplicate check; zero values are defaults.
	Duplicates Duplicates `yaml:"duplicates" json:"duplicates,omitempty"`
}

// Duplicates configures the near-duplicate check: the Jaccard similarity
// of word 3-shingles at which another product's copy is reported, and at
// what level. Variants of one design (same variant_group) only ever warn.
type Duplicates struct {
	// Threshold is the similarity that is reported (default 0.5).
	Threshold float64 `yaml:"threshold" json:"threshold,omitempty"`
	// Level is warn (the default) or block.
	Level string `yaml:"level" json:"level,omitempty"`
	// WarnAt, when below Threshold, also warns from this similarity on.
	WarnAt float64 `yaml:"warn_at" json:"warn_at,omitempty"`
}

// Channel holds the length limits of one publication channel.
type Channel struct {
	MinWords int `yaml:"min_words" json:"min_words,omitempty"`
	MaxWords int `yaml:"max_words" json:"max_words,omitempty"`
	MinChars int `yaml:"min_chars" json:"min_chars,omitempty"`
	MaxChars int `yaml:"max_chars" json:"max_chars,omitempty"`
}

// LocaleConfig holds per-locale settings.
type LocaleConfig struct {
	// Spelling is "british" or "american" for English locales.
	Spelling string `yaml:"spelling" json:"spelling,omitempty"`
	// Formality is "vous"/"tu", "Sie"/"du", ... for the prompt.
	Formality string `yaml:"formality" json:"formality,omitempty"`
	// Typography asks for the locale's punctuation conventions: a space
	// before ! ? : ; in French, „low-high“ quotes in German.
	Typography bool `yaml:"typography" json:"typography,omitempty"`
	// Language is the ISO 639-1 code; empty means the locale's prefix.
	Language string `yaml:"language" json:"language,omitempty"`
	// Length says whether channel limits count words or characters in
	// this locale; empty means the locale pack's default (characters for
	// Japanese and Chinese, words elsewhere).
	Length string `yaml:"length" json:"length,omitempty"`
}

// Lang returns the ISO 639-1 language of locale: its configured Language
// or the part before the first '-'.
func (g *Guide) Lang(locale string) string {
	if lc, ok := g.Locales[locale]; ok && lc.Language != "" {
		return lc.Language
	}
	return LangOf(locale)
}

// LangOf returns the lower-case language part of a locale tag ("fr-FR" → "fr").
func LangOf(locale string) string {
	if i := strings.IndexAny(locale, "-_"); i >= 0 {
		locale = locale[:i]
	}
	return strings.ToLower(locale)
}

// Glossary kinds.
const (
	KindDoNotTranslate = "do_not_translate"
	KindPreferred      = "preferred"
	KindForbidden      = "forbidden"
)

// GlossaryEntry is a term with its handling.
//
//   - do_not_translate: Term must appear as written in every locale;
//     Avoid lists renderings known to be wrong per locale.
//   - preferred: Translations give the preferred rendering per locale;
//     Avoid lists renderings to replace by it.
//   - forbidden: Term (and Translations, its forms per locale) must not
//     appear; Suggest says what to write instead.
type GlossaryEntry struct {
	Term         string              `yaml:"term" json:"term"`
	Kind         string              `yaml:"kind" json:"kind"`
	Level        string              `yaml:"level" json:"level,omitempty"`
	Translations map[string]string   `yaml:"translations" json:"translations,omitempty"`
	Avoid        map[string][]string `yaml:"avoid" json:"avoid,omitempty"`
	Suggest      string              `yaml:"suggest" json:"suggest,omitempty"`
}

// Rule types, after Vale's.
const (
	TypeExistence      = "existence"
	TypeSubstitution   = "substitution"
	TypeCapitalization = "capitalization"
	TypeOccurrence     = "occurrence"
	TypeRepetition     = "repetition"
	TypeReadability    = "readability"
	TypeConditional    = "conditional"
)

// Levels (finding severities).
const (
	LevelBlock = "block"
	LevelWarn  = "warn"
)

// Categories is the fixed list of finding categories (DESIGN.md §4).
var Categories = []string{
	"grounding", "claim", "regulatory", "banned_term", "trademark", "glossary",
	"length", "readability", "locale", "safety", "injection", "competitor", "duplicate",
}

// DefaultCategory is the category a rule type implies when the rule does
// not name one.
var DefaultCategory = map[string]string{
	TypeExistence:      "banned_term",
	TypeSubstitution:   "banned_term",
	TypeCapitalization: "trademark",
	TypeOccurrence:     "readability",
	TypeRepetition:     "readability",
	TypeReadability:    "readability",
	TypeConditional:    "regulatory",
}

// Rule is one Vale-like rule.
type Rule struct {
	ID         string   `yaml:"id" json:"id"`
	Type       string   `yaml:"type" json:"type"`
	Level      string   `yaml:"level" json:"level"`
	Message    string   `yaml:"message" json:"message,omitempty"`
	Locales    []string `yaml:"locales" json:"locales,omitempty"`
	Category   string   `yaml:"category" json:"category,omitempty"`
	IgnoreCase bool     `yaml:"ignorecase" json:"ignorecase,omitempty"`
	// existence: literal words or phrases (matched on Unicode word
	// boundaries) and/or regular expressions.
	Tokens   []string `yaml:"tokens" json:"tokens,omitempty"`
	Patterns []string `yaml:"patterns" json:"patterns,omitempty"`
	// substitution: bad → good.
	Swap map[string]string `yaml:"swap" json:"swap,omitempty"`
	// capitalization: any casing of Match must be written as Expect.
	Match  string `yaml:"match" json:"match,omitempty"`
	Expect string `yaml:"expect" json:"expect,omitempty"`
	// occurrence: Token may appear at most Max times.
	Token string `yaml:"token" json:"token,omitempty"`
	Max   int    `yaml:"max" json:"max,omitempty"`
	// repetition: the same word twice in a row; Tokens, when set, limits
	// the check to those words.
	// readability: grade (English Flesch-Kincaid) and sentence-length band.
	MaxGrade            float64 `yaml:"max_grade" json:"max_grade,omitempty"`
	MaxSentenceWords    int     `yaml:"max_sentence_words" json:"max_sentence_words,omitempty"`
	MaxAvgSentenceWords float64 `yaml:"max_avg_sentence_words" json:"max_avg_sentence_words,omitempty"`
	MinAvgSentenceWords float64 `yaml:"min_avg_sentence_words" json:"min_avg_sentence_words,omitempty"`
	// conditional: if First appears, Second must too (literal phrases).
	First  string `yaml:"first" json:"first,omitempty"`
	Second string `yaml:"second" json:"second,omitempty"`
}

// CategoryOrDefault is the rule's category, or the one its type implies.
func (r *Rule) CategoryOrDefault() string {
	if r.Category != "" {
		return r.Category
	}
	return DefaultCategory[r.Type]
}

// AppliesTo reports whether the rule applies in locale.
func (r *Rule) AppliesTo(locale string) bool { return appliesTo(r.Locales, locale) }

func appliesTo(locales []string, locale string) bool {
	if len(locales) == 0 {
		return true
	}
	for _, l := range locales {
		if strings.EqualFold(l, locale) || strings.EqualFold(l, LangOf(locale)) {
			return true
		}
	}
	return false
}

// Claim is a claim that copy may make only with evidence in the product.
// Requires maps a product field (features, materials, stones, colours,
// keywords, occasions, category, collection, attributes) to values; the
// claim is supported when any listed value is found, case-insensitively,
// in that field (for attributes: in a key or a value).
type Claim struct {
	Text string `yaml:"text" json:"text"`
	// Also lists other forms and translations of the claim.
	Also     []string            `yaml:"also" json:"also,omitempty"`
	Level    string              `yaml:"level" json:"level,omitempty"`
	Category string              `yaml:"category" json:"category,omitempty"`
	Message  string              `yaml:"message" json:"message,omitempty"`
	Requires map[string][]string `yaml:"requires" json:"requires"`
}

// ClaimFields are the product fields a claim may require.
var ClaimFields = []string{"features", "materials", "stones", "colours", "keywords", "occasions", "category", "collection", "attributes", "name"}

// Error is a validation problem at a line of the source.
type Error struct {
	Line   int    // 1-based; 0 when unknown
	Path   string // e.g. rules[2] (id no-cheap).level
	Reason string
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(": ")
	}
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Reason)
	return b.String()
}

// Parse reads a YAML or JSON style guide (JSON is YAML) and validates it.
// Unknown keys are refused with the line that holds them; every other
// problem is reported as "line N: path: reason", all of them at once.
func Parse(src []byte) (*Guide, error) {
	if len(src) > MaxGuideBytes {
		return nil, &Error{Reason: fmt.Sprintf("the guide is %d bytes; at most %d are allowed", len(src), MaxGuideBytes)}
	}
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	var g Guide
	if err := dec.Decode(&g); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, errors.New("style guide is empty")
		}
		return nil, fmt.Errorf("style guide: %w", err)
	}
	// A second document would be silently dropped: refuse it (an empty
	// one, as after a trailing "---", is nothing).
	for {
		var next yaml.Node
		err := dec.Decode(&next)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("style guide: %w", err)
		}
		if len(next.Content) > 0 && !(next.Content[0].Kind == yaml.ScalarNode && next.Content[0].Tag == "!!null") {
			return nil, &Error{Line: next.Content[0].Line, Reason: "a second YAML document: a style guide is one document (remove the '---' separator)"}
		}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, fmt.Errorf("style guide: %w", err)
	}
	if err := g.validate(&root); err != nil {
		return nil, err
	}
	return &g, nil
}

// Validate checks the guide's own consistency (without line numbers, for
// guides built in code).
func (g *Guide) Validate() error { return g.validate(nil) }

// HasChannel reports whether the guide defines channel.
func (g *Guide) HasChannel(name string) bool {
	_, ok := g.Channels[name]
	return ok
}

// Limits of a style guide, so that no guide can make a check slow or flood
// a draft with findings (issue #11). A guide over a limit is refused with
// the line and the reason.
const (
	// MaxGuideBytes is the largest guide source accepted.
	MaxGuideBytes = 1 << 20
	// MaxRules is the most rules a guide may hold.
	MaxRules = 500
	// MaxRuleTerms is the most tokens, patterns and swap entries one rule
	// may hold.
	MaxRuleTerms = 1000
	// MaxTerms is the most words and phrases a whole guide may hold: rule
	// tokens, patterns and swaps, glossary terms, translations and avoid
	// lists, claim texts and forms, competitors, collections and concept
	// forms together.
	MaxTerms = 20000
	// MaxTermRunes is the longest token, term or phrase, in characters.
	MaxTermRunes = 200
	// MaxPatternBytes is the longest regular expression.
	MaxPatternBytes = 500
)

// validator collects errors, locating each in the YAML tree when it has one.
type validator struct {
	root *yaml.Node
	errs []error
}

// node walks the document along path elements: string keys of mappings
// and int indexes of sequences. It returns the deepest node it reached.
func (v *validator) node(path ...any) *yaml.Node {
	if v.root == nil {
		return nil
	}
	n := v.root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, p := range path {
		switch p := p.(type) {
		case string:
			if n.Kind != yaml.MappingNode {
				return n
			}
			found := false
			for i := 0; i+1 < len(n.Content); i += 2 {
				if n.Content[i].Value == p {
					n = n.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return n
			}
		case int:
			if n.Kind != yaml.SequenceNode || p >= len(n.Content) {
				return n
			}
			n = n.Content[p]
		}
	}
	return n
}

// maxErrors bounds the problems reported for one guide.
const maxErrors = 50

func (v *validator) add(label string, reason string, path ...any) {
	if len(v.errs) > maxErrors {
		return
	}
	if len(v.errs) == maxErrors {
		v.errs = append(v.errs, &Error{Reason: "and more problems (only the first 50 are listed)"})
		return
	}
	line := 0
	if n := v.node(path...); n != nil {
		line = n.Line
	}
	v.errs = append(v.errs, &Error{Line: line, Path: label, Reason: reason})
}

func validLevel(l string, allowEmpty bool) bool {
	return l == LevelBlock || l == LevelWarn || (allowEmpty && l == "")
}

func validCategory(c string) bool {
	for _, k := range Categories {
		if k == c {
			return true
		}
	}
	return false
}

func (g *Guide) validate(root *yaml.Node) error {
	v := &validator{root: root}
	g.validateLimits(v)
	if strings.TrimSpace(g.Brand) == "" {
		v.add("brand", "is required", "brand")
	}
	if strings.TrimSpace(g.Version) == "" {
		v.add("version", "is required", "version")
	}
	if len(g.Channels) == 0 {
		v.add("channels", "at least one channel is required", "channels")
	}
	for _, name := range slices.Sorted(maps.Keys(g.Channels)) {
		c := g.Channels[name]
		label := "channels." + name
		if c.MinWords < 0 || c.MaxWords < 0 || c.MinChars < 0 || c.MaxChars < 0 {
			v.add(label, "limits must not be negative", "channels", name)
		}
		if c.MaxWords > 0 && c.MinWords > c.MaxWords {
			v.add(label, fmt.Sprintf("min_words %d is above max_words %d", c.MinWords, c.MaxWords), "channels", name)
		}
		if c.MaxChars > 0 && c.MinChars > c.MaxChars {
			v.add(label, fmt.Sprintf("min_chars %d is above max_chars %d", c.MinChars, c.MaxChars), "channels", name)
		}
	}
	if g.UncheckedLocale != "" && g.UncheckedLocale != "block" && g.UncheckedLocale != "warn" {
		v.add("unchecked_locale", fmt.Sprintf("%q: want block or warn", g.UncheckedLocale), "unchecked_locale")
	}
	for _, name := range slices.Sorted(maps.Keys(g.Locales)) {
		lc := g.Locales[name]
		if lc.Length != "" && lc.Length != "words" && lc.Length != "characters" {
			v.add("locales."+name, fmt.Sprintf("length %q: want words or characters", lc.Length), "locales", name, "length")
		}
		if lc.Spelling != "" && lc.Spelling != "british" && lc.Spelling != "american" {
			v.add("locales."+name, fmt.Sprintf("spelling %q: want british or american", lc.Spelling), "locales", name, "spelling")
		}
	}
	if d := g.Duplicates; d.Threshold < 0 || d.Threshold > 1 || d.WarnAt < 0 || d.WarnAt > 1 {
		v.add("duplicates", "threshold and warn_at are similarities between 0 and 1", "duplicates")
	}
	if l := g.Duplicates.Level; l != "" && l != "warn" && l != "block" {
		v.add("duplicates.level", fmt.Sprintf("%q: want warn or block", l), "duplicates", "level")
	}
	for _, id := range slices.Sorted(maps.Keys(g.ConceptForms)) {
		for _, lang := range slices.Sorted(maps.Keys(g.ConceptForms[id])) {
			for i, f := range g.ConceptForms[id][lang] {
				t := strings.TrimSpace(f)
				if t == "" || t == "..." || strings.HasPrefix(t, "... ") || strings.HasSuffix(t, " ...") {
					v.add(fmt.Sprintf("concept_forms.%s.%s[%d]", id, lang, i), "a form needs words and may not start or end with a gap", "concept_forms", id, lang, i)
				}
			}
		}
	}
	for i, c := range g.Competitors {
		if strings.TrimSpace(c) == "" {
			v.add(fmt.Sprintf("competitors[%d]", i), "is empty", "competitors", i)
		}
	}
	for i, c := range g.Collections {
		if strings.TrimSpace(c) == "" {
			v.add(fmt.Sprintf("collections[%d]", i), "is empty", "collections", i)
		}
	}
	for i, e := range g.Glossary {
		label := fmt.Sprintf("glossary[%d] (term %s)", i, e.Term)
		if strings.TrimSpace(e.Term) == "" {
			v.add(fmt.Sprintf("glossary[%d]", i), "term is required", "glossary", i)
		}
		switch e.Kind {
		case KindDoNotTranslate, KindPreferred, KindForbidden:
		default:
			v.add(label, fmt.Sprintf("unknown kind %q: want do_not_translate, preferred or forbidden", e.Kind), "glossary", i, "kind")
		}
		if !validLevel(e.Level, true) {
			v.add(label, fmt.Sprintf("bad level %q: want block or warn", e.Level), "glossary", i, "level")
		}
		if e.Kind == KindPreferred && len(e.Translations) == 0 && len(e.Avoid) == 0 {
			v.add(label, "a preferred term needs translations or avoid", "glossary", i)
		}
	}
	seen := map[string]int{}
	for i, r := range g.Rules {
		label := fmt.Sprintf("rules[%d] (id %s)", i, r.ID)
		at := func(reason string, key string) {
			if key == "" {
				v.add(label, reason, "rules", i)
			} else {
				v.add(label, reason, "rules", i, key)
			}
		}
		if r.ID == "" {
			v.add(fmt.Sprintf("rules[%d]", i), "id is required", "rules", i)
		} else if j, dup := seen[r.ID]; dup {
			at(fmt.Sprintf("duplicate id (also rules[%d])", j), "id")
		} else {
			seen[r.ID] = i
		}
		if _, ok := DefaultCategory[r.Type]; !ok {
			at(fmt.Sprintf("unknown rule type %q: want existence, substitution, capitalization, occurrence, repetition, readability or conditional", r.Type), "type")
		}
		if !validLevel(r.Level, false) {
			at(fmt.Sprintf("bad level %q: want block or warn", r.Level), "level")
		}
		if r.Category != "" && !validCategory(r.Category) {
			at(fmt.Sprintf("unknown category %q", r.Category), "category")
		}
		for j, p := range r.Patterns {
			if len(p) > MaxPatternBytes {
				v.add(label, fmt.Sprintf("pattern of %d bytes; at most %d are allowed", len(p), MaxPatternBytes), "rules", i, "patterns", j)
			} else if re, err := regexp.Compile(p); err != nil {
				v.add(label, fmt.Sprintf("bad regexp %q: %v", p, err), "rules", i, "patterns", j)
			} else if matchesEmpty(re) {
				// An empty match happens at every position of every text.
				v.add(label, fmt.Sprintf("pattern %q matches the empty string: it would match everywhere", p), "rules", i, "patterns", j)
			}
		}
		for _, bad := range slices.Sorted(maps.Keys(r.Swap)) {
			if strings.TrimSpace(bad) == "" || strings.TrimSpace(r.Swap[bad]) == "" {
				v.add(label, fmt.Sprintf("swap %q: %q: both sides need words", bad, r.Swap[bad]), "rules", i, "swap")
			}
		}
		for j, t := range r.Tokens {
			if strings.TrimSpace(t) == "" {
				v.add(label, "empty token", "rules", i, "tokens", j)
			}
		}
		switch r.Type {
		case TypeExistence:
			if len(r.Tokens) == 0 && len(r.Patterns) == 0 {
				at("existence needs tokens or patterns", "")
			}
		case TypeSubstitution:
			if len(r.Swap) == 0 {
				at("substitution needs swap", "")
			}
		case TypeCapitalization:
			if strings.TrimSpace(r.Match) == "" || strings.TrimSpace(r.Expect) == "" {
				at("capitalization needs match and expect", "")
			} else if !strings.EqualFold(r.Match, r.Expect) {
				at(fmt.Sprintf("expect %q is not a casing of match %q", r.Expect, r.Match), "expect")
			}
		case TypeOccurrence:
			if strings.TrimSpace(r.Token) == "" {
				at("occurrence needs token", "")
			}
			if r.Max < 0 {
				at("max must not be negative", "max")
			}
		case TypeReadability:
			if r.MaxGrade <= 0 && r.MaxSentenceWords <= 0 && r.MaxAvgSentenceWords <= 0 && r.MinAvgSentenceWords <= 0 {
				at("readability needs max_grade, max_sentence_words or an average sentence band", "")
			}
			if r.MaxAvgSentenceWords > 0 && r.MinAvgSentenceWords > r.MaxAvgSentenceWords {
				at("min_avg_sentence_words is above max_avg_sentence_words", "")
			}
		case TypeConditional:
			if strings.TrimSpace(r.First) == "" || strings.TrimSpace(r.Second) == "" {
				at("conditional needs first and second", "")
			}
		}
	}
	for i, c := range g.Claims {
		label := fmt.Sprintf("claims[%d] (text %s)", i, c.Text)
		if strings.TrimSpace(c.Text) == "" {
			v.add(fmt.Sprintf("claims[%d]", i), "text is required", "claims", i)
		}
		if !validLevel(c.Level, true) {
			v.add(label, fmt.Sprintf("bad level %q: want block or warn", c.Level), "claims", i, "level")
		}
		if c.Category != "" && !validCategory(c.Category) {
			v.add(label, fmt.Sprintf("unknown category %q", c.Category), "claims", i, "category")
		}
		if len(c.Requires) == 0 {
			v.add(label, "requires is required: name the product evidence", "claims", i)
		}
		for _, field := range slices.Sorted(maps.Keys(c.Requires)) {
			ok := false
			for _, f := range ClaimFields {
				ok = ok || f == field
			}
			if !ok {
				v.add(label, fmt.Sprintf("requires: unknown product field %q", field), "claims", i, "requires", field)
			}
		}
	}
	return errors.Join(v.errs...)
}

// matchesEmpty reports whether re can match an empty string (at the start
// of a text, a word or line boundary...): such a pattern matches at every
// position of every text.
func matchesEmpty(re *regexp.Regexp) bool {
	if re.MatchString("") {
		return true
	}
	for _, loc := range re.FindAllStringIndex("Aa 1, b.\nC d!", -1) {
		if loc[0] == loc[1] {
			return true
		}
	}
	return false
}

// validateLimits refuses a guide over the limits above, and words that
// hold control, bidi or invisible characters (they would never match the
// folded text the checker reads, or would hide what the rule says).
func (g *Guide) validateLimits(v *validator) {
	if len(g.Rules) > MaxRules {
		v.add("rules", fmt.Sprintf("%d rules; at most %d are allowed", len(g.Rules), MaxRules), "rules")
	}
	total := 0
	term := func(label, s string, path ...any) {
		total++
		if n := utf8.RuneCountInString(s); n > MaxTermRunes {
			v.add(label, fmt.Sprintf("%d characters; a word or phrase may have at most %d", n, MaxTermRunes), path...)
		} else if is := text.Unsafe(s); len(is) > 0 {
			v.add(label, fmt.Sprintf("%q holds an %s (%U)", s, is[0].Kind, is[0].Rune), path...)
		}
	}
	for i, r := range g.Rules {
		label := fmt.Sprintf("rules[%d] (id %s)", i, r.ID)
		if n := len(r.Tokens) + len(r.Patterns) + len(r.Swap); n > MaxRuleTerms {
			v.add(label, fmt.Sprintf("%d tokens, patterns and swaps; a rule may hold at most %d (split it, or use a pattern)", n, MaxRuleTerms), "rules", i)
			total += n
			continue
		}
		for j, t := range r.Tokens {
			term(label, t, "rules", i, "tokens", j)
		}
		total += len(r.Patterns)
		for _, k := range slices.Sorted(maps.Keys(r.Swap)) {
			term(label, k, "rules", i, "swap", k)
			term(label, r.Swap[k], "rules", i, "swap", k)
		}
		for _, s := range []string{r.Match, r.Expect, r.Token, r.First, r.Second} {
			if s != "" {
				term(label, s, "rules", i)
			}
		}
	}
	for i, e := range g.Glossary {
		label := fmt.Sprintf("glossary[%d] (term %s)", i, e.Term)
		term(label, e.Term, "glossary", i, "term")
		for _, l := range slices.Sorted(maps.Keys(e.Translations)) {
			term(label, e.Translations[l], "glossary", i, "translations", l)
		}
		for _, l := range slices.Sorted(maps.Keys(e.Avoid)) {
			for j, a := range e.Avoid[l] {
				term(label, a, "glossary", i, "avoid", l, j)
			}
		}
	}
	for i, c := range g.Claims {
		label := fmt.Sprintf("claims[%d] (text %s)", i, c.Text)
		term(label, c.Text, "claims", i, "text")
		for j, a := range c.Also {
			term(label, a, "claims", i, "also", j)
			if strings.TrimSpace(a) == "" {
				v.add(label, "an empty form in also", "claims", i, "also", j)
			}
		}
	}
	for i, c := range g.Competitors {
		term(fmt.Sprintf("competitors[%d]", i), c, "competitors", i)
	}
	for i, c := range g.Collections {
		term(fmt.Sprintf("collections[%d]", i), c, "collections", i)
	}
	for _, id := range slices.Sorted(maps.Keys(g.ConceptForms)) {
		for _, lang := range slices.Sorted(maps.Keys(g.ConceptForms[id])) {
			total += len(g.ConceptForms[id][lang])
		}
	}
	if total > MaxTerms {
		v.add("", fmt.Sprintf("%d words and phrases in all; a guide may hold at most %d", total, MaxTerms))
	}
}
