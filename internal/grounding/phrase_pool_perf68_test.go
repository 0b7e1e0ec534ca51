package grounding

import (
	"reflect"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// TestIndexedPhraseSetsAsBuilt checks that every vocabulary's phrase
// sets, once indexPhrases has dropped their maps for the index and the
// pool (#17, perf68), answer as the maps they were built with: get for
// every last word of every set and for words of none, at for tokens
// stamped by their own lexicon, by another and by none, each (the same
// words with the same phrases), size and made; that no indexed set keeps
// its map; and that the pool holds each phrase once, equal to the
// phrase, its capacity clipped.
func TestIndexedPhraseSetsAsBuilt(t *testing.T) {
	t.Parallel()
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var other *lexicon
	for _, l := range set.Supported() {
		p, _ := set.Resolve(l)
		if p == nil || seen[p.VocabOwner()] {
			continue
		}
		owner := p.VocabOwner()
		seen[owner] = true
		data, _ := p.Vocab()
		lx, err := compileUnindexed(data, snap)
		if err != nil {
			t.Fatal(err)
		}
		sets := phraseSetsOf(lx)
		built := make([]map[string][][]string, len(sets))
		made := make([]bool, len(sets))
		words := map[string]bool{"zzqx": true, "": true, "of": true, "金": true, "ゴールド": true, "χρυσός": true}
		for i, ps := range sets {
			made[i] = ps.m != nil
			built[i] = map[string][][]string{}
			for w, list := range ps.m {
				built[i][w] = slices.Clone(list)
				words[w] = true
				words[w+"s"] = true
			}
		}
		lx.phraseIx = indexPhrases(lx)
		if lx.phraseIx == nil {
			t.Fatalf("%s: no phrase index", owner)
		}
		if other == nil {
			other = mustLexicon("en-GB")
		}
		var own, none, others []token
		for w := range words {
			tk := token{s: w, wpos: tokenWordPos(w)}
			own, none, others = append(own, tk), append(none, tk), append(others, tk)
		}
		lx.phraseIx.stamp(own)
		other.phraseIx.stamp(others)
		indexed, phrases := 0, 0
		for i, ps := range sets {
			if ps.ix != nil {
				indexed++
				if ps.m != nil {
					t.Fatalf("%s: set %d indexed keeps its map", owner, i)
				}
			}
			if ps.made() != made[i] || ps.size() != len(built[i]) {
				t.Fatalf("%s: set %d: made %v size %d, built %v %d", owner, i, ps.made(), ps.size(), made[i], len(built[i]))
			}
			n := 0
			for w, list := range ps.each() {
				n++
				if !reflect.DeepEqual(list, built[i][w]) {
					t.Fatalf("%s: set %d: each %q: %q, built %q", owner, i, w, list, built[i][w])
				}
				for _, p := range list {
					phrases++
					if cap(p) != len(p) {
						t.Fatalf("%s: set %d: %q: capacity %d", owner, i, p, cap(p))
					}
				}
			}
			if n != len(built[i]) {
				t.Fatalf("%s: set %d: each yields %d words, built %d", owner, i, n, len(built[i]))
			}
			for w := range words {
				if got := ps.get(w); !reflect.DeepEqual(got, built[i][w]) {
					t.Fatalf("%s: set %d: get %q: %q, built %q", owner, i, w, got, built[i][w])
				}
			}
			for _, toks := range [][]token{own, none, others} {
				for k := range toks {
					if got, want := ps.at(&toks[k]), built[i][toks[k].s]; !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: set %d: at %q (id %d): %q, built %q", owner, i, toks[k].s, toks[k].id, got, want)
					}
				}
			}
		}
		if indexed < 100 || phrases < 1000 {
			t.Fatalf("%s: %d sets indexed, %d phrases", owner, indexed, phrases)
		}
	}
	if len(seen) < 19 {
		t.Fatalf("%d vocabularies", len(seen))
	}
}
