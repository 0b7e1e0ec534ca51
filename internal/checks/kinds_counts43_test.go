package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	c43Hoops = core.Product{SKU: "C43H", Name: "Pavé Huggie Hoops", Category: "earrings", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 18}}, Colours: []string{"silver"}}
	c43Ring = core.Product{SKU: "C43R", Name: "Signature Sapphire Ring", Category: "ring", Collection: "Signature", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}, {Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: core.OriginSimulant}}, Colours: []string{"silver", "blue"}}
	c43Cuff = core.Product{SKU: "C43C", Name: "Chrysocolla Cuff", Category: "bracelet", Collection: "Heritage", Materials: []string{"copper"},
		Metals: []core.Metal{{Base: "copper"}}, Stones: []core.Stone{{Type: "chrysocolla", Colour: "blue-green", Count: 1}, {Type: "chrysocolla", Colour: "blue-green", Count: 2}}, Colours: []string{"copper"}}
	c43Stack = core.Product{SKU: "C43S", Name: "Stacking Ring Set", Category: "ring set", Collection: "Moments", Materials: []string{"9k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 3}, {Type: "peridot", Colour: "green", Count: 3}, {Type: "topaz", Colour: "blue", Count: 3}}, Colours: []string{"gold"}}
	c43Mabe = core.Product{SKU: "C43M", Name: "Lumière Mabe Pearl Pendant", Category: "pendant", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "mabe pearl", Colour: "white", Count: 1}}, Colours: []string{"white", "silver"}}
	c43Marcasite = core.Product{SKU: "C43K", Name: "Lumière Marcasite Pendant", Category: "pendant", Collection: "Lumière", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "marcasite", Colour: "grey", Count: 12}}, Colours: []string{"grey", "silver"}}
	c43Moments = core.Product{SKU: "C43G", Name: "Moments Garnet Bracelet", Category: "bracelet", Collection: "Moments", Materials: []string{"14k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Stones: []core.Stone{{Type: "garnet", Colour: "red", Count: 4, Origin: core.OriginNatural}}, Colours: []string{"gold", "red"}}
)

// TestKindsCollectionName43 (#13, counts43; released 43B tr-TR 43B102-3):
// another collection's name at a sentence's start, right before the
// piece's own category noun, is the piece's name and blocks ("Heritage
// bileklik, 14 ayar…"); an ordinary word there ("Timeless elegance"), or
// another piece of that collection to wear with it, does not.
func TestKindsCollectionName43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"tr-TR", "Heritage bileklik, 14 ayar sarı altından ince bir zincir ve dört kırmızı garnet taşından oluşuyor.", c43Moments, true},
		{"en-GB", "Heritage bracelet, a fine chain of 14k yellow gold set with four red garnets.", c43Moments, true},
		{"en-US", "Heritage bracelet in 14k yellow gold with four red garnets.", c43Moments, true},
		{"en-GB", "The Heritage bracelet is a fine chain of 14k yellow gold set with four red garnets.", c43Moments, true},
		{"fr-FR", "Heritage bracelet : une fine chaîne en or jaune 14 carats ornée de quatre grenats rouges.", c43Moments, true},
		{"de-DE", "Heritage Armband aus 14 Karat Gelbgold mit vier roten Granaten.", c43Moments, true},
		{"nl-NL", "Heritage armband van 14 karaat geelgoud met vier rode granaten.", c43Moments, true},
		{"pl-PL", "Heritage bransoletka z 14-karatowego żółtego złota z czterema czerwonymi granatami.", c43Moments, true},
		{"sv-SE", "Heritage armband i 14 karat gult guld med fyra röda granater.", c43Moments, true},
		{"tr-TR", "Moments bileklik, 14 ayar sarı altından ince bir zincir ve dört kırmızı garnet taşından oluşuyor.", c43Moments, false},
		{"en-GB", "Moments bracelet, a fine chain of 14k yellow gold set with four red garnets.", c43Moments, false},
		{"en-GB", "Timeless elegance in 14k yellow gold, set with four red garnets.", c43Moments, false},
		{"en-GB", "A fine chain of 14k yellow gold set with four red garnets. Pair it with our Heritage ring.", c43Moments, false},
		{"tr-TR", "14 ayar sarı altından ince bir zincir ve dört kırmızı garnet taşı. Heritage yüzükle birlikte takabilirsiniz.", c43Moments, false},
	})
}

