package checks

import "testing"

// TestCasesProbe40 reports the thirty-fourth session's probe of copy that
// explains its material (testdata/cases/probes/probe40c.jsonl and
// probe40d.jsonl): 12 cases a locale, written blind on 4 Dec 2026
// (18:27-18:40 UTC) by two helpers under the brief of blind set 40 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material (what it is, how it forms or is made, its colour,
// its alloy, plating or fineness, its treatment, how it compares with other
// stones and metals) beside the piece's facts and a styling or care line
// (pools: C heat-treated blue sapphire, lab-grown ruby, almandine garnet,
// rhodium-plated sterling silver, 18k rose gold, moss agate; D cultured
// Akoya pearl, rose gold vermeil, cubic zirconia, unheated blue sapphire,
// 9ct white gold, onyx-black enamel). Writer C took en-GB en-US de-DE fr-CA
// es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other
// 12 locales. Per product: the base text (pass) and two variants of the
// kinds of the blind brief; the competitor kind relabelled from the brief's
// banned_term to DESIGN.md's competitor category before the first score.
// First contact (6d014896, the checker of ca217ba4): 0.95 (79/83) /
// 0.11 (23/217) / 0.94 (78/83). Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe40(t *testing.T) {
	reportHeldOut(t, "probe 40", "probes/probe40[cd].jsonl")
}
