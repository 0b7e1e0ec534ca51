package checks

import "testing"

// TestCasesProbe46 reports the fortieth session's probe of copy that
// explains its material (testdata/cases/probes/probe46c.jsonl and
// probe46d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (09:48-09:54 UTC) by two helpers under the brief of blind set 46, with
// every product's copy explaining its material beside the piece's facts and
// a styling or care line (pools: C dyed ox-blood coral, reconstructed
// (pressed) amber, black PVD-coated titanium, tungsten carbide, cultured
// Akoya pearls, heated pink sapphire, rhodium-plated 14k white gold; D
// lab-grown sapphire, untreated spinel, rhodolite garnet, peridot, iolite,
// Tahitian cultured pearls, heated aquamarine, diffusion-treated blue
// sapphire, palladium). Besides the blind brief's kinds, treatment_denied
// (block, grounding) and true_treatment (pass). Writer C took en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer
// D the other 12. First contact (099be13a): 0.75 (66/88) / 0.19 (41/212) /
// 0.75 (66/88). Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe46(t *testing.T) {
	reportHeldOut(t, "probe 46", "probes/probe46[cd].jsonl")
}
