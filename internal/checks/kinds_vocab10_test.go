package checks

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// v10Stones are the stones and organics of the vocab10 tables (issue #13,
// closed vocabularies): words that most vocabularies did not know, so a
// turquoise, coral, jet, mother-of-pearl or amber named on a piece that has
// none passed, and named pearl kinds (Akoya, Tahitian, South Sea) that
// were read as any pearl, so "Akoya pearls" on a freshwater pearl passed.
var v10Stones = []string{"turquoise", "coral", "jet", "mother-of-pearl", "amber", "moonstone", "malachite", "tourmaline", "akoya pearl", "tahitian pearl", "south sea pearl"}

// v10StoneText is one language's sentence frame and the stone words in the
// case the frame asks for (Polish and Czech instrumental, Finnish
// partitive, Arabic with its preposition, French and Portuguese with
// their article), in the order of v10Stones; "" where the language has no
// common word for the stone.
type v10StoneText struct {
	frame string
	words []string
}

var v10StoneTexts = map[string]v10StoneText{
	"en":    {"The pendant is set with %s.", []string{"turquoise", "coral", "Whitby jet", "mother-of-pearl", "Baltic amber", "a moonstone", "malachite", "a tourmaline", "Akoya pearls", "Tahitian pearls", "South Sea pearls"}},
	"fr":    {"Le pendentif est orné %s.", []string{"d'une turquoise", "de corail", "de jais", "d'un cabochon en nacre", "d'ambre", "d'une pierre de lune", "de malachite", "d'une tourmaline", "de perles Akoya", "de perles de Tahiti", "de perles des mers du Sud"}},
	"de":    {"Der Anhänger ist mit %s besetzt.", []string{"Türkisen", "Koralle", "Gagat", "Perlmutt", "Bernstein", "Mondsteinen", "Malachit", "Turmalinen", "Akoya-Perlen", "Tahiti-Perlen", "Südseeperlen"}},
	"it":    {"Il ciondolo è impreziosito da %s.", []string{"un turchese", "corallo", "giaietto", "madreperla", "ambra", "una pietra di luna", "malachite", "una tormalina", "perle Akoya", "perle di Tahiti", "perle dei Mari del Sud"}},
	"es":    {"El colgante está adornado con %s.", []string{"una turquesa", "coral", "azabache", "nácar", "ámbar", "una piedra luna", "malaquita", "una turmalina", "perlas Akoya", "perlas de Tahití", "perlas de los Mares del Sur"}},
	"pt":    {"A peça é adornada com %s.", []string{"uma turquesa", "coral", "azeviche", "madrepérola", "âmbar", "uma pedra da lua", "malaquita", "uma turmalina", "pérolas Akoya", "pérolas do Taiti", "pérolas dos Mares do Sul"}},
	"nl":    {"De hanger is versierd met %s.", []string{"een turkoois", "bloedkoraal", "git", "parelmoer", "barnsteen", "maanstenen", "malachiet", "een toermalijn", "Akoya-parels", "Tahiti-parels", "zuidzeeparels"}},
	"sv":    {"Hänget är prytt med %s.", []string{"en turkos", "korall", "gagat", "pärlemor", "bärnsten", "månstenar", "malakit", "en turmalin", "akoyapärlor", "tahitipärlor", "söderhavspärlor"}},
	"da":    {"Vedhænget er prydet med %s.", []string{"en turkis", "koral", "gagat", "perlemor", "rav", "månesten", "malakit", "en turmalin", "akoyaperler", "tahitiperler", "sydhavsperler"}},
	"nb":    {"Anhenget er prydet med %s.", []string{"en turkis", "korall", "gagat", "perlemor", "rav", "månesteiner", "malakitt", "en turmalin", "akoyaperler", "tahitiperler", "sørhavsperler"}},
	"fi":    {"Riipuksessa on %s.", []string{"turkoosi", "korallia", "gagaattia", "helmiäistä", "meripihkaa", "kuukiviä", "malakiittia", "turmaliineja", "akoyahelmiä", "tahitinhelmiä", "Etelämeren helmiä"}},
	"pl":    {"Wisiorek jest ozdobiony %s.", []string{"turkusem", "koralem", "gagatem", "masą perłową", "bursztynem", "kamieniem księżycowym", "malachitem", "turmalinem", "perłami Akoya", "perłami z Tahiti", "perłami z Mórz Południowych"}},
	"cs":    {"Přívěsek je zdobený %s.", []string{"tyrkysem", "korálem", "gagátem", "perletí", "jantarem", "měsíčním kamenem", "malachitem", "turmalínem", "perlami Akoya", "tahitskými perlami", "perlami z Jižních moří"}},
	"tr":    {"Kolye ucu %s ile süslenmiş.", []string{"turkuaz", "mercan", "oltu taşı", "sedef", "kehribar", "ay taşı", "malakit", "turmalin", "Akoya incileri", "Tahiti incileri", "Güney Denizi incileri"}},
	"el":    {"Το μενταγιόν είναι διακοσμημένο με %s.", []string{"τιρκουάζ", "κοράλλι", "γαγάτη", "σεντέφι", "κεχριμπάρι", "φεγγαρόπετρα", "μαλαχίτη", "τουρμαλίνη", "μαργαριτάρια Akoya", "μαργαριτάρια Ταϊτής", "μαργαριτάρια των Νότιων Θαλασσών"}},
	"ar":    {"القلادة مزينة %s.", []string{"بالفيروز", "بالمرجان", "", "بعرق اللؤلؤ", "بالكهرمان", "بحجر القمر", "بالملكيت", "بالتورمالين", "بلآلئ أكويا", "بلآلئ تاهيتي", "بلآلئ البحار الجنوبية"}},
	"ja":    {"このペンダントには%sがあしらわれています。", []string{"ターコイズ", "珊瑚", "ジェット", "マザーオブパール", "琥珀", "ムーンストーン", "マラカイト", "トルマリン", "あこや真珠", "タヒチ真珠", "南洋真珠"}},
	"ko":    {"이 펜던트는 %s 장식이 특징입니다.", []string{"터키석", "산호", "흑옥", "자개", "호박석", "문스톤", "말라카이트", "투르말린", "아코야 진주", "타히티 진주", "남양 진주"}},
	"zh":    {"吊坠镶嵌%s。", []string{"绿松石", "珊瑚", "煤精", "珍珠母", "琥珀", "月光石", "孔雀石", "碧玺", "Akoya珍珠", "大溪地珍珠", "南洋珍珠"}},
	"zh-TW": {"吊墜鑲嵌%s。", []string{"綠松石", "珊瑚", "煤精", "珍珠母", "琥珀", "月光石", "孔雀石", "碧璽", "Akoya珍珠", "大溪地珍珠", "南洋珍珠"}},
}

