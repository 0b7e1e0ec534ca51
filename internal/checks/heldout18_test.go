package checks

import "testing"

// TestCasesHeldOut18 reports the held-out half of the eighteenth blind set
// (heldout18a.jsonl and heldout18b.jsonl), written blind on 2 Dec 2026 by
// two helpers of the fifteenth session who read neither the checker's code
// and data nor the locale packs nor any case file but the 14 field cases:
// issue #13, DESIGN.md, the README, the OpenAPI product model, the example
// style guide and a brief naming the kinds. Writer A took 13 locales
// (en-AU en-US fr-FR de-DE es-ES pt-BR sv-SE pl-PL el-GR ja-JP zh-CN ar-AE cs-CZ) with products
// H18a01-H18a10, writer B the other 12 (en-GB fr-CA es-MX it-IT pt-PT nl-NL da-DK nb-NO fi-FI tr-TR ko-KR zh-TW)
// with H18b01-H18b10, twenty products no earlier set or probe had. The
// set was sealed (never read, never scored) while the session tuned, then
// first scored once. Split by base text: pairs 1 and 3 of each locale here,
// pairs 2 and 4 in released18*.jsonl. Tuners must not read these files;
// quote the figures only (run with -v). It fails only on a malformed file.
func TestCasesHeldOut18(t *testing.T) {
	reportHeldOut(t, "held-out 18", "heldout18*.jsonl")
}

// TestCasesReleased18 reports the released half of the eighteenth blind set
// (released18a.jsonl and released18b.jsonl): scored first with the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased18(t *testing.T) {
	reportHeldOut(t, "released 18", "released18*.jsonl")
}
