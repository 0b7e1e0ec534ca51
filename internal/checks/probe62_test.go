package checks

import "testing"

// TestCasesProbe62 reports the fifty-sixth session's probe of copy that
// explains its material (testdata/cases/probes/probe62c.jsonl and
// probe62d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (06:37-06:46 UTC) by two helpers under the brief of blind set 62, with
// every product's copy explaining its material beside the piece's facts
// (pools: C brazilianite, phenakite, natural melo pearls (orange,
// non-nacreous), lead-glass filled ruby, niobium (anodised), cobalt chrome;
// D kornerupine, axinite, Edison pearls (cultured freshwater,
// bead-nucleated), irradiated blue topaz, mokume-gane (sterling silver and
// copper), palladium 950). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (2948068c): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe62(t *testing.T) {
	reportHeldOut(t, "probe 62", "probes/probe62[cd].jsonl")
}
