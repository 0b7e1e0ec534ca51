package checks

import "testing"

// TestCasesProbe50 reports the forty-fourth session's probe of copy that
// explains its material (testdata/cases/probes/probe50c.jsonl and
// probe50d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (21:15-21:24 UTC) by two helpers under the brief of blind set 50, with
// every product's copy explaining its material beside the piece's facts
// (pools: C lapis lazuli, chrome diopside, natural spinel, treated
// (irradiated or HPHT) black diamond, 316L stainless steel with a PVD gold
// coating, sterling silver with partial gold vermeil; D CVD lab-grown
// diamond, HPHT-treated lab-grown pink diamond, cultured Edison pearls, fine
// silver 999, tungsten carbide, gold-plated brass, nickel-free 18k palladium
// white gold). Besides the blind brief's kinds, treatment_denied (block,
// grounding) and true_treatment (pass). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12. First contact (388fc0ff): 0.98 (81/83) / 0.08 (17/217) / 0.96
// (80/83). Tuners may read it; a diagnostic
// kept out of TestCasesDev, reported alone.
func TestCasesProbe50(t *testing.T) {
	reportHeldOut(t, "probe 50", "probes/probe50[cd].jsonl")
}
