package checks

import "testing"

// TestCasesProbe31 reports the twenty-fifth session's probe
// (testdata/cases/probes/probe31c.jsonl and probe31d.jsonl): 300 cases, 12
// a locale in all 25 (6 publishable, 6 blocking), written blind on 3 Dec
// 2026 (12:18-12:33 UTC) by two helpers under the brief of sealed set 31
// (issue #13, DESIGN.md, the README, the OpenAPI product model, the example
// style guide and the 14 field cases; no checker code, data, locale pack or
// other case file), with one change: every base text, at every position,
// explains its material (what it is, how it forms, its alloys, plating and
// look-alikes), naming stones and metals the product lacks. Writer C took
// 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW; positions 3-4 from aquamarine, citrine, black spinel,
// rose quartz, mother-of-pearl), writer D the other 12 (en-AU fr-FR es-ES
// pt-BR sv-SE da-DK pl-PL tr-TR el-GR ar-AE ja-JP zh-CN; blue topaz,
// amethyst, onyx, turquoise, garnet). Hidden-character cases are labelled
// with the category of the word hidden. First contact (6af31b20): 0.97
// (145/150) / 0.41 (62/150) / 0.97 (146/150). Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe31(t *testing.T) {
	reportHeldOut(t, "probe 31", "probes/probe31*.jsonl")
}
