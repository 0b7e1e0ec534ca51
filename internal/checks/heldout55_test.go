package checks

import "testing"

// TestCasesHeldOut55 reports the held-out half of blind set 55
// (heldout55a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (6 Dec 2026, 11:21 UTC) until the
// forty-ninth session's sealed end (fc57a1d8), scored at first contact
// (4262847b) and at that end with its figures and rule ids only. Nothing
// was tuned on it; see the cases README for both figures.
func TestCasesHeldOut55(t *testing.T) {
	reportHeldOut(t, "held-out 55", "heldout55[ab].jsonl")
}

// TestCasesReleased55 reports the released half of blind set 55
// (released55a/b.jsonl), written blind on 6 Dec 2026 (11:10-11:21 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A moss agate, natural black spinel, sphene (titanite),
// unheated Sri Lankan blue sapphire, 18k rose gold, hollow 14k yellow gold;
// writer B tourmalinated quartz, chrome tourmaline, Australian white opal,
// unheated Santa Maria aquamarine, 24k fine gold (999.9), sterling silver
// with a 1-micron 14k gold plating). Product positions 2 and 4 of every
// locale; positions 1 and 3 are the held-out half, sealed outside the
// repository until the session's sealed end. First contact (4262847b): see
// the cases README. Tuners may read this half.
func TestCasesReleased55(t *testing.T) {
	reportHeldOut(t, "released 55", "released55[ab].jsonl")
}
