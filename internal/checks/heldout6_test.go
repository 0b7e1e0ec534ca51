package checks

import "testing"

// TestCasesHeldOut6 reports the held-out half of the sixth blind set
// (heldout6a.jsonl and heldout6b.jsonl), written blind on 30 Nov 2026
// (22:35-23:00 UTC) by two helpers who read neither the checker's code and
// data nor the locale packs nor any other case file, only issue #13,
// DESIGN.md, the README, the OpenAPI product model, the example style guide
// and the descriptions of the fourth and fifth sets. Writer A took the 12
// locales en-GB … nl-NL with products H6A01-H6A10, writer B the other 13
// with H6B01-H6B10; in each locale four (locale, product) pairs, each with
// one truthful base text from which every case of the pair is derived.
// Labels were set and committed before the first run. Split by base text:
// pairs 1 and 3 of each locale (sorted by product id) here, pairs 2 and 4 in
// released6*.jsonl, so the halves share no sentence. Tuners must not read
// these files; quote the figures only (run with -v). It fails only on a
// malformed file.
func TestCasesHeldOut6(t *testing.T) {
	reportHeldOut(t, "held-out 6", "heldout6[ab].jsonl")
}

// TestCasesReleased6 reports the released half of the sixth blind set
// (released6a.jsonl and released6b.jsonl): scored before tuning like the
// held-out half, then released to the tuners as a diagnostic. Not gated by
// the dev floors; no case of it is copied into the dev files.
func TestCasesReleased6(t *testing.T) {
	reportHeldOut(t, "released 6", "released6[ab].jsonl")
}
