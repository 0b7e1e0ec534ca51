package grounding

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/locales"
)

// Table tests of the fact kinds of issue #13 that tune3 generalised, in
// every supported locale: number words past 24 (composed from tens and
// units), counts given per part ("four diamonds on each side", 两侧各镶),
// gold and silver called solid on a plated piece, and stones outside the
// former word lists. Each kind holds a true sentence (no blocking finding
// of the kind's rule) and a false one (blocked by it) per language; a
// locale reads its language's sentences (en-US, en-AU, es-MX, fr-CA,
// pt-PT and zh-TW share their parent's vocabulary).

// Products of the kinds, in canonical English as product data is.
var (
	factBracelet = core.Product{SKU: "K1", Name: "Line Bracelet", Category: "bracelet",
		Materials: []string{"sterling silver"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: core.OriginSimulant}},
		Colours:   []string{"silver"}}
	factBarRing = core.Product{SKU: "K2", Name: "Bar Ring", Category: "ring",
		Materials: []string{"18k white gold"},
		Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 8, Origin: core.OriginNatural},
			{Type: "sapphire", Colour: "blue", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "blue"}}
	factPlatedPendant = core.Product{SKU: "K3", Name: "Disc Pendant", Category: "pendant",
		Metals:  []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Colours: []string{"gold"}}
	factRhodiumDrops = core.Product{SKU: "K4", Name: "Leaf Drops", Category: "earrings",
		Metals:     []core.Metal{{Base: "brass", Plating: "rhodium"}},
		Colours:    []string{"silver"},
		Attributes: map[string]string{"ear wires": "sterling silver"}}
	factCharm = core.Product{SKU: "K5", Name: "Star Charm", Category: "charm",
		Materials: []string{"sterling silver"},
		Stones:    []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5}},
		Colours:   []string{"silver"}}
	factPlatedBangle = core.Product{SKU: "K7", Name: "Wave Bangle", Category: "bangle",
		Metals:  []core.Metal{{Base: "brass", Plating: "silver"}},
		Colours: []string{"silver"}}
	factGoldNecklace = core.Product{SKU: "K6", Name: "Drop Necklace", Category: "necklace",
		Materials:    []string{"14k yellow gold"},
		Colours:      []string{"gold"},
		Measurements: []core.Measurement{{Name: "chain length", Value: 45, Unit: "cm"}}}
)

type factKind struct {
	name    string
	product core.Product
	rule    string
	texts   map[string][2]string // language key -> {true, false}
}

