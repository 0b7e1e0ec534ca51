package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsLabFirstMention34 (#13, released 34's blind34A-it-IT-34A102-2,
// labfirst34): a lab-grown coloured stone first introduced bare ("uno
// zaffiro blu di 5 mm", "a blue sapphire") and qualified only in a later
// sentence was disclosed by that later mention and passed. The first
// mention that introduces the product's stone must carry the market's
// qualifier (16 CFR 23.23(c): the qualifier immediately precedes the
// name, with equal conspicuousness; France, décret 2002-65:
// "synthétique"); later back-references after a qualified mention may
// stay bare. The twins pass: the qualifier on the first mention, before or
// after the noun as the language puts it ("zaffiro blu creato in
// laboratorio", "saphir bleu de synthèse"), bare mentions after it, a
// mined sapphire named in an explanation, and the species named in
// general before the piece's stone ("Sapphire is prized for ...").
func TestKindsLabFirstMention34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "LF34", Name: "Giardino", Category: "ring", Collection: "Moments",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: "lab_grown"}},
		Colours: []string{"blue", "silver"}}
	texts := []struct{ locale, block, pass string }{
		{"en-US", "The ring frames a blue sapphire of 5 mm in silver petals. The lab-grown sapphire is as hard as a mined one.",
			"The ring frames a lab-grown blue sapphire of 5 mm in silver petals. Unlike a mined sapphire, the sapphire has an even blue."},
		{"en-GB", "The ring frames a 5 mm blue sapphire in silver petals. The lab-created sapphire is as hard as a mined one.",
			"The ring frames a 5 mm lab-created blue sapphire in silver petals. Unlike a mined sapphire, the sapphire has an even blue."},
		{"en-AU", "The ring frames a blue sapphire in silver petals. This laboratory-grown sapphire is as hard as a mined one.",
			"The ring frames a laboratory-grown blue sapphire in silver petals. The sapphire is as hard as a mined sapphire."},
		{"de-DE", "Der Ring fasst einen blauen Saphir von 5 mm. Der synthetische Saphir ist so hart wie ein abgebauter.",
			"Der Ring fasst einen synthetischen blauen Saphir von 5 mm. Anders als ein abgebauter Saphir zeigt der Saphir ein gleichmäßiges Blau."},
		{"fr-FR", "La bague encadre un saphir bleu de 5 mm. Le saphir de synthèse a la même dureté qu'une pierre extraite.",
			"La bague encadre un saphir bleu de synthèse de 5 mm. Contrairement à un saphir extrait, le saphir a un bleu uniforme."},
		{"fr-CA", "La bague encadre un saphir bleu de 5 mm. Le saphir synthétique a la même dureté qu'une pierre extraite.",
			"La bague encadre un saphir bleu synthétique de 5 mm. Contrairement à un saphir extrait, le saphir a un bleu uniforme."},
		{"es-ES", "El anillo enmarca un zafiro azul de 5 mm. El zafiro creado en laboratorio tiene la misma dureza que uno extraído.",
			"El anillo enmarca un zafiro azul creado en laboratorio de 5 mm. A diferencia de un zafiro extraído, el zafiro tiene un azul uniforme."},
		{"es-MX", "El anillo enmarca un zafiro azul de 5 mm. El zafiro sintético tiene la misma dureza que uno extraído.",
			"El anillo enmarca un zafiro azul sintético de 5 mm. A diferencia de un zafiro extraído, el zafiro tiene un azul uniforme."},
		{"it-IT", "L'Anello Giardino della collezione Moments incornicia uno zaffiro blu di 5 mm in una corolla di petali in argento sterling lucidato. Lo zaffiro creato in laboratorio ha la stessa durezza di quello estratto.",
			"L'Anello Giardino della collezione Moments incornicia uno zaffiro blu creato in laboratorio di 5 mm. A differenza di uno zaffiro estratto, lo zaffiro ha un blu uniforme."},
		{"pt-PT", "O anel emoldura uma safira azul de 5 mm. A safira criada em laboratório tem a mesma dureza de uma pedra extraída.",
			"O anel emoldura uma safira azul criada em laboratório de 5 mm. Ao contrário de uma safira extraída, a safira tem um azul uniforme."},
		{"pt-BR", "O anel emoldura uma safira azul de 5 mm. A safira sintética tem a mesma dureza de uma pedra extraída.",
			"O anel emoldura uma safira azul sintética de 5 mm. Ao contrário de uma safira extraída, a safira tem um azul uniforme."},
		{"nl-NL", "De ring omlijst een blauwe saffier van 5 mm. De labgekweekte saffier is even hard als een gedolven steen.",
			"De ring omlijst een labgekweekte blauwe saffier van 5 mm. Anders dan een gedolven saffier heeft de saffier een egaal blauw."},
		{"sv-SE", "Ringen bär en blå safir på 5 mm. Den labbodlade safiren är lika hård som en bruten sten.",
			"Ringen bär en labbodlad blå safir på 5 mm. Till skillnad från en bruten safir har safiren en jämn blå ton."},
		{"da-DK", "Ringen bærer en blå safir på 5 mm. Den laboratoriedyrkede safir er lige så hård som en udvundet sten.",
			"Ringen bærer en laboratoriedyrket blå safir på 5 mm. I modsætning til en udvundet safir har safiren en jævn blå farve."},
		{"nb-NO", "Ringen har en blå safir på 5 mm. Den labdyrkede safiren er like hard som en utvunnet stein.",
			"Ringen har en labdyrket blå safir på 5 mm. I motsetning til en utvunnet safir har safiren en jevn blåfarge."},
		{"fi-FI", "Sormuksessa on yksi sininen safiiri, jonka halkaisija on 5 mm. Synteettinen safiiri on yhtä kova kuin louhittu kivi.",
			"Sormuksessa on yksi sininen synteettinen safiiri, jonka halkaisija on 5 mm. Toisin kuin louhittu safiiri, safiiri on tasaisen sininen."},
		{"pl-PL", "Pierścionek zdobi niebieski szafir 5 mm w srebrnych płatkach. Szafir hodowany w laboratorium jest tak twardy jak wydobywany kamień.",
			"Pierścionek zdobi niebieski szafir hodowany w laboratorium, 5 mm. W przeciwieństwie do szafiru wydobywanego szafir ma równy błękit."},
		{"cs-CZ", "Prsten zdobí modrý safír 5 mm ve stříbrných lístcích. Laboratorně pěstovaný safír je stejně tvrdý jako vytěžený kámen.",
			"Prsten zdobí laboratorně pěstovaný modrý safír 5 mm. Na rozdíl od vytěženého safíru má safír rovnoměrnou modrou barvu."},
		{"tr-TR", "Yüzük mavi bir safir taşıyor. Laboratuvarda üretilmiş safir, madenden çıkarılan bir taş kadar serttir.",
			"Yüzük laboratuvarda üretilmiş mavi bir safir taşıyor. Safir eşit bir maviye sahiptir."},
		{"el-GR", "Το δαχτυλίδι πλαισιώνει ένα μπλε ζαφείρι 5 mm. Το εργαστηριακό ζαφείρι είναι εξίσου σκληρό με μια εξορυγμένη πέτρα.",
			"Το δαχτυλίδι πλαισιώνει ένα μπλε εργαστηριακό ζαφείρι 5 mm. Το ζαφείρι έχει ομοιόμορφο μπλε χρώμα."},
		{"ar-AE", "يتوسط الخاتم حجر ياقوت أزرق بقطر 5 مم. الياقوت المزروع في المختبر صلب ومتين.",
			"يتوسط الخاتم حجر ياقوت أزرق مزروع في المختبر بقطر 5 مم. ويتميز الياقوت بلون أزرق متجانس."},
		{"ja-JP", "リングには青いサファイア（5mm）をあしらいました。合成サファイアは硬く丈夫です。",
			"リングには青い合成サファイア（5mm）をあしらいました。サファイアは均一な青色です。"},
		{"ko-KR", "반지에는 5mm 블루 사파이어가 세팅되어 있습니다. 랩그로운 사파이어는 단단하고 튼튼합니다.",
			"반지에는 5mm 랩그로운 블루 사파이어가 세팅되어 있습니다. 사파이어는 균일한 파란색을 띱니다."},
		{"zh-CN", "戒指镶嵌一颗蓝色蓝宝石，直径5毫米。实验室培育蓝宝石硬度很高。",
			"戒指镶嵌一颗实验室培育蓝宝石，直径5毫米。蓝宝石呈均匀的蓝色。"},
		{"zh-TW", "戒指鑲嵌一顆藍色藍寶石，直徑5毫米。實驗室培育藍寶石硬度很高。",
			"戒指鑲嵌一顆實驗室培育藍寶石，直徑5毫米。藍寶石呈均勻的藍色。"},
	}
	var rows []kindRow
	for _, tc := range texts {
		rows = append(rows, kindRow{tc.locale, tc.block, p, true}, kindRow{tc.locale, tc.pass, p, false})
	}
	// The species named in general before the piece's qualified stone
	// introduces no stone of the piece: these pass.
	rows = append(rows,
		kindRow{"en-US", "Sapphire is prized for its hardness, and this lab-grown sapphire has the same. The sapphire is 5 mm.", p, false},
		kindRow{"fr-FR", "Le saphir est célèbre pour sa dureté, et ce saphir de synthèse la partage.", p, false},
		kindRow{"it-IT", "Lo zaffiro è celebre per la sua durezza, e questo zaffiro sintetico la condivide.", p, false},
		// The qualifier after the stone's size or weight, where the
		// language puts it after the noun, is the first mention's.
		kindRow{"el-GR", "Το δαχτυλίδι έχει στο κέντρο ένα ζαφείρι 1,20 ct δημιουργημένο σε εργαστήριο. Το ζαφείρι έχει ομοιόμορφο μπλε χρώμα.", p, false},
		kindRow{"it-IT", "L'anello incornicia uno zaffiro di 5 mm creato in laboratorio. Lo zaffiro ha un blu uniforme.", p, false})
	checkKindRows(t, svc, CatRegulatory, rows)
}

