package checks

import "testing"

// TestCasesReleased58 reports the released half of blind set 58
// (released58a/b.jsonl), written blind on 6 Dec 2026 (19:44-19:52 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A zultanite (natural colour-change diaspore), natural
// unheated blue star sapphire, golden South Sea cultured pearls, thulite
// (pink zoisite), 14k white gold-filled (1/20 14k over brass), platinum 999;
// writer B mandarin garnet (spessartine), dumortierite, prasiolite (heated
// amethyst), cultured freshwater keshi pearls, 585 yellow gold, sterling
// silver with 18k rose-gold vermeil (2.5 microns)). Product positions 2 and
// 4 of every locale; positions 1 and 3 are the held-out half, sealed outside
// the repository until the session's sealed end. First contact (6be894e0):
// see the cases README. Tuners may read this half.
func TestCasesReleased58(t *testing.T) {
	reportHeldOut(t, "released 58", "released58[ab].jsonl")
}
