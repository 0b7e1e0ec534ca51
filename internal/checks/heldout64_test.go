package checks

import "testing"

// TestCasesHeldOut64 reports the held-out half of blind set 64
// (heldout64a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 12:34 UTC) until the
// fifty-eighth session's sealed end (78cab738, 7 Dec 14:14 UTC), scored at
// first contact (1163fe49), at bc164986 and at that end with its figures
// and rule ids only. Nothing was tuned on it before that end; see the cases
// README for the figures.
func TestCasesHeldOut64(t *testing.T) {
	reportHeldOut(t, "held-out 64", "heldout64[ab].jsonl")
}

// TestCasesReleased64 reports the released half of blind set 64
// (released64a/b.jsonl), written blind on 7 Dec 2026 (12:25-12:34 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A taaffeite, euclase, grandidierite, Akoya keshi pearls,
// silver 970, 9k rose gold; writer B benitoite, hemimorphite, red beryl
// (bixbite), Cook Islands black pearls, platinum 585, titanium grade 5).
// Product positions 2 and 4 of every locale; positions 1 and 3 are the
// held-out half, sealed outside the repository until the session's sealed
// end. First contact (1163fe49): see the cases README. Tuners may read
// this half.
func TestCasesReleased64(t *testing.T) {
	reportHeldOut(t, "released 64", "released64[ab].jsonl")
}
