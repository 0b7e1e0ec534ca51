package checks

import "testing"

// TestCasesHeldOut54 reports the held-out half of the 54th blind set
// (heldout54a.jsonl and heldout54b.jsonl: positions 1 and 3 of each
// locale), written blind on 6 Dec 2026 (08:33-08:43 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (f77e3f98): 0.98 (45/46) / 0.02 (2/104)
// / 0.98 (45/46), and on its last before the half was committed
// (39efd444): 0.98 (45/46) / 0.02 (2/104) / 0.98 (45/46). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut54(t *testing.T) {
	reportHeldOut(t, "held-out 54", "heldout54[ab].jsonl")
}

// TestCasesReleased54 reports the released half of the 54th blind set
// (released54a/b.jsonl), written blind on 6 Dec 2026 (08:33-08:43 UTC) by
// helpers of the forty-eighth session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-53 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A heliodor (golden beryl),
// amazonite, natural champagne (brown) diamond, unheated Burmese ruby, 10k
// rose gold, grade 2 titanium; B green aventurine quartz, bloodstone
// (heliotrope), salt-and-pepper diamond, cultured Biwa freshwater pearls,
// white bronze (copper-tin alloy), sterling silver with heavy gold plating
// (3 microns)). Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX
// it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the other 12.
// Split by product position within each locale before any text was read:
// positions 2 and 4 here; 1 and 3 are the held-out half, sealed outside the
// repository until the session's sealed end. Scored once at the session's
// start (f77e3f98): 0.97 (36/37) / 0.04 (4/113) / 0.97 (36/37); then read
// and tuned on, a diagnostic, not a measure. Not gated by the dev floors.
func TestCasesReleased54(t *testing.T) {
	reportHeldOut(t, "released 54", "released54[ab].jsonl")
}
