package checks

import "testing"

// TestCasesProbe43 reports the thirty-seventh session's probe of copy that
// explains its material (testdata/cases/probes/probe43c.jsonl and
// probe43d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (01:44-02:00 UTC) by two helpers under the brief of blind set 43 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material beside the piece's facts and a styling or care
// line (pools: C pink opal, tourmalinated quartz, black spinel,
// cobalt-chrome alloy, e-coated sterling silver, seed pearls; D tiger iron,
// dyed howlite, lab-grown yellow sapphire, PVD gold-coated stainless steel,
// natural champagne diamond, rose-cut garnet). Writer C took en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer
// D the other 12 locales. Per product: the base text (pass) and two
// variants of the kinds of the blind brief. First contact (the checker of
// 750e68d4): 0.95 (78/82) / 0.28 (60/218) / 0.96 (79/82) (43C alone 0.95
// (41/43) / 0.29 (33/113) / 0.95 (41/43)). Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe43(t *testing.T) {
	reportHeldOut(t, "probe 43", "probes/probe43[cd].jsonl")
}
