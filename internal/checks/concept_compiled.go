package checks

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
)

// A language's concept set, compiled from its concept files (loadConcepts:
// stemming every form word, expanding the pairs, keeping each form once),
// is shipped compiled in decoded.snap beside the files' decoded YAML (go
// generate ./internal/checks; TestSnapshotIsCurrent fails until then), so
// a process decodes it on the language's first check instead of compiling
// it: compiling was 4-10 ms a language, a tenth of a 1,000-text check
// process over six locales (#17).
//
// The key (compiledConceptsKey) is the SHA-256 of what the compilation
// reads besides code: the language's concept files, by name and bytes, and
// for a language stemmed by its locale pack's endings (Polish, Czech,
// Greek) those endings. Data edited after the snapshot was built is never
// read compiled: its key differs and the set is compiled as before. A code
// change that compiles the same data otherwise changes the snapshot that
// go generate builds, so TestSnapshotIsCurrent fails until it is rebuilt;
// compiledConceptsFormat changes with the encoding.
//
// Only the data's own set is shipped: a guide with concept_forms compiles
// its languages' sets with its forms (compiled.conceptSet), as before.

// compiledConceptsFormat names the encoding (encodeConceptSet); part of
// the key.
const compiledConceptsFormat = "concepts-compiled-9"

// compiledConceptsKey is the snapshot key of lang's compiled set made from
// files (conceptFileData).
func compiledConceptsKey(lang string, files []conceptDataFile) string {
	h := sha256.New()
	var b []byte
	put := func(s string) {
		b = binary.AppendUvarint(b[:0], uint64(len(s)))
		h.Write(b)
		h.Write([]byte(s))
	}
	put(lang)
	for _, f := range files {
		put(f.name)
		b = binary.AppendUvarint(b[:0], uint64(len(f.data)))
		h.Write(b)
		h.Write(f.data)
	}
	if _, snowball := stemmers[lang]; !snowball {
		for _, e := range lightEndings()[lang] {
			put(e)
		}
	}
	return compiledConceptsFormat + " " + lang + " " + hex.EncodeToString(h.Sum(nil))
}

// Token flags in the encoding.
const (
	ctExact = 1 << iota
	ctPref
	ctStart
	ctGap
	ctAny
	ctClause
)

// encodeConceptSet encodes what loadConcepts compiled (the forms, in
// order, each concept's unless, with, absolute, subjects, other_subjects, near_others, coating, base, compare, graded, than, noble, noble_keep, care, stone colour, hedge, gold owner and gold genitive words, then its idioms, its forever phrases, its warning conditions and instructions and its unless phrases); the indexes
// over the forms (byFirst, prefixes, prefixByByte, vocab) are rebuilt from
// them on decoding, as addKeyed and buildVocab build them, and the
// definitions are read from the files. All numbers are uvarints; strings
// are indexes into a table of the distinct token strings, written first.
func encodeConceptSet(cs *conceptSet) []byte {
	index := map[string]int{}
	var table []string
	nToks := 0
	var walk func(toks []formTok)
	walk = func(toks []formTok) {
		for _, t := range toks {
			if _, ok := index[t.d().s]; !ok {
				index[t.d().s] = len(table)
				table = append(table, t.d().s)
			}
		}
		nToks += len(toks)
	}
	for i := range cs.forms {
		walk(cs.formToks(&cs.forms[i]))
	}
	for _, ts := range [][][]formTok{cs.unless, cs.with, cs.absolute, cs.subjects, cs.others, cs.near, cs.coating, cs.base, cs.compare, cs.graded, cs.than, cs.warnMay, cs.lasting, cs.lastOth, cs.lastStay, cs.noble, cs.nobKeep, cs.care, cs.stoneCol, cs.hedge, cs.owners, cs.genitive, cs.headOwn, cs.hedgeDeg, cs.dark, cs.careOth} {
		for _, toks := range ts {
			walk(toks)
		}
	}
	for _, set := range [][][][]formTok{cs.idioms, cs.forever, cs.warnIf, cs.warnThen, cs.warnBack, cs.unlessPh, cs.lastToo} {
		for _, ids := range set {
			for _, toks := range ids {
				walk(toks)
			}
		}
	}
	u := func(b []byte, n int) []byte { return binary.AppendUvarint(b, uint64(n)) }
	var out []byte
	out = u(out, len(table))
	for _, s := range table {
		out = u(out, len(s))
	}
	for _, s := range table {
		out = append(out, s...)
	}
	out = u(out, nToks)
	putToks := func(toks []formTok) {
		out = u(out, len(toks))
		for _, t := range toks {
			var fl int
			for i, on := range [...]bool{t.d().exact, t.d().pref, t.d().start, t.d().gap, t.d().any, t.d().clause} {
				if on {
					fl |= 1 << i
				}
			}
			out = u(out, index[t.d().s])
			out = u(out, fl)
			out = u(out, int(t.d().n))
		}
	}
	out = u(out, len(cs.forms))
	for i := range cs.forms {
		f := &cs.forms[i]
		out = u(out, int(f.concept))
		if f.negates {
			out = append(out, 1)
		} else {
			out = append(out, 0)
		}
		putToks(cs.formToks(f))
	}
	out = u(out, len(cs.unless))
	for _, ts := range [][][]formTok{cs.unless, cs.with, cs.absolute, cs.subjects, cs.others, cs.near, cs.coating, cs.base, cs.compare, cs.graded, cs.than, cs.warnMay, cs.lasting, cs.lastOth, cs.lastStay, cs.noble, cs.nobKeep, cs.care, cs.stoneCol, cs.hedge, cs.owners, cs.genitive, cs.headOwn, cs.hedgeDeg, cs.dark, cs.careOth} {
		for _, toks := range ts {
			putToks(toks)
		}
	}
	// Each concept's idioms, then each concept's forever phrases, warning
	// conditions, warning instructions and back references: their number,
	// then each one's tokens.
	for _, set := range [][][][]formTok{cs.idioms, cs.forever, cs.warnIf, cs.warnThen, cs.warnBack, cs.unlessPh, cs.lastToo} {
		for i := range cs.unless {
			var ids [][]formTok
			if i < len(set) {
				ids = set[i]
			}
			out = u(out, len(ids))
			for _, toks := range ids {
				putToks(toks)
			}
		}
	}
	return out
}

