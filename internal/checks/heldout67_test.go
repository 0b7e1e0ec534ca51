package checks

import "testing"

// TestCasesReleased67 reports the released half of blind set 67
// (released67a/b.jsonl), written blind on 7 Dec 2026 (20:49-21:04 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A 18k purple gold, Peruvian blue opal, heliotrope
// (bloodstone), haüyne, rose-cut diamonds, white bronze; writer B 18k blue
// gold, matrix opal, spiny oyster shell, sapphirine, electrum, bog oak).
// Product positions 2 and 4 of every locale; positions 1 and 3 are the
// held-out half, sealed outside the repository until the session's sealed
// end. First contact (736813c8): see the cases README. Tuners may read this
// half.
func TestCasesReleased67(t *testing.T) {
	reportHeldOut(t, "released 67", "released67[ab].jsonl")
}
