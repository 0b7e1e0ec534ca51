package checks

import "testing"

// TestCasesProbe58 reports the fifty-second session's probe of copy that
// explains its material (testdata/cases/probes/probe58c.jsonl and
// probe58d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (19:44-19:52 UTC) by two helpers under the brief of blind set 58, with
// every product's copy explaining its material beside the piece's facts
// (pools: C Libyan desert glass, goldstone (a man-made copper aventurine
// glass, a simulant), irradiated lemon quartz, dyed blue magnesite (an
// imitation of turquoise), Damascus steel (pattern-welded stainless), shakudo
// (a Japanese copper-gold alloy); D flame-fusion lab-grown star sapphire
// (Linde type), CVD lab-grown champagne diamond, heated colourless zircon,
// dyed golden cultured freshwater baroque pearls, rhodium-plated 10k white
// gold, 14k rose gold-filled (1/20 14k)). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (6be894e0): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe58(t *testing.T) {
	reportHeldOut(t, "probe 58", "probes/probe58[cd].jsonl")
}
