package grounding

import (
	"cmp"
	"math"
	"math/bits"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"unsafe"
)

// phraseIndex answers "which phrases of set S end in this token's word"
// by the token's word id instead of hashing its word into S's map (#17,
// perf63: the phrase sets' map lookups were ~5% of the checker's CPU, the
// same word hashed into the same maps many times a text by the scope
// rules that walk it).
//
// A lexicon's index (lexicon.phraseIx, built by indexPhrases once the
// lexicon is compiled) numbers the distinct last words of all its phrase
// sets 1..n-1 and the sets 0..S-1. Word i's pairs are p = first[i] ..
// first[i+1]-1, one for each set with phrases ending in it, in set order:
// the set's number, pairSet[p], and its phrases,
// all[pairOff[p]:pairOff[p+1]]. all holds every set's lists end to end;
// its phrases are windows of one []string holding each distinct phrase
// once, and their words windows of one string (phrasePool). A set's words
// are setWord[setOff[s]:setOff[s+1]]. The index is the sets' only copy:
// their maps are dropped once it is built, and phrases.get, each and size
// read it (#17, perf68: the maps and each phrase's own slice and strings
// were ~3.4 MiB of the 25 locales' ~17.5 MiB of lexicons).
//
// Word ids are process-wide: each index owns the ids base..base+n-1 of
// one counter (phraseIDs), base itself the id of a word the lexicon's
// sets do not end in. stamp gives a text's tokens the ids of one
// lexicon's index, and a set reads a token's id only when it is one of
// its own index's: a token not stamped (id 0, never an index's), or
// stamped by another lexicon, is looked up by its word (number, as stamp
// does; phrases.at). So an answer never depends on which tokens were
// stamped, only its cost.
//
// A word that ends phrases of more than denseAt sets (the language's
// prepositions and articles, "of" in 33 English sets, "de" in 37 French
// ones, and the commonest words of a text) also has a row of bits,
// rows[(rowOf[i]-1)*w:][:w], bit s set for each of its sets, so that a
// set finds its pair by one bit and a count of the bits below it instead
// of a scan of the word's pairs. The others' pairs are scanned, in set
// order.
//
// stamp finds a word's number without a map: words are sorted by the top
// bits of utext.WordPos (the hash tokenize keeps with each token, wpos),
// and bucket[h] is the first of those whose top bits are h; a text's word
// is compared with the few of its bucket. Its tables count in uint16 (a
// vocabulary of more words, sets, pairs or lists has no index): ~40 KiB a
// vocabulary of ~1,500 words, 250 sets and 2,000 pairs, most of it the
// words' string headers.
type phraseIndex struct {
	base, n uint32
	words   []string // words[i-1] is word i
	shift   uint     // a word's bucket is WordPos >> shift
	bucket  []uint16 // 1<<(16-shift) + 1 starts into words
	first   []uint16 // n+1: word i's pairs are first[i]..first[i+1]-1
	pairSet []uint16
	pairOff []uint16 // len(pairSet)+1 offsets into all
	all     [][]string
	w       int      // uint64s a row: (S+63)/64
	rowOf   []uint16 // n: 1 + word i's row, 0 where it has none
	rows    []uint64
	// setOff and setWord: set s ends phrases in the words numbered
	// setWord[setOff[s]:setOff[s+1]], in word order (phrases.size and
	// each read a set whose map was dropped from them).
	setOff  []uint16
	setWord []uint16
}

// denseAt is the most sets a word's pairs are scanned for (phraseIndex).
const denseAt = 4

// phraseIDs is the last word id handed out to an index (0: none).
var phraseIDs atomic.Uint64

var phrasesType = reflect.TypeFor[phrases]()

// at is the phrases of ps ending in token t's word, ps.get(t.s): from
// the index by t's id where t was stamped with an id of ps's own, by its
// word's number in the index otherwise, from the map of a set without an
// index. A word no set of the index ends in (most of a text's) is
// answered inline; the rest by lookup.
func (ps phrases) at(t *token) [][]string {
	if ps.ix != nil && t.id == ps.ix.base {
		return nil
	}
	return ps.lookup(t)
}

