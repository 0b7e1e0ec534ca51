package checks

import (
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the facts6 tables (#13): an aquamarine anklet in 14k
// yellow gold (collection Essence), a pendant with one crystal (a
// simulant) on rhodium-plated brass, an anklet with five blue glass
// stones, a ring with one tourmaline, fourteen diamonds and two rubies
// (collection Moments, a do-not-translate name of the example guide).
var (
	f6Aqua = core.Product{SKU: "F61", Name: "Driftline", Category: "anklet", Collection: "Essence",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}}, Colours: []string{"yellow", "blue"},
		Stones: []core.Stone{{Type: "aquamarine", Origin: core.OriginNatural, Colour: "blue", Count: 4}}}
	f6Crystal = core.Product{SKU: "F62", Name: "Stella", Category: "pendant", Collection: "Essence",
		Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"},
		Stones: []core.Stone{{Type: "crystal", Origin: core.OriginSimulant, Colour: "clear", Count: 1}}}
	f6Glass = core.Product{SKU: "F63", Name: "Seaglass", Category: "anklet", Collection: "Essence",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "green"},
		Stones: []core.Stone{{Type: "glass", Origin: core.OriginSimulant, Colour: "green", Count: 5}}}
	f6Cocktail = core.Product{SKU: "F64", Name: "Nightfall", Category: "ring", Collection: "Moments",
		Metals: []core.Metal{{Base: "rose gold", Fineness: "18k"}}, Colours: []string{"pink", "rose gold"},
		Stones: []core.Stone{{Type: "tourmaline", Origin: core.OriginNatural, Colour: "pink", Count: 1},
			{Type: "diamond", Origin: core.OriginNatural, Colour: "white", Count: 14},
			{Type: "ruby", Origin: core.OriginLabGrown, Colour: "red", Count: 2}}}
	f6Gold9 = core.Product{SKU: "F65", Name: "Linea", Category: "bracelet", Collection: "Essence",
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "9k"}}, Colours: []string{"yellow gold"}}
)

// unknownVocabTexts per language, on f6Aqua: [0] and [1] name gems the
// product does not have in the language's spelling (tanzanite, spinel,
// morganite, kunzite, bénitoïte, corundum...), [2] a metal it does not
// have (palladium), [3] the product's own aquamarine (publishable).
var unknownVocabTexts = map[string][4]string{
	"en":    {"The anklet is dotted with four small blue tanzanites.", "The anklet is dotted with four small blue kunzites.", "A fine anklet of polished palladium.", "The anklet is dotted with four small blue aquamarines."},
	"fr":    {"La chevillère est parsemée de quatre petites tanzanites bleues.", "La chevillère est parsemée de quatre petites bénitoïtes bleues.", "Une fine chevillère en palladium poli.", "La chevillère est parsemée de quatre petites aigues-marines bleues."},
	"de":    {"Das Fußkettchen trägt vier kleine blaue Tansanite.", "Das Fußkettchen trägt vier kleine blaue Spinelle.", "Ein feines Fußkettchen aus poliertem Palladium.", "Das Fußkettchen trägt vier kleine blaue Aquamarine."},
	"it":    {"La cavigliera è punteggiata da quattro piccole tanzaniti azzurre.", "La cavigliera è punteggiata da quattro piccole alessandriti azzurre.", "Una cavigliera sottile in palladio lucidato.", "La cavigliera è punteggiata da quattro piccole acquamarine azzurre."},
	"es":    {"La tobillera lleva cuatro pequeñas tanzanitas azules.", "La tobillera lleva cuatro pequeñas espinelas azules.", "Una tobillera fina de paladio pulido.", "La tobillera lleva cuatro pequeñas aguamarinas azules."},
	"pt":    {"A pulseira de tornozelo leva quatro pequenas tanzanitas azuis.", "A pulseira de tornozelo leva quatro pequenas morganitas azuis.", "Uma pulseira de tornozelo fina em paládio polido.", "A pulseira de tornozelo leva quatro pequenas águas-marinhas azuis."},
	"nl":    {"Het enkelbandje draagt vier kleine blauwe tanzanieten.", "Het enkelbandje draagt vier kleine blauwe spinellen.", "Een fijn enkelbandje van gepolijst palladium.", "Het enkelbandje draagt vier kleine blauwe aquamarijnen."},
	"sv":    {"Fotlänken pryds av fyra små blå tanzaniter.", "Fotlänken pryds av fyra små blå alexandriter.", "En fin fotlänk i polerat palladium.", "Fotlänken pryds av fyra små blå akvamariner."},
	"da":    {"Ankelkæden pyntes af fire små blå tanzanitter.", "Ankelkæden pyntes af fire små blå spineller.", "En fin ankelkæde i poleret palladium.", "Ankelkæden pyntes af fire små blå akvamariner."},
	"nb":    {"Ankelkjedet pyntes av fire små blå tanzanitter.", "Ankelkjedet pyntes av fire små blå morganitter.", "Et fint ankelkjede i polert palladium.", "Ankelkjedet pyntes av fire små blå akvamariner."},
	"fi":    {"Nilkkaketjua koristaa neljä pientä sinistä tansaniittia.", "Nilkkaketjua koristaa neljä pientä sinistä spinelliä.", "Hieno nilkkaketju kiillotettua palladiumia.", "Nilkkaketjua koristaa neljä pientä sinistä akvamariinia."},
	"pl":    {"Bransoletkę na kostkę zdobią cztery małe niebieskie tanzanity.", "Bransoletkę na kostkę zdobią cztery małe niebieskie spinele.", "Cienka bransoletka na kostkę z polerowanego palladu.", "Bransoletkę na kostkę zdobią cztery małe niebieskie akwamaryny."},
	"cs":    {"Řetízek na kotník zdobí čtyři malé modré tanzanity.", "Řetízek na kotník zdobí čtyři malé modré spinely.", "Jemný řetízek na kotník z leštěného palladia.", "Řetízek na kotník zdobí čtyři malé modré akvamaríny."},
	"tr":    {"Halhalı dört küçük mavi tanzanit süslüyor.", "Halhalı dört küçük mavi spinel süslüyor.", "Parlatılmış paladyumdan ince bir halhal.", "Halhalı dört küçük mavi akuamarin süslüyor."},
	"el":    {"Το βραχιόλι αστραγάλου στολίζουν τέσσερις μικροί μπλε τανζανίτες.", "Το βραχιόλι αστραγάλου στολίζουν τέσσερις μικροί μπλε σπινέλιοι.", "Ένα λεπτό βραχιόλι αστραγάλου από γυαλισμένο παλλάδιο.", "Το βραχιόλι αστραγάλου στολίζουν τέσσερις μικρές μπλε ακουαμαρίνες."},
	"ar":    {"خلخال مرصع بأربعة أحجار تنزانيت زرقاء صغيرة.", "خلخال مرصع بأربعة أحجار ياقوت زرقاء صغيرة.", "خلخال رفيع من البلاديوم المصقول.", "خلخال مرصع بأربعة أحجار أكوامارين زرقاء صغيرة."},
	"ja":    {"アンクレットには小さなブルーのタンザナイトが4石並びます。", "アンクレットには小さなブルーのスピネルが4石並びます。", "磨き上げたパラジウムの華奢なアンクレットです。", "アンクレットには小さなブルーのアクアマリンが4石並びます。"},
	"ko":    {"앵클릿에는 작은 블루 탄자나이트 네 개가 장식되어 있습니다.", "앵클릿에는 작은 블루 스피넬 네 개가 장식되어 있습니다.", "광택을 낸 팔라듐으로 만든 가는 앵클릿입니다.", "앵클릿에는 작은 블루 아쿠아마린 네 개가 장식되어 있습니다."},
	"zh-CN": {"脚链点缀着四颗蓝色坦桑石。", "脚链点缀着四颗蓝色尖晶石。", "抛光钯金打造的纤细脚链。", "脚链点缀着四颗蓝色海蓝宝石。"},
	"zh-TW": {"腳鍊點綴著四顆藍色丹泉石。", "腳鍊點綴著四顆藍色尖晶石。", "拋光鈀金打造的纖細腳鍊。", "腳鍊點綴著四顆藍色海藍寶石。"},
}

