package checks

import "testing"

// TestCasesHeldOut34 reports the held-out half of the 34th blind set
// (heldout34a.jsonl and heldout34b.jsonl: positions 1 and 3 of each
// locale), written blind on 3 Dec 2026 (21:25-22:05 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository all session and was scored only on the session's first
// checker (e3fd962e) and its last before the half was committed
// (c1f4ac68): the same figures both times. Nothing was relabelled.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut34(t *testing.T) {
	reportHeldOut(t, "held-out 34", "heldout34*.jsonl")
}

// TestCasesReleased34 reports the released half of the 34th blind set
// (released34a/b.jsonl), written blind on 3 Dec 2026 (21:25-22:05 UTC) by
// helpers of the twenty-eighth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the 14 field
// cases; no checker code, data, locale pack or other case file, no project
// code run), on the theme of sets 31-33: positions 1 and 2 everyday
// catalogue pieces with several facts and styling advice, positions 3 and 4
// pieces whose copy explains the material (pools: A chrome diopside, red
// spinel, lapis lazuli, alexandrite (natural zircon was in the pool, but
// the guide forbids "zircon", so writer A left it out); B malachite,
// Ethiopian opal, tsavorite garnet, amazonite, smoky quartz). Writer A took
// 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW), writer B the other 12. Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half, sealed outside the repository. Scored once
// at the session's start (e3fd962e), then read and tuned on; a diagnostic,
// not a measure. Not gated by the dev floors.
func TestCasesReleased34(t *testing.T) {
	reportHeldOut(t, "released 34", "released34*.jsonl")
}