// v10WithStone is a silver pendant whose one stone (or, for
// mother-of-pearl, whose inlay material) is s.
func v10WithStone(s string) core.Product {
	p := core.Product{SKU: "V10-" + s, Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	if s == "mother-of-pearl" {
		p.Materials = []string{"mother-of-pearl"}
	} else {
		p.Stones = []core.Stone{{Type: s, Count: 1}}
	}
	return p
}

// v10FreshwaterPendant is a silver pendant with one freshwater pearl: a
// named saltwater kind on it is another pearl.
var v10FreshwaterPendant = v10WithStone("freshwater pearl")

// TestKindsUnknownStone10 (issue #13: closed vocabularies, stone_wrong) in
// every supported locale: a stone or organic gem named in the copy that
// the product does not have blocks as grounding, in the language's own
// word and case; a named pearl kind (Akoya, Tahitian, South Sea) blocks
// on a freshwater pearl. The product's own stone in the same sentence
// passes.
func TestKindsUnknownStone10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var wrong, pearlKind []lt
	own := make([][]lt, len(v10Stones))
	perLocale(t, v10StoneTexts, "stone", func(loc string, x v10StoneText, _ func([]string) []lt) {
		if len(x.words) != len(v10Stones) {
			t.Fatalf("%s: %d stone words for %d stones", loc, len(x.words), len(v10Stones))
		}
		for i, w := range x.words {
			if w == "" {
				continue
			}
			row := lt{loc, fmt.Sprintf(x.frame, w)}
			wrong = append(wrong, row)
			own[i] = append(own[i], row)
			if i >= len(v10Stones)-3 {
				pearlKind = append(pearlKind, row)
			}
		}
	})
	tables := []kindTable{
		{"a stone or organic the piece lacks", c9ZirconiaPendant, CatGrounding, wrong},
		{"a saltwater pearl kind on a freshwater pearl", v10FreshwaterPendant, CatGrounding, pearlKind},
	}
	for i, s := range v10Stones {
		tables = append(tables, kindTable{"the piece's own " + s, v10WithStone(s), "", own[i]})
	}
	runKinds(t, c, guide(t), tables)
}

