package checks

import (
	"fmt"

	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the unit-words tables: a 19 cm bracelet (7.48 in), a 24 cm
// anklet (9.45 in, unitAnklet), 12 mm earrings (0.47 in) and a pendant
// on a 45 cm chain offered in 40, 45 and 50 cm.
var (
	unitBracelet = core.Product{SKU: "U2", Name: "Arc", Category: "bracelet", Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Colours: []string{"yellow gold"}, Measurements: []core.Measurement{{Name: "length", Value: 19, Unit: "cm"}, {Name: "link width", Value: 4, Unit: "mm"}}}
	unitEarrings = core.Product{SKU: "U3", Name: "Orb", Category: "earrings", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Measurements: []core.Measurement{{Name: "diameter", Value: 12, Unit: "mm"}}}
	unitPendant = core.Product{SKU: "U4", Name: "Lumen", Category: "pendant", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"silver"}, Measurements: []core.Measurement{{Name: "pendant height", Value: 18, Unit: "mm"}, {Name: "chain length", Value: 45, Unit: "cm"}},
		Attributes: map[string]string{"chain_lengths": "40, 45, 50 cm"}}
)

// unitTexts are one language's restatements: words, the bracelet's length
// in inches in words with a hedge; half, the anklet's in inches with a
// vulgar fraction; small, the earrings' width as half an inch; wrong, the
// bracelet said to be nine and a half inches (it is 7.48); sizes, the
// chain lengths offered and the range it adjusts over; hedged, the
// anklet said to be 10 inches with a hedge after the unit or one added to
// the language's list (9.45 is 10 only rounded); wearer, the range of
// wrists the bracelet fits, which is not the bracelet's length.
type unitTexts struct{ words, half, small, wrong, sizes, hedged, wearer string }