// lookup is at past its inline case.
func (ps phrases) lookup(t *token) [][]string {
	if ix := ps.ix; ix != nil {
		if i := t.id - ix.base; i < ix.n {
			return ix.list(ps.no, i)
		}
		return ix.list(ps.no, ix.number(t.s, t.wordPos()))
	}
	return ps.m[t.s]
}

// list is set no's phrases ending in word i (0: none) of ix.
func (ix *phraseIndex) list(no, i uint32) [][]string {
	if i == 0 {
		return nil
	}
	p := int(ix.first[i])
	if r := int(ix.rowOf[i]); r > 0 {
		row := ix.rows[(r-1)*ix.w : r*ix.w]
		k, b := int(no>>6), uint64(1)<<(no&63)
		if row[k]&b == 0 {
			return nil
		}
		p += bits.OnesCount64(row[k] & (b - 1))
		for _, x := range row[:k] {
			p += bits.OnesCount64(x)
		}
		s, e := ix.pairOff[p], ix.pairOff[p+1]
		return ix.all[s:e:e]
	}
	for ; p < int(ix.first[i+1]) && uint32(ix.pairSet[p]) <= no; p++ {
		if uint32(ix.pairSet[p]) == no {
			s, e := ix.pairOff[p], ix.pairOff[p+1]
			return ix.all[s:e:e]
		}
	}
	return nil
}

// stamp gives each of toks the id of its word in ix (base where no set
// of ix ends in it).
func (ix *phraseIndex) stamp(toks []token) {
	for i := range toks {
		t := &toks[i]
		t.id = ix.base + ix.number(t.s, t.wordPos())
	}
}

// number is word w's number in ix, 0 where it has none; p is
// utext.WordPos(w).
func (ix *phraseIndex) number(w string, p uint16) uint32 {
	h := p >> ix.shift
	for j := int(ix.bucket[h]); j < int(ix.bucket[h+1]); j++ {
		if ix.words[j] == w {
			return uint32(j) + 1
		}
	}
	return 0
}

// stampPhrases is phraseIx.stamp(toks), where the lexicon has an index.
func (lx *lexicon) stampPhrases(toks []token) {
	if lx.phraseIx != nil {
		lx.phraseIx.stamp(toks)
	}
}

