package checks

import "testing"

// TestCasesHeldOut57 reports the held-out half of blind set 57
// (heldout57a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (6 Dec 2026, 16:55 UTC) until the
// fifty-first session's sealed end (50dd9a99, 18:44 UTC), scored at first
// contact (2a416f6d) and at that end with its figures and rule ids only.
// Nothing was tuned on it; see the cases README for both figures.
func TestCasesHeldOut57(t *testing.T) {
	reportHeldOut(t, "held-out 57", "heldout57[ab].jsonl")
}

// TestCasesReleased57 reports the released half of blind set 57
// (released57a/b.jsonl), written blind on 6 Dec 2026 (16:47-16:55 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A ruby in zoisite (anyolite), sugilite, petrified wood,
// unheated Umba sapphire, 18k Fairmined yellow gold, sterling silver with
// 22k gold vermeil (2.5 microns); writer B unakite, danburite, natural
// purple scapolite, Canadian ammolite, 10k yellow gold, sterling silver with
// palladium plating). Product positions 2 and 4 of every locale; positions
// 1 and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. First contact (2a416f6d): see the cases README.
// Tuners may read this half.
func TestCasesReleased57(t *testing.T) {
	reportHeldOut(t, "released 57", "released57[ab].jsonl")
}
