package checks

import "testing"

// TestCasesProbe45 reports the thirty-ninth session's probe of copy that
// explains its material (testdata/cases/probes/probe45c.jsonl and
// probe45d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (06:57-07:04 UTC) by two helpers under the brief of blind set 45 (issue
// #13, DESIGN.md, the README, the OpenAPI product model, the example guide
// and the field cases; no checker code or data), with every product's copy
// explaining its material beside the piece's facts and a styling or care
// line (pools: C conch pearl, abalone shell, anodised titanium, moissanite,
// vitreous enamel over sterling silver, dyed howlite, recycled sterling
// silver; D coated mystic topaz, heated ruby, labradorite, platinum 900
// with iridium, lab-grown emerald, fracture-filled diamond, black
// rhodium-plated 18k white gold). Besides the blind brief's kinds, two
// more where a stone's treatment is given: treatment_denied (the copy
// denies the disclosed treatment; block, grounding) and true_treatment
// (the treatment disclosed in other words; pass). Writer C took en-GB
// en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW,
// writer D the other 12. First contact (9af65de4): 0.84 (70/83) / 0.11
// (23/217) / 0.92 (76/83). Tuners may read it; a diagnostic kept out of
// TestCasesDev, reported alone.
func TestCasesProbe45(t *testing.T) {
	reportHeldOut(t, "probe 45", "probes/probe45[cd].jsonl")
}
