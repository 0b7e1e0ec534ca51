package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsConstituents47 (#13, constituents47), after
// released 47B and probe 47C/47D.
var (
	cons47Argentium = core.Product{SKU: "CN47A", Name: "Malachite Disc Pendant", Category: "necklace", Collection: "Heritage", Materials: []string{"Argentium silver (935)", "malachite"},
		Metals: []core.Metal{{Base: "Argentium silver", Fineness: "935"}}, Stones: []core.Stone{{Type: "malachite", Colour: "green", Count: 1, Origin: core.OriginNatural, Treatment: "waxed"}},
		Colours: []string{"green", "silver"}}
	cons47Steel = core.Product{SKU: "CN47S", Name: "Malachite Disc Pendant", Category: "necklace", Collection: "Heritage", Materials: []string{"316L stainless steel", "malachite"},
		Metals: []core.Metal{{Base: "stainless steel"}}, Stones: []core.Stone{{Type: "malachite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "silver"}}
	cons47Triplet = core.Product{SKU: "CN47O", Name: "Tidepool Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "opal", Colour: "blue-green", Count: 1, Origin: core.OriginNatural, Treatment: "assembled triplet"}},
		Colours: []string{"blue", "green", "silver"}}
	cons47SolidOpal = core.Product{SKU: "CN47P", Name: "Tidepool Pendant", Category: "pendant", Collection: "Essence", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "opal", Colour: "blue-green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"blue", "green", "silver"}}
	cons47Onyx = core.Product{SKU: "CN47N", Name: "Onyx Signet Ring", Category: "ring", Collection: "Reflexions", Materials: []string{"18k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "onyx", Colour: "black", Count: 1, Origin: core.OriginNatural, Treatment: "dyed"}},
		Colours: []string{"black", "rose gold"}}
	cons47Beryllium = core.Product{SKU: "CN47B", Name: "Ember Ring", Category: "ring", Collection: "Lumière", Materials: []string{"18k yellow gold"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "sapphire", Colour: "orange", Count: 1, Origin: core.OriginNatural, Treatment: "beryllium-diffused"}},
		Colours: []string{"orange", "yellow gold"}}
)

// TestKindsConstituents47 (#13, constituents47): copy that explains what
// the piece's own material is made of, or how its stone is made, names
// the constituents, and grounding read each as a material or stone of the
// piece. (1) Argentium silver explained as sterling with part of its
// copper replaced by germanium ("some of the copper is replaced with
// germanium", "sustituye parte del cobre por germanio", "استُبدل فيها جزء
// من النحاس"): a partitive of the own alloy's base metal beside a word of
// replacement (contrast.go alloyReplaced; pack lists alloy_replace_words,
// alloy_part_before, alloy_part_after). (2) ar "وعلى عكس" (and unlike)
// with the clitic و is a contrast_before word. (3) An opal triplet's clear
// quartz cap: canon treatment_components (an assembled stone's quartz,
// rock crystal, glass, obsidian) beside a word of the assembly's parts
// (assembly_parts; assembled.go). (4) el βηρύλλιο/βηρυλλίου is the element
// beryllium, not beryl. (5) ar "العقيق اليماني الأسود" (black "Yemeni
// agate") is onyx. The same words said of the piece still block.
func TestKindsConstituents47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	ag, op, on, be := cons47Argentium, cons47Triplet, cons47Onyx, cons47Beryllium
	checkKindRows(t, svc, "grounding", []kindRow{
		// failing before: the released and probe sentences
		{"en-AU", "Argentium is a 935 silver in which some of the copper is replaced with germanium, so it tarnishes more slowly than traditional sterling silver.", ag, false},
		{"es-ES", "La plata Argentium, de ley 935, sustituye parte del cobre por germanio, por lo que se oscurece más despacio que la plata de ley tradicional.", ag, false},
		{"fr-FR", "L'Argentium est un argent 935 dans lequel une partie du cuivre est remplacée par du germanium : il ternit plus lentement que l'argent sterling traditionnel.", ag, false},
		{"pt-BR", "A prata Argentium tem teor 935 e troca parte do cobre por germânio, por isso escurece mais devagar que a prata 925 tradicional.", ag, false},
		{"ar-AE", "أما فضة Argentium فهي فضة عيار 935 استُبدل فيها جزء من النحاس بالجرمانيوم، لذا تتأكسد ببطء أكبر من الفضة الإسترلينية التقليدية.", ag, false},
		{"ar-AE", "أما فضة Argentium فهي فضة عيار 935 استُبدل فيها جزء من النحاس بالجرمانيوم؛ وعلى عكس القطع المطلية بالفضة، فهي فضة في كامل سُمكها.", ag, false},
		{"en-GB", "A triplet is built from three layers: a thin slice of natural opal, a dark backing that deepens its play of colour, and a clear quartz cap that protects the surface.", op, false},
		{"ar-AE", "يجمع خاتم Onyx Signet من مجموعة Reflexions بين واجهة من العقيق اليماني الأسود بعرض 11 مم. ينتمي العقيق اليماني (الأونيكس) إلى عائلة العقيق، ومثل معظم الأونيكس الأسود في الأسواق، فإن حجرنا مصبوغ.", on, false},
		{"el-GR", "Το ζεστό χρώμα του ζαφειριού οφείλεται στη διάχυση βηρυλλίου: η πέτρα θερμαίνεται περίπου στους 1.800 °C μαζί με βηρύλλιο, που διεισδύει στον κρύσταλλο.", be, false},
	})
	// twins: part of the copper replaced, every locale
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Argentium is a 935 silver in which some of the copper is replaced with germanium.", ag, false},
		{"en-US", "Argentium is a 935 silver in which part of the copper is replaced by germanium.", ag, false},
		{"en-AU", "Argentium silver swaps some of the copper for germanium.", ag, false},
		{"de-DE", "Argentium ist ein 935er Silber, in dem ein Teil des Kupfers durch Germanium ersetzt ist, daher läuft es langsamer an.", ag, false},
		{"fr-FR", "L'Argentium est un argent 935 dans lequel une partie du cuivre est remplacée par du germanium.", ag, false},
		{"fr-CA", "L'argent Argentium remplace une partie du cuivre par du germanium, ce qui le fait ternir plus lentement.", ag, false},
		{"es-ES", "La plata Argentium, de ley 935, sustituye parte del cobre por germanio.", ag, false},
		{"es-MX", "La plata Argentium es una plata 935 en la que parte del cobre se reemplaza con germanio, así que se opaca más lento.", ag, false},
		{"it-IT", "L'argento Argentium è un argento 935 in cui parte del rame è sostituita dal germanio, quindi si ossida più lentamente.", ag, false},
		{"pt-PT", "A prata Argentium é uma prata 935 em que parte do cobre é substituída por germânio, por isso escurece mais devagar.", ag, false},
		{"pt-BR", "A prata Argentium tem teor 935 e troca parte do cobre por germânio.", ag, false},
		{"nl-NL", "Argentium is 935 zilver waarin een deel van het koper is vervangen door germanium, waardoor het langzamer aanslaat.", ag, false},
		{"sv-SE", "Argentium är ett 935-silver där en del av kopparn har ersatts med germanium, så det mörknar långsammare.", ag, false},
		{"da-DK", "Argentium er et 935-sølv, hvor noget af kobberet er erstattet af germanium, så det anløber langsommere.", ag, false},
		{"nb-NO", "Argentium er et 935-sølv der noe av kobberet er erstattet med germanium, så det anløper saktere.", ag, false},
		{"fi-FI", "Argentium on 935-hopeaa, jossa osa kuparista on korvattu germaniumilla, joten se tummuu hitaammin.", ag, false},
		{"pl-PL", "Argentium to srebro próby 935, w którym część miedzi zastąpiono germanem, dlatego ciemnieje wolniej.", ag, false},
		{"cs-CZ", "Argentium je stříbro ryzosti 935, v němž je část mědi nahrazena germaniem, a proto černá pomaleji.", ag, false},
		{"tr-TR", "Argentium, bakırın bir kısmının yerine germanyum kullanılan 935 ayar bir gümüştür; bu nedenle daha yavaş kararır.", ag, false},
		{"el-GR", "Το Argentium είναι ασήμι 935 στο οποίο μέρος του χαλκού έχει αντικατασταθεί από γερμάνιο, γι' αυτό μαυρίζει πιο αργά.", ag, false},
		{"ar-AE", "أما فضة Argentium فهي فضة عيار 935 استُبدل فيها جزء من النحاس بالجرمانيوم.", ag, false},
		{"ja-JP", "アルジェンティウムは銅の一部をゲルマニウムに替えた935シルバーで、変色がゆるやかです。", ag, false},
		{"ko-KR", "아르젠티움 실버는 구리의 일부를 게르마늄으로 대체한 935 실버로, 변색이 더 느립니다.", ag, false},
		{"zh-CN", "Argentium银为935银，以锗替代部分铜，比传统925银氧化得更慢。", ag, false},
		{"zh-TW", "Argentium銀為935銀，以鍺取代部分銅，比傳統925銀氧化得更慢。", ag, false},
	})
	// twins: an opal triplet's quartz cap, every locale
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "A triplet has three layers: a slice of opal, a dark backing and a cap of clear quartz.", op, false},
		{"en-US", "A triplet stacks a slice of opal on a dark backing under a quartz cap.", op, false},
		{"en-AU", "The thin opal layer is protected by a quartz dome.", op, false},
		{"de-DE", "Ein Triplet besteht aus drei Schichten: einer dünnen Scheibe Opal, einer dunklen Rückseite und einer Kappe aus klarem Quarz.", op, false},
		{"fr-FR", "Un triplet se compose de trois couches : une fine tranche d'opale, un fond sombre et une calotte de quartz.", op, false},
		{"fr-CA", "Un triplet se compose d'une fine tranche d'opale, d'un fond sombre et d'une calotte de quartz.", op, false},
		{"es-ES", "Un triplete se compone de tres capas: una fina lámina de ópalo, una base oscura y una cúpula de cuarzo transparente.", op, false},
		{"es-MX", "Un triplete tiene una fina lámina de ópalo, una base oscura y una cúpula de cuarzo.", op, false},
		{"it-IT", "Una tripletta è formata da tre strati: una sottile fetta di opale, un fondo scuro e una cupola di quarzo trasparente.", op, false},
		{"pt-PT", "Um triplo é formado por três camadas: uma fina lâmina de opala, uma base escura e uma cúpula de quartzo transparente.", op, false},
		{"pt-BR", "Um triplet é formado por uma fina lâmina de opala, uma base escura e uma cúpula de quartzo.", op, false},
		{"nl-NL", "Een triplet bestaat uit drie lagen: een dun plakje opaal, een donkere achterkant en een kap van helder kwarts.", op, false},
		{"sv-SE", "En triplett består av tre lager: en tunn skiva opal, en mörk baksida och en kupol av klar kvarts.", op, false},
		{"da-DK", "En triplet består af tre lag: en tynd skive opal, en mørk bagside og en kuppel af klar kvarts.", op, false},
		{"nb-NO", "En triplett består av tre lag: en tynn skive opal, en mørk bakside og en kuppel av klar kvarts.", op, false},
		{"fi-FI", "Tripletti koostuu ohuesta opaaliviipaleesta, tummasta taustasta ja kirkkaasta kvartsista tehdystä kuvusta.", op, false},
		{"pl-PL", "Tryplet składa się z trzech warstw: cienkiego plastra opalu, ciemnego podkładu i przezroczystej kopułki z kwarcu.", op, false},
		{"cs-CZ", "Triplet se skládá ze tří vrstev: tenkého plátku opálu, tmavého podkladu a čiré čepičky z křemene.", op, false},
		{"tr-TR", "Triplet üç katmandan oluşur: ince bir opal dilimi, koyu bir taban ve yüzeyi koruyan şeffaf bir kuvars kubbe.", op, false},
		{"el-GR", "Το τρίπλετ αποτελείται από τρεις στρώσεις: μια λεπτή φέτα οπάλιου, ένα σκούρο υπόστρωμα και έναν διαφανή θόλο χαλαζία.", op, false},
		{"ar-AE", "يتكوّن الحجر الثلاثي من ثلاث طبقات: شريحة رقيقة من الأوبال، وقاعدة داكنة، وقبة شفافة من الكوارتز تحمي السطح.", op, false},
		{"ja-JP", "トリプレットは、薄いオパールの層、暗色の裏打ち、表面を守るクォーツのキャップの三層でできています。", op, false},
		{"ko-KR", "트리플렛은 얇은 오팔 층, 어두운 받침, 쿼츠 캡의 세 층으로 이루어져 있습니다.", op, false},
		{"zh-CN", "三层拼合欧泊由薄薄的欧泊片、深色底层和保护表面的透明石英顶盖三层组成。", op, false},
		{"zh-TW", "三層拼合蛋白石由薄薄的蛋白石片、深色底層和保護表面的透明石英頂蓋三層組成。", op, false},
		// the element beryllium in Greek, and black Yemeni agate in Arabic
		{"el-GR", "Το πορτοκαλί χρώμα οφείλεται στη διάχυση βηρυλλίου.", be, false},
		{"el-GR", "Η πέτρα θερμαίνεται μαζί με βηρύλλιο.", be, false},
		{"ar-AE", "خاتم من العقيق اليماني الأسود.", on, false},
	})
	st, so := cons47Steel, cons47SolidOpal
	// bad twins: the same words said of the piece, or on a piece whose
	// metal holds no copper or whose stone is no assembly
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "This pendant is copper.", ag, true},
		{"en-GB", "The pendant replaces some of the silver with copper.", ag, true},
		{"en-GB", "Copper replaces part of the silver.", ag, true},
		{"fr-FR", "Une partie du cuivre est remplacée par du germanium dans ce pendentif.", ag, true},
		{"es-ES", "El colgante es de cobre; sustituye parte de la plata.", ag, true},
		{"ja-JP", "このペンダントは銅製で、銀の一部を替えました。", ag, true},
		{"zh-CN", "这条吊坠以铜替代部分银。", ag, true},
		{"en-GB", "Argentium is a 935 silver in which some of the copper is replaced with germanium.", st, true},
		{"de-DE", "Argentium ist ein 935er Silber, in dem ein Teil des Kupfers durch Germanium ersetzt ist.", st, true},
		{"ar-AE", "القلادة مطلية بالفضة.", ag, true},
		{"en-GB", "This pendant is set with a quartz.", op, true},
		{"en-GB", "The pendant has a quartz cap.", op, true},
		{"en-GB", "The triplet is quartz.", op, true},
		{"fr-FR", "Le triplet est en quartz.", op, true},
		{"de-DE", "Der Anhänger hat eine Kappe aus Quarz.", op, true},
		{"en-GB", "A triplet has three layers: a slice of opal, a dark backing and a cap of clear quartz.", so, true},
		{"el-GR", "Το δαχτυλίδι είναι με βήρυλλο.", be, true},
		{"el-GR", "Το δαχτυλίδι έχει ένα κόκκινο βηρύλλιο.", be, true},
		{"ar-AE", "خاتم من العقيق الأحمر.", on, true},
		{"ar-AE", "خاتم من العقيق اليماني الأسود.", be, true},
	})
}
