package checks

import "testing"

// TestCasesHeldOut67 reports the held-out half of blind set 67
// (heldout67a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 21:04 UTC) until the
// sixty-first session's sealed end (cc78494f, 7 Dec 22:38 UTC), scored at
// first contact (736813c8) and at that end with its figures and rule ids
// only. Nothing was tuned on it before that end; see the cases README for
// the figures.
func TestCasesHeldOut67(t *testing.T) {
	reportHeldOut(t, "held-out 67", "heldout67[ab].jsonl")
}

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