// TestKindsUnknownVocabFacts6 (#13, unknown_vocab): a gem or metal word
// the product does not have is compared in every language, whatever the
// word (the closed lists knew too few), and the product's own stone
// passes.
func TestKindsUnknownVocabFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var gems, metals, own []lt
	perLocale(t, unknownVocabTexts, "unknown vocabulary", func(loc string, x [4]string, in func([]string) []lt) {
		gems = append(gems, in(x[:2])...)
		metals = append(metals, in(x[2:3])...)
		own = append(own, in(x[3:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"unknown gem", f6Aqua, CatGrounding, gems},
		{"unknown metal", f6Aqua, CatGrounding, metals},
		{"own stone", f6Aqua, "", own},
	})
}

// simulantGemTexts per language: [0] a crystal called a sapphire, [1] the
// crystal named as crystal (publishable), [2] green glass called
// emeralds, [3] the glass named as glass (publishable).
var simulantGemTexts = map[string][4]string{
	"en":    {"The pendant holds a single sparkling sapphire.", "The pendant holds a single sparkling crystal.", "Five green emeralds sit along the anklet.", "Five green glass stones sit along the anklet."},
	"fr":    {"Le pendentif porte un unique saphir étincelant.", "Le pendentif porte un unique cristal étincelant.", "Cinq émeraudes vertes ponctuent la chevillère.", "Cinq pierres de verre vertes ponctuent la chevillère."},
	"de":    {"Der Anhänger trägt einen funkelnden Saphir.", "Der Anhänger trägt einen funkelnden Kristall.", "Fünf grüne Smaragde sitzen am Fußkettchen.", "Fünf grüne Glassteine sitzen am Fußkettchen."},
	"it":    {"Il ciondolo porta un unico zaffiro scintillante.", "Il ciondolo porta un unico cristallo scintillante.", "Cinque smeraldi verdi punteggiano la cavigliera.", "Cinque pietre di vetro verdi punteggiano la cavigliera."},
	"es":    {"El colgante lleva un único zafiro brillante.", "El colgante lleva un único cristal brillante.", "Cinco esmeraldas verdes adornan la tobillera.", "Cinco piedras de vidrio verdes adornan la tobillera."},
	"pt":    {"O pingente leva uma única safira cintilante.", "O pingente leva um único cristal cintilante.", "Cinco esmeraldas verdes enfeitam a pulseira de tornozelo.", "Cinco pedras de vidro verdes enfeitam a pulseira de tornozelo."},
	"nl":    {"De hanger draagt één fonkelende saffier.", "De hanger draagt één fonkelend kristal.", "Vijf groene smaragden sieren het enkelbandje.", "Vijf groene glazen steentjes sieren het enkelbandje."},
	"sv":    {"Hänget bär en gnistrande safir.", "Hänget bär en gnistrande kristall.", "Fem gröna smaragder pryder fotlänken.", "Fem gröna glasstenar pryder fotlänken."},
	"da":    {"Vedhænget bærer en funklende safir.", "Vedhænget bærer en funklende krystal.", "Fem grønne smaragder pynter ankelkæden.", "Fem grønne glassten pynter ankelkæden."},
	"nb":    {"Anhenget bærer en glitrende safir.", "Anhenget bærer en glitrende krystall.", "Fem grønne smaragder pryder ankelkjedet.", "Fem grønne glassteiner pryder ankelkjedet."},
	"fi":    {"Riipuksessa on yksi säihkyvä safiiri.", "Riipuksessa on yksi säihkyvä kristalli.", "Viisi vihreää smaragdia koristaa nilkkaketjua.", "Viisi vihreää lasikiveä koristaa nilkkaketjua."},
	"pl":    {"Wisiorek zdobi jeden lśniący szafir.", "Wisiorek zdobi jeden lśniący kryształ.", "Pięć zielonych szmaragdów zdobi bransoletkę na kostkę.", "Pięć zielonych szklanych kamieni zdobi bransoletkę na kostkę."},
	"cs":    {"Přívěsek nese jediný třpytivý safír.", "Přívěsek nese jediný třpytivý krystal.", "Pět zelených smaragdů zdobí řetízek na kotník.", "Pět zelených skleněných kamenů zdobí řetízek na kotník."},
	"tr":    {"Kolyede tek bir ışıltılı safir var.", "Kolyede tek bir ışıltılı kristal var.", "Halhalı beş yeşil zümrüt süslüyor.", "Halhalı beş yeşil cam taş süslüyor."},
	"el":    {"Το μενταγιόν φέρει ένα λαμπερό ζαφείρι.", "Το μενταγιόν φέρει ένα λαμπερό κρύσταλλο.", "Πέντε πράσινα σμαράγδια στολίζουν το βραχιόλι αστραγάλου.", "Πέντε πράσινες γυάλινες πέτρες στολίζουν το βραχιόλι αστραγάλου."},
	"ar":    {"تتدلى من القلادة قطعة ياقوت أزرق لامعة.", "تتدلى من القلادة قطعة كريستال لامعة.", "خمس أحجار زمرد خضراء تزين الخلخال.", "خمس أحجار زجاجية خضراء تزين الخلخال."},
	"ja":    {"ペンダントにはきらめくサファイアが1石。", "ペンダントにはきらめくクリスタルが1石。", "アンクレットには5つのグリーンのエメラルドが並びます。", "アンクレットには5つのグリーンのガラスストーンが並びます。"},
	"ko":    {"펜던트에는 반짝이는 사파이어 한 개가 있습니다.", "펜던트에는 반짝이는 크리스털 한 개가 있습니다.", "앵클릿에는 그린 에메랄드 다섯 개가 있습니다.", "앵클릿에는 그린 유리 스톤 다섯 개가 있습니다."},
	"zh-CN": {"吊坠镶嵌一颗闪耀的蓝宝石。", "吊坠镶嵌一颗闪耀的水晶。", "脚链点缀五颗绿色祖母绿。", "脚链点缀五颗绿色玻璃石。"},
	"zh-TW": {"吊墜鑲嵌一顆閃耀的藍寶石。", "吊墜鑲嵌一顆閃耀的水晶。", "腳鍊點綴五顆綠色祖母綠。", "腳鍊點綴五顆綠色玻璃石。"},
}

// TestKindsSimulantAsGemFacts6 (#13, simulant_as_gem): a crystal or glass
// stone named as a gem (sapphire, emerald) is a stone the product does
// not have, in every language; named as itself it passes.
func TestKindsSimulantAsGemFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var crystalGem, crystalOwn, glassGem, glassOwn []lt
	perLocale(t, simulantGemTexts, "simulant", func(loc string, x [4]string, in func([]string) []lt) {
		crystalGem = append(crystalGem, in(x[:1])...)
		crystalOwn = append(crystalOwn, in(x[1:2])...)
		glassGem = append(glassGem, in(x[2:3])...)
		glassOwn = append(glassOwn, in(x[3:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"crystal called a gem", f6Crystal, CatGrounding, crystalGem},
		{"crystal as crystal", f6Crystal, "", crystalOwn},
		{"glass called a gem", f6Glass, CatGrounding, glassGem},
		{"glass as glass", f6Glass, "", glassOwn},
	})
}

// hiddenCharTexts per language, on f6Gold9 (9k yellow gold): a sentence
// naming the metal and its karat as "9" that is true; the table hides
// characters inside it, swaps letters for look-alikes and writes the
// karat in fullwidth digits.
var hiddenCharTexts = map[string]string{
	"en":    "The bracelet is solid 9k gold.",
	"fr":    "Le bracelet est en or massif 9k.",
	"de":    "Das Armband ist aus massivem 9k Gold.",
	"it":    "Il bracciale è in oro massiccio 9k.",
	"es":    "La pulsera es de oro macizo 9k.",
	"pt":    "A pulseira é de ouro maciço 9k.",
	"nl":    "De armband is van massief 9k goud.",
	"sv":    "Armbandet är i massivt 9k guld.",
	"da":    "Armbåndet er i massivt 9k guld.",
	"nb":    "Armbåndet er i massivt 9k gull.",
	"fi":    "Rannekoru on täyttä 9k kultaa.",
	"pl":    "Bransoletka jest z litego złota 9k.",
	"cs":    "Náramek je z masivního zlata 9k.",
	"tr":    "Bileklik som 9k altındır.",
	"el":    "Το βραχιόλι είναι από συμπαγή χρυσό 9k.",
	"ar":    "السوار من الذهب الخالص 9k.",
	"ja":    "ブレスレットは9Kゴールド無垢です。",
	"ko":    "팔찌는 9K 골드입니다.",
	"zh-CN": "手链采用9K金打造。",
	"zh-TW": "手鍊採用9K金打造。",
}

// TestKindsHiddenCharsFacts6 (#13, hidden_chars): a control character
// hidden in a fact (zero-width space, joiner, non-joiner, soft hyphen,
// word joiner, bidi isolate) is itself a finding, and the fact is read
// through it: "1<ZWSP>8k" on a 9k product is still a wrong karat; a karat
// in fullwidth digits (１８K) is read after NFKC; and the clean sentence
// passes in every locale.
func TestKindsHiddenCharsFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var hidden, wrongKarat, fullwidth, clean []lt
	perLocale(t, hiddenCharTexts, "hidden chars", func(loc string, x string, in func([]string) []lt) {
		clean = append(clean, in([]string{x})...)
		k := strings.Index(x, "9")
		for _, h := range []string{"\u200b", "\u200c", "\u200d", "\u00ad", "\u2060", "\u2066"} {
			hidden = append(hidden, in([]string{x[:k+1] + h + x[k+1:]})...)
		}
		wrongKarat = append(wrongKarat, in([]string{x[:k] + "1\u200b8" + x[k+1:], x[:k] + "1\u00ad8" + x[k+1:]})...)
		fullwidth = append(fullwidth, in([]string{x[:k] + "１８" + x[k+1:]})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"hidden control character", f6Gold9, CatSafety, hidden},
		{"karat read through a hidden character", f6Gold9, CatGrounding, wrongKarat},
		{"karat in fullwidth digits", f6Gold9, CatGrounding, fullwidth},
		{"clean", f6Gold9, "", clean},
	})
}

// countGroupTexts per language, on f6Cocktail (1 tourmaline, 14
// diamonds, 2 rubies): [0] sixteen diamonds in digits with the
// language's counter or noun, [1] sixteen in words, [2] fourteen in
// words (publishable).
var countGroupTexts = map[string][3]string{
	"en":    {"A pink tourmaline, 16 diamonds and two lab-grown rubies in 18k rose gold.", "A pink tourmaline, sixteen diamonds and two lab-grown rubies in 18k rose gold.", "A pink tourmaline, fourteen diamonds and two lab-grown rubies in 18k rose gold."},
	"fr":    {"Une tourmaline rose, 16 diamants et deux rubis de synthèse sur or rose 18 carats.", "Une tourmaline rose, seize diamants et deux rubis de synthèse sur or rose 18 carats.", "Une tourmaline rose, quatorze diamants et deux rubis de synthèse sur or rose 18 carats."},
	"fr-CA": {"Une tourmaline rose, 16 diamants et deux rubis créés en laboratoire sur or rose 18 carats.", "Une tourmaline rose, seize diamants et deux rubis créés en laboratoire sur or rose 18 carats.", "Une tourmaline rose, quatorze diamants et deux rubis créés en laboratoire sur or rose 18 carats."},
	"de":    {"Ein rosa Turmalin, 16 Diamanten und zwei laborgezüchtete Rubine in 18 Karat Roségold.", "Ein rosa Turmalin, sechzehn Diamanten und zwei laborgezüchtete Rubine in 18 Karat Roségold.", "Ein rosa Turmalin, vierzehn Diamanten und zwei laborgezüchtete Rubine in 18 Karat Roségold."},
	"it":    {"Una tormalina rosa, 16 diamanti e due rubini creati in laboratorio in oro rosa 18 carati.", "Una tormalina rosa, sedici diamanti e due rubini creati in laboratorio in oro rosa 18 carati.", "Una tormalina rosa, quattordici diamanti e due rubini creati in laboratorio in oro rosa 18 carati."},
	"es":    {"Una turmalina rosa, 16 diamantes y dos rubíes creados en laboratorio en oro rosa de 18 quilates.", "Una turmalina rosa, dieciséis diamantes y dos rubíes creados en laboratorio en oro rosa de 18 quilates.", "Una turmalina rosa, catorce diamantes y dos rubíes creados en laboratorio en oro rosa de 18 quilates."},
	"pt":    {"Uma turmalina rosa, 16 diamantes e dois rubis criados em laboratório em ouro rosé 18 quilates.", "Uma turmalina rosa, dezesseis diamantes e dois rubis criados em laboratório em ouro rosé 18 quilates.", "Uma turmalina rosa, catorze diamantes e dois rubis criados em laboratório em ouro rosé 18 quilates."},
	"nl":    {"Een roze toermalijn, 16 diamanten en twee labgekweekte robijnen in 18 karaat roségoud.", "Een roze toermalijn, zestien diamanten en twee labgekweekte robijnen in 18 karaat roségoud.", "Een roze toermalijn, veertien diamanten en twee labgekweekte robijnen in 18 karaat roségoud."},
	"sv":    {"En rosa turmalin, 16 diamanter och två labbodlade rubiner i 18 karats roséguld.", "En rosa turmalin, sexton diamanter och två labbodlade rubiner i 18 karats roséguld.", "En rosa turmalin, fjorton diamanter och två labbodlade rubiner i 18 karats roséguld."},
	"da":    {"En lyserød turmalin, 16 diamanter og to laboratoriedyrkede rubiner i 18 karat rosaguld.", "En lyserød turmalin, seksten diamanter og to laboratoriedyrkede rubiner i 18 karat rosaguld.", "En lyserød turmalin, fjorten diamanter og to laboratoriedyrkede rubiner i 18 karat rosaguld."},
	"nb":    {"En rosa turmalin, 16 diamanter og to laboratoriedyrkede rubiner i 18 karat roségull.", "En rosa turmalin, seksten diamanter og to laboratoriedyrkede rubiner i 18 karat roségull.", "En rosa turmalin, fjorten diamanter og to laboratoriedyrkede rubiner i 18 karat roségull."},
	"fi":    {"Vaaleanpunainen turmaliini, 16 timanttia ja kaksi laboratoriossa kasvatettua rubiinia 18 karaatin ruusukullassa.", "Vaaleanpunainen turmaliini, kuusitoista timanttia ja kaksi laboratoriossa kasvatettua rubiinia 18 karaatin ruusukullassa.", "Vaaleanpunainen turmaliini, neljätoista timanttia ja kaksi laboratoriossa kasvatettua rubiinia 18 karaatin ruusukullassa."},
	"pl":    {"Różowy turmalin, 16 diamentów i dwa rubiny hodowane w laboratorium w 18-karatowym różowym złocie.", "Różowy turmalin, szesnaście diamentów i dwa rubiny hodowane w laboratorium w 18-karatowym różowym złocie.", "Różowy turmalin, czternaście diamentów i dwa rubiny hodowane w laboratorium w 18-karatowym różowym złocie."},
	"cs":    {"Růžový turmalín, 16 diamantů a dva laboratorně vypěstované rubíny v 18karátovém růžovém zlatě.", "Růžový turmalín, šestnáct diamantů a dva laboratorně vypěstované rubíny v 18karátovém růžovém zlatě.", "Růžový turmalín, čtrnáct diamantů a dva laboratorně vypěstované rubíny v 18karátovém růžovém zlatě."},
	"tr":    {"18 ayar roze altın üzerinde pembe bir turmalin, 16 pırlanta ve iki laboratuvarda üretilmiş yakut.", "18 ayar roze altın üzerinde pembe bir turmalin, on altı pırlanta ve iki laboratuvarda üretilmiş yakut.", "18 ayar roze altın üzerinde pembe bir turmalin, on dört pırlanta ve iki laboratuvarda üretilmiş yakut."},
	"el":    {"Μια ροζ τουρμαλίνη, 16 διαμάντια και δύο εργαστηριακά ρουμπίνια σε ροζ χρυσό 18 καρατίων.", "Μια ροζ τουρμαλίνη, δεκαέξι διαμάντια και δύο εργαστηριακά ρουμπίνια σε ροζ χρυσό 18 καρατίων.", "Μια ροζ τουρμαλίνη, δεκατέσσερα διαμάντια και δύο εργαστηριακά ρουμπίνια σε ροζ χρυσό 18 καρατίων."},
	"ar":    {"تورمالين وردي و16 ماسة وحجرا ياقوت أحمر مزروعان في المختبر على ذهب وردي عيار 18.", "تورمالين وردي وست عشرة ماسة وحجرا ياقوت أحمر مزروعان في المختبر على ذهب وردي عيار 18.", "تورمالين وردي وأربع عشرة ماسة وحجرا ياقوت أحمر مزروعان في المختبر على ذهب وردي عيار 18."},
	"ja":    {"ピンクトルマリン1石、ダイヤモンド16石、ラボグロウンルビー2石を18金ローズゴールドにセット。", "ピンクトルマリン1石と十六石のダイヤモンド、ラボグロウンルビー2石を18金ローズゴールドにセット。", "ピンクトルマリン1石と十四石のダイヤモンド、ラボグロウンルビー2石を18金ローズゴールドにセット。"},
	"ko":    {"핑크 투르말린 1개, 다이아몬드 16개, 랩그로운 루비 2개를 18K 로즈 골드에 세팅했습니다.", "핑크 투르말린 하나와 다이아몬드 열여섯 개, 랩그로운 루비 두 개를 18K 로즈 골드에 세팅했습니다.", "핑크 투르말린 하나와 다이아몬드 열네 개, 랩그로운 루비 두 개를 18K 로즈 골드에 세팅했습니다."},
	"zh-CN": {"18K玫瑰金戒指镶嵌一颗粉色碧玺、16颗钻石和两颗实验室培育红宝石。", "18K玫瑰金戒指镶嵌一颗粉色碧玺、十六颗钻石和两颗实验室培育红宝石。", "18K玫瑰金戒指镶嵌一颗粉色碧玺、十四颗钻石和两颗实验室培育红宝石。"},
	"zh-TW": {"18K玫瑰金戒指鑲嵌一顆粉紅碧璽、16顆鑽石和兩顆實驗室培育紅寶石。", "18K玫瑰金戒指鑲嵌一顆粉紅碧璽、十六顆鑽石和兩顆實驗室培育紅寶石。", "18K玫瑰金戒指鑲嵌一顆粉紅碧璽、十四顆鑽石和兩顆實驗室培育紅寶石。"},
}

// TestKindsCountGroupFacts6 (#13, count_group): a count given for one
// stone group of several is compared with that group, in digits beside
// the language's counter (16石, 16개, 16颗) and in number words, in
// every locale; the group's own count passes.
func TestKindsCountGroupFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var wrong, right []lt
	perLocale(t, countGroupTexts, "count group", func(loc string, x [3]string, in func([]string) []lt) {
		wrong = append(wrong, in(x[:2])...)
		right = append(right, in(x[2:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"group count wrong", f6Cocktail, CatGrounding, wrong},
		{"group count right", f6Cocktail, "", right},
	})
}

// collectionTexts per language, on f6Aqua (collection Essence): [0] the
// Signature collection named in the language's script or declined, [1]
// the Lumière collection likewise, [2] the product's own Essence
// collection (publishable).
var collectionTexts = map[string][3]string{
	"en":    {"An anklet from our Signature line, in 14k yellow gold.", "An anklet from the Lumière range, in 14k yellow gold.", "An anklet from our Essence line, in 14k yellow gold."},
	"fr":    {"Une chevillère de la ligne Signature, en or jaune 14 carats.", "Une chevillère issue de la gamme Lumière, en or jaune 14 carats.", "Une chevillère de la ligne Essence, en or jaune 14 carats."},
	"de":    {"Ein Fußkettchen aus der Signature-Linie in 14 Karat Gelbgold.", "Ein Fußkettchen aus der Lumièrekollektion in 14 Karat Gelbgold.", "Ein Fußkettchen aus der Essence-Linie in 14 Karat Gelbgold."},
	"it":    {"Una cavigliera della linea Signature, in oro giallo 14 carati.", "Una cavigliera della linea Lumière, in oro giallo 14 carati.", "Una cavigliera della linea Essence, in oro giallo 14 carati."},
	"es":    {"Una tobillera de la línea Signature, en oro amarillo de 14 quilates.", "Una tobillera de la línea Lumière, en oro amarillo de 14 quilates.", "Una tobillera de la línea Essence, en oro amarillo de 14 quilates."},
	"pt":    {"Uma pulseira de tornozelo da linha Signature, em ouro amarelo 14 quilates.", "Uma pulseira de tornozelo da linha Lumière, em ouro amarelo 14 quilates.", "Uma pulseira de tornozelo da linha Essence, em ouro amarelo 14 quilates."},
	"nl":    {"Een enkelbandje uit de Signaturelijn, in 14 karaat geelgoud.", "Een enkelbandje uit de Lumièrecollectie, in 14 karaat geelgoud.", "Een enkelbandje uit de Essence-lijn, in 14 karaat geelgoud."},
	"sv":    {"En fotlänk ur Signatureserien i 14 karats gult guld.", "En fotlänk ur Lumièrekollektionen i 14 karats gult guld.", "En fotlänk ur Essence-serien i 14 karats gult guld."},
	"da":    {"En ankelkæde fra Signatureserien i 14 karat gult guld.", "En ankelkæde fra Lumièrekollektionen i 14 karat gult guld.", "En ankelkæde fra Essence-serien i 14 karat gult guld."},
	"nb":    {"Et ankelkjede fra Signatureserien i 14 karat gult gull.", "Et ankelkjede fra Lumièrekolleksjonen i 14 karat gult gull.", "Et ankelkjede fra Essence-serien i 14 karat gult gull."},
	"fi":    {"Nilkkaketju Signature-sarjasta, 14 karaatin keltakultaa.", "Nilkkaketju Lumièren mallistosta, 14 karaatin keltakultaa.", "Nilkkaketju Essence-sarjasta, 14 karaatin keltakultaa."},
	"pl":    {"Bransoletka na kostkę z linii Signature, z 14-karatowego żółtego złota.", "Bransoletka na kostkę z kolekcji Lumièrze, z 14-karatowego żółtego złota.", "Bransoletka na kostkę z linii Essence, z 14-karatowego żółtego złota."},
	"cs":    {"Řetízek na kotník z řady Signature ze 14karátového žlutého zlata.", "Řetízek na kotník z kolekce Lumièru ze 14karátového žlutého zlata.", "Řetízek na kotník z řady Essence ze 14karátového žlutého zlata."},
	"tr":    {"Signature serisinden 14 ayar sarı altın bir halhal.", "Lumière koleksiyonundan 14 ayar sarı altın bir halhal.", "Essence serisinden 14 ayar sarı altın bir halhal."},
	"el":    {"Βραχιόλι αστραγάλου της σειράς Σίγκνετσερ, από κίτρινο χρυσό 14 καρατίων.", "Βραχιόλι αστραγάλου της συλλογής Λουμιέρ, από κίτρινο χρυσό 14 καρατίων.", "Βραχιόλι αστραγάλου της σειράς Essence, από κίτρινο χρυσό 14 καρατίων."},
	"ar":    {"خلخال من مجموعة سيغنتشر من الذهب الأصفر عيار 14.", "خلخال من مجموعة لوميير من الذهب الأصفر عيار 14.", "خلخال من مجموعة Essence من الذهب الأصفر عيار 14."},
	"ja":    {"シグネチャーシリーズの14金イエローゴールドのアンクレット。", "ルミエール・コレクションの14金イエローゴールドのアンクレット。", "Essenceシリーズの14金イエローゴールドのアンクレット。"},
	"ko":    {"시그니처 라인의 14K 옐로우 골드 앵클릿입니다.", "뤼미에르 컬렉션의 14K 옐로우 골드 앵클릿입니다.", "Essence 라인의 14K 옐로우 골드 앵클릿입니다."},
	"zh-CN": {"Signature系列的14K黄金脚链。", "来自Lumière系列的14K黄金脚链。", "Essence系列的14K黄金脚链。"},
	"zh-TW": {"Signature系列的14K黃金腳鍊。", "來自Lumière系列的14K黃金腳鍊。", "Essence系列的14K黃金腳鍊。"},
}

// TestKindsCollectionFacts6 (#13, collection_wrong): another collection
// of the brand beside a word for a line, series or range, glued,
// declined or spelt in another script, is a grounding error in every
// locale; the product's own collection passes.
func TestKindsCollectionFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var other, own []lt
	perLocale(t, collectionTexts, "collection", func(loc string, x [3]string, in func([]string) []lt) {
		other = append(other, in(x[:2])...)
		own = append(own, in(x[2:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"another collection", f6Aqua, CatGrounding, other},
		{"own collection", f6Aqua, "", own},
	})
}

// dntTexts per language, on f6Cocktail (collection Moments, which the
// guide says not to translate, level block): [0] the name inflected,
// glued or spelt in another script, [1] translated into the language,
// [2] the name as written (publishable).
var dntTexts = map[string][3]string{
	"en":    {"A cocktail ring from the Momentscollection in 18k rose gold.", "A cocktail ring from our Moment collection in 18k rose gold.", "A cocktail ring from the Moments collection in 18k rose gold."},
	"fr":    {"Une bague cocktail de la gamme Momentsline en or rose 18 carats.", "Une bague cocktail de la collection Instants en or rose 18 carats.", "Une bague cocktail de la collection Moments en or rose 18 carats."},
	"de":    {"Ein Cocktailring aus der Momentslinie in 18 Karat Roségold.", "Ein Cocktailring aus der Kollektion Augenblicke in 18 Karat Roségold.", "Ein Cocktailring aus der Moments-Kollektion in 18 Karat Roségold."},
	"it":    {"Un anello cocktail della linea Momentsline in oro rosa 18 carati.", "Un anello cocktail della collezione Attimi in oro rosa 18 carati.", "Un anello cocktail della collezione Moments in oro rosa 18 carati."},
	"es":    {"Un anillo cóctel de la línea Momentsline en oro rosa de 18 quilates.", "Un anillo cóctel de la colección Instantes en oro rosa de 18 quilates.", "Un anillo cóctel de la colección Moments en oro rosa de 18 quilates."},
	"pt":    {"Um anel de coquetel da linha Momentsline em ouro rosé 18 quilates.", "Um anel de coquetel da coleção Instantes em ouro rosé 18 quilates.", "Um anel de coquetel da coleção Moments em ouro rosé 18 quilates."},
	"nl":    {"Een cocktailring uit de Momentslijn in 18 karaat roségoud.", "Een cocktailring uit de collectie Ogenblikken in 18 karaat roségoud.", "Een cocktailring uit de Moments-collectie in 18 karaat roségoud."},
	"sv":    {"En cocktailring ur Momentsserien i 18 karats roséguld.", "En cocktailring ur kollektionen Ögonblick i 18 karats roséguld.", "En cocktailring ur Moments-kollektionen i 18 karats roséguld."},
	"da":    {"En cocktailring fra Momentsserien i 18 karat rosaguld.", "En cocktailring fra kollektionen Øjeblikke i 18 karat rosaguld.", "En cocktailring fra Moments-kollektionen i 18 karat rosaguld."},
	"nb":    {"En cocktailring fra Momentsserien i 18 karat roségull.", "En cocktailring fra kolleksjonen Øyeblikk i 18 karat roségull.", "En cocktailring fra Moments-kolleksjonen i 18 karat roségull."},
	"fi":    {"Cocktailsormus Momentsin mallistosta, 18 karaatin ruusukultaa.", "Cocktailsormus Hetket-mallistosta, 18 karaatin ruusukultaa.", "Cocktailsormus Moments-mallistosta, 18 karaatin ruusukultaa."},
	"pl":    {"Pierścionek koktajlowy z kolekcji Momentsów z 18-karatowego różowego złota.", "Pierścionek koktajlowy z kolekcji Chwile z 18-karatowego różowego złota.", "Pierścionek koktajlowy z kolekcji Moments z 18-karatowego różowego złota."},
	"cs":    {"Koktejlový prsten z kolekce Momentsu z 18karátového růžového zlata.", "Koktejlový prsten z kolekce Okamžiky z 18karátového růžového zlata.", "Koktejlový prsten z kolekce Moments z 18karátového růžového zlata."},
	"tr":    {"Momentsin koleksiyonundan 18 ayar roze altın kokteyl yüzüğü.", "Anlar koleksiyonundan 18 ayar roze altın kokteyl yüzüğü.", "Moments koleksiyonundan 18 ayar roze altın kokteyl yüzüğü."},
	"el":    {"Δαχτυλίδι κοκτέιλ της συλλογής Μόμεντς από ροζ χρυσό 18 καρατίων.", "Δαχτυλίδι κοκτέιλ της συλλογής Στιγμές από ροζ χρυσό 18 καρατίων.", "Δαχτυλίδι κοκτέιλ της συλλογής Moments από ροζ χρυσό 18 καρατίων."},
	"ar":    {"خاتم كوكتيل من مجموعة مومنتس من الذهب الوردي عيار 18.", "خاتم كوكتيل من مجموعة لحظات من الذهب الوردي عيار 18.", "خاتم كوكتيل من مجموعة Moments من الذهب الوردي عيار 18."},
	"ja":    {"モーメンツ・コレクションの18金ローズゴールドのカクテルリング。", "「瞬間」コレクションの18金ローズゴールドのカクテルリング。", "Momentsコレクションの18金ローズゴールドのカクテルリング。"},
	"ko":    {"모먼츠 컬렉션의 18K 로즈 골드 칵테일 반지입니다.", "순간 컬렉션의 18K 로즈 골드 칵테일 반지입니다.", "Moments 컬렉션의 18K 로즈 골드 칵테일 반지입니다."},
	"zh-CN": {"Moment系列18K玫瑰金鸡尾酒戒指。", "时刻系列18K玫瑰金鸡尾酒戒指。", "Moments系列18K玫瑰金鸡尾酒戒指。"},
	"zh-TW": {"Moment系列18K玫瑰金雞尾酒戒指。", "時刻系列18K玫瑰金雞尾酒戒指。", "Moments系列18K玫瑰金雞尾酒戒指。"},
}

// TestKindsDoNotTranslateFacts6 (#13, glossary_dnt): a do-not-translate
// collection name of level block, inflected, glued into a compound,
// spelt in another script or translated beside a word for a collection,
// blocks as glossary in every locale; the name as written passes.
func TestKindsDoNotTranslateFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var altered, own []lt
	perLocale(t, dntTexts, "do-not-translate", func(loc string, x [3]string, in func([]string) []lt) {
		altered = append(altered, in(x[:2])...)
		own = append(own, in(x[2:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"name altered", f6Cocktail, CatGlossary, altered},
		{"name as written", f6Cocktail, "", own},
		// "一系列" is "a series of": no word for a collection.
		{"a series of, no collection", f6Cocktail, "", []lt{{"zh-CN", "这枚18K玫瑰金戒指有一系列精致的细节。"}, {"zh-TW", "這枚18K玫瑰金戒指有一系列精緻的細節。"}}},
	})
}

// spacedKaratTexts per language, on f6Gold9 (9k yellow gold): the karat
// written apart from its unit word, as a number the product does not
// have ("14") and as its own ("9", publishable).
var spacedKaratTexts = map[string][2]string{
	"en":    {"The bracelet is 14 carat yellow gold.", "The bracelet is 9 carat yellow gold."},
	"fr":    {"Le bracelet est en or jaune 14 carats.", "Le bracelet est en or jaune 9 carats."},
	"de":    {"Das Armband ist aus 14 Karat Gelbgold.", "Das Armband ist aus 9 Karat Gelbgold."},
	"it":    {"Il bracciale è in oro giallo 14 carati.", "Il bracciale è in oro giallo 9 carati."},
	"es":    {"La pulsera es de oro amarillo de 14 quilates.", "La pulsera es de oro amarillo de 9 quilates."},
	"pt":    {"A pulseira é de ouro amarelo 14 quilates.", "A pulseira é de ouro amarelo 9 quilates."},
	"nl":    {"De armband is van 14 karaat geel goud.", "De armband is van 9 karaat geel goud."},
	"sv":    {"Armbandet är i 14 karats gult guld.", "Armbandet är i 9 karats gult guld."},
	"da":    {"Armbåndet er i 14 karat gult guld.", "Armbåndet er i 9 karat gult guld."},
	"nb":    {"Armbåndet er i 14 karat gult gull.", "Armbåndet er i 9 karat gult gull."},
	"fi":    {"Rannekoru on 14 karaatin keltakultaa.", "Rannekoru on 9 karaatin keltakultaa."},
	"pl":    {"Bransoletka jest z żółtego złota 14 karatów.", "Bransoletka jest z żółtego złota 9 karatów."},
	"cs":    {"Náramek je ze žlutého zlata 14 karátů.", "Náramek je ze žlutého zlata 9 karátů."},
	"tr":    {"Bileklik 14 ayar sarı altındır.", "Bileklik 9 ayar sarı altındır."},
	"el":    {"Το βραχιόλι είναι από κίτρινο χρυσό 14 καρατίων.", "Το βραχιόλι είναι από κίτρινο χρυσό 9 καρατίων."},
	"ar":    {"السوار من الذهب الأصفر عيار 14.", "السوار من الذهب الأصفر عيار 9."},
	"ja":    {"ブレスレットは14金イエローゴールドです。", "ブレスレットは9金イエローゴールドです。"},
	"ko":    {"팔찌는 14K 옐로우 골드입니다.", "팔찌는 9K 옐로우 골드입니다."},
	"zh-CN": {"手链采用14K黄金打造。", "手链采用9K黄金打造。"},
	"zh-TW": {"手鍊採用14K黃金打造。", "手鍊採用9K黃金打造。"},
}

// TestKindsSpacedKaratFacts6 (#13, metal_wrong and plating_solid): a
// karat written apart from its unit word ("14 karat gull", "14 karaat",
// "14 karatów") is a karat in every language, compared with the product's
// fineness; the product's own karat passes.
func TestKindsSpacedKaratFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var wrong, own []lt
	perLocale(t, spacedKaratTexts, "spaced karat", func(loc string, x [2]string, in func([]string) []lt) {
		wrong = append(wrong, in(x[:1])...)
		own = append(own, in(x[1:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"karat apart from its unit", f6Gold9, CatGrounding, wrong},
		{"own karat apart from its unit", f6Gold9, "", own},
	})
}

// f6PartSilver is a rhodium-plated brass bangle whose clasp alone is
// sterling silver: the structured metals list both, the materials say
// which is the part's.
var f6PartSilver = core.Product{SKU: "F66", Name: "Ripple", Category: "bracelet", Collection: "Essence",
	Materials: []string{"rhodium-plated brass", "sterling silver clasp"},
	Metals:    []core.Metal{{Base: "brass", Plating: "rhodium"}, {Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}

// partPlatingTexts per language, on f6PartSilver: [1] the bangle said to
// be rhodium-plated brass (publishable); the bad text is
// platingCategoryTexts[2], the bangle called solid silver.
var partPlatingTexts = map[string]string{
	"en":    "The bangle is rhodium-plated brass.",
	"fr":    "Le jonc est en laiton rhodié.",
	"de":    "Der Armreif ist aus rhodiniertem Messing.",
	"it":    "Il bracciale rigido è in ottone rodiato.",
	"es":    "La esclava es de latón rodiado.",
	"pt":    "A pulseira rígida é de latão banhado a ródio.",
	"nl":    "De armband is van gerhodineerd messing.",
	"sv":    "Armringen är i rodinerad mässing.",
	"da":    "Armringen er i rhodineret messing.",
	"nb":    "Armringen er i rhodinert messing.",
	"fi":    "Rannerengas on rodinoitua messinkiä.",
	"pl":    "Bransoleta jest z rodowanego mosiądzu.",
	"cs":    "Náramek je z rhodiované mosazi.",
	"tr":    "Bilezik rodyum kaplama pirinçtir.",
	"el":    "Το βραχιόλι είναι από επιροδιωμένο ορείχαλκο.",
	"ar":    "السوار من النحاس الأصفر المطلي بالروديوم.",
	"ja":    "バングルはロジウムメッキの真鍮です。",
	"ko":    "뱅글은 로듐 도금 황동입니다.",
	"zh-CN": "手镯为镀铑黄铜材质。",
	"zh-TW": "手鐲為鍍銠黃銅材質。",
}

// TestKindsPartMetalNotSolidFacts6 (#13, plating_solid): a metal the data
// gives a component only ("sterling silver clasp", beside the structured
// metals) does not make a plated piece solid: the bangle called solid
// silver breaks the plating rule in every locale; said as plated brass
// it passes.
func TestKindsPartMetalNotSolidFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var solid, plated []lt
	perLocale(t, platingCategoryTexts, "plating category", func(loc string, x [5]string, in func([]string) []lt) {
		solid = append(solid, in(x[2:3])...)
	})
	perLocale(t, partPlatingTexts, "part plating", func(loc string, x string, in func([]string) []lt) {
		plated = append(plated, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plated piece with a silver part called solid silver", f6PartSilver, CatRegulatory, solid},
		{"plated piece said plated", f6PartSilver, "", plated},
	})
}

// loanwordGemTexts per Latin-script language, on f6Aqua: a mineral name
// in -ite written as the international loanword ("moissanites",
// "tanzanite") beside the language's own spelling.
var loanwordGemTexts = map[string]string{
	"en": "Four white moissanites line the anklet.", "fr": "Quatre moissanites blanches ornent la chevillère.",
	"de": "Vier weiße Moissanites zieren das Fußkettchen.", "it": "Quattro moissanites bianche ornano la cavigliera.",
	"es": "Cuatro moissanites blancas adornan la tobillera.", "pt": "Quatro moissanites brancas enfeitam a tornozeleira.",
	"nl": "Vier witte moissanites sieren het enkelbandje.", "sv": "Fyra vita moissanites pryder fotlänken.",
	"da": "Fire hvide moissanites pynter ankelkæden.", "nb": "Fire hvite moissanites pryder ankelkjedet.",
	"fi": "Neljä valkoista moissanitea koristaa nilkkaketjua.", "pl": "Cztery białe moissanites zdobią bransoletkę na kostkę.",
	"cs": "Čtyři bílé moissanites zdobí řetízek na kotník.", "tr": "Dört beyaz moissanite halhalı süslüyor.",
	"el": "Τέσσερις λευκοί μουασανίτες στολίζουν το βραχιόλι αστραγάλου.", "ar": "أربعة أحجار مويسانيت بيضاء تزين الخلخال.",
	"ja": "白いモアッサナイト4石がアンクレットを飾ります。", "ko": "화이트 모이사나이트 네 개가 앵클릿을 장식합니다.",
	"zh-CN": "四颗白色莫桑石点缀脚链。", "zh-TW": "四顆白色莫桑石點綴腳鍊。",
}

// TestKindsLoanwordGemFacts6 (#13, unknown_vocab): a gem the product
// does not have, written as the international loanword, is compared in
// every locale.
func TestKindsLoanwordGemFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, loanwordGemTexts, "loanword gem", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{{"loanword gem", f6Aqua, CatGrounding, texts}})
}

// f6CZRing is a sterling silver ring with twelve cubic zirconia.
var f6CZRing = core.Product{SKU: "F67", Name: "Luna", Category: "ring", Collection: "Essence",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "white"},
	Stones: []core.Stone{{Type: "cubic zirconia", Origin: core.OriginSimulant, Colour: "white", Count: 12}}}

// diamondNameTexts per language, on f6CZRing: the zirconia called
// diamonds by the trade's other name for them (brilliants, Brillanten,
// briljanten, brylanty, pırlanta, ダイヤ, 다이아, 钻) or the plain word.
var diamondNameTexts = map[string]string{
	"en": "The sterling silver ring holds twelve sparkling brilliants.", "fr": "La bague en argent sterling porte douze diamants étincelants.",
	"de": "Der Ring aus Sterlingsilber trägt zwölf funkelnde Brillanten.", "it": "L'anello in argento sterling porta dodici diamanti scintillanti.",
	"es": "El anillo de plata de ley lleva doce diamantes relucientes.", "pt": "O anel de prata 925 traz doze diamantes cintilantes.",
	"nl": "De ring van sterling zilver draagt twaalf fonkelende briljanten.", "sv": "Ringen i sterlingsilver bär tolv gnistrande diamanter.",
	"da": "Ringen i sterlingsølv bærer tolv funklende diamanter.", "nb": "Ringen i sterlingsølv har tolv glitrende diamanter.",
	"fi": "Sterlinghopeasormuksessa on kaksitoista säihkyvää timanttia.", "pl": "Pierścionek ze srebra zdobi dwanaście lśniących brylantów.",
	"cs": "Prsten ze stříbra zdobí dvanáct třpytivých briliantů.", "tr": "Gümüş yüzükte on iki ışıltılı pırlanta var.",
	"el": "Το ασημένιο δαχτυλίδι έχει δώδεκα λαμπερά διαμάντια.", "ar": "يحمل الخاتم الفضي اثنتي عشرة ماسة لامعة.",
	"ja": "シルバーリングに12石のきらめくダイヤが並びます。", "ko": "실버 반지에 반짝이는 다이아 열두 개가 있습니다.",
	"zh-CN": "银戒指上镶嵌十二颗闪耀的钻。", "zh-TW": "銀戒指上鑲嵌十二顆閃耀的鑽。",
}

// TestKindsSimulantCalledDiamondFacts6 (#13, simulant_as_gem): cubic
// zirconia called diamonds, by the plain word or the trade's name for a
// brilliant-cut diamond, is a stone the product does not have in every
// locale.
func TestKindsSimulantCalledDiamondFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, diamondNameTexts, "diamond name", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{{"simulant called a diamond", f6CZRing, CatGrounding, texts}})
}

// preciousStoneTexts per language, on f6Glass: the glass stones called
// gems or precious stones, in a case the phrase takes after a preposition
// or a Turkish case ending ("değerli taşla").
var preciousStoneTexts = map[string]string{
	"en": "A fine sterling silver chain threaded with five green gemstones.", "fr": "Une fine chaîne en argent sterling ornée de cinq pierres précieuses vertes.",
	"de": "Eine feine Kette aus Sterlingsilber mit fünf grünen Edelsteinen.", "it": "Una sottile catena in argento sterling con cinque pietre preziose verdi.",
	"es": "Una fina cadena de plata de ley con cinco piedras preciosas verdes.", "pt": "Uma corrente fina de prata 925 com cinco pedras preciosas verdes.",
	"nl": "Een fijne ketting van sterling zilver met vijf groene edelstenen.", "sv": "En fin kedja i sterlingsilver med fem gröna ädelstenar.",
	"da": "En fin kæde i sterlingsølv med fem grønne ædelstene.", "nb": "En fin kjede i sterlingsølv med fem grønne edelsteiner.",
	"fi": "Hieno sterlinghopeaketju, jossa on viisi vihreää jalokiveä.", "pl": "Cienki łańcuszek ze srebra z pięcioma zielonymi kamieniami szlachetnymi.",
	"cs": "Jemný řetízek ze stříbra s pěti zelenými drahokamy.", "tr": "Beş yeşil değerli taşla süslenmiş ince bir gümüş zincir.",
	"el": "Λεπτή αλυσίδα από ασήμι 925 με πέντε πράσινους πολύτιμους λίθους.", "ar": "سلسلة رفيعة من الفضة الإسترليني مرصعة بخمسة أحجار كريمة خضراء.",
	"ja": "スターリングシルバーの華奢なチェーンに5つのグリーンの宝石。", "ko": "스털링 실버 체인에 그린 보석 다섯 개가 달려 있습니다.",
	"zh-CN": "纤细的925银链上点缀五颗绿色宝石。", "zh-TW": "纖細的925銀鍊上點綴五顆綠色寶石。",
}

// TestKindsGlassCalledPreciousFacts6 (#13, simulant_as_gem): glass called
// gems or precious stones breaks the imitation rule in every locale.
func TestKindsGlassCalledPreciousFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, preciousStoneTexts, "precious stone", func(loc string, x string, in func([]string) []lt) {
		texts = append(texts, in([]string{x})...)
	})
	runKinds(t, c, guide(t), []kindTable{{"glass called precious", f6Glass, CatRegulatory, texts}})
}

