package checks

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/styleguide"
	"github.com/copydesk/copydesk/internal/text/segment"
)

// Imitation pearls (issue #13, simulant_unqualified). A pearl that is an
// imitation (origin simulant, a shell, glass or faux pearl) may be called
// a pearl only beside a word that tells it is none: US FTC Jewelry Guides
// 16 CFR 23.20(c)-(d) ("artificial", "imitation", "simulated" or a word of
// like meaning), and in the other markets their consumer law with the
// CIBJO Pearl Book. The pearl words and the qualifiers are market data in
// the locale packs (qualifiers.imitation_pearl), as the lab-grown
// qualifiers are.

type pearlRules struct {
	source string
	words  [][]formTok // pearl nouns (one word each)
	inside []string    // folded words found inside a compound ("*perle")
	quals  [][]formTok // qualifier phrases
	single [][]formTok // the one-word qualifiers, tried on a compound itself
	not    [][]formTok // phrases whose pearl word names no pearl (mother-of-pearl)
}

var (
	pearlMu    sync.Mutex
	pearlCache = map[string]*pearlRules{}
)

// pearlRulesFor returns the locale's imitation-pearl rule, or nil.
func pearlRulesFor(locale string) *pearlRules {
	pearlMu.Lock()
	defer pearlMu.Unlock()
	if pr, ok := pearlCache[locale]; ok {
		return pr
	}
	var pr *pearlRules
	if p := packFor(locale); p != nil && p.Qualifiers.ImitationPearl != nil {
		q := p.Qualifiers.ImitationPearl
		lang := styleguide.LangOf(locale)
		seg := segment.For(locale)
		pr = &pearlRules{source: q.Source}
		for _, w := range q.Words {
			if rest, ok := strings.CutPrefix(w, "*"); ok {
				if f := foldForm(rest); f != "" {
					pr.inside = append(pr.inside, f)
				}
				continue
			}
			var toks []formTok
			for _, f := range strings.Fields(foldForm(w)) {
				toks = appendFormToks(toks, lang, f, seg)
			}
			if len(toks) == 1 {
				pr.words = append(pr.words, toks)
			}
		}
		for _, w := range q.NotPearls {
			var toks []formTok
			for _, f := range strings.Fields(foldForm(w)) {
				toks = appendFormToks(toks, lang, f, seg)
			}
			if len(toks) > 0 {
				pr.not = append(pr.not, toks)
			}
		}
		for _, w := range q.Qualifiers {
			var toks []formTok
			for _, f := range strings.Fields(foldForm(w)) {
				toks = appendFormToks(toks, lang, f, seg)
			}
			if len(toks) == 0 {
				continue
			}
			pr.quals = append(pr.quals, toks)
			if len(toks) == 1 {
				pr.single = append(pr.single, toks)
			}
		}
	}
	if len(pearlCache) < 256 {
		pearlCache[locale] = pr
	}
	return pr
}

// imitationPearls reports whether the product's pearls are imitations:
// it has a pearl of origin simulant (or typed as one: "imitation pearl",
// "shell pearl", "glass pearl") and no pearl of another kind.
func imitationPearls(p *core.Product) bool {
	imitation := false
	for _, s := range p.Stones {
		if !containsFold(s.Type, "pearl") {
			continue
		}
		if s.Origin == core.OriginSimulant || isSimulant(s.Type) || containsFold(s.Type, "shell pearl") || containsFold(s.Type, "faux") || containsFold(s.Type, "artificial") {
			imitation = true
			continue
		}
		return false // a cultured or natural pearl is named by its own rules
	}
	return imitation
}

// pearlAt reports whether token i names a pearl; compound says it does so
// inside a longer word ("Imitationsperle", "tekohelmi", 인조진주).
func (r *run) pearlAt(pr *pearlRules, i int, st []string) (pearl, compound bool) {
	for _, t := range pr.words {
		if r.tokMatches(t[0], i, st) {
			return true, false
		}
	}
	w := r.d.word(i)
	for _, in := range pr.inside {
		if k := strings.Index(w, in); k > 0 && utf8.RuneCountInString(w[:k]) >= 1 {
			return true, true
		}
	}
	return false, false
}

// checkImitationPearls blocks a pearl word on a product whose pearls are
// imitations unless a qualifier of the market stands within four words in
// its sentence, or inside the compound it heads; once the pearl has been
// named with its qualifier, later mentions refer back to it.
func (r *run) checkImitationPearls() {
	p := &r.in.Product
	if !imitationPearls(p) {
		return
	}
	pr := pearlRulesFor(r.in.Locale)
	if pr == nil {
		return
	}
	if segmentedLang(r.lang) {
		defer r.useWords()()
	}
	d := r.d
	st := r.stems()
	for i := range d.toks {
		if r.isMasked(i) {
			continue
		}
		pearl, compound := r.pearlAt(pr, i, st)
		if !pearl || r.insidePhrase(i, pr.not, st) {
			continue
		}
		// A capitalised word inside a sentence is a name ("Pearl Drop"),
		// except where every noun is capitalised.
		if r.lang != "de" && !compound && i > 0 && d.toks[i-1].sent == d.toks[i].sent && startsUpper(d.orig(i, i+1)) {
			continue
		}
		qualified := r.phraseNear(i, 4, 4, pr.quals)
		if !qualified && compound {
			for _, q := range pr.single {
				if r.tokMatches(q[0], i, st) {
					qualified = true
					break
				}
			}
		}
		if qualified {
			return // disclosed: later mentions refer back to it
		}
		// The scope reader's other-item spans are not consulted: it reads
		// "perle blanche" as a shade, and the product's own pearl is the
		// imitation whichever clause names it.
		if r.negated(i) {
			continue
		}
		r.addTokens("regulatory.stone_qualifier", CatRegulatory, core.SeverityBlock,
			fmt.Sprintf("%q: the product's pearl is an imitation (%s) and must be named with a qualifier this market accepts (%s)", d.orig(i, i+1), stoneTypes(p), pr.source), i, i+1)
		return
	}
}

// insidePhrase reports whether token i is a word of one of phrases, all
// of whose words stand in i's sentence ("mother of pearl" around "pearl").
func (r *run) insidePhrase(i int, phrases [][]formTok, st []string) bool {
	toks := r.d.toks
	for _, ph := range phrases {
	try:
		for n := range ph {
			k := i - n
			if k < 0 || k+len(ph) > len(toks) {
				continue
			}
			for j, t := range ph {
				if toks[k+j].sent != toks[i].sent || !r.tokMatches(t, k+j, st) {
					continue try
				}
			}
			return true
		}
	}
	return false
}
