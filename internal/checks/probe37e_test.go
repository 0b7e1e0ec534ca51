package checks

import "testing"

// TestCasesProbe37e reports helper probe37e's probe of everyday catalogue
// copy (testdata/cases/probes/probe37e.jsonl and probe37f.jsonl): 200 cases,
// 8 a locale in all 25 (6 publishable, 2 blocking), written on 4 Dec 2026
// (10:52-11:06 UTC) under issue #13's brief, each locale's texts written in
// its own idiom. Four everyday products, three a locale: a halo ring in 14k
// (585) white gold with one 5 mm lab-grown diamond and a halo of twelve
// lab-grown diamonds (0.62 ct); 18k gold vermeil huggie hoops with seven
// white topazes each, nickel-free; a rhodium-plated 925 silver bracelet with
// three amethysts and six white topazes, 17 cm plus a 2 cm extender,
// hypoallergenic; a pearl drop necklace in 18k (750) yellow gold with two
// diamonds, 42 cm plus 3 cm. Texts state counts by group, sizes, fineness,
// plating and lab-grown qualifiers, and style the piece with clothes in
// colours and other pieces (a watch, studs, a bangle, a wedding band).
// Kinds: base, clothing_colour, other_product, keyword, true_claim,
// true_plating, count_group (pass); count_wrong, measurement_wrong,
// metal_wrong, plating_gold, labgrown_unqualified, claim_skin (block).
// Pass texts stay within the guide's pdp band (40-120 words; some Nordic
// and Finnish ones run 66-79 words). First contact (de86ab0d): 0.98 (49/50)
// / 0.15 (22/150) / 0.98 (49/50). A diagnostic kept out of TestCasesDev,
// reported alone.
func TestCasesProbe37e(t *testing.T) {
	reportHeldOut(t, "probe 37e", "probes/probe37[ef].jsonl")
}
