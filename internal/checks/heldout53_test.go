package checks

import "testing"

// TestCasesHeldOut53 reports the held-out half of the 53rd blind set
// (heldout53a.jsonl and heldout53b.jsonl: positions 1 and 3 of each
// locale), written blind on 6 Dec 2026 (05:40-05:50 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (0c22cb2a): 1.00 (46/46) / 0.03 (3/104)
// / 1.00 (46/46), and on its last before the half was committed
// (78e7b30c): 1.00 (46/46) / 0.03 (3/104) / 1.00 (46/46). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut53(t *testing.T) {
	reportHeldOut(t, "held-out 53", "heldout53[ab].jsonl")
}

// TestCasesReleased53 reports the released half of the 53rd blind set
// (released53a/b.jsonl), written blind on 6 Dec 2026 (05:40-05:50 UTC) by
// helpers of the forty-seventh session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-52 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A Australian boulder opal, blue
// chalcedony, untreated Uruguayan amethyst, marcasite (pyrite) set in
// sterling silver, 9ct yellow gold, grade 5 titanium; B tiger's eye,
// almandine garnet, heated Ceylon yellow sapphire, lab-grown HPHT yellow
// diamond, solid copper, sterling silver with rose-gold plating (0.5
// micron)). Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12. The
// brief listed two stone fields the product model does not have (cut,
// carat); before any score a script moved writer A's per-stone carats to
// measurements in ct ("round brilliant diamond weight", "... weight each")
// and dropped the cuts. Split by product position within each locale
// before any text was read: positions 2 and 4 here; 1 and 3 are the
// held-out half, sealed outside the repository until the session's sealed
// end. Scored once at the session's start (0c22cb2a): 1.00 (40/40) / 0.16
// (18/110) / 1.00 (40/40); then read and tuned on, a diagnostic, not a
// measure. Not gated by the dev floors.
func TestCasesReleased53(t *testing.T) {
	reportHeldOut(t, "released 53", "released53[ab].jsonl")
}