// rareMetalTexts per language, on f6Aqua (14k yellow gold): [0] niobium,
// [1] tantalum, metals the product does not have.
var rareMetalTexts = map[string][2]string{
	"en":    {"A fine anklet of polished niobium.", "A fine anklet of polished tantalum."},
	"fr":    {"Une fine chevillère en niobium poli.", "Une fine chevillère en tantale poli."},
	"de":    {"Ein feines Fußkettchen aus poliertem Niob.", "Ein feines Fußkettchen aus poliertem Tantal."},
	"it":    {"Una cavigliera sottile in niobio lucidato.", "Una cavigliera sottile in tantalio lucidato."},
	"es":    {"Una tobillera fina de niobio pulido.", "Una tobillera fina de tántalo pulido."},
	"pt":    {"Uma tornozeleira fina de nióbio polido.", "Uma tornozeleira fina de tântalo polido."},
	"nl":    {"Een fijn enkelbandje van gepolijst niobium.", "Een fijn enkelbandje van gepolijst tantaal."},
	"sv":    {"En fin fotlänk i polerat niob.", "En fin fotlänk i polerat tantal."},
	"da":    {"En fin ankelkæde i poleret niobium.", "En fin ankelkæde i poleret tantal."},
	"nb":    {"Et fint ankelkjede i polert niob.", "Et fint ankelkjede i polert tantal."},
	"fi":    {"Hieno nilkkaketju kiillotettua niobia.", "Hieno nilkkaketju kiillotettua tantaalia."},
	"pl":    {"Cienka bransoletka na kostkę z polerowanego niobu.", "Cienka bransoletka na kostkę z polerowanego tantalu."},
	"cs":    {"Jemný řetízek na kotník z leštěného niobu.", "Jemný řetízek na kotník z leštěného tantalu."},
	"tr":    {"Parlatılmış niyobyumdan ince bir halhal.", "Parlatılmış tantaldan ince bir halhal."},
	"el":    {"Ένα λεπτό βραχιόλι αστραγάλου από γυαλισμένο νιόβιο.", "Ένα λεπτό βραχιόλι αστραγάλου από γυαλισμένο ταντάλιο."},
	"ar":    {"خلخال رفيع من النيوبيوم المصقول.", "خلخال رفيع من التنتالوم المصقول."},
	"ja":    {"磨き上げたニオブの華奢なアンクレットです。", "磨き上げたタンタルの華奢なアンクレットです。"},
	"ko":    {"광택을 낸 니오븀으로 만든 가는 앵클릿입니다.", "광택을 낸 탄탈럼으로 만든 가는 앵클릿입니다."},
	"zh-CN": {"抛光铌金属打造的纤细脚链。", "抛光钽金属打造的纤细脚链。"},
	"zh-TW": {"拋光鈮金屬打造的纖細腳鍊。", "拋光鉭金屬打造的纖細腳鍊。"},
}

