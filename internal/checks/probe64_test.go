package checks

import "testing"

// TestCasesProbe64 reports the fifty-eighth session's probe of copy that
// explains its material (testdata/cases/probes/probe64c.jsonl and
// probe64d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (12:25-12:35 UTC) by two helpers under the brief of blind set 64, with
// every product's copy explaining its material beside the piece's facts
// (pools: C hiddenite, andesine, zultanite, Tahitian keshi pearls,
// fracture-filled ruby, 10k white gold; D chrome diopside, ametrine,
// lepidolite, pietersite, glass-filled sapphire, sterling silver with
// ruthenium plating). Besides the blind brief's kinds, treatment_denied
// (block, grounding) and true_treatment (pass). Writer C took en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer
// D the other 12. First contact (1163fe49): see the cases README. Tuners
// may read it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe64(t *testing.T) {
	reportHeldOut(t, "probe 64", "probes/probe64[cd].jsonl")
}
