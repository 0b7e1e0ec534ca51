package checks

import "testing"

// TestCasesHeldOut45 reports the held-out half of the 45th blind set
// (heldout45a.jsonl and heldout45b.jsonl: positions 1 and 3 of each
// locale), written blind on 5 Dec 2026 (06:57-07:04 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (9af65de4): 1.00 (42/42) / 0.05 (5/108)
// / 1.00 (42/42), and on its last before the half was committed
// (a12a5263): 1.00 (42/42) / 0.05 (5/108) / 1.00 (42/42). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut45(t *testing.T) {
	reportHeldOut(t, "held-out 45", "heldout45*.jsonl")
}

// TestCasesReleased45 reports the released half of the 45th blind set
// (released45a/b.jsonl), written blind on 5 Dec 2026 (06:57-07:04 UTC) by
// helpers of the thirty-ninth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-44 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A heated morganite, irradiated
// blue topaz, oiled emerald, platinum 950, mother-of-pearl inlay; B dyed
// black onyx, heated sapphire, stabilised turquoise, Gibeon meteorite
// inlay, sterling silver with 18k gold vermeil accents). Writer A took 13
// locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW), writer B the other 12. Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half, sealed outside the repository until the
// session's sealed end. Scored once at the session's start (9af65de4):
// 0.95 (37/39) / 0.08 (9/111) / 0.95 (37/39); then read and tuned on, a
// diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased45(t *testing.T) {
	reportHeldOut(t, "released 45", "released45*.jsonl")
}