// indexPhrases builds lx's phraseIndex over every phrase set its fields
// hold (phraseSetsOf), points each set at it and drops the set's map (a
// copy of the set taken before, none is, would read its map, pointed
// into the index's lists). It runs once the lexicon is compiled, before
// any check reads it; nothing writes a set's map after. A set held
// elsewhere (in a map, or built at a check) has no index and is read from
// its map, as is one of an empty map. nil where the process has used up
// its word ids or the vocabulary is too large for the index's uint16
// tables (then every set keeps and reads its map).
func indexPhrases(lx *lexicon) *phraseIndex {
	sets := phraseSetsOf(lx)
	// Number the sets (one number a map, however many fields hold it)
	// and their words.
	no := map[unsafe.Pointer]uint32{}
	var maps []map[string][][]string
	bySet := map[string][]uint32{} // a word's sets, in order
	var words []string
	for _, ps := range sets {
		if len(ps.m) == 0 {
			continue
		}
		p := reflect.ValueOf(ps.m).UnsafePointer()
		if _, ok := no[p]; ok {
			continue
		}
		no[p] = uint32(len(maps))
		for w := range ps.m {
			if bySet[w] == nil {
				words = append(words, w)
			}
			bySet[w] = append(bySet[w], uint32(len(maps)))
		}
		maps = append(maps, ps.m)
	}
	pairs, lists := 0, 0
	for _, w := range words {
		pairs += len(bySet[w])
		for _, s := range bySet[w] {
			lists += len(maps[s][w])
		}
	}
	if len(maps) > math.MaxUint16 || len(words) >= math.MaxUint16 || pairs > math.MaxUint16 || lists > math.MaxUint16 {
		return nil
	}
	n := uint64(len(words)) + 1
	last := phraseIDs.Add(n)
	if last > math.MaxUint32 {
		return nil
	}
	ix := &phraseIndex{base: uint32(last - n + 1), n: uint32(n), shift: 16}
	for ix.shift > 4 && 1<<(16-ix.shift) < len(words) {
		ix.shift--
	}
	slices.SortFunc(words, func(a, b string) int {
		if c := cmp.Compare(wordPosOf(a)>>ix.shift, wordPosOf(b)>>ix.shift); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	ix.words = words
	ix.bucket = make([]uint16, 1<<(16-ix.shift)+1)
	for _, w := range words {
		ix.bucket[wordPosOf(w)>>ix.shift+1]++
	}
	for h := 1; h < len(ix.bucket); h++ {
		ix.bucket[h] += ix.bucket[h-1]
	}
	ix.first = make([]uint16, 2, n+1) // word 0's pairs: none
	ix.pairSet = make([]uint16, 0, pairs)
	ix.pairOff = make([]uint16, 1, pairs+1)
	for _, w := range words {
		for _, s := range bySet[w] {
			ix.pairSet = append(ix.pairSet, uint16(s))
			ix.pairOff = append(ix.pairOff, ix.pairOff[len(ix.pairOff)-1]+uint16(len(maps[s][w])))
		}
		ix.first = append(ix.first, uint16(len(ix.pairSet)))
	}
	ix.w = (len(maps) + 63) / 64
	ix.rowOf = make([]uint16, n)
	for i, w := range words {
		if len(bySet[w]) > denseAt {
			ix.rows = append(ix.rows, make([]uint64, ix.w)...)
			row := ix.rows[len(ix.rows)-ix.w:]
			for _, s := range bySet[w] {
				row[s>>6] |= 1 << (s & 63)
			}
			ix.rowOf[i+1] = uint16(len(ix.rows) / ix.w)
		}
	}
	ix.setOff = make([]uint16, len(maps)+1)
	for _, w := range words {
		for _, s := range bySet[w] {
			ix.setOff[s+1]++
		}
	}
	for s := 1; s < len(ix.setOff); s++ {
		ix.setOff[s] += ix.setOff[s-1]
	}
	ix.setWord = make([]uint16, pairs)
	next := slices.Clone(ix.setOff[:len(maps)])
	for i, w := range words {
		for _, s := range bySet[w] {
			ix.setWord[next[s]] = uint16(i + 1)
			next[s]++
		}
	}
	// Every phrase once, its tokens a window of one []string whose
	// strings are windows of one string (the words' too).
	pool := newPhrasePool(words, maps)
	for i, w := range words {
		ix.words[i] = pool.word(w)
	}
	ix.all = make([][]string, 0, lists)
	p := 0
	for _, w := range words {
		for _, s := range bySet[w] {
			for _, ph := range maps[s][w] {
				ix.all = append(ix.all, pool.phrase(ph))
			}
			a, e := ix.pairOff[p], ix.pairOff[p+1]
			maps[s][w] = ix.all[a:e:e]
			p++
		}
	}
	for _, ps := range sets {
		if len(ps.m) > 0 {
			ps.ix, ps.no = ix, no[reflect.ValueOf(ps.m).UnsafePointer()]
		}
	}
	// The index answers for the maps (phrases.get, each, size), so they
	// are dropped: a copy of a set taken before (none is) would keep its
	// map and read it.
	for _, ps := range sets {
		if ps.ix == ix {
			ps.m = nil
		}
	}
	return ix
}

// phrasePool holds each distinct phrase of an index's sets once, as a
// window of toks (cap clipped, so an append copies), and each distinct
// word once, as a window of text: one []string and one string for what
// were a []string a phrase and a string a token (#17, perf68).
type phrasePool struct {
	text  map[string]string   // a word -> its window of the arena
	seen  map[string][]string // a phrase's words joined by \x00 -> its window
	toks  []string
	joint []byte
}

// newPhrasePool makes the pool of words and of every phrase of maps
// ending in them, sized to hold them all without growing.
func newPhrasePool(words []string, maps []map[string][][]string) *phrasePool {
	pl := &phrasePool{text: map[string]string{}, seen: map[string][]string{}}
	var order []string
	add := func(s string) {
		if _, ok := pl.text[s]; !ok {
			pl.text[s] = ""
			order = append(order, s)
		}
	}
	n, size := 0, 0
	distinct := map[string]bool{}
	for _, w := range words {
		add(w)
	}
	for _, m := range maps {
		for _, list := range m {
			for _, ph := range list {
				if k := pl.key(ph); !distinct[k] {
					distinct[k] = true
					n += len(ph)
				}
				for _, t := range ph {
					add(t)
				}
			}
		}
	}
	for _, s := range order {
		size += len(s)
	}
	var b strings.Builder
	b.Grow(size)
	for _, s := range order {
		b.WriteString(s)
	}
	arena, off := b.String(), 0
	for _, s := range order {
		pl.text[s] = arena[off : off+len(s)]
		off += len(s)
	}
	pl.toks = make([]string, 0, n)
	return pl
}

// key is ph's words joined by \x00 (no word holds one).
func (pl *phrasePool) key(ph []string) string {
	pl.joint = pl.joint[:0]
	for i, t := range ph {
		if i > 0 {
			pl.joint = append(pl.joint, 0)
		}
		pl.joint = append(pl.joint, t...)
	}
	return string(pl.joint)
}

// word is w's window of the pool's text.
func (pl *phrasePool) word(w string) string { return pl.text[w] }

// phrase is ph's window of the pool's toks, equal to ph.
func (pl *phrasePool) phrase(ph []string) []string {
	k := pl.key(ph)
	if got, ok := pl.seen[k]; ok {
		return got
	}
	s := len(pl.toks)
	for _, t := range ph {
		pl.toks = append(pl.toks, pl.text[t])
	}
	got := pl.toks[s:len(pl.toks):len(pl.toks)]
	pl.seen[k] = got
	return got
}

// phraseSetsOf is every phrases value lx's fields hold, by its address.
func phraseSetsOf(lx *lexicon) []*phrases {
	var sets []*phrases
	holds := map[reflect.Type]bool{}
	type ptr struct {
		t reflect.Type
		p unsafe.Pointer
	}
	seen := map[ptr]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		t := v.Type()
		if t == phrasesType {
			sets = append(sets, (*phrases)(v.Addr().UnsafePointer()))
			return
		}
		if !holdsPhrases(t, holds) {
			return
		}
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Array, reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Pointer:
			if p := (ptr{t, v.UnsafePointer()}); p.p != nil && !seen[p] {
				seen[p] = true
				walk(v.Elem())
			}
		}
	}
	root := reflect.ValueOf(lx)
	seen[ptr{root.Type(), root.UnsafePointer()}] = true
	walk(root.Elem())
	return sets
}

// holdsPhrases reports whether a value of type t may hold a phrases value
// that indexPhrases can reach (memo caches the answers). A type being
// asked about answers false to itself, which ends the recursion of a type
// that holds itself: a set reached only through such a path is not
// indexed and reads its map.
func holdsPhrases(t reflect.Type, memo map[reflect.Type]bool) bool {
	if h, ok := memo[t]; ok {
		return h
	}
	memo[t] = false
	h := false
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i).Type; f == phrasesType || holdsPhrases(f, memo) {
				h = true
			}
		}
	case reflect.Array, reflect.Slice, reflect.Pointer:
		e := t.Elem()
		h = e == phrasesType || holdsPhrases(e, memo)
		if t.Kind() == reflect.Pointer && e.Kind() != reflect.Struct {
			h = false
		}
	}
	memo[t] = h
	return h
}
