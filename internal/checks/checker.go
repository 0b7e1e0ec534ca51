// Package checks judges a draft against the brand style guide and the
// product's facts: claims, market rules, banned terms, trademarks, the
// glossary, length, readability, locale, safety, prompt injection,
// competitors and near-duplicates. Fact grounding lives in its own package
// and is plugged in through Checker.Grounding.
package checks

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text"
)

// Checker implements core.Checker. The zero value is ready to use; use it
// by pointer, it caches compiled guides.
type Checker struct {
	// Grounding checks facts (materials, stones, colours, counts,
	// collections); the wiring sets it to grounding.CheckCollections.
	Grounding GroundingFunc
	// Scoped, when set, is used instead of Grounding: it also returns the
	// rune spans of the text that describe something other than the
	// product (grounding.CheckScoped), which the plating and stone
	// qualifier checks then skip, so every fact check reads one scope.
	Scoped ScopedGroundingFunc
	// DuplicateBlock and DuplicateWarn are the Jaccard similarities of
	// word 3-shingles at which a neighbour's copy blocks or warns; zero
	// means the defaults.
	DuplicateBlock, DuplicateWarn float64

	cache guideCache
	sigs  sigCache // neighbours' MinHash signatures by text
	// exhaustive compares every neighbour exactly (tests: the reference
	// the signature filter must agree with).
	exhaustive bool
}

var _ core.Checker = (*Checker)(nil)

// GroundingFunc checks the facts a text asserts against the product; it
// is given the guide's collection names, so that naming another
// collection is caught.
type GroundingFunc func(product core.Product, locale, text string, collections []string) []core.Finding

// ScopedGroundingFunc is a GroundingFunc that also returns the rune spans
// [start, end) of the text about other things than the product: facts of
// cross-sold items and variants, clothing, idioms ("red carpet"), stone
// words naming colours.
type ScopedGroundingFunc func(product core.Product, locale, text string, collections []string) (findings []core.Finding, elsewhere [][2]int)

// New returns a Checker with grounding plugged in (nil for none).
func New(grounding GroundingFunc) *Checker {
	return &Checker{Grounding: grounding}
}

// NewScoped returns a Checker with scoped grounding plugged in.
func NewScoped(grounding ScopedGroundingFunc) *Checker {
	return &Checker{Scoped: grounding}
}

// Category names (DESIGN.md §4).
const (
	CatGrounding   = "grounding"
	CatClaim       = "claim"
	CatRegulatory  = "regulatory"
	CatBannedTerm  = "banned_term"
	CatTrademark   = "trademark"
	CatGlossary    = "glossary"
	CatLength      = "length"
	CatReadability = "readability"
	CatLocale      = "locale"
	CatSafety      = "safety"
	CatInjection   = "injection"
	CatCompetitor  = "competitor"
	CatDuplicate   = "duplicate"
)

// run is the state of one check.
type run struct {
	// recycledConcept indexes the findings of the data's recycled
	// concept (data/<lang>/concepts-recycled.yaml), dropped where the
	// guide's claim or the built-in list reports the same words.
	recycledConcept []int
	c               *Checker
	g               *styleguide.Guide
	cg              *compiled
	in              *core.CheckInput
	d               *document
	lang            string
	pack            *locales.Pack // the locale's pack; nil when no pack reads it
	findings        []core.Finding
	// masked tokens belong to the product's own name, quoted in the copy:
	// its words are not claims ("Diamond Heart" on a zirconia pendant).
	masked []bool
	// quotedKw marks the tokens of a quotation of the product's own
	// keywords (quotedKeywords), made on first use.
	quotedKw     []bool
	quotedKwDone bool
	// links are the byte spans of URLs and e-mail addresses.
	links [][]int
	// stemmed are the Snowball stems of the tokens, made on first use.
	stemmed []string
	// cands are, per token, the forms of candSet that can start there
	// (lookupWords).
	cands [][]int32
	// gates are, per token, its cands' gateIndex (nil: walk the forms).
	gates   []*gateIndex
	candSet *conceptSet
	// noGateIndex makes eachConcept walk every token's forms, as before
	// gateIndex (TestGateIndexAsWalk).
	noGateIndex bool
	// bare are, in Arabic, the tokens read without their clitics
	// (conceptSet.bareArabic), "" where a token is read as it stands; nil
	// in other languages.
	bare []string
	// masks are the tokens' function-word languages (stopMasks).
	masks []uint32
	// hits are the function words per language (langHits).
	hits     [32]int
	hitsDone bool
	// folded is foldKey(text), made when a pre-filter first needs it.
	folded string
	// words is the dictionary segmentation of Japanese or Chinese copy,
	// made on first use (useWords).
	words *wordView
	// elsewhere are the rune spans about other things than the product
	// (Checker.Scoped), sorted by start.
	elsewhere [][2]int
	// mkt is the locale's market (market), read once a check.
	mkt        *market
	marketDone bool
	// diamondAt, coordNeg and negatedTok keep isDiamondAt's,
	// coordNegated's and negated's answers by token (tokMemo).
	diamondAt, coordNeg, negatedTok tokMemo
}

