package checks

import "testing"

// TestCasesProbe53 reports the forty-seventh session's probe of copy that
// explains its material (testdata/cases/probes/probe53c.jsonl and
// probe53d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (05:40-05:50 UTC) by two helpers under the brief of blind set 53, with
// every product's copy explaining its material beside the piece's facts
// (pools: C dyed blue agate, type A jadeite (waxed only), citrine made by
// heating amethyst, colour-enhanced (irradiated) green diamond, sterling
// silver with an anti-tarnish e-coat lacquer, rose-gold-plated brass; D
// rutilated quartz, lab-grown CVD blue diamond, irradiated lemon quartz,
// cultured Kasumiga pearls, 14k rose gold, sterling silver with platinum
// plating). Besides the blind brief's kinds, treatment_denied (block,
// grounding) and true_treatment (pass). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12. First contact (0c22cb2a): see the cases README. Tuners may read
// it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe53(t *testing.T) {
	reportHeldOut(t, "probe 53", "probes/probe53[cd].jsonl")
}
