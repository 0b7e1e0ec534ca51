package checks

import "testing"

// TestCasesHeldOut40 reports the held-out half of the 40th blind set
// (heldout40a.jsonl and heldout40b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (18:24-18:31 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (ca217ba4) and its last before the half was
// committed (f54b7fac): 1.00 (49/49) / 0.25 (25/101) / 0.98 (48/49) first
// and 1.00 (49/49) / 0.17 (17/101) / 1.00 (49/49) at the end. The five
// competitor cases of the set were relabelled from the brief's banned_term
// to DESIGN.md's competitor category after the first score, by kind (the
// first score as written: category recall 0.92); nothing else was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut40(t *testing.T) {
	reportHeldOut(t, "held-out 40", "heldout40*.jsonl")
}

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
