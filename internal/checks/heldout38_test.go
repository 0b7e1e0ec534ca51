package checks

import "testing"

// TestCasesHeldOut38 reports the held-out half of the 38th blind set
// (heldout38a.jsonl and heldout38b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (12:57-13:30 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (32b131e5) and its last before the half was
// committed (c9fc1e00): 0.96 (48/50) / 0.12 (12/100) / 0.98 (49/50) at
// both. Nothing was relabelled. Tuners must not read these files; quote
// the figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut38(t *testing.T) {
	reportHeldOut(t, "held-out 38", "heldout38*.jsonl")
}

// TestCasesReleased38 reports the released half of the 38th blind set
// (released38a/b.jsonl), written blind on 4 Dec 2026 (12:57-13:30 UTC) by
// helpers of the thirty-second session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-37: positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A labradorite, smoky quartz,
// malachite, lapis lazuli, 950 platinum; B tiger's eye, morganite, red
// spinel, white topaz, 9k rose gold). Writer A took 13 locales (en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW), writer
// B the other 12. One mechanical fix before any score: 19 texts over 115
// words (the brief said 130, the guide's pdp limit is 120) shortened to 108
// or fewer by a third helper, the kind's content kept. Split by product
// position within each locale before any text was read: positions 2 and 4
// here; 1 and 3 are the held-out half, sealed outside the repository until
// the session's sealed end. Scored once at the session's start (32b131e5):
// 0.96 (48/50) / 0.26 (26/100) / 0.96 (48/50); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased38(t *testing.T) {
	reportHeldOut(t, "released 38", "released38*.jsonl")
}
