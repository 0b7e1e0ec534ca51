package checks

import "testing"

// TestCasesProbe54 reports the forty-eighth session's probe of copy that
// explains its material (testdata/cases/probes/probe54c.jsonl and
// probe54d.jsonl): 12 cases a locale, written blind on 6 Dec 2026
// (08:33-08:42 UTC) by two helpers under the brief of blind set 54, with
// every product's copy explaining its material beside the piece's facts
// (pools: C dyed green chalcedony, titanium-coated drusy quartz,
// resin-filled (clarity-enhanced) emerald, heated Madagascar pink
// sapphire, 12/20 gold-filled over sterling silver, rhodium-plated brass;
// D lab-grown padparadscha sapphire, lab-grown flux ruby, irradiated
// (colour-treated) natural blue diamond, cultured golden South Sea pearls,
// rhodium-plated 10k white gold, sterling silver with rhodium plating).
// Besides the blind brief's kinds, treatment_denied (block, grounding) and
// true_treatment (pass). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12. First
// contact (f77e3f98): see the cases README. Tuners may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe54(t *testing.T) {
	reportHeldOut(t, "probe 54", "probes/probe54[cd].jsonl")
}
