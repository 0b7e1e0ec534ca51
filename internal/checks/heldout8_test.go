package checks

import "testing"

// TestCasesHeldOut8 reports the held-out half of the eighth blind set
// (heldout8a.jsonl and heldout8b.jsonl), written blind on 1 Dec 2026
// (05:15-05:45 UTC) by two helpers who read neither the checker's code and
// data nor the locale packs nor any case file but the 14 field cases,
// whose kinds the set repeats in new wordings: issue #13, DESIGN.md, the
// README, the OpenAPI product model, the example style guide and a brief
// naming the kinds. Writer A took 13 locales (ar-AE … zh-TW, the locales
// writer B had in the seventh set) with products H8A01-H8A10, writer B the
// other 12 with H8B01-H8B10; in each locale four (locale, product) pairs,
// each with one truthful base text from which three cases are derived.
// Labels were set and committed before the first run, and the set was first
// scored on 7b0a270, the commit before any tuning of the session. Split by
// base text: pairs 1 and 3 of each locale here, pairs 2 and 4 in
// released8*.jsonl. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut8(t *testing.T) {
	reportHeldOut(t, "held-out 8", "heldout8[ab].jsonl")
}

// TestCasesReleased8 reports the released half of the eighth blind set
// (released8a.jsonl and released8b.jsonl): scored before tuning like the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased8(t *testing.T) {
	reportHeldOut(t, "released 8", "released8[ab].jsonl")
}
