package checks

import "testing"

// TestCasesProbe68 reports the sixty-second session's probe of copy that
// explains its material (testdata/cases/probes/probe68c.jsonl and
// probe68d.jsonl): 12 cases a locale, written blind on 7 Dec 2026
// (23:36-23:48 UTC) by two helpers under the brief of blind set 68, with
// every product's copy explaining its material beside the piece's facts
// (pools: C septarian nodule, tugtupite, rainbow obsidian, dyed sponge
// coral, Picasso jasper, micro mosaic; D leopard skin jasper, garden quartz
// (lodolite), strawberry quartz, Apache tear obsidian, sandblasted 14k
// yellow gold, pietra dura). Besides the blind brief's kinds,
// treatment_denied (block, grounding) and true_treatment (pass). Writer C
// took en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ
// ko-KR zh-TW, writer D the other 12. First contact (57290652): see the
// cases README. Tuners may read it; a diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe68(t *testing.T) {
	reportHeldOut(t, "probe 68", "probes/probe68[cd].jsonl")
}