var errCompiledConcepts = errors.New("checks: compiled concepts do not decode")

// decodeConceptSet is encodeConceptSet's inverse: the set loadConcepts(lang,
// nil) compiles from the files whose definitions are defs.
func decodeConceptSet(lang string, defs []conceptDef, b []byte) (cs *conceptSet, err error) {
	bad := false
	next := func() int {
		v, w := binary.Uvarint(b)
		if w <= 0 || v > uint64(len(b))*8+1<<20 {
			bad = true
			b = nil
			return 0
		}
		b = b[w:]
		return int(v)
	}
	nStr := next()
	if bad || nStr > len(b) {
		return nil, errCompiledConcepts
	}
	lens := make([]int, nStr)
	total := 0
	for i := range lens {
		lens[i] = next()
		total += lens[i]
	}
	if bad || total > len(b) {
		return nil, errCompiledConcepts
	}
	all := string(b[:total]) // one copy: every token string is a part of it
	b = b[total:]
	table := make([]string, nStr)
	off := 0
	for i, n := range lens {
		table[i] = all[off : off+n]
		off += n
	}
	nToks := next()
	if bad || nToks > len(b) {
		return nil, errCompiledConcepts
	}
	backing := make([]formTok, nToks)
	allToks := backing
	// Equal tokens are one token (formTok): a language's tokens are a
	// few thousand distinct ones, each made once (newTok), kept in one
	// array of token indexes, which the forms and word lists slice.
	distinct := map[uint64]formTok{}
	read := 0
	getToks := func() []formTok {
		n := next()
		if bad || n > len(backing) {
			bad = true
			return nil
		}
		if n == 0 {
			return nil
		}
		toks := backing[:n:n]
		backing = backing[n:]
		for j := range toks {
			si, fl, gn := next(), next(), next()
			if si >= len(table) || gn > maxPairGap || fl >= 1<<6 {
				bad = true
				return nil
			}
			key := uint64(si)<<16 | uint64(fl&0xff)<<8 | uint64(gn)
			t, ok := distinct[key]
			if !ok {
				t = newTok(tokData{s: table[si], exact: fl&ctExact != 0, pref: fl&ctPref != 0, start: fl&ctStart != 0,
					gap: fl&ctGap != 0, any: fl&ctAny != 0, n: uint8(gn), clause: fl&ctClause != 0})
				distinct[key] = t
			}
			toks[j] = t
		}
		read += n
		return toks
	}
	nForms := next()
	if bad || nForms > len(b) {
		return nil, errCompiledConcepts
	}
	cs = &conceptSet{lang: lang, defs: defs, forms: make([]conceptForm, nForms), toks: allToks}
	for i := range cs.forms {
		f := &cs.forms[i]
		f.concept = int32(next())
		if len(b) == 0 {
			return nil, errCompiledConcepts
		}
		f.negates, b = b[0] == 1, b[1:]
		f.off = uint32(len(allToks) - len(backing))
		toks := getToks()
		if bad || len(toks) == 0 || len(toks) > 1<<16-1 || int(f.concept) >= len(defs) {
			return nil, errCompiledConcepts
		}
		f.n = uint16(len(toks))
	}
	if next() != len(defs) || bad {
		return nil, errCompiledConcepts
	}
	for _, ts := range []*[][]formTok{&cs.unless, &cs.with, &cs.absolute, &cs.subjects, &cs.others, &cs.near, &cs.coating, &cs.base, &cs.compare, &cs.graded, &cs.than, &cs.warnMay, &cs.lasting, &cs.lastOth, &cs.lastStay, &cs.noble, &cs.nobKeep, &cs.care, &cs.stoneCol, &cs.hedge, &cs.owners, &cs.genitive, &cs.headOwn, &cs.hedgeDeg, &cs.dark, &cs.careOth} {
		*ts = make([][]formTok, len(defs))
		for i := range *ts {
			(*ts)[i] = getToks()
		}
	}
	cs.idioms = make([][][]formTok, len(defs))
	cs.forever = make([][][]formTok, len(defs))
	cs.warnIf = make([][][]formTok, len(defs))
	cs.warnThen = make([][][]formTok, len(defs))
	cs.warnBack = make([][][]formTok, len(defs))
	cs.unlessPh = make([][][]formTok, len(defs))
	cs.lastToo = make([][][]formTok, len(defs))
	for _, set := range [][][][]formTok{cs.idioms, cs.forever, cs.warnIf, cs.warnThen, cs.warnBack, cs.unlessPh, cs.lastToo} {
		for i := range set {
			n := next()
			if bad || n > len(b) {
				return nil, errCompiledConcepts
			}
			for range n {
				toks := getToks()
				if bad || len(toks) == 0 {
					return nil, errCompiledConcepts
				}
				set[i] = append(set[i], toks)
			}
		}
	}
	if bad || len(b) != 0 || read > len(allToks) {
		return nil, errCompiledConcepts
	}
	for i := range cs.forms {
		f := &cs.forms[i]
		f.next, f.nextN, f.nextI = nextOf(cs.formToks(f))
	}
	cs.index()
	if lang == "ar" {
		cs.buildVocab()
	}
	return cs, nil
}

