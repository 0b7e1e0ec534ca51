package checks

import "testing"

// TestCasesProbe48 reports the forty-second session's probe of copy that
// explains its material (testdata/cases/probes/probe48c.jsonl and
// probe48d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (15:16-15:24 UTC) by two helpers under the brief of blind set 48, with
// every product's copy explaining its material beside the piece's facts and
// a styling or care line (pools: C heated carnelian, lab-grown ruby, an
// assembled opal doublet, Oregon sunstone, prehnite, fracture-filled
// diamond, black-rhodium-plated sterling silver; D irradiated London blue
// topaz, jet, rose quartz, watermelon tourmaline, cubic zirconia
// (simulant), 9k rose gold, platinum 950, and treated common stones).
// Besides the blind brief's kinds, treatment_denied (block, grounding) and
// true_treatment (pass). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12. First
// contact (fcc11842): 0.92 (115/125) / 0.08 (14/175) / 0.94 (118/125). Tuners may read it; a diagnostic kept out
// of TestCasesDev, reported alone.
func TestCasesProbe48(t *testing.T) {
	reportHeldOut(t, "probe 48", "probes/probe48[cd].jsonl")
}
