package checks

import (
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/abadojack/whatlanggo"

	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// hitKind says what a guide phrase hit means.
type hitKind uint8

const (
	hExistence hitKind = iota
	hSubstitution
	hCapitalization
	hOccurrence
	hCondFirst
	hCondSecond
	hClaim
	hForbidden
	hAvoid
	hPreferredSource
	hCompetitor
	hCollection
)

// guideHit is the payload of one guide phrase.
type guideHit struct {
	kind   hitKind
	idx    int    // rule, claim, glossary entry, competitor or collection index
	locale string // empty: every locale
	lang   string // empty: every language (a glossary form of one language)
	// langs are the languages whose word an existence token is
	// (addExistenceTokens); empty when none lists it.
	langs []string
	// notAfter: a glossary form is another word when the text right
	// before it ends with one of these (方晶 before 锆石).
	notAfter []string
	text     string // the phrase as written in the guide (expect, suggestion, ...)
}

type compiledPattern struct {
	rule int
	re   *regexp.Regexp
	need needFilter // what any match must contain: most texts skip re
}

// compiled is everything a check needs from one guide, built once per
// guide and shared by every check that uses it.
type compiled struct {
	guide   *styleguide.Guide
	phrases *phraseMatcher
	hits    []guideHit
	texts   []string // the phrase of each hit
	// segPhrases are phrases split into dictionary words, by language
	// (phrasesFor).
	segMu      sync.Mutex
	segPhrases map[string]*phraseMatcher
	patterns   []compiledPattern
	// languages the guide serves, for language identification.
	langs    whatlanggo.Options
	brandLow string
	// avoidWords are the single-word renderings the glossary lists; the
	// fuzzy collection check leaves them to the glossary.
	avoidWords wordSet
	// punctOccurrences are occurrence rules on punctuation ("!"), counted
	// in the raw text rather than matched as words.
	punctOccurrences []int
	// repetitionTokens limits a repetition rule to its tokens, by rule index.
	repetitionTokens map[int]wordSet
	hasRecycl        bool // the guide has its own recycled claim

	// competitors are the guide's competitors and after them the major
	// jewellery houses it does not name (defaultHouses); competitorKeys
	// are them folded (competitorKey), by index, for the misspelling check.
	competitors    []string
	competitorKeys []string
	// ownCompetitors is how many of competitors are the guide's own: the
	// default houses after them are not compared by sound skeleton and
	// are misspelt within one edit only (their established names are
	// data), as "링 세트는" is Harry Winston's skeleton and Polish "Mimo
	// to" two edits from Mikimoto.
	ownCompetitors int
	// skels are their sound skeletons (competitorSkeletons).
	skelOnce sync.Once
	skels    []competitorSkel

	// echo holds the indexed writing prompt per locale and channel
	// (promptEchoFor).
	echo      sync.Map
	echoN     sync.Mutex
	echoCount int

	collOnce  sync.Once
	colls     []collectionName // collectionNames
	nameOnce  sync.Once
	nameWords map[string]bool // nameWordSet
	// scriptColls are the collections checkCollectionScripts compares
	// (scriptCollections).
	scriptCollOnce sync.Once
	scriptColls    []scriptCollection

	conceptMu sync.Mutex
	concepts  map[string]*conceptSet // by language, with the guide's concept_forms
}

func (c *compiled) add(phrase string, h guideHit) {
	c.hits = append(c.hits, h)
	c.texts = append(c.texts, phrase)
	c.phrases.add(phrase, len(c.hits)-1)
}

// phrasesFor is the guide's phrase matcher for a language: for Japanese
// and Chinese, the same phrases split by the dictionary segmentation the
// copy is read with there (see run.useWords), made once per guide and
// language.
func (c *compiled) phrasesFor(lang string) *phraseMatcher {
	if !segment.Uses(lang) {
		return c.phrases
	}
	c.segMu.Lock()
	defer c.segMu.Unlock()
	if m, ok := c.segPhrases[lang]; ok {
		return m
	}
	m := newPhraseMatcher()
	seg := segment.For(lang)
	for i, t := range c.texts {
		m.addWords(splitWordsSeg(t, seg), i)
	}
	if c.segPhrases == nil {
		c.segPhrases = map[string]*phraseMatcher{}
	}
	c.segPhrases[lang] = m
	return m
}

func compileGuide(g *styleguide.Guide) *compiled {
	c := &compiled{guide: g, phrases: newPhraseMatcher(), avoidWords: wordSet{}, repetitionTokens: map[int]wordSet{}}
	if g == nil {
		return c
	}
	c.brandLow = strings.ToLower(g.Brand)
	for i, r := range g.Rules {
		switch r.Type {
		case styleguide.TypeExistence:
			c.addExistenceTokens(i, r.Tokens)
			for _, p := range r.Patterns {
				if r.IgnoreCase && !strings.HasPrefix(p, "(?i)") {
					p = "(?i)" + p
				}
				if re, err := regexp.Compile(p); err == nil {
					c.patterns = append(c.patterns, compiledPattern{rule: i, re: re, need: newNeedFilter(p)})
				}
			}
		case styleguide.TypeSubstitution:
			for _, bad := range slices.Sorted(maps.Keys(r.Swap)) {
				c.add(bad, guideHit{kind: hSubstitution, idx: i, text: r.Swap[bad]})
			}
		case styleguide.TypeCapitalization:
			c.add(r.Match, guideHit{kind: hCapitalization, idx: i, text: r.Expect})
		case styleguide.TypeOccurrence:
			if len(splitWords(r.Token)) > 0 {
				c.add(r.Token, guideHit{kind: hOccurrence, idx: i})
			} else {
				c.punctOccurrences = append(c.punctOccurrences, i)
			}
		case styleguide.TypeRepetition:
			if len(r.Tokens) > 0 {
				c.repetitionTokens[i] = newWordSet(r.Tokens)
			}
		case styleguide.TypeConditional:
			c.add(r.First, guideHit{kind: hCondFirst, idx: i})
			c.add(r.Second, guideHit{kind: hCondSecond, idx: i})
		}
	}
	for i, cl := range g.Claims {
		c.add(cl.Text, guideHit{kind: hClaim, idx: i, text: cl.Text})
		for _, a := range cl.Also {
			c.add(a, guideHit{kind: hClaim, idx: i, text: cl.Text})
		}
		if strings.EqualFold(cl.Text, "recycled") {
			c.hasRecycl = true
		}
	}
	for i, e := range g.Glossary {
		switch e.Kind {
		case styleguide.KindForbidden:
			c.add(e.Term, guideHit{kind: hForbidden, idx: i})
			for _, loc := range slices.Sorted(maps.Keys(e.Translations)) {
				c.add(e.Translations[loc], guideHit{kind: hForbidden, idx: i, locale: loc})
			}
			// The language's own words for the term, inflected, in every
			// locale of the language (data/<lang>/glossary.yaml).
			for _, f := range glossaryForms()[strings.ToLower(e.Term)] {
				c.add(f.form, guideHit{kind: hForbidden, idx: i, lang: f.lang, notAfter: f.notAfter})
			}
		case styleguide.KindPreferred:
			c.add(e.Term, guideHit{kind: hPreferredSource, idx: i})
		}
		for _, loc := range slices.Sorted(maps.Keys(e.Avoid)) {
			for _, a := range e.Avoid[loc] {
				c.add(a, guideHit{kind: hAvoid, idx: i, locale: loc})
				if w := splitWords(a); len(w) == 1 {
					c.avoidWords[w[0]] = struct{}{}
				}
			}
		}
	}
	c.competitors = append(c.competitors, g.Competitors...)
	c.ownCompetitors = len(g.Competitors)
	c.competitors = append(c.competitors, defaultHouses(g)...)
	for i, name := range c.competitors {
		c.add(name, guideHit{kind: hCompetitor, idx: i, text: name})
		for _, also := range houseSpellings()[name] {
			c.add(also, guideHit{kind: hCompetitor, idx: i, text: name})
		}
		c.competitorKeys = append(c.competitorKeys, competitorKey(name))
	}
	for i, name := range g.Collections {
		c.add(name, guideHit{kind: hCollection, idx: i, text: name})
	}
	c.langs = whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{}}
	for loc := range g.Locales {
		if l, ok := langByCode[g.Lang(loc)]; ok {
			c.langs.Whitelist[l] = true
		}
	}
	return c
}

