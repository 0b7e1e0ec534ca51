package checks

import "testing"

// TestCasesProbe44 reports the thirty-eighth session's probe of copy that
// explains its material (testdata/cases/probes/probe44c.jsonl and
// probe44d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (04:23-04:30 UTC) by two helpers under the brief of blind set 44 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material beside the piece's facts and a styling or care
// line (pools: C star sapphire, cat's-eye chrysoberyl, andalusite, Baltic
// amber, black ceramic, sterling silver with black ruthenium plating; D
// Paraíba tourmaline, lab-grown opal, bamboo coral, ebony wood inlay,
// carbon fibre, cultured Edison pearl). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12 locales. Per product: the base text (pass) and two variants of
// the kinds of the blind brief. First contact: see the cases README
// ("Forty-fourth blind set"). Tuners may read it; a diagnostic kept out of
// TestCasesDev, reported alone.
func TestCasesProbe44(t *testing.T) {
	reportHeldOut(t, "probe 44", "probes/probe44[cd].jsonl")
}
