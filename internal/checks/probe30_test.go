package checks

import "testing"

// TestCasesProbe30 reports the twenty-fourth session's probe alone
// (dev-probe30c.jsonl and dev-probe30d.jsonl, development cases that
// TestCasesDev scores with the rest): 300 cases in all 25 locales, written
// blind at the session's start by two helpers under the brief of the 30th
// blind set (copy that explains its material; 12 a locale, 6 publishable
// and 6 blocking; positions 3 and 4 on materials no earlier set used:
// spessartine, demantoid, watermelon tourmaline, boulder opal, jadeite,
// carnelian, bloodstone, imperial topaz, tsavorite, moss agate; natural
// spinel, cat's-eye chrysoberyl, smoky quartz, black onyx, amazonite),
// read and tuned on as a diagnostic of the kinds that block explanatory
// copy (the cases README, "The twenty-fourth session's probe").
func TestCasesProbe30(t *testing.T) {
	reportHeldOut(t, "probe 30", "dev-probe30*.jsonl")
}
