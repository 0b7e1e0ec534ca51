package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsAdv47C (#13, adv47c): the counts47 and alloy47
// relaxations read against copy that states a wrong fact about the piece.
var (
	adv47cFreeFrom = core.Product{SKU: "AD47F", Name: "Halo White Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Colours: []string{"white"}, Features: []string{"free from nickel"}}
	adv47cWithout = core.Product{SKU: "AD47W", Name: "Halo White Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Colours: []string{"white"}, Features: []string{"made without nickel"}}
	adv47cNickelFreeHyp = core.Product{SKU: "AD47H", Name: "Halo White Ring", Category: "ring", Collection: "Halo", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Colours: []string{"white"}, Features: []string{"hypoallergenic, nickel free"}}
	adv47cKeshi5 = core.Product{SKU: "AD47K", Name: "Petal Necklace", Category: "necklace", Collection: "Reflexions", Materials: []string{"gold-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "yellow gold", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "Keshi pearl", Colour: "white", Count: 5, Treatment: "bleached"}},
		Colours: []string{"white", "gold"}}
	adv47cSignetWhite = core.Product{SKU: "AD47S", Name: "Onyx Signet Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"},
			{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"black", "rose gold"}}
	adv47cAmber4 = core.Product{SKU: "AD47A", Name: "Amber Drop Earrings", Category: "earrings", Collection: "Essence", Materials: []string{"oxidised sterling silver", "Baltic amber"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "amber", Colour: "cognac", Count: 4, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"cognac", "dark grey"}}
)

// TestKindsAdv47C (#13, adv47c): bad twins of the counts47 and alloy47
// relaxations (wrong totals written as one in the centre and n on each
// side, a stone the piece does not have after a combining verb of the
// piece, a trade colour the product does not give its stone, English
// sentences round a kept trade term, a nickel-free feature in other
// words) must block; clean twins of the same kinds must pass.
func TestKindsAdv47C(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// alloy47 featureDenies: the feature's other wordings of "no nickel"
	for _, p := range []core.Product{adv47cFreeFrom, adv47cWithout, adv47cNickelFreeHyp} {
		p := p
		checkKindRows(t, svc, "grounding", alloy47Expand(alloy47Nickel, &p, true))
	}
	// the palladium of white gold still passes on those products
	var whiteClean []alloy47Row
	for _, r := range alloy47Clean {
		if r.p.SKU == alloy47White.SKU {
			whiteClean = append(whiteClean, r)
		}
	}
	if len(whiteClean) == 0 {
		t.Fatal("no white gold rows in alloy47Clean")
	}
	for _, p := range []core.Product{adv47cFreeFrom, adv47cWithout} {
		p := p
		checkKindRows(t, svc, "grounding", alloy47Expand(whiteClean, &p, false))
	}
	// alloyCause: the member metal named as the piece's core or plating
	checkKindRows(t, svc, "grounding", alloy47Expand(adv47cCore, nil, true))
	checkKindRows(t, svc, "grounding", alloy47Expand(adv47cPlating, nil, true))
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "White gold owes its colour to palladium, and rhodium plating adds brightness.", alloy47White, false},
		{"en-GB", "Rose gold takes its blush from copper. The ring is solid to its core.", alloy47Rose, false},
		{"de-DE", "Roségold verdankt seinen rosigen Ton dem Kupfer. Der Ring ist massiv bis in den Kern.", alloy47Rose, false},
		{"ja-JP", "ローズゴールドの赤みは銅によるものです。", alloy47Rose, false},
		{"ko-KR", "로즈 골드의 분홍빛은 구리에서 나옵니다.", alloy47Rose, false},
	})
	ks, ks5, sg, sw, am, am4 := counts47Keshi, adv47cKeshi5, counts47Signet, adv47cSignetWhite, counts47Amber, adv47cAmber4
	hg := counts47Huggie
	// counts47: one in the centre and n on each side that do not add up;
	// a total the piece does not have
	checkKindRows(t, svc, "grounding", []kindRow{
		{"fr-FR", "Le collier aligne sept perles Keshi, une au centre et deux de chaque côté.", ks, true},
		{"fr-FR", "Le collier aligne des perles Keshi, une au centre et deux de chaque côté.", ks, true},
		{"fr-FR", "Le collier aligne sept perles Keshi, deux au centre et trois de chaque côté.", ks, true},
		{"es-ES", "El collar reúne perlas Keshi, una en el centro y dos a cada lado.", ks, true},
		{"it-IT", "La collana allinea perle Keshi, una al centro e due per lato.", ks, true},
		{"pt-BR", "O colar reúne pérolas Keshi, uma no centro e duas de cada lado.", ks, true},
		{"de-DE", "Die Kette trägt Keshi-Perlen, eine in der Mitte und zwei auf jeder Seite.", ks, true},
		{"en-GB", "The necklace holds Keshi pearls, one in the centre and two on each side.", ks, true},
		{"fr-FR", "Le collier aligne sept perles Keshi, une au centre et trois de chaque côté.", ks5, true},
		{"es-ES", "El collar reúne siete perlas Keshi, una en el centro y tres a cada lado.", ks5, true},
		{"fr-FR", "Le collier aligne cinq perles Keshi, une au centre et deux de chaque côté.", ks5, false},
		{"es-ES", "El collar reúne cinco perlas Keshi, una en el centro y dos a cada lado.", ks5, false},
		{"it-IT", "La collana allinea cinque perle Keshi, una al centro e due per lato.", ks5, false},
		{"pt-BR", "O colar reúne cinco pérolas Keshi, uma no centro e duas de cada lado.", ks5, false},
		{"de-DE", "Die Kette trägt fünf Keshi-Perlen, eine in der Mitte und zwei auf jeder Seite.", ks5, false},
		{"en-GB", "The necklace holds five Keshi pearls, one in the centre and two on each side.", ks5, false},
		// pieceSubjectCue: what the piece combines is the piece's
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à six saphirs bleus.", sg, true},
		{"pl-PL", "Sygnet łączy płytkę onyksu z sześcioma szafirami.", sg, true},
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à six diamants, deux de chaque côté.", sg, true},
		{"pl-PL", "Sygnet łączy płytkę onyksu z sześcioma diamentami, po dwa z każdej strony.", sg, true},
		{"fr-FR", "La chevalière associe un plateau d’onyx noir à huit diamants, quatre de chaque côté.", sg, true},
		// ownTradeColourAfter: a trade colour the product does not give its stone
		{"fr-FR", "La chevalière associe un plateau d’onyx à six diamants salt and pepper.", sw, true},
		{"pl-PL", "Sygnet łączy płytkę onyksu z sześcioma białymi diamentami.", sw, false},
		// the pair as subject
		{"pt-BR", "Os brincos Amber Drop têm cada um três peças de âmbar báltico.", am, true},
		{"pt-BR", "Os brincos Amber Drop têm cada um duas peças de âmbar báltico.", am4, false},
		{"es-ES", "Los pendientes llevan cada uno dos piezas de ámbar báltico.", am4, false},
		// tr ön/uç before a side: the count after them is still read
		{"tr-TR", "Her halkanın ön yüzünde üç şeffaf kübik zirkonya taş bulunur.", hg, true},
		{"tr-TR", "Halkaların uç kısmında on şeffaf kübik zirkonya taş bulunur.", hg, true},
		{"tr-TR", "Halkaların ön ve arka yüzünde on dört kübik zirkonya taş vardır.", hg, false},
	})
	// English trade terms: English sentences smuggled round them
	checkKindRows(t, svc, "locale", []kindRow{
		{"el-GR", "Έξι διαμάντια salt and pepper, so elegant and so easy to wear.", sg, true},
		{"ar-AE", "ستة ألماسات salt and pepper, perfect for you and me.", sg, true},
		{"ko-KR", "salt and pepper 다이아몬드 — made for you and me, every day.", sg, true},
		{"el-GR", "Ένα δαχτυλίδι for you and me, every single day of the year.", sg, true},
		{"ja-JP", "salt and pepperダイヤモンド、so elegant for every day.", sg, true},
		{"zh-CN", "salt and pepper钻石，perfect for every occasion.", sg, true},
	})
}

