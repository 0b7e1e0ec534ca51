package checks

import "testing"

// TestCasesHeldOut30 reports the held-out half of the 30th blind set
// (heldout30a.jsonl and heldout30b.jsonl), written blind on 3 Dec 2026
// (08:52-08:58 UTC) by two helpers of the twenty-fourth session (issue #13,
// DESIGN.md, the README, the OpenAPI product model, the example style guide
// and the 14 field cases; no checker code, data, locale pack or other case
// file), on set 29's theme: copy that explains its materials, naming
// stones, metals and minerals the product lacks. Positions 1 and 2 are
// everyday pieces, 3 and 4 materials no earlier set used, from a pool per
// writer. Writer A took 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT
// pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW) with products 30A101-30A110,
// writer B the other 12 (en-AU fr-FR es-ES pt-BR sv-SE da-DK pl-PL tr-TR
// el-GR ar-AE ja-JP zh-CN) with 30B101-30B110. The set stayed outside the
// repository, sealed, through the whole session and was scored only on the
// session's first checker (0e3c8fa7) and its last (f901f766); the one
// change before the first score was mechanical: the brief's competitor
// cases were relabelled from banned_term to DESIGN.md's competitor
// category. Split by product position, decided before any text was read:
// positions 1 and 3 here (A: pearl studs, oiled emerald on white gold,
// titanium cuff, iolite, labradorite; B: ruby in 18k, pearl on silver,
// dyed onyx on steel, malachite, lapis lazuli), 2 and 4 in
// released30a/b.jsonl. Tuners must not read these files; quote the figures
// only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut30(t *testing.T) {
	reportHeldOut(t, "held-out 30", "heldout30*.jsonl")
}

// TestCasesReleased30 reports the released half of the 30th blind set
// (released30a.jsonl and released30b.jsonl: A's lab-grown ruby in 9k rose
// gold, opal on silver, Oregon sunstone, sodalite beads, prehnite on
// gold-plated silver; B's sapphires in rhodium-plated white gold, peridot
// on vermeil, lab-grown sapphires in rose gold, morganite, rhodonite
// beads). Like the held-out half it was blind through the twenty-fourth
// session (scored at its start and end only); released afterwards to later
// tuners as a diagnostic. Not gated by the dev floors.
func TestCasesReleased30(t *testing.T) {
	reportHeldOut(t, "released 30", "released30*.jsonl")
}
