// Package offline is copydesk's built-in generator: a deterministic,
// template-based writer that needs no network. It turns a product's own
// facts (name, collection, materials, stones, colours, features,
// occasions) into grammatical copy in English, French, German, Italian and
// Spanish, so the whole pipeline runs without an LLM. It is not a language
// model and says so in Generation.Model.
package offline

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
)

const (
	// Model names the writer in every draft, so nobody mistakes its copy for
	// a language model's.
	Model = "offline/template-v1"
	// PromptVersion versions the templates; bump it when their wording
	// changes so that cached generations are not reused.
	PromptVersion = "offline-1"
)

// Limits bound a text's length; zero means no bound.
type Limits struct {
	MinWords, MaxWords, MinChars, MaxChars int
}

// defaultLimits apply when the guide does not define the channel.
var defaultLimits = map[string]Limits{
	"pdp":         {MinWords: 40, MaxWords: 120},
	"marketplace": {MaxChars: 500},
	"social":      {MaxChars: 220},
}

// ChannelLimits returns the length bounds of channel: the guide's when it
// defines the channel, else copydesk's defaults, else those of pdp.
func ChannelLimits(g *styleguide.Guide, channel string) Limits {
	if g != nil {
		if c, ok := g.Channels[channel]; ok {
			return Limits{MinWords: c.MinWords, MaxWords: c.MaxWords, MinChars: c.MinChars, MaxChars: c.MaxChars}
		}
	}
	if l, ok := defaultLimits[channel]; ok {
		return l
	}
	return defaultLimits["pdp"]
}

// Generator implements core.Generator without a network.
type Generator struct{}

// New returns the offline generator.
func New() *Generator { return &Generator{} }

var _ core.Generator = (*Generator)(nil)

// Generate writes copy for req. The same request always gives the same
// text; the variant (opening, sentence order, wording) is chosen by a hash
// of the SKU plus the attempt, so that one launch's products read
// differently and a re-ask gets a fresh variant.
func (g *Generator) Generate(ctx context.Context, req core.GenerateRequest) (*core.Generation, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &core.Generation{
		Text:          Write(req),
		Model:         Model,
		PromptVersion: PromptVersion,
		PromptHash:    inputHash(req),
	}, nil
}

// Write returns the text for req.
func Write(req core.GenerateRequest) string {
	lang, american := languageOf(req.Guide, req.Locale)
	w := newWriter(req, lang, american)
	return w.compose(ChannelLimits(req.Guide, req.Channel))
}

// languageOf picks the templates for locale; unsupported languages fall
// back to English, so the copy is at least true.
func languageOf(g *styleguide.Guide, locale string) (lang string, american bool) {
	lang = styleguide.LangOf(locale)
	if g != nil {
		lang = g.Lang(locale)
	}
	if _, ok := languages[lang]; !ok {
		lang = "en"
	}
	if lang == "en" {
		american = strings.EqualFold(locale, "en-US")
		if g != nil {
			if lc, ok := g.Locales[locale]; ok && lc.Spelling != "" {
				american = lc.Spelling == "american"
			}
		}
	}
	return lang, american
}

