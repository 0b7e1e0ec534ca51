package grounding

import (
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/danish"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/finnish"
	"github.com/blevesearch/snowballstem/german"
	"github.com/blevesearch/snowballstem/hungarian"
	"github.com/blevesearch/snowballstem/norwegian"
	"github.com/blevesearch/snowballstem/swedish"
)

// inflection reads a word that matches no form as the same word without
// its inflection (issue #13: case suffixes on metal and stone words in
// Finnish and Turkish, particles in Korean, clitics in Arabic). It is data
// per language (the vocabulary's endings, prefixes and stemmer):
//
//   - endings are stripped from the end of a token ("elmaslardan" is
//     "elmas" + "lardan", "실버로" is "실버" + "로"), longest first, so that
//     the rest is looked up as the word;
//   - prefixes are stripped from its start ("والذهب" is "و" + "الذهب", and
//     "الوردي" after "الذهب" is "ال" + "وردي", the form "ذهب وردي");
//   - a Snowball stemmer, where it conflates a language's case forms
//     (Finnish "kuukiveä", "kuukiviä" and "kuukivi" all stem to "kuukiv"),
//     matches single-word forms by stem.
//
// The direct match is always tried first, so an explicit form (and an
// ignore form listing a false friend: Turkish "altında" is "under") wins.
type inflection struct {
	endings  []string            // folded, longest first
	byLast   [256][]string       // endings by their last byte, longest first
	prefixes []string            // folded, longest first
	stem     func(string) string // a Snowball stemmer, or stripEnding
	// stemEndings are the endings stripEnding strips (folded, longest first).
	stemEndings []string
	stems       map[string]*form // stem of a single-word form (and of it with each probe) -> the form (ambiguous stems dropped)
	// phraseStems is a trie of the multi-word forms by the stem of each
	// word (Polish "kamień księżycowy" as "kamien ksiezycow", which
	// "kamieni księżycowych" and "kamieniami księżycowymi" also stem to;
	// Czech "měsíčních kamenů"): none without a stemmer or such forms.
	phraseStems node
	// softened maps a word's stem with its final softened to the word
	// (softened_finals: Turkish "zumrud" -> "zumrut"; softened61.go).
	softened map[string]string
	cache    sync.Map // token -> stem, bounded by cached
	cached   int64
	mu       sync.Mutex
}

// minBase is the fewest runes a word may keep once an ending or a prefix
// is stripped: "ve" is no stone.
const minBase = 2

// minStem is the fewest runes a stem must have to be matched: short stems
// ("kul" of "kulta") meet unrelated words.
const minStem = 4

var stemmers = map[string]func(*snowballstem.Env) bool{
	"finnish":   finnish.Stem,
	"hungarian": hungarian.Stem,
	"german":    german.Stem,
	"dutch":     dutch.Stem,
	"swedish":   swedish.Stem,
	"danish":    danish.Stem,
	"norwegian": norwegian.Stem,
}

// minStripped is the fewest runes stripEnding leaves: Czech "bílými" is
// "bíl", not "b".
const minStripped = 3