var factKinds13 = []factKind{
	{name: "count_words", product: factBracelet, rule: RuleCount, texts: map[string][2]string{
		"en":    {"Thirty-eight clear cubic zirconia line the bracelet.", "Forty-two clear cubic zirconia line the bracelet."},
		"fr":    {"Trente-huit oxydes de zirconium ornent le bracelet.", "Quarante-deux oxydes de zirconium ornent le bracelet."},
		"de":    {"Achtunddreißig klare Zirkonia schmücken das Armband.", "Zweiundvierzig klare Zirkonia schmücken das Armband."},
		"it":    {"Trentotto zirconi trasparenti decorano il bracciale.", "Quarantadue zirconi trasparenti decorano il bracciale."},
		"es":    {"Treinta y ocho circonitas transparentes adornan la pulsera.", "Cuarenta y dos circonitas transparentes adornan la pulsera."},
		"pt":    {"Trinta e oito zircônias transparentes enfeitam a pulseira.", "Quarenta e duas zircônias transparentes enfeitam a pulseira."},
		"pt-PT": {"Trinta e oito zircónias transparentes enfeitam a pulseira.", "Quarenta e duas zircónias transparentes enfeitam a pulseira."},
		"nl":    {"Achtendertig heldere zirkonia's sieren de armband.", "Tweeënveertig heldere zirkonia's sieren de armband."},
		"sv":    {"Trettioåtta klara zirkonior pryder armbandet.", "Fyrtiotvå klara zirkonior pryder armbandet."},
		"da":    {"Otteogtredive klare zirkoniaer pryder armbåndet.", "Toogfyrre klare zirkoniaer pryder armbåndet."},
		"nb":    {"Trettiåtte klare zirkoniaer pryder armbåndet.", "Førtito klare zirkoniaer pryder armbåndet."},
		"fi":    {"Rannekorua koristaa kolmekymmentäkahdeksan kirkasta zirkoniaa.", "Rannekorua koristaa neljäkymmentäkaksi kirkasta zirkoniaa."},
		"pl":    {"Bransoletkę zdobi trzydzieści osiem przezroczystych cyrkonii.", "Bransoletkę zdobi czterdzieści dwie przezroczyste cyrkonie."},
		"cs":    {"Náramek zdobí třicet osm čirých zirkonů.", "Náramek zdobí čtyřicet dva čirých zirkonů."},
		"tr":    {"Bilekliği otuz sekiz şeffaf zirkon süslüyor.", "Bilekliği kırk iki şeffaf zirkon süslüyor."},
		"el":    {"Τριάντα οκτώ διάφανα ζιργκόν στολίζουν το βραχιόλι.", "Σαράντα δύο διάφανα ζιργκόν στολίζουν το βραχιόλι."},
		"ar":    {"يزين السوار ثمانية وثلاثون حجر زركون شفاف.", "يزين السوار اثنان وأربعون حجر زركون شفاف."},
		"ja":    {"三十八個の透明なキュービックジルコニアが並ぶブレスレット。", "四十二個の透明なキュービックジルコニアが並ぶブレスレット。"},
		"ko":    {"서른여덟 개의 투명한 큐빅 지르코니아가 장식된 팔찌입니다.", "마흔두 개의 투명한 큐빅 지르코니아가 장식된 팔찌입니다."},
		"zh":    {"手链镶嵌三十八颗透明立方氧化锆。", "手链镶嵌四十二颗透明立方氧化锆。"},
		"zh-TW": {"手鏈鑲嵌三十八顆透明立方氧化鋯。", "手鏈鑲嵌四十二顆透明立方氧化鋯。"},
	}},
	{name: "count_per_part", product: factBarRing, rule: RuleCount, texts: map[string][2]string{
		"en":    {"Four diamonds sit on each side of the sapphire.", "Three diamonds sit on each side of the sapphire."},
		"fr":    {"Quatre diamants de chaque côté du saphir.", "Trois diamants de chaque côté du saphir."},
		"de":    {"Vier Diamanten auf jeder Seite des Saphirs.", "Drei Diamanten auf jeder Seite des Saphirs."},
		"it":    {"Quattro diamanti su ogni lato dello zaffiro.", "Tre diamanti su ogni lato dello zaffiro."},
		"es":    {"Cuatro diamantes a cada lado del zafiro.", "Tres diamantes a cada lado del zafiro."},
		"pt":    {"Quatro diamantes de cada lado da safira.", "Três diamantes de cada lado da safira."},
		"nl":    {"Vier diamanten aan elke kant van de saffier.", "Drie diamanten aan elke kant van de saffier."},
		"sv":    {"Fyra diamanter på varje sida av safiren.", "Tre diamanter på varje sida av safiren."},
		"da":    {"Fire diamanter på hver side af safiren.", "Tre diamanter på hver side af safiren."},
		"nb":    {"Fire diamanter på hver side av safiren.", "Tre diamanter på hver side av safiren."},
		"fi":    {"Safiirin kummallakin puolella on neljä timanttia.", "Safiirin kummallakin puolella on kolme timanttia."},
		"pl":    {"Cztery diamenty z każdej strony szafiru.", "Trzy diamenty z każdej strony szafiru."},
		"cs":    {"Čtyři diamanty na každé straně safíru.", "Tři diamanty na každé straně safíru."},
		"tr":    {"Safirin her iki tarafında dört pırlanta var.", "Safirin her iki tarafında üç pırlanta var."},
		"el":    {"Τέσσερα διαμάντια σε κάθε πλευρά του ζαφειριού.", "Τρία διαμάντια σε κάθε πλευρά του ζαφειριού."},
		"ar":    {"أربعة ألماسات على كل جانب من الياقوت الأزرق.", "ثلاث ألماسات على كل جانب من الياقوت الأزرق."},
		"ja":    {"サファイアの両側に各4個のダイヤモンド。", "サファイアの両側に各3個のダイヤモンド。"},
		"ko":    {"사파이어 양쪽에 각각 네 개의 다이아몬드가 있습니다.", "사파이어 양쪽에 각각 세 개의 다이아몬드가 있습니다."},
		"zh":    {"蓝宝石两侧各镶四颗钻石。", "蓝宝石两侧各镶三颗钻石。"},
		"zh-TW": {"藍寶石兩側各鑲四顆鑽石。", "藍寶石兩側各鑲三顆鑽石。"},
	}},
	{name: "plating_solid_gold", product: factPlatedPendant, rule: RulePlating, texts: map[string][2]string{
		"en":    {"The pendant is 18k gold-plated sterling silver.", "The pendant is solid 18k gold."},
		"fr":    {"Le pendentif est en argent plaqué or 18 carats.", "Le pendentif est en or massif 18 carats."},
		"de":    {"Der Anhänger ist aus vergoldetem Sterlingsilber.", "Der Anhänger ist aus massivem Gold."},
		"it":    {"Il ciondolo è in argento placcato oro.", "Il ciondolo è in oro massiccio."},
		"es":    {"El colgante es de plata bañada en oro.", "El colgante es de oro macizo."},
		"pt":    {"O pingente é de prata banhada a ouro.", "O pingente é de ouro maciço."},
		"nl":    {"De hanger is van verguld sterling zilver.", "De hanger is van massief goud."},
		"sv":    {"Hänget är av förgyllt sterlingsilver.", "Hänget är av massivt guld."},
		"da":    {"Vedhænget er af forgyldt sterlingsølv.", "Vedhænget er af massivt guld."},
		"nb":    {"Anhenget er av forgylt sterlingsølv.", "Anhenget er av massivt 18 karat gull."},
		"fi":    {"Riipus on kullattua sterlinghopeaa.", "Riipus on massiivista kultaa."},
		"pl":    {"Zawieszka jest ze srebra pozłacanego.", "Zawieszka jest z litego złota."},
		"cs":    {"Přívěsek je z pozlaceného stříbra.", "Přívěsek je z ryzího zlata."},
		"tr":    {"Kolye ucu altın kaplama gümüşten yapılmıştır.", "Kolye ucu som altından yapılmıştır."},
		"el":    {"Το μενταγιόν είναι από επιχρυσωμένο ασήμι.", "Το μενταγιόν είναι από συμπαγή χρυσό."},
		"ar":    {"القلادة مصنوعة من الفضة المطلية بالذهب.", "القلادة مصنوعة من الذهب الخالص عيار 18."},
		"ja":    {"素材は18金メッキのシルバーです。", "素材は18金無垢です。"},
		"ko":    {"펜던트는 금도금 스털링 실버입니다.", "펜던트는 순금으로 만들었습니다."},
		"zh":    {"吊坠为镀金925银。", "吊坠由纯金打造。"},
		"zh-TW": {"吊墜為鍍金925銀。", "吊墜由純金打造。"},
	}},
	{name: "plating_solid_silver", product: factRhodiumDrops, rule: RulePlating, texts: map[string][2]string{
		"en":    {"Rhodium-plated brass drops.", "Drops of solid silver."},
		"fr":    {"Des gouttes en laiton rhodié.", "Des gouttes en argent massif."},
		"de":    {"Tropfen aus rhodiniertem Messing.", "Tropfen aus massivem Silber."},
		"it":    {"Gocce in ottone rodiato.", "Gocce in argento massiccio."},
		"es":    {"Gotas de latón rodiado.", "Gotas de plata maciza."},
		"pt":    {"Gotas de latão com banho de ródio.", "Gotas de prata maciça."},
		"nl":    {"Druppels van gerhodineerd messing.", "Druppels van massief zilver."},
		"sv":    {"Droppar av rodinerad mässing.", "Droppar av massivt silver."},
		"da":    {"Dråber af rhodineret messing.", "Dråber af massivt sølv."},
		"nb":    {"Dråper av rhodinert messing.", "Dråper av massivt sølv."},
		"fi":    {"Pisarat ovat rodinoitua messinkiä.", "Pisarat ovat puhdasta hopeaa."},
		"pl":    {"Krople z rodowanego mosiądzu.", "Krople z czystego srebra."},
		"cs":    {"Kapky z rhodiované mosazi.", "Kapky z ryzího stříbra."},
		"tr":    {"Damlalar rodyum kaplama pirinçten.", "Damlalar saf gümüşten."},
		"el":    {"Σταγόνες από επιροδιωμένο ορείχαλκο.", "Σταγόνες από καθαρό ασήμι."},
		"ar":    {"أقراط من النحاس المطلي بالروديوم.", "أقراط من الفضة الخالصة."},
		"ja":    {"ロジウムメッキの真鍮のしずく。", "純銀のしずく。"},
		"ko":    {"로듐 도금 황동 드롭.", "순은 드롭."},
		"zh":    {"镀铑黄铜耳坠。", "足银耳坠。"},
		"zh-TW": {"鍍銠黃銅耳墜。", "足銀耳墜。"},
	}},
	{name: "unknown_vocab", product: factCharm, rule: RuleStone, texts: map[string][2]string{
		"en":    {"Set with clear cubic zirconia.", "Set with a moissanite."},
		"fr":    {"Serti d'oxydes de zirconium.", "Serti d'une moissanite."},
		"de":    {"Mit klaren Zirkonia besetzt.", "Mit einem Tsavorit besetzt."},
		"it":    {"Con zirconi trasparenti.", "Con una tsavorite."},
		"es":    {"Con circonitas transparentes.", "Con una tsavorita."},
		"pt":    {"Com zircônias transparentes.", "Com uma moissanita."},
		"pt-PT": {"Com zircónias transparentes.", "Com uma tanzanita."},
		"nl":    {"Met heldere zirkonia's.", "Met een moissaniet."},
		"sv":    {"Med klara zirkonior.", "Med en moissanit."},
		"da":    {"Med klare zirkoniaer.", "Med en tanzanit."},
		"nb":    {"Med klare zirkoniaer.", "Med en moissanitt."},
		"fi":    {"Koristeena kirkkaat zirkoniat.", "Koristeena tansaniitteja."},
		"pl":    {"Z przezroczystymi cyrkoniami.", "Z moissanitem."},
		"cs":    {"S čirými zirkony.", "S moissanitem."},
		"tr":    {"Şeffaf zirkonlarla süslü.", "Tanzanitlerle süslü."},
		"el":    {"Με διάφανα ζιργκόν.", "Με τανζανίτη."},
		"ar":    {"مرصع بأحجار الزركون.", "مرصع بالتنزانيت."},
		"ja":    {"キュービックジルコニア付き。", "モアッサナイト付き。"},
		"ko":    {"큐빅 지르코니아로 장식했습니다.", "탄자나이트로 장식했습니다."},
		"zh":    {"镶嵌立方氧化锆。", "镶嵌莫桑石。"},
		"zh-TW": {"鑲嵌立方氧化鋯。", "鑲嵌莫桑石。"},
	}},
	{name: "measurement", product: factGoldNecklace, rule: RuleMeasurement, texts: map[string][2]string{
		"en":    {"It hangs on a chain of 45 centimetres.", "It hangs on a chain of 50 centimetres."},
		"fr":    {"Il est suspendu à une chaîne de 45 centimètres.", "Il est suspendu à une chaîne de 50 centimètres."},
		"de":    {"Er hängt an einer Kette von 45 Zentimetern.", "Er hängt an einer Kette von 50 Zentimetern."},
		"it":    {"Pende da una catena di 45 centimetri.", "Pende da una catena di 50 centimetri."},
		"es":    {"Cuelga de una cadena de 45 centímetros.", "Cuelga de una cadena de 50 centímetros."},
		"pt":    {"Pende de uma corrente de 45 centímetros.", "Pende de uma corrente de 50 centímetros."},
		"nl":    {"Hij hangt aan een ketting van 45 centimeter.", "Hij hangt aan een ketting van 50 centimeter."},
		"sv":    {"Den hänger i en kedja på 45 centimeter.", "Den hänger i en kedja på 50 centimeter."},
		"da":    {"Det hænger i en kæde på 45 centimeter.", "Det hænger i en kæde på 50 centimeter."},
		"nb":    {"Det henger i et kjede på 45 centimeter.", "Det henger i et kjede på 50 centimeter."},
		"fi":    {"Riipus roikkuu 45 senttimetrin ketjussa.", "Riipus roikkuu 50 senttimetrin ketjussa."},
		"pl":    {"Wisi na łańcuszku o długości 45 centymetrów.", "Wisi na łańcuszku o długości 50 centymetrów."},
		"cs":    {"Visí na řetízku dlouhém 45 centimetrů.", "Visí na řetízku dlouhém 50 centimetrů."},
		"tr":    {"45 santimetrelik bir zincire asılıdır.", "50 santimetrelik bir zincire asılıdır."},
		"el":    {"Κρέμεται από αλυσίδα 45 εκατοστών.", "Κρέμεται από αλυσίδα 50 εκατοστών."},
		"ar":    {"تتدلى من سلسلة بطول 45 سم.", "تتدلى من سلسلة بطول 50 سم."},
		"ja":    {"長さ45センチのチェーンに下がります。", "長さ50センチのチェーンに下がります。"},
		"ko":    {"45센티미터 체인에 달려 있습니다.", "50센티미터 체인에 달려 있습니다."},
		"zh":    {"吊坠挂在45厘米的链条上。", "吊坠挂在50厘米的链条上。"},
		"zh-TW": {"吊墜掛在45公分的鏈條上。", "吊墜掛在50公分的鏈條上。"},
	}},
	{name: "fineness", product: factGoldNecklace, rule: RuleKarat, texts: map[string][2]string{
		"en":    {"The necklace is 585 gold.", "The necklace is 750 gold."},
		"fr":    {"Le collier est en or 585.", "Le collier est en or 750."},
		"de":    {"Die Kette ist aus Gold 585.", "Die Kette ist aus Gold 750."},
		"it":    {"La collana è in oro 585.", "La collana è in oro 750."},
		"es":    {"El collar es de oro 585.", "El collar es de oro 750."},
		"pt":    {"O colar é de ouro 585.", "O colar é de ouro 750."},
		"nl":    {"De ketting is van 585 goud.", "De ketting is van 750 goud."},
		"sv":    {"Halsbandet är av 585 guld.", "Halsbandet är av 750 guld."},
		"da":    {"Halskæden er af 585 guld.", "Halskæden er af 750 guld."},
		"nb":    {"Halskjedet er av 585 gull.", "Halskjedet er av 750 gull."},
		"fi":    {"Kaulakoru on 585 kultaa.", "Kaulakoru on 750 kultaa."},
		"pl":    {"Naszyjnik jest ze złota 585.", "Naszyjnik jest ze złota 750."},
		"cs":    {"Náhrdelník je ze zlata 585.", "Náhrdelník je ze zlata 750."},
		"tr":    {"Kolye 585 altından yapılmıştır.", "Kolye 750 altından yapılmıştır."},
		"el":    {"Το κολιέ είναι από χρυσό 585.", "Το κολιέ είναι από χρυσό 750."},
		"ar":    {"القلادة من الذهب 585.", "القلادة من الذهب 750."},
		"ja":    {"ネックレスは585ゴールドです。", "ネックレスは750ゴールドです。"},
		"ko":    {"목걸이는 585 골드입니다.", "목걸이는 750 골드입니다."},
		"zh":    {"项链为585黄金。", "项链为750黄金。"},
		"zh-TW": {"項鍊為585黃金。", "項鍊為750黃金。"},
	}},
	{name: "plating_bare_silver", product: factPlatedBangle, rule: RulePlating, texts: map[string][2]string{
		"en":    {"The drops are made of silver. The brass is rhodium-plated.", "The drops are made of silver."},
		"fr":    {"Les gouttes sont en argent. Le laiton est rhodié.", "Les gouttes sont en argent."},
		"de":    {"Die Tropfen sind aus Silber. Das Messing ist rhodiniert.", "Die Tropfen sind aus Silber."},
		"it":    {"Le gocce sono in argento. L'ottone è rodiato.", "Le gocce sono in argento."},
		"es":    {"Las gotas son de plata. El latón está rodiado.", "Las gotas son de plata."},
		"pt":    {"As gotas são de prata. O latão é banhado a ródio.", "As gotas são de prata."},
		"nl":    {"De druppels zijn van zilver. Het messing is gerhodineerd.", "De druppels zijn van zilver."},
		"sv":    {"Dropparna är av silver. Mässingen är rodinerad.", "Dropparna är av silver."},
		"da":    {"Dråberne er af sølv. Messingen er rhodineret.", "Dråberne er af sølv."},
		"nb":    {"Dråpene er av sølv. Messingen er rhodinert.", "Dråpene er av sølv."},
		"fi":    {"Pisarat ovat hopeaa. Messinki on rodinoitu.", "Pisarat ovat hopeaa."},
		"pl":    {"Krople są ze srebra. Mosiądz jest rodowany.", "Krople są ze srebra."},
		"cs":    {"Kapky jsou ze stříbra. Mosaz je rhodiovaná.", "Kapky jsou ze stříbra."},
		"tr":    {"Damlalar gümüştendir. Pirinç rodyum kaplamadır.", "Damlalar gümüştendir."},
		"el":    {"Οι σταγόνες είναι ασημένιες. Ο ορείχαλκος έχει επιροδίωση.", "Οι σταγόνες είναι ασημένιες."},
		"ar":    {"الأقراط مصنوعة من الفضة. النحاس مطلي بالروديوم.", "الأقراط مصنوعة من الفضة."},
		"ja":    {"しずくはシルバー製です。真鍮にロジウムメッキを施しています。", "しずくはシルバー製です。"},
		"ko":    {"드롭은 실버로 만들었습니다. 황동에 로듐 도금을 했습니다.", "드롭은 실버로 만들었습니다."},
		"zh":    {"耳坠由银制成。黄铜表面镀铑。", "耳坠由银制成。"},
		"zh-TW": {"耳墜由銀製成。黃銅表面鍍銠。", "耳墜由銀製成。"},
	}},
}

