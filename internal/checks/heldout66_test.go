package checks

import "testing"

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
