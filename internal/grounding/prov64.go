package grounding

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
)

// prov64.go (#13, prov64): the source of the piece's own stone.
//
// The product's data often give the geographic source of its stone as an
// attribute (stone_origin or stone_source: "Mogok, Myanmar", "Sri Lanka",
// "Muzo, Colombia"). Copy that says the piece's own stone came from
// another place misrepresents the product's origin, which the FTC's
// Jewelry Guides forbid (16 CFR 23.1: it is unfair or deceptive to
// misrepresent the "geographic origin" of an industry product; CIBJO
// Gemstone Book: a geographic origin is a gem's own, stated only as its
// laboratory report or its source supports). Grounding compared no place
// with the data: held-out 63A en-US 63A03-2 said "our 0.35-carat stone was
// cut from rough mined there" (there: Sri Lanka) of a serendibite whose
// stone_origin is "Mogok, Myanmar", and passed.
//
// The pack's gem_places are a gazetteer of the gem-source places: a key
// is the place's path ("myanmar", "myanmar/mogok": Mogok is in Myanmar),
// its words the place's names and adjectives in the pack's language (Burma
// and Burmese are Myanmar's; Ceylon is Sri Lanka's). The attribute is read
// with the English pack's gazetteer and the locale's; a place of the copy
// agrees with it where its path is the attribute's place's, or holds it,
// or lies in it (Mogok agrees with "Myanmar", Myanmar with "Mogok,
// Myanmar"). A place the gazetteer does not know, on either side, is not
// compared.
//
// A place of the copy is said to be the stone's source where
//   - a word of gem_source_before ends right before it ("mined in",
//     "from", "aus", "originaire de", "de", "z", "من", 产自), or one of
//     gem_source_after starts right after it ("-mined", 産, 产, Turkish
//     "'dan"), or the place's word carries an ending of gem_source_endings
//     (Finnish "Kolumbiasta", Korean "미얀마산");
//   - or a word of gem_source_there ("mined there", "von dort") names it:
//     the last place named before, in that sentence or the one before;
//   - or the place's adjective or name stands right before (or right
//     after: "émeraude colombienne") the product's stone ("a Colombian
//     emerald");
//
// and the clause says it of the piece's own stone: a word of the piece
// (a determiner, a demonstrative, a word of ours) stands in the clause
// before the place, the nearest stone named before it in the sentence is
// the product's first stone (whose source the attribute gives) or a noun
// of stones, no metal or karat is named between (the gold's place: "set
// in recycled gold from Canada") nor a category with no stone before it
// (the piece's: "This ring comes from Thailand"), and no word of
// gem_source_stops is in the clause (the
// species' history and name, a deposit compared: "first found in Tanzania
// in 1967", "named after Serendib", "finer than Burmese rubies") nor a
// year. Only a product whose data give a source is read. A place inside
// a longer one of the gazetteer ("印度" in 印度尼西亚, Colombia in British
// Columbia) and a katakana place inside a longer katakana word (タイ in
// スタイル) are not read.

// prov64File holds the gazetteer and the words that say a source.
type prov64File struct {
	GemPlaces        map[string][]string `yaml:"gem_places"`
	GemSourceBefore  []string            `yaml:"gem_source_before"`
	GemSourceAfter   []string            `yaml:"gem_source_after"`
	GemSourceEndings []string            `yaml:"gem_source_endings"`
	GemSourceThere   []string            `yaml:"gem_source_there"`
	GemSourceStops   []string            `yaml:"gem_source_stops"`
}

// placeSeq is one spelling of a place of the gazetteer, as tokens.
type placeSeq struct {
	ws []string
	id string
}

type prov64Data struct {
	places  map[string][]placeSeq // by last token
	before  wordList
	after   phrases
	endings []string // folded
	there   wordList
	stops   wordList
}

func compileProv64(f prov64File) prov64Data {
	d := prov64Data{before: compileWordList(f.GemSourceBefore), after: phraseSet(f.GemSourceAfter),
		there: compileWordList(f.GemSourceThere), stops: compileWordList(f.GemSourceStops), endings: foldedForms(f.GemSourceEndings)}
	for id, ws := range f.GemPlaces {
		for _, w := range ws {
			for _, e := range expand(w) {
				if toks := tokenStrings(e); len(toks) > 0 {
					if d.places == nil {
						d.places = map[string][]placeSeq{}
					}
					last := toks[len(toks)-1]
					d.places[last] = append(d.places[last], placeSeq{ws: toks, id: id})
				}
			}
		}
	}
	return d
}

// placeAt returns the first token and the path of the longest place of
// the gazetteer ending at token k in one clause, with glued reporting
// whether the last token carried a source ending; or -1.
func (d *prov64Data) placeAt(toks []token, k int) (start int, id string, glued bool) {
	start = -1
	try := func(last string, g bool) {
		for _, p := range d.places[last] {
			n := len(p.ws)
			if k+1 < n || start >= 0 && k-n+1 >= start {
				continue
			}
			ok := true
			for j := 0; j < n && ok; j++ {
				t := &toks[k-n+1+j]
				ok = (j == n-1 || t.s == p.ws[j]) && (j == 0 || !t.brk)
			}
			if ok {
				start, id, glued = k-n+1, p.id, g
			}
		}
	}
	try(toks[k].s, false)
	if start >= 0 && !kanaBounded(toks, start, k) {
		start = -1
	}
	if start < 0 {
		for _, e := range d.endings {
			if w, ok := strings.CutSuffix(toks[k].s, e); ok && len(w) >= 3 {
				try(w, true)
				if start >= 0 {
					break
				}
			}
		}
	}
	return start, id, glued
}

