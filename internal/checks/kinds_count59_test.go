package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Counts read by their parts (#13, count59; grounding count59.go):
//
//   - a centre and its sides ("中间一颗，两侧各两颗", "in der Mitte eine,
//     links und rechts je zwei", "a centre pearl flanked by two on each
//     side"): the centre's count and two sides' worth, five;
//   - groups of a count ("three clusters of three sapphires", "tre
//     grupper om tre", "drei Gruppen zu je drei"): nine;
//   - each of the pair's pieces ("Each of the studs holds two",
//     "귀걸이마다 두 개", "それぞれのピアスに2石"): four on the pair;
//   - a centre stone's carat weight ("a 0.50 ct centre stone", "主石0.5
//     克拉") on a piece of 0.62 ct in all: part of the total;
//   - a hundred in every pack ("cem", "honderd", "sata", "εκατό", 百).

// count59Pearls is a necklace of n keshi pearls.
func count59Pearls(n int) core.Product {
	return core.Product{SKU: "C59P", Name: "Keshi Necklace", Category: "necklace", Collection: "Timeless",
		Materials: []string{"585 yellow gold"},
		Metals:    []core.Metal{{Base: "yellow gold", Fineness: "585"}},
		Stones:    []core.Stone{{Type: "cultured freshwater pearl", Colour: "white", Count: n}},
		Colours:   []string{"white", "gold"}}
}

// count59Ring is a ring of n sapphires.
func count59Ring(n int) core.Product {
	return core.Product{SKU: "C59R", Name: "Stella Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"sterling silver"},
		Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:    []core.Stone{{Type: "sapphire", Colour: "blue", Count: n, Origin: "natural"}},
		Colours:   []string{"blue", "silver"}}
}

// count59Centre is a ring of a centre diamond and twelve smaller ones,
// tcw carats in all.
func count59Centre(tcw float64) core.Product {
	return core.Product{SKU: "C59C", Name: "Aurora Ring", Category: "ring", Collection: "Essence",
		Materials: []string{"18k white gold", "diamond"},
		Metals:    []core.Metal{{Base: "white gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: "natural"},
			{Type: "diamond", Colour: "white", Count: 12, Origin: "natural"}},
		Colours: []string{"white"}, TotalCaratWeight: tcw}
}

// count59Positional are texts giving five pearls as a centre and two on
// each side.
var count59Positional = [][2]string{
	{"zh-CN", "项链点缀五颗淡水养殖珍珠，中间一颗，两侧各两颗。"},
	{"zh-CN", "项链上的淡水珍珠中间一颗，两侧各两颗。"},
	{"zh-TW", "項鍊點綴淡水養殖珍珠，中間一顆，兩側各兩顆。"},
	{"en-GB", "The necklace holds freshwater pearls: a centre pearl flanked by two on each side."},
	{"en-US", "Freshwater pearls line the chain, one in the center and two on each side."},
	{"de-DE", "Die Kette trägt Süßwasserperlen, in der Mitte eine, links und rechts je zwei."},
	{"ja-JP", "淡水パールを中央に1粒、両側に2粒ずつあしらいました。"},
	{"fr-FR", "Le collier porte des perles d'eau douce, une au centre et deux de chaque côté."},
	{"en-AU", "The centre pearl sits between two on each side."},
	{"es-ES", "El collar lleva perlas de agua dulce: una en el centro, dos a cada lado."},
	{"it-IT", "La collana porta perle d'acqua dolce: una al centro, due per lato."},
	{"pt-BR", "O colar traz pérolas de água doce: uma no centro, duas de cada lado."},
	{"nl-NL", "De ketting draagt zoetwaterparels: één in het midden, twee aan elke kant."},
	{"sv-SE", "Halsbandet bär sötvattenspärlor: en i mitten, två på varje sida."},
	{"ko-KR", "담수 진주를 중앙에 한 알, 양쪽에 두 알씩 배치했습니다."},
	{"zh-CN", "珍珠中间一颗，左右各两颗，排列对称。"},
}

// count59Words are, per locale, twenty and thirty-five sapphires in words
// (read on main already: a guard).
var count59Words = map[string][2]string{
	"en-GB": {"The ring is set with twenty sapphires.", "The ring is set with thirty-five sapphires."},
	"de-DE": {"Der Ring ist mit zwanzig Saphiren besetzt.", "Der Ring ist mit fünfunddreißig Saphiren besetzt."},
	"fr-FR": {"La bague est sertie de vingt saphirs.", "La bague est sertie de trente-cinq saphirs."},
	"es-ES": {"El anillo está engastado con veinte zafiros.", "El anillo está engastado con treinta y cinco zafiros."},
	"it-IT": {"L'anello è incastonato con venti zaffiri.", "L'anello è incastonato con trentacinque zaffiri."},
	"pt-PT": {"O anel é cravejado com vinte safiras.", "O anel é cravejado com trinta e cinco safiras."},
	"pt-BR": {"O anel é cravejado com vinte safiras.", "O anel é cravejado com trinta e cinco safiras."},
	"nl-NL": {"De ring is bezet met twintig saffieren.", "De ring is bezet met vijfendertig saffieren."},
	"sv-SE": {"Ringen är besatt med tjugo safirer.", "Ringen är besatt med trettiofem safirer."},
	"da-DK": {"Ringen er besat med tyve safirer.", "Ringen er besat med femogtredive safirer."},
	"nb-NO": {"Ringen er besatt med tjue safirer.", "Ringen er besatt med trettifem safirer."},
	"fi-FI": {"Sormuksessa on kaksikymmentä safiiria.", "Sormuksessa on kolmekymmentäviisi safiiria."},
	"pl-PL": {"Pierścionek zdobi dwadzieścia szafirów.", "Pierścionek zdobi trzydzieści pięć szafirów."},
	"cs-CZ": {"Prsten zdobí dvacet safírů.", "Prsten zdobí třicet pět safírů."},
	"tr-TR": {"Yüzük yirmi safirle süslenmiştir.", "Yüzük otuz beş safirle süslenmiştir."},
	"el-GR": {"Το δαχτυλίδι είναι διακοσμημένο με είκοσι ζαφείρια.", "Το δαχτυλίδι είναι διακοσμημένο με τριάντα πέντε ζαφείρια."},
	"ar-AE": {"الخاتم مرصع بعشرين ياقوتة زرقاء.", "الخاتم مرصع بخمسة وثلاثين ياقوتة زرقاء."},
	"ja-JP": {"リングには二十石のサファイアをセットしました。", "リングには三十五石のサファイアをセットしました。"},
	"ko-KR": {"반지에 사파이어 스무 개가 세팅되어 있습니다.", "반지에 사파이어 서른다섯 개가 세팅되어 있습니다."},
	"zh-CN": {"戒指镶嵌二十颗蓝宝石。", "戒指镶嵌三十五颗蓝宝石。"},
	"zh-TW": {"戒指鑲嵌二十顆藍寶石。", "戒指鑲嵌三十五顆藍寶石。"},
	"es-MX": {"El anillo está engastado con veinte zafiros.", "El anillo está engastado con treinta y cinco zafiros."},
	"fr-CA": {"La bague est sertie de vingt saphirs.", "La bague est sertie de trente-cinq saphirs."},
	"en-US": {"The ring is set with twenty sapphires.", "The ring is set with thirty-five sapphires."},
	"en-AU": {"The ring is set with twenty sapphires.", "The ring is set with thirty-five sapphires."},
}

// count59Groups are texts giving nine sapphires as three groups of three.
var count59Groups = [][2]string{
	{"sv-SE", "Ringen bär tre grupper om tre safirer."},
	{"en-GB", "The ring holds three clusters of three sapphires."},
	{"en-US", "Three clusters of three sapphires crown the ring."},
	{"de-DE", "Der Ring trägt drei Gruppen zu je drei Saphiren."},
	{"fr-FR", "La bague porte trois grappes de trois saphirs."},
	{"es-ES", "El anillo luce tres grupos de tres zafiros."},
	{"it-IT", "L'anello presenta tre gruppi di tre zaffiri."},
	{"pt-BR", "O anel traz três grupos de três safiras."},
	{"nl-NL", "De ring draagt drie groepjes van drie saffieren."},
	{"nb-NO", "Ringen har tre grupper på tre safirer."},
	{"da-DK", "Ringen har tre grupper af tre safirer."},
	{"pl-PL", "Pierścionek zdobią trzy grupy po trzy szafiry."},
	{"cs-CZ", "Prsten zdobí tři skupiny po třech safírech."},
	{"en-AU", "Three rows of three sapphires run across the band."},
	{"de-DE", "Drei Reihen mit je drei Saphiren zieren den Ring."},
	{"es-MX", "Tres filas de tres zafiros adornan el anillo."},
	{"fr-CA", "Trois rangées de trois saphirs ornent la bague."},
}

// count59EachOf are texts giving two sapphires to each of a pair's pieces.
var count59EachOf = [][2]string{
	{"en-GB", "Each of the studs holds two sapphires."},
	{"en-US", "Each of the earrings is set with two sapphires."},
	{"ko-KR", "귀걸이마다 사파이어가 두 개씩 세팅되어 있습니다."},
	{"ko-KR", "귀걸이마다 두 개의 사파이어가 빛납니다."},
	{"ja-JP", "それぞれのピアスに2石のサファイアをセットしました。"},
	{"ja-JP", "それぞれのピアスにサファイアを2石ずつ留めました。"},
	{"de-DE", "Jeder der Ohrstecker trägt zwei Saphire."},
	{"fr-FR", "Chacune des puces porte deux saphirs."},
	{"es-ES", "Cada uno de los pendientes lleva dos zafiros."},
	{"it-IT", "Ciascuno degli orecchini porta due zaffiri."},
	{"pt-BR", "Cada um dos brincos traz duas safiras."},
	{"nl-NL", "Elk van de oorknopjes draagt twee saffieren."},
	{"sv-SE", "Var och en av örhängena bär två safirer."},
}

// count59CentreCarat are texts giving the centre stone 0.50 ct.
var count59CentreCarat = [][2]string{
	{"zh-CN", "戒指以0.50克拉主石为中心，周围环绕12颗小钻。"},
	{"zh-CN", "主石0.5克拉，周围环绕12颗小钻。"},
	{"zh-TW", "主石0.5克拉，周圍環繞12顆小鑽。"},
	{"en-GB", "A 0.50 ct centre stone is ringed by twelve smaller diamonds."},
	{"en-US", "A 0.50 ct center diamond is ringed by twelve smaller diamonds."},
	{"en-GB", "The centre stone weighs 0.50 ct."},
	{"fr-FR", "Une pierre centrale de 0,50 ct est entourée de douze petits diamants."},
	{"de-DE", "Ein Mittelstein von 0,50 Karat wird von zwölf kleinen Diamanten umrahmt."},
	{"es-ES", "Una piedra central de 0,50 quilates rodeada de doce pequeños diamantes."},
	{"it-IT", "Una pietra centrale da 0,50 carati circondata da dodici piccoli diamanti."},
	{"ja-JP", "0.50カラットのセンターストーンを12石のメレダイヤが囲みます。"},
	{"ko-KR", "0.50캐럿 센터 스톤을 작은 다이아몬드 12개가 감쌉니다."},
	{"fr-CA", "La pierre centrale de 0,50 carat est entourée de douze petits diamants."},
	{"pt-BR", "Uma pedra central de 0,50 quilate rodeada por doze pequenos diamantes."},
	{"nl-NL", "Een centrale steen van 0,50 karaat wordt omringd door twaalf kleine diamanten."},
	{"sv-SE", "En mittsten på 0,50 karat omges av tolv små diamanter."},
	{"da-DK", "En centersten på 0,50 karat omgives af tolv små diamanter."},
	{"nb-NO", "En midtstein på 0,50 karat omgis av tolv små diamanter."},
	{"pl-PL", "Centralny diament o wadze 0,50 karata otacza dwanaście małych diamentów."},
	{"cs-CZ", "Centrální diamant o hmotnosti 0,50 karátu obklopuje dvanáct malých diamantů."},
	{"el-GR", "Η κεντρική πέτρα 0,50 καρατίων περιβάλλεται από δώδεκα μικρά διαμάντια."},
	{"tr-TR", "Ortadaki 0,50 karatlık taşı on iki küçük pırlanta çevreliyor."},
	{"ar-AE", "الحجر المركزي بوزن 0.50 قيراط تحيط به اثنتا عشرة ماسة صغيرة."},
	{"fi-FI", "Keskikivi painaa 0,50 karaattia, ja sitä ympäröi kaksitoista pientä timanttia."},
	{"ja-JP", "中石0.5カラットの周りにメレダイヤをあしらいました。"},
}

// count59Hundred are texts counting a hundred sapphires in the packs that
// had no word for it.
var count59Hundred = [][2]string{
	{"pt-PT", "O anel é cravejado com cem safiras."},
	{"nl-NL", "De ring is bezet met honderd saffieren."},
	{"sv-SE", "Ringen är besatt med hundra safirer."},
	{"da-DK", "Ringen er besat med hundrede safirer."},
	{"nb-NO", "Ringen er besatt med hundre safirer."},
	{"fi-FI", "Sormuksessa on sata safiiria."},
	{"pl-PL", "Pierścionek zdobi sto szafirów."},
	{"cs-CZ", "Prsten zdobí sto safírů."},
	{"tr-TR", "Yüzük yüz safirle süslenmiştir."},
	{"el-GR", "Το δαχτυλίδι είναι διακοσμημένο με εκατό ζαφείρια."},
	{"ar-AE", "الخاتم مرصع بمئة ياقوتة زرقاء."},
	{"ja-JP", "リングには百石のサファイアをセットしました。"},
	{"ko-KR", "반지에 사파이어 백 개가 세팅되어 있습니다."},
	{"zh-CN", "戒指镶嵌一百颗蓝宝石。"},
}

// TestKindsCount59: the rows main got wrong (each failed there).
func TestKindsCount59(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count59Pearls(5), false, count59Positional)...)
	rows = append(rows, pairRows(count59Ring(9), false, count59Groups)...)
	rows = append(rows, pairRows(count59Ring(3), true, count59Groups)...)
	rows = append(rows, pairRows(count58Studs(2), true, count59EachOf)...)
	rows = append(rows, pairRows(count59Ring(98), true, count59Hundred)...)
	checkKindRows(t, svc, CatGrounding, rows)
	checkKindRows(t, svc, "", pairRows(count59Centre(0.62), false, count59CentreCarat))
}

