package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	// scope42Bracelet: an 18 cm bracelet with seven iolites; the copy
	// offers a 45 cm necklace beside it.
	scope42Bracelet = core.Product{SKU: "SC42B", Name: "Iris Bracelet", Category: "bracelet", Collection: "Timeless", Materials: []string{"sterling silver", "iolite"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "iolite", Colour: "violet-blue", Count: 7, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue"}, Measurements: []core.Measurement{{Name: "length", Value: 18, Unit: "cm"}}}
)

// TestKindsScope42Measure (#13, scope42; released 42B104-2 ar-AE, ja-JP,
// pt-BR, tr-TR, probe 42D104-3 tr-TR): a measurement of another product
// suggested beside the piece, in a relative clause after it ("combinam com
// o anel Lumière, que tem … 10 mm"), a parenthesis after it
// ("ペンダント（チェーン45cm）と合わせる"), or before it where the noun comes
// last ("tek iyolitli 45 cm kolyeyle birlikte"), was read as the piece's:
// the measure check asked only whether a cross-selling verb or a word of
// other items stood before it (aboutOtherItem), not the tests that make a
// count there another piece's (relativeOfOther, inParenOfOther,
// beforeOtherPiece, afterOtherPiece). Arabic "ويمكن تنسيقها مع", the
// verbal noun of نسّق, was no cross-selling word. Bad twins: the same
// shapes on the piece itself ("this bracelet, which measures 45 cm") must
// still block.
func TestKindsScope42Measure(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := scope42Bracelet
	checkKindRows(t, svc, CatGrounding, []kindRow{
		{"en-GB", "Pair it with the Luna necklace, which measures 45 cm.", p, false},
		{"en-GB", "This bracelet, which measures 45 cm, pairs with the Luna necklace.", p, true},
		{"en-US", "For a matching set, add the Luna Necklace, a 45 cm chain with a single iolite.", p, false},
		{"en-US", "The bracelet is 45 cm long; for a matching set, add the Luna Necklace.", p, true},
		{"en-AU", "Wear it with the Luna pendant (45 cm chain).", p, false},
		{"en-AU", "Wear this bracelet (45 cm) with the Luna pendant.", p, true},
		{"de-DE", "Dazu passt die Kette Luna, die 45 cm lang ist.", p, false},
		{"de-DE", "Dieses Armband, das 45 cm lang ist, passt zur Kette Luna.", p, true},
		{"da-DK", "Det kan kombineres med Luna-halskæden, som er 45 cm lang.", p, false},
		{"da-DK", "Style det sammen med Luna-halskæden (45 cm).", p, false},
		{"da-DK", "Dette armbånd, som er 45 cm langt, kan kombineres med Luna-halskæden.", p, true},
		{"sv-SE", "Kombinera det med halsbandet Luna, som är 45 cm långt.", p, false},
		{"sv-SE", "Detta armband, som är 45 cm långt, passar till halsbandet Luna.", p, true},
		{"nb-NO", "Kombiner det med Luna-halskjedet, som er 45 cm langt.", p, false},
		{"nb-NO", "Dette armbåndet, som er 45 cm langt, passer til Luna-halskjedet.", p, true},
		{"nl-NL", "Combineer hem met de Luna-ketting, die 45 cm lang is.", p, false},
		{"nl-NL", "Deze armband, die 45 cm lang is, past bij de Luna-ketting.", p, true},
		{"fi-FI", "Yhdistä se Luna-kaulakoruun, jonka pituus on 45 cm.", p, false},
		{"fi-FI", "Tämä rannekoru, jonka pituus on 45 cm, sopii Luna-kaulakorun kanssa.", p, true},
		{"fr-FR", "Associez-le au collier Luna, qui mesure 45 cm.", p, false},
		{"fr-FR", "Ce bracelet, qui mesure 45 cm, s'associe au collier Luna.", p, true},
		{"fr-CA", "Agencez-le avec le collier Luna (45 cm).", p, false},
		{"fr-CA", "Ce bracelet (45 cm) s'agence avec le collier Luna.", p, true},
		{"es-ES", "Combínala con el collar Luna, que mide 45 cm.", p, false},
		{"es-ES", "Esta pulsera, que mide 45 cm, combina con el collar Luna.", p, true},
		{"es-MX", "Combínala con el collar Luna, que tiene una cadena de 45 cm.", p, false},
		{"es-MX", "Esta pulsera, que tiene una cadena de 45 cm, combina con el collar Luna.", p, true},
		{"it-IT", "Abbinalo alla collana Luna, che misura 45 cm.", p, false},
		{"it-IT", "Questo bracciale, che misura 45 cm, si abbina alla collana Luna.", p, true},
		{"pt-BR", "Combinam com o colar Luna, que tem uma única iolita oval de 10 mm.", p, false},
		{"pt-BR", "Esta pulseira, que tem 45 cm de comprimento, combina com o colar Luna.", p, true},
		{"pt-PT", "Combine-a com o colar Luna, que mede 45 cm.", p, false},
		{"pt-PT", "Esta pulseira, que mede 45 cm, combina com o colar Luna.", p, true},
		{"pl-PL", "Połącz ją z naszyjnikiem Luna, który ma 45 cm długości.", p, false},
		{"pl-PL", "Ta bransoletka, która ma 45 cm długości, pasuje do naszyjnika Luna.", p, true},
		{"cs-CZ", "Zkombinujte ho s náhrdelníkem Luna, který měří 45 cm.", p, false},
		{"cs-CZ", "Tento náramek, který měří 45 cm, ladí s náhrdelníkem Luna.", p, true},
		{"el-GR", "Συνδυάστε το με το κολιέ Luna, που έχει μήκος 45 cm.", p, false},
		{"el-GR", "Αυτό το βραχιόλι, που έχει μήκος 45 cm, ταιριάζει με το κολιέ Luna.", p, true},
		{"ar-AE", "ويمكن تنسيقه مع قلادة Luna من الفضة الإسترلينية بطول 45 سم.", p, false},
		{"ar-AE", "يأتي هذا السوار بطول 45 سم، ويمكن تنسيقه مع قلادة Luna.", p, true},
		{"tr-TR", "Aynı koleksiyondaki tek iyolitli 45 cm kolyeyle birlikte takabilirsiniz.", p, false},
		{"tr-TR", "45 cm uzunluğundaki bu bileklik, Luna kolyeyle birlikte takılabilir.", p, true},
		{"ja-JP", "イオライトをひと粒あしらったペンダント（チェーン45cm）と合わせるのもおすすめです。", p, false},
		{"ja-JP", "45cmのLunaネックレスと重ね付けしても素敵です。", p, false},
		{"ja-JP", "このブレスレット（45cm）はLunaネックレスと合わせるのもおすすめです。", p, true},
		{"ko-KR", "45cm 길이의 Luna 목걸이와 함께 착용해 보세요.", p, false},
		{"ko-KR", "이 팔찌의 길이는 45cm입니다.", p, true},
		{"zh-CN", "可搭配同系列的Luna项链（链长45厘米）。", p, false},
		{"zh-CN", "这款手链（45厘米）可与Luna项链一起佩戴。", p, true},
		{"zh-TW", "可與45公分的Luna項鍊一起配戴。", p, false},
		{"zh-TW", "這款45公分的手鍊可與Luna項鍊一起配戴。", p, true},
	})
}

var (
	scope42Stars = core.Product{SKU: "SC42S", Name: "Stars Bracelet", Category: "bracelet", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: core.OriginSimulant}}, Colours: []string{"silver"}}
	scope42Moon = core.Product{SKU: "SC42M", Name: "Moon Bracelet", Category: "bracelet", Collection: "Moments", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 3, Origin: core.OriginSimulant}, {Type: "cubic zirconia", Colour: "blue", Count: 2, Origin: core.OriginSimulant}}, Colours: []string{"silver", "blue"}}
	scope42Pearls = core.Product{SKU: "SC42P", Name: "Pearl Drops", Category: "earrings", Collection: "Timeless", Materials: []string{"sterling silver", "freshwater pearl"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2, Origin: core.OriginNatural}}, Colours: []string{"white"}}
	scope42Kunzite = core.Product{SKU: "SC42K", Name: "Kunzite Cushion Ring", Category: "ring", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "kunzite", Colour: "lilac", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"lilac", "silver"}}
	scope42Jet = core.Product{SKU: "SC42J", Name: "Jet Bead Bracelet", Category: "bracelet", Collection: "Heritage", Materials: []string{"sterling silver", "jet"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "jet", Colour: "black", Count: 14, Origin: core.OriginNatural}}, Colours: []string{"black", "silver"}}
)

