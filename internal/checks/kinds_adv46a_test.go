package checks

import (
	"testing"
)

// TestKindsAdv46a (adversarial, #13): bad twins of the fortieth session's
// relaxations (contrast46, alloy46, fb46, treat46's pronoun and contrast
// rules): false copy shaped like the copy each relaxation lets pass, and
// clean twins of the rules that close them. 162 rows (152 bad, 10 clean);
// 60 bad twins passed on f2902853, 31 of them only after the session: 30
// block now (white gold's yellow gold said with no word of the piece, a
// base metal's majority share, a next sentence's alloy after a copper
// sentence with no colour, the piece named with another collection after
// a demonstrative, pl "trwały, szklisty połysk", a stone likened beside a
// plural subject, sv skena); the other 30 are in TestKindsAdv46aOpen.
func TestKindsAdv46a(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pd, ti, wc := contrast46Palladium, contrast46Titanium, contrast46Carbide
	// contrast46: a comparison turned into an assertion, "like X" of the
	// piece's own class, the denied plating followed by the metal as the
	// reason, the left-out subject asserting another metal
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The band needs no rhodium plating, as it is white gold.", pd, true},
		{"de-DE", "Der Ring braucht keine Rhodinierung, denn er ist aus Weißgold.", pd, true},
		{"fr-FR", "L'alliance n'a pas besoin de rhodiage, car elle est en or blanc.", pd, true},
		{"es-ES", "La alianza no necesita baño de rodio porque es de oro blanco.", pd, true},
		{"el-GR", "Η βέρα δεν χρειάζεται επιμετάλλωση ροδίου, επειδή είναι από λευκό χρυσό.", pd, true},
		{"ja-JP", "ロジウムめっきを必要としないホワイトゴールド製のリングです。", pd, true},
		{"zh-CN", "这枚戒指无需镀铑，因为它是白K金的。", pd, true},
		{"fr-FR", "Comme toutes nos alliances en platine, elle est légère.", pd, true},
		{"es-ES", "Como todas nuestras alianzas de platino, pesa poco.", pd, true},
		{"pl-PL", "Jak wszystkie nasze obrączki z platyny, jest lekka.", pd, true},
		{"ar-AE", "مثل جميع خواتمنا من البلاتين، هو خفيف الوزن.", pd, true},
		{"ja-JP", "このリングはマリッジリングと同じプラチナ製です。", pd, true},
		{"ja-JP", "他のホワイトゴールドのリングのように、このリングもロジウムめっきを施しています。", pd, true},
		{"zh-CN", "这枚戒指与那枚婚戒同为铂金打造。", pd, true},
		{"zh-CN", "这枚戒指与婚戒同属铂金材质。", pd, true},
		{"el-GR", "Η βέρα είναι από την ίδια πλατίνα με το μονόπετρο.", pd, true},
		{"el-GR", "Είναι ίδια με τη βέρα πλατίνας: από πλατίνα.", pd, true},
		{"es-ES", "El paladio es un metal blanco. Es una alianza de platino y pesa menos que una de oro.", pd, true},
		{"en-GB", "Palladium is a white metal. It is a platinum band, lighter than a gold one.", pd, true},
		{"de-DE", "Palladium ist ein weißes Metall. Es ist ein Platinring, leichter als einer aus Gold.", pd, true},
		{"en-GB", "Titanium is light. The ring is steel, half the weight of gold.", ti, true},
		{"de-DE", "Titan ist leicht. Der Ring ist aus Stahl, halb so schwer wie Gold.", ti, true},
		{"pt-PT", "O titânio é leve. O anel é de aço, com metade do peso do ouro.", ti, true},
		{"es-ES", "El titanio es ligero. El anillo es de acero, la mitad del peso del oro.", ti, true},
		{"fr-FR", "Le titane est léger. La bague est en acier, la moitié du poids de l'or.", ti, true},
		{"it-IT", "Il titanio è leggero. L'anello è in acciaio, la metà del peso dell'oro.", ti, true},
		{"en-GB", "It is steel, half the weight of titanium.", ti, true},
		{"nl-NL", "De ring is van leer, zoals een horlogeband.", wc, true},
		{"nl-NL", "Een leren horlogeband: zo voelt deze leren ring.", wc, true},
	})
	dif, cl := contrast46Diffused, contrast46Untreated(contrast46Diffused)
	// contrast46 diffusion agents: titanium said of the piece near a
	// word of heating, and the agent rule on an untreated stone
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Heated for comfort, it is titanium.", dif, true},
		{"en-GB", "The sapphire is heated; the shank is titanium.", dif, true},
		{"de-DE", "Der Saphir ist erhitzt, die Schiene aus Titan.", dif, true},
		{"fr-FR", "Le saphir est chauffé ; l'anneau est en titane.", dif, true},
		{"es-ES", "El zafiro se calienta; el aro es de titanio.", dif, true},
		{"sv-SE", "Safiren är upphettad och skenan är av titan.", dif, true},
		{"ja-JP", "サファイアは加熱処理済みで、リング本体はチタン製です。", dif, true},
		{"ar-AE", "الياقوت مسخّن، والحلقة من التيتانيوم.", dif, true},
		{"ja-JP", "サファイアはチタンとともに加熱し、均一な青に仕上げています。", cl, true},
		{"sv-SE", "Safiren upphettas med titan, som ger en jämn blå färg.", cl, true},
	})
	ss, wg, rg, apd, ls := alloy46Sterling, alloy46WhiteGold, alloy46RoseGold, alloy46Palladium, alloy46LabSapphire
	// alloy46: yellow gold of white gold said with a pronoun, a left-out
	// subject, or a fragment; the share's copper as the piece's; the
	// rhodium denial window; aluminium oxide as a finish
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "They are yellow gold alloyed with palladium.", wg, true},
		{"en-GB", "Made of yellow gold alloyed with palladium, they catch the light.", wg, true},
		{"en-GB", "In yellow gold, alloyed with palladium for strength.", wg, true},
		{"de-DE", "Sie sind aus Gelbgold, legiert mit Palladium.", wg, true},
		{"de-DE", "Aus Gelbgold, legiert mit Palladium.", wg, true},
		{"fr-FR", "Elles sont en or jaune allié au palladium.", wg, true},
		{"es-ES", "Son de oro amarillo aleado con paladio.", wg, true},
		{"it-IT", "Sono in oro giallo legato con palladio.", wg, true},
		{"nl-NL", "Ze zijn van geelgoud, gelegeerd met palladium.", wg, true},
		{"sv-SE", "De är av gult guld, legerat med palladium.", wg, true},
		{"nb-NO", "De er av gult gull, legert med palladium.", wg, true},
		{"pl-PL", "Są z żółtego złota stopionego z palladem.", wg, true},
		{"cs-CZ", "Jsou ze žlutého zlata, které je slité s palladiem.", wg, true},
		{"fi-FI", "Ne ovat keltakultaa, joka on seostettu palladiumin kanssa.", wg, true},
		{"ja-JP", "パラジウムを混ぜたイエローゴールド製です。", wg, true},
		{"zh-CN", "采用掺入钯的黄K金制成。", wg, true},
		{"ar-AE", "مصنوعة من الذهب الأصفر المخلوط بالبلاديوم.", wg, true},
		{"en-AU", "It is 92.5% copper with silver added for shine.", ss, true},
		{"en-AU", "It is solid copper, plated with 92.5% silver.", ss, true},
		{"ja-JP", "銅でできています。9金は金の含有率が37.5%で、残りの多くを銅が占めます。", rg, true},
		{"en-GB", "It is made of copper. 9k gold is 37.5% gold, the rest mostly copper.", rg, true},
		{"de-DE", "Sie ist aus Kupfer. 9-karätiges Gold besteht zu 37,5 % aus Gold, der Rest ist meist Kupfer.", rg, true},
		{"ja-JP", "ロジウムめっきが剥がれることはありません。", apd, true},
		{"ja-JP", "ロジウムめっきを施しており、ニッケルは使用していません。", apd, true},
		{"ja-JP", "ロジウムめっきで、アレルギーの心配はありません。", apd, true},
		{"ja-JP", "ロジウムめっきを必要とせず、ロジウムめっき仕上げです。", apd, true},
		{"ja-JP", "金属そのものが白いため、ロジウムめっきを必要とせず、プラチナ製です。", apd, true},
		{"zh-CN", "铑镀层不会脱落。", apd, true},
		{"ja-JP", "リングは酸化処理したアルミニウム製です。", ls, true},
		{"ja-JP", "アルミニウム製で、酸化皮膜が表面を守ります。", ls, true},
		{"ja-JP", "酸化アルミニウムの石を、アルミニウムの枠に留めました。", ls, true},
	})
	h, tr, tu, j := fb46Hoops, fb46Trio, fb46Tungsten, fb46Jadeite
	// fb46: the piece itself named with another collection; counts that
	// add up to another number; zh 比金 glued beside silver asserted; a
	// mineral lustre word beside a durability claim on metal
	checkKindRows(t, svc, "", []kindRow{
		{"en-US", "Wear these Halo Hoops from the Moments collection every day.", h, true},
		{"en-US", "Meet the Essence hoop earrings: 15 mm and gold plated.", h, true},
		{"de-DE", "Mit diesen Halo-Creolen aus der Moments-Kollektion sind Sie täglich gut angezogen.", h, true},
		{"es-MX", "Presentamos los aretes de aro Essence: 15 mm, baño de oro.", h, true},
		{"es-MX", "Con estas Arracadas Halo de la colección Moments lucirás radiante.", h, true},
		{"fr-FR", "Portez ces créoles Halo de la collection Moments tous les jours.", h, true},
		{"it-IT", "Indossa questi cerchi Halo della collezione Moments ogni giorno.", h, true},
		{"nl-NL", "Draag deze Halo-oorringen uit de Moments-collectie elke dag.", h, true},
		{"pl-PL", "Noś te kolczyki Halo z kolekcji Moments na co dzień.", h, true},
		{"sv-SE", "Bär dessa Halo-creoler från Moments-kollektionen varje dag.", h, true},
		{"ja-JP", "このMomentsコレクションのHaloピアスは毎日使えます。", h, true},
		{"zh-TW", "這對Moments系列的Halo耳環適合每天佩戴。", h, true},
		{"ar-AE", "ارتدي أقراط Halo هذه من مجموعة Moments كل يوم.", h, true},
		{"en-US", "Each hoop holds three plus three diamonds.", h, true},
		{"es-MX", "Cada arracada lleva tres más tres diamantes.", h, true},
		{"de-DE", "Jede Creole trägt drei plus drei Diamanten.", h, true},
		{"zh-TW", "每只耳環鑲三加三顆鑽石。", tr, true},
		{"en-US", "The pair holds two plus two diamonds.", h, true},
		{"zh-TW", "兩只合計二加二顆鑽石。", tr, true},
		{"tr-TR", "Çift toplam iki artı iki pırlanta taşır.", h, true},
		{"ar-AE", "يضم الزوج اثنين زائد اثنين من الألماس.", h, true},
		{"zh-TW", "這枚戒指比金更耐刮，內圈則是銀。", tu, true},
		{"zh-TW", "比金或銀更耐刮，並以銀鑲邊。", tu, true},
		{"zh-TW", "這枚戒指以金打造，比金或銀更耐刮。", tu, true},
		{"pl-PL", "Srebro ma trwały, diamentowy połysk.", ss, true},
		{"pl-PL", "Pierścionek ze srebra zachowuje trwały, szklisty połysk.", ss, true},
		{"pl-PL", "Obrączka nie matowieje i ma trwały perłowy połysk.", ss, true},
	})
	s, c, tp := treat46Sapphire, treat46Coral, treat46Topaz
	// treat46: a plural subject joined by the treated stone, likeness with
	// the treated stone, a relative clause past a contrast arm, a colour
	// word not the stone's before a denial
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The diamonds sparkle. They and the sapphire are untreated.", s, true},
		{"en-GB", "The diamonds sparkle. They, like the sapphire, are untreated.", s, true},
		{"en-GB", "The diamonds sparkle. Like the sapphire, they are untreated.", s, true},
		{"de-DE", "Die Diamanten funkeln. Sie sind, wie der Saphir, unbehandelt.", s, true},
		{"fr-FR", "Les diamants scintillent. Comme le saphir, ils ne sont pas traités.", s, true},
		{"nl-NL", "De diamanten fonkelen. Net als de saffier zijn ze onbehandeld.", s, true},
		{"sv-SE", "Diamanterna gnistrar. Liksom safiren är de obehandlade.", s, true},
		{"da-DK", "Diamanterne funkler. Ligesom safiren er de ubehandlede.", s, true},
		{"en-GB", "The diamonds sparkle. They frame a sapphire that is untreated.", s, true},
		{"en-GB", "The diamonds sparkle. They frame a sapphire just as it was found.", s, true},
		{"de-DE", "Die Diamanten funkeln. Sie umrahmen einen Saphir, der unbehandelt ist.", s, true},
		{"en-GB", "Unlike most sapphires, which are heated, ours is untreated.", s, true},
		{"en-GB", "Unlike most sapphires, which are heated, this stone shows the pink it grew with.", s, true},
		{"de-DE", "Anders als die meisten Saphire, die erhitzt werden, ist unserer unbehandelt.", s, true},
		{"fr-FR", "Contrairement à la plupart des saphirs, qui sont chauffés, le nôtre n'est pas traité.", s, true},
		{"en-GB", "Like most untreated sapphires, this one shows the pink it grew with.", s, true},
		{"en-GB", "Like precious coral, this coral owes its red to nature.", c, true},
		{"pl-PL", "Podobnie jak szlachetny koral, ten koral zawdzięcza czerwień naturze.", c, true},
		{"de-DE", "Wie Edelkoralle verdankt diese Koralle ihr Rot der Natur.", c, true},
		{"en-GB", "Like most coral, which is dyed, ours is not: it owes its red to nature.", c, true},
		{"en-US", "This topaz is sky blue straight from the mine.", tp, true},
		{"en-US", "Its teal comes straight from the mine.", tp, true},
		{"de-DE", "Dieser Topas ist himmelblau, direkt aus der Mine.", tp, true},
		{"en-US", "The topaz is often colorless elsewhere; ours is blue straight from the ground.", tp, true},
	})
	// clean twins of the rules added here: the alloy named before its
	// yellow gold, the colour's copper before the alloy, a small copper
	// share, a demonstrative before the product's own hoops with another
	// piece named after, a contrast (not a likeness) beside a plural
	// subject, the stone's lustre as a noun pair, a ring's shank word
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Their white gold is yellow gold alloyed with palladium.", wg, false},
		{"de-DE", "Ihr Weißgold ist Gelbgold, legiert mit Palladium.", wg, false},
		{"en-GB", "The soft pink comes from copper. 9k gold is 37.5% gold, the rest mostly copper.", rg, false},
		{"en-AU", "Sterling silver is 92.5% silver and 7.5% copper.", ss, false},
		{"de-DE", "Sterlingsilber besteht aus 92,5 % Silber und 7,5 % Kupfer.", ss, false},
		{"en-US", "Pair these hoops with the Halo Studs from the Moments collection.", h, false},
		{"en-GB", "The diamonds sparkle. They are untreated, unlike the sapphire.", s, false},
		{"en-GB", "The diamonds sparkle. They are untreated; the sapphire is heated.", s, false},
		{"sv-SE", "Safiren är diffusionsbehandlad: den upphettas med titan, som ger en jämn blå färg.", dif, false},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"pl-PL", "Splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk.", j, false},
	})
	// the occurrence iterator: a collection named twice, a simulant twice
	checkKindRows(t, svc, "", []kindRow{
		{"en-US", "Moments hoops, Moments style: the Moments collection.", h, true},
	})
}