// TestKindsRareMetalFacts6 (#13, unknown_vocab): niobium and tantalum,
// metals the lists did not know, are compared with the product's metals
// in every locale.
func TestKindsRareMetalFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, rareMetalTexts, "rare metal", func(loc string, x [2]string, in func([]string) []lt) {
		texts = append(texts, in(x[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{{"rare metal", f6Aqua, CatGrounding, texts}})
}

// nameFirstTexts per language, on f6Aqua (collection Essence): another
// collection written as it is, first in its sentence, before the
// language's word for a collection.
var nameFirstTexts = map[string]string{
	"en": "Timeless collection pieces are cast in 14k gold.", "fr": "La collection Timeless propose une chevillère en or jaune 14 carats.",
	"de": "Timeless Kollektion: Fußkettchen aus 14 Karat Gelbgold.", "it": "Timeless collezione: cavigliera in oro giallo 14 carati.",
	"es": "Timeless colección: tobillera de oro amarillo de 14 quilates.", "pt": "Timeless coleção: tornozeleira de ouro amarelo 14 quilates.",
	"nl": "Timeless collectie: enkelbandje van 14 karaat geelgoud.", "sv": "Timeless kollektion: fotlänk i 14 karats gult guld.",
	"da": "Timeless kollektion: ankelkæde i 14 karat gult guld.", "nb": "Timeless kolleksjon: ankelkjede i 14 karat gult gull.",
	"fi": "Timeless mallisto: nilkkaketju 14 karaatin keltakultaa.", "pl": "Timeless kolekcja: bransoletka z 14-karatowego złota.",
	"cs": "Timeless kolekce: řetízek ze 14karátového zlata.", "tr": "Timeless koleksiyonu 14 ayar altından halhal sunar.",
	"el": "Timeless συλλογή: βραχιόλι από χρυσό 14 καρατίων.", "ar": "Timeless مجموعة من الذهب الأصفر عيار 14.",
	"ja": "Timelessシリーズの14金のアンクレット。", "ko": "Timeless 컬렉션의 14K 골드 앵클릿입니다.",
	"zh-CN": "Timeless系列的14K黄金脚链。", "zh-TW": "Timeless系列的14K黃金腳鍊。",
}

// TestKindsCollectionNameFirstFacts6 (#13, collection_wrong): another
// collection written as it is, first in its sentence beside a word for
// a collection, is grounding's finding only: neither a misspelt name
// (trademark) nor an altered do-not-translate one (glossary), in every
// locale (Chinese and Japanese read it in the dictionary segmentation).
func TestKindsCollectionNameFirstFacts6(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	g := guide(t)
	perLocale(t, nameFirstTexts, "name first", func(loc string, x string, _ func([]string) []lt) {
		fs := c.Check(core.CheckInput{Product: f6Aqua, Locale: loc, Channel: "social", Text: x, Guide: g})
		grounded := false
		for _, f := range fs {
			switch {
			case f.Rule == "grounding.collection" && f.Severity == core.SeverityBlock:
				grounded = true
			case f.Rule == "trademark.collection_spelling" || f.Rule == "glossary.do_not_translate":
				t.Errorf("%s %q: %s %q on a name written as it is", loc, x, f.Rule, f.Message)
			}
		}
		if !grounded {
			t.Errorf("%s %q: no blocking grounding.collection: %s", loc, x, describe(fs, "", x))
		}
	})
}