// v10GoldPendant is an 18k yellow gold pendant: silver idioms on it
// ("silver lining", "noces d'argent") name no silver.
var v10GoldPendant = core.Product{SKU: "V10G", Name: "Aurelia", Category: "pendant",
	Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Colours: []string{"gold"}}

// v10Homographs are one language's sentences of the homograph kind:
// words that look like a metal or material word but are another word of
// the language (Turkish "altında", under, beside "altın", gold; Finnish
// "Kulta," darling, as an address; German "Lederersatz", a leather
// substitute: TestKindsFauxLeather10) or a fixed expression (the golden ratio, a silver lining,
// "guldkant", "goud waard", "règle d'or", "bodas de oro", "un cuore
// d'oro"). gold pass on a silver piece, silver on a gold one; metal
// blocks: the same word said of a silver piece's material.
type v10Homographs struct {
	gold, silver, metal []string
}

var v10HomographTexts = map[string]v10Homographs{
	"en": {gold: []string{"Designed to the golden ratio, the pendant sits just right.", "Perfect for golden hour photos on the beach.", "It sets the gold standard for everyday pendants."},
		silver: []string{"Every cloud has a silver lining, and this pendant is ours.", "A pendant worthy of the silver screen."},
		metal:  []string{"The pendant is crafted in solid gold.", "A golden pendant in 18k gold."}},
	"fr": {gold: []string{"La règle d'or : porter ce pendentif au quotidien.", "Un cadeau parfait pour des noces d'or."},
		silver: []string{"Un cadeau idéal pour des noces d'argent.", "Le silence est d'or, la parole est d'argent."},
		metal:  []string{"Un pendentif en or jaune."}},
	"de": {gold: []string{"Die goldene Regel: Weniger ist mehr.", "Ein Geschenk zur goldenen Hochzeit."},
		silver: []string{"Ein Geschenk zur Silberhochzeit."},
		metal:  []string{"Ein Anhänger aus Gelbgold."}},
	"it": {gold: []string{"Un ciondolo per chi ha un cuore d'oro.", "Un regalo per le nozze d'oro."},
		silver: []string{"Un regalo per le nozze d'argento."},
		metal:  []string{"Un ciondolo d'oro giallo."}},
	"es": {gold: []string{"Un regalo para unas bodas de oro.", "La regla de oro: menos es más."},
		silver: []string{"Un regalo para unas bodas de plata."},
		metal:  []string{"Un colgante de oro amarillo."}},
	"pt": {gold: []string{"Um presente para bodas de ouro.", "A regra de ouro: menos é mais.", "Este pingente vale ouro."},
		silver: []string{"Um presente para bodas de prata."},
		metal:  []string{"Um pingente de ouro amarelo."}},
	"nl": {gold: []string{"Dit hangertje is goud waard.", "De gouden regel: minder is meer."},
		silver: []string{"Een cadeau voor een zilveren bruiloft."},
		metal:  []string{"Een hanger van geelgoud."}},
	"sv": {gold: []string{"En guldkant på vardagen.", "Hänget sätter guldkant på varje dag."},
		silver: []string{"En present till ett silverbröllop."},
		metal:  []string{"Ett hänge i gult guld."}},
	"da": {gold: []string{"En guldkant på hverdagen.", "Vedhænget giver guldkant på hver dag."},
		silver: []string{"En gave til et sølvbryllup."},
		metal:  []string{"Et vedhæng i gult guld."}},
	"nb": {gold: []string{"En gullkant på hverdagen.", "Anhenget gir gullkant på hver dag."},
		silver: []string{"En gave til et sølvbryllup."},
		metal:  []string{"Et anheng i gult gull."}},
	"fi": {gold: []string{"Kulta, tämä riipus on sinulle.", "Kultainen sääntö: vähemmän on enemmän."},
		silver: []string{"Lahja hopeahääpäivälle."},
		metal:  []string{"Riipus on valmistettu kullasta.", "Kulta on ajaton materiaali tälle riipukselle."}},
	"pl": {gold: []string{"Prezent dla złotej rączki w twoim domu.", "Złoty środek między prostotą a blaskiem.", "Złotko, ten wisiorek jest dla ciebie."},
		silver: []string{"Prezent na srebrne wesele."},
		metal:  []string{"Wisiorek ze złota.", "Złoto, z którego powstał wisiorek, lśni."}},
	"cs": {gold: []string{"Zlatá střední cesta mezi jednoduchostí a leskem.", "Dárek ke zlaté svatbě.", "Zlato, tenhle přívěsek je pro tebe."},
		silver: []string{"Dárek ke stříbrné svatbě."},
		metal:  []string{"Přívěsek ze žlutého zlata.", "Zlato je nadčasový materiál tohoto přívěsku."}},
	"tr": {gold: []string{"Kazağın altında bile zarif görünür.", "Işığın altında parıldar.", "Yakanın altından hafifçe görünür."},
		silver: []string{"Gümüş yıl dönümü için ideal bir hediye."},
		metal:  []string{"Altından yapılmış zarif bir kolye ucu.", "Kolye ucu 14 ayar altındır."}},
	"el": {gold: []string{"Ο χρυσός κανόνας: λιγότερο είναι περισσότερο.", "Ένα δώρο για τους χρυσούς γάμους.", "Χρυσό μου, αυτό το μενταγιόν είναι για σένα."},
		silver: []string{"Ένα δώρο για τους ασημένιους γάμους."},
		metal:  []string{"Ένα μενταγιόν από κίτρινο χρυσό."}},
	"ar": {gold: []string{"القاعدة الذهبية: البساطة أولاً.", "فرصة ذهبية لإهداء من تحب."},
		silver: []string{"هدية مثالية لليوبيل الفضي."},
		metal:  []string{"قلادة من الذهب الأصفر."}},
	"ja": {gold: []string{"黄金比に基づいたデザインです。", "ゴールデンウィークのギフトにも。"},
		silver: []string{"銀婚式のお祝いにも。"},
		metal:  []string{"イエローゴールドのペンダントです。"}},
	"ko": {gold: []string{"황금비율로 디자인했습니다.", "골든타임을 놓치지 마세요."},
		silver: []string{"은혼식 선물로 좋습니다."},
		metal:  []string{"옐로우 골드 펜던트입니다."}},
	"zh": {gold: []string{"黄金比例的设计。", "黄金周的理想礼物。"},
		silver: []string{"银婚纪念的理想礼物。"},
		metal:  []string{"一款黄金吊坠。"}},
	"zh-TW": {gold: []string{"黃金比例的設計。", "黃金週的理想禮物。"},
		silver: []string{"銀婚紀念的理想禮物。"},
		metal:  []string{"一款黃金吊墜。"}},
}