// factLang is the key of a locale's sentences: its own, or its language's.
func factLang[T any](texts map[string]T, locale string) (string, bool) {
	if _, ok := texts[locale]; ok {
		return locale, true
	}
	lang := locale
	if i := len(locale) - 3; i > 0 && locale[i] == '-' {
		lang = locale[:i]
	}
	_, ok := texts[lang]
	return lang, ok
}

func TestKindsFacts13(t *testing.T) {
	t.Parallel()
	for _, k := range factKinds13 {
		for _, loc := range locales.Must().Supported() {
			key, ok := factLang(k.texts, loc)
			if !ok {
				t.Errorf("%s: no sentences for %s", k.name, loc)
				continue
			}
			for i, text := range k.texts[key] {
				wantBlock := i == 1
				fs := CheckWith(k.product.Resolved(), loc, text, Options{})
				got := false
				for _, f := range fs {
					if f.Rule == k.rule && f.Severity == core.SeverityBlock {
						got = true
					}
				}
				if got != wantBlock {
					t.Errorf("%s %s %q: blocked by %s = %v, want %v; findings %+v", k.name, loc, text, k.rule, got, wantBlock, fs)
				}
			}
		}
	}
}

// TestCollectionGluedToCJK: a collection name written against Japanese,
// Chinese or Korean text ("Heritageコレクション") is still the name.
func TestCollectionGluedToCJK(t *testing.T) {
	t.Parallel()
	p := factGoldNecklace
	p.Collection = "Aurora"
	for _, tc := range []struct{ loc, text string }{
		{"ja-JP", "このネックレスはHeritageコレクションの一品です。"},
		{"zh-CN", "这条项链属于Heritage系列。"},
		{"zh-TW", "這條項鍊屬於Heritage系列。"},
		{"ko-KR", "이 목걸이는 Heritage컬렉션의 제품입니다."},
	} {
		got := false
		for _, f := range CheckWith(p, tc.loc, tc.text, Options{Collections: []string{"Aurora", "Heritage"}}) {
			got = got || f.Rule == RuleCollection && f.Severity == core.SeverityBlock
		}
		if !got {
			t.Errorf("%s %q: the Heritage collection is not reported", tc.loc, tc.text)
		}
		own := strings.ReplaceAll(tc.text, "Heritage", "Aurora")
		for _, f := range CheckWith(p, tc.loc, own, Options{Collections: []string{"Aurora", "Heritage"}}) {
			if f.Rule == RuleCollection {
				t.Errorf("%s %q: own collection reported: %+v", tc.loc, own, f)
			}
		}
	}
}

