package grounding

import (
	"testing"

	"github.com/copydesk/copydesk/internal/locales"
)

// TestFrozenPhraseSetsAsMaps checks that every vocabulary's phrase sets,
// indexed by word id once compiled (indexPhrases), answer each token by
// its id as by its word (get; their maps until perf68 dropped them, which
// TestIndexedPhraseSetsAsBuilt checks against): the same list (the same
// slice) for a token stamped by their own lexicon, one not stamped and
// one stamped by another lexicon, for every last word of every set and
// for words of none; that every non-empty set is indexed; and that the
// index numbers each word once (#17, perf63).
func TestFrozenPhraseSetsAsMaps(t *testing.T) {
	t.Parallel()
	set, err := locales.Load()
	if err != nil {
		t.Fatal(err)
	}
	var lxs []*lexicon
	seen := map[*lexicon]bool{}
	for _, l := range set.Supported() {
		lx, err := lexiconFor(l)
		if err != nil {
			t.Fatal(err)
		}
		if lx != nil && !seen[lx] {
			seen[lx] = true
			lxs = append(lxs, lx)
		}
	}
	if len(lxs) < 2 {
		t.Fatalf("%d vocabularies", len(lxs))
	}
	same := func(a, b [][]string) bool {
		return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	}
	for n, lx := range lxs {
		ix := lx.phraseIx
		if ix == nil {
			t.Fatalf("vocabulary %d: no phrase index", n)
		}
		other := lxs[(n+1)%len(lxs)]
		sets := phraseSetsOf(lx)
		indexed := 0
		words := map[string]bool{"zzqx": true, "": true, "of": true, "金": true, "ゴールド": true, "χρυσός": true}
		for _, ps := range sets {
			if ps.size() == 0 {
				continue
			}
			if ps.ix != ix {
				t.Fatalf("vocabulary %d: a set of %d words not indexed", n, ps.size())
			}
			indexed++
			for w := range ps.each() {
				words[w] = true
				if len(words)%10 == 0 {
					words[w+"s"] = true
				}
			}
		}
		if indexed < 100 {
			t.Fatalf("vocabulary %d: %d sets indexed", n, indexed)
		}
		for i := 0; i < len(other.phraseIx.words); i += 10 {
			words[other.phraseIx.words[i]] = true
		}
		var own, none, others []token
		for w := range words {
			tk := token{s: w, wpos: tokenWordPos(w)}
			own, none, others = append(own, tk), append(none, tk), append(others, tk)
		}
		ix.stamp(own)
		other.phraseIx.stamp(others)
		numbered := map[uint32]string{}
		for i := range own {
			if id := own[i].id; id != ix.base {
				if w, ok := numbered[id]; ok {
					t.Fatalf("vocabulary %d: %q and %q have one id", n, w, own[i].s)
				}
				numbered[id] = own[i].s
			}
		}
		if len(numbered) != int(ix.n)-1 {
			t.Fatalf("vocabulary %d: %d words numbered, want %d", n, len(numbered), ix.n-1)
		}
		for _, ps := range sets {
			for _, toks := range [][]token{own, none, others} {
				for i := range toks {
					tk := &toks[i]
					if got, want := ps.at(tk), ps.get(tk.s); !same(got, want) {
						t.Fatalf("vocabulary %d: %q (id %d): %d phrases, the map %d", n, tk.s, tk.id, len(got), len(want))
					}
					if ps.hasWordAt(tk) != ps.hasWord(tk.s) {
						t.Fatalf("vocabulary %d: %q (id %d): hasWordAt %v", n, tk.s, tk.id, ps.hasWordAt(tk))
					}
				}
			}
		}
	}
}

// TestFrozenPhraseSetsOnText checks, for a text of each vocabulary's own words,
// that a phrase set's endsAt, startOf and spans answer every token as
// they do with the text not stamped (#17, perf63).
func TestFrozenPhraseSetsOnText(t *testing.T) {
	t.Parallel()
	lx := mustLexicon("de-DE")
	var text []byte
	for _, ps := range phraseSetsOf(lx) {
		for _, list := range ps.each() {
			for _, p := range list {
				for _, w := range p {
					text = append(text, w...)
					text = append(text, ' ')
				}
				text = append(text, ", "...)
			}
		}
	}
	stamped := tokenize(string(text), nil)
	plain := tokenize(string(text), nil)
	lx.stampPhrases(stamped)
	hits := 0
	for _, ps := range phraseSetsOf(lx) {
		for k := range stamped {
			a, b := ps.endsAt(stamped, k), ps.endsAt(plain, k)
			if a != b {
				t.Fatalf("endsAt %q: %v stamped, %v not", stamped[k].s, a, b)
			}
			if a {
				hits++
			}
			if a, b := ps.startOf(stamped, k), ps.startOf(plain, k); a != b {
				t.Fatalf("startOf %q: %d stamped, %d not", stamped[k].s, a, b)
			}
			if k > 0 && ps.spans(stamped, k-1, k) != ps.spans(plain, k-1, k) {
				t.Fatalf("spans %q", stamped[k].s)
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("%d phrases ended", hits)
	}
}