// addExistenceTokens adds the tokens of existence rule i. A token that
// data/<lang>/glossary.yaml lists as a form of a term in some languages
// ("billig": de, da, nb, sv; "ganga": es) is a word of those languages: in
// copy of them it matches with the term's other forms there ("billige",
// "gangas"); in copy of another language it matches as a loan word
// ("cheap" in German copy) unless that language lists the same letters as
// a word of its own with another sense (other_senses: Portuguese "ganga",
// denim; Dutch and Norwegian "gunstig", favourable) or it is written as a
// name, capitalised inside a sentence ("the banks of the Ganga"). A token
// no language lists matches in every language, as before.
func (c *compiled) addExistenceTokens(i int, tokens []string) {
	claims := existenceClaims()
	seen := map[string]bool{}
	for _, t := range tokens {
		key := strings.Join(splitWords(t), " ")
		cl := claims[key]
		var langs []string
		for _, lc := range cl {
			if !slices.Contains(langs, lc.lang) {
				langs = append(langs, lc.lang)
			}
		}
		c.add(t, guideHit{kind: hExistence, idx: i, text: t, langs: langs})
		seen["\x00"+key] = true
		for _, lc := range cl {
			for _, f := range glossaryTermForms(lc.term, lc.lang) {
				k := lc.lang + "\x00" + strings.Join(splitWords(f), " ")
				if seen[k] || seen["\x00"+strings.Join(splitWords(f), " ")] {
					continue
				}
				seen[k] = true
				c.add(f, guideHit{kind: hExistence, idx: i, lang: lc.lang, text: f})
			}
		}
	}
}

