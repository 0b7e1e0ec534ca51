package checks

import (
	"maps"
	"math/bits"
	"slices"
)

// stopwordIndex maps a function word to the languages it belongs to, one
// bit per language, so that one pass over a text counts the function words
// of every language at once (a word such as "de" or "a" belongs to more
// than one).
type stopwordIndex struct {
	bit   map[string]uint32 // language -> its bit
	words map[string]uint32 // word -> the bits of its languages
}

var stopIndex = func() *stopwordIndex {
	x := &stopwordIndex{bit: map[string]uint32{}, words: map[string]uint32{}}
	langs := slices.Sorted(maps.Keys(stopwords))
	if len(langs) > 32 {
		panic("stopwords: more than 32 languages")
	}
	for i, lang := range langs {
		x.bit[lang] = 1 << i
		for _, w := range stopwords[lang] {
			x.words[w] |= 1 << i
		}
	}
	return x
}()

// stopMasks returns, for each token, the bits of the languages it is a
// function word of; computed once per check.
func (r *run) stopMasks() []uint32 {
	if r.masks == nil {
		r.masks = make([]uint32, len(r.d.toks))
		for i := range r.d.toks {
			r.masks[i] = stopIndex.words[r.d.word(i)]
		}
	}
	return r.masks
}

// stopwordHits counts the tokens that are function words of lang.
func (r *run) stopwordHits(lang string) int {
	return r.stopwordHitsIn(lang, 0, len(r.d.toks))
}

// stopwordHitsIn counts the function words of lang among tokens [s, e).
func (r *run) stopwordHitsIn(lang string, s, e int) int {
	bit, ok := stopIndex.bit[lang]
	if !ok {
		return 0
	}
	n := 0
	for _, m := range r.stopMasks()[s:e] {
		n += bits.OnesCount32(m & bit)
	}
	return n
}