// TestKindsCount59Bad: the wrong totals of the same kinds block.
func TestKindsCount59Bad(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	rows = append(rows, pairRows(count59Pearls(3), true, count59Positional)...)
	rows = append(rows, pairRows(count59Pearls(7), true, count59Positional)...)
	rows = append(rows, pairRows(count59Ring(6), true, count59Groups)...)
	rows = append(rows, pairRows(count59Ring(100), false, count59Hundred)...)
	rows = append(rows, pairRows(count58Studs(4), false, count59EachOf)...)
	p5, r9 := count59Pearls(5), count59Ring(9)
	rows = append(rows, []kindRow{
		// A centre said with a count of its own that does not add up.
		{"zh-CN", "珍珠中间两颗，两侧各两颗。", p5, true},
		{"en-GB", "Two pearls in the centre and two on each side.", p5, true},
		// Groups of a count that is no stone's: the stones stay counted.
		{"en-GB", "Three rows of pavé hold nine sapphires.", r9, false},
		{"en-GB", "Three clusters of five sapphires.", r9, true},
	}...)
	checkKindRows(t, svc, CatGrounding, rows)
	var crows []kindRow
	crows = append(crows, pairRows(count59Centre(0.40), true, count59CentreCarat)...)
	c62 := count59Centre(0.62)
	crows = append(crows, []kindRow{
		// A weight said of all the stones, or of the centre above the total.
		{"en-GB", "The diamonds weigh 0.50 ct in total.", c62, true},
		{"en-GB", "A 0.80 ct centre stone is ringed by twelve smaller diamonds.", c62, true},
		{"zh-CN", "主石0.8克拉，周围环绕12颗小钻。", c62, true},
	}...)
	checkKindRows(t, svc, "", crows)
}

// TestKindsCount59Words: count words of 13 to 100 in every pack (main read
// them already, except a hundred: a guard for the kind).
func TestKindsCount59Words(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	for loc, tx := range count59Words {
		rows = append(rows, kindRow{loc, tx[0], count59Ring(20), false}, kindRow{loc, tx[0], count59Ring(18), true},
			kindRow{loc, tx[1], count59Ring(35), false}, kindRow{loc, tx[1], count59Ring(30), true})
	}
	checkKindRows(t, svc, CatGrounding, rows)
}
