package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsColour47 (#13, colour47): a pink sapphire ring in
// white gold and diamond studs in rose gold, with copy written for the
// session in the style of the blind sets.
var (
	colour47Pink = core.Product{SKU: "C47P", Name: "Essence Pink Sapphire Ring", Category: "ring", Collection: "Essence", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k", Plating: "rhodium"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "pink", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"pink", "white"}}
	colour47Dia = core.Product{SKU: "C47D", Name: "Halo Diamond Studs", Category: "earrings", Collection: "Halo", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"rose gold", "white"}}
)

// TestKindsColour47 (#13, colour47): grounding.colour blocked the colours
// a stone's species takes in general, said in copy that explains the
// piece's own stone, as if they were the colour of the piece's stone. (1)
// The species' range and its other colours existing ("Sapphire comes in
// almost every colour: … yellow, green and orange sapphires exist too"):
// material_story_words gain the words of a species' range of colours and
// of other varieties existing ("every colour", "exist", "there are also",
// "es gibt auch", "il existe aussi", "también hay", もあります, 也有, "de
// vardır", "هناك أيضًا"), and a distributive or each word before a noun
// of colour ("every colour", 各种颜色) no longer makes the sentence the
// piece's (material_sentence.go colourRangeAt). (2) Another colour
// variety of the own species set against the piece's own colour in a
// sentence of comparison or contrast about the material ("Rosa Saphire
// sind seltener als blaue", variety_colour.go contrastedVariety). (3) A
// trade colour name or the cause of a colour ("known in the trade as
// cornflower blue", "fancy yellow diamonds owe their colour to
// nitrogen"). The same colours said of the piece's stone, with a word of
// the piece or alone beside the stone, still block.
func TestKindsColour47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pk, di := colour47Pink, colour47Dia
	rows := []kindRow{}
	add := func(p core.Product, block bool, texts ...[2]string) {
		for _, lt := range texts {
			rows = append(rows, kindRow{lt[0], lt[1], p, block})
		}
	}
	// (1) the species' range of colours, every locale
	add(pk, false,
		[2]string{"en-GB", "Sapphire comes in almost every colour: blue is the classic, but yellow, green and orange sapphires exist too."},
		[2]string{"en-US", "Sapphire comes in almost every color: blue is the classic, but yellow, green and orange sapphires exist too."},
		[2]string{"en-AU", "Sapphire comes in almost every colour: blue is the classic, but yellow, green and orange sapphires exist too."},
		[2]string{"de-DE", "Saphir kommt in fast allen Farben vor: Blau ist am bekanntesten, doch es gibt auch gelbe, grüne und orangefarbene Saphire."},
		[2]string{"fr-FR", "Le saphir existe dans presque toutes les couleurs : le bleu est le plus connu, mais il existe aussi des saphirs jaunes, verts et orange."},
		[2]string{"fr-CA", "Le saphir existe dans presque toutes les couleurs : le bleu est le plus connu, mais il existe aussi des saphirs jaunes, verts et orange."},
		[2]string{"es-ES", "El zafiro se da en casi todos los colores: el azul es el más conocido, pero también hay zafiros amarillos, verdes y naranjas."},
		[2]string{"es-MX", "El zafiro se da en casi todos los colores: el azul es el más conocido, pero también hay zafiros amarillos, verdes y naranjas."},
		[2]string{"it-IT", "Lo zaffiro esiste in quasi tutti i colori: il blu è il più noto, ma ci sono anche zaffiri gialli, verdi e arancioni."},
		[2]string{"pt-PT", "A safira existe em quase todas as cores: o azul é o mais conhecido, mas também há safiras amarelas, verdes e laranja."},
		[2]string{"pt-BR", "A safira existe em quase todas as cores: o azul é o mais conhecido, mas também há safiras amarelas, verdes e laranja."},
		[2]string{"nl-NL", "Saffier komt in bijna alle kleuren voor: blauw is het bekendst, maar er bestaan ook gele, groene en oranje saffieren."},
		[2]string{"sv-SE", "Safir finns i nästan alla färger: blått är mest känt, men det finns också gula, gröna och orange safirer."},
		[2]string{"da-DK", "Safir findes i næsten alle farver: blå er den mest kendte, men der findes også gule, grønne og orange safirer."},
		[2]string{"nb-NO", "Safir finnes i nesten alle farger: blå er mest kjent, men det finnes også gule, grønne og oransje safirer."},
		[2]string{"fi-FI", "Safiiria on lähes kaikissa väreissä: sininen on tunnetuin, mutta on myös keltaisia, vihreitä ja oransseja safiireja."},
		[2]string{"pl-PL", "Szafir występuje niemal we wszystkich kolorach: najbardziej znany jest niebieski, ale są też szafiry żółte, zielone i pomarańczowe."},
		[2]string{"cs-CZ", "Safír se vyskytuje téměř ve všech barvách: nejznámější je modrý, ale existují i žluté, zelené a oranžové safíry."},
		[2]string{"el-GR", "Το ζαφείρι υπάρχει σχεδόν σε όλα τα χρώματα: το μπλε είναι το πιο γνωστό, αλλά υπάρχουν και κίτρινα, πράσινα και πορτοκαλί ζαφείρια."},
		[2]string{"tr-TR", "Safir neredeyse her renkte bulunur: en bilineni mavidir ama sarı, yeşil ve turuncu safirler de vardır."},
		[2]string{"ar-AE", "يوجد الياقوت الأزرق بكل الألوان تقريبًا: الأزرق هو الأشهر، لكن هناك أيضًا ياقوت أصفر وأخضر وبرتقالي."},
		[2]string{"ja-JP", "サファイアはほぼすべての色で産出します。青が最もよく知られていますが、黄色、緑、オレンジのサファイアもあります。"},
		[2]string{"ko-KR", "사파이어는 거의 모든 색으로 나옵니다. 파란색이 가장 잘 알려져 있지만 노란색, 녹색, 주황색 사파이어도 있습니다."},
		[2]string{"zh-CN", "蓝宝石几乎有各种颜色：蓝色最为人熟知，但也有黄色、绿色和橙色的蓝宝石。"},
		[2]string{"zh-TW", "藍寶石幾乎有各種顏色：藍色最為人熟知，但也有黃色、綠色和橙色的藍寶石。"},
		// variants
		[2]string{"en-GB", "Sapphire occurs in every colour, and green sapphires exist too."},
		[2]string{"zh-CN", "蓝宝石有各种颜色，但也有绿色和橙色的蓝宝石。"},
	)
	// (2) another colour variety compared with the piece's, every locale
	add(pk, false,
		[2]string{"en-GB", "Pink sapphires are rarer than blue sapphires."},
		[2]string{"en-US", "Pink sapphires are rarer than blue sapphires."},
		[2]string{"en-AU", "Pink sapphires are rarer than blue ones."},
		[2]string{"de-DE", "Rosa Saphire sind seltener als blaue Saphire."},
		[2]string{"de-DE", "Rosa Saphire sind seltener als blaue."},
		[2]string{"fr-FR", "Les saphirs roses sont plus rares que les saphirs bleus."},
		[2]string{"fr-CA", "Les saphirs roses sont plus rares que les bleus."},
		[2]string{"es-ES", "Los zafiros rosas son más raros que los zafiros azules."},
		[2]string{"es-MX", "Los zafiros rosas son más raros que los azules."},
		[2]string{"it-IT", "Gli zaffiri rosa sono più rari degli zaffiri blu."},
		[2]string{"pt-PT", "As safiras cor-de-rosa são mais raras do que as safiras azuis."},
		[2]string{"pt-BR", "As safiras rosa são mais raras que as safiras azuis."},
		[2]string{"nl-NL", "Roze saffieren zijn zeldzamer dan blauwe saffieren."},
		[2]string{"sv-SE", "Rosa safirer är ovanligare än blå safirer."},
		[2]string{"da-DK", "Lyserøde safirer er sjældnere end blå safirer."},
		[2]string{"nb-NO", "Rosa safirer er sjeldnere enn blå safirer."},
		[2]string{"fi-FI", "Vaaleanpunaiset safiirit ovat harvinaisempia kuin siniset safiirit."},
		[2]string{"pl-PL", "Różowe szafiry są rzadsze niż niebieskie szafiry."},
		[2]string{"cs-CZ", "Růžové safíry jsou vzácnější než modré safíry."},
		[2]string{"el-GR", "Τα ροζ ζαφείρια είναι πιο σπάνια από τα μπλε ζαφείρια."},
		[2]string{"ar-AE", "الياقوت الوردي أندر من الياقوت الأزرق."},
		[2]string{"zh-CN", "粉色蓝宝石比蓝色蓝宝石更稀有。"},
		[2]string{"zh-TW", "粉紅色藍寶石比藍色藍寶石更稀有。"},
	)
	// (3) a trade colour name, every locale; the cause of a colour
	add(pk, false,
		[2]string{"en-GB", "Blue sapphires of a soft, velvety tone are known in the trade as cornflower blue."},
		[2]string{"en-US", "Blue sapphires of a soft, velvety tone are known in the trade as cornflower blue."},
		[2]string{"en-AU", "Blue sapphires of a soft, velvety tone are known in the trade as cornflower blue."},
		[2]string{"de-DE", "Blaue Saphire mit samtigem Ton heißen im Handel kornblumenblau."},
		[2]string{"fr-FR", "Dans le commerce, les saphirs bleus au ton velouté sont dits bleu bleuet."},
		[2]string{"fr-CA", "Dans le commerce, les saphirs bleus au ton velouté sont dits bleu bleuet."},
		[2]string{"es-ES", "En el comercio, los zafiros azules de tono aterciopelado se llaman azul aciano."},
		[2]string{"es-MX", "En el comercio, los zafiros azules de tono aterciopelado se llaman azul aciano."},
		[2]string{"it-IT", "Nel commercio, gli zaffiri blu dal tono vellutato si dicono blu fiordaliso."},
		[2]string{"pt-PT", "No comércio, as safiras azuis de tom aveludado chamam-se azul-centáurea."},
		[2]string{"pt-BR", "No comércio, as safiras azuis de tom aveludado são chamadas de azul-centáurea."},
		[2]string{"nl-NL", "In de handel heten blauwe saffieren met een fluweelzachte tint korenbloemblauw."},
		[2]string{"sv-SE", "I handeln kallas blå safirer med sammetslen ton blåklintsblå."},
		[2]string{"da-DK", "I handlen kaldes blå safirer med en fløjlsblød tone kornblomstblå."},
		[2]string{"nb-NO", "I handelen kalles blå safirer med en fløyelsmyk tone kornblomstblå."},
		[2]string{"fi-FI", "Kaupassa samettisen sävyisiä sinisiä safiireja kutsutaan ruiskaunokinsinisiksi."},
		[2]string{"pl-PL", "W handlu niebieskie szafiry o aksamitnym odcieniu nazywa się chabrowymi."},
		[2]string{"cs-CZ", "V obchodě se modrým safírům se sametovým tónem říká chrpově modré."},
		[2]string{"el-GR", "Στο εμπόριο, τα μπλε ζαφείρια με βελούδινο τόνο λέγονται μπλε κενταύριας."},
		[2]string{"tr-TR", "Ticarette kadifemsi tonlu mavi safirlere peygamber çiçeği mavisi denir."},
		[2]string{"ar-AE", "في التجارة يُسمّى الياقوت الأزرق ذو الدرجة المخملية أزرق زهرة الذرة."},
		[2]string{"ja-JP", "宝石業界では、ビロードのような色合いの青いサファイアをコーンフラワーブルーと呼びます。"},
		[2]string{"ko-KR", "보석 업계에서는 벨벳 같은 톤의 파란색 사파이어를 콘플라워 블루라고 부릅니다."},
		[2]string{"zh-CN", "业内将带天鹅绒质感的蓝色蓝宝石称为矢车菊蓝。"},
		[2]string{"zh-TW", "業內將帶天鵝絨質感的藍色藍寶石稱為矢車菊藍。"},
	)
	add(di, false,
		[2]string{"en-GB", "Diamonds graded D to F are colourless, while fancy yellow diamonds owe their colour to nitrogen."},
		[2]string{"de-DE", "Gelbe Fancy-Diamanten verdanken ihre Farbe dem Stickstoff."},
		[2]string{"fr-FR", "Les diamants jaunes fancy doivent leur couleur à l'azote."},
		[2]string{"es-ES", "Los diamantes amarillos fancy deben su color al nitrógeno."},
	)
	// bad twins: the colours said of the piece's stone still block
	add(pk, true,
		[2]string{"en-GB", "The ring is set with a blue sapphire."},
		[2]string{"en-GB", "A pink sapphire and a blue sapphire."},
		[2]string{"en-GB", "The ring pairs a pink sapphire with a blue sapphire."},
		[2]string{"en-GB", "A pink sapphire and a blue sapphire sit side by side."},
		[2]string{"en-GB", "Pink and blue sapphires alternate around the band."},
		[2]string{"en-GB", "The ring is set with a yellow sapphire; yellow sapphires exist too."},
		[2]string{"en-GB", "The ring's sapphires are blue, green and orange."},
		[2]string{"de-DE", "Der Ring ist mit einem blauen Saphir besetzt."},
		[2]string{"de-DE", "Der Ring trägt einen rosa Saphir, der seltener ist als sein blauer Saphir."},
		[2]string{"fr-FR", "La bague est sertie d'un saphir bleu."},
		[2]string{"es-ES", "El anillo lleva engastado un zafiro azul."},
		[2]string{"it-IT", "L'anello è incastonato con uno zaffiro blu."},
		[2]string{"pt-BR", "O anel é cravejado com uma safira azul."},
		[2]string{"nl-NL", "De ring is gezet met een blauwe saffier."},
		[2]string{"sv-SE", "Ringen är infattad med en blå safir."},
		[2]string{"da-DK", "Ringen er fattet med en blå safir."},
		[2]string{"nb-NO", "Ringen er innfattet med en blå safir."},
		[2]string{"fi-FI", "Sormukseen on istutettu sininen safiiri."},
		[2]string{"pl-PL", "Pierścionek jest oprawiony niebieskim szafirem."},
		[2]string{"cs-CZ", "Prsten je osazen modrým safírem."},
		[2]string{"el-GR", "Το δαχτυλίδι είναι δεμένο με ένα μπλε ζαφείρι."},
		[2]string{"tr-TR", "Yüzükte mavi bir safir var."},
		[2]string{"ar-AE", "الخاتم مرصع بياقوتة زرقاء."},
		[2]string{"ja-JP", "リングには青いサファイアがセットされています。"},
		[2]string{"ko-KR", "반지에는 파란색 사파이어가 세팅되어 있습니다."},
		[2]string{"zh-CN", "戒指镶嵌一颗蓝色蓝宝石。"},
		[2]string{"zh-TW", "戒指鑲嵌一顆藍色藍寶石。"},
		[2]string{"en-GB", "A yellow gold ring with a pink sapphire."},
		[2]string{"de-DE", "Ein Ring aus Gelbgold mit einem rosa Saphir."},
		[2]string{"ja-JP", "ピンクサファイアをあしらったイエローゴールドのリング。"},
	)
	add(di, true,
		[2]string{"en-GB", "The studs are set with fancy yellow diamonds."},
		[2]string{"de-DE", "Die Ohrstecker sind mit gelben Diamanten besetzt."},
	)
	checkKindRows(t, svc, "grounding", rows)
	// the predicate rows of TestKindsColour47Open, blocking since
	// colourmiss47 (colour_predicate.go copulaStone)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The sapphire is a deep yellow.", pk, true},
		{"de-DE", "Der Saphir ist tiefgelb.", pk, true},
		{"fr-FR", "Le saphir est d'un jaune profond.", pk, true},
		{"es-ES", "El zafiro es de un amarillo intenso.", pk, true},
		{"ja-JP", "サファイアは深い黄色です。", pk, true},
		{"en-GB", "The sapphire in this ring is yellow, one of the many colours sapphires come in.", pk, true},
	})
	// the copy written for the session, 25 locales (kinds_colour47_rows_test.go)
	checkKindRows(t, svc, "grounding", colour47Table(false))
}