// c43MarcasiteRows: a silver frame set with marcasites, in every locale.
var c43MarcasiteRows = []struct{ locale, text string }{
	{"en-GB", "The silver frame is set with marcasites."},
	{"en-US", "The silver frame is set with marcasites."},
	{"en-AU", "A silver frame set with marcasite."},
	{"fr-FR", "Un entourage d'argent serti de marcassites."},
	{"fr-CA", "Un entourage d'argent serti de marcassites."},
	{"de-DE", "Ein Rahmen aus Silber, besetzt mit Markasiten."},
	{"es-ES", "Un marco de plata engastado con marcasitas."},
	{"es-MX", "Un marco de plata engastado con marcasitas."},
	{"it-IT", "Una cornice d'argento incastonata di marcasite."},
	{"pt-BR", "Uma moldura de prata cravejada de marcassitas."},
	{"pt-PT", "Uma moldura de prata cravejada de marcassites."},
	{"nl-NL", "Een zilveren rand bezet met markasieten."},
	{"sv-SE", "En silverram fattad med markasiter."},
	{"da-DK", "En sølvramme besat med markasitter."},
	{"nb-NO", "En sølvramme besatt med markasitter."},
	{"fi-FI", "Hopeakehys on koristeltu markasiiteilla."},
	{"pl-PL", "Srebrna oprawa wysadzana markazytami."},
	{"cs-CZ", "Stříbrný rámeček osazený markazity."},
	{"el-GR", "Ασημένιο πλαίσιο με μαρκασίτες."},
	{"tr-TR", "Markazitlerle süslenmiş gümüş çerçeve."},
	{"ar-AE", "إطار فضي مرصع بالماركازيت."},
	{"ja-JP", "マーカサイトをあしらったシルバーの枠。"},
	{"zh-CN", "银质边框镶嵌白铁矿。"},
	{"zh-TW", "銀質邊框鑲嵌白鐵礦。"},
	{"ko-KR", "마카사이트로 장식한 실버 프레임."},
}

// TestKindsMarcasite43 (#13, counts43; released 43B fr-FR 43B104-3): marcasite
// is a stone every vocabulary knows, in its plural and cases: named on a
// piece without it, it blocks; on a marcasite piece it passes.
func TestKindsMarcasite43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	var rows []kindRow
	for _, r := range c43MarcasiteRows {
		rows = append(rows, kindRow{r.locale, r.text, c43Mabe, true}, kindRow{r.locale, r.text, c43Marcasite, false})
	}
	checkKindRows(t, svc, "", rows)
}

