package checks

import "testing"

// TestCasesProbe67 reports the sixty-first session's probe of copy that
// explains its material (testdata/cases/probes/probe67c.jsonl and
// probe67d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (20:49-21:04 UTC) by two helpers under the brief of blind set 67, with
// every product's copy explaining its material beside the piece's facts
// (pools: C Mexican fire opal, mookaite jasper, chiastolite (andalusite),
// tension-set diamonds, cold enamel on sterling silver, vulcanite; D
// spectrolite, Peruvian pink opal, poudretteite, black gold (black-rhodium
// plated 14k), faux tortoiseshell acetate, 316L surgical steel). Besides
// the blind brief's kinds, treatment_denied (block, grounding) and
// true_treatment (pass). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12. First
// contact (736813c8): see the cases README. Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe67(t *testing.T) {
	reportHeldOut(t, "probe 67", "probes/probe67[cd].jsonl")
}