var docPool = sync.Pool{New: func() any { return &document{} }}

// Check runs every check and returns the findings sorted by span.
//
// Every check, grounding included, reads the matching form of the text
// (text.Fold: NFKC, invisible and control characters removed, look-alike
// letters replaced), so that "so\u00adlid ｇｏｌｄ" or a Cyrillic "gоld" is
// judged as "solid gold" is; spans are mapped back to the original text.
// The characters folded away are safety findings of their own (checkUnicode).
func (c *Checker) Check(in core.CheckInput) []core.Finding {
	// Structured facts (metals, origins, measurements) are read through the
	// plain fields every check knows.
	in.Product = in.Product.Resolved()
	orig := in.Text
	folded := text.Fold(orig)
	if !folded.Identity() {
		in.Text = folded.Text
	}
	// A text Fold keeps as written though NFKC would change it (French
	// copy's no-break spaces: text.Folded.Kept) is read with the product's
	// name and keywords folded, as when Fold made a copy of it.
	if !folded.Identity() || folded.Kept {
		in.Product = foldProduct(in.Product)
	}
	d := docPool.Get().(*document)
	defer docPool.Put(d)
	d.text = in.Text
	d.prepare()

	r := &run{c: c, g: in.Guide, in: &in, d: d, lang: styleguide.LangOf(in.Locale)}
	if in.Guide != nil {
		r.cg = c.cache.get(in.Guide)
		r.lang = in.Guide.Lang(in.Locale)
	} else {
		r.cg = compileGuide(nil)
	}
	r.pack = packFor(in.Locale)
	r.maskProductName()
	var grounded []core.Finding
	if c.Scoped != nil {
		grounded, r.elsewhere = c.Scoped(in.Product, in.Locale, in.Text, r.collections())
	}

	r.checkLocalePack()
	r.checkLength()
	r.checkSafety()
	r.checkInjection()
	r.checkBuiltinPhrases()
	r.checkSuperlatives() // superlatives.go
	r.checkConcepts()
	r.checkGuidePhrases()
	r.checkPatterns()
	r.checkRegulatory()
	r.checkBrilliantNoDiamond() // brilliant28.go
	r.dedupeRecycled()
	r.checkTrademark()
	r.checkCompetitorSpelling()
	r.checkCompetitorScripts() // competitor_scripts.go
	r.checkCompetitorGlued()   // competitor_glue.go
	r.checkGlossaryDoNotTranslate()
	r.checkRepetition()
	r.checkReadability()
	r.checkLanguage()
	r.checkMixedLanguage()
	r.checkCloseLanguage()
	r.checkCloseSentences() // closelang.go
	r.checkEnglishFragment()
	r.checkTypography()
	r.checkDuplicate()
	switch {
	case c.Scoped != nil:
		r.findings = append(r.findings, grounded...)
	case c.Grounding != nil:
		r.findings = append(r.findings, c.Grounding(in.Product, in.Locale, in.Text, r.collections())...)
	}
	r.checkImitationNamed() // simulant_gems.go
	if !folded.Identity() {
		for i := range r.findings {
			f := &r.findings[i]
			if f.Start != 0 || f.End != 0 {
				f.Start, f.End = folded.Span(f.Start, f.End)
			}
		}
	}
	r.checkUnicode(orig, folded.LookAlikes)
	if len(r.findings) == 0 {
		return []core.Finding{} // encodes as [], not null
	}
	return sortFindings(r.findings)
}

