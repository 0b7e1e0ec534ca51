package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of the thirty-eighth session's misses (released 44A/44B, probe
// 44C).
var (
	miss44Chrysocolla = core.Product{SKU: "M44C", Name: "Chrysocolla Studs", Category: "earrings", Collection: "Heritage",
		Materials: []string{"18k gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k"}},
		Stones: []core.Stone{{Type: "chrysocolla", Colour: "blue-green", Count: 2, Origin: "natural", Treatment: "stabilised"}}, Colours: []string{"gold", "blue-green"}}
	miss44Ruthenium = core.Product{SKU: "M44R", Name: "Ruthenium Bar Necklace", Category: "necklace", Collection: "Reflexions",
		Materials: []string{"sterling silver", "black ruthenium plating", "black spinel"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "black ruthenium", Fineness: "925"}},
		Stones: []core.Stone{{Type: "black spinel", Colour: "black", Count: 3, Origin: "natural"}}, Colours: []string{"black"}}
	miss44Zirconia = core.Product{SKU: "M44Z", Name: "Ceramic Band Ring", Category: "ring", Collection: "Moments",
		Materials: []string{"black ceramic", "sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 5, Origin: "simulant"}}, Colours: []string{"black", "silver"}}
	miss44Andalusite = core.Product{SKU: "M44A", Name: "Andalusite Drop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "andalusite"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "andalusite", Colour: "green-brown", Count: 2, Origin: "natural"}, {Type: "cubic zirconia", Colour: "clear", Count: 6, Origin: "simulant"}}, Colours: []string{"silver", "green", "brown"}}
	miss44YellowPearl = core.Product{SKU: "M44P", Name: "Pearl Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"14k yellow gold", "freshwater pearl"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 2, Origin: "natural"}}, Colours: []string{"gold", "white"}}
)

// TestKindsMiss44 (#13, miss44): bad copy that passed at the thirty-eighth
// session's start, six kinds.
//
// complaint44: a health claim told as tradition or hearsay whose object is a
// bodily complaint named by its part of the body ("Halsbeschwerden lindern
// soll", "據說能舒緩喉嚨不適"; data/<lang>/concepts-complaint44.yaml). A
// comfort fit that eases discomfort, pressure or burden stays copy.
func TestKindsMiss44(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "claim", []kindRow{
		{"de-DE", "Traditionell trägt man den Stein nah am Hals, weil er Halsbeschwerden lindern soll.", miss44Chrysocolla, true},
		{"de-DE", "Der Stein soll Halsschmerzen lindern.", miss44Chrysocolla, true},
		{"de-DE", "Man sagt, der Stein lindere Kopfschmerzen.", miss44Chrysocolla, true},
		{"de-DE", "Der Stein soll bei Halsbeschwerden helfen.", miss44Chrysocolla, true},
		{"de-DE", "Er soll Rückenschmerzen lindern und Menstruationsbeschwerden mildern.", miss44Chrysocolla, true},
		{"zh-TW", "傳統上配戴於頸間，據說能舒緩喉嚨不適。", miss44Chrysocolla, true},
		{"zh-CN", "传统上佩戴于颈间，据说能舒缓喉咙不适。", miss44Chrysocolla, true},
		{"zh-TW", "據說能緩解頭痛。", miss44Chrysocolla, true},
		{"zh-CN", "据说能缓解喉咙痛。", miss44Chrysocolla, true},
		{"zh-CN", "据说可以舒缓经痛。", miss44Chrysocolla, true},
		{"ja-JP", "伝統的に首元に身につけ、喉の不調を和らげるといわれています。", miss44Chrysocolla, true},
		{"ja-JP", "喉の痛みを和らげると言われています。", miss44Chrysocolla, true},
		{"ko-KR", "전통적으로 목 가까이 착용하며, 목의 불편함을 완화한다고 알려져 있습니다.", miss44Chrysocolla, true},
		{"ko-KR", "인후통을 덜어 준다고 합니다.", miss44Chrysocolla, true},
		{"en-GB", "Traditionally it is worn close to the throat, as it is said to soothe sore throats.", miss44Chrysocolla, true},
		{"en-US", "It is said to ease throat complaints.", miss44Chrysocolla, true},
		{"en-GB", "It is believed to relieve headaches.", miss44Chrysocolla, true},
		{"fr-FR", "Traditionnellement porté près de la gorge, il apaiserait les maux de gorge.", miss44Chrysocolla, true},
		{"fr-CA", "On dit qu'elle soulage les maux de gorge.", miss44Chrysocolla, true},
		{"es-ES", "Tradicionalmente se lleva cerca del cuello, porque se dice que alivia las molestias de garganta.", miss44Chrysocolla, true},
		{"es-MX", "Se dice que alivia el dolor de garganta.", miss44Chrysocolla, true},
		{"it-IT", "Tradizionalmente si porta vicino alla gola, perché si dice che allevi i disturbi della gola.", miss44Chrysocolla, true},
		{"pt-PT", "Tradicionalmente usa-se junto ao pescoço, pois diz-se que alivia as dores de garganta.", miss44Chrysocolla, true},
		{"pt-BR", "Diz-se que alivia o desconforto na garganta.", miss44Chrysocolla, true},
		{"nl-NL", "Traditioneel draagt men de steen dicht bij de hals, omdat hij keelklachten zou verlichten.", miss44Chrysocolla, true},
		{"nl-NL", "De steen zou keelpijn verzachten.", miss44Chrysocolla, true},
		{"sv-SE", "Traditionellt bärs stenen nära halsen, eftersom den sägs lindra halsbesvär.", miss44Chrysocolla, true},
		{"da-DK", "Traditionelt bæres stenen tæt på halsen, da den siges at lindre halsgener.", miss44Chrysocolla, true},
		{"nb-NO", "Tradisjonelt bæres steinen nær halsen, fordi den sies å lindre halsplager.", miss44Chrysocolla, true},
		{"fi-FI", "Perinteisesti kiveä on kannettu lähellä kaulaa, sillä sen sanotaan lievittävän kurkkuvaivoja.", miss44Chrysocolla, true},
		{"pl-PL", "Tradycyjnie nosi się go blisko szyi, bo ma łagodzić dolegliwości gardła.", miss44Chrysocolla, true},
		{"pl-PL", "Mówi się, że łagodzi ból gardła.", miss44Chrysocolla, true},
		{"cs-CZ", "Tradičně se nosí blízko krku, protože prý zmírňuje potíže s krkem.", miss44Chrysocolla, true},
		{"cs-CZ", "Říká se, že ulevuje od bolesti v krku.", miss44Chrysocolla, true},
		{"tr-TR", "Geleneksel olarak boyna yakın takılır, çünkü boğaz rahatsızlıklarını hafiflettiğine inanılır.", miss44Chrysocolla, true},
		{"el-GR", "Παραδοσιακά φοριέται κοντά στον λαιμό, καθώς λέγεται ότι ανακουφίζει τον πονόλαιμο.", miss44Chrysocolla, true},
		{"ar-AE", "يُرتدى تقليديًا قرب العنق، إذ يُقال إنه يخفف آلام الحلق.", miss44Chrysocolla, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "The rounded inner edge eases discomfort on long days.", miss44Chrysocolla, false},
		{"es-ES", "El interior suavizado evita molestias durante todo el día.", miss44Chrysocolla, false},
		{"pt-PT", "O interior arredondado atenua o desconforto ao longo do dia.", miss44Chrysocolla, false},
		{"it-IT", "Il profilo arrotondato attenua i fastidi e si indossa tutto il giorno.", miss44Chrysocolla, false},
		{"ko-KR", "둥근 안쪽 면이 착용 시 불편함을 완화해 줍니다.", miss44Chrysocolla, false},
		{"zh-CN", "圆润的内圈可减轻佩戴时的不适感。", miss44Chrysocolla, false},
		{"ja-JP", "軽量なので耳への負担を軽減します。", miss44Chrysocolla, false},
		{"tr-TR", "Gün boyu rahatsızlık hissetmeden taşıyabilirsiniz.", miss44Chrysocolla, false},
		{"fi-FI", "Perhoslukko helpottaa pukemista vaivattomasti.", miss44Chrysocolla, false},
		{"sv-SE", "Den bärs utan besvär hela dagen.", miss44Chrysocolla, false},
		{"de-DE", "Die abgerundete Innenseite lindert den Druck, sodass die Ohrstecker ohne Beschwerden sitzen.", miss44Chrysocolla, false},
		{"nl-NL", "Klachten over je bestelling? Onze klantenservice helpt je graag.", miss44Chrysocolla, false},
		{"fr-FR", "Le fermoir papillon soulage le lobe et se porte sans gêne.", miss44Chrysocolla, false},
		{"pl-PL", "Lekkie kolczyki nie obciążają płatka ucha i łagodzą nacisk zapięcia.", miss44Chrysocolla, false},
		{"cs-CZ", "Lehké náušnice zmírňují tlak na ušní lalůček.", miss44Chrysocolla, false},
	})
}

// TestKindsMiss44Vocab: stone names the vocabularies lacked: moissanite as
// Taiwan names it (碳矽石) and the mineral books' names (碳硅石, 莫瓦桑石),
// Taiwan's everyday names of turquoise, garnet, kunzite, topaz and
// alexandrite, Japanese モイサナイト (zh-CN, ja-JP vocab.yaml); Dutch stones in
// the diminutive (granaatjes, robijntjes; nl-NL vocab.yaml), not "pareltje"
// (a treasure).
func TestKindsMiss44Vocab(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"zh-TW", "五顆碳矽石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆碳矽石鑽沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-CN", "五颗碳硅石沿着戒圈闪烁。", miss44Zirconia, true},
		{"zh-TW", "五顆莫瓦桑石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-CN", "五颗莫桑石沿着戒圈闪烁。", miss44Zirconia, true},
		{"ja-JP", "5石のモアサナイトが輝きます。", miss44Zirconia, true},
		{"ja-JP", "5石のモイサナイトが輝きます。", miss44Zirconia, true},
		{"ko-KR", "모이사나이트 다섯 개가 반짝입니다.", miss44Zirconia, true},
		{"fi-FI", "Viisi moissaniittia kimaltaa kiskossa.", miss44Zirconia, true},
		{"fi-FI", "Kiskossa kimaltaa moissaniitteja.", miss44Zirconia, true},
		{"pl-PL", "Pięć moissanitów lśni na obrączce, a szyna z moissanitu błyszczy.", miss44Zirconia, true},
		{"pl-PL", "Obrączka z moissanitem.", miss44Zirconia, true},
		{"pl-PL", "Pierścionek z moissanitu.", miss44Zirconia, true},
		{"cs-CZ", "Prsten s moissanitem, kámen z moissanitu.", miss44Zirconia, true},
		{"cs-CZ", "Pět moissanitů září.", miss44Zirconia, true},
		{"nb-NO", "Fem moissanitter glitrer.", miss44Zirconia, true},
		{"sv-SE", "Fem moissaniter glittrar.", miss44Zirconia, true},
		{"it-IT", "Cinque moissaniti brillano.", miss44Zirconia, true},
		{"pt-PT", "Cinco moissanites brilham.", miss44Zirconia, true},
		{"el-GR", "Πέντε μουασανίτες λάμπουν.", miss44Zirconia, true},
		{"tr-TR", "Beş moissanit taşı parlıyor.", miss44Zirconia, true},
		{"tr-TR", "Beş mozanit taşıyla parlıyor.", miss44Zirconia, true},
		{"nl-NL", "Vijf moissanieten schitteren.", miss44Zirconia, true},
		{"de-DE", "Fünf Moissaniten funkeln.", miss44Zirconia, true},
		{"en-GB", "Five moissanites sparkle.", miss44Zirconia, true},
		{"zh-TW", "五顆亞歷山大變色石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆孔賽石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆拓帕石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆石榴子石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆紫牙烏沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆土耳其石沿著戒圈閃爍。", miss44Zirconia, true},
		{"zh-TW", "五顆莫瓦桑石沿著戒圈閃爍。", miss44Zirconia, true},
		{"ja-JP", "5石のモイサナイトが輝きます。", miss44Zirconia, true},
		{"nl-NL", "Elke druppel is 28 mm lang, omlijst door drie kleine granaatjes en hangt aan een eenvoudige haak.", miss44Andalusite, true},
		{"nl-NL", "Elke druppel is omlijst door drie kleine granaten.", miss44Andalusite, true},
		{"nl-NL", "Elke druppel is omlijst door drie kleine robijntjes.", miss44Andalusite, true},
		{"nl-NL", "Elke druppel is omlijst door drie kleine saffiertjes.", miss44Andalusite, true},
		{"nl-NL", "Elke druppel is omlijst door drie kleine smaragdjes.", miss44Andalusite, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"nl-NL", "Elke druppel is omlijst door drie kleine zirkoontjes.", miss44Andalusite, false},
		{"nl-NL", "Elke druppel is omlijst door drie kleine steentjes.", miss44Andalusite, false},
		{"nl-NL", "Twee andalusietjes, elk omlijst door drie kleine zirkonia's.", miss44Andalusite, false},
		{"nl-NL", "Deze oorbellen zijn een echt pareltje in je collectie.", miss44Andalusite, false},
	})
}

