package checks

// tokMemo keeps one per-token predicate's answers for one document of a
// check, so that a predicate several checks ask of the same token
// (isDiamondAt, coordNegated: each a handful of map reads a call) is
// worked out once a token (#17, perf65). Its answers belong to the
// document they were given for: asked of another (a check's dictionary
// segmentation, useWords), it starts again, so an answer is never read
// for another document's token. Only a predicate that reads nothing a
// check changes as it runs (the document, the locale's data) may be kept.
type tokMemo struct {
	d *document
	// v is a token's answer: 0 not yet worked out, 1 false, 2 true.
	v   []uint8
	buf [192]uint8
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
		m.d = d
		if n := len(d.toks); n <= len(m.buf) {
			m.buf = [len(m.buf)]uint8{}
			m.v = m.buf[:n]
		} else {
			m.v = make([]uint8, n)
		}
	}
	if uint(i) < uint(len(m.v)) {
		m.v[i] = 1
		if v {
			m.v[i] = 2
		}
	}
	return v
}
