package checks

import "testing"

// TestCasesProbe63 reports the fifty-seventh session's probe of copy that
// explains its material (testdata/cases/probes/probe63c.jsonl and
// probe63d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (09:13-09:29 UTC) by two helpers under the brief of blind set 63, with
// every product's copy explaining its material beside the piece's facts
// (pools: C pezzottaite, diaspore (colour-change), enstatite, Kasumiga
// pearls, heated blue zircon, shakudo; D cuprian tourmaline (heated),
// hackmanite, scapolite, soufflé pearls, coated mystic topaz, argentium
// silver 935). Besides the blind brief's kinds, treatment_denied (block,
// grounding) and true_treatment (pass). Writer C took en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW, writer D the
// other 12. First contact (ccae240f): see the cases README. Tuners may read
// it; a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe63(t *testing.T) {
	reportHeldOut(t, "probe 63", "probes/probe63[cd].jsonl")
}