// colour47Langs gives the locales of each language key of colour47Rows.
var colour47Langs = map[string][]string{"en": {"en-GB", "en-US", "en-AU"}, "de": {"de-DE"}, "fr": {"fr-FR", "fr-CA"}, "es": {"es-ES", "es-MX"}, "it": {"it-IT"},
	"pt": {"pt-PT", "pt-BR"}, "nl": {"nl-NL"}, "sv": {"sv-SE"}, "da": {"da-DK"}, "nb": {"nb-NO"}, "fi": {"fi-FI"}, "pl": {"pl-PL"}, "cs": {"cs-CZ"},
	"el": {"el-GR"}, "tr": {"tr-TR"}, "ar": {"ar-AE"}, "ja": {"ja-JP"}, "ko": {"ko-KR"}, "zh": {"zh-CN"}, "zt": {"zh-TW"}}

// colour47Open lists the rows of colour47Rows not reached, by index and
// language ("*": every language), with TestKindsColour47Open's reasons.
var colour47Open = map[int]map[string]bool{
	6:  {"*": true},              // superlatives block; the grade colours too
	14: {"zh": true},             // 黄金 is gold, not yellow gold
	16: {"ja": true},             // ピンクサファイア: no own colour beside the stone word; no より
	19: {"*": true},              // "a ruby is a red sapphire"
	21: {"*": true},              // copper of rose gold: grounding.material
	26: {"fr": true, "zh": true}, // missed on main: the ring's yellow sapphire after "il existe aussi"
}

