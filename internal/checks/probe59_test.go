package checks

import "testing"

// TestCasesProbe59 reports the fifty-third session's probe of copy that
// explains its material (testdata/cases/probes/probe59c.jsonl and
// probe59d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (22:31-22:39 UTC) by two helpers under the brief of blind set 59, with
// every product's copy explaining its material beside the piece's facts
// (pools: C Aqua Aura quartz (rock crystal coated with vapour-deposited
// gold), reconstituted turquoise (turquoise powder bonded with resin),
// Czochralski lab-grown alexandrite, mabé cultured pearls (assembled blister
// pearls), sterling silver with niello inlay, stainless steel 316L with a
// gold-coloured PVD coating; D pressed amber (ambroid), heated tanzanite,
// hackmanite (tenebrescent sodalite), natural taaffeite, gold-plated bronze
// (3 microns of 14k gold over bronze), 14k white gold with black rhodium
// plating). Besides the blind brief's kinds, treatment_denied (block,
// grounding) and true_treatment (pass). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12. First contact (77c9b571): see the cases README. Tuners may read
// it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe59(t *testing.T) {
	reportHeldOut(t, "probe 59", "probes/probe59[cd].jsonl")
}
