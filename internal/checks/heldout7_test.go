package checks

import "testing"

// TestCasesHeldOut7 reports the held-out half of the seventh blind set
// (heldout7a.jsonl and heldout7b.jsonl), written blind on 1 Dec 2026
// (02:30-02:50 UTC) by two helpers who read neither the checker's code and
// data nor the locale packs nor any case file but the 14 field cases,
// whose kinds the set repeats in new wordings: issue #13, DESIGN.md, the
// README, the OpenAPI product model, the example style guide and a brief
// naming the kinds. Writer A took the 12 locales en-GB … nl-NL with
// products H7A01-H7A10, writer B the other 13 with H7B01-H7B10; in each
// locale four (locale, product) pairs, each with one truthful base text
// from which three cases are derived. Labels were set and committed before
// the first run. Split by base text: pairs 1 and 3 of each locale here,
// pairs 2 and 4 in released7*.jsonl. Tuners must not read these files;
// quote the figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut7(t *testing.T) {
	reportHeldOut(t, "held-out 7", "heldout7[ab].jsonl")
}

// TestCasesReleased7 reports the released half of the seventh blind set
// (released7a.jsonl and released7b.jsonl): scored before tuning like the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased7(t *testing.T) {
	reportHeldOut(t, "released 7", "released7[ab].jsonl")
}
