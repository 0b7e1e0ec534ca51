package checks

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
	"github.com/copydesk/copydesk/internal/text/segment"
	"gopkg.in/yaml.v3"
)

// superlativeFile is data/<lang>/superlatives.yaml: the unsubstantiated
// superlatives a guide forbids in the language (DESIGN.md section 4,
// claim: "the best", "the finest", "unbeatable", "unrivalled", "second to
// none", "number one", "best ever", "the most beautiful in the world"),
// after the UK CAP Code rule 3.7 and 3.33 and Directive 2005/29/EC art. 6
// (an objective claim needs evidence held before it is made; a claim of
// being the best needs proof against every rival) and the FTC's
// substantiation doctrine (16 CFR 23 holds no exception for them).
type superlativeFile struct {
	// Phrases are matched as whole words, folded as the copy is, never
	// stemmed: write each inflection ("le meilleur", "la meilleure").
	Phrases []string `yaml:"phrases"`
	// NotBefore are words that, right after a phrase, make an idiom that
	// claims nothing ("the best friend", "die beste Freundin", "de beste
	// wensen").
	NotBefore []string `yaml:"not_before"`
	// Idioms are phrases that hold a superlative's words in another sense
	// ("parasta ennen", best before; "من الأفضل", it is better to): a
	// match lying wholly inside one, in its sentence, is no superlative.
	Idioms []string `yaml:"idioms"`
	// Provenance words make a superlative alone, or before one stone
	// word, the subject of where the material comes from ("The finest
	// comes from the cliffs around Whitby"): a trade fact about the
	// material in general, not a grade of the product (#13, released 29;
	// materialProvenance). Verbs follow at once; an auxiliary takes one
	// of the participles after it ("is found", "se trouve", "on peräisin").
	Provenance struct {
		Verbs       []string `yaml:"verbs"`
		Aux         []string `yaml:"aux"`
		Participles []string `yaml:"participles"`
	} `yaml:"provenance"`
}

// superlativeSet is a language's superlatives compiled: the phrases and
// idioms split into words as the copy is read there (by the dictionary
// segmentation in Japanese and Chinese).
type superlativeSet struct {
	phrases                 *phraseMatcher
	idioms                  *phraseMatcher
	notBefore               wordSet
	verbs, aux, participles wordSet
}

var superlativeSets sync.Map // language -> *superlativeSet, nil where it has no file

// superlativesFor returns lang's superlatives, compiled on the language's
// first use, nil where data/<lang>/superlatives.yaml is absent. It panics
// on a file that does not parse: the data is embedded, and
// TestSuperlativeDataCompiles loads every language's.
func superlativesFor(lang string) *superlativeSet {
	if v, ok := superlativeSets.Load(lang); ok {
		return v.(*superlativeSet)
	}
	s, err := loadSuperlatives(lang)
	if err != nil {
		panic(err)
	}
	v, _ := superlativeSets.LoadOrStore(lang, s)
	return v.(*superlativeSet)
}

// loadSuperlatives reads and compiles data/<lang>/superlatives.yaml (nil,
// nil where it is absent); unknown fields are an error.
func loadSuperlatives(lang string) (*superlativeSet, error) {
	name := "data/" + lang + "/superlatives.yaml"
	data, err := dataFS.ReadFile(name)
	if err != nil {
		return nil, nil
	}
	var f superlativeFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("checks: %s: %w", name, err)
	}
	seg := segment.For(lang)
	s := &superlativeSet{phrases: newPhraseMatcher(), idioms: newPhraseMatcher(),
		notBefore: newWordSet(f.NotBefore), verbs: newWordSet(f.Provenance.Verbs),
		aux: newWordSet(f.Provenance.Aux), participles: newWordSet(f.Provenance.Participles)}
	for i, p := range f.Phrases {
		w := splitWordsSeg(p, seg)
		if len(w) == 0 {
			return nil, fmt.Errorf("checks: %s: phrase %q has no words", name, p)
		}
		s.phrases.addWords(w, i)
	}
	for i, p := range f.Idioms {
		s.idioms.addWords(splitWordsSeg(p, seg), i)
	}
	return s, nil
}

// checkSuperlatives reports the language's superlatives (claim.superlative)
// outside the product's name, an idiom ("the best friend", "beste
// wensen", "parasta ennen") and the material's provenance ("The finest
// comes from Whitby").
func (r *run) checkSuperlatives() {
	sup := superlativesFor(r.lang)
	if sup == nil {
		return
	}
	if segment.Uses(r.lang) {
		defer r.useWords()()
	}
	var idioms [][2]int
	sup.idioms.each(r.d, func(s, e, _ int) { idioms = append(idioms, [2]int{s, e}) })
	sup.phrases.each(r.d, func(s, e, _ int) {
		if r.isMasked(s) || e < len(r.d.toks) && sup.notBefore.has(r.d.word(e)) {
			return
		}
		for _, id := range idioms {
			if id[0] <= s && e <= id[1] {
				return
			}
		}
		if r.materialProvenance(sup, e) {
			return
		}
		orig := r.d.orig(s, e)
		r.addTokens("claim.superlative", CatClaim, core.SeverityBlock, fmt.Sprintf("%q is a superlative the guide forbids: it cannot be substantiated", orig), s, e)
	})
}

// materialProvenance reports whether the superlative ending before token
// e is the subject of a verb of provenance, alone or before one stone
// word: "The finest comes from the cliffs around Whitby", "Der feinste
// (Gagat) stammt von den Klippen bei Whitby", "El más fino proviene de
// Whitby", "the finest is found in Yorkshire" (#13, released 29). The
// sentence says where the best of the material in general comes from, a
// trade fact, not a grade of this product; "the finest jet bracelet you
// will own", "this is the finest jet" and "the finest bracelet comes
// from our workshop" (a piece, not a stone) still block.
func (r *run) materialProvenance(sup *superlativeSet, e int) bool {
	n := len(r.d.toks)
	if e < n && len(grounding.StoneValues(r.in.Locale, r.d.word(e))) > 0 {
		e++
	}
	if e >= n || e == 0 || r.d.toks[e].sent != r.d.toks[e-1].sent {
		return false
	}
	w := r.d.word(e)
	if sup.verbs.has(w) {
		return true
	}
	return sup.aux.has(w) && e+1 < n && sup.participles.has(r.d.word(e+1))
}
