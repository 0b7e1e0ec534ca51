package checks

import "testing"

// TestCasesHeldOut41 reports the held-out half of the 41st blind set
// (heldout41a.jsonl and heldout41b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (20:51-21:03 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (29f33a3a) and its last before the half was
// committed (77d24726): 0.96 (45/47) / 0.08 (8/103) / 0.96 (45/47) first
// and 0.96 (45/47) / 0.03 (3/103) / 0.96 (45/47) at the end. Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut41(t *testing.T) {
	reportHeldOut(t, "held-out 41", "heldout41*.jsonl")
}

// TestCasesReleased41 reports the released half of the 41st blind set
// (released41a/b.jsonl), written blind on 4 Dec 2026 (20:51-21:03 UTC) by
// helpers of the thirty-fifth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-40 with texts of 70-115 words: positions 1
// and 2 everyday catalogue pieces with several facts and styling advice,
// positions 3 and 4 pieces whose copy explains the material (pools: A
// rainbow moonstone, peridot, black-rhodium-plated sterling silver,
// lab-grown emerald, 18k white gold; B Swiss blue topaz, pyrope garnet,
// gold-plated brass, Tahitian cultured pearl, 14k gold-filled). Writer A
// took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO
// fi-FI cs-CZ ko-KR zh-TW), writer B the other 12; the brief named
// DESIGN.md's competitor category for the competitor kind. Split by product
// position within each locale before any text was read: positions 2 and 4
// here; 1 and 3 are the held-out half, sealed outside the repository until
// the session's sealed end. Scored once at the session's start (29f33a3a):
// 1.00 (34/34) / 0.28 (32/116) / 1.00 (34/34); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased41(t *testing.T) {
	reportHeldOut(t, "released 41", "released41*.jsonl")
}