// stripEnding is the light stemmer of a language without a Snowball one:
// w without the longest of its endings that leaves minStripped runes.
func (in *inflection) stripEnding(w string) string {
	for _, e := range in.stemEndings {
		if len(w) > len(e) && w[len(w)-len(e):] == e && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minStripped {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

func (lx *lexicon) compileInflection(endings, prefixes []string, stemmer string, stemEndings, probes []string) error {
	if len(endings) == 0 && len(prefixes) == 0 && stemmer == "" {
		return nil
	}
	in := &inflection{}
	for _, e := range stemEndings {
		for _, x := range expand(e) {
			in.stemEndings = append(in.stemEndings, foldString(x))
		}
	}
	sort.SliceStable(in.stemEndings, func(i, j int) bool { return len(in.stemEndings[i]) > len(in.stemEndings[j]) })
	var folded []string
	for _, p := range probes {
		for _, x := range expand(p) {
			folded = append(folded, foldString(x))
		}
	}
	for _, e := range endings {
		for _, x := range expand(e) {
			in.endings = append(in.endings, foldString(x))
		}
	}
	for _, p := range prefixes {
		for _, x := range expand(p) {
			in.prefixes = append(in.prefixes, foldString(x))
		}
	}
	byLen := func(s []string) {
		sort.SliceStable(s, func(i, j int) bool { return len(s[i]) > len(s[j]) })
	}
	byLen(in.endings)
	byLen(in.prefixes)
	for _, e := range in.endings {
		if e != "" {
			in.byLast[e[len(e)-1]] = append(in.byLast[e[len(e)-1]], e)
		}
	}
	if stemmer == "endings" {
		if len(in.stemEndings) == 0 {
			return fmt.Errorf("stemmer endings: stem_endings is empty")
		}
		in.stem = in.stripEnding
	} else if len(in.stemEndings) > 0 {
		return fmt.Errorf("stem_endings: only for stemmer endings")
	}
	if stemmer != "" {
		if stemmer != "endings" {
			st, ok := stemmers[stemmer]
			if !ok {
				return fmt.Errorf("stemmer %q: want endings or one of finnish, hungarian, german, dutch, swedish, danish, norwegian", stemmer)
			}
			in.stem = func(w string) string {
				env := snowballstem.NewEnv(w)
				st(env)
				return env.Current()
			}
		}
		in.stems = map[string]*form{}
		ambiguous := map[string]bool{}
		for w, n := range lx.root.children() {
			for _, f := range n.forms() {
				if !inflectable(f) {
					continue
				}
				add := func(s string) {
					if utf8.RuneCountInString(s) < minStem || ambiguous[s] {
						return
					}
					if o, ok := in.stems[s]; ok && (o.kind != f.kind || o.value != f.value) {
						delete(in.stems, s)
						ambiguous[s] = true
						return
					}
					in.stems[s] = f
				}
				add(in.stemOf(w))
				for _, p := range folded {
					add(in.stemOf(w + p))
				}
			}
		}
	}
	if in.stem != nil {
		in.phraseStems = phraseStemTrie(lx.root, in)
	}
	lx.inflection = in
	return nil
}

// inflectable reports whether an inflected form of f may be read: a
// stone, material, colour, stone-noun or category form with no guard (a
// guarded form matches only as written).
func inflectable(f *form) bool {
	switch f.kind {
	case kindStone, kindMaterial, kindColour, kindStoneNoun, kindCategory:
		return f.before == nil && f.after == nil && !f.stoneOnly
	}
	return false
}

// phraseStemTrie builds inflection.phraseStems from the trie root: every
// unguarded stone, material, colour, stone-noun or category form of two
// words or more, keyed by the stems of its words (stemOf). A stem path two
// different facts share is dropped; nil when no form qualifies.
func phraseStemTrie(root node, in *inflection) node {
	st := &bnode{}
	ambiguous := map[*bnode]bool{}
	found := false
	var walk func(n node, path []string)
	walk = func(n node, path []string) {
		if len(path) >= 2 {
			for _, f := range n.forms() {
				if !inflectable(f) {
					continue
				}
				t := st
				for _, w := range path {
					t = t.childOrNew(in.stemOf(w))
				}
				if ambiguous[t] {
					continue
				}
				if len(t.forms) > 0 && (t.forms[0].kind != f.kind || t.forms[0].value != f.value) {
					t.forms = nil
					ambiguous[t] = true
					continue
				}
				if len(t.forms) == 0 {
					t.forms = []*form{f}
					found = true
				}
			}
		}
		for w, c := range n.children() {
			walk(c, append(path, w))
		}
	}
	walk(root, nil)
	if !found {
		return node{}
	}
	return freeze(st)
}

// phraseByStems returns the form of the longest multi-word form whose
// words' stems the tokens from i on have (phraseStems) and its last
// token, or nil and -1. The tokens must not be masked nor cross a break.
func (in *inflection) phraseByStems(toks []token, i int) (node, int) {
	if !in.phraseStems.ok() {
		return node{}, -1
	}
	n := in.phraseStems
	var best node
	bestJ := -1
	for j := i; j < len(toks) && !toks[j].masked; j++ {
		if j > i && toks[j].brk {
			break
		}
		if n = n.child(in.stemOf(toks[j].s)); !n.ok() {
			break
		}
		if j > i && len(n.forms()) > 0 {
			best, bestJ = n, j
		}
	}
	return best, bestJ
}

// maxStemCache bounds the remembered stems of one language.
const maxStemCache = 50000

func (in *inflection) stemOf(w string) string {
	if v, ok := in.cache.Load(w); ok {
		return v.(string)
	}
	s := in.stem(w)
	in.mu.Lock()
	if in.cached < maxStemCache {
		in.cached++
		in.cache.Store(w, s)
	}
	in.mu.Unlock()
	return s
}

// step returns the trie node after n for token w read without an ending
// or a prefix, or nil. countOK is false when an ending was stripped that
// is not a counter (Korean 개): a number word with a case ending is no
// count (Turkish "onun", "its", is not "on", ten), while a clitic before
// it is ("بثلاثة", with three) and so is a counter after it ("여덟개").
func (in *inflection) step(n node, w string, counters map[rune]bool) (c node, countOK bool) {
	if n.leaf() {
		return node{}, true
	}
	isCounter := func(e string) bool {
		r, _ := utf8.DecodeRuneInString(e)
		return counters[r]
	}
	if w == "" {
		return node{}, true
	}
	for _, e := range in.byLast[w[len(w)-1]] {
		if len(w) > len(e) && w[len(w)-len(e):] == e {
			base := w[:len(w)-len(e)]
			if utf8.RuneCountInString(base) < minBase {
				continue
			}
			if c := n.child(base); c.ok() {
				return c, isCounter(e)
			}
			if b := openTaMarbuta(base); b != "" {
				if c := n.child(b); c.ok() {
					return c, isCounter(e)
				}
			}
			if c := in.unsoftened(n, base, e); c.ok() {
				return c, isCounter(e)
			}
		}
	}
	for _, p := range in.prefixes {
		if len(w) > len(p) && w[:len(p)] == p {
			base := w[len(p):]
			if utf8.RuneCountInString(base) < minBase {
				continue
			}
			if c := n.child(base); c.ok() {
				return c, true
			}
			// a clitic and an ending together ("بالذهب" after "و")
			for _, e := range in.endings {
				if len(base) > len(e) && base[len(base)-len(e):] == e {
					if c := n.child(base[:len(base)-len(e)]); c.ok() && utf8.RuneCountInString(base)-utf8.RuneCountInString(e) >= minBase {
						return c, isCounter(e)
					}
					if b := openTaMarbuta(base[:len(base)-len(e)]); b != "" && utf8.RuneCountInString(base)-utf8.RuneCountInString(e) >= minBase {
						if c := n.child(b); c.ok() {
							return c, isCounter(e)
						}
					}
				}
			}
		}
	}
	return node{}, true
}

// openTaMarbuta returns the Arabic stem base with its final open tā'
// (ت) read back as the tā' marbūṭa (ة) it stands for before a suffix:
// "قلادتنا", our necklace, is "قلادة" + "نا" (Ryding, A Reference Grammar
// of Modern Standard Arabic, §2.3.3 on tā' marbūṭa before pronoun
// suffixes; #13, scope55: released 55B ar-AE 55B04). Any other base is
// returned as "" (no child matches it).
func openTaMarbuta(base string) string {
	const ta, taMarbuta = "ت", "ة"
	if len(base) <= len(ta) || base[len(base)-len(ta):] != ta {
		return ""
	}
	return base[:len(base)-len(ta)] + taMarbuta
}

// stemmed returns the single-word form whose stem w has, or nil. A
// compound whose stem ends in a category's stem is that category
// (Finnish "sinettisormuksemme", our signet ring: "sinetti" + the stem of
// "sormus"), with a head of minHead runes or more and a tail of
// minStem+1; only categories, whose words compound freely, while metal
// and colour heads are forms of their own ("kulta*").
func (in *inflection) stemmed(w string) *form {
	if in.stems == nil || utf8.RuneCountInString(w) < minStem+1 {
		return nil
	}
	s := in.stemOf(w)
	if f := in.stems[s]; f != nil {
		return f
	}
	// The light stemmer strips the longest ending, which may eat the
	// word's own letters (Greek "γρανατών", of garnets, loses "ατων", an
	// ending of the neuter nouns in -μα): a shorter ending it also has
	// may leave a form's stem ("γρανατ").
	for _, e := range in.stemEndings {
		if len(w) > len(e) && w[len(w)-len(e):] == e && len(w)-len(e) > len(s) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= minStripped {
			if f := in.stems[w[:len(w)-len(e)]]; f != nil {
				return f
			}
		}
	}
	n := 0
	for i := range s {
		if n >= minHead && utf8.RuneCountInString(s[i:]) > minStem {
			if f := in.stems[s[i:]]; f != nil && f.kind == kindCategory {
				return f
			}
		}
		n++
	}
	return nil
}

// minHead is the fewest runes the head of a compound read by stemmed
// may have.
const minHead = 3
