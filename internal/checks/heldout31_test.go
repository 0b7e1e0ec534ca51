package checks

import "testing"

// TestCasesHeldOut31 reports the held-out half of the 31st blind set
// (heldout31a.jsonl and heldout31b.jsonl), written blind on 3 Dec 2026
// (11:50-12:10 UTC) by two helpers of the twenty-fifth session (issue #13,
// DESIGN.md, the README, the OpenAPI product model, the example style guide
// and the 14 field cases; no checker code, data, locale pack or other case
// file), on a launch-shaped theme: positions 1 and 2 are everyday catalogue
// pieces with several facts and styling advice naming clothing colours and
// other pieces, positions 3 and 4 pieces whose copy explains the material
// (from a pool per writer: A chrysoprase, larimar, charoite, Whitby jet,
// tanzanite; B kunzite, rhodochrosite, Blue John fluorite, rutilated quartz,
// Tahitian pearl). Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX
// it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW) with products
// 31A101-31A110, writer B the other 12 (en-AU fr-FR es-ES pt-BR sv-SE da-DK
// pl-PL tr-TR el-GR ar-AE ja-JP zh-CN) with 31B101-31B110. The set stayed
// outside the repository, sealed, through the whole session and was scored
// only on the session's first checker (2ae319a7) and its last (9ea4e744);
// nothing was relabelled. Split by product position within each locale,
// decided before any text was read: positions 1 and 3 here, 2 and 4 in
// released31a/b.jsonl. Tuners must not read these files; quote the figures
// only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut31(t *testing.T) {
	reportHeldOut(t, "held-out 31", "heldout31*.jsonl")
}

// TestCasesReleased31 reports the released half of the 31st blind set
// (released31a.jsonl and released31b.jsonl: positions 2 and 4 of each
// locale). Like the held-out half it was blind through the twenty-fifth
// session (scored at its start and end only); released afterwards to later
// tuners as a diagnostic. Not gated by the dev floors.
func TestCasesReleased31(t *testing.T) {
	reportHeldOut(t, "released 31", "released31*.jsonl")
}
