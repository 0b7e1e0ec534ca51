package checks

import "testing"

// TestCasesHeldOut29 reports the held-out half of the 29th blind set
// (heldout29a.jsonl and heldout29b.jsonl), written blind on 3 Dec 2026
// (06:23-06:29 UTC) by two helpers of the twenty-third session under set
// 28's brief (issue #13, DESIGN.md, the README, the OpenAPI product model,
// the example style guide and the 14 field cases; no checker code, data,
// locale pack or other case file), with a new theme: copy that explains
// its materials. Every base text has one or two true sentences saying what
// the product's material is, how it formed or grew, where it is found or
// what it is mistaken for, naming other stones, metals or minerals the
// product lacks; positions 1 and 2 are everyday pieces, 3 and 4 less
// common materials no earlier set used. Writer A took 13 locales (en-GB
// en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW)
// with products 29A101-29A110, writer B the other 12 (en-AU fr-FR es-ES
// pt-BR sv-SE da-DK pl-PL tr-TR el-GR ar-AE ja-JP zh-CN) with
// 29B101-29B110; each product at one position in every locale. Sealed,
// then scored for the figures alone on the session's first checker
// (4b1dae2d). Split by product position, decided before any text was read:
// positions 1 and 3 here (A: amethyst pendant, lab-grown diamond studs,
// pearl drops on vermeil, ammolite pendant, Blue John earrings; B: pearl
// drops, lab-grown diamond studs, blue topaz pendant, moldavite pendant,
// Whitby jet earrings, charoite ring), 2 and 4 in released29a/b.jsonl. The
// two writers chose two materials alike (A's moldavite and Whitby jet are
// released, B's held out), so the halves share materials but no product.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut29(t *testing.T) {
	reportHeldOut(t, "held-out 29", "heldout29*.jsonl")
}

// TestCasesReleased29 reports the released half of the 29th blind set
// (released29a.jsonl and released29b.jsonl: A's cubic zirconia bracelet on
// gold-plated brass, peridot ring, heated sapphire ring, moldavite pendant,
// Whitby jet bracelet; B's amethyst ring on vermeil, garnet huggies,
// ammonite pendant, anodised niobium hoops): scored with the held-out
// half, then released to later tuners as a diagnostic. Not gated by the dev
// floors; no case of it is copied into the dev files.
func TestCasesReleased29(t *testing.T) {
	reportHeldOut(t, "released 29", "released29*.jsonl")
}