type langTerm struct{ lang, term string }

// existenceClaims maps each folded form of data/<lang>/glossary.yaml to the
// languages (and terms) that list it.
var existenceClaims = sync.OnceValue(func() map[string][]langTerm {
	m := map[string][]langTerm{}
	forms := glossaryForms()
	for _, term := range slices.Sorted(maps.Keys(forms)) {
		for _, f := range forms[term] {
			k := strings.Join(splitWords(f.form), " ")
			lt := langTerm{f.lang, term}
			if !slices.Contains(m[k], lt) {
				m[k] = append(m[k], lt)
			}
		}
	}
	return m
})

// glossaryTermForms are the forms of term in lang.
func glossaryTermForms(term, lang string) []string {
	var out []string
	for _, f := range glossaryForms()[term] {
		if f.lang == lang {
			out = append(out, f.form)
		}
	}
	return out
}

// langByCode maps ISO 639-1 codes to whatlanggo languages.
var langByCode = func() map[string]whatlanggo.Lang {
	m := map[string]whatlanggo.Lang{}
	for l := whatlanggo.Lang(0); l <= whatlanggo.Zul; l++ {
		if code := l.Iso6391(); code != "" {
			m[code] = l
		}
	}
	return m
}()

// guideCache keeps compiled guides by pointer. Guides are immutable once
// parsed; a handful of versions are live at a time (older drafts keep
// theirs), so the cache is small and simply dropped when full.
type guideCache struct {
	mu sync.Mutex
	m  map[*styleguide.Guide]*compiled
}

const guideCacheSize = 16

func (gc *guideCache) get(g *styleguide.Guide) *compiled {
	gc.mu.Lock()
	defer gc.mu.Unlock()
	if c, ok := gc.m[g]; ok {
		return c
	}
	if gc.m == nil || len(gc.m) >= guideCacheSize {
		gc.m = map[*styleguide.Guide]*compiled{}
	}
	c := compileGuide(g)
	gc.m[g] = c
	return c
}

// builtins is the compiled built-in lexicon, shared by all checkers.
var builtins = sync.OnceValue(func() *builtinLexicon {
	b := &builtinLexicon{phrases: newPhraseMatcher()}
	add := func(kind builtinKind, list []string) {
		for _, p := range list {
			b.add(builtinPhrase{kind: kind, phrase: p})
		}
	}
	add(bSolidGold, solidGoldPhrases)
	add(bRealDiamond, realDiamondPhrases)
	for lang, list := range healthPhrases {
		for _, p := range list {
			b.add(builtinPhrase{kind: bHealth, phrase: p, lang: lang})
		}
	}
	add(bInjection, injectionPhrases)
	for _, p := range spellingPairs {
		b.add(builtinPhrase{kind: bGBtoUS, phrase: p[0], suggest: p[1]})
		b.add(builtinPhrase{kind: bUStoGB, phrase: p[1], suggest: p[0]})
	}
	return b
})

type builtinLexicon struct {
	phrases *phraseMatcher
	entries []builtinPhrase
}

func (b *builtinLexicon) add(p builtinPhrase) {
	b.entries = append(b.entries, p)
	b.phrases.add(p.phrase, len(b.entries)-1)
}
