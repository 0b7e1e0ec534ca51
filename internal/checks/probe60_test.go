package checks

import "testing"

// TestCasesProbe60 reports the fifty-fourth session's probe of copy that
// explains its material (testdata/cases/probes/probe60c.jsonl and
// probe60d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (01:05-01:12 UTC) by two helpers under the brief of blind set 60, with
// every product's copy explaining its material beside the piece's facts
// (pools: C pezzottaite, musgravite, natural melo pearls (orange,
// non-nacreous), glass-filled ruby (lead-glass filled), sterling silver with
// an oxidised (blackened) finish, shibuichi (a Japanese copper-silver alloy);
// D poudretteite, irradiated London blue topaz, natural conch pearls (pink),
// fracture-filled emerald, 14k gold-filled (1/20 14k over brass), tungsten
// carbide with gold-coloured IP plating). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (24c2537f): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe60(t *testing.T) {
	reportHeldOut(t, "probe 60", "probes/probe60[cd].jsonl")
}