// TestKindsScope42Count (#13, scope42; released 42A102-2 pt-PT, 42A102-1/-3
// zh-TW, probe 42D103-2 zh-CN, 42D102-2 ar-AE, 42C103-2 en-US): counts
// given per part whose parts the copy counts ("seven stars, each with one
// zirconia" is seven; "这对耳坠各垂坠两颗珍珠", each of the pair's two
// earrings with two pearls, is four): a per-part count was compared as
// any multiple of a group (perPartFits) or as the whole; now the count
// times the parts counted must be some groups' (per_part.go
// partsCounted). The parts' own number before the distributive word
// ("兩顆星星則各點綴1顆") was read as stones per part (countsPartsBefore).
// Arabic الجيت (jet) was no stone word, so "16 خرزة من الجيت" counted
// nothing. An apposition that opens with a count right after another
// piece ("add the Kunzite Drop Earrings, two pear-cut kunzites") is that
// piece's (relativeOfOther).
func TestKindsScope42Count(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, CatGrounding, []kindRow{
		// parts counted, count per part: the product has 5 clear
		{"en-GB", "Seven stars, each set with one cubic zirconia, dance along the chain.", scope42Stars, true},
		{"en-GB", "Five stars, each set with one cubic zirconia, dance along the chain.", scope42Stars, false},
		{"pt-PT", "Sete estrelas, cada uma com uma única zircónia cúbica, espalham-se pela pulseira.", scope42Stars, true},
		{"pt-PT", "Cinco estrelas, cada uma com uma única zircónia cúbica, espalham-se pela pulseira.", scope42Stars, false},
		{"pt-BR", "Sete estrelas, cada uma com duas zircônias, enfeitam a pulseira.", scope42Stars, true},
		{"es-ES", "Siete estrellas, cada una con una sola circonita, adornan la pulsera.", scope42Stars, true},
		{"es-ES", "Cinco estrellas, cada una con una sola circonita, adornan la pulsera.", scope42Stars, false},
		{"fr-FR", "Sept étoiles, chacune ornée d'un seul oxyde de zirconium, parsèment le bracelet.", scope42Stars, true},
		{"it-IT", "Sette stelle, ciascuna con una sola zirconia, decorano il bracciale.", scope42Stars, true},
		{"de-DE", "Sieben Sterne tragen je einen Zirkonia.", scope42Stars, true},
		{"pt-PT", "Sete pequenas estrelas, cada uma com uma zircónia cúbica no centro, espalham-se ao longo da pulseira.", scope42Stars, true},
		{"pt-PT", "Cinco pequenas estrelas, cada uma com uma zircónia cúbica no centro, espalham-se ao longo da pulseira.", scope42Stars, false},
		{"en-GB", "Seven stars, each set with a cubic zirconia, dance along the chain.", scope42Stars, true},
		{"en-GB", "Five stars, each set with a cubic zirconia, dance along the chain.", scope42Stars, false},
		{"es-MX", "Siete estrellas, cada una con una circonita, adornan la pulsera.", scope42Stars, true},
		{"fr-CA", "Sept étoiles, chacune sertie d’'un zircon cubique, ornent le bracelet.", scope42Stars, true},
		{"nl-NL", "Zeven sterren met elk een zirkonia sieren de armband.", scope42Stars, true},
		{"ja-JP", "7つの星にそれぞれキュービックジルコニアを1石ずつ留めました。", scope42Stars, true},
		{"ko-KR", "일곱 개의 별에 각각 큐빅 지르코니아 1개씩을 세팅했습니다.", scope42Stars, true},
		{"tr-TR", "Yedi yıldızın her birinde bir kübik zirkonya bulunur.", scope42Stars, true},
		{"de-DE", "Fünf Sterne tragen je einen Zirkonia.", scope42Stars, false},
		// the parts' number before the distributive word is no stone count
		{"zh-TW", "新月上鑲嵌3顆透明方晶鋯石，兩顆星星則各點綴1顆藍色方晶鋯石。", scope42Moon, false},
		{"zh-TW", "新月上鑲嵌3顆透明方晶鋯石，三顆星星則各點綴1顆藍色方晶鋯石。", scope42Moon, true},
		{"zh-CN", "新月上镶嵌3颗透明方晶锆石，两颗星星则各点缀1颗蓝色方晶锆石。", scope42Moon, false},
		// a pair's each: the product has 2 pearls in all
		{"zh-CN", "这对耳坠各垂坠两颗白色淡水珍珠。", scope42Pearls, true},
		{"zh-CN", "这对耳坠各垂坠一颗白色淡水珍珠。", scope42Pearls, false},
		{"en-GB", "Each earring holds two white freshwater pearls.", scope42Pearls, true},
		{"en-GB", "Each earring holds one white freshwater pearl.", scope42Pearls, false},
		// beads of jet in Arabic
		{"ar-AE", "يضم هذا السوار 16 خرزة من الجيت.", scope42Jet, true},
		{"ar-AE", "يضم هذا السوار 14 خرزة من الجيت.", scope42Jet, false},
		// an apposition of another piece that opens with its count
		{"en-US", "For a matching set, add the Kunzite Drop Earrings, two pear-cut kunzites on sterling silver hooks.", scope42Kunzite, false},
		{"en-US", "Add the Kunzite Drop Earrings, two pear-cut kunzites on silver hooks.", scope42Kunzite, false},
		{"en-US", "The ring, two pear-cut kunzites on a silver band, is a statement.", scope42Kunzite, true},
	})
}
