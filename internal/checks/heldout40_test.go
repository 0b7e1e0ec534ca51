package checks

import "testing"

// TestCasesReleased40 reports the released half of the 40th blind set
// (released40a/b.jsonl), written blind on 4 Dec 2026 (18:24-18:31 UTC) by
// helpers of the thirty-fourth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-39 with texts of 70-115 words: positions 1
// and 2 everyday catalogue pieces with several facts and styling advice,
// positions 3 and 4 pieces whose copy explains the material (pools: A
// aquamarine, amethyst, hand-applied enamel on sterling silver, lab-grown
// diamond in 14k gold, Murano glass; B tanzanite, rose quartz, London blue
// topaz, sterling silver set with man-made crystal, 10k yellow gold).
// Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL
// nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12. The brief named
// banned_term for the competitor kind where DESIGN.md's category is
// competitor (sets 31-39 said competitor): the five competitor cases were
// relabelled to competitor, by kind, after the first score (which gave
// category recall 0.92 and 0.88 as written). Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. Scored once at the session's start (ca217ba4):
// 0.91 (30/33) / 0.20 (23/117) / 0.94 (31/33); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased40(t *testing.T) {
	reportHeldOut(t, "released 40", "released40*.jsonl")
}
