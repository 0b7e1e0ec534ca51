package checks

import "testing"

// TestCasesProbe61 reports the fifty-fifth session's probe of copy that
// explains its material (testdata/cases/probes/probe61c.jsonl and
// probe61d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (03:37-03:46 UTC) by two helpers under the brief of blind set 61, with
// every product's copy explaining its material beside the piece's facts
// (pools: C beryllonite, scolecite, natural clam pearls (white,
// non-nacreous), oiled emerald, rolled gold plate (1/20 12k over brass),
// lead-free pewter; D sinhalite, sphalerite, natural horse conch pearls
// (orange, non-nacreous), stabilised turquoise, beryllium-diffused
// sapphire, palladium 500). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (e88ed9c8): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe61(t *testing.T) {
	reportHeldOut(t, "probe 61", "probes/probe61[cd].jsonl")
}
