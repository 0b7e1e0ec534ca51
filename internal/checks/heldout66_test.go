package checks

import "testing"

// TestCasesHeldOut66 reports the held-out half of blind set 66
// (heldout66a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 18:21 UTC) until the
// sixtieth session's sealed end (2b245c76, 7 Dec 19:50 UTC), scored at
// first contact (565e5f07) and at that end with its figures and rule ids
// only. Nothing was tuned on it before that end; see the cases README for
// the figures.
func TestCasesHeldOut66(t *testing.T) {
	reportHeldOut(t, "held-out 66", "heldout66[ab].jsonl")
}

// TestCasesReleased66 reports the released half of blind set 66
// (released66a/b.jsonl), written blind on 7 Dec 2026 (18:08-18:21 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A freshwater rice pearls, hyalite opal, sardonyx, anyolite,
// plique-à-jour enamel on sterling silver, 14k rose gold with granulation;
// writer B blister pearls, fire agate, goshenite, painite, copal, blackened
// sterling silver). Product positions 2 and 4 of every locale; positions 1
// and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. First contact (565e5f07): see the cases README.
// Tuners may read this half.
func TestCasesReleased66(t *testing.T) {
	reportHeldOut(t, "released 66", "released66[ab].jsonl")
}
