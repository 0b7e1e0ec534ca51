package checks

import "testing"

// TestCasesHeldOut9 reports the held-out half of the ninth blind set
// (heldout9a.jsonl and heldout9b.jsonl), written blind on 1 Dec 2026
// (10:20-10:35 UTC) by two helpers who read neither the checker's code and
// data nor the locale packs nor any case file but the 14 field cases,
// whose kinds the set repeats in new wordings: issue #13, DESIGN.md, the
// README, the OpenAPI product model, the example style guide and a brief
// naming the kinds. Writer A took 12 locales (ar-AE de-DE el-GR en-GB es-ES
// fi-FI fr-FR ja-JP nl-NL pt-BR sv-SE zh-CN) with products H9A01-H9A10,
// writer B the other 13 with H9B01-H9B10; in each locale four (locale,
// product) pairs, each with one truthful base text from which three cases
// are derived. Labels were set and committed before the first run, and the
// set was first scored on 073aef0, the commit before any tuning of the
// session. Split by base text: pairs 1 and 3 of each locale here, pairs 2
// and 4 in released9*.jsonl. Tuners must not read these files; quote the
// figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut9(t *testing.T) {
	reportHeldOut(t, "held-out 9", "heldout9[ab].jsonl")
}

// TestCasesReleased9 reports the released half of the ninth blind set
// (released9a.jsonl and released9b.jsonl): scored before tuning like the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased9(t *testing.T) {
	reportHeldOut(t, "released 9", "released9[ab].jsonl")
}
