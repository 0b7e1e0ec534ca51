package checks

import "testing"

// TestCasesHeldOut59 reports the held-out half of blind set 59
// (heldout59a/b.jsonl: product positions 1 and 3 of every locale), sealed
// outside the repository from its writing (6 Dec 2026, 22:39 UTC) until the
// fifty-third session's sealed end (c5dffd61, 7 Dec 00:07 UTC), scored at
// first contact (77c9b571) and at that end with its figures and rule ids
// only. Nothing was tuned on it; see the cases README for both figures and
// for what the lead's own copy on its pools found.
func TestCasesHeldOut59(t *testing.T) {
	reportHeldOut(t, "held-out 59", "heldout59[ab].jsonl")
}

// TestCasesReleased59 reports the released half of blind set 59
// (released59a/b.jsonl), written blind on 6 Dec 2026 (22:31-22:39 UTC) by
// two helpers under a brief that allowed issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example guide and the field cases only
// (pools: writer A kornerupine, hiddenite (green spodumene), clinohumite,
// cultured Lake Biwa freshwater pearls, palladium 500, 18k green gold (a
// gold-silver alloy); writer B sinhalite, natural red beryl (bixbite),
// smithsonite, Sea of Cortez cultured pearls, 9k white gold, sterling silver
// with black ruthenium plating). Product positions 2 and 4 of every locale;
// positions 1 and 3 are the held-out half, sealed outside the repository
// until the session's sealed end. First contact (77c9b571): see the cases
// README. Tuners may read this half.
func TestCasesReleased59(t *testing.T) {
	reportHeldOut(t, "released 59", "released59[ab].jsonl")
}
