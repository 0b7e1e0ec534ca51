package checks

import "testing"

// Products of TestKindsAdv50A (#13, adv50a): a sterling silver necklace
// without stones, in silver only (no turquoise, no coral), with a lobster
// clasp; the 14k white gold band of TestKindsOther50; the enamel
// bracelet of TestKindsColour50 (coral and turquoise are its enamel's
// colours, it has no stones).
var adv50aNecklace = misses49Product(`{"name": "Linea Necklace", "category": "necklace", "collection": "Timeless", "materials": ["sterling silver"], "stones": [], "colours": ["silver"], "features": ["lobster clasp"], "metals": [{"base": "silver", "fineness": "925"}], "measurements": [{"name": "length", "value": 45, "unit": "cm"}], "sku": "A50A-001"}`)

// adv50aStyleFalse: a styling verb of other50 followed, in the same
// sentence, by a false claim about the band itself (it is 14k white gold,
// not yellow gold). The styling verb covers the other piece it names,
// never the piece named after it.
var adv50aStyleFalse = [][2]string{
	{"de-DE", "Ergänzen Sie ihn mit Jeans, denn der Ring ist aus Gelbgold."},
	{"nl-NL", "Draag hem met jeans, want de ring is van geelgoud."},
	{"sv-SE", "Bär den gärna med jeans, för ringen är gjord i gult guld."},
	{"en-GB", "Wear it with jeans, because the ring is solid 18k yellow gold."},
	{"fr-FR", "Complétez-la d'une robe noire, car la bague Linea Band est en or jaune 18 carats."},
	{"fr-CA", "Accompagnez-la d'un jean, car la bague Linea Band est en or jaune."},
	{"it-IT", "Lo completi con un abito nero, perché l'anello Linea Band è in oro giallo."},
	{"es-ES", "Complétalo con unos vaqueros, ya que el anillo Linea Band es de oro amarillo."},
	{"es-MX", "Acompáñelo de unos jeans, porque el anillo Linea Band es de oro amarillo."},
	{"pt-PT", "Pode conjugá-lo com jeans, pois o anel Linea Band é em ouro amarelo."},
	{"pt-BR", "Complete-o com jeans, pois o anel Linea Band é de ouro amarelo."},
	{"pl-PL", "Noś go z dżinsami, bo obrączka Linea Band jest z żółtego złota."},
	{"cs-CZ", "Noste ho s džínami, protože prsten Linea Band je ze žlutého zlata."},
	{"el-GR", "Φορέστε το με τζιν, γιατί το δαχτυλίδι Linea Band είναι από κίτρινο χρυσό."},
	{"tr-TR", "Gümüş yüzükler soğuk bir renge sahiptir, Linea Band yüzük ise sarı altından yapılmıştır."},
	{"ar-AE", "أما خاتم Linea Band فهو مصنوع من الذهب الأصفر عيار 18."},
	{"ja-JP", "ジーンズと合わせて、このLinea Bandリングはイエローゴールド製です。"},
	{"ko-KR", "청바지와 함께 착용하세요. 이 Linea Band 반지는 옐로 골드입니다."},
	{"zh-CN", "可搭配牛仔裤佩戴，这款Linea Band戒指为18K黄金。"},
	{"zh-TW", "可搭配牛仔褲佩戴，這款Linea Band戒指為18K黃金。"},
}

// adv50aOurPart: a component after ours in a cross-selling phrase that is
// the necklace's own clasp (brand voice, "our signature clasp"): the stone
// said to hang beside it is the necklace's, which has none.
var adv50aOurPart = [][2]string{
	{"en-GB", "Beside our lobster clasp hangs a small sapphire."},
	{"en-US", "Next to our clasp hangs a small sapphire."},
	{"es-ES", "Junto a nuestro cierre cuelga un pequeño zafiro."},
	{"es-MX", "Junto a nuestro broche cuelga un pequeño zafiro."},
	{"pt-BR", "Ao lado do nosso fecho pende uma pequena safira."},
	{"pt-PT", "Junto ao nosso fecho pende uma pequena safira."},
	{"fr-FR", "À côté de notre fermoir pend un petit saphir."},
	{"fr-CA", "Près de notre fermoir pend un petit saphir."},
	{"it-IT", "Accanto al nostro moschettone pende un piccolo zaffiro."},
	{"de-DE", "Neben unserem Karabinerverschluss hängt ein kleiner Saphir."},
	{"nl-NL", "Naast onze sluiting hangt een kleine saffier."},
	{"sv-SE", "Bredvid vårt lås hänger en liten safir."},
	{"da-DK", "Ved siden af vores lås hænger en lille safir."},
	{"nb-NO", "Ved siden av vår lås henger en liten safir."},
	{"el-GR", "Δίπλα στο κούμπωμά μας κρέμεται ένα μικρό ζαφείρι."},
}

