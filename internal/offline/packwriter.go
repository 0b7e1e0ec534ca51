package offline

import (
	"crypto/sha256"
	"encoding/binary"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// packWriter writes a locale from its pack's writer data (templates and
// vocabulary in internal/locales/packs/<tag>/pack.yaml): the languages
// whose grammar the writer does not carry in code. Templates name facts
// in forms that need no agreement (a label, an apposition, a classifier),
// so the copy is plain but correct.
type packWriter struct {
	p      *locales.Pack
	unit   string // the guide's length unit for the locale, or ""
	w      *locales.Writer
	rng    *rand.Rand
	tokens map[string]string
}

func newPackWriter(req core.GenerateRequest, p *locales.Pack) *packWriter {
	sum := sha256.Sum256([]byte(req.Product.SKU))
	attempt := max(req.Attempt, 1)
	pw := &packWriter{
		p:      p,
		w:      p.Writer,
		rng:    rand.New(rand.NewPCG(binary.BigEndian.Uint64(sum[:8]), binary.BigEndian.Uint64(sum[8:16])+uint64(attempt))),
		tokens: map[string]string{},
	}
	prod := req.Product
	brand := "Aurelia"
	if req.Guide != nil && strings.TrimSpace(req.Guide.Brand) != "" {
		brand = strings.TrimSpace(req.Guide.Brand)
	}
	t := pw.tokens
	t["name"] = strings.TrimSpace(prod.Name)
	t["brand"] = brand
	t["collection"] = strings.TrimSpace(prod.Collection)
	cat := normalise(prod.Category)
	if a, ok := categoryAliases[cat]; ok {
		cat = a
	}
	if c := pw.w.Categories[cat]; c != "" {
		t["category"] = c
	} else {
		t["category"] = pw.w.Categories["jewellery"]
	}
	var mats []string
	for _, m := range prod.Materials {
		if s := pw.material(m); s != "" {
			mats = append(mats, s)
		}
	}
	t["materials"] = pw.list(mats)
	var stones []string
	for _, s := range prod.Stones {
		if s := pw.stone(s); s != "" {
			stones = append(stones, s)
		}
	}
	t["stones"] = pw.list(stones)
	t["colours"] = pw.list(pw.lookupAll(pw.w.Colours, prod.Colours))
	t["features"] = pw.list(pw.lookupAll(pw.w.Features, prod.Features))
	t["occasions"] = pw.list(pw.lookupAll(pw.w.Occasions, prod.Occasions))
	return pw
}

// lookupAll translates values with m; a value the pack does not know is
// kept as given (a product's own term, such as a rare stone, is better
// quoted than dropped, and the reviewer sees it).
func (pw *packWriter) lookupAll(m map[string]string, vals []string) []string {
	var out []string
	for _, v := range vals {
		if strings.TrimSpace(v) == "" {
			continue
		}
		if s, ok := m[normalise(v)]; ok && s != "" {
			out = append(out, s)
		} else {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}

func (pw *packWriter) list(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	sp := pw.space()
	and := sp + pw.w.And + sp
	if pw.w.AndSep != "" {
		and = pw.w.AndSep
	}
	return strings.Join(items[:len(items)-1], pw.w.Sep) + and + items[len(items)-1]
}

func (pw *packWriter) space() string {
	if pw.w.Space != nil {
		return *pw.w.Space
	}
	return " "
}

// material renders one material value: a base substance, or a plating
// over a base ("14k rose gold-plated sterling silver").
func (pw *packWriter) material(value string) string {
	key := normalise(value)
	if s, ok := pw.w.Materials[key]; ok {
		return s
	}
	pm, ok := parseMaterial(key)
	if !ok {
		return strings.TrimSpace(value)
	}
	var bases []string
	for _, b := range pm.bases {
		s, ok := pw.w.Materials[b]
		if !ok {
			return strings.TrimSpace(value)
		}
		bases = append(bases, s)
	}
	pl := pm.plating
	if pl == nil {
		pl = pm.vermeil
	}
	if pl == nil {
		return pw.list(bases)
	}
	metal := pl.metal
	if pl.shade != "" {
		metal = pl.shade + " " + metal
	}
	plating, ok := pw.w.Platings[metal]
	if !ok {
		plating, ok = pw.w.Platings[pl.metal]
	}
	if !ok {
		return strings.TrimSpace(value)
	}
	karat := ""
	if pl.karat != "" {
		karat = strings.ReplaceAll(pw.w.Karat, "{n}", pl.karat)
	}
	if len(bases) == 0 {
		// A plating listed apart from its base ("14k gold-plated" beside
		// "sterling silver"): the plating alone.
		if pw.w.PlatedAlone != "" {
			return tidy(fill(pw.w.PlatedAlone, "{karat}", karat, "{plating}", plating))
		}
		return tidy(karat + pw.space() + plating)
	}
	s := fill(pw.w.Plated, "{karat}", karat, "{plating}", plating, "{base}", pw.list(bases))
	return tidy(s)
}

func (pw *packWriter) stone(s core.Stone) string {
	name, ok := pw.w.Stones[normalise(s.Type)]
	if !ok {
		name = strings.TrimSpace(s.Type)
	}
	if name == "" {
		return ""
	}
	colour := pw.w.Colours[normalise(s.Colour)]
	tpl := pw.w.Stone
	switch {
	case s.Count <= 0 && colour == "":
		tpl = pw.w.StoneNoCountNoColour
	case s.Count <= 0:
		tpl = pw.w.StoneNoCount
	case colour == "":
		tpl = pw.w.StoneNoColour
	}
	return tidy(fill(pw.alternate(tpl), "{count}", strconv.Itoa(s.Count), "{colour}", colour, "{stone}", name))
}

// tidy removes the spaces and empty brackets a missing part leaves.
func tidy(s string) string {
	s = tidyBrackets.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// tidyBrackets is tidy's replacer, built once: a strings.Replacer is safe
// for concurrent use, and building one a call was a tenth of the bytes
// the writer allocated a draft (#17, perf59).
var tidyBrackets = strings.NewReplacer(" ()", "", "()", "", "（）", "", " )", ")", "( ", "(")

// fill is strings.NewReplacer(kv...).Replace(s) for placeholders of the
// form "{name}" (kv: placeholder, value, placeholder, value, ...), without
// building a replacer a call. No placeholder is a prefix of another, so
// at most one matches at a position, as the replacer finds it; values are
// not read again for placeholders, as the replacer does not.
func fill(s string, kv ...string) string {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		if s[i] == '{' {
			matched := false
			for k := 0; k+1 < len(kv); k += 2 {
				if strings.HasPrefix(s[i:], kv[k]) {
					b.WriteString(kv[k+1])
					i += len(kv[k])
					matched = true
					break
				}
			}
			if matched {
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// render fills a template: "[a|b|c]" picks one alternative (so that the
// products of a launch read differently), then {tokens} are replaced.
func (pw *packWriter) render(tpl string) string {
	out := pw.alternate(tpl)
	for k, v := range pw.tokens {
		out = strings.ReplaceAll(out, "{"+k+"}", v)
	}
	return out
}

func (pw *packWriter) alternate(s string) string {
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return s
		}
		alts := strings.Split(s[i+1:i+j], "|")
		s = s[:i] + alts[pw.rng.IntN(len(alts))] + s[i+j+1:]
	}
}

func (pw *packWriter) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return pw.render(list[pw.rng.IntN(len(list))])
}

// compose assembles an opening, the facts, fact-free sentences up to the
// channel's length as the locale counts it, and a closing naming the
// brand.
func (pw *packWriter) compose(b locales.Bounds) string {
	s := pw.w.Sentences
	t := pw.tokens
	opening := pw.pick(s.Opening)
	if t["collection"] != "" && len(s.OpeningCollection) > 0 {
		opening = pw.pick(s.OpeningCollection)
	}
	// A product page names the materials first; a short post leads with
	// what sets the product apart (stones, colours, an occasion), since
	// the products of a launch often share their materials.
	var material string
	if t["materials"] != "" {
		material = pw.pick(s.Materials)
	}
	var specific, shared []string
	for _, f := range []struct {
		tok  string
		list []string
	}{{"stones", s.Stones}, {"colours", s.Colours}, {"occasions", s.Occasions}} {
		if t[f.tok] != "" && len(f.list) > 0 {
			specific = append(specific, pw.pick(f.list))
		}
	}
	if t["features"] != "" && len(s.Features) > 0 {
		shared = append(shared, pw.pick(s.Features))
	}
	short := b.MinWords == 0 && b.MinChars == 0 && b.MaxChars > 0 && b.MaxChars <= 300
	var facts []string
	if short {
		pw.rng.Shuffle(len(specific), func(i, j int) { specific[i], specific[j] = specific[j], specific[i] })
		facts = append(specific, shared...)
		if material != "" {
			facts = append(facts, material)
		}
	} else {
		rest := append(specific, shared...)
		pw.rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
		if material != "" {
			facts = append(facts, material)
		}
		facts = append(facts, rest...)
	}
	padding := make([]string, 0, len(s.Padding))
	for _, i := range pw.rng.Perm(len(s.Padding)) {
		padding = append(padding, pw.render(s.Padding[i]))
	}
	closing := pw.pick(s.Closing)

	sp := pw.space()
	// Words as the checker counts them: Japanese and Chinese by dictionary
	// (internal/text/segment), which loads only when a word limit applies.
	measure := func(txt string) (words, chars int) {
		switch {
		case b.MinWords == 0 && b.MaxWords == 0:
		case segment.Uses(pw.p.Locale):
			words = segment.For(pw.p.Locale).Count(txt).Words
		default:
			words = wordCount(txt)
		}
		return words, pw.p.Chars(pw.unit, txt)
	}
	fits := func(txt string) bool {
		w, c := measure(txt)
		return (b.MaxWords == 0 || w <= b.MaxWords) && (b.MaxChars == 0 || c <= b.MaxChars)
	}
	// Aim a fifth above the minimum, or at about half a character budget
	// with no minimum, so the copy reads complete without filling the
	// channel.
	enough := func(txt string) bool {
		w, c := measure(txt)
		if b.MinWords > 0 && w < b.MinWords+b.MinWords/5 {
			return false
		}
		if b.MinChars > 0 && c < b.MinChars+b.MinChars/5 {
			return false
		}
		if b.MinWords == 0 && b.MinChars == 0 && b.MaxChars > 0 && c < b.MaxChars/2 {
			return false
		}
		return true
	}
	text := opening
	add := func(sent string) bool {
		if cand := text + sp + sent; fits(cand + sp + closing) {
			text = cand
			return true
		}
		return false
	}
	added := 0
	for _, f := range facts {
		if short && added >= 2 && enough(text+sp+closing) {
			break
		}
		if add(f) {
			added++
		}
	}
	padded := 0
	for _, p := range padding {
		if enough(text+sp+closing) && (padded >= 1 || short) {
			break
		}
		if add(p) {
			padded++
		}
	}
	if fits(text + sp + closing) {
		text += sp + closing
	}
	return text
}