var unitsByLang = map[string]unitTexts{
	"en": {"Fastened, the bracelet is 19 cm long, a little under seven and a half inches.", "The anklet measures 24 cm, roughly 9½ inches.",
		"Each earring is 12 mm wide, just under half an inch.", "The bracelet is nine and a half inches long.",
		"The chain comes in 40, 45 or 50 cm and adjusts from 40 to 45 cm.",
		"The anklet is 24 cm, 10 inches or so.", "The 19 cm bracelet fits wrists of 15–17 cm."},
	"fr": {"Fermé, le bracelet mesure 19 cm, un peu moins de sept pouces et demi.", "La chaînette mesure 24 cm, soit à peu près 9½ pouces.",
		"Chaque boucle fait 12 mm de large, presque un demi-pouce.", "Le bracelet mesure neuf pouces et demi.",
		"La chaîne existe en 40, 45 ou 50 cm et se règle de 40 à 45 cm.",
		"La chaînette fait 24 cm, 10 pouces environ.", "Le bracelet de 19 cm convient aux poignets de 15 à 17 cm."},
	"de": {"Geschlossen misst das Armband 19 cm, knapp siebeneinhalb Zoll.", "Das Fußkettchen ist 24 cm lang, also rund 9 ½ Zoll.",
		"Jeder Ohrring ist 12 mm breit, knapp einen halben Zoll.", "Das Armband ist neuneinhalb Zoll lang.",
		"Die Kette gibt es in 40, 45 und 50 cm, verstellbar von 40 bis 45 cm.",
		"Das Fußkettchen ist 24 cm lang, an die 10 Zoll.", "Das 19 cm lange Armband passt an Handgelenke von 15 bis 17 cm."},
	"es": {"Cerrada, la pulsera mide 19 cm, algo menos de siete pulgadas y media.", "La tobillera mide 24 cm, unas 9½ pulgadas.",
		"Cada pendiente mide 12 mm, casi media pulgada.", "La pulsera mide nueve pulgadas y media.",
		"La cadena se ofrece en 40, 45 y 50 cm y se ajusta de 40 a 45 cm.",
		"La tobillera mide 24 cm, 10 pulgadas más o menos.", "La pulsera de 19 cm sirve para muñecas de 15 a 17 cm."},
	"it": {"Chiuso, il bracciale misura 19 cm, poco meno di sette pollici e mezzo.", "La cavigliera misura 24 cm, circa 9½ pollici.",
		"Ogni orecchino è largo 12 mm, quasi mezzo pollice.", "Il bracciale misura nove pollici e mezzo.",
		"La catena è disponibile in 40, 45 e 50 cm e si regola da 40 a 45 cm.",
		"La cavigliera misura 24 cm, 10 pollici circa.", "Il bracciale di 19 cm veste polsi da 15 a 17 cm."},
	"pt": {"Fechada, a pulseira mede 19 cm, pouco menos de sete polegadas e meia.", "A tornozeleira mede 24 cm, cerca de 9½ polegadas.",
		"Cada brinco tem 12 mm, quase meia polegada.", "A pulseira mede nove polegadas e meia.",
		"A corrente existe em 40, 45 e 50 cm e ajusta-se de 40 a 45 cm.",
		"A tornozeleira mede 24 cm, 10 polegadas mais ou menos.", "A pulseira de 19 cm serve em pulsos de 15 a 17 cm."},
	"nl": {"Gesloten is de armband 19 cm, net onder zevenenhalve inch.", "Het enkelbandje is 24 cm lang, ongeveer 9½ inch.",
		"Elke oorbel is 12 mm breed, bijna een halve inch.", "De armband is negenenhalve inch lang.",
		"De ketting is er in 40, 45 en 50 cm en is verstelbaar van 40 tot 45 cm.",
		"Het enkelbandje is 24 cm, net geen 10 inch.", "De armband van 19 cm past om polsen van 15 tot 17 cm."},
	"da": {"Lukket måler armbåndet 19 cm, knap syv en halv tomme.", "Ankelkæden er 24 cm lang, cirka 9½ tomme.",
		"Hver ørering er 12 mm bred, knap en halv tomme.", "Armbåndet er ni en halv tomme langt.",
		"Kæden fås i 40, 45 og 50 cm og kan justeres fra 40 til 45 cm.",
		"Ankelkæden er 24 cm, små 10 tommer.", "Armbåndet på 19 cm passer til håndled på 15–17 cm."},
	"nb": {"Lukket måler armbåndet 19 cm, knapt sju og en halv tomme.", "Ankelkjedet er 24 cm langt, omtrent 9½ tomme.",
		"Hver ørepynt er 12 mm bred, nesten en halv tomme.", "Armbåndet er ni og en halv tomme langt.",
		"Kjedet fås i 40, 45 og 50 cm og kan justeres fra 40 til 45 cm.",
		"Ankelkjedet er 24 cm, snaut 10 tommer.", "Armbåndet på 19 cm passer til håndledd på 15–17 cm."},
	"sv": {"Stängt mäter armbandet 19 cm, knappt sju och en halv tum.", "Fotlänken är 24 cm lång, ungefär 9½ tum.",
		"Varje örhänge är 12 mm brett, nästan en halv tum.", "Armbandet är nio och en halv tum långt.",
		"Kedjan finns i 40, 45 och 50 cm och kan justeras från 40 till 45 cm.",
		"Fotlänken är 24 cm, knappa 10 tum.", "Armbandet på 19 cm passar en handled på 15–17 cm."},
	"fi": {"Suljettuna rannekoru on 19 cm, vajaat seitsemän ja puoli tuumaa.", "Nilkkakoru on 24 cm pitkä, noin 9½ tuumaa.",
		"Jokainen korvakoru on 12 mm leveä, lähes puoli tuumaa.", "Rannekoru on yhdeksän ja puoli tuumaa pitkä.",
		"Ketjua saa pituuksina 40, 45 ja 50 cm, ja sitä voi säätää välillä 40–45 cm.",
		"Nilkkakoru on 24 cm eli 10 tuuman verran.", "19 cm:n rannekoru sopii 15–17 cm ranteeseen."},
	"pl": {"Zapięta bransoletka ma 19 cm, niecałe siedem i pół cala.", "Łańcuszek na kostkę ma 24 cm, około 9½ cala.",
		"Każdy kolczyk ma 12 mm szerokości, prawie pół cala.", "Bransoletka ma dziewięć i pół cala długości.",
		"Łańcuszek jest dostępny w długościach 40, 45 i 50 cm, z regulacją od 40 do 45 cm.",
		"Łańcuszek na kostkę ma 24 cm, mniej więcej 10 cali.", "Bransoletka o długości 19 cm pasuje na nadgarstek 15–17 cm."},
	"cs": {"Zapnutý náramek měří 19 cm, necelých sedm a půl palce.", "Řetízek na kotník měří 24 cm, zhruba 9½ palce.",
		"Každá náušnice je široká 12 mm, skoro půl palce.", "Náramek měří devět a půl palce.",
		"Řetízek je k dispozici v délkách 40, 45 a 50 cm, nastavitelný od 40 do 45 cm.",
		"Řetízek na kotník měří 24 cm, necelých 10 palců.", "Náramek délky 19 cm padne na zápěstí 15–17 cm."},
	"tr": {"Kapalıyken bileklik 19 cm, yani yaklaşık yedi buçuk inç.", "Halhal 24 cm uzunluğunda, yaklaşık 9½ inç.",
		"Her küpe 12 mm genişliğinde, neredeyse yarım inç.", "Bileklik dokuz buçuk inç uzunluğunda.",
		"Zincir 40, 45 ve 50 cm seçenekleriyle sunulur ve 40 ile 45 cm arasında ayarlanır.",
		"Halhal 24 cm, 10 inç civarında.", "19 cm bileklik 15–17 cm bilek için uygundur."},
	"el": {"Κλειστό, το βραχιόλι έχει 19 cm, σχεδόν εφτάμισι ίντσες.", "Το βραχιόλι αστραγάλου έχει μήκος 24 cm, περίπου 9½ ίντσες.",
		"Κάθε σκουλαρίκι έχει πλάτος 12 mm, σχεδόν μισή ίντσα.", "Το βραχιόλι έχει μήκος εννιάμισι ίντσες.",
		"Η αλυσίδα διατίθεται σε 40, 45 και 50 cm και ρυθμίζεται από 40 έως 45 cm.",
		"Το βραχιόλι αστραγάλου έχει 24 cm, 10 ίντσες περίπου.", "Το βραχιόλι των 19 cm ταιριάζει σε καρπό 15–17 cm."},
	"ar": {"يبلغ طول السوار 19 سم، أي أقل بقليل من سبع بوصات ونصف.", "يبلغ طول الخلخال 24 سم، أي حوالي 9½ بوصة.",
		"عرض كل قرط 12 مم، أي نحو نصف بوصة.", "يبلغ طول السوار تسع بوصات ونصف.",
		"تتوفر السلسلة بأطوال 40 و45 و50 سم، ويمكن ضبطها من 40 إلى 45 سم.",
		"يبلغ طول الخلخال 24 سم، أي 10 بوصات تقريبًا.", "السوار بطول 19 سم يناسب المعصم من 15 إلى 17 سم."},
	"ja": {"ブレスレットの長さは19 cmで、約7インチ半です。", "アンクレットの長さは24 cmで、約9½インチです。",
		"ピアスの幅は12 mmで、約半インチです。", "ブレスレットの長さは約9インチ半です。",
		"チェーンは40、45、50 cmの3種類で、40〜45 cmの間で調節できます。",
		"アンクレットの長さは24 cm、10インチ弱です。", "19 cmのブレスレットは手首まわり15〜17 cmの方に合います。"},
	"ko": {"팔찌 길이는 19cm로 약 7인치 반입니다.", "발찌 길이는 24cm, 약 9½인치입니다.",
		"귀걸이 폭은 12mm로 거의 반 인치입니다.", "팔찌 길이는 약 9인치 반입니다.",
		"체인은 40, 45, 50cm 중에서 고를 수 있으며 40~45cm로 조절됩니다.",
		"발찌 길이는 24cm, 10인치 정도입니다.", "19cm 팔찌는 손목 15~17cm에 맞습니다."},
	"zh-CN": {"手链扣合后长 19 厘米，约七英寸半。", "脚链长 24 厘米，约 9½ 英寸。",
		"每只耳环宽 12 毫米，约半英寸。", "手链长约九英寸半。",
		"链条有 40、45 和 50 厘米可选，可在 40 至 45 厘米之间调节。",
		"脚链长 24 厘米，不到 10 英寸。", "19 厘米的手链适合 15 至 17 厘米的手腕。"},
	"zh-TW": {"手鍊扣合後長 19 公分，約七英寸半。", "腳鍊長 24 公分，約 9½ 英寸。",
		"每隻耳環寬 12 毫米，約半英寸。", "手鍊長約九英寸半。",
		"鍊條有 40、45 和 50 公分可選，可在 40 至 45 公分之間調節。",
		"腳鍊長 24 公分，10 英寸左右。", "19 公分的手鍊適合 15 至 17 公分的手腕。"},
}

