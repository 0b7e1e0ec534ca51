package checks

import "testing"

// TestCasesProbe55 reports the forty-ninth session's probe of copy that
// explains its material (testdata/cases/probes/probe55c.jsonl and
// probe55d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (11:10-11:20 UTC) by two helpers under the brief of blind set 55, with
// every product's copy explaining its material beside the piece's facts
// (pools: C dyed black freshwater pearls, diffusion-treated red andesine,
// lead-crystal glass (an imitation), HPHT-treated natural yellow diamond,
// silver-plated brass (1 micron), unplated 18k white gold; D
// Chatham-created (lab-grown) ruby, lab-grown white sapphire, lab-grown CVD
// pink diamond, cultured Sea of Cortez pearls, palladium-plated sterling
// silver, 14k gold-plated stainless steel). Besides the blind brief's
// kinds, treatment_denied (block, grounding) and true_treatment (pass).
// Writer C took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW, writer D the other 12. First contact (4262847b): see
// the cases README. Tuners may read it; a diagnostic kept out of
// TestCasesDev, reported alone.
func TestCasesProbe55(t *testing.T) {
	reportHeldOut(t, "probe 55", "probes/probe55[cd].jsonl")
}