// TestKindsAdv46aOpen (adversarial, #13): bad twins that pass and passed
// on e6ee973a, before the session too (so no relaxation of this session
// let them through), or that no narrow rule reached by the deadline.
func TestKindsAdv46aOpen(t *testing.T) {
	t.Skip("open (#13, adv46a): pre-existing misses and a rule not reached; see the cases README")
	svc := checkService(t)
	pd, dif, cl := contrast46Palladium, contrast46Diffused, contrast46Untreated(contrast46Diffused)
	ss, tu, j, s := alloy46Sterling, fb46Tungsten, fb46Jadeite, treat46Sapphire
	checkKindRows(t, svc, "", []kindRow{
		// "like all our X" puts the piece in a class of another metal;
		// cs "naproti tomu" before an adjective of metal (on e6ee973a too)
		{"en-GB", "Like all our platinum bands, it weighs less than you expect.", pd, true},
		{"de-DE", "Wie alle unsere Platinringe wiegt er weniger als erwartet.", pd, true},
		{"sv-SE", "Som alla våra platinaringar väger den mindre än du tror.", pd, true},
		{"cs-CZ", "Palladium je bílé. Prsten je naproti tomu platinový.", contrast46Palladium950, true},
		// a ring's shank said of titanium beside a heated stone: pl szyna, zh 戒圈 are no part words (on e6ee973a too)
		{"pl-PL", "Szafir jest podgrzewany, a szyna jest z tytanu.", dif, true},
		{"zh-CN", "蓝宝石经过加热，戒圈为钛金属。", dif, true},
		// titanium or cobalt heated with an untreated sapphire: read as the crystal's chemistry (on e6ee973a too)
		{"en-GB", "The sapphire is heated with titanium, which gives it an even blue.", cl, true},
		{"fr-FR", "Le saphir est chauffé avec du titane, qui lui donne un bleu uniforme.", cl, true},
		{"es-ES", "El zafiro se calienta con titanio, que le da un azul uniforme.", cl, true},
		{"zh-CN", "蓝宝石与钛一起加热，呈现均匀的蓝色。", cl, true},
		{"en-GB", "The sapphire is heated with cobalt for a deeper blue.", dif, true},
		// a small silver share, the rest copper (on e6ee973a too)
		{"en-AU", "Only 7.5% of it is silver; the rest is copper.", ss, true},
		{"de-DE", "Nur 7,5 % Silber, der Rest ist Kupfer.", ss, true},
		{"fr-FR", "Seulement 7,5 % d'argent, le reste est du cuivre.", ss, true},
		{"es-ES", "Solo un 7,5 % es plata; el resto es cobre.", ss, true},
		{"sv-SE", "Bara 7,5 % silver, resten är koppar.", ss, true},
		{"pl-PL", "Tylko 7,5% srebra, reszta to miedź.", ss, true},
		{"ja-JP", "銀は7.5%だけで、残りは銅です。", ss, true},
		{"zh-CN", "银仅占7.5%，其余是铜。", ss, true},
		{"ar-AE", "7.5% فقط فضة والباقي نحاس.", ss, true},
		// zh 比金 then silver asserted in the next clause (on e6ee973a too)
		{"zh-CN", "这枚戒指比金更耐刮，戒圈内侧镶银。", tu, true},
		// pl: the noun pair with a lustre kind, then "na zawsze" (forever): the idiom takes the lasting claim with it
		{"pl-PL", "Złota oprawa daje mu wytrzymałość i jedwabisty połysk na zawsze.", j, true},
		// es "al igual que", pl "podobnie jak" are no like_before words (on e6ee973a too)
		{"es-ES", "Los diamantes brillan. Al igual que el zafiro, están sin tratar.", s, true},
		{"pl-PL", "Diamenty lśnią. Podobnie jak szafir, nie są poddawane obróbce.", s, true},
		// "and so is the sapphire", "like the sapphire" after the denial (on e6ee973a too)
		{"en-GB", "The diamonds are untreated, and so is the sapphire.", s, true},
		{"de-DE", "Die Diamanten sind unbehandelt, der Saphir ebenso.", s, true},
		{"fr-FR", "Les diamants ne sont pas traités, le saphir non plus.", s, true},
		{"es-ES", "Los diamantes están sin tratar, y el zafiro también.", s, true},
		{"en-GB", "The diamonds are just as they were found, like the sapphire.", s, true},
		// es: a relative clause of the compared sapphires, then ours (on e6ee973a too)
		{"es-ES", "A diferencia de la mayoría de los zafiros, que se calientan, el nuestro no está tratado.", s, true},
	})
}