// kanaBounded reports whether the place on tokens a..b, where it is
// written in katakana (one token a character), is a word of its own: no
// katakana written right against it ("タイ" in "スタイル" is no Thailand,
// "インド" in "インドネシア" no India).
func kanaBounded(toks []token, a, b int) bool {
	kana := func(k int) bool {
		r, _ := utf8.DecodeRuneInString(toks[k].s)
		return unicode.In(r, unicode.Katakana) || r == 'ー'
	}
	if !kana(a) {
		return true
	}
	if a > 0 && toks[a-1].end == toks[a].start && kana(a-1) {
		return false
	}
	return b+1 >= len(toks) || toks[b].end != toks[b+1].start || !kana(b+1)
}

// placesIn returns the paths of the gazetteer's places named in s.
func (d *prov64Data) placesIn(s string) []string {
	toks := tokenize(s, nil)
	var out []string
	for k := range toks {
		if st, id, _ := d.placeAt(toks, k); st >= 0 && !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// placesAgree reports whether the place path q is a, holds it or lies in it.
func placesAgree(q, a string) bool {
	return q == a || strings.HasPrefix(a, q+"/") || strings.HasPrefix(q, a+"/")
}

// stoneSources returns the places of the gazetteer the product's
// stone_origin or stone_source attribute names, read with the English
// gazetteer and the locale's.
func (c *checker) stoneSources() []string {
	var v string
	for _, k := range []string{"stone_origin", "stone_source"} {
		if s := c.p.Attributes[k]; s != "" {
			v = s
			break
		}
	}
	if v == "" {
		return nil
	}
	out := c.lx.prov64Data.placesIn(v)
	if en := mustLexicon(sourceLocale); en != nil && en != c.lx {
		for _, id := range en.prov64Data.placesIn(v) {
			if !contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// provenance adds a block where the copy says the piece's own stone came
// from a place the product's stone source is not (the rule above).
func (c *checker) provenance() {
	d := &c.lx.prov64Data
	if len(d.places) == 0 || len(c.p.Attributes) == 0 || len(c.p.Stones) == 0 {
		return
	}
	srcs := c.stoneSources()
	if len(srcs) == 0 {
		return
	}
	lastPlace, lastID := -1, ""
	for k := 0; k < len(c.toks); k++ {
		st, id, glued := d.placeAt(c.toks, k)
		anaphor := false
		if st < 0 && d.there.mayEnd(&c.toks[k]) {
			if a := d.there.span(c.toks, k); a >= 0 && lastPlace >= 0 && c.sentenceOfStart(lastPlace) >= c.sentenceBefore(a) {
				st, id, anaphor = a, lastID, true
			}
		}
		if st < 0 || c.toks[st].masked || c.toks[k].masked || c.inFact(st, k) || c.longerPlace(st, k) {
			continue
		}
		if !anaphor {
			lastPlace, lastID = k, id
		}
		agrees := false
		for _, a := range srcs {
			if placesAgree(id, a) {
				agrees = true
				break
			}
		}
		if agrees {
			continue
		}
		cued := anaphor || glued || c.sourceBefore(st) ||
			k+1 < len(c.toks) && d.after.startsAt(c.toks, k+1)
		stone := -1
		if !cued {
			stone = c.placeOnStone(st, k)
			if stone < 0 {
				continue
			}
		}
		if !c.ownSourceClause(st, k, stone) {
			continue
		}
		c.add(RuleStone, core.SeverityBlock, match{ti: st, tj: k, start: c.toks[st].start, end: c.toks[k].end},
			fmt.Sprintf("says the stone comes from %q; the product's stone source is %q", c.surface(c.toks[st].start, c.toks[k].end), c.sourceText()))
	}
}

// longerPlace reports whether a longer place of the gazetteer holds the
// one on tokens a..b ("印度" in "印度尼西亚" is not India; "Sri Lanka" in
// "Sri Lankan").
func (c *checker) longerPlace(a, b int) bool {
	d := &c.lx.prov64Data
	for k := b + 1; k < len(c.toks) && k <= b+6; k++ {
		if c.toks[k].brk {
			return false
		}
		if st, _, _ := d.placeAt(c.toks, k); st >= 0 && st <= a {
			return true
		}
	}
	return false
}

// sourceBefore reports whether a word of gem_source_before ends right
// before token a, or before an article right before it ("from the United
// States", "de la India", "από τη Σρι Λάνκα"), in its clause.
func (c *checker) sourceBefore(a int) bool {
	d := &c.lx.prov64Data
	if a == 0 || c.toks[a].brk {
		return false
	}
	if d.before.at(c.toks, a-1) {
		return true
	}
	return a >= 2 && !c.toks[a-1].brk && c.lx.definites.endsAt(c.toks, a-1) && d.before.at(c.toks, a-2)
}

// sourceText is the product's stone source attribute.
func (c *checker) sourceText() string {
	if s := c.p.Attributes["stone_origin"]; s != "" {
		return s
	}
	return c.p.Attributes["stone_source"]
}

// sentenceBefore returns the first token of the sentence before the one
// of token k (or of k's own, for the first).
func (c *checker) sentenceBefore(k int) int {
	s := c.sentenceOfStart(k)
	if s == 0 {
		return 0
	}
	return c.sentenceOfStart(s - 1)
}

// inFact reports whether a match of the vocabulary covers a token of
// a..b: a place inside a stone's or a name's own words ("Tahitian pearl").
func (c *checker) inFact(a, b int) bool {
	for k := a; k <= b; k++ {
		if i := c.matchAt(k); i >= 0 && c.ms[i].f.kind != kindIgnore {
			return true
		}
	}
	return false
}

// mainStone reports whether the stone match o names the product's first
// stone, whose source the attribute gives.
func (c *checker) mainStone(o match) bool {
	return o.f.kind == kindStoneNoun || o.f.kind == kindStone && len(c.facts.stoneInfo) > 0 && contains(c.facts.stoneInfo[0].types, o.f.value)
}

// placeOnStone returns the index of the product's first stone's match
// that the place on tokens a..b stands right before (at most one colour
// between) or right after, in one clause; or -1.
func (c *checker) placeOnStone(a, b int) int {
	k := b + 1
	if k < len(c.toks) && !c.toks[k].brk {
		if i := c.matchAt(k); i >= 0 && c.ms[i].f.kind == kindColour && c.ms[i].ti == k {
			k = c.ms[i].tj + 1
		}
		if k < len(c.toks) && !c.toks[k].brk {
			if i := c.matchAt(k); i >= 0 && c.ms[i].ti == k && c.ms[i].f.kind == kindStone && !c.ms[i].negated && c.mainStone(c.ms[i]) {
				return i
			}
		}
	}
	if a > 0 && !c.toks[a].brk {
		if i := c.matchAt(a - 1); i >= 0 && c.ms[i].tj == a-1 && c.ms[i].f.kind == kindStone && !c.ms[i].negated && c.mainStone(c.ms[i]) {
			return i
		}
	}
	return -1
}

// ownSourceClause reports whether the clause of the place on tokens a..b
// says it of the piece's own stone (the rule above); stone is the match
// the place stands beside as an adjective, or -1.
func (c *checker) ownSourceClause(a, b, stone int) bool {
	d := &c.lx.prov64Data
	cs, ce := c.clauseOf(a)
	if b > ce {
		ce = b
	}
	for k := cs; k <= ce; k++ {
		if k >= a && k <= b {
			continue // the place's own words ("赞比亚" holds 比)
		}
		if d.stops.at(c.toks, k) || isYear(c.toks[k].s) {
			return false
		}
	}
	s, _ := c.sentenceOf(a)
	// The nearest stone named before the place in its sentence.
	near := stone
	if near < 0 {
		piece := false
		for i := len(c.ms) - 1; i >= 0; i-- {
			o := c.ms[i]
			if o.tj >= a || o.ti < s {
				continue
			}
			if o.f.kind == kindStone || o.f.kind == kindStoneNoun {
				near = i
				break
			}
			if o.f.kind == kindMaterial || o.f.kind == kindKarat {
				// The place is said of the metal ("set in recycled gold
				// from Canada").
				return false
			}
			piece = piece || o.f.kind == kindCategory
		}
		if piece && near < 0 {
			return false // the piece's place ("This ring comes from Thailand")
		}
	}
	if near >= 0 && (!c.mainStone(c.ms[near]) || c.ms[near].negated) {
		return false
	}
	if near >= 0 && (c.ms[near].ti >= cs || c.ms[near].tj >= a-8) {
		// The stone's own determiner, demonstrative or word of ours.
		for k := max(c.ms[near].ti-6, s); k < c.ms[near].ti; k++ {
			if c.ownMarker(k) {
				return true
			}
		}
	}
	// No stone beside: a word of ours or a demonstrative in the clause
	// ("Our 0.6 ct oval was mined in Tajikistan").
	for k := cs; k < a; k++ {
		if c.lx.ours.endsAt(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) {
			return true
		}
	}
	return false
}

// ownMarker reports whether token k is a determiner, an article, a
// demonstrative or a word of ours.
func (c *checker) ownMarker(k int) bool {
	return c.lx.determiners[c.toks[k].s] || c.lx.ours.endsAt(c.toks, k) || c.lx.demonstr.endsAt(c.toks, k) ||
		c.lx.definites.endsAt(c.toks, k) || c.lx.indefinites.endsAt(c.toks, k)
}

// isYear reports whether w is a year of four digits (1000 to 2099).
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	n, err := strconv.Atoi(w)
	return err == nil && n >= 1000 && n <= 2099
}
