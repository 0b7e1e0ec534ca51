package checks

import "testing"

// TestCasesProbe56 reports the fiftieth session's probe of copy that
// explains its material (testdata/cases/probes/probe56c.jsonl and
// probe56d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (14:09-14:18 UTC) by two helpers under the brief of blind set 56, with
// every product's copy explaining its material beside the piece's facts
// (pools: C dyed magnesite (an imitation of turquoise), surface-coated pink
// topaz, cobalt-glass-filled blue sapphire (a composite), dyed green
// chalcedony, rhodium-plated brass, sterling silver with an 18k gold plating
// (1 micron); D lab-grown padparadscha sapphire, CVD lab-grown champagne
// diamond, hydrothermal lab-grown amethyst, cultured Chinese freshwater
// souffle pearls, 10k white gold with rhodium plating, 14k rose gold-filled
// (1/20) over brass). Besides the blind brief's kinds, treatment_denied
// (block, grounding) and true_treatment (pass). Writer C took en-GB en-US
// de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D
// the other 12. First contact (22b4378a): see the cases README. Tuners may
// read it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe56(t *testing.T) {
	reportHeldOut(t, "probe 56", "probes/probe56[cd].jsonl")
}
