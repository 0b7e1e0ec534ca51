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
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
)

const (
	// Model names the writer in every draft, so nobody mistakes its copy for
	// a language model's.
	Model = "offline/template-v1"
	// PromptVersion versions the templates; bump it when their wording
	// changes so that cached generations are not reused.
	PromptVersion = "offline-2"
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

// ModelFree implements core.ModelFree: the writer calls no model.
func (g *Generator) ModelFree() bool { return true }

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
	if p := packFor(req.Guide, req.Locale); p != nil && p.Writer != nil {
		lim := ChannelLimits(req.Guide, req.Channel)
		b := p.Bounds(lengthUnit(req.Guide, req.Locale), locales.Bounds(lim))
		pw := newPackWriter(req, p)
		pw.unit = lengthUnit(req.Guide, req.Locale)
		return pw.compose(b)
	}
	lang, american := languageOf(req.Guide, req.Locale)
	w := newWriter(req, lang, american)
	return w.compose(ChannelLimits(req.Guide, req.Channel))
}

// packFor is the locale pack of locale, or nil.
func packFor(g *styleguide.Guide, locale string) *locales.Pack {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	p, _ := set.Resolve(locale)
	return p
}

// lengthUnit is the guide's choice of words or characters for locale.
func lengthUnit(g *styleguide.Guide, locale string) string {
	if g == nil {
		return ""
	}
	return g.Locales[locale].Length
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
		s, p := renderMaterial(w.lang, m, req.Guide, req.Locale, w.noun)
		for _, x := range s {
			if !slices.Contains(subs, x) {
				subs = append(subs, x)
			}
		}
		for _, x := range p {
			if !slices.Contains(plats, x) {
				plats = append(plats, x)
			}
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
	var material string
	switch {
	case w.has("subs", "plats"):
		material = w.pick(w.l.both)
	case w.has("subs"):
		material = w.pick(w.l.substances)
	case w.has("plats"):
		material = w.pick(w.l.platingsOnly)
	}
	var specific, shared []string
	if w.has("stones") {
		specific = append(specific, w.pick(w.l.stones))
	}
	if w.has("colours") {
		specific = append(specific, w.pick(w.l.colours))
	}
	if w.has("occasions") {
		specific = append(specific, w.pick(w.l.occasions))
	}
	if w.has("features") {
		shared = append(shared, w.pick(w.l.features))
	}
	// Materials lead when present: a product page names what a piece is
	// made of early. The rest come in a per-product order (the writer's
	// random source is seeded by a hash of the SKU). Short channels hold
	// only a fact or two, so there every fact takes its chance: otherwise
	// a launch's posts would all tell the same one.
	short := lim.MinWords == 0 && lim.MaxChars > 0 && lim.MaxChars <= 300
	var facts []string
	if short {
		if material != "" {
			shared = append(shared, material)
		}
		// One fact that sets the product apart (stones, colours, an
		// occasion) leads; the rest, materials and features included,
		// follow in a per-product order.
		w.rng.Shuffle(len(specific), func(i, j int) { specific[i], specific[j] = specific[j], specific[i] })
		rest := shared
		if len(specific) > 0 {
			facts = append(facts, specific[0])
			rest = append(rest, specific[1:]...)
		}
		w.rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
		facts = append(facts, rest...)
	} else {
		rest := append(specific, shared...)
		w.rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
		if material != "" {
			facts = append(facts, material)
		}
		facts = append(facts, rest...)
	}
	padding := make([]string, len(w.l.padding))
	for i, p := range w.rng.Perm(len(w.l.padding)) {
		padding[i] = w.render(w.l.padding[p])
	}
	// A care sentence and a styling sentence, each made of a lead and a
	// tail chosen apart, come first in a per-product order, so that copy
	// with two filler sentences has one of each: two products then seldom
	// share a whole sentence, let alone both.
	compounds := []string{
		w.render(w.l.care[w.rng.IntN(len(w.l.care))] + w.l.careTails[w.rng.IntN(len(w.l.careTails))]),
		w.render(w.l.style[w.rng.IntN(len(w.l.style))] + w.l.styleTails[w.rng.IntN(len(w.l.styleTails))]),
	}
	w.rng.Shuffle(len(compounds), func(i, j int) { compounds[i], compounds[j] = compounds[j], compounds[i] })
	padding = append(compounds, padding...)
	closing := w.render(w.l.closingLeads[w.rng.IntN(len(w.l.closingLeads))] + w.l.closingTails[w.rng.IntN(len(w.l.closingTails))])

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
	// Aim a little above the minimum (or, for a character budget, at about
	// half of it) so the copy reads complete without filling the channel
	// to the brim: the shorter the copy, the less of it a launch shares.
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
		if lim.MaxChars > 0 && lim.MinWords == 0 && utf8.RuneCountInString(probe) < lim.MaxChars/2 {
			return false
		}
		return true
	}
	added := 0
	for _, f := range facts {
		// A short post stops at two facts once it is long enough: every
		// further sentence is one more that the launch's other posts may
		// share.
		if short && added >= 2 && enough(f) {
			break
		}
		if add(f) {
			added++
		}
	}
	// A sentence or two of padding goes in even when the facts alone are
	// long enough: products of one launch often share every fact but the
	// name, and these per-product sentences keep their copy apart.
	minPadding := 1
	switch {
	case lim.MinWords > 0:
		minPadding = 2
	case short && added > 0:
		// Filler is what short posts would share; their facts suffice.
		minPadding = 0
	}
	added = 0
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

// wordCount is len(strings.Fields(s)) without building the fields: the
// writer counts every candidate sentence, and the slices were a fifth of
// the bytes a worker allocated a draft.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

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