// adv50aCountStone: a count before a colour homograph before a bead,
// stone or set drop noun, on a piece with no such stone.
var adv50aCountStone = [][2]string{
	{"en-GB", "Three coral beads hang from the chain."},
	{"en-US", "Three turquoise beads are strung between the links."},
	{"en-AU", "Two amber stones sit between the links."},
	{"de-DE", "Drei Korallenperlen hängen an der Kette."},
	{"de-DE", "Zwei Türkistropfen in Silber gefasst hängen an der Kette."},
	{"nl-NL", "Drie turkooizen kralen hangen aan de ketting."},
	{"sv-SE", "Tre korallpärlor hänger i kedjan."},
	{"da-DK", "Tre turkisperler hænger i kæden."},
	{"nb-NO", "Tre turkisperler henger i kjedet."},
	{"pl-PL", "Z łańcuszka zwisają trzy koralowe koraliki z turkusu."},
	{"cs-CZ", "Na řetízku visí tři tyrkysové korálky."},
	{"tr-TR", "Zincirde üç turkuaz boncuk asılı."},
	{"el-GR", "Από την αλυσίδα κρέμονται τρεις χάντρες από τιρκουάζ."},
	{"ar-AE", "تتدلى من السلسلة ثلاث خرزات من الفيروز."},
	{"ja-JP", "チェーンには三つのターコイズビーズが揺れます。"},
	{"ko-KR", "체인에는 터키석 비즈 세 개가 달려 있습니다."},
	{"zh-CN", "链条上挂着三颗珊瑚珠。"},
	{"zh-TW", "鍊條上掛著三顆珊瑚珠。"},
	{"fr-FR", "Trois perles de turquoise pendent à la chaîne."},
	{"fr-CA", "Deux gouttes de turquoise serties d'argent pendent à la chaîne."},
	{"es-ES", "Tres cuentas de turquesa cuelgan de la cadena."},
	{"es-MX", "Dos gotas de turquesa engastadas en plata cuelgan de la cadena."},
	{"it-IT", "Tre perline di corallo pendono dalla catena."},
	{"pt-BR", "Três contas de turquesa pendem da corrente."},
	{"pt-PT", "Duas gotas de turquesa cravadas em prata pendem da corrente."},
}

// adv50aTrue: true copy beside the relaxations: a styling sentence naming
// another piece whose metal is not the band's, and the enamel bracelet's
// colours counted before its enamel shapes.
var adv50aStyleTrue = [][2]string{
	{"en-GB", "Wear it with our yellow gold hoops for a two-tone look."},
	{"en-US", "Complement it with a rose gold chain."},
	{"da-DK", "Bær den med vores ørestikker i gult guld."},
	{"sv-SE", "Komplettera den med våra örhängen i roséguld."},
	{"nb-NO", "Suppler den med vårt armbånd i gult gull."},
	{"nl-NL", "Vul hem aan met onze oorbellen van geelgoud."},
	{"pl-PL", "Uzupełnij ją naszymi kolczykami z żółtego złota."},
	{"cs-CZ", "Noste ho s našimi náušnicemi ze žlutého zlata."},
	{"el-GR", "Συμπληρώστε το με τα σκουλαρίκια μας από κίτρινο χρυσό."},
	{"fi-FI", "Täydennä sitä keltakultaisilla korvakoruillamme."},
	{"fr-FR", "Accompagnez-la de nos créoles en or jaune."},
	{"it-IT", "Completalo con i nostri orecchini in oro giallo."},
	{"es-ES", "Complétalo con nuestros pendientes de oro amarillo."},
	{"pt-BR", "Acompanhe-o com nossos brincos de ouro amarelo."},
	{"pt-PT", "Conjugue-o com os nossos brincos em ouro amarelo."},
	{"tr-TR", "Sarı altın ise bakırın verdiği sıcak bir renge sahiptir."},
	{"ar-AE", "أما الذهب الأصفر فلونه دافئ."},
}

// TestKindsAdv50A (#13, adv50a): guard rails on the other50 and colour50
// relaxations in 25 locales. A styling verb (packs' cross_sell) or a
// contrast marker (contrast_inner) covers the other piece or metal it
// names, not a false claim about the piece later in the same sentence;
// a count of a colour homograph before a bead or stone noun is the stone's.
func TestKindsAdv50A(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(other50Band, false, adv50aStyleTrue))
	checkKindRows(t, svc, CatGrounding, pairRows(other50Band, true, adv50aStyleFalse))
	checkKindRows(t, svc, CatGrounding, pairRows(adv50aNecklace, true, adv50aOurPart))
	checkKindRows(t, svc, CatGrounding, pairRows(colour50Enamel, true, adv50aCountStone))
}

// TestKindsAdv50AOpen (#13, adv50a): leaks found and not yet fixed.
// Items (1) (the product's own name as the subject after a styling cue)
// and (2) (pl/cs ours before a component in the genitive) were fixed by
// name51 and moved to TestKindsName51Bad.
func TestKindsAdv50AOpen(t *testing.T) {
	t.Skip("open (#13, adv50a): (3) 'two turquoise drops set in silver' on an enamel piece: 'drops' is a shape noun so the count goes to the drops, though 'set in' makes them stones; fi 'korallihelmeä' (helmi = bead and pearl) glued compound not read as the stone")
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, pairRows(colour50Enamel, true, [][2]string{
		{"en-GB", "Two turquoise drops set in silver hang from the chain."},
		{"fi-FI", "Ketjussa roikkuu kolme korallihelmeä."},
	}))
}