// adv47cCore names copper as the core of a rose gold piece with a word of
// what it gives: the piece's body, a wrong fact (alloy_made_words' core
// words, #13, adv47c).
var adv47cCore = []alloy47Row{
	{alloy47Rose, map[string]string{
		"en": "Rose gold outside, its warm colour comes from a copper core.",
		"de": "Außen Roségold, seine warme Farbe verdankt es einem Kern aus Kupfer.",
		"fr": "De l'or rose à l'extérieur, sa couleur chaude vient d'un noyau de cuivre.",
		"es": "Oro rosa por fuera, su color cálido viene de un núcleo de cobre.",
		"it": "Oro rosa all'esterno, il suo colore caldo viene da un nucleo di rame.",
		"pt": "Ouro rosa por fora, a sua cor quente vem de um núcleo de cobre.",
		"nl": "Roségoud aan de buitenkant, de warme kleur komt van een kern van koper.",
		"sv": "Roséguld utanpå, den varma färgen kommer från en kärna av koppar.",
		"da": "Rosaguld udenpå, den varme farve kommer fra en kerne af kobber.",
		"nb": "Roségull utenpå, den varme fargen kommer fra en kjerne av kobber.",
		"fi": "Ulkoa ruusukultaa, lämmin väri tulee kuparin ytimestä.",
		"pl": "Różowe złoto na zewnątrz, ciepły kolor pochodzi z rdzenia z miedzi.",
		"cs": "Navenek růžové zlato, teplou barvu dává jádro z mědi.",
		"el": "Ροζ χρυσός εξωτερικά, το ζεστό χρώμα προέρχεται από πυρήνα χαλκού.",
		"tr": "Dışı rose altın, sıcak rengi bakır çekirdekten gelir.",
		"ar": "ذهب وردي من الخارج، ولونه الدافئ من لب من النحاس.",
		"ja": "外側はローズゴールドで、温かな色は銅の芯によるものです。",
		"ko": "겉은 로즈 골드이고, 따뜻한 색은 구리 코어에서 나옵니다.",
		"zh": "外层为玫瑰金，温暖的颜色来自铜芯。",
		"zt": "外層為玫瑰金，溫暖的顏色來自銅芯。",
	}},
}

