package checks

import "testing"

// TestCasesHeldOut60 reports the held-out half of blind set 60
// (heldout60a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (7 Dec 2026, 01:13 UTC) until the
// fifty-fourth session's sealed end (22472fa1, 7 Dec 02:54 UTC), scored at
// first contact (24c2537f) and at that end with its figures and rule ids
// only. Nothing was tuned on it; see the cases README for both figures and
// for what two helpers wrote knowing its misses' kinds.
func TestCasesHeldOut60(t *testing.T) {
	reportHeldOut(t, "held-out 60", "heldout60[ab].jsonl")
}

// TestCasesReleased60 reports the released half of blind set 60
// (released60a/b.jsonl), written blind on 7 Dec 2026 (01:05-01:13 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A jeremejevite, phenakite, brazilianite, Kasumigaura
// cultured freshwater pearls, Argentium silver 935 (sterling silver alloyed
// with germanium), 18k red gold; writer B haüyne, serendibite, green
// enstatite, natural quahog pearls (purple, non-nacreous), 10k yellow gold,
// titanium grade 5 with an anodised blue finish). Product positions 2 and 4
// of every locale; positions 1 and 3 are the held-out half, sealed outside
// the repository until the session's sealed end. First contact (24c2537f):
// see the cases README. Tuners may read this half.
func TestCasesReleased60(t *testing.T) {
	reportHeldOut(t, "released 60", "released60[ab].jsonl")
}
