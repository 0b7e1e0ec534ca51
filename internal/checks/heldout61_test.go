package checks

import "testing"

// TestCasesHeldOut61 reports the held-out half of blind set 61
// (heldout61a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 03:48 UTC) until the
// fifty-fifth session's sealed end (286f0117, 7 Dec 05:30 UTC), scored at
// first contact (e88ed9c8) and at that end with its figures and rule ids
// only. Nothing was tuned on it before that end; see the cases README for
// both figures.
func TestCasesHeldOut61(t *testing.T) {
	reportHeldOut(t, "held-out 61", "heldout61[ab].jsonl")
}

// TestCasesReleased61 reports the released half of blind set 61
// (released61a/b.jsonl), written blind on 7 Dec 2026 (03:37-03:48 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A painite, amblygonite, datolite, natural scallop pearls
// (lion's paw, non-nacreous), fine silver 999, platinum 900
// (platinum-iridium); writer B ekanite, pollucite, hambergite, natural pen
// pearls (pinna, non-nacreous), Britannia silver 958, stainless steel 316L
// with a gold-coloured PVD plating). Product positions 2 and 4 of every
// locale; positions 1 and 3 are the held-out half, sealed outside the
// repository until the session's sealed end. First contact (e88ed9c8): see
// the cases README. Tuners may read this half.
func TestCasesReleased61(t *testing.T) {
	reportHeldOut(t, "released 61", "released61[ab].jsonl")
}
