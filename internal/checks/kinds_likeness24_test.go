package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A quality likened to another stone's, the other variety of the
// product's own mineral and its colour, and the pair compared (#13,
// imitate24; probe 30: "It has the green of an emerald" and "Het groen doet
// aan smaragd denken" on tsavorite, "Teinté de bleu par le fer, le même
// minéral devient l'aigue-marine" on emerald, "o mesmo cristal de sílica do
// quartzo incolor" on smoky quartz, "İki taş da kırmızısını kroma borçludur"
// on a spinel after its confusion with ruby, all blocked grounding.stone,
// grounding.colour or grounding.count). The stone after a quality, a link
// and an indefinite article is the likeness (grounding likeness.go; only
// the languages with an indefinite article); "the same mineral" is a word
// of the stone's nature, so the family rule reads the other variety, and a
// colour in a participle clause before its subject is the variety's; the
// colour of the thing "the same X as" names is that thing's; "both" two
// after a comparison counts the pair. Each pass row has a blocking twin:
// the stone set in or beside the piece, the colour said of the piece, the
// two stones counted in the piece.
func TestKindsLikeness24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tsavorite := core.Product{SKU: "K24L108", Name: "Tsavorite Stud Earrings", Category: "earrings", Collection: "Lumière",
		Materials: []string{"18k white gold", "tsavorite garnet"}, Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "tsavorite garnet", Colour: "green", Count: 2, Origin: "natural"}}, Colours: []string{"green", "silver"}}
	emerald := core.Product{SKU: "K24L105", Name: "Bague Émeraude", Category: "ring", Collection: "Reflexions",
		Materials: []string{"rhodium-plated sterling silver", "emerald"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "emerald", Colour: "green", Count: 1, Origin: "natural"}}, Colours: []string{"green", "silver"}}
	smoky := core.Product{SKU: "K24L109", Name: "Boucles d'oreilles pendantes en quartz fumé", Category: "earrings", Collection: "Reflexions",
		Materials: []string{"sterling silver", "smoky quartz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "smoky quartz", Colour: "brown", Count: 2, Origin: "natural"}}, Colours: []string{"brown", "silver"}}
	spinel := core.Product{SKU: "K24L106", Name: "Red Spinel Ring", Category: "ring", Collection: "Heritage",
		Materials: []string{"14k yellow gold", "natural spinel"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "spinel", Colour: "red", Count: 1, Origin: "natural"}}, Colours: []string{"red", "gold"}}
	likeness := []kindRow{
		{"en-GB", "It has the green of an emerald, yet it is rarely treated.", tsavorite, false}, {"en-GB", "It has the green of the emerald set beside it.", tsavorite, true},
		{"en-US", "It has the green of an emerald, yet it is rarely treated.", tsavorite, false}, {"en-US", "It has the green of the emerald set beside it.", tsavorite, true},
		{"en-AU", "It has the green of an emerald, yet it is rarely treated.", tsavorite, false}, {"en-AU", "It has the green of the emerald set beside it.", tsavorite, true},
		{"de-DE", "Er hat das Grün eines Smaragds, wird aber selten behandelt.", tsavorite, false}, {"de-DE", "Die Ohrringe sind mit einem Smaragd besetzt.", tsavorite, true},
		{"fr-FR", "Il a le vert d'une émeraude, mais il est rarement traité.", tsavorite, false}, {"fr-FR", "Il a le vert de l'émeraude sertie à ses côtés.", tsavorite, true},
		{"fr-CA", "Il a le vert d'une émeraude, mais il est rarement traité.", tsavorite, false}, {"fr-CA", "Il a le vert de l'émeraude sertie à ses côtés.", tsavorite, true},
		{"es-ES", "Tiene el verde de una esmeralda, pero rara vez se trata.", tsavorite, false}, {"es-ES", "Tiene el verde de la esmeralda engastada a su lado.", tsavorite, true},
		{"es-MX", "Tiene el verde de una esmeralda, pero rara vez se trata.", tsavorite, false}, {"es-MX", "Tiene el verde de la esmeralda engastada a su lado.", tsavorite, true},
		{"it-IT", "Ha il verde di uno smeraldo, ma viene trattata di rado.", tsavorite, false}, {"it-IT", "Ha il verde dello smeraldo incastonato accanto a lei.", tsavorite, true},
		{"pt-BR", "Tem o verde de uma esmeralda, mas raramente é tratada.", tsavorite, false}, {"pt-BR", "Tem o verde da esmeralda cravejada ao seu lado.", tsavorite, true},
		{"pt-PT", "Tem o verde de uma esmeralda, mas raramente é tratada.", tsavorite, false}, {"pt-PT", "Tem o verde da esmeralda cravejada ao seu lado.", tsavorite, true},
		{"nl-NL", "Hij heeft het groen van een smaragd, maar wordt zelden behandeld.", tsavorite, false}, {"nl-NL", "Hij heeft het groen van de smaragd ernaast.", tsavorite, true},
		{"sv-SE", "Den har det gröna hos en smaragd men behandlas sällan.", tsavorite, false}, {"sv-SE", "Örhängena är infattade med en smaragd.", tsavorite, true},
		{"da-DK", "Den har den grønne farve af en smaragd, men behandles sjældent.", tsavorite, false}, {"da-DK", "Øreringene er indfattet med en smaragd.", tsavorite, true},
		{"nb-NO", "Den har den grønne fargen av en smaragd, men behandles sjelden.", tsavorite, false}, {"nb-NO", "Øredobbene er innfattet med en smaragd.", tsavorite, true},
	}
	family := []kindRow{
		{"en-GB", "Coloured blue by iron, the same mineral becomes aquamarine.", emerald, false}, {"en-GB", "Coloured blue by iron, the ring also holds an aquamarine.", emerald, true},
		{"de-DE", "Durch Eisen blau gefärbt, wird dasselbe Mineral zum Aquamarin.", emerald, false}, {"de-DE", "Durch Eisen blau gefärbt, trägt der Ring auch einen Aquamarin.", emerald, true},
		{"fr-FR", "Teinté de bleu par le fer, le même minéral devient l'aigue-marine.", emerald, false}, {"fr-FR", "Teintée de bleu, la bague porte aussi une aigue-marine.", emerald, true},
		{"es-ES", "Teñido de azul por el hierro, el mismo mineral se convierte en aguamarina.", emerald, false}, {"es-ES", "Teñido de azul, el anillo lleva también una aguamarina.", emerald, true},
		{"it-IT", "Tinto di blu dal ferro, lo stesso minerale diventa acquamarina.", emerald, false}, {"it-IT", "Tinto di blu, l'anello porta anche un'acquamarina.", emerald, true},
		{"pt-BR", "Tingido de azul pelo ferro, o mesmo mineral se torna água-marinha.", emerald, false}, {"pt-BR", "Tingido de azul, o anel traz também uma água-marinha.", emerald, true},
		{"nl-NL", "Door ijzer blauw gekleurd wordt hetzelfde mineraal aquamarijn.", emerald, false}, {"nl-NL", "Blauw gekleurd draagt de ring ook een aquamarijn.", emerald, true},
		{"sv-SE", "Färgat blått av järn blir samma mineral akvamarin.", emerald, false}, {"sv-SE", "Färgad blå bär ringen också en akvamarin.", emerald, true},
		{"da-DK", "Farvet blå af jern bliver samme mineral til akvamarin.", emerald, false}, {"da-DK", "Farvet blå bærer ringen også en akvamarin.", emerald, true},
		{"nb-NO", "Farget blått av jern blir samme mineral til akvamarin.", emerald, false}, {"nb-NO", "Farget blå bærer ringen også en akvamarin.", emerald, true},
		{"fi-FI", "Raudan sinertämänä sama mineraali muuttuu akvamariiniksi.", emerald, false}, {"fi-FI", "Sormuksessa on myös sininen akvamariini.", emerald, true},
		{"pl-PL", "Zabarwiony żelazem na niebiesko ten sam minerał staje się akwamarynem.", emerald, false}, {"pl-PL", "Pierścionek ma też niebieski akwamaryn.", emerald, true},
		{"cs-CZ", "Železem zbarvený do modra se stejný minerál stává akvamarínem.", emerald, false}, {"cs-CZ", "Prsten nese i modrý akvamarín.", emerald, true},
		{"tr-TR", "Demirle maviye boyanan aynı mineral akuamarine dönüşür.", emerald, false}, {"tr-TR", "Yüzükte mavi bir akuamarin de var.", emerald, true},
		{"el-GR", "Βαμμένο μπλε από τον σίδηρο, το ίδιο ορυκτό γίνεται ακουαμαρίνα.", emerald, false}, {"el-GR", "Το δαχτυλίδι έχει και μια μπλε ακουαμαρίνα.", emerald, true},
		{"ar-AE", "وإذا صبغه الحديد بالأزرق صار المعدن نفسه أكوامارين.", emerald, false}, {"ar-AE", "يحمل الخاتم أيضًا حجر أكوامارين أزرق.", emerald, true},
		{"ja-JP", "鉄で青く色づくと、同じ鉱物がアクアマリンになります。", emerald, false}, {"ja-JP", "この指輪には青いアクアマリンもあしらわれています。", emerald, true},
		{"ko-KR", "철로 푸르게 물들면 같은 광물이 아쿠아마린이 됩니다.", emerald, false}, {"ko-KR", "이 반지에는 푸른 아쿠아마린도 세팅되어 있습니다.", emerald, true},
		{"zh-CN", "被铁染成蓝色时，同一种矿物就成了海蓝宝石。", emerald, false}, {"zh-CN", "这枚戒指还镶嵌着一颗蓝色海蓝宝石。", emerald, true},
		{"zh-TW", "被鐵染成藍色時，同一種礦物就成了海藍寶石。", emerald, false}, {"zh-TW", "這枚戒指還鑲嵌著一顆藍色海藍寶石。", emerald, true},
		{"en-US", "Coloured blue by iron, the same mineral becomes aquamarine.", emerald, false}, {"en-US", "Coloured blue by iron, the ring also holds an aquamarine.", emerald, true},
		{"en-AU", "Coloured blue by iron, the same mineral becomes aquamarine.", emerald, false}, {"en-AU", "Coloured blue by iron, the ring also holds an aquamarine.", emerald, true},
		{"fr-CA", "Teinté de bleu par le fer, le même minéral devient l'aigue-marine.", emerald, false}, {"fr-CA", "Teintée de bleu, la bague porte aussi une aigue-marine.", emerald, true},
		{"es-MX", "Teñido de azul por el hierro, el mismo mineral se convierte en aguamarina.", emerald, false}, {"es-MX", "Teñido de azul, el anillo lleva también una aguamarina.", emerald, true},
		{"pt-PT", "Tingido de azul pelo ferro, o mesmo mineral se torna água-marinha.", emerald, false}, {"pt-PT", "Tingido de azul, o anel traz também uma água-marinha.", emerald, true},
	}
	same := []kindRow{
		{"pt-BR", "O quartzo fumê é o mesmo cristal de sílica do quartzo incolor.", smoky, false}, {"pt-BR", "O quartzo fumê destes brincos é um quartzo incolor.", smoky, true},
		{"pt-PT", "O quartzo fumado é o mesmo cristal de sílica do quartzo incolor.", smoky, false}, {"pt-PT", "Os brincos têm quartzo incolor.", smoky, true},
		{"en-GB", "Smoky quartz is the same silica as colourless quartz.", smoky, false}, {"en-GB", "The earrings hold colourless quartz.", smoky, true},
		{"es-ES", "El cuarzo ahumado es el mismo cristal de sílice que el cuarzo incoloro.", smoky, false}, {"es-ES", "Los pendientes llevan cuarzo incoloro.", smoky, true},
		{"fr-FR", "Le quartz fumé est la même silice que le quartz incolore.", smoky, false}, {"fr-FR", "Les boucles d'oreilles portent du quartz incolore.", smoky, true},
		{"it-IT", "Il quarzo fumé è la stessa silice del quarzo incolore.", smoky, false}, {"it-IT", "Gli orecchini portano quarzo incolore.", smoky, true},
		{"de-DE", "Rauchquarz ist dieselbe Kieselsäure wie farbloser Quarz.", smoky, false}, {"de-DE", "Die Ohrringe tragen farblosen Quarz.", smoky, true},
		{"sv-SE", "Rökkvarts är samma kiseldioxid som färglös kvarts.", smoky, false}, {"sv-SE", "Örhängena bär färglös kvarts.", smoky, true},
		{"tr-TR", "Spinel yüzyıllar boyunca yakutla karıştırıldı. İki taş da kırmızısını kroma borçludur.", spinel, false}, {"tr-TR", "Yüzükteki iki taş da kırmızıdır.", spinel, true},
		{"fr-FR", "Le spinelle a longtemps été confondu avec le rubis. Tous deux doivent leur rouge au chrome.", spinel, false}, {"fr-FR", "La bague porte deux spinelles rouges.", spinel, true},
	}
	both := []kindRow{
		{"tr-TR", "Spinel yüzyıllar boyunca yakutla karıştırıldı. İki taş da kırmızısını kroma borçludur.", spinel, false},
		{"tr-TR", "Yüzükteki iki taş da kırmızıdır.", spinel, true},
		{"fr-FR", "Le spinelle a longtemps été confondu avec le rubis. Tous deux doivent leur rouge au chrome.", spinel, false},
		{"fr-FR", "La bague porte deux spinelles rouges.", spinel, true},
	}
	var rows []kindRow
	for _, list := range [][]kindRow{likeness, family, same, both} {
		rows = append(rows, list...)
	}
	var pass, block []kindRow
	for _, r := range rows {
		if r.block {
			block = append(block, r)
		} else {
			pass = append(pass, r)
		}
	}
	checkKindRows(t, svc, "", pass)
	checkKindRows(t, svc, CatGrounding, block)
}