// TestKindsMiss44Base: Arabic قاعدة, a piece's base (its mount) as well as a
// rule, was an other noun, so "مثبتة على قاعدة من الذهب الأبيض عيار 14" on a
// yellow gold piece passed (released 44B ar-AE 44B102-3); the golden rule
// ("قاعدة ذهبية في اختيار الهدايا") still passes. The other 24 locales name
// the base's metal already (twins).
func TestKindsMiss44Base(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"ar-AE", "تستقر في كل قرط لؤلؤة مياه عذبة بيضاء قطرها 6 مم، مثبتة على قاعدة من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة على قاعدة من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة على قاعدة من الذهب الأبيض.", miss44YellowPearl, true},
		{"ar-AE", "القرط مصنوع من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "قاعدة من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "على قاعدة من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة على قاعدة ذهب أبيض عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة على قاعدة من الذهب الوردي عيار 14.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة على قاعدة من الفضة عيار 925.", miss44YellowPearl, true},
		{"ar-AE", "مثبتة في إطار من الذهب الأبيض عيار 14.", miss44YellowPearl, true},
		{"en-GB", "Each pearl sits on a base of 14k white gold.", miss44YellowPearl, true},
		{"en-US", "Each pearl is mounted on a 14k white gold base.", miss44YellowPearl, true},
		{"fr-FR", "Chaque perle repose sur une base en or blanc 14 carats.", miss44YellowPearl, true},
		{"fr-CA", "Chaque perle est fixée sur un socle en or blanc 14 carats.", miss44YellowPearl, true},
		{"es-ES", "Cada perla se asienta sobre una base de oro blanco de 14 quilates.", miss44YellowPearl, true},
		{"es-MX", "Cada perla descansa sobre una base de oro blanco de 14k.", miss44YellowPearl, true},
		{"it-IT", "Ogni perla poggia su una base in oro bianco 14 carati.", miss44YellowPearl, true},
		{"pt-PT", "Cada pérola assenta numa base de ouro branco de 14 quilates.", miss44YellowPearl, true},
		{"pt-BR", "Cada pérola fica sobre uma base de ouro branco 14k.", miss44YellowPearl, true},
		{"de-DE", "Jede Perle sitzt auf einer Basis aus 14 Karat Weißgold.", miss44YellowPearl, true},
		{"de-DE", "Jede Perle sitzt auf einem Sockel aus 14 Karat Weißgold.", miss44YellowPearl, true},
		{"nl-NL", "Elke parel rust op een basis van 14 karaat witgoud.", miss44YellowPearl, true},
		{"sv-SE", "Varje pärla vilar på en bas av 14 karat vitguld.", miss44YellowPearl, true},
		{"da-DK", "Hver perle hviler på en base af 14 karat hvidguld.", miss44YellowPearl, true},
		{"nb-NO", "Hver perle hviler på en base av 14 karat hvitt gull.", miss44YellowPearl, true},
		{"fi-FI", "Jokainen helmi lepää 14 karaatin valkokultaisella alustalla.", miss44YellowPearl, true},
		{"pl-PL", "Każda perła spoczywa na podstawie z 14-karatowego białego złota.", miss44YellowPearl, true},
		{"cs-CZ", "Každá perla spočívá na základně ze 14karátového bílého zlata.", miss44YellowPearl, true},
		{"tr-TR", "Her inci 14 ayar beyaz altın bir taban üzerinde durur.", miss44YellowPearl, true},
		{"el-GR", "Κάθε μαργαριτάρι στηρίζεται σε βάση από λευκό χρυσό 14 καρατίων.", miss44YellowPearl, true},
		{"ja-JP", "それぞれのパールは14金ホワイトゴールドの台座に留められています。", miss44YellowPearl, true},
		{"ko-KR", "각 진주는 14K 화이트 골드 받침 위에 고정되어 있습니다.", miss44YellowPearl, true},
		{"zh-CN", "每颗珍珠都镶嵌在14K白金底座上。", miss44YellowPearl, true},
		{"zh-TW", "每顆珍珠都鑲嵌在14K白金底座上。", miss44YellowPearl, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"ar-AE", "قاعدة ذهبية في اختيار الهدايا: البساطة.", miss44YellowPearl, false},
		{"ar-AE", "تستقر في كل قرط لؤلؤة مياه عذبة بيضاء قطرها 6 مم، مثبتة على قاعدة من الذهب الأصفر عيار 14.", miss44YellowPearl, false},
	})
}

