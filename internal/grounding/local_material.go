package grounding

import (
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/internal/locales"
)

// A PIM holds material names in the language of its market as often as in
// English: an it-IT record lists materials ["argento sterling", "smalto"]
// and features ["smalto verde"], a zh-TW one ["925純銀", "貝母"]. The
// product's facts are read with the English vocabulary (productFacts), which
// reads no material in "smalto", so the copy's "riempite di smalto verde"
// was a material the product lacks (probe 38c it-IT 38C102-1/-2, #13,
// localmaterial38). localMaterials reads those entries as the copy's own
// vocabulary reads them, and an entry of the materials list that the
// copy's vocabulary does not read either with every vocabulary: a material
// the record names in any language the vocabularies know is the record's
// own. A material the record does not name in any language still blocks.

// localMaterials returns f's materials with those its unread entries name
// in lx's language (materials list and features), and, for an entry of the
// materials list lx reads no material in, in any language (anyLanguage).
// The result is a new slice where one is added: f's is clipped and shared
// through the facts cache.
func localMaterials(lx *lexicon, cn *canon, f *facts) []string {
	out := f.materials
	for _, s := range f.unreadFeatures {
		for _, v := range readMaterials(lx, s) {
			out = cn.closure(out, v)
		}
	}
	for _, s := range f.unreadMaterials {
		vs := readMaterials(lx, s)
		if len(vs) == 0 {
			vs = anyLanguage(s)
		}
		for _, v := range vs {
			out = cn.closure(out, v)
		}
	}
	return out
}

// readMaterials returns the canonical values of the material words lx reads
// in s, not negated ("smalto verde": enamel; "nichelfrei": none).
func readMaterials(lx *lexicon, s string) []string {
	var tb [16]token
	var mb [8]match
	toks := tokenize(s, tb[:0])
	var out []string
	for _, m := range lx.scan(toks, mb[:0]) {
		if m.f.kind == kindMaterial && !m.negated && !contains(out, m.f.value) {
			out = append(out, m.f.value)
		}
	}
	return out
}

// anyLanguage returns the material values every vocabulary other than the
// English one reads in s, in the locales' order, remembered by s: reading
// an entry compiles every pack's vocabulary once in the process (as
// Validate does), which happens only for a materials entry neither English
// nor the copy's language reads.
func anyLanguage(s string) []string {
	if v, ok := anyLangCache.Load(s); ok {
		return v.([]string)
	}
	var out []string
	set, err := locales.Load()
	if err != nil {
		return nil
	}
	seen := map[string]bool{}
	for _, l := range set.Supported() {
		p, _ := set.Resolve(l)
		if p == nil || seen[p.VocabOwner()] {
			continue
		}
		seen[p.VocabOwner()] = true
		lx := lexiconForLocale(l)
		if lx == nil || lx == mustLexicon(sourceLocale) {
			continue
		}
		for _, v := range readMaterials(lx, s) {
			if !contains(out, v) {
				out = append(out, v)
			}
		}
	}
	if anyLangCount.Add(1) <= maxCachedLocales {
		anyLangCache.Store(s, out)
	}
	return out
}

// anyLangCache remembers anyLanguage's readings by entry, bounded as the
// locale cache is: entries come from requests.
var (
	anyLangCache sync.Map // string -> []string
	anyLangCount atomic.Int32
)
