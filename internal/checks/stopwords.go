package checks

import (
	"maps"
	"math/bits"
	"slices"
	"sync"

	"github.com/copydesk/copydesk/internal/locales"
)

// stopwordIndex maps a function word to the languages it belongs to, one
// bit per language, so that one pass over a text counts the function words
// of every language at once (a word such as "de" or "a" belongs to more
// than one).
//
// Words are folded as document words are (utext.FoldRune: lower case,
// accents off), because every check compares them with folded tokens:
// "für", "på", "är", "à", "más" and "é" must meet "fur", "pa", "ar", "a",
// "mas" and "e" in the text. A folded word may then belong to more than
// one language ("för"/"for"); counts treat it as a word of each.
type stopwordIndex struct {
	bit   map[string]uint32 // language -> its bit
	words map[string]uint32 // folded word -> the bits of its languages
}

func newStopwordIndex(lists map[string][]string) *stopwordIndex {
	x := &stopwordIndex{bit: map[string]uint32{}, words: map[string]uint32{}}
	langs := slices.Sorted(maps.Keys(lists))
	if len(langs) > 32 {
		panic("stopwords: more than 32 languages")
	}
	for i, lang := range langs {
		x.bit[lang] = 1 << i
		for _, w := range lists[lang] {
			x.words[foldWord(w)] |= 1 << i
		}
	}
	return x
}

// stopIndex holds the checker's own function words (stopwords, for the
// guide's languages) joined with every locale pack's identity words, so
// the languages of the newer packs (da, sv, nb, pl, ...) are counted too.
var stopIndex = sync.OnceValue(func() *stopwordIndex {
	lists := map[string][]string{}
	for lang, l := range stopwords {
		lists[lang] = slices.Clone(l)
	}
	if set, err := locales.Load(); err == nil {
		for _, loc := range set.Supported() {
			p, _ := set.Get(loc)
			if p == nil || p.Language == "" {
				continue
			}
			for _, w := range p.Identity.Stopwords {
				if !slices.Contains(lists[p.Language], w) {
					lists[p.Language] = append(lists[p.Language], w)
				}
			}
		}
	}
	return newStopwordIndex(lists)
})

// stopMasks returns, for each token, the bits of the languages it is a
// function word of; computed once per check.
func (r *run) stopMasks() []uint32 {
	if r.masks == nil {
		x := stopIndex()
		r.masks = make([]uint32, len(r.d.toks))
		for i := range r.d.toks {
			r.masks[i] = x.words[r.d.word(i)]
		}
	}
	return r.masks
}

// stopBit is lang's bit in the index, 0 when it has no function words.
func stopBit(lang string) uint32 { return stopIndex().bit[lang] }

// stopwordHits counts the tokens that are function words of lang.
func (r *run) stopwordHits(lang string) int {
	return r.stopwordHitsIn(lang, 0, len(r.d.toks))
}

// stopwordHitsIn counts the function words of lang among tokens [s, e).
func (r *run) stopwordHitsIn(lang string, s, e int) int {
	bit := stopBit(lang)
	if bit == 0 {
		return 0
	}
	n := 0
	for _, m := range r.stopMasks()[s:e] {
		n += bits.OnesCount32(m & bit)
	}
	return n
}

// langHits counts, in one pass, the function words of every language of
// the index in the whole text, indexed by bit position.
func (r *run) langHits() *[32]int {
	if !r.hitsDone {
		r.hitsDone = true
		for _, m := range r.stopMasks() {
			for m != 0 {
				b := bits.TrailingZeros32(m)
				r.hits[b]++
				m &^= 1 << b
			}
		}
	}
	return &r.hits
}

// hitsOf is langHits for one language.
func (r *run) hitsOf(lang string) int {
	bit := stopBit(lang)
	if bit == 0 {
		return 0
	}
	return r.langHits()[bits.TrailingZeros32(bit)]
}
