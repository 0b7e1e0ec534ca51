package checks

import "testing"

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