// sortFindings orders findings by span and drops repeats of the same
// category at the same span (a guide rule and a built-in may agree).
func sortFindings(fs []core.Finding) []core.Finding {
	// Longest span first at the same start, so that a phrase inside a
	// longer phrase of the same category ("healing" in "healing energy")
	// is reported once.
	slices.SortStableFunc(fs, func(a, b core.Finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(b.End, a.End), strings.Compare(a.Category, b.Category),
			cmp.Compare(severityRank(a.Severity), severityRank(b.Severity)))
	})
	var reach [16]struct {
		cat string
		end int
	}
	n := 0
	out := fs[:0]
	for _, f := range fs {
		if f.End > f.Start {
			covered := false
			for k := 0; k < n; k++ {
				if reach[k].cat == f.Category && f.End <= reach[k].end {
					covered = true
					break
				}
			}
			if covered {
				continue
			}
			found := false
			for k := 0; k < n; k++ {
				if reach[k].cat == f.Category {
					reach[k].end = max(reach[k].end, f.End)
					found = true
				}
			}
			if !found && n < len(reach) {
				reach[n].cat, reach[n].end = f.Category, f.End
				n++
			}
		} else if len(out) > 0 {
			p := out[len(out)-1]
			if p.Start == f.Start && p.End == f.End && p.Category == f.Category {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

func severityRank(s string) int {
	if s == core.SeverityBlock {
		return 0
	}
	return 1
}

func (r *run) add(rule, category, severity, message string, start, end int) {
	r.findings = append(r.findings, core.Finding{Rule: rule, Category: category, Severity: severity, Message: message, Start: start, End: end})
}

func (r *run) addTokens(rule, category, severity, message string, s, e int) {
	start, end := r.d.span(s, e)
	r.add(rule, category, severity, message, start, end)
}

func levelOr(level, def string) string {
	if level == "" {
		return def
	}
	return level
}

// message fills a guide message's %s with the match, or uses def.
func message(tmpl, match, def string) string {
	if tmpl == "" {
		return def
	}
	if strings.Contains(tmpl, "%s") {
		return strings.Replace(tmpl, "%s", match, 1)
	}
	return tmpl
}

func (r *run) maskProductName() {
	name := r.in.Product.Name
	if name == "" {
		return
	}
	words := productNameWords(name, r.d.seg)
	if len(words) == 0 {
		return
	}
	d := r.d
	for i := 0; i+len(words) <= len(d.toks); i++ {
		ok := true
		for k, w := range words {
			if d.word(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			if r.masked == nil {
				r.masked = make([]bool, len(d.toks))
			}
			for k := range words {
				r.masked[i+k] = true
			}
		}
	}
}

func (r *run) isMasked(i int) bool { return r.masked != nil && r.masked[i] }

func (r *run) collections() []string {
	if r.g == nil {
		return nil
	}
	return r.g.Collections
}

// isElsewhere reports whether token i lies in a span about another thing
// than the product (a cross-sold item, clothing, an idiom).
func (r *run) isElsewhere(i int) bool {
	t := r.d.toks[i]
	for _, sp := range r.elsewhere {
		if sp[0] >= t.re {
			return false
		}
		if sp[1] > t.rs {
			return true
		}
	}
	return false
}

// claimElsewhere reports whether a span about another thing than the
// product begins inside tokens s..e-1: the claim's own words describe
// another piece ("our solid gold chain, sold separately"). A span that
// only ends in it (an idiom before: "corazón de oro macizo") does not.
func (r *run) claimElsewhere(s, e int) bool {
	if s >= e || e > len(r.d.toks) {
		return false
	}
	rs, re := r.d.toks[s].rs, r.d.toks[e-1].re
	for _, sp := range r.elsewhere {
		if sp[0] >= re {
			return false
		}
		if sp[0] >= rs {
			return true
		}
	}
	return false
}

// anyElsewhere reports whether a token of s..e-1 lies in a span about
// another thing than the product.
func (r *run) anyElsewhere(s, e int) bool {
	for i := s; i < e && i < len(r.d.toks); i++ {
		if r.isElsewhere(i) {
			return true
		}
	}
	return false
}

// runesElsewhere reports whether the rune span [rs, re) overlaps a span
// about another thing than the product.
func (r *run) runesElsewhere(rs, re int) bool {
	for _, sp := range r.elsewhere {
		if sp[0] >= re {
			return false
		}
		if sp[1] > rs {
			return true
		}
	}
	return false
}

// packFor returns the locale pack that reads locale (its own, or one of
// the same language and script), or nil.
func packFor(locale string) *locales.Pack {
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	p, _ := set.Resolve(locale)
	return p
}
