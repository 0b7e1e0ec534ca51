package checks

import "testing"

// TestCasesProbe51 reports the forty-fifth session's probe of copy that
// explains its material (testdata/cases/probes/probe51c.jsonl and
// probe51d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (00:09-00:21 UTC) by two helpers under the brief of blind set 51, with
// every product's copy explaining its material beside the piece's facts
// (pools: C beryllium-diffused orange sapphire, lead-glass-filled
// (composite) ruby, stabilised turquoise, dyed black onyx (chalcedony),
// mokume-gane (sterling silver and copper laminate), sterling silver with
// black rhodium plating; D lab-grown alexandrite, heated natural blue
// zircon, irradiated Swiss blue topaz, rhodium-plated 14k white gold,
// palladium 500, recycled 925 sterling silver). Besides the blind brief's
// kinds, treatment_denied (block, grounding) and true_treatment (pass).
// Writer C took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW, writer D the other 12. First contact (7ff2e44a):
// 0.93 (76/82) / 0.13 (29/218) / 0.94 (77/82). Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe51(t *testing.T) {
	reportHeldOut(t, "probe 51", "probes/probe51[cd].jsonl")
}
