package checks

// tokMemo keeps one per-token predicate's answers for one document of a
// check, so that a predicate several checks ask of the same token
// (isDiamondAt, coordNegated, negated: each a handful of map reads a
// call) is worked out once a token (#17, perf65). Its answers belong to
// the document they were given for: asked of another (a check's
// dictionary segmentation, useWords), it starts again, so an answer is
// never read for another document's token. Only a predicate that reads
// nothing a check changes as it runs (the document, the locale's data)
// may be kept. Its bytes are the document's (memoSlab), so a pooled
// document's check allocates none.
type tokMemo struct {
	d *document
	// v is a token's answer: 0 not yet worked out, 1 false, 2 true.
	v []uint8
}

// get returns token i's answer in d and whether there is one.
func (m *tokMemo) get(d *document, i int) (v, ok bool) {
	if m.d != d || uint(i) >= uint(len(m.v)) {
		return false, false
	}
	s := m.v[i]
	return s == 2, s != 0
}

// put keeps v as token i's answer in d, forgetting those of another
// document, and returns v.
func (m *tokMemo) put(d *document, i int, v bool) bool {
	if m.d != d || len(m.v) != len(d.toks) {
		m.d, m.v = d, d.memoSlab(len(d.toks))
	}
	if uint(i) < uint(len(m.v)) {
		m.v[i] = 1
		if v {
			m.v[i] = 2
		}
	}
	return v
}

// memoSlab returns n zeroed bytes of d's memo buffer not handed out since
// prepare. A buffer too small is replaced: the slabs handed out before
// keep the old one's bytes.
func (d *document) memoSlab(n int) []uint8 {
	if d.memoUsed+n > len(d.memoBuf) {
		d.memoBuf, d.memoUsed = make([]uint8, max(4*n, 2*len(d.memoBuf), 512)), 0
	}
	s := d.memoBuf[d.memoUsed : d.memoUsed+n : d.memoUsed+n]
	d.memoUsed += n
	clear(s)
	return s
}
