package checks

import "testing"

// TestCasesProbe52 reports the forty-sixth session's probe of copy that
// explains its material (testdata/cases/probes/probe52c.jsonl and
// probe52d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (02:59-03:10 UTC) by two helpers under the brief of blind set 52, with
// every product's copy explaining its material beside the piece's facts
// (pools: C clarity-enhanced (fracture-filled) diamond, dyed freshwater
// pearl, heated Mozambique ruby, mystic (coated) topaz, gold-plated brass
// (2 microns), sterling silver with black ruthenium; D lab-grown
// moissanite, unheated red spinel, dyed howlite (an imitation of
// turquoise), oiled Zambian emerald, rhodium-plated 10k white gold,
// niobium). Besides the blind brief's kinds, treatment_denied (block,
// grounding) and true_treatment (pass). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12. First contact (416cfe98): 0.95 (79/83) / 0.15 (33/217) / 0.98
// (81/83). Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe52(t *testing.T) {
	reportHeldOut(t, "probe 52", "probes/probe52[cd].jsonl")
}