// inputHash identifies what the text was written from.
func inputHash(req core.GenerateRequest) string {
	in := struct {
		Product      core.Product
		Locale       string
		Channel      string
		Brand        string
		GuideVersion string
		Attempt      int
		Feedback     string
		Findings     []core.Finding
		Source       *core.SourceText
		Version      string
	}{req.Product, req.Locale, req.Channel, "", "", req.Attempt, req.Feedback, req.Findings, req.Source, PromptVersion}
	if req.Guide != nil {
		in.Brand, in.GuideVersion = req.Guide.Brand, req.Guide.Version
	}
	b, _ := json.Marshal(in)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// writer renders one request's sentences.
type writer struct {
	lang     string
	l        *language
	american bool
	rng      *rand.Rand
	tokens   map[string]string
	noun     noun
}

func newWriter(req core.GenerateRequest, lang string, american bool) *writer {
	p := req.Product
	sum := sha256.Sum256([]byte(p.SKU))
	attempt := req.Attempt
	if attempt < 1 {
		attempt = 1
	}
	w := &writer{
		lang:     lang,
		l:        languages[lang],
		american: american,
		rng:      rand.New(rand.NewPCG(binary.BigEndian.Uint64(sum[:8]), binary.BigEndian.Uint64(sum[8:16])+uint64(attempt))),
		noun:     categoryNoun(lang, p.Category),
	}
	brand := "Aurelia"
	if req.Guide != nil && strings.TrimSpace(req.Guide.Brand) != "" {
		brand = req.Guide.Brand
	}
	t := w.l.grammar(w.noun)
	t["name"] = strings.TrimSpace(p.Name)
	t["brand"] = brand
	t["coll"] = ""
	if c := strings.TrimSpace(p.Collection); c != "" {
		t["coll"] = w.l.collection(c)
	}
	w.tokens = t
	w.materials(req)
	w.stones(req)
	w.colours(p.Colours)
	var fs, os []string
	for _, f := range p.Features {
		if strings.TrimSpace(f) != "" {
			fs = append(fs, translateFeature(lang, f))
		}
	}
	for _, o := range p.Occasions {
		if strings.TrimSpace(o) != "" {
			os = append(os, translateOccasion(lang, o))
		}
	}
	t["features"] = list(fs, w.l.and)
	t["occasions"] = list(os, w.l.and)
	return w
}

func (w *writer) materials(req core.GenerateRequest) {
	var subs, plats []string
	for _, m := range req.Product.Materials {
		if strings.TrimSpace(m) == "" {
			continue
		}
		mat := translateMaterial(w.lang, m, req.Guide, req.Locale)
		if mat.plating {
			plats = append(plats, agree(w.lang, mat.text, w.noun.gender, w.noun.isPlural))
		} else {
			subs = append(subs, mat.text)
		}
	}
	w.tokens["subs"] = list(subs, w.l.and)
	w.tokens["subs_cap"] = capitalise(w.tokens["subs"])
	w.tokens["plats"] = list(plats, w.l.and)
}

func (w *writer) stones(req core.GenerateRequest) {
	var phrases, withDe, withDes []string
	stones := slices.Clone(req.Product.Stones)
	// The order of the stones is a per-product choice too.
	w.rng.Shuffle(len(stones), func(i, j int) { stones[i], stones[j] = stones[j], stones[i] })
	for _, s := range stones {
		if strings.TrimSpace(s.Type) == "" {
			continue
		}
		f := stoneFacts{colour: s.Colour, count: s.Count}
		key := normalise(s.Type)
		for _, q := range stoneQualifiers {
			for _, prefix := range q.prefixes {
				if strings.HasPrefix(key, prefix) {
					f.qualifier = q.forms[w.lang]
					key = strings.TrimPrefix(key, prefix)
				}
			}
		}
		if forms, ok := stoneNouns[key]; ok {
			f.noun, f.known = forms[w.lang], true
			if t, ok := preferredTranslation(req.Guide, req.Locale, key); ok && t != f.noun.word && w.lang != "en" {
				// The guide's rendering wins; its plural is not known, so the
				// singular stands for both.
				f.noun.word, f.noun.plural, f.noun.dative = t, t, ""
			}
		} else {
			// Unknown stones keep the whole value, qualifier included.
			f.noun = noun{word: strings.TrimSpace(s.Type), gender: feminine}
			f.qualifier = ""
			if w.lang == "en" && s.Count > 1 {
				f.noun.plural = strings.TrimSpace(s.Type) + " stones"
			}
		}
		p := w.l.stone(f)
		phrases = append(phrases, p)
		if w.lang == "fr" {
			// French needs "de"/"d'" before each stone, and "des" where no
			// count gives the article.
			withDe = append(withDe, elideDe(p))
			if s.Count == 0 {
				withDes = append(withDes, "des "+p)
			} else {
				withDes = append(withDes, p)
			}
		}
	}
	w.tokens["stones"] = list(phrases, w.l.and)
	w.tokens["de_stones"] = list(withDe, w.l.and)
	w.tokens["des_stones"] = list(withDes, w.l.and)
}

func elideDe(s string) string {
	if startsWithVowelSound(s) {
		return "d'" + s
	}
	return "de " + s
}

func (w *writer) colours(cs []string) {
	var names []string
	for _, c := range cs {
		if strings.TrimSpace(c) == "" {
			continue
		}
		name := strings.TrimSpace(c)
		if f, ok := lookupColour(c); ok && f.noun[w.lang] != "" {
			name = f.noun[w.lang]
		}
		names = append(names, name)
	}
	w.tokens["colours"] = list(names, w.l.and)
}

// render fills a template with the grammar and fact tokens in one pass,
// so that braces inside a product's own values are never read as tokens.
func (w *writer) render(tmpl string) string {
	literal := func(s string) string {
		if w.american {
			// Only the template's own words change spelling: a product's
			// name and values are written as given.
			return americanise(s)
		}
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(literal(tmpl))
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(literal(tmpl))
			break
		}
		b.WriteString(literal(tmpl[:i]))
		key := tmpl[i+1 : i+j]
		if v, ok := w.tokens[key]; ok {
			b.WriteString(v)
		} else {
			b.WriteString(agreeToken(w.lang, key, w.noun))
		}
		tmpl = tmpl[i+j+1:]
	}
	return capitalise(b.String())
}

