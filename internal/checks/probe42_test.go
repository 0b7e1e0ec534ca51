package checks

import "testing"

// TestCasesProbe42 reports the thirty-sixth session's probe of copy that
// explains its material (testdata/cases/probes/probe42c.jsonl and
// probe42d.jsonl): 12 cases a locale, written blind on 4 Dec 2026
// (23:22-23:36 UTC) by two helpers under the brief of blind set 42 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material beside the piece's facts and a styling or care
// line (pools: C kunzite, obsidian, tungsten carbide, moissanite,
// glass-filled ruby, 750 yellow gold; D fire opal, jet, Argentium silver,
// lab-grown pink diamond, baroque freshwater pearl, silver-plated copper).
// Writer C took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW, writer D the other 12 locales. Per product: the base
// text (pass) and two variants of the kinds of the blind brief. First
// contact (the checker of 11d1b427): 0.93 (77/83) / 0.06 (13/217) / 0.93
// (77/83). Tuners may read it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe42(t *testing.T) {
	reportHeldOut(t, "probe 42", "probes/probe42[cd].jsonl")
}