// index builds byFirst and prefixByByte from cs.forms as addKeyed does
// one form at a time, each list in one allocation.
func (cs *conceptSet) index() {
	counts := map[string]int{}
	var preCounts [256]int
	for i := range cs.forms {
		if t := cs.toks[cs.forms[i].off].d(); t.pref {
			preCounts[firstByte(t.s)]++
		} else {
			counts[t.s]++
		}
	}
	ids := make([]int32, 0, len(cs.forms))
	cs.byFirst = make(map[string][]int32, len(counts))
	for b, n := range preCounts {
		if n > 0 {
			cs.prefixByByte[b] = ids[:0:n]
			ids = ids[n:n]
		}
	}
	for id, f := range cs.forms {
		t := cs.toks[f.off].d()
		if t.pref {
			b := firstByte(t.s)
			cs.prefixByByte[b] = append(cs.prefixByByte[b], int32(id))
			continue
		}
		l, ok := cs.byFirst[t.s]
		if !ok {
			n := counts[t.s]
			l = ids[:0:n]
			ids = ids[n:n]
		}
		cs.byFirst[t.s] = append(l, int32(id))
	}
}

// firstByte is s's first byte, 0 for "" (prefixByByte's key).
func firstByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[0]
}

// compiledConcepts returns lang's set decoded from the snapshot, nil when
// the snapshot does not hold the set of these files.
func compiledConcepts(lang string, files []conceptDataFile) *conceptSet {
	raw, ok := snap.Raw(compiledConceptsKey(lang, files))
	if !ok {
		return nil
	}
	f, err := decodeConceptFiles(lang, files)
	if err != nil || len(f.Concepts) == 0 {
		return nil
	}
	cs, err := decodeConceptSet(lang, matchDefs(f.Concepts), raw)
	snap.Release(raw) // decoded: cs holds copies (#17, perf51, perf66)
	if err != nil {
		return nil
	}
	return cs
}