// TestInflectedNumberIsNoCount: a number word read without a case ending
// is no count (Turkish "onun", "its", is not "on", ten, before "taşları"),
// while a Korean counter glued to the number ("여덟개의") keeps it one.
func TestInflectedNumberIsNoCount(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		loc, text string
		want      bool
	}{
		{"tr-TR", "Onun taşları şeffaf zirkonlardır.", false},
		{"tr-TR", "Ona on zirkon taşı eklendi.", true},
		{"ko-KR", "여덟개의 투명한 큐빅 지르코니아가 빛납니다.", true},
	} {
		got := false
		for _, f := range CheckWith(factCharm, tc.loc, tc.text, Options{}) {
			got = got || f.Rule == RuleCount
		}
		if got != tc.want {
			t.Errorf("%s %q: count finding %v, want %v", tc.loc, tc.text, got, tc.want)
		}
	}
}

// TestBareGoldOnPlated: gold named bare on a gold-plated piece whose
// plating the text never names is a plating finding of grounding itself
// (it was left to the checks package, which reads fewer languages).
func TestBareGoldOnPlated(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		loc, text string
		want      bool
	}{
		{"en-GB", "A ring of warm gold.", true},
		{"en-GB", "A ring of warm gold, plated over sterling silver.", false},
		{"it-IT", "Un anello in oro.", true},
		{"it-IT", "Un anello in argento placcato oro.", false},
		{"sv-SE", "En ring i guld.", true},
		{"sv-SE", "En ring i guld, pläterad på silver.", false},
	} {
		got := false
		for _, f := range CheckWith(platedRing, tc.loc, tc.text, Options{}) {
			got = got || f.Rule == RulePlating && f.Severity == core.SeverityBlock
		}
		if got != tc.want {
			t.Errorf("%s %q: plating finding %v, want %v", tc.loc, tc.text, got, tc.want)
		}
	}
}
