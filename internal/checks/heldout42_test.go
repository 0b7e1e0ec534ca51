package checks

import "testing"

// TestCasesHeldOut42 reports the held-out half of the 42nd blind set
// (heldout42a.jsonl and heldout42b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (23:22-23:36 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (11d1b427) and its last before the half was
// committed (f613785b): 0.98 (44/45) / 0.12 (13/105) / 0.98 (44/45) first
// and 0.98 (44/45) / 0.10 (11/105) / 0.98 (44/45) at the end. Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut42(t *testing.T) {
	reportHeldOut(t, "held-out 42", "heldout42*.jsonl")
}

// TestCasesReleased42 reports the released half of the 42nd blind set
// (released42a/b.jsonl), written blind on 4 Dec 2026 (23:22-23:36 UTC) by
// helpers of the thirty-sixth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-41 with texts of 70-115 words: positions 1
// and 2 everyday catalogue pieces with several facts and styling advice,
// positions 3 and 4 pieces whose copy explains the material (pools: A
// natural blue zircon, prasiolite, ruthenium-plated sterling silver,
// lab-grown alexandrite, 9ct rose gold; B iolite, sunstone, bronze, South
// Sea cultured pearl, rhodium-plated 14k white gold). Writer A took 13
// locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW), writer B the other 12. Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. Scored once at the session's start (11d1b427):
// 0.97 (36/37) / 0.10 (11/113) / 0.97 (36/37); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased42(t *testing.T) {
	reportHeldOut(t, "released 42", "released42*.jsonl")
}
