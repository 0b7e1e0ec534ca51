package checks

import "testing"

// TestCasesHeldOut33 reports the held-out half of the 33rd blind set
// (heldout33a.jsonl and heldout33b.jsonl: positions 1 and 3 of each
// locale), written blind on 3 Dec 2026 (17:36-17:44 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository all session and was scored only on the session's first
// checker (e841f374) and its last before the half was committed
// (d8c220cb); the gate of two later kinds (colourgroupcount33,
// unknowngem33) printed it once more at 6a0127ad. Nothing was relabelled.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut33(t *testing.T) {
	reportHeldOut(t, "held-out 33", "heldout33*.jsonl")
}

// TestCasesReleased33 reports the released half of the 33rd blind set
// (released33a/b.jsonl), written blind on 3 Dec 2026 (17:36-17:44 UTC) by
// two helpers of the twenty-seventh session (issue #13, DESIGN.md, the
// README, the OpenAPI product model, the example style guide and the 14
// field cases; no checker code, data, locale pack or other case file, no
// project code run), on the theme of sets 31 and 32: positions 1 and 2
// everyday catalogue pieces with several facts and styling advice,
// positions 3 and 4 pieces whose copy explains the material (pools: A
// iolite, prehnite, sphene, moldavite, fluorite; B sunstone, chrysocolla,
// demantoid garnet, hemimorphite, lepidolite). Writer A took 13 locales
// (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR
// zh-TW), writer B the other 12. Split by product position within each
// locale before any text was read: positions 2 and 4 here; 1 and 3 are the
// held-out half, sealed outside the repository. Scored once at the
// session's start (e841f374), then read and tuned on from 17:47 UTC; a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased33(t *testing.T) {
	reportHeldOut(t, "released 33", "released33*.jsonl")
}
