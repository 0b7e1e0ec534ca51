package checks

import "testing"

// TestCasesHeldOut44 reports the held-out half of the 44th blind set
// (heldout44a.jsonl and heldout44b.jsonl: positions 1 and 3 of each
// locale), written blind on 5 Dec 2026 (04:23-04:31 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (946cf745): 0.96 (44/46) / 0.20 (21/104)
// / 0.91 (42/46), and on its last before the half was committed
// (1db7d530): 0.91 (42/46) / 0.17 (18/104) / 0.91 (42/46). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut44(t *testing.T) {
	reportHeldOut(t, "held-out 44", "heldout44*.jsonl")
}

// TestCasesReleased44 reports the released half of the 44th blind set
// (released44a/b.jsonl), written blind on 5 Dec 2026 (04:23-04:31 UTC) by
// helpers of the thirty-eighth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-43 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A chrysocolla, kyanite,
// hessonite garnet, demantoid garnet, two-tone 14k yellow and white gold;
// B sodalite, fluorite, Ethiopian opal, rose-gold vermeil, niobium).
// Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL
// nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12. Split by product
// position within each locale before any text was read: positions 2 and 4
// here; 1 and 3 are the held-out half, sealed outside the repository until
// the session's sealed end. Scored once at the session's start (946cf745):
// 0.92 (34/37) / 0.19 (21/113) / 0.92 (34/37); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased44(t *testing.T) {
	reportHeldOut(t, "released 44", "released44*.jsonl")
}
