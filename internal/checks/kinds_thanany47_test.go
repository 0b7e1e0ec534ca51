package checks

import "testing"

// TestKindsThanAny47 (#13, thanany47): a tarnish or durability word set
// against every other thing or every earlier time ("läuft langsamer an
// als jedes andere Silber", "que cualquier otra plata", "än något annat
// silver", "als je zuvor") is a superlative said as a comparative and
// blocks (claim) in en, fr, de, es, it, pt, nl, sv, da, nb, fi, pl, cs,
// el, tr, ar, where no bare comparative of darkening or wear is a claim
// form: concepts-thanany47.yaml pairs the void standard (concepts.go
// thanVoid) with the claim's object. A comparative with a real standard,
// "than ever" on weight or design in 25 locales and care advice after a
// comparison of silver in general pass (adv47b's open rows moved here).
func TestKindsThanAny47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ag, g9 := claims47Argentium, claims47Gold9
	checkKindRows(t, svc, "claim", []kindRow{
		{"de-DE", "Argentium ist widerstandsfähiger gegen Anlaufen als je zuvor.", ag, true},
		{"de-DE", "Argentium läuft langsamer an als jedes andere Silber.", ag, true},
		{"de-DE", "Dieses Silber läuft deutlich langsamer an als alle anderen Silberlegierungen.", ag, true},
		{"de-DE", "Dieses Gold ist kratzfester als jedes andere Gold.", g9, true},
		{"es-ES", "La plata Argentium se oscurece más despacio que cualquier otra plata.", ag, true},
		{"es-MX", "La plata Argentium se oxida menos que cualquier otro metal.", ag, true},
		{"es-ES", "El oro de 9 quilates es más resistente que cualquier otro oro.", g9, true},
		{"it-IT", "L'argento Argentium si ossida più lentamente di qualsiasi altro argento.", ag, true},
		{"it-IT", "L'argento Argentium annerisce meno di qualunque altro metallo.", ag, true},
		{"it-IT", "L'oro 9 carati è più resistente di qualsiasi altro oro.", g9, true},
		{"pt-BR", "A prata Argentium escurece mais devagar do que qualquer outra prata.", ag, true},
		{"pt-PT", "A prata Argentium oxida menos do que qualquer outro metal.", ag, true},
		{"pt-BR", "O ouro 9K é mais resistente do que qualquer outro ouro.", g9, true},
		{"nl-NL", "Argentium-zilver verkleurt langzamer dan elk ander zilver.", ag, true},
		{"nl-NL", "Argentium-zilver oxideert minder dan ieder ander metaal.", ag, true},
		{"nl-NL", "Dit goud is krasbestendiger dan elk ander goud.", g9, true},
		{"sv-SE", "Argentiumsilver mörknar långsammare än något annat silver.", ag, true},
		{"sv-SE", "Argentiumsilver oxiderar mindre än någon annan metall.", ag, true},
		{"sv-SE", "Det här guldet är tåligare än något annat guld.", g9, true},
		{"da-DK", "Argentium-sølv anløber langsommere end noget andet sølv.", ag, true},
		{"da-DK", "Dette guld er mere ridsefast end noget andet guld.", g9, true},
		{"nb-NO", "Argentium-sølv oksiderer saktere enn noe annet sølv.", ag, true},
		{"nb-NO", "Dette gullet er mer ripefast enn noe annet gull.", g9, true},
		{"fr-FR", "L'argent Argentium ternit moins que tout autre argent.", ag, true},
		{"fr-CA", "L'argent Argentium ternit plus lentement que n'importe quel autre argent.", ag, true},
		{"fr-FR", "L'or 9 carats est plus résistant que tout autre or.", g9, true},
		{"en-GB", "Argentium tarnishes less than any other metal.", ag, true},
		{"en-US", "9k gold is harder-wearing than any other gold.", g9, true},
		{"en-AU", "9k gold is more scratch-resistant than any other gold.", g9, true},
		{"en-GB", "Argentium is more tarnish-resistant than any other silver.", ag, true},
		{"fi-FI", "Argentium-hopea tummuu hitaammin kuin mikään muu hopea.", ag, true},
		{"pl-PL", "Srebro Argentium ciemnieje wolniej niż jakiekolwiek inne srebro.", ag, true},
		{"cs-CZ", "Stříbro Argentium černá pomaleji než jakékoli jiné stříbro.", ag, true},
		{"el-GR", "Το ασήμι Argentium μαυρίζει πιο αργά από οποιοδήποτε άλλο ασήμι.", ag, true},
		{"tr-TR", "Argentium gümüş, diğer tüm gümüşlere göre daha yavaş kararır.", ag, true},
		{"ar-AE", "تتأكسد فضة أرجنتيوم ببطء أكبر من أي فضة أخرى.", ag, true},
		{"ja-JP", "アルジェンティウムシルバーは、どのシルバーよりも変色しにくいです。", ag, true},
		{"zh-CN", "Argentium银比任何其他银都更不易氧化变色。", ag, true},
		{"zh-TW", "Argentium銀比任何其他銀更不易氧化變色。", ag, true},
	})
	checkKindRows(t, svc, "claim", []kindRow{
		// a real standard
		{"de-DE", "Argentium läuft langsamer an als herkömmliches Sterlingsilber.", ag, false},
		{"es-ES", "La plata Argentium se oscurece más despacio que la plata de ley tradicional.", ag, false},
		{"it-IT", "L'argento Argentium si ossida più lentamente dell'argento sterling tradizionale.", ag, false},
		{"pt-BR", "A prata Argentium escurece mais devagar do que a prata de lei tradicional.", ag, false},
		{"nl-NL", "Argentium-zilver verkleurt langzamer dan gewoon sterling zilver.", ag, false},
		{"sv-SE", "Argentiumsilver mörknar långsammare än vanligt sterlingsilver.", ag, false},
		{"da-DK", "Argentium-sølv anløber langsommere end almindeligt sterlingsølv.", ag, false},
		{"nb-NO", "Argentium-sølv oksiderer saktere enn vanlig sterlingsølv.", ag, false},
		{"de-DE", "Dadurch ist 9-karätiges Gold härter und kratzfester als 18-karätiges Gold.", g9, false},
		// "than ever" or "than any other" on weight, design, comfort
		{"de-DE", "Der neue Anhänger ist leichter als je zuvor.", ag, false},
		{"de-DE", "Die Scheibe ist dünner und leichter als jedes andere Modell der Kollektion.", ag, false},
		{"es-ES", "El colgante es más ligero que nunca.", ag, false},
		{"es-MX", "Un diseño más delicado que cualquier otro de la colección.", ag, false},
		{"it-IT", "Il ciondolo è più leggero che mai.", ag, false},
		{"pt-BR", "O pingente está mais leve do que nunca.", ag, false},
		{"pt-PT", "Um desenho mais delicado do que qualquer outro da coleção.", ag, false},
		{"nl-NL", "De hanger is lichter dan ooit.", ag, false},
		{"sv-SE", "Hänget är lättare än någonsin.", ag, false},
		{"da-DK", "Vedhænget er lettere end nogensinde.", ag, false},
		{"nb-NO", "Anheng er lettere enn noensinne.", ag, false},
		{"en-GB", "The pendant is lighter than ever.", ag, false},
		{"fr-FR", "Le pendentif est plus léger que jamais.", ag, false},
		{"fi-FI", "Riipus on kevyempi kuin koskaan.", ag, false},
		{"pl-PL", "Wisiorek jest lżejszy niż kiedykolwiek.", ag, false},
		{"cs-CZ", "Přívěsek je lehčí než kdykoli předtím.", ag, false},
		{"el-GR", "Το μενταγιόν είναι πιο ελαφρύ από ποτέ.", ag, false},
		{"tr-TR", "Kolye ucu her zamankinden daha hafif.", ag, false},
		{"ar-AE", "القلادة أخف من أي وقت مضى.", ag, false},
		{"ja-JP", "ペンダントはこれまでより軽くなりました。", ag, false},
		{"ko-KR", "펜던트는 그 어느 때보다 가볍습니다.", ag, false},
		{"zh-CN", "这款吊坠比以往更轻盈。", ag, false},
		{"zh-TW", "這款吊墜比以往更輕盈。", ag, false},
		// hardness, a fact of the stone (TestKindsRank25)
		{"de-DE", "Er ist härter als jeder andere Edelstein außer dem Diamanten.", g9, false},
		{"es-ES", "Es más dura que cualquier otra gema, salvo el diamante.", g9, false},
		{"sv-SE", "Den är hårdare än alla andra ädelstenar utom diamant.", g9, false},
		// care advice after a comparison of silver in general
		{"en-GB", "Sterling silver tarnishes faster than any other metal, so polish it often.", ag, false},
		{"de-DE", "Sterlingsilber läuft schneller an als jedes andere Metall, also polieren Sie es regelmäßig.", ag, false},
		{"tr-TR", "Bu tasarım tüm koleksiyona göre daha sade.", ag, false},
		// a design that never goes out of style, durable words nearby
		{"es-ES", "Un diseño resistente que nunca pasa de moda.", ag, false},
		{"it-IT", "Un disegno robusto che mai passa di moda.", ag, false},
	})
}

// TestKindsThanAny47Open (#13, thanany47): ko glues 보다 to the standard
// ("어떤 실버보다"), which a pair's form phrase cannot take apart.
func TestKindsThanAny47Open(t *testing.T) {
	t.Skip("thanany47: ko void standard glued to 보다 (see doc)")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", []kindRow{
		{"ko-KR", "아르젠티움 실버는 어떤 실버보다 변색이 느립니다.", claims47Argentium, true},
	})
}
