package checks

import "testing"

// TestCasesHeldOut43 reports the held-out half of the 43rd blind set
// (heldout43a.jsonl and heldout43b.jsonl: positions 1 and 3 of each
// locale), written blind on 5 Dec 2026 (01:44-01:52 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (750e68d4) and its last before the half was
// committed (b0937cd7): 1.00 (47/47) / 0.15 (15/103) / 1.00 (47/47) both
// times. Nothing was relabelled. Tuners must not read these files; quote
// the figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut43(t *testing.T) {
	reportHeldOut(t, "held-out 43", "heldout43*.jsonl")
}

// TestCasesReleased43 reports the released half of the 43rd blind set
// (released43a/b.jsonl), written blind on 5 Dec 2026 (01:44-01:52 UTC) by
// helpers of the thirty-seventh session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-42 with texts of 70-115 words: positions 1
// and 2 everyday catalogue pieces with several facts and styling advice,
// positions 3 and 4 pieces whose copy explains the material (pools: A
// ametrine, spessartine garnet, tsavorite garnet, larimar, 14k green gold;
// B apatite, rhodochrosite, mabe pearl, 950 palladium, Herkimer quartz).
// Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL
// nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12. Split by product
// position within each locale before any text was read: positions 2 and 4
// here; 1 and 3 are the held-out half, sealed outside the repository until
// the session's sealed end. Scored once at the session's start (750e68d4):
// 0.94 (32/34) / 0.09 (10/116) / 0.97 (33/34); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased43(t *testing.T) {
	reportHeldOut(t, "released 43", "released43*.jsonl")
}
