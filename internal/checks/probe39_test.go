package checks

import "testing"

// TestCasesProbe39 reports the thirty-third session's probe of copy that
// explains its material (testdata/cases/probes/probe39c.jsonl and
// probe39d.jsonl): 12 cases a locale, written blind on 4 Dec 2026
// (15:50-15:58 UTC) by two helpers under the brief of blind set 39 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material (what it is, how it forms or is made, its colour,
// its alloy or fineness, its history, how it compares with other stones and
// metals, its care) before the piece's facts and styling advice (pools: C
// opal, jadeite jade, pink tourmaline, 18k yellow gold, oxidised sterling
// silver; D citrine, emerald, freshwater pearl, gold vermeil, 950
// palladium). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT
// nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12 locales. Per
// product: the base text (pass) and two variants of the kinds of the blind
// brief. First contact (2de4643e): 0.98 (81/83) / 0.26 (56/217) / 0.98
// (81/83). Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe39(t *testing.T) {
	reportHeldOut(t, "probe 39", "probes/probe39[cd].jsonl")
}
