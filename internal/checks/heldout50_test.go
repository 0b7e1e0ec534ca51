package checks

import "testing"

// TestCasesHeldOut50 reports the held-out half of the 50th blind set
// (heldout50a.jsonl and heldout50b.jsonl: positions 1 and 3 of each
// locale), written blind on 5 Dec 2026 (21:15-21:24 UTC) as described for
// the released half below. The held-out half stayed sealed outside the
// repository until the session's sealed end and was scored, figures only,
// on the session's first checker (388fc0ff): 0.95 (41/43) / 0.14 (15/107)
// / 0.98 (42/43), and on its last before the half was committed
// (28860c7d): 0.95 (41/43) / 0.08 (9/107) / 0.98 (42/43). Nothing was
// relabelled. Tuners must not read these files; quote the figures only
// (run with -v). It fails only on a malformed file.
func TestCasesHeldOut50(t *testing.T) {
	reportHeldOut(t, "held-out 50", "heldout50*.jsonl")
}

// TestCasesReleased50 reports the released half of the 50th blind set
// (released50a/b.jsonl), written blind on 5 Dec 2026 (21:15-21:24 UTC) by
// helpers of the forty-fourth session (issue #13, DESIGN.md, the README, the
// OpenAPI product model, the example style guide and the field cases; no
// checker code, data, locale pack or other case file, no project code
// run), on the theme of sets 31-49 with texts of 70-115 words (ja-JP,
// zh-CN, zh-TW 120-200 characters): positions 1 and 2 everyday catalogue
// pieces with several facts and styling advice, positions 3 and 4 pieces
// whose copy explains the material (pools: A heated tanzanite, rhodolite
// garnet, Ethiopian (Welo) hydrophane opal, recycled 18k yellow gold,
// grade-23 titanium; B heated citrine, prasiolite, smoky quartz, platinum
// 900 iridium, rose-gold vermeil (18k rose gold over sterling, 2.5
// microns), 9ct yellow gold). Writer A took 13 locales (en-GB en-US de-DE
// fr-CA es-MX it-IT pt-PT nl-NL nb-NO fi-FI cs-CZ ko-KR zh-TW), writer B the
// other 12. Split by product position within each locale before any text
// was read: positions 2 and 4 here; 1 and 3 are the held-out half, sealed
// outside the repository until the session's sealed end. Scored once at the
// session's start (388fc0ff): 0.97 (38/39) / 0.12 (13/111) / 1.00 (39/39);
// then read and tuned on, a diagnostic, not a measure. Not gated by the dev
// floors.
func TestCasesReleased50(t *testing.T) {
	reportHeldOut(t, "released 50", "released50*.jsonl")
}