// TestKindsColourGroupCount34 (#13, colourgroupcount34): colourgroupcount33
// (a count given with a colour counts the stone group of that colour, its
// noun elided) did not read Arabic with a word after the colour ("وأربعة
// زرقاء اللون", "وأربعة زرقاء تتوسطها": where adjectives follow their noun
// no noun can follow the colour), nor a counter between the number and
// the colour (四颗蓝色, 四顆藍色), nor a count after its colour (파란색
// 4개, 青が4つ). On a ring of nine clear and three blue cubic zirconia the
// wrong blue count blocks (it passed before); the true count of the
// group, and a count of the whole set, pass.
func TestKindsColourGroupCount34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := colourGroupRing("CG34")
	// Each text has %s for the blue count: the wrong one blocks, the true
	// one passes.
	texts := []countText{
		{"ar-AE", "يضم الخاتم تسعة أحجار زركونيا شفافة و%s زرقاء تتوسطها.", "أربعة", "ثلاثة"},
		{"ar-AE", "يضم الخاتم اثني عشر حجر زركونيا: تسعة شفافة و%s زرقاء اللون.", "أربعة", "ثلاثة"},
		{"ko-KR", "투명한 큐빅 지르코니아 9개와 파란색 %s가 세팅되어 있습니다.", "4개", "3개"},
		{"zh-CN", "戒面镶嵌九颗透明立方氧化锆和%s蓝色。", "四颗", "三颗"},
		{"zh-CN", "戒面共有立方氧化锆十二颗：九颗透明，%s蓝色。", "四颗", "三颗"},
		{"zh-TW", "戒面鑲嵌九顆透明立方氧化鋯和%s藍色。", "四顆", "三顆"},
		{"zh-TW", "戒面共有立方氧化鋯十二顆：九顆透明，%s藍色。", "四顆", "三顆"},
	}
	rows := wrongRightRows(p, texts)
	// A count of the whole set passes; so does a colour that no group has.
	rows = append(rows,
		kindRow{"ar-AE", "يضم الخاتم اثني عشر حجر زركونيا تتوسطها.", p, false},
		kindRow{"ko-KR", "큐빅 지르코니아 12개가 세팅되어 있습니다.", p, false},
		kindRow{"zh-CN", "戒面镶嵌十二颗立方氧化锆。", p, false},
		kindRow{"zh-TW", "戒面鑲嵌十二顆立方氧化鋯。", p, false},
		kindRow{"ja-JP", "キュービックジルコニア12石をあしらいました。", p, false},
		kindRow{"ja-JP", "透明なキュービックジルコニア9石と青3石を並べました。", p, false},
		kindRow{"ko-KR", "투명한 큐빅 지르코니아 9개와 빨간색 4개가 세팅되어 있습니다.", p, false})
	checkKindRows(t, svc, CatGrounding, rows)
}