// agreeToken resolves an agreement mark written in a template ({e}, {s},
// {o}) for the category noun.
func agreeToken(lang, key string, n noun) string {
	return agree(lang, "{"+key+"}", n.gender, n.isPlural)
}

var americanSpelling = strings.NewReplacer(
	"jewellery", "jewelry", "colour", "color", "favourite", "favorite",
	"centre", "center", "grey", "gray", "personalise", "personalize", "jeweller", "jeweler",
)

func americanise(s string) string { return americanSpelling.Replace(s) }

func (w *writer) has(keys ...string) bool {
	for _, k := range keys {
		if w.tokens[k] == "" {
			return false
		}
	}
	return true
}

func (w *writer) pick(templates []string) string {
	return w.render(templates[w.rng.IntN(len(templates))])
}

// compose assembles opening, facts in a shuffled order, padding and a
// closing within the channel's limits.
func (w *writer) compose(lim Limits) string {
	opening := w.pick(w.l.openings)
	var facts []string
	switch {
	case w.has("subs", "plats"):
		facts = append(facts, w.pick(w.l.both))
	case w.has("subs"):
		facts = append(facts, w.pick(w.l.substances))
	case w.has("plats"):
		facts = append(facts, w.pick(w.l.platingsOnly))
	}
	if w.has("stones") {
		facts = append(facts, w.pick(w.l.stones))
	}
	if w.has("colours") {
		facts = append(facts, w.pick(w.l.colours))
	}
	if w.has("features") {
		facts = append(facts, w.pick(w.l.features))
	}
	if w.has("occasions") {
		facts = append(facts, w.pick(w.l.occasions))
	}
	// Materials lead when present: a product page names what a piece is
	// made of early. The rest come in a per-product order. Short channels
	// hold only a fact or two, so there every fact takes its chance:
	// otherwise a launch's posts would all tell the same one.
	short := lim.MinWords == 0 && lim.MaxChars > 0 && lim.MaxChars <= 300
	rest := facts
	if (w.has("subs") || w.has("plats")) && !short {
		rest = facts[1:]
	}
	w.rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	padding := make([]string, len(w.l.padding))
	for i, p := range w.rng.Perm(len(w.l.padding)) {
		padding[i] = w.render(w.l.padding[p])
	}
	closing := w.pick(w.l.closings)

	text := opening
	if lim.MaxChars > 0 && utf8.RuneCountInString(text) > lim.MaxChars {
		return truncate(text, lim.MaxChars)
	}
	fits := func(s string) bool {
		if lim.MaxWords > 0 && wordCount(s) > lim.MaxWords {
			return false
		}
		return lim.MaxChars <= 0 || utf8.RuneCountInString(s) <= lim.MaxChars
	}
	add := func(s string) bool {
		if candidate := text + " " + s; fits(candidate) {
			text = candidate
			return true
		}
		return false
	}
	for _, f := range facts {
		add(f)
	}
	// Aim a little above the minimum (or, for a character budget, at about
	// two thirds of it) so the copy reads complete without filling the
	// channel to the brim.
	enough := func(extra string) bool {
		probe := text + " " + extra
		if lim.MinWords > 0 || lim.MaxWords > 0 {
			target := lim.MinWords + 25
			if lim.MaxWords > 0 && target > lim.MaxWords {
				target = lim.MaxWords
			}
			if wordCount(probe) < target {
				return false
			}
		}
		if lim.MinChars > 0 && utf8.RuneCountInString(probe) < lim.MinChars+40 {
			return false
		}
		if lim.MaxChars > 0 && lim.MinWords == 0 && utf8.RuneCountInString(probe) < lim.MaxChars*2/3 {
			return false
		}
		return true
	}
	// A sentence or two of padding goes in even when the facts alone are
	// long enough: products of one launch often share every fact but the
	// name, and these per-product sentences keep their copy apart.
	minPadding := 1
	if lim.MinWords > 0 {
		minPadding = 2
	}
	added := 0
	for _, p := range padding {
		if added >= minPadding && enough(closing) {
			break
		}
		// Padding never crowds out the closing, which names the brand.
		if fits(text+" "+closing) && !fits(text+" "+p+" "+closing) {
			continue
		}
		if add(p) {
			added++
		}
	}
	add(closing)
	return text
}

func wordCount(s string) int { return len(strings.Fields(s)) }

// truncate cuts s to at most max runes at a word boundary and ends it
// with a full stop.
func truncate(s string, max int) string {
	runes := []rune(s)
	if len(runes) <= max {
		return s
	}
	cut := string(runes[:max-1])
	if i := strings.LastIndex(cut, " "); i > 0 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "."
}