// TestKindsMiss44Swedish: a Swedish sentence inside Finnish copy ("Den
// passar till allt.", probe 44C fi-FI 44C101-3): Swedish is a close
// language of fi-FI (fi-FI pack.yaml identity.close.sv).
func TestKindsMiss44Swedish(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "locale", []kindRow{
		{"fi-FI", "Käytä sormusta yksinään tai kapeiden hopeasormusten kanssa. Den passar till allt. Sileä keramiikka tuntuu iholla viileältä ja samettiselta.", miss44Zirconia, true},
		{"fi-FI", "Käytä sormusta yksinään. Den passar till allt och är lätt att bära. Sileä keramiikka tuntuu iholla viileältä.", miss44Zirconia, true},
		{"fi-FI", "Käytä sormusta yksinään. Ringen passar till allt. Sileä keramiikka tuntuu iholla viileältä.", miss44Zirconia, true},
		{"fi-FI", "Käytä sormusta yksinään. Den är perfekt för varje dag. Sileä keramiikka tuntuu iholla viileältä.", miss44Zirconia, true},
		{"fi-FI", "Käytä sormusta yksinään. Ett smycke för livet. Sileä keramiikka tuntuu iholla viileältä.", miss44Zirconia, true},
	})
	checkKindRows(t, svc, "", []kindRow{
		{"fi-FI", "Sormus sopii Helsingin (Helsingfors) kävelyille ja Turun (Åbo) iltoihin, ja se on kaunis lahja.", miss44Zirconia, false},
		{"fi-FI", "Moments-malliston sormus on suunniteltu Tukholmassa, ja sen nimi Tillsammans tarkoittaa yhdessä.", miss44Zirconia, false},
		{"fi-FI", "Käytä sormusta yksinään tai kapeiden hopeasormusten kanssa, ja yhdistä se farkkujen kanssa.", miss44Zirconia, false},
	})
}
