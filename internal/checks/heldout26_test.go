package checks

import "testing"

// TestCasesHeldOut26 reports the held-out half of the 26th blind set
// (heldout26a.jsonl and heldout26b.jsonl), written blind on 2 Dec 2026 by
// two helpers of the twentieth session who read neither the checker's code
// and data nor the locale packs nor any case file but the 14 field cases:
// issue #13, DESIGN.md, the README, the OpenAPI product model, the example
// style guide and a brief naming the kinds. A rare-material set, as set 25
// was: every base text says what its material is, how it formed, where its
// name comes from or what it is confused with. Writer A took 13 locales
// (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR
// zh-TW) with products 26A101-26A110 (fulgurite, peacock ore, pallasite,
// opalite, Apache tears, kambaba jasper, copal, turritella agate,
// chalcopyrite, lab-grown emerald), writer B the other 12 (en-AU fr-FR
// es-ES pt-BR sv-SE da-DK pl-PL tr-TR el-GR ar-AE ja-JP zh-CN) with
// B26BAK01-B26LGS10 (Bakelite, Iceland spar, blue aragonite, serpentine,
// peanut wood, Dalmatian jasper, shattuckite, lodolite, trilobite,
// lab-grown sapphire), twenty products no earlier set had, written at the
// session's start (19:55-20:01 UTC) and sealed: scored for the figures
// alone on the session's first checker (62b4fbc), before any change of the
// session. Split by product, so the halves share none: A's even products
// here, its odd ones in released26a.jsonl; B's Dalmatian jasper, Iceland
// spar, serpentine and trilobite here, its other six in released26b.jsonl.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut26(t *testing.T) {
	reportHeldOut(t, "held-out 26", "heldout26*.jsonl")
}

// TestCasesReleased26 reports the released half of the 26th blind set
// (released26a.jsonl and released26b.jsonl): scored with the held-out
// half, then released to later tuners as a diagnostic. Not gated by the dev
// floors; no case of it is copied into the dev files.
func TestCasesReleased26(t *testing.T) {
	reportHeldOut(t, "released 26", "released26*.jsonl")
}
