package checks

import "testing"

// TestCasesHeldOut27 reports the held-out half of the 27th blind set
// (heldout27a.jsonl and heldout27b.jsonl), written blind on 2 Dec 2026
// (22:35-22:44 UTC) by two helpers of the twenty-first session under set
// 26's brief (issue #13, DESIGN.md, the README, the OpenAPI product model,
// the example style guide and the 14 field cases; no checker code, data,
// locale pack or other case file). A rare-material set: every base text
// explains its material. Writer A took 13 locales (en-GB en-US de-DE fr-CA
// es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW) with products
// 27A101-27A110, writer B the other 12 (en-AU fr-FR es-ES pt-BR sv-SE da-DK
// pl-PL tr-TR el-GR ar-AE ja-JP zh-CN) with 27B101-27B110; both kept each
// product at one position in every locale. Sealed, then scored for the
// figures alone on the session's first checker (0fdfee2e). Split by product
// position, so the halves share no product: the first and third positions
// here (A: sphene, ametrine, ocean jasper, lab-grown alexandrite, Gibeon
// meteorite; B: lab-grown ruby, cobaltoan calcite, cinnabar lacquer,
// sillimanite, buffalo horn), the second and fourth in released27a/b.jsonl.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut27(t *testing.T) {
	reportHeldOut(t, "held-out 27", "heldout27*.jsonl")
}

// TestCasesReleased27 reports the released half of the 27th blind set
// (released27a.jsonl and released27b.jsonl: A's azurmalachite, agatised
// fossil coral, rainforest jasper, orthoceras, bumblebee jasper; B's Mexican
// fire agate, ulexite, tagua nut, Roman glass, lab-grown spinel): scored
// with the held-out half, then released to later tuners as a diagnostic.
// Not gated by the dev floors; no case of it is copied into the dev files.
func TestCasesReleased27(t *testing.T) {
	reportHeldOut(t, "released 27", "released27*.jsonl")
}
