package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsAlloy47 (#13, alloy47).
var (
	alloy47Rose = core.Product{SKU: "AY47R", Name: "Halo Rose Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"rose gold"}}
	alloy47Yellow = core.Product{SKU: "AY47Y", Name: "Halo Yellow Ring", Category: "ring", Collection: "Halo", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"yellow gold"}}
	alloy47White = core.Product{SKU: "AY47W", Name: "Halo White Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Colours: []string{"white"}}
	alloy47Sterling = core.Product{SKU: "AY47S", Name: "Halo Silver Ring", Category: "ring", Collection: "Halo", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	alloy47Titanium = core.Product{SKU: "AY47T", Name: "Halo Titanium Ring", Category: "ring", Collection: "Halo", Materials: []string{"titanium"},
		Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}
	alloy47NickelFree = core.Product{SKU: "AY47N", Name: "Halo White Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Colours: []string{"white"}, Features: []string{"nickel-free"}}
)

type alloy47Row struct {
	p     core.Product
	texts map[string]string
}

var alloy47Locales = map[string][]string{
	"en": {"en-GB", "en-US", "en-AU"}, "de": {"de-DE"}, "fr": {"fr-FR", "fr-CA"}, "es": {"es-ES", "es-MX"}, "it": {"it-IT"},
	"pt": {"pt-PT", "pt-BR"}, "nl": {"nl-NL"}, "sv": {"sv-SE"}, "da": {"da-DK"}, "nb": {"nb-NO"}, "fi": {"fi-FI"}, "pl": {"pl-PL"},
	"cs": {"cs-CZ"}, "el": {"el-GR"}, "tr": {"tr-TR"}, "ar": {"ar-AE"}, "ja": {"ja-JP"}, "ko": {"ko-KR"}, "zh": {"zh-CN"}, "zt": {"zh-TW"},
}

func alloy47Expand(rs []alloy47Row, p *core.Product, block bool) []kindRow {
	var out []kindRow
	for _, r := range rs {
		pr := r.p
		if p != nil {
			pr = *p
		}
		for lang, text := range r.texts {
			for _, loc := range alloy47Locales[lang] {
				out = append(out, kindRow{loc, text, pr, block})
			}
		}
	}
	return out
}

var alloy47Clean = []alloy47Row{
	{alloy47Rose, map[string]string{
		"en": "Rose gold takes its blush from copper.",
		"de": "Roségold verdankt seinen rosigen Ton dem Kupfer.",
		"fr": "L'or rose doit sa teinte au cuivre.",
		"es": "El oro rosa debe su tono al cobre.",
		"it": "L'oro rosa deve la sua tonalità al rame.",
		"pt": "O ouro rosa deve o seu tom ao cobre.",
		"nl": "Roségoud dankt zijn blos aan koper.",
		"sv": "Roséguld får sin rodnad från koppar.",
		"da": "Rosaguld får sin rødmen fra kobber.",
		"nb": "Roségull får sin rødme fra kobber.",
		"fi": "Ruusukulta saa punertavan sävynsä kuparista.",
		"pl": "Różowe złoto zawdzięcza swój odcień miedzi.",
		"cs": "Růžové zlato vděčí za svůj odstín mědi.",
		"el": "Το ροζ χρυσό οφείλει την απόχρωσή του στον χαλκό.",
		"tr": "Rose altın pembe tonunu bakırdan alır.",
		"ar": "يستمد الذهب الوردي لونه من النحاس.",
		"ja": "ローズゴールドのほんのりした赤みは銅によるものです。",
		"ko": "로즈 골드의 은은한 분홍빛은 구리에서 나옵니다.",
		"zh": "玫瑰金的粉调来自铜。",
		"zt": "玫瑰金的粉調來自銅。",
	}},
	{alloy47Rose, map[string]string{
		"en": "A touch of copper gives rose gold its blush.",
		"de": "Ein Hauch Kupfer gibt Roségold seinen rosigen Ton.",
		"fr": "Une touche de cuivre donne à l'or rose sa teinte.",
		"es": "Un toque de cobre da al oro rosa su tono.",
		"it": "Un tocco di rame dà all'oro rosa la sua tonalità.",
		"pt": "Um toque de cobre dá ao ouro rosa o seu tom.",
		"nl": "Een vleugje koper geeft roségoud zijn blos.",
		"sv": "En gnutta koppar ger roséguld dess rodnad.",
		"da": "Et strejf af kobber giver rosaguld dets rødmen.",
		"nb": "Et snev av kobber gir roségull sin rødme.",
		"fi": "Ripaus kuparia antaa ruusukullalle sen punerruksen.",
		"pl": "Odrobina miedzi nadaje różowemu złotu jego odcień.",
		"cs": "Špetka mědi dává růžovému zlatu jeho odstín.",
		"el": "Λίγος χαλκός δίνει στο ροζ χρυσό την απόχρωσή του.",
		"tr": "Biraz bakır, rose altına pembe tonunu verir.",
		"ar": "لمسة من النحاس تمنح الذهب الوردي لونه.",
		"ja": "少量の銅がローズゴールドに赤みを与えます。",
		"ko": "약간의 구리가 로즈 골드에 분홍빛을 줍니다.",
		"zh": "少许铜赋予玫瑰金柔和的粉调。",
		"zt": "少許銅賦予玫瑰金柔和的粉調。",
	}},
	{alloy47Rose, map[string]string{
		"en": "18k rose gold is 75% gold, its warm colour from copper.",
		"de": "18 Karat Roségold besteht zu 75 % aus Gold, seine warme Farbe kommt vom Kupfer.",
		"fr": "L'or rose 18 carats contient 75 % d'or, sa couleur chaude vient du cuivre.",
		"es": "El oro rosa de 18 quilates tiene un 75 % de oro, y su color cálido viene del cobre.",
		"it": "L'oro rosa 18 carati contiene il 75% di oro, il suo colore caldo viene dal rame.",
		"pt": "O ouro rosa 18k tem 75% de ouro, e a sua cor quente vem do cobre.",
		"nl": "18 karaat roségoud bestaat voor 75% uit goud, de warme kleur komt van koper.",
		"sv": "18 karats roséguld är 75 % guld, den varma färgen kommer från koppar.",
		"da": "18 karat rosaguld er 75 % guld, den varme farve kommer fra kobber.",
		"nb": "18 karat roségull er 75 % gull, den varme fargen kommer fra kobber.",
		"fi": "18 karaatin ruusukulta on 75-prosenttista kultaa, lämmin sävy tulee kuparista.",
		"pl": "Różowe złoto 18 karatów to w 75% złoto, a ciepły kolor pochodzi od miedzi.",
		"cs": "Růžové zlato 18 karátů obsahuje 75 % zlata, teplou barvu mu dává měď.",
		"el": "Ο ροζ χρυσός 18 καρατίων είναι 75% χρυσός, το ζεστό χρώμα του προέρχεται από τον χαλκό.",
		"tr": "18 ayar rose altın %75 altındır, sıcak rengini bakırdan alır.",
		"ar": "الذهب الوردي عيار 18 يحتوي على 75% ذهب، ولونه الدافئ من النحاس.",
		"ja": "18金ローズゴールドは金が75%で、温かな色は銅によるものです。",
		"ko": "18K 로즈 골드는 금이 75%이며, 따뜻한 색은 구리에서 나옵니다.",
		"zh": "18K玫瑰金含金75%，温暖的色调来自铜。",
		"zt": "18K玫瑰金含金75%，溫暖的色調來自銅。",
	}},
	{alloy47Yellow, map[string]string{
		"en": "14k gold is alloyed with copper and silver for strength.",
		"de": "14 Karat Gold ist für mehr Festigkeit mit Kupfer und Silber legiert.",
		"fr": "L'or 14 carats est allié au cuivre et à l'argent pour plus de solidité.",
		"es": "El oro de 14 quilates está aleado con cobre y plata para ganar resistencia.",
		"it": "L'oro 14 carati è legato con rame e argento per una maggiore resistenza.",
		"pt": "O ouro 14k é ligado com cobre e prata para ganhar resistência.",
		"nl": "14 karaat goud is gelegeerd met koper en zilver voor extra sterkte.",
		"sv": "14 karats guld är legerat med koppar och silver för styrka.",
		"da": "14 karat guld er legeret med kobber og sølv for styrke.",
		"nb": "14 karat gull er legert med kobber og sølv for styrke.",
		"fi": "14 karaatin kulta on seostettu kuparilla ja hopealla lujuuden vuoksi.",
		"pl": "Złoto 14 karatów jest stopione z miedzią i srebrem dla wytrzymałości.",
		"cs": "Zlato 14 karátů je slité s mědí a stříbrem kvůli pevnosti.",
		"el": "Ο χρυσός 14 καρατίων είναι κράμα με χαλκό και ασήμι για αντοχή.",
		"tr": "14 ayar altın, dayanıklılık için bakır ve gümüşle alaşımlanır.",
		"ar": "الذهب عيار 14 مخلوط بالنحاس والفضة لمزيد من الصلابة.",
		"ja": "14金は強度を高めるために銅と銀を混ぜた合金です。",
		"ko": "14K 금은 강도를 위해 구리와 은을 섞은 합금입니다.",
		"zh": "14K金加入铜和银以增加强度。",
		"zt": "14K金加入銅和銀以增加強度。",
	}},
	{alloy47White, map[string]string{
		"en": "White gold owes its colour to palladium.",
		"de": "Weißgold verdankt seine Farbe dem Palladium.",
		"fr": "L'or blanc doit sa couleur au palladium.",
		"es": "El oro blanco debe su color al paladio.",
		"it": "L'oro bianco deve il suo colore al palladio.",
		"pt": "O ouro branco deve a sua cor ao paládio.",
		"nl": "Witgoud dankt zijn kleur aan palladium.",
		"sv": "Vitguld får sin färg från palladium.",
		"da": "Hvidguld får sin farve fra palladium.",
		"nb": "Hvitt gull får fargen sin fra palladium.",
		"fi": "Valkokulta saa värinsä palladiumista.",
		"pl": "Białe złoto zawdzięcza swój kolor palladowi.",
		"cs": "Bílé zlato vděčí za svou barvu palladiu.",
		"el": "Ο λευκός χρυσός οφείλει το χρώμα του στο παλλάδιο.",
		"tr": "Beyaz altın rengini paladyumdan alır.",
		"ar": "يستمد الذهب الأبيض لونه من البلاديوم.",
		"ja": "ホワイトゴールドの白さはパラジウムによるものです。",
		"ko": "화이트 골드의 색은 팔라듐에서 나옵니다.",
		"zh": "白K金的颜色来自钯。",
		"zt": "白K金的顏色來自鈀。",
	}},
	{alloy47Sterling, map[string]string{
		"en": "Sterling silver is silver alloyed with copper for strength.",
		"de": "Sterlingsilber ist Silber, legiert mit Kupfer für mehr Härte.",
		"fr": "L'argent sterling est de l'argent allié au cuivre pour plus de solidité.",
		"es": "La plata de ley es plata aleada con cobre para ganar resistencia.",
		"it": "L'argento sterling è argento legato con rame per una maggiore resistenza.",
		"pt": "A prata de lei é prata ligada com cobre para ganhar resistência.",
		"nl": "Sterling zilver is zilver gelegeerd met koper voor sterkte.",
		"sv": "Sterlingsilver är silver legerat med koppar för styrka.",
		"da": "Sterlingsølv er sølv legeret med kobber for styrke.",
		"nb": "Sterlingsølv er sølv legert med kobber for styrke.",
		"fi": "Sterlinghopea on kuparilla seostettua hopeaa lujuuden vuoksi.",
		"pl": "Srebro próby 925 to srebro stopione z miedzią dla wytrzymałości.",
		"cs": "Sterlingové stříbro je stříbro slité s mědí kvůli pevnosti.",
		"el": "Το ασήμι στερλίνας είναι ασήμι σε κράμα με χαλκό για αντοχή.",
		"tr": "Sterling gümüş, dayanıklılık için bakırla alaşımlanmış gümüştür.",
		"ar": "الفضة الإسترلينية فضة مخلوطة بالنحاس لمزيد من الصلابة.",
		"ja": "スターリングシルバーは強度のために銅を混ぜた銀です。",
		"ko": "스털링 실버는 강도를 위해 구리를 섞은 은입니다.",
		"zh": "纯银925是加入铜以增加硬度的银。",
		"zt": "925純銀是加入銅以增加硬度的銀。",
	}},
}

// alloy47PieceRows say the piece itself takes its colour from copper, or
// that the piece is copper: they block on the rose gold ring.
var alloy47PieceRows = []alloy47Row{
	{alloy47Rose, map[string]string{
		"en": "This ring takes its blush from copper.",
		"de": "Dieser Ring verdankt seinen rosigen Ton dem Kupfer.",
		"fr": "Cette bague doit sa couleur au cuivre.",
		"es": "Este anillo debe su tono al cobre.",
		"it": "Questo anello deve la sua tonalità al rame.",
		"pt": "Este anel deve o seu tom ao cobre.",
		"nl": "Deze ring dankt zijn blos aan koper.",
		"sv": "Den här ringen får sin rodnad från koppar.",
		"da": "Denne ring får sin rødmen fra kobber.",
		"nb": "Denne ringen får sin rødme fra kobber.",
		"fi": "Tämä sormus saa punertavan sävynsä kuparista.",
		"pl": "Ten pierścionek zawdzięcza swój odcień miedzi.",
		"cs": "Tento prsten vděčí za svůj odstín mědi.",
		"el": "Αυτό το δαχτυλίδι οφείλει την απόχρωσή του στον χαλκό.",
		"tr": "Bu yüzük pembe tonunu bakırdan alır.",
		"ar": "يستمد هذا الخاتم لونه من النحاس.",
		"ja": "このリングの赤みは銅によるものです。",
		"ko": "이 반지의 분홍빛은 구리에서 나옵니다.",
		"zh": "这枚戒指的粉调来自铜。",
		"zt": "這枚戒指的粉調來自銅。",
	}},
	{alloy47Rose, map[string]string{
		"en": "It is copper, with a warm rose gold tone.",
		"de": "Er ist aus Kupfer, mit einem warmen Roségold-Ton.",
		"fr": "C'est du cuivre, avec une teinte or rose chaleureuse.",
		"es": "Es de cobre, con un cálido tono oro rosa.",
		"it": "È di rame, con una calda tonalità oro rosa.",
		"pt": "É de cobre, com um tom quente de ouro rosa.",
		"nl": "Hij is van koper, met een warme roségouden tint.",
		"sv": "Den är av koppar, med en varm roséguldton.",
		"da": "Den er af kobber, med en varm rosaguld tone.",
		"nb": "Den er av kobber, med en varm roségull tone.",
		"fi": "Se on kuparia, ja sen sävy on lämmin ruusukulta.",
		"pl": "Jest z miedzi, w ciepłym odcieniu różowego złota.",
		"cs": "Je z mědi, s teplým odstínem růžového zlata.",
		"el": "Είναι από χαλκό, με ζεστή απόχρωση ροζ χρυσού.",
		"tr": "Bakırdandır, sıcak bir rose altın tonu vardır.",
		"ar": "إنه من النحاس، بلون الذهب الوردي الدافئ.",
		"ja": "銅製で、温かみのあるローズゴールドの色です。",
		"ko": "구리로 만들어졌으며 따뜻한 로즈 골드 색입니다.",
		"zh": "它是铜制的，带有温暖的玫瑰金色调。",
		"zt": "它是銅製的，帶有溫暖的玫瑰金色調。",
	}},
	{alloy47Rose, map[string]string{
		"en": "Made of copper with a warm rose gold tone.",
		"de": "Aus Kupfer hergestellt, mit einem warmen Roségold-Ton.",
		"fr": "Fait de cuivre, avec une teinte or rose chaleureuse.",
		"es": "Hecho de cobre con un cálido tono oro rosa.",
		"it": "Fatto di rame con una calda tonalità oro rosa.",
		"pt": "Feito de cobre com um tom quente de ouro rosa.",
		"nl": "Gemaakt van koper met een warme roségouden tint.",
		"sv": "Tillverkad av koppar med en varm roséguldton.",
		"da": "Fremstillet af kobber med en varm rosaguld tone.",
		"nb": "Laget av kobber med en varm roségull tone.",
		"fi": "Valmistettu kuparista, sävyltään lämmin ruusukulta.",
		"pl": "Wykonany z miedzi w ciepłym odcieniu różowego złota.",
		"cs": "Vyrobeno z mědi v teplém odstínu růžového zlata.",
		"el": "Φτιαγμένο από χαλκό με ζεστή απόχρωση ροζ χρυσού.",
		"tr": "Sıcak rose altın tonunda, bakırdan yapılmıştır.",
		"ar": "مصنوع من النحاس بلون الذهب الوردي الدافئ.",
		"ja": "銅で作られ、ローズゴールドの温かな色をまといます。",
		"ko": "구리로 만든 따뜻한 로즈 골드 색입니다.",
		"zh": "以铜制成，呈温暖的玫瑰金色调。",
		"zt": "以銅製成，呈溫暖的玫瑰金色調。",
	}},
	{alloy47Rose, map[string]string{
		"en": "Rose gold and copper give it a warm tone.",
		"de": "Roségold und Kupfer geben ihm einen warmen Ton.",
		"fr": "L'or rose et le cuivre lui donnent une teinte chaleureuse.",
		"es": "El oro rosa y el cobre le dan un tono cálido.",
		"it": "L'oro rosa e il rame gli danno una tonalità calda.",
		"pt": "O ouro rosa e o cobre dão-lhe um tom quente.",
		"nl": "Roségoud en koper geven hem een warme tint.",
		"sv": "Roséguld och koppar ger den en varm ton.",
		"da": "Rosaguld og kobber giver den en varm tone.",
		"nb": "Roségull og kobber gir den en varm tone.",
		"fi": "Ruusukulta ja kupari antavat sille lämpimän sävyn.",
		"pl": "Różowe złoto i miedź nadają mu ciepły odcień.",
		"cs": "Růžové zlato a měď mu dávají teplý odstín.",
		"el": "Ο ροζ χρυσός και ο χαλκός του δίνουν ζεστή απόχρωση.",
		"tr": "Rose altın ve bakır ona sıcak bir ton verir.",
		"ar": "الذهب الوردي والنحاس يمنحانه لونًا دافئًا.",
		"ja": "ローズゴールドと銅が温かな色を与えます。",
		"ko": "로즈 골드와 구리가 따뜻한 색을 줍니다.",
		"zh": "玫瑰金和铜赋予它温暖的色调。",
		"zt": "玫瑰金和銅賦予它溫暖的色調。",
	}},
}

// alloy47Nickel names nickel as what whitens white gold: true of a white
// gold alloyed with nickel, a wrong fact about a nickel-free one.
var alloy47Nickel = []alloy47Row{
	{alloy47White, map[string]string{
		"en": "White gold owes its colour to nickel.",
		"de": "Weißgold verdankt seine Farbe dem Nickel.",
		"fr": "L'or blanc doit sa couleur au nickel.",
		"es": "El oro blanco debe su color al níquel.",
		"it": "L'oro bianco deve il suo colore al nichel.",
		"pt": "O ouro branco deve a sua cor ao níquel.",
		"nl": "Witgoud dankt zijn kleur aan nikkel.",
		"sv": "Vitguld får sin färg från nickel.",
		"da": "Hvidguld får sin farve fra nikkel.",
		"nb": "Hvitt gull får fargen sin fra nikkel.",
		"fi": "Valkokulta saa värinsä nikkelistä.",
		"pl": "Białe złoto zawdzięcza swój kolor niklowi.",
		"cs": "Bílé zlato vděčí za svou barvu niklu.",
		"el": "Ο λευκός χρυσός οφείλει το χρώμα του στο νικέλιο.",
		"tr": "Beyaz altın rengini nikelden alır.",
		"ar": "يستمد الذهب الأبيض لونه من النيكل.",
		"ja": "ホワイトゴールドの白さはニッケルによるものです。",
		"ko": "화이트 골드의 색은 니켈에서 나옵니다.",
		"zh": "白K金的颜色来自镍。",
		"zt": "白K金的顏色來自鎳。",
	}},
}

// TestKindsAlloy47 (#13, alloy47): copy that explains the piece's own
// metal alloy names its alloying metals as what gives the alloy its colour
// or strength ("Rose gold takes its blush from copper", "White gold owes
// its colour to palladium", "A touch of copper gives rose gold its blush",
// "18k rose gold is 75% gold, its warm colour from copper"; contrast.go
// alloyCause, pack alloy_cause_words), or mixed into it (ar مخلوط, ja
// 混ぜた, ko 섞은, zh 加入: alloy_words), and grounding.material blocked the
// metal as the piece's. The same copy passes only where the product's
// metal is that alloy (canon alloy_metals): on titanium it still blocks;
// the piece said to take its colour from copper, or said to be copper,
// still blocks; nickel on a nickel-free white gold still blocks.
func TestKindsAlloy47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ti, nf := alloy47Titanium, alloy47NickelFree
	checkKindRows(t, svc, "grounding", alloy47Expand(alloy47Clean, nil, false))
	checkKindRows(t, svc, "grounding", alloy47Expand(alloy47Nickel, nil, false))
	checkKindRows(t, svc, "grounding", alloy47Expand(alloy47Clean, &ti, true))
	checkKindRows(t, svc, "grounding", alloy47Expand(alloy47PieceRows, nil, true))
	checkKindRows(t, svc, "grounding", alloy47Expand(alloy47Nickel, &nf, true))
	// the other alloys of the relation: platinum and palladium 950 with
	// ruthenium or cobalt, sterling's copper (also under a vermeil
	// plating), and their bad twins (the piece, another metal, a part)
	pt := core.Product{SKU: "AY47P", Name: "Halo Ring", Category: "ring", Collection: "Halo", Materials: []string{"platinum 950"}, Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"white"}}
	pd := core.Product{SKU: "AY47D", Name: "Halo Ring", Category: "ring", Collection: "Halo", Materials: []string{"palladium 950"}, Metals: []core.Metal{{Base: "palladium", Fineness: "950"}}, Colours: []string{"white"}}
	vm := core.Product{SKU: "AY47V", Name: "Halo Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k gold vermeil"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold", PlatingMicrons: 2.5}}, Colours: []string{"yellow gold"}}
	ss, rg := alloy47Sterling, alloy47Rose
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Platinum 950 owes its hardness to ruthenium.", pt, false},
		{"en-GB", "Platinum takes its strength from a little cobalt.", pt, false},
		{"de-DE", "Platin verdankt seine Härte dem Ruthenium.", pt, false},
		{"en-GB", "Palladium 950 owes its hardness to ruthenium.", pd, false},
		{"en-GB", "Copper gives sterling silver its strength.", ss, false},
		{"fr-FR", "Le cuivre donne à l'argent sterling sa solidité.", ss, false},
		{"ja-JP", "銅がスターリングシルバーに強度を与えます。", ss, false},
		{"en-GB", "Copper gives sterling silver its strength.", vm, false},
		{"en-GB", "Sterling silver is 92.5% silver; copper gives it strength.", ss, false},
		{"en-GB", "Copper gives this ring its strength.", ss, true},
		{"en-GB", "Copper gives sterling silver its strength.", ti, true},
		{"en-GB", "Ruthenium gives platinum its hardness.", ss, true},
		{"en-GB", "Rose gold gets its pink tone from copper, with a copper clasp.", rg, true},
	})
}

// TestKindsAlloy47Open holds the rows alloy47 did not reach (#13).
func TestKindsAlloy47Open(t *testing.T) {
	t.Skip("open (#13, alloy47): zh 玫瑰金粉调 is cut as 玫瑰 + 金粉 (gold powder), so no rose gold is read before the copper; a wrong share of the piece's own metal (adv46a's open rows) is no block yet")
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-CN", "少许铜赋予玫瑰金粉调。", alloy47Rose, false},
		{"zh-TW", "少許銅賦予玫瑰金粉調。", alloy47Rose, false},
	})
}