// TestKindsUnitWordsEveryLocale: a length restated in another unit, in
// words, with a half or a vulgar fraction and a hedge, passes when it is
// the product's within the copywriter's rounding (grounding.fitsLength)
// and blocks as a measurement when it is not; chain lengths offered and an
// adjustable range are no single measurement. Every locale.
func TestKindsUnitWordsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var tables []kindTable
	perLocale(t, unitsByLang, "unit", func(loc string, x unitTexts, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"length in words " + loc, unitBracelet, "", in([]string{x.words})},
			kindTable{"length with a fraction " + loc, unitAnklet, "", in([]string{x.half})},
			kindTable{"half an inch " + loc, unitEarrings, "", in([]string{x.small})},
			kindTable{"wrong length in words " + loc, unitBracelet, CatGrounding, in([]string{x.wrong})},
			kindTable{"lengths offered and range " + loc, unitPendant, "", in([]string{x.sizes})},
			kindTable{"hedged length " + loc, unitAnklet, "", in([]string{x.hedged})},
			kindTable{"wearer's range " + loc, unitBracelet, "", in([]string{x.wearer})},
		)
	})
	runKinds(t, c, guide(t), tables)
}

// TestKindsSizeNotInch: "in" after a ring size is a preposition, not an
// inch; a range that misses the product's length still blocks.
func TestKindsSizeNotInch(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	ring := core.Product{SKU: "U5", Name: "Vow", Category: "ring", Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}},
		Colours: []string{"rose gold"}, Measurements: []core.Measurement{{Name: "band width", Value: 2, Unit: "mm"}}}
	runKinds(t, c, guide(t), []kindTable{
		{"size then in", ring, "", []lt{{"en-GB", "The band is 2 mm wide; choose size 7 in rose gold."}, {"en-US", "Order size 6 in rose gold or size 8 in the same tone."},
			{"de-DE", "Die Schiene ist 2 mm breit, Größe 54 in Roségold."}, {"nl-NL", "De band is 2 mm breed, maat 54 in roségoud."}, {"it-IT", "La fascia è larga 2 mm, misura 14 in oro rosa."}}},
		{"inch before a dimension word", unitBracelet, CatGrounding, []lt{{"en-GB", "It is a 9 in long bracelet."}}},
		{"range that misses", unitPendant, CatGrounding, []lt{{"en-GB", "The chain adjusts from 55 to 60 cm."}, {"de-DE", "Die Kette ist von 55 bis 60 cm verstellbar."}, {"fr-FR", "La chaîne se règle de 55 à 60 cm."}}},
	})
}

