package checks

import "testing"

// TestCasesHeldOut37 reports the held-out half of the 37th blind set
// (heldout37a.jsonl and heldout37b.jsonl: positions 1 and 3 of each
// locale), written blind on 4 Dec 2026 (10:06-10:23 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored only on the
// session's first checker (55723afd) and its last before the half was
// committed (16e9f8af). Nothing was relabelled. Tuners must not read these
// files; quote the figures only (run with -v). It fails only on a
// malformed file.
func TestCasesHeldOut37(t *testing.T) {
	reportHeldOut(t, "held-out 37", "heldout37*.jsonl")
}

// TestCasesReleased37 reports the released half of the 37th blind set
// (released37a/b.jsonl), written blind on 4 Dec 2026 (10:06-10:23 UTC) by
// helpers of the thirty-first session (issue #13, DESIGN.md, the README,
// the OpenAPI product model, the example style guide and the field cases;
// no checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-36: positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A turquoise, rose quartz,
// aquamarine, almandine garnet, citrine; B black onyx, Baltic amber,
// mother-of-pearl, blue chalcedony, watermelon tourmaline). Writer A took
// 13 locales (en-GB en-US de-DE fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI
// cs-CZ ko-KR zh-TW), writer B the other 12. Split by product position
// within each locale before any text was read: positions 2 and 4 here; 1
// and 3 are the held-out half (TestCasesHeldOut37). Scored once at the
// session's start (55723afd), then read and tuned on; a diagnostic, not a measure. Not gated by the
// dev floors.
func TestCasesReleased37(t *testing.T) {
	reportHeldOut(t, "released 37", "released37*.jsonl")
}
