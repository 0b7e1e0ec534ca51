package checks

import "testing"

// TestCasesProbe49 reports the forty-third session's probe of copy that
// explains its material (testdata/cases/probes/probe49c.jsonl and
// probe49d.jsonl): 12 cases a locale, written blind on 5 Dec 2026
// (18:23-18:26 UTC) by two helpers under the brief of blind set 49, with
// every product's copy explaining its material beside the piece's facts
// (pools: C larimar, stabilised turquoise, dyed coral, mother-of-pearl,
// cultured Akoya pearls, niobium, anodised titanium, heated and
// diffusion-treated sapphire; D lab-grown emerald, lab-grown sapphire,
// synthetic spinel, moissanite, recycled sterling silver, brass, bronze,
// rhodium-plated 9k white gold (a nickel alloy), oiled natural emerald).
// Besides the blind brief's kinds, treatment_denied (block, grounding) and
// true_treatment (pass). Writer C took en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the other 12. First
// contact (b183ca1d): 0.92 (90/98) / 0.10 (20/202) / 0.94 (92/98). Tuners
// may read it; a
// diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe49(t *testing.T) {
	reportHeldOut(t, "probe 49", "probes/probe49[cd].jsonl")
}
