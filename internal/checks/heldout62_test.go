package checks

import "testing"

// TestCasesHeldOut62 reports the held-out half of blind set 62
// (heldout62a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 06:47 UTC) until the
// fifty-sixth session's sealed end (c3d78a98, 7 Dec 08:29 UTC), scored at
// first contact (2948068c), at 48c52e27 and 5cf38d57, and at that end with
// its figures and rule ids only. Nothing was tuned on it before that end;
// see the cases README for the figures.
func TestCasesHeldOut62(t *testing.T) {
	reportHeldOut(t, "held-out 62", "heldout62[ab].jsonl")
}

// TestCasesReleased62 reports the released half of blind set 62
// (released62a/b.jsonl), written blind on 7 Dec 2026 (06:37-06:47 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A sapphirine, gahnite, petalite, natural abalone pearls,
// coin silver 900, silver 835; writer B zektzerite, musgravite,
// poudretteite, natural quahog pearls, 800 silver, electrum). Product
// positions 2 and 4 of every locale; positions 1 and 3 are the held-out
// half, sealed outside the repository until the session's sealed end.
// First contact (2948068c): see the cases README. Tuners may read this half.
func TestCasesReleased62(t *testing.T) {
	reportHeldOut(t, "released 62", "released62[ab].jsonl")
}