// TestKindsHomograph10 (issue #13: colour_sense and attribute values read
// as words of the target language where the word means something else) in
// every supported locale.
func TestKindsHomograph10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var gold, silver, metal []lt
	perLocale(t, v10HomographTexts, "homograph", func(loc string, x v10Homographs, in func([]string) []lt) {
		gold = append(gold, in(x.gold)...)
		silver = append(silver, in(x.silver)...)
		metal = append(metal, in(x.metal)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a gold word in another sense on a silver piece", c9SilverPendant, "", gold},
		{"a silver word in another sense on a gold piece", v10GoldPendant, "", silver},
		{"the word as the piece's material on a silver piece", c9SilverPendant, CatGrounding, metal},
	})
}

// v10FauxCord is a silver pendant on a faux leather cord.
var v10FauxCord = core.Product{SKU: "V10F", Name: "Vela", Category: "pendant",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Attributes: map[string]string{"cord": "faux leather"}, Colours: []string{"silver", "black"}}

// v10FauxLeatherTexts are one language's sentences of the imitation
// leather kind: faux (pass on v10FauxCord) and genuine leather (block on
// it).
var v10FauxLeatherTexts = map[string][2][]string{
	"en":    {{"The pendant hangs on a faux leather cord.", "A vegan leather cord completes it."}, {"The pendant hangs on a genuine leather cord."}},
	"fr":    {{"Le pendentif est monté sur un cordon en similicuir.", "Un cordon en cuir synthétique le complète."}, {"Le pendentif est monté sur un cordon en cuir véritable."}},
	"de":    {{"Der Anhänger hängt an einem Band aus Lederersatz.", "Ein Band aus Kunstleder rundet ihn ab."}, {"Der Anhänger hängt an einem Band aus echtem Leder."}},
	"it":    {{"Il ciondolo pende da un cordino in similpelle.", "Un cordino in ecopelle lo completa."}, {"Il ciondolo pende da un cordino in cuoio."}},
	"es":    {{"El colgante cuelga de un cordón de polipiel.", "Un cordón de cuero sintético lo completa."}, {"El colgante cuelga de un cordón de cuero auténtico."}},
	"pt":    {{"A peça pende de um cordão de couro sintético.", "Um cordão de corino a completa."}, {"A peça pende de um cordão de couro legítimo."}},
	"nl":    {{"De hanger hangt aan een koord van kunstleer.", "Een koord van imitatieleer maakt hem af."}, {"De hanger hangt aan een koord van echt leer."}},
	"sv":    {{"Hänget hänger i ett band av konstläder.", "Ett band i veganskt läder fullbordar det."}, {"Hänget hänger i ett band av äkta läder."}},
	"da":    {{"Vedhænget hænger i en snor af kunstlæder.", "En snor af imiteret læder fuldender det."}, {"Vedhænget hænger i en snor af ægte læder."}},
	"nb":    {{"Anhenget henger i et bånd av kunstlær.", "Et bånd av imitert lær fullender det."}, {"Anhenget henger i et bånd av ekte skinn."}},
	"fi":    {{"Riipus roikkuu tekonahkanauhassa.", "Nauha on keinonahkaa."}, {"Nauha on aitoa nahkaa."}},
	"pl":    {{"Wisiorek wisi na rzemyku ze sztucznej skóry.", "Rzemyk z ekoskóry dopełnia całość."}, {"Wisiorek wisi na rzemyku z prawdziwej skóry."}},
	"cs":    {{"Přívěsek visí na šňůrce z umělé kůže.", "Šňůrka z koženky ho doplňuje."}, {"Přívěsek visí na šňůrce z pravé kůže."}},
	"tr":    {{"Kolye ucu suni deri bir ipe asılıdır.", "Yapay deri ip onu tamamlar."}, {"Kolye ucu hakiki deri bir ipe asılıdır."}},
	"el":    {{"Το μενταγιόν κρέμεται από κορδόνι από συνθετικό δέρμα.", "Ένα κορδόνι από δερματίνη το συμπληρώνει."}, {"Το μενταγιόν κρέμεται από κορδόνι από γνήσιο δέρμα."}},
	"ar":    {{"القلادة معلقة بحبل من الجلد الصناعي."}, {"القلادة معلقة بحبل من الجلد الطبيعي."}},
	"ja":    {{"ペンダントは合成皮革のコードに通しています。", "フェイクレザーのコード付きです。"}, {"ペンダントは本革のコードに通しています。"}},
	"ko":    {{"펜던트는 인조가죽 끈에 달려 있습니다."}, {"펜던트는 천연 가죽 끈에 달려 있습니다."}},
	"zh":    {{"吊坠挂在人造革绳上。", "配有合成皮革绳。"}, {"吊坠挂在真皮绳上。"}},
	"zh-TW": {{"吊墜掛在人造皮革繩上。", "配有合成皮革繩。"}, {"吊墜掛在真皮繩上。"}},
}

