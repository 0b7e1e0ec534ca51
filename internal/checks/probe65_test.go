package checks

import "testing"

// TestCasesProbe65 reports the fifty-ninth session's probe of copy that
// explains its material (testdata/cases/probes/probe65c.jsonl and
// probe65d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (15:16-15:28 UTC) by two helpers under the brief of blind set 65, with
// every product's copy explaining its material beside the piece's facts
// (pools: C opal triplet, heated teal sapphire, bumblebee jasper, dyed
// jadeite, champagne diamonds, niello on sterling silver; D petrified wood,
// imperial topaz, heated Umba sapphire, seed pearls, fossil coral,
// cloisonné enamel on gold vermeil). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (8f00b514): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe65(t *testing.T) {
	reportHeldOut(t, "probe 65", "probes/probe65[cd].jsonl")
}
