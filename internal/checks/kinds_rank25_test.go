package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The standard of a ranking (#13, rank25; released 30: a lab-grown ruby
// pendant "Among popular gemstones only diamond is harder", "Nach dem
// Diamanten gehört er zu den härtesten Edelsteinen", "Depois do diamante,
// é uma das gemas mais duras", "Timantin jälkeen se on kovimpia
// jalokiviä", "다이아몬드 다음으로 단단한 보석", "它的硬度僅次於鑽石" blocked
// on "diamond" in en-GB, de-DE, es-MX, pt-PT, fi-FI, ko-KR, zh-TW). A stone
// the product lacks named as what ranks above the piece's in hardness
// ("second only to diamond", "harder than any gem but diamond", "9 on the
// Mohs scale, just below diamond", "after diamond the hardest", "only
// diamond is harder") is the scale's standard (Mohs; 16 CFR 23.12(a):
// diamond's hardness is 10), not a stone of the piece. Per locale, five
// forms pass on a lab-grown ruby and block on a cubic zirconia (a
// simulant ranked beside diamond keeps the FTC's check: 16 CFR 23.12(b),
// "directly or by implication"), and on the ruby a diamond said of the
// piece (crowning it, set in it, "second to none") still blocks.
func TestKindsRank25(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ruby := core.Product{SKU: "K25R1", Name: "Ember Pendant", Category: "pendant", Collection: "Moments",
		Materials: []string{"9k rose gold"}, Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}},
		Stones: []core.Stone{{Type: "ruby", Colour: "red", Count: 1, Origin: "lab_grown"}}}
	cz := core.Product{SKU: "K25R2", Name: "Lumen Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 1, Origin: "simulant"}}}
	moissanite := core.Product{SKU: "K25R3", Name: "Halo Pendant", Category: "pendant", Collection: "Essence",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "moissanite", Colour: "colourless", Count: 1, Origin: "lab_grown"}}}
	// Per locale: five rankings below diamond (pass on the ruby, block
	// on the cubic zirconia), then two sentences that say diamond of the
	// piece (block on the ruby); the last ranking passes on a lab-grown
	// moissanite too in grounding (9.25 on the Mohs scale, truly second
	// to diamond), and the moissanite said to be a diamond blocks.
	rows := map[string][8]string{
		"en-GB": {"Second only to diamond in hardness, it copes well with daily wear.", "It is harder than any gem but diamond.",
			"It rates 9 on the Mohs scale, just below diamond.", "After diamond, it is the hardest of the popular gemstones.",
			"Among popular gemstones only diamond is harder.",
			"A diamond, the hardest gem, crowns the pendant.", "The pendant is set with diamonds, second to none in hardness.", "It is a diamond, the hardest gem of all."},
		"en-US": {"Second only to diamond in hardness, it stands up well to daily wear.", "It is harder than any other gemstone except diamond.",
			"It measures 9 on the Mohs scale, just below diamond.", "After diamond, it is the hardest gem you can wear.",
			"Only diamond is harder, so it is made for every day.",
			"A diamond, the hardest gem, crowns the pendant.", "The pendant is set with diamonds, second to none in hardness.", "It is a diamond, the hardest gem of all."},
		"en-AU": {"Second only to diamond for hardness, it copes well with daily wear.", "It is harder than any gem apart from diamond.",
			"It scores 9 on the Mohs scale, just below diamond.", "After diamonds, it is the hardest of the popular gemstones.",
			"Only diamond surpasses it in hardness.",
			"A diamond, the hardest gem, crowns the pendant.", "The pendant is set with diamonds, second to none in hardness.", "It is a diamond, the hardest gem of all."},
		"de-DE": {"Nach dem Diamanten gehört er zu den härtesten Edelsteinen.", "Er ist härter als jeder andere Edelstein außer dem Diamanten.",
			"Auf der Mohs-Skala erreicht er 9, knapp unter dem Diamanten.", "In der Härte steht er gleich nach dem Diamanten.",
			"Nur der Diamant ist härter.",
			"Ein Diamant, der härteste Edelstein, krönt den Anhänger.", "Der Anhänger ist mit Diamanten besetzt, an Härte unübertroffen.", "Er ist ein Diamant, der härteste aller Edelsteine."},
		"fr-FR": {"Deuxième en dureté après le diamant, il supporte bien le port quotidien.", "Il est plus dur que toute autre gemme, hormis le diamant.",
			"Il atteint 9 sur l'échelle de Mohs, juste en dessous du diamant.", "Après le diamant, c'est la plus dure des pierres courantes.",
			"Seul le diamant est plus dur.",
			"Un diamant, la gemme la plus dure, couronne le pendentif.", "Le pendentif est serti de diamants, d'une dureté sans égale.", "C'est un diamant, la plus dure des gemmes."},
		"fr-CA": {"Deuxième en dureté après le diamant, il résiste bien au port quotidien.", "Il est plus dur que toute autre gemme, sauf le diamant.",
			"Il atteint 9 sur l'échelle de Mohs, juste sous le diamant.", "Après le diamant, c'est la plus dure des gemmes courantes.",
			"Seul le diamant le surpasse en dureté.",
			"Un diamant, la gemme la plus dure, couronne le pendentif.", "Le pendentif est serti de diamants, d'une dureté sans égale.", "C'est un diamant, la plus dure des gemmes."},
		"es-ES": {"Es la gema más dura después del diamante.", "Es más dura que cualquier otra gema, salvo el diamante.",
			"Alcanza un 9 en la escala de Mohs, justo por debajo del diamante.", "Después del diamante, es la más dura de las gemas comunes.",
			"Solo el diamante lo supera en dureza.",
			"Un diamante, la gema más dura, corona el colgante.", "El colgante está engastado con diamantes, de una dureza sin igual.", "Es un diamante, la gema más dura de todas."},
		"es-MX": {"En dureza, solo la supera el diamante.", "Es más dura que cualquier otra gema, excepto el diamante.",
			"Alcanza un 9 en la escala de Mohs, justo debajo del diamante.", "Después del diamante, es una de las gemas más duras.",
			"Entre las gemas comunes solo el diamante lo supera en dureza.",
			"Un diamante, la gema más dura, corona el dije.", "El dije está engastado con diamantes, de una dureza sin igual.", "Es un diamante, la gema más dura de todas."},
		"it-IT": {"Seconda solo al diamante per durezza, resiste bene all'uso quotidiano.", "È più dura di qualsiasi altra gemma, tranne il diamante.",
			"Raggiunge 9 sulla scala di Mohs, appena sotto il diamante.", "Dopo il diamante, è la più dura delle gemme comuni.",
			"Solo il diamante è più duro.",
			"Un diamante, la gemma più dura, corona il pendente.", "Il pendente è incastonato con diamanti, di una durezza senza pari.", "È un diamante, la gemma più dura di tutte."},
		"pt-PT": {"Em dureza, fica atrás apenas do diamante.", "É mais dura do que qualquer outra gema, exceto o diamante.",
			"Atinge 9 na escala de Mohs, logo abaixo do diamante.", "Depois do diamante, é uma das gemas mais duras.",
			"Só o diamante é mais duro.",
			"Um diamante, a gema mais dura, coroa o pendente.", "O pendente é cravejado de diamantes, de dureza sem igual.", "É um diamante, a gema mais dura de todas."},
		"pt-BR": {"Em dureza, perde apenas para o diamante.", "É mais dura do que qualquer outra gema, com exceção do diamante.",
			"Atinge 9 na escala de Mohs, logo abaixo do diamante.", "Depois do diamante, é a gema mais dura do dia a dia.",
			"Somente o diamante a supera em dureza.",
			"Um diamante, a gema mais dura, coroa o pingente.", "O pingente é cravejado de diamantes, de dureza sem igual.", "É um diamante, a gema mais dura de todas."},
		"nl-NL": {"Na diamant is hij de hardste van de gangbare edelstenen.", "Hij is harder dan elke andere edelsteen, behalve diamant.",
			"Hij scoort 9 op de schaal van Mohs, net onder diamant.", "In hardheid doet hij alleen onder voor diamant.",
			"Alleen diamant is harder.",
			"Een diamant, de hardste edelsteen, bekroont de hanger.", "De hanger is bezet met diamanten, ongeëvenaard in hardheid.", "Het is een diamant, de hardste edelsteen van allemaal."},
		"sv-SE": {"Efter diamant är den den hårdaste ädelstenen.", "Den är hårdare än alla andra ädelstenar utom diamant.",
			"Den når 9 på Mohs skala, strax under diamant.", "I hårdhet kommer den näst efter diamant.",
			"Bara diamant är hårdare.",
			"En diamant, den hårdaste ädelstenen, kröner hänget.", "Hänget är infattat med diamanter, oöverträffade i hårdhet.", "Den är en diamant, den hårdaste av alla ädelstenar."},
		"da-DK": {"Efter diamant er den den hårdeste ædelsten.", "Den er hårdere end alle andre ædelsten undtagen diamant.",
			"Den når 9 på Mohs' skala, lige under diamant.", "I hårdhed kommer den næst efter diamant.",
			"Kun diamant er hårdere.",
			"En diamant, den hårdeste ædelsten, kroner vedhænget.", "Vedhænget er besat med diamanter, uovertrufne i hårdhed.", "Den er en diamant, den hårdeste af alle ædelsten."},
		"nb-NO": {"Etter diamant er den den hardeste edelsteinen.", "Den er hardere enn alle andre edelsteiner unntatt diamant.",
			"Den når 9 på Mohs' skala, like under diamant.", "I hardhet kommer den nest etter diamant.",
			"Bare diamant er hardere.",
			"En diamant, den hardeste edelsteinen, kroner anhenget.", "Anhenget er besatt med diamanter, uovertrufne i hardhet.", "Den er en diamant, den hardeste av alle edelsteiner."},
		"fi-FI": {"Timantin jälkeen se on kovimpia jalokiviä.", "Se on kovempi kuin mikään muu jalokivi timanttia lukuun ottamatta.",
			"Mohsin asteikolla sen kovuus on 9, heti timantin jälkeen.", "Kovuudessa sen ohittaa vain timantti.",
			"Vain timantti on kovempi.",
			"Timantti, kovin jalokivi, kruunaa riipuksen.", "Riipukseen on upotettu timantteja, kovuudeltaan vertaansa vailla.", "Se on timantti, kaikkein kovin jalokivi."},
		"pl-PL": {"Pod względem twardości ustępuje jedynie diamentowi.", "Jest twardszy od każdego innego kamienia z wyjątkiem diamentu.",
			"W skali Mohsa osiąga 9, tuż poniżej diamentu.", "Pod względem twardości plasuje się tuż za diamentem.",
			"Tylko diament jest twardszy.",
			"Diament, najtwardszy kamień, wieńczy wisiorek.", "Wisiorek jest wysadzany diamentami o niezrównanej twardości.", "To diament, najtwardszy ze wszystkich kamieni."},
		"cs-CZ": {"Po diamantu je to nejtvrdší drahokam.", "Je tvrdší než jakýkoli jiný drahokam kromě diamantu.",
			"Na Mohsově stupnici dosahuje 9, těsně pod diamantem.", "V tvrdosti je hned za diamantem.",
			"Tvrdší je jen diamant.",
			"Diamant, nejtvrdší drahokam, korunuje přívěsek.", "Přívěsek je osazen diamanty nepřekonatelné tvrdosti.", "Je to diamant, nejtvrdší ze všech drahokamů."},
		"tr-TR": {"Sertlikte elmasın hemen ardından gelir.", "Elmas dışında tüm değerli taşlardan daha serttir.",
			"Mohs ölçeğinde 9 değeriyle elmasın hemen altındadır.", "Elmastan sonra en sert değerli taşlardan biridir.",
			"Yalnızca elmas daha serttir.",
			"En sert taş olan bir elmas, kolye ucunu taçlandırıyor.", "Kolye ucu, sertlikte eşsiz pırlantalarla süslenmiştir.", "Bu, en sert değerli taş olan bir elmastır."},
		"el-GR": {"Μετά το διαμάντι, είναι ο σκληρότερος πολύτιμος λίθος.", "Είναι σκληρότερο από κάθε άλλο πολύτιμο λίθο εκτός από το διαμάντι.",
			"Φτάνει το 9 στην κλίμακα Mohs, ακριβώς κάτω από το διαμάντι.", "Σε σκληρότητα έρχεται αμέσως μετά το διαμάντι.",
			"Μόνο το διαμάντι είναι σκληρότερο.",
			"Ένα διαμάντι, ο σκληρότερος λίθος, στεφανώνει το μενταγιόν.", "Το μενταγιόν είναι δεμένο με διαμάντια απαράμιλλης σκληρότητας.", "Είναι ένα διαμάντι, ο σκληρότερος από όλους τους λίθους."},
		"ar-AE": {"يأتي في الصلابة بعد الألماس مباشرة.", "إنه أصلب من أي حجر كريم آخر باستثناء الألماس.",
			"تبلغ صلابته 9 على مقياس موس، بعد الألماس مباشرة.", "لا يتفوق عليه في الصلابة سوى الألماس.",
			"الألماس وحده أصلب منه.",
			"ألماسة، أصلب الأحجار، تتوج الدلاية.", "الدلاية مرصعة بالألماس الذي لا يضاهى في صلابته.", "إنه ألماس، أصلب الأحجار جميعًا."},
		"ja-JP": {"ダイヤモンドに次ぐ硬さを持ち、毎日の着用にも向いています。", "ダイヤモンドを除けば、どの宝石よりも硬い石です。",
			"モース硬度は9で、ダイヤモンドのすぐ下に位置します。", "硬さではダイヤモンドに次いで二番目です。",
			"ダイヤモンドの次に硬い宝石です。",
			"最も硬い宝石であるダイヤモンドがペンダントを飾ります。", "ペンダントには硬さで比類のないダイヤモンドをセットしました。", "これは最も硬い宝石、ダイヤモンドです。"},
		"ko-KR": {"다이아몬드 다음으로 단단한 보석 중 하나입니다.", "다이아몬드를 제외하면 어떤 보석보다 단단합니다.",
			"모스 경도 9로, 다이아몬드 바로 아래입니다.", "경도에서는 다이아몬드에 이어 두 번째입니다.",
			"오직 다이아몬드만이 더 단단합니다.",
			"가장 단단한 보석인 다이아몬드가 펜던트를 장식합니다.", "펜던트에는 경도가 비할 데 없는 다이아몬드를 세팅했습니다.", "이것은 가장 단단한 보석인 다이아몬드입니다."},
		"zh-CN": {"它的硬度仅次于钻石。", "除钻石外，它比任何宝石都硬。",
			"莫氏硬度为9，仅低于钻石。", "在硬度上，它排在钻石之后。",
			"只有钻石比它更硬。",
			"一颗钻石，最坚硬的宝石，点缀着吊坠。", "吊坠镶嵌着硬度无与伦比的钻石。", "这是一颗钻石，最坚硬的宝石。"},
		"zh-TW": {"它的硬度僅次於鑽石。", "除鑽石外，它比任何寶石都硬。",
			"莫氏硬度為9，僅低於鑽石。", "在硬度上，它排在鑽石之後。",
			"只有鑽石比它更硬。",
			"一顆鑽石，最堅硬的寶石，點綴著吊墜。", "吊墜鑲嵌著硬度無與倫比的鑽石。", "這是一顆鑽石，最堅硬的寶石。"},
	}
	var pass, moiss, twins []kindRow
	for loc, r := range rows {
		for _, text := range r[:5] {
			pass = append(pass, kindRow{loc, text, ruby, false})
		}
		moiss = append(moiss, kindRow{loc, r[4], moissanite, false})
		twins = append(twins, kindRow{loc, r[5], ruby, true}, kindRow{loc, r[6], ruby, true}, kindRow{loc, r[7], moissanite, true})
	}
	checkOwnAndControl(t, svc, "grounding", pass, func(r kindRow) (core.Product, bool) { return cz, true })
	checkKindRows(t, svc, "grounding", twins)
	// On the moissanite grounding passes; "gemstones" of an imitation is
	// the regulatory check's (16 CFR 23.25), which the rows leave to it.
	checkKindRows(t, svc, "grounding", moiss)
}
