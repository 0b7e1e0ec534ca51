package checks

import "testing"

// TestCasesHeldOut52 reports the held-out half of the 52nd blind set
// (heldout52a.jsonl and heldout52b.jsonl: positions 1 and 3 of each
// locale), written blind on 6 Dec 2026 (02:59-03:10 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (416cfe98): 1.00 (45/45) / 0.17 (18/105)
// / 1.00 (45/45), and on its last before the half was committed
// (91eb1e74): 1.00 (45/45) / 0.14 (15/105) / 1.00 (45/45). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut52(t *testing.T) {
	reportHeldOut(t, "held-out 52", "heldout52[ab].jsonl")
}

// TestCasesReleased52 reports the released half of the 52nd blind set
// (released52a/b.jsonl), written blind on 6 Dec 2026 (02:59-03:10 UTC) by
// helpers of the forty-sixth session (issue #13, DESIGN.md, the README, the
// OpenAPI product model, the example style guide and the field cases; no
// checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-51 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A Mexican fire opal, unheated
// cobalt-blue spinel, imperial topaz, cultured Akoya pearls, 14k green
// gold, fine silver (999); B heated copper-bearing (Paraíba-type)
// tourmaline, Oregon sunstone, larimar, lab-grown flame-fusion blue
// sapphire, tungsten carbide, sterling silver with ruthenium plating).
// Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT
// nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12. Split by
// product position within each locale before any text was read: positions
// 2 and 4 here; 1 and 3 are the held-out half, sealed outside the
// repository until the session's sealed end. Scored once at the session's
// start (416cfe98): 0.97 (37/38) / 0.12 (14/112) / 0.97 (37/38); then read
// and tuned on, a diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased52(t *testing.T) {
	reportHeldOut(t, "released 52", "released52[ab].jsonl")
}
