package checks

import "testing"

// TestKindsAdv48B (#13, adv48b): adversarial rows against misc48's
// relaxations and blocks. (1) A conjunction after a weight ended
// eachNear's look ahead, so a disjunction before an each-word ("five
// rubies of 0.35 ct or more each", "ou plus chacun", "eller mer hver": a
// least weight of each stone, five times the total) passed: only a
// copulative conjunction right before an each-word now opens the next
// clause. (2) Greek "εκ."/"χιλ." before a unit of time one word later
// ("αλυσίδα 50 εκ. για χρόνια", a 50 cm chain for years of wear) were read
// as millions and dropped: only a unit of time right after the
// abbreviation is. (3) sv "hållbar", nl "duurzaam" two words from a word
// of wear let a participle of making or a noun of choice sit between
// ("hållbart framställt och reptåligt silver", "een duurzame keuze voor
// dagelijks gebruik": a green claim): the adjective now takes its
// durability word within one word, the noun within two. (4) pt-BR
// "quanto mais gira, mais brilha" (the verb girar) read as Portugal's
// "mais gira" (pretty).
func TestKindsAdv48B(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rb, tp, ag, pl := misc48Ruby, misc48Topaz, misc48Silver, misc48Plain
	// (1) a least weight of each stone: must block
	checkKindRows(t, svc, "grounding", pairRows(rb, true, [][2]string{
		{"en-GB", "Five rubies of 0.35 ct or more each."},
		{"en-GB", "Five rubies of 0.35 ct or so each, set in yellow gold."},
		{"en-US", "Five rubies, 0.35 carats or more each."},
		{"en-AU", "Five rubies of 0.35 ct or more each, claw-set in yellow gold."},
		{"fr-FR", "Cinq rubis de 0,35 carat ou plus chacun."},
		{"fr-CA", "Cinq rubis de 0,35 carat ou plus chacun, sertis de griffes."},
		{"da-DK", "Fem rubiner på 0,35 karat eller mere hver."},
		{"nb-NO", "Fem rubiner på 0,35 karat eller mer hver."},
		{"fi-FI", "Viisi rubiinia, 0,35 karaattia tai enemmän kukin."},
		{"en-GB", "Five rubies of 0.35 ct each and every one hand-set."},
		{"es-ES", "Cinco rubíes de 0,35 quilates cada uno y engastados a mano."},
	}))
	// (1) the total, then each stone's setting: must still pass
	checkKindRows(t, svc, "grounding", pairRows(rb, false, [][2]string{
		{"en-GB", "The five rubies weigh 0.35 ct and each is held by a fine claw."},
		{"en-AU", "Five rubies total 0.35 ct, and each sits in a slim claw."},
		{"fr-CA", "Les cinq rubis font 0,35 carat et chacun est serti à la main."},
		{"pt-BR", "Os cinco rubis somam 0,35 quilate e cada um é cravado à mão."},
		{"da-DK", "De fem rubiner vejer 0,35 karat og hver sidder i en fin klo."},
		{"nb-NO", "De fem rubinene veier 0,35 karat og hver sitter i en fin klo."},
		{"tr-TR", "Beş taşın toplam ağırlığı 0,35 karattır ve her biri ince tırnaklarla tutturulmuştur."},
	}))
	// (2) a unit of time a word after the abbreviation: a length
	checkKindRows(t, svc, "grounding", pairRows(tp, true, [][2]string{
		{"el-GR", "Μια αλυσίδα 50 εκ. για χρόνια χρήσης."},
		{"el-GR", "Σταγόνα 15 χιλ. για χρόνια."},
	}))
	checkKindRows(t, svc, "grounding", pairRows(tp, false, [][2]string{
		{"el-GR", "Μια αλυσίδα 45 εκ. για χρόνια χρήσης."},
		{"el-GR", "Το τοπάζι σχηματίστηκε πριν από 300 εκ. χρόνια."},
	}))
	// (3) a green claim beside a word of wear: must block
	checkKindRows(t, svc, "claim", pairRows(ag, true, [][2]string{
		{"sv-SE", "Hållbart framställt och reptåligt silver."},
		{"sv-SE", "Hållbart producerat och slitstarkt silver."},
		{"sv-SE", "Ett hållbart val för vardagsbruk."},
		{"nl-NL", "Duurzaam geproduceerd en krasbestendig zilver."},
		{"nl-NL", "Duurzaam gemaakt en slijtvast zilver."},
		{"nl-NL", "Een duurzame keuze voor dagelijks gebruik."},
		{"nl-NL", "Een duurzame keuze voor elke dag."},
		{"nl-NL", "Duurzaam gewonnen koper in de legering."},
		{"sv-SE", "Hållbart utvunnen koppar i legeringen."},
		{"nl-NL", "Zilver met duurzaam koper."},
	}))
	// (3) durability: must still pass
	checkKindRows(t, svc, "claim", pairRows(ag, false, [][2]string{
		{"sv-SE", "Silvret blir hårdare och mer hållbart tack vare kopparen."},
		{"sv-SE", "Kedjan är hållbar och reptålig."},
		{"sv-SE", "Legeringen gör silvret hållbart för vardagsbruk."},
		{"sv-SE", "Lite koppar ger silvret hårdhet och hållbarhet."},
		{"nl-NL", "Het koper maakt het zilver harder en duurzamer."},
		{"nl-NL", "Een duurzaam en krasbestendig oppervlak."},
		{"nl-NL", "De legering is duurzaam voor dagelijks gebruik."},
		{"nl-NL", "Sterling zilver bevat wat koper voor de duurzaamheid."},
		{"sv-SE", "Sterlingsilver med lite koppar för hållbarhetens skull."},
	}))
	// (4) the verb girar in Brazil: must pass
	checkKindRows(t, svc, "locale", pairRows(pl, false, [][2]string{
		{"pt-BR", "O aro externo do brinco gira com o movimento. Quanto mais gira, mais brilha, e o rubi muda de tom. É a peça que mais gira na coleção."},
	}))
	checkKindRows(t, svc, "locale", pairRows(pl, true, [][2]string{
		{"pt-BR", "Os brincos da coleção Moments têm um rubi criado em laboratório. É uma peça que está a conquistar quem procura algo diferente e fica mais gira com um vestido claro."},
	}))
}

// TestKindsAdv48BOpen (#13, adv48b): rows left open. The weights said of
// each stone (the each-word as the clause's subject, Polish/Czech "po", an
// each-phrase after "or more") moved to TestKindsOpen49Bad (open49).
func TestKindsAdv48BOpen(t *testing.T) {
	t.Skip("Greek \"50 χιλ. πελάτες\" (thousands of customers) is read as 50 mm: the abbreviation before a counted noun has no list. \"Vi tror på hållbarhet och styrka\" (sustainability and strength, a brand's values) reads as durability: the noun beside strength is both (open49 left both)")
	t.Parallel()
	svc := checkService(t)
	tp, ag := misc48Topaz, misc48Silver
	checkKindRows(t, svc, "grounding", pairRows(tp, false, [][2]string{
		{"el-GR", "Περισσότεροι από 50 χιλ. πελάτες μας εμπιστεύονται."},
	}))
	checkKindRows(t, svc, "claim", pairRows(ag, true, [][2]string{
		{"sv-SE", "Vi tror på hållbarhet och styrka."},
	}))
}
