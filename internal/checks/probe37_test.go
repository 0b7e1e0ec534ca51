package checks

import "testing"

// TestCasesProbe37 reports the thirty-first session's probe
// (testdata/cases/probes/probe37c.jsonl and probe37d.jsonl): 200 cases, 8 a
// locale in all 25 (6 publishable, 2 blocking), written on 4 Dec 2026
// (10:15-10:22 UTC) by helper probe37 under issue #13's brief: every
// publishable text explains its material as a brand copywriter would (what
// the stone is and how it forms, its family and varieties, hardness, its
// disclosed treatment: heated, oiled, irradiated; where it is mined; how
// vermeil, gold-filled, rhodium plating, rose gold or titanium are made;
// care and styling), over ten products a locale takes six of (heated blue
// sapphire in 18k vermeil, oiled emerald in rhodium-plated silver, Akoya
// pearl on 14/20 gold-filled, Australian opal in recycled sterling silver
// with a recycled feature, irradiated London blue topaz on titanium,
// untreated nephrite jade, heated carnelian with vermeil, rhodolite garnet
// in 9k rose gold, heated tanzanite in 14k white gold, lab-grown diamonds
// named as such). Kind explained_other marks a text naming stones or metals
// the product lacks. Each locale has two one-change mutations that must
// block (count, measurement, stone, metal, collection, vermeil as solid
// gold, lab-grown unqualified, green, tarnish and metaphysical claims).
// Pass texts stay within the guide's pdp band (40-120 words). First contact
// (55723afd): 1.00 (50/50) / 0.35 (53/150) / 1.00 (50/50); ten of those
// were the writer's own errors, fixed in the texts before the first commit
// (lab-grown diamonds called real, vrai, echte, äkta, ekte, prawdziwy,
// αληθινό, 本物, 진짜, 真正 or de verdad, which 16 CFR 23.26 forbids; fr-FR
// "de laboratoire" where the decree wants "de synthèse"; texts over the
// length limit), leaving 1.00 / 0.29 (43/150) / 1.00. Tuners may read it;
// a diagnostic kept out of TestCasesDev, reported alone.
func TestCasesProbe37(t *testing.T) {
	reportHeldOut(t, "probe 37", "probes/probe37[cd].jsonl")
}
