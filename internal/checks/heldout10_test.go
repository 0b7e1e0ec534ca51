package checks

import "testing"

// TestCasesHeldOut10 reports the held-out half of the tenth blind set
// (heldout10a.jsonl and heldout10b.jsonl), written blind on 1 Dec 2026 by
// two helpers who read neither the checker's code and data nor the locale
// packs nor any case file but the 14 field cases, whose kinds the set
// repeats in new wordings: issue #13, DESIGN.md, the README, the OpenAPI
// product model, the example style guide and a brief naming the kinds.
// Writer A took 12 locales (cs-CZ da-DK de-DE en-US es-MX fi-FI fr-CA it-IT
// ko-KR nl-NL pt-PT zh-CN) with products H10A01-H10A10, writer B the other
// 13 with H10B01-H10B10; in each locale four (locale, product) pairs, each
// with one truthful base text from which three cases are derived. Labels
// were set before the first run, and the set was first scored on 3852fad,
// the commit before any tuning of the session. Split by base text: pairs 1
// and 3 of each locale here, pairs 2 and 4 in released10*.jsonl. Tuners
// must not read these files; quote the figures only (run with -v). It
// fails only on a malformed file.
func TestCasesHeldOut10(t *testing.T) {
	reportHeldOut(t, "held-out 10", "heldout10*.jsonl")
}

// TestCasesReleased10 reports the released half of the tenth blind set
// (released10a.jsonl and released10b.jsonl): scored before tuning like the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased10(t *testing.T) {
	reportHeldOut(t, "released 10", "released10*.jsonl")
}
