package checks

import "testing"

// TestCasesHeldOut20 reports the held-out half of the 20th blind set
// (heldout20a.jsonl and heldout20b.jsonl), written blind on 2 Dec 2026 by
// two helpers of the sixteenth session who read neither the checker's code
// and data nor the locale packs nor any case file but the 14 field cases:
// issue #13, DESIGN.md, the README, the OpenAPI product model, the example
// style guide and a brief naming the kinds. Writer A took 13 locales
// (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW)
// with products H20a01-H20a10, writer B the other 12 (en-AU fr-FR es-ES pt-BR
// sv-SE da-DK pl-PL tr-TR el-GR ar-AE ja-JP zh-CN) with H20b01-H20b10, twenty
// products no earlier set or probe had. The set was sealed (never read;
// scored for its figures alone, at the session's start and end) while the
// session tuned on four probe sets of other products. Split by base text:
// pairs 1 and 3 of each locale here, pairs 2 and 4 in released20*.jsonl.
// Tuners must not read these files; quote the figures only (run with -v).
// It fails only on a malformed file.
func TestCasesHeldOut20(t *testing.T) {
	reportHeldOut(t, "held-out 20", "heldout20*.jsonl")
}

// TestCasesReleased20 reports the released half of the 20th blind set
// (released20a.jsonl and released20b.jsonl): scored with the held-out
// half, then released to later tuners as a diagnostic. Not gated by the dev
// floors; no case of it is copied into the dev files.
func TestCasesReleased20(t *testing.T) {
	reportHeldOut(t, "released 20", "released20*.jsonl")
}