// TestKindsFauxLeather10 (issue #13: a material word in another sense;
// 16 CFR 24.2: imitation leather is no leather) in every supported locale:
// a cord of faux leather ("Lederersatz", "similicuir", "sztuczna skóra",
// "umělá kůže", 合成皮革) passes on a product of faux
// leather, and genuine leather blocks on it; before, the imitation was
// read as leather or not at all.
func TestKindsFauxLeather10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var faux, real []lt
	perLocale(t, v10FauxLeatherTexts, "faux leather", func(loc string, x [2][]string, in func([]string) []lt) {
		faux = append(faux, in(x[0])...)
		real = append(real, in(x[1])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"imitation leather on a faux leather cord", v10FauxCord, "", faux},
		{"genuine leather on a faux leather cord", v10FauxCord, CatGrounding, real},
	})
}

// v10StoneAdjTexts are one language's sentences of the stone adjective
// kind: the piece named by a stone adjective or a stone glued to the
// piece noun (Polish "szafirowy wisiorek", Czech "safírový přívěsek",
// Greek "ζαφειρένιο μενταγιόν", Swedish "pärlhänge", Finnish
// "valkokultainen riipus"; a phrase in languages that say it so) blocks
// on a silver pendant with a zirconia; the same adjective in its colour
// sense ("w kolorze szafirowym", "perłowy połysk", "ζαφειρένια θάλασσα")
// passes. wrong[0] names a sapphire and passes on a sapphire pendant.
type v10StoneAdj struct {
	wrong, colour []string
}

