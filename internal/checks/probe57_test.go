package checks

import "testing"

// TestCasesProbe57 reports the fifty-first session's probe of copy that
// explains its material (testdata/cases/probes/probe57c.jsonl and
// probe57d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (16:47-16:55 UTC) by two helpers under the brief of blind set 57, with
// every product's copy explaining its material beside the piece's facts
// (pools: C smoke-treated Ethiopian opal, dyed jasper (an imitation of lapis
// lazuli), quench-crackled dyed quartz, irradiated grey freshwater pearls,
// bronze with 24k gold plating (3 microns), sterling silver with a rose-gold
// PVD coating; D flame-fusion lab-grown blue spinel, CVD lab-grown pink
// diamond (HPHT-annealed after growth), hydrothermal lab-grown pink beryl
// (morganite), cultured Sea of Cortez pearls, nickel-free 14k palladium
// white gold (unplated), 9k yellow gold). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (2a416f6d): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe57(t *testing.T) {
	reportHeldOut(t, "probe 57", "probes/probe57[cd].jsonl")
}