// adv47cPlating names copper as a plating that gives rose gold its colour:
// the piece's plating, a wrong fact about a solid rose gold piece
// (platingWordBeside, #13, adv47c).
var adv47cPlating = []alloy47Row{
	{alloy47Rose, map[string]string{
		"en": "Rose gold gets its blush from copper plating.",
		"fr": "L'or rose doit sa teinte à un placage de cuivre.",
		"es": "El oro rosa debe su tono a un baño de cobre.",
		"it": "L'oro rosa deve la sua tonalità a una placcatura di rame.",
		"pt": "O ouro rosa deve o seu tom a um banho de cobre.",
		"ja": "ローズゴールドの色は銅めっきによるものです。",
		"ko": "로즈 골드의 색은 구리 도금에서 나옵니다.",
	}},
}

// TestKindsAdv47COpen holds the adv47c rows not reached (#13, adv47c).
func TestKindsAdv47COpen(t *testing.T) {
	t.Skip("open (#13, adv47c): a multi-word trade colour after its stone in de/pl on a stone of another colour (blocked neither before nor after counts47); the indefinite as a per-part count of one (\"cada um uma peça\" on four); a zh plating of the alloy's member (镀铜) and a de compound plating (Kupferbeschichtung) are no plating of the piece, before and after alloy47")
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"pl-PL", "Sygnet łączy płytkę onyksu z sześcioma diamentami salt and pepper.", adv47cSignetWhite, true},
		{"de-DE", "Der Siegelring verbindet eine Onyxplatte mit sechs Diamanten salt and pepper.", adv47cSignetWhite, true},
		{"pl-PL", "Sygnet zdobi sześć diamentów salt and pepper.", adv47cSignetWhite, true},
		{"pt-BR", "Os brincos Amber Drop têm cada um uma peça de âmbar báltico.", adv47cAmber4, true},
		{"es-ES", "Los pendientes llevan cada uno una pieza de ámbar báltico.", adv47cAmber4, true},
		{"zh-CN", "玫瑰金的颜色来自铜，表面镀铜。", alloy47Rose, true},
		{"zh-CN", "玫瑰金的颜色来自镀铜。", alloy47Rose, true},
		{"de-DE", "Roségold verdankt seinen rosigen Ton einer Kupferbeschichtung.", alloy47Rose, true},
	})
}