var v10StoneAdjTexts = map[string]v10StoneAdj{
	"en":    {[]string{"A sapphire pendant for every day.", "A pearl pendant for every day.", "A white gold pendant for every day."}, []string{"A silver pendant with a pearly sheen.", "It looks lovely with a sapphire-blue dress."}},
	"fr":    {[]string{"Un pendentif saphir pour tous les jours.", "Un pendentif rubis pour tous les jours.", "Un pendentif en or blanc pour tous les jours."}, []string{"Il est superbe avec une robe bleu saphir."}},
	"de":    {[]string{"Ein Saphiranhänger für jeden Tag.", "Ein Rubinanhänger für jeden Tag.", "Ein Weißgoldanhänger für jeden Tag."}, []string{"Er passt zu einem saphirblauen Kleid."}},
	"it":    {[]string{"Un ciondolo con zaffiro per tutti i giorni.", "Un ciondolo con rubino per tutti i giorni.", "Un ciondolo in oro bianco per tutti i giorni."}, []string{"Sta benissimo con un abito blu zaffiro."}},
	"es":    {[]string{"Un colgante de zafiro para cada día.", "Un colgante de rubí para cada día.", "Un colgante de oro blanco para cada día."}, []string{"Queda precioso con un vestido azul zafiro."}},
	"pt":    {[]string{"Uma peça com safira para todos os dias.", "Uma peça com rubi para todos os dias.", "Uma peça de ouro branco para todos os dias."}, []string{"Fica lindo com um vestido azul safira."}},
	"nl":    {[]string{"Een saffierhanger voor elke dag.", "Een robijnhanger voor elke dag.", "Een witgouden hanger voor elke dag."}, []string{"Mooi bij een saffierblauwe jurk."}},
	"sv":    {[]string{"Ett elegant safirhänge för varje dag.", "Ett elegant pärlhänge för varje dag.", "Ett elegant rubinhänge för varje dag.", "Ett elegant vitguldshänge för varje dag."}, []string{"Det passar till en safirblå klänning."}},
	"da":    {[]string{"Et elegant safirvedhæng til hver dag.", "Et elegant perlevedhæng til hver dag.", "Et elegant rubinvedhæng til hver dag."}, []string{"Det passer til en safirblå kjole."}},
	"nb":    {[]string{"Et elegant safiranheng til hver dag.", "Et elegant perleanheng til hver dag.", "Et elegant rubinanheng til hver dag."}, []string{"Det passer til en safirblå kjole."}},
	"fi":    {[]string{"Tyylikäs safiiririipus joka päivään.", "Tyylikäs valkokultainen riipus joka päivään.", "Tyylikäs rubiiniriipus joka päivään.", "Tyylikäs smaragdiriipus joka päivään."}, []string{"Riipus sopii safiirinsinisen mekon kanssa."}},
	"pl":    {[]string{"Szafirowy wisiorek na co dzień.", "Perłowy wisiorek na co dzień.", "Rubinowy wisiorek na co dzień.", "Szmaragdowy wisiorek na co dzień."}, []string{"Wisiorek ma perłowy połysk.", "Pasuje do szafirowej sukienki.", "Wisiorek w kolorze szafirowym."}},
	"cs":    {[]string{"Safírový přívěsek na každý den.", "Perlový přívěsek na každý den.", "Rubínový přívěsek na každý den.", "Smaragdový přívěsek na každý den."}, []string{"Přívěsek s perlovým leskem.", "Hodí se k safírovým šatům."}},
	"tr":    {[]string{"Her gün için şık bir safir kolye ucu.", "Her gün için şık bir yakut kolye ucu.", "Her gün için şık bir beyaz altın kolye ucu."}, []string{"Safir mavisi bir elbiseyle çok yakışır."}},
	"el":    {[]string{"Ένα ζαφειρένιο μενταγιόν για κάθε μέρα.", "Ένα σμαραγδένιο μενταγιόν για κάθε μέρα.", "Ένα μενταγιόν από λευκό χρυσό για κάθε μέρα."}, []string{"Η ζαφειρένια θάλασσα εμπνέει το ασημένιο μενταγιόν.", "Ταιριάζει με ένα σμαραγδένιο φόρεμα."}},
	"ar":    {[]string{"قلادة بالياقوت الأزرق لكل يوم.", "قلادة من الذهب الأبيض لكل يوم."}, []string{"تبدو رائعة مع فستان أزرق ياقوتي."}},
	"ja":    {[]string{"毎日使えるサファイアペンダントです。", "毎日使えるルビーペンダントです。", "毎日使えるホワイトゴールドのペンダントです。"}, []string{"サファイアブルーのドレスにも合います。"}},
	"ko":    {[]string{"매일 하기 좋은 사파이어 펜던트입니다.", "매일 하기 좋은 루비 펜던트입니다.", "매일 하기 좋은 화이트 골드 펜던트입니다."}, []string{"사파이어 블루 드레스와도 잘 어울립니다."}},
	"zh":    {[]string{"一款日常佩戴的蓝宝石吊坠。", "一款日常佩戴的红宝石吊坠。", "一款日常佩戴的白金吊坠。"}, []string{"与宝石蓝的连衣裙很相配。"}},
	"zh-TW": {[]string{"一款日常佩戴的藍寶石吊墜。", "一款日常佩戴的紅寶石吊墜。", "一款日常佩戴的白金吊墜。"}, []string{"與寶石藍的連衣裙很相配。"}},
}

// TestKindsStoneAdjective10 (issue #13: stone_wrong in adjectives and
// compounds, colour_sense) in every supported locale.
func TestKindsStoneAdjective10(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var wrong, colour, own []lt
	perLocale(t, v10StoneAdjTexts, "stone adjective", func(loc string, x v10StoneAdj, in func([]string) []lt) {
		wrong = append(wrong, in(x.wrong)...)
		colour = append(colour, in(x.colour)...)
		own = append(own, in(x.wrong[:1])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"a stone or metal adjective naming the piece", c9ZirconiaPendant, CatGrounding, wrong},
		{"the adjective in its colour sense", c9ZirconiaPendant, "", colour},
		{"the piece's own sapphire as an adjective", v10WithStone("sapphire"), "", own},
	})
}
