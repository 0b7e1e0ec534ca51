package checks

import "testing"

// TestCasesProbe66 reports the sixtieth session's probe of copy that
// explains its material (testdata/cases/probes/probe66c.jsonl and
// probe66d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (18:08-18:21 UTC) by two helpers under the brief of blind set 66, with
// every product's copy explaining its material beside the piece's facts
// (pools: C ocean jasper, heated Paraíba tourmaline, old mine cut diamonds,
// sea glass, tagua nut, champlevé enamel on 18k gold; D danburite,
// dendritic agate, idocrase, mandarin garnet, type A and type B
// (bleached and polymer-impregnated) jadeite, repoussé 22k gold). Besides
// the blind brief's kinds, treatment_denied (block, grounding) and
// true_treatment (pass). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12. First
// contact (565e5f07): see the cases README. Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe66(t *testing.T) {
	reportHeldOut(t, "probe 66", "probes/probe66[cd].jsonl")
}
