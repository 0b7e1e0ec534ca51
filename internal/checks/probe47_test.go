package checks

import "testing"

// TestCasesProbe47 reports the forty-first session's probe of copy that
// explains its material (testdata/cases/probes/probe47c.jsonl and
// probe47d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (12:38-12:45 UTC) by two helpers under the brief of blind set 47, with
// every product's copy explaining its material beside the piece's facts and
// a styling or care line (pools: C glass-filled ruby, oiled emerald,
// assembled opal triplet, white high-tech ceramic, cobalt chrome, lab-grown
// alexandrite, Keshi pearls; D beryllium-diffused orange sapphire, bleached
// and polymer-impregnated jadeite (type B jade), Baltic amber, dyed black
// onyx (agate), oxidised sterling silver, salt-and-pepper diamonds,
// recycled 18k gold). Besides the blind brief's kinds, treatment_denied
// (block, grounding) and true_treatment (pass). Writer C took en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer
// D the other 12. First contact (363a3410): 0.94 (79/84) / 0.11 (23/216) /
// 0.94 (79/84). Tuners may read it; a diagnostic kept out of
// TestCasesDev, reported alone.
func TestCasesProbe47(t *testing.T) {
	reportHeldOut(t, "probe 47", "probes/probe47[cd].jsonl")
}
