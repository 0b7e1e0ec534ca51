package checks

import "testing"

// TestCasesHeldOut39 reports the held-out half of the 39th blind set
// (heldout39a.jsonl and heldout39b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (15:48-15:58 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (2de4643e) and its last before the half was
// committed (6dc36279): 0.95 (41/43) / 0.13 (14/107) / 0.98 (42/43) at
// both. Nothing was relabelled. Tuners must not read these files; quote
// the figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut39(t *testing.T) {
	reportHeldOut(t, "held-out 39", "heldout39*.jsonl")
}

// TestCasesReleased39 reports the released half of the 39th blind set
// (released39a/b.jsonl), written blind on 4 Dec 2026 (15:50-16:00 UTC) by
// helpers of the thirty-third session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-38 with texts of 70-115 words (the guide's
// pdp limit is 120): positions 1 and 2 everyday catalogue pieces with
// several facts and styling advice, positions 3 and 4 pieces whose copy
// explains the material (pools: A amazonite, rhodolite garnet, chrysoprase,
// mother-of-pearl, 14k white gold; B rutilated quartz, stabilised
// turquoise, black onyx, green aventurine, 22k yellow gold). Writer A took
// 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW), writer B the other 12. Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. Scored once at the session's start (2de4643e):
// 1.00 (38/38) / 0.17 (19/112) / 1.00 (38/38); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased39(t *testing.T) {
	reportHeldOut(t, "released 39", "released39*.jsonl")
}