// colour47Table is colour47Rows as kind rows: the rows not open, or, with
// open, the open ones.
func colour47Table(open bool) []kindRow {
	var rows []kindRow
	for i, r := range colour47Rows {
		for lang, text := range r.texts {
			o := colour47Open[i]["*"] || colour47Open[i][lang]
			if o != open {
				continue
			}
			for _, loc := range colour47Langs[lang] {
				rows = append(rows, kindRow{loc, text, r.p, r.block})
			}
		}
	}
	return rows
}

// TestKindsColour47Open (#13, colour47): rows not reached. Colours of the
// own species said with a superlative ("the finest blue sapphires are
// called cornflower blue": claim.superlative blocks anyway), a comparison
// whose standard is a suffix (tr "safirlerden daha", ko "사파이어보다", ja
// より: no than word in those packs), a sibling species named by colour
// ("a ruby is a red sapphire"); and bad twins missed on main too: zh 呈
// (no copula of the pack), "This ring's sapphires come in blue, green and
// orange" (a warning). The contrast after what the species usually is ("le
// saphir bleu, mais celui-ci est rose", "the blue of sapphires; this pink
// sapphire") passes since usually47, and the predicate rows block since
// colourmiss47: both moved into TestKindsColour47.
func TestKindsColour47Open(t *testing.T) {
	t.Skip("colour47: open rows, see the doc comment")
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", colour47Table(true))
	checkKindRows(t, svc, "grounding", []kindRow{
		{"tr-TR", "Pembe safirler mavi safirlerden daha nadirdir.", pk, false},
		{"ko-KR", "핑크 사파이어는 파란색 사파이어보다 희귀합니다.", pk, false},
		{"zh-CN", "蓝宝石呈深黄色。", pk, true},
		{"en-GB", "This ring's sapphires come in every colour: blue, green and orange.", pk, true},
		{"fr-FR", "Notre bague au saphir jaune : il existe aussi des saphirs jaunes.", pk, true},
	})
}
