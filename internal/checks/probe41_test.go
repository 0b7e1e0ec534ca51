package checks

import "testing"

// TestCasesProbe41 reports the thirty-fifth session's probe of copy that
// explains its material (testdata/cases/probes/probe41c.jsonl and
// probe41d.jsonl): 12 cases a locale, written blind on 4 Dec 2026
// (20:51-21:03 UTC) by two helpers under the brief of blind set 41 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material beside the piece's facts and a styling or care
// line (pools: C coated mystic topaz, carnelian, titanium, lab-grown blue
// sapphire, treated black diamond, 585 yellow gold; D watermelon
// tourmaline, hematite, rose-gold-plated stainless steel, chrome diopside,
// Keshi pearl, 375 yellow gold). Writer C took en-GB en-US de-DE fr-CA
// es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other
// 12 locales. Per product: the base text (pass) and two variants of the
// kinds of the blind brief. First contact (the checker of 29f33a3a): 0.94
// (76/81) / 0.20 (44/219) / 0.96 (78/81). Tuners may read it; a diagnostic
// kept out of TestCasesDev, reported alone.
func TestCasesProbe41(t *testing.T) {
	reportHeldOut(t, "probe 41", "probes/probe41[cd].jsonl")
}
