package checks

import "slices"

// minGateIndex is the fewest candidate forms a word's entry needs for a
// gateIndex: below it eachConcept's walk of the forms is as cheap.
const minGateIndex = 8

// gateIndex is sigMayMatch for all the forms of one word's entry at once
// (#17, perf64). eachConcept used to walk a token's candidate forms one by
// one (1,826 forms a corpus check, the "of"s and "diamond"s of 128-512
// forms each) and ask each whether one of its next nextN words has its
// next token's signature; 2.5% pass. The index groups the entry's gated
// forms (nextStem, nextExact) by nextN and kind into tables of their
// distinct signatures (8.3 forms a signature on the corpus), so a token
// asks each table for the next words' signatures instead: one binary
// search a word, and only the forms of a signature found are marked. The
// forms the gate lets through whatever follows (nextAny, nextPrefix) are
// marked from a template. Positions are the entry's, so eachConcept reads
// the marked forms in the order it walked them.
type gateIndex struct {
	// open marks, by position in the entry's forms, those the gate does
	// not ask about (nextAny, nextPrefix).
	open []uint64
	tabs []gateTab
}

// gateTab is the gated forms of one nextN and kind: sigs sorted and
// distinct, the positions of sigs[k]'s forms pos[at[k]:at[k+1]].
type gateTab struct {
	n    int
	stem bool
	sigs []uint32
	at   []uint16
	pos  []uint16
}

// newGateIndex indexes forms (a word entry's, ids into gate), or returns
// nil when there are too few of them or too many for 16-bit positions.
func newGateIndex(forms []int32, gate []formGate) *gateIndex {
	if len(forms) < minGateIndex || len(forms) > 1<<16-1 {
		return nil
	}
	gx := &gateIndex{open: make([]uint64, (len(forms)+63)/64)}
	type key struct {
		n    uint8
		stem bool
	}
	type entry struct {
		sig uint32
		p   uint16
	}
	byKey := map[key][]entry{}
	var keys []key
	for p, id := range forms {
		g := gate[id]
		if g.next == nextAny || g.next == nextPrefix {
			gx.open[p/64] |= 1 << (p % 64)
			continue
		}
		if g.nextN == 0 {
			// No word can pass the gate: sigMayMatch is false.
			continue
		}
		k := key{g.nextN, g.next == nextStem}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], entry{g.sig, uint16(p)})
	}
	for _, k := range keys {
		es := byKey[k]
		// By signature, positions ascending within one.
		slices.SortStableFunc(es, func(a, b entry) int {
			switch {
			case a.sig < b.sig:
				return -1
			case a.sig > b.sig:
				return 1
			}
			return 0
		})
		t := gateTab{n: int(k.n), stem: k.stem, pos: make([]uint16, len(es))}
		for i, e := range es {
			if i == 0 || e.sig != es[i-1].sig {
				t.sigs = append(t.sigs, e.sig)
				t.at = append(t.at, uint16(i))
			}
			t.pos[i] = e.p
		}
		t.at = append(t.at, uint16(len(es)))
		gx.tabs = append(gx.tabs, t)
	}
	return gx
}

// mark sets in marks (len(gx.open) words) the positions of the forms the
// gate passes at token i of sentence sent: the open forms, and each gated
// form one of whose next nextN words (from i+1, within the sentence) has
// its signature as written (ws) or, for nextStem, as stemmed (ss). It is
// sigMayMatch for every form of the entry, for a document without Arabic
// bare readings.
func (gx *gateIndex) mark(marks []uint64, d *document, i, sent int, ws, ss []uint32) {
	copy(marks, gx.open)
	n := len(d.toks)
	for k := range gx.tabs {
		t := &gx.tabs[k]
		for j, end := i+1, min(i+1+t.n, n); j < end && d.toks[j].sent == sent; j++ {
			t.markSig(marks, ws[j])
			if t.stem && ss[j] != ws[j] {
				t.markSig(marks, ss[j])
			}
		}
	}
}

func (t *gateTab) markSig(marks []uint64, sig uint32) {
	k, ok := slices.BinarySearch(t.sigs, sig)
	if !ok {
		return
	}
	for _, p := range t.pos[t.at[k]:t.at[k+1]] {
		marks[p/64] |= 1 << (p % 64)
	}
}