// weighByLang says, per language, that the piece weighs %s and that its
// stones weigh %s: a metal weight restated in ounces, a carat weight in
// milligrams.
var weighByLang = map[string]string{
	"en": "The bracelet weighs %s and its stones %s in all.", "fr": "Le bracelet pèse %s et ses pierres %s au total.",
	"de": "Das Armband wiegt %s, die Steine zusammen %s.", "es": "La pulsera pesa %s y sus piedras %s en total.",
	"it": "Il bracciale pesa %s e le pietre %s in tutto.", "pt": "A pulseira pesa %s e as pedras %s no total.",
	"nl": "De armband weegt %s en de stenen samen %s.", "da": "Armbåndet vejer %s og stenene i alt %s.",
	"nb": "Armbåndet veier %s og steinene til sammen %s.", "sv": "Armbandet väger %s och stenarna totalt %s.",
	"fi": "Rannekoru painaa %s ja kivet yhteensä %s.", "pl": "Bransoletka waży %s, a kamienie łącznie %s.",
	"cs": "Náramek váží %s a kameny celkem %s.", "tr": "Bileklik %s ağırlığında, taşlar toplam %s.",
	"el": "Το βραχιόλι ζυγίζει %s και οι πέτρες συνολικά %s.", "ar": "يزن السوار %s ويبلغ وزن الأحجار %s.",
	"ja": "ブレスレットの重さは%s、石の合計は%sです。", "ko": "팔찌 무게는 %s, 스톤 총중량은 %s입니다.",
	"zh-CN": "这款手链以黄金打造，重量为%s，镶嵌的宝石总重%s，佩戴起来轻盈舒适，适合日常搭配。",
	"zh-TW": "這款手鍊以黃金打造，重量為%s，鑲嵌的寶石總重%s，佩戴起來輕盈舒適，適合日常搭配。",
}

// TestKindsWeightUnitsEveryLocale: a metal weight restated in ounces and a
// carat weight in milligrams are compared after conversion (1 oz =
// 28.35 g, 1 ct = 200 mg): true ones pass, a wrong one blocks.
func TestKindsWeightUnitsEveryLocale(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	p := unitBracelet
	p.Attributes = map[string]string{"weight": "3.2 g"}
	p.TotalCaratWeight = 0.5
	p.Stones = []core.Stone{{Type: "diamond", Colour: "clear", Count: 5, Origin: core.OriginNatural}}
	var tables []kindTable
	perLocale(t, weighByLang, "weight", func(loc string, f string, in func([]string) []lt) {
		tables = append(tables,
			kindTable{"weights restated " + loc, p, "", in([]string{fmt.Sprintf(f, "3.2 g (0.11 oz)", "0.5 ct (100 mg)")})},
			kindTable{"wrong ounces " + loc, p, CatGrounding, in([]string{fmt.Sprintf(f, "3.2 g (0.2 oz)", "0.5 ct")})},
			kindTable{"wrong milligrams " + loc, p, CatGrounding, in([]string{fmt.Sprintf(f, "3.2 g", "0.5 ct (150 mg)")})},
		)
	})
	runKinds(t, c, guide(t), tables)
}