func TestKindsCounts43(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		// total43: a count said to be the whole after a count per part
		{"en-GB", "The hoops hug the lobe closely, with a row of nine clear cubic zirconia along the front of each hoop, eighteen stones across the pair.", c43Hoops, false},
		{"en-GB", "The hoops hug the lobe closely, with a row of nine clear cubic zirconia along the front of each hoop, twenty stones across the pair.", c43Hoops, true},
		{"en-GB", "Nine clear cubic zirconia line each hoop, eighteen stones in total.", c43Hoops, false},
		{"en-GB", "Nine clear cubic zirconia line each hoop, nine stones in total.", c43Hoops, true},
		{"en-US", "Nine clear cubic zirconia line each hoop, eighteen stones in all.", c43Hoops, false},
		{"en-AU", "Nine clear cubic zirconia line each hoop, twenty-two stones altogether.", c43Hoops, true},
		{"en-GB", "Each hoop holds eighteen cubic zirconia.", c43Hoops, true},
		{"fr-FR", "Neuf oxydes de zirconium clairs sur le devant de chaque créole, dix-huit pierres au total.", c43Hoops, false},
		{"fr-FR", "Neuf oxydes de zirconium clairs sur le devant de chaque créole, vingt pierres au total.", c43Hoops, true},
		{"fr-CA", "Neuf oxydes de zirconium clairs sur chaque anneau, dix-huit pierres en tout.", c43Hoops, false},
		{"de-DE", "Neun klare Zirkonia auf jeder Creole, insgesamt 18 Steine.", c43Hoops, false},
		{"de-DE", "Neun klare Zirkonia auf jeder Creole, insgesamt 20 Steine.", c43Hoops, true},
		{"es-ES", "Nueve circonitas claras en cada aro, dieciocho piedras en total.", c43Hoops, false},
		{"es-ES", "Nueve circonitas claras en cada aro, veinte piedras en total.", c43Hoops, true},
		{"it-IT", "Nove zirconia cubica trasparenti su ogni cerchio, diciotto pietre in totale.", c43Hoops, false},
		{"it-IT", "Nove zirconia cubica trasparenti su ogni cerchio, venti pietre in totale.", c43Hoops, true},
		{"pt-BR", "Nove zircônias transparentes em cada argola, dezoito pedras no total.", c43Hoops, false},
		{"nl-NL", "Negen heldere zirkonia's op elke oorring, achttien stenen in totaal.", c43Hoops, false},
		{"nl-NL", "Negen heldere zirkonia's op elke oorring, twintig stenen in totaal.", c43Hoops, true},
		{"sv-SE", "Nio klara zirkonia på varje ring, totalt arton stenar.", c43Hoops, false},
		{"pl-PL", "Dziewięć przezroczystych cyrkonii na każdym kółku, łącznie osiemnaście kamieni.", c43Hoops, false},
		{"pl-PL", "Dziewięć przezroczystych cyrkonii na każdym kółku, łącznie dwadzieścia kamieni.", c43Hoops, true},
		{"ar-AE", "تسعة أحجار زركونيا مكعبة شفافة على كل حلقة، ثمانية عشر حجرًا إجمالًا.", c43Hoops, false},
		{"ja-JP", "各フープに透明なキュービックジルコニアを9石、合計18石。", c43Hoops, false},
		{"ja-JP", "各フープに透明なキュービックジルコニアを9石、合計20石。", c43Hoops, true},
		{"zh-CN", "每只耳环镶嵌9颗透明立方氧化锆，一对共18颗。", c43Hoops, false},
		{"zh-CN", "每只耳环镶嵌9颗透明立方氧化锆，一对共20颗。", c43Hoops, true},
		{"en-GB", "Nine clear cubic zirconia on each hoop, eighteen across the pair.", c43Hoops, false},
		{"en-GB", "Nine clear cubic zirconia on each hoop, twenty across the pair.", c43Hoops, true},
		{"fr-FR", "Neuf oxydes de zirconium clairs sur chaque créole, dix-huit au total.", c43Hoops, false},
		{"fr-FR", "Neuf oxydes de zirconium clairs sur chaque créole, vingt au total.", c43Hoops, true},
		{"de-DE", "Neun klare Zirkonia auf jeder Creole, 20 insgesamt.", c43Hoops, true},
		{"es-MX", "Nueve circonitas claras en cada arete, veinte en total.", c43Hoops, true},
		{"zh-TW", "每隻耳環鑲嵌9顆透明立方氧化鋯，一對共20顆。", c43Hoops, true},
		{"zh-TW", "每隻耳環鑲嵌9顆透明立方氧化鋯，一對共18顆。", c43Hoops, false},
		// a total phrase away from the count is another count's; a total naming no stone is of all groups
		{"ko-KR", "지름 20mm의 후프마다 맑은 큐빅 지르코니아 9개가 세팅되어 한 쌍에 모두 18개의 큐빅 지르코니아가 있습니다.", c43Hoops, false},
		{"ko-KR", "지름 20mm의 후프마다 맑은 큐빅 지르코니아 9개가 세팅되어 한 쌍에 모두 20개의 큐빅 지르코니아가 있습니다.", c43Hoops, true},
		{"zh-CN", "每枚镶嵌三颗同色宝石：红色石榴石、绿色橄榄石或蓝色托帕石，共九颗。", c43Stack, false},
		{"zh-CN", "每枚镶嵌三颗同色宝石：红色石榴石、绿色橄榄石或蓝色托帕石，共十颗。", c43Stack, true},
		// side43: a count on each side is two sides' worth
		{"ar-AE", "وعلى كتفي الخاتم ثلاثة أحجار زركونيا مكعبة شفافة على كل جانب تضيف لمعانًا هادئًا.", c43Ring, false},
		{"ar-AE", "وعلى كتفي الخاتم أربعة أحجار زركونيا مكعبة شفافة على كل جانب تضيف لمعانًا هادئًا.", c43Ring, true},
		{"ar-AE", "وعلى كتفي الخاتم حجران من الزركونيا المكعبة الشفافة على كل جانب.", c43Ring, true},
		{"en-GB", "Three clear cubic zirconia sit on each side of the sapphire.", c43Ring, false},
		{"en-GB", "Two clear cubic zirconia sit on each side of the sapphire.", c43Ring, true},
		{"en-GB", "The shoulders carry three clear cubic zirconia on each shoulder.", c43Ring, false},
		{"en-GB", "The shoulders carry two clear cubic zirconia on each shoulder.", c43Ring, true},
		{"fr-FR", "Trois oxydes de zirconium clairs de chaque côté du saphir.", c43Ring, false},
		{"fr-FR", "Deux oxydes de zirconium clairs de chaque côté du saphir.", c43Ring, true},
		{"de-DE", "Drei klare Zirkonia auf jeder Seite des Saphirs.", c43Ring, false},
		{"de-DE", "Zwei klare Zirkonia auf jeder Seite des Saphirs.", c43Ring, true},
		{"es-ES", "Tres circonitas claras a cada lado del zafiro.", c43Ring, false},
		{"es-ES", "Dos circonitas claras a cada lado del zafiro.", c43Ring, true},
		{"it-IT", "Tre zirconia cubica trasparenti su ogni lato dello zaffiro.", c43Ring, false},
		{"it-IT", "Due zirconia cubica trasparenti su ogni lato dello zaffiro.", c43Ring, true},
		{"pl-PL", "Trzy przezroczyste cyrkonie z każdej strony szafiru.", c43Ring, false},
		{"pl-PL", "Dwie przezroczyste cyrkonie z każdej strony szafiru.", c43Ring, true},
		{"nl-NL", "Drie heldere zirkonia's aan elke kant van de saffier.", c43Ring, false},
		{"nl-NL", "Twee heldere zirkonia's aan elke kant van de saffier.", c43Ring, true},
		{"sv-SE", "Tre klara zirkonia på varje sida av safiren.", c43Ring, false},
		{"sv-SE", "Två klara zirkonia på varje sida av safiren.", c43Ring, true},
		{"en-GB", "Along the front sit one oval chrysocolla and, either side of it, two round chrysocolla stones of 6 mm.", c43Cuff, false},
		{"zh-CN", "蓝宝石每侧镶嵌3颗透明立方氧化锆。", c43Ring, false},
		{"zh-CN", "蓝宝石每侧镶嵌2颗透明立方氧化锆。", c43Ring, true},
		{"zh-CN", "蓝宝石两侧各镶嵌3颗透明立方氧化锆。", c43Ring, false},
		{"zh-CN", "蓝宝石两侧各镶嵌2颗透明立方氧化锆。", c43Ring, true},
		{"ja-JP", "サファイアの両側に各3石の透明なキュービックジルコニア。", c43Ring, false},
		{"ja-JP", "サファイアの両側に各2石の透明なキュービックジルコニア。", c43Ring, true},
	})
}
