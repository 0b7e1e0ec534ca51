package checks

import (
	"fmt"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

var (
	incl43Tourm = core.Product{SKU: "IN43TQ", Name: "Tourmalinated Quartz Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver", "tourmalinated quartz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "tourmalinated quartz", Colour: "clear", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"silver", "black"}}
	incl43Rutil = core.Product{SKU: "IN43RQ", Name: "Rutilated Quartz Pendant", Category: "necklace", Collection: "Heritage",
		Materials: []string{"sterling silver", "rutilated quartz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "rutilated quartz", Colour: "clear", Count: 1, Origin: core.OriginNatural}}, Colours: []string{"silver", "gold"}}
	incl43Seed = core.Product{SKU: "IN43SP", Name: "Seed Pearl Bracelet", Category: "bracelet", Collection: "Lumière",
		Materials: []string{"14k gold-plated sterling silver", "seed pearls"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "14k", PlatingMicrons: 2}},
		Stones: []core.Stone{{Type: "seed pearl", Colour: "white", Count: 36}}, Colours: []string{"white", "gold"}}
	incl43Fresh = core.Product{SKU: "IN43FP", Name: "Pearl Bracelet", Category: "bracelet", Collection: "Lumière",
		Materials: []string{"sterling silver", "freshwater pearls"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 20}}, Colours: []string{"white", "silver"}}
	incl43Opal = core.Product{SKU: "IN43PO", Name: "Pink Opal Studs", Category: "earrings", Collection: "Essence",
		Materials: []string{"18k gold-plated sterling silver", "pink opal"}, Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 1}},
		Stones: []core.Stone{{Type: "pink opal", Colour: "pink", Count: 2, Origin: core.OriginNatural}}, Colours: []string{"pink", "gold"}}
	incl43Brass = core.Product{SKU: "IN43GB", Name: "Hoops", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold-plated brass"}, Metals: []core.Metal{{Base: "brass", Plating: "gold", PlatingMicrons: 1}}, Colours: []string{"gold"}}
)

// TestKindsIncl43Inclusion (#13, probe 43C): a stone named for its
// inclusions (tourmalinated quartz) holds the mineral it is named for;
// copy that says the needles inside the quartz are tourmaline says what
// the customer sees in the stone.
func TestKindsIncl43Inclusion(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Fine black needles run through the stone: these are crystals of black tourmaline that grew inside the quartz.", incl43Tourm, false},
		{"en-US", "Fine black needles run through the stone: these are crystals of black tourmaline that grew inside the quartz.", incl43Tourm, false},
		{"en-AU", "Fine black needles run through the stone: these are crystals of black tourmaline that grew inside the quartz.", incl43Tourm, false},
		{"de-DE", "Die feinen schwarzen Nadeln im Stein sind Kristalle aus schwarzem Turmalin, die im Quarz gewachsen sind.", incl43Tourm, false},
		{"fr-FR", "Les fines aiguilles noires dans la pierre sont des cristaux de tourmaline noire qui ont poussé dans le quartz.", incl43Tourm, false},
		{"fr-CA", "Les fines aiguilles noires dans la pierre sont des cristaux de tourmaline noire qui ont poussé dans le quartz.", incl43Tourm, false},
		{"es-ES", "Las finas agujas negras dentro de la piedra son cristales de turmalina negra que crecieron dentro del cuarzo.", incl43Tourm, false},
		{"es-MX", "Las finas agujas negras que se ven dentro de la piedra son cristales de turmalina negra que crecieron dentro del cuarzo mientras se formaba.", incl43Tourm, false},
		{"it-IT", "I sottili aghi neri visibili all'interno sono cristalli di tormalina nera cresciuti dentro il quarzo.", incl43Tourm, false},
		{"pt-PT", "As finas agulhas negras que se veem no interior são cristais de turmalina negra que cresceram dentro do quartzo.", incl43Tourm, false},
		{"pt-BR", "As finas agulhas pretas no interior são cristais de turmalina preta que cresceram dentro do quartzo.", incl43Tourm, false},
		{"nl-NL", "De fijne zwarte naalden in de steen zijn kristallen van zwarte toermalijn die in het kwarts zijn gegroeid.", incl43Tourm, false},
		{"sv-SE", "De fina svarta nålarna i stenen är kristaller av svart turmalin som växte inuti kvartsen.", incl43Tourm, false},
		{"da-DK", "De fine sorte nåle i stenen er krystaller af sort turmalin, der voksede inde i kvartsen.", incl43Tourm, false},
		{"nb-NO", "De fine svarte nålene i steinen er krystaller av svart turmalin som vokste inne i kvartsen.", incl43Tourm, false},
		{"fi-FI", "Kiven hienot mustat neulat ovat mustan turmaliinin kiteitä, jotka kasvoivat kvartsin sisällä.", incl43Tourm, false},
		{"pl-PL", "Cienkie czarne igiełki w kamieniu to kryształy czarnego turmalinu, które wyrosły wewnątrz kwarcu.", incl43Tourm, false},
		{"cs-CZ", "Jemné černé jehličky uvnitř kamene jsou krystaly černého turmalínu, které během vzniku křemene prorostly jeho hmotou.", incl43Tourm, false},
		{"el-GR", "Οι λεπτές μαύρες βελόνες μέσα στην πέτρα είναι κρύσταλλοι μαύρης τουρμαλίνης που αναπτύχθηκαν μέσα στον χαλαζία.", incl43Tourm, false},
		{"tr-TR", "Taşın içindeki ince siyah iğneler, kuvarsın içinde büyüyen siyah turmalin kristalleridir.", incl43Tourm, false},
		{"ar-AE", "الإبر السوداء الدقيقة داخل الحجر هي بلورات من التورمالين الأسود نمت داخل الكوارتز.", incl43Tourm, false},
		{"ja-JP", "石の中の細く黒い針は、クォーツの中で成長したブラックトルマリンの結晶です。", incl43Tourm, false},
		{"ko-KR", "돌 안의 가늘고 검은 바늘은 쿼츠 안에서 자란 블랙 투르말린 결정입니다.", incl43Tourm, false},
		{"zh-CN", "石英中清晰可见的细长黑色针状物，是在石英形成过程中一同生长的黑碧玺结晶。", incl43Tourm, false},
		{"zh-TW", "石英中清晰可見的細長黑色針狀物，是在石英形成過程中一同生長的黑碧璽結晶。", incl43Tourm, false},
		// the explained contrast: rutilated quartz's needles against this piece's tourmaline
		{"en-GB", "It is often confused with rutilated quartz, whose needles are golden rutile rather than black tourmaline; this piece holds only tourmaline.", incl43Tourm, false},
		{"cs-CZ", "Nezaměňujte ho s rutilovým křemenem, jehož jehličky jsou zlatavé; tento přívěsek obsahuje jen turmalín.", incl43Tourm, false},
		// the probe's sentences whole
		{"es-MX", "Las finas agujas negras que se ven dentro de la piedra son cristales de turmalina negra que crecieron dentro del cuarzo mientras se formaba, así que ningún dije tiene el mismo dibujo.", incl43Tourm, false},
		{"it-IT", "I sottili aghi neri visibili all'interno sono cristalli di tormalina nera cresciuti dentro il quarzo durante la sua formazione: per questo ogni ciondolo ha un disegno unico.", incl43Tourm, false},
		{"pt-PT", "As finas agulhas negras que se veem no interior são cristais de turmalina negra que cresceram dentro do quartzo durante a sua formação, por isso nenhum pendente tem o mesmo desenho.", incl43Tourm, false},
		{"en-GB", "Look closely and you will see fine black needles running through the stone: these are crystals of black tourmaline that grew inside the quartz as it formed, so no two pendants share the same pattern.", incl43Tourm, false},
		{"zh-TW", "石英中清晰可見的細長黑色針狀物，是在石英形成過程中一同生長的黑碧璽結晶，因此每一條墜鍊的紋路都獨一無二。", incl43Tourm, false},
		{"cs-CZ", "Nezaměňujte ho s rutilovým křemenem.", incl43Tourm, false},
		{"cs-CZ", "Přívěsek je s rutilovým křemenem.", incl43Tourm, true},
		// bad twins: a tourmaline set on the piece, rutile said of a tourmalinated quartz
		{"en-GB", "A ring set with a tourmaline.", incl43Tourm, true},
		{"en-GB", "The pendant is set with a pink tourmaline beside the quartz.", incl43Tourm, true},
		{"en-GB", "Fine golden needles run through the stone: these are crystals of rutile that grew inside the quartz.", incl43Tourm, true},
		{"de-DE", "Der Anhänger ist mit einem Turmalin besetzt.", incl43Tourm, true},
		{"es-ES", "Dentro del cuarzo hay agujas de rutilo.", incl43Tourm, true},
		{"en-GB", "The quartz is full of rutile needles.", incl43Tourm, true},
		{"en-GB", "The pendant is set with tourmalines; fine needles run through its quartz.", incl43Tourm, true},
		{"zh-CN", "吊坠镶嵌一颗碧玺。", incl43Tourm, true},
		// the rutilated quartz as before
		{"en-GB", "Fine golden needles run through the stone: these are crystals of rutile that grew inside the quartz.", incl43Rutil, false},
		{"en-GB", "Fine black needles run through the stone: these are crystals of black tourmaline that grew inside the quartz.", incl43Rutil, true},
		// the look-alike's mineral in a sentence of confusion (released 31B pl-PL 31B109-1)
		{"pl-PL", "Łatwo go pomylić z kwarcem turmalinowym, ale tam igiełki to czarny turmalin.", incl43Rutil, false},
		{"en-GB", "It is easily confused with tourmalinated quartz, but there the needles are black tourmaline.", incl43Rutil, false},
	})
}

// TestKindsIncl43Seed (#13, probe 43C): seed pearl is a size class, not an
// origin; tiny freshwater pearls are what today's seed pearls are.
func TestKindsIncl43Seed(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Seed pearls are tiny freshwater pearls of about 2 mm.", incl43Seed, false},
		{"en-US", "Seed pearls are tiny freshwater pearls of about 2 mm.", incl43Seed, false},
		{"en-AU", "Seed pearls are tiny freshwater pearls of about 2 mm.", incl43Seed, false},
		{"de-DE", "Saatperlen sind winzige Süßwasserperlen von etwa 2 mm.", incl43Seed, false},
		{"fr-FR", "Les perles de semence sont de minuscules perles d'eau douce d'environ 2 mm.", incl43Seed, false},
		{"fr-CA", "Les perles de semence sont de minuscules perles d'eau douce d'environ 2 mm.", incl43Seed, false},
		{"es-ES", "Las perlas semilla son perlas de agua dulce diminutas, de unos 2 mm.", incl43Seed, false},
		{"es-MX", "Las perlas semilla son perlas de agua dulce diminutas, de unos 2 mm.", incl43Seed, false},
		{"it-IT", "Le perle seme sono minuscole perle d'acqua dolce di circa 2 mm.", incl43Seed, false},
		{"pt-PT", "As pérolas-semente são minúsculas pérolas de água doce com cerca de 2 mm.", incl43Seed, false},
		{"pt-BR", "As pérolas-semente são minúsculas pérolas de água doce com cerca de 2 mm.", incl43Seed, false},
		{"nl-NL", "Zaadparels zijn piepkleine zoetwaterparels van ongeveer 2 mm.", incl43Seed, false},
		{"sv-SE", "Fröpärlor är små sötvattenspärlor på omkring 2 mm.", incl43Seed, false},
		{"da-DK", "Frøperler er bittesmå ferskvandsperler på omkring 2 mm.", incl43Seed, false},
		{"nb-NO", "Frøperler er bittesmå ferskvannsperler på rundt 2 mm.", incl43Seed, false},
		{"fi-FI", "Siemenhelmet ovat pieniä, noin 2 mm:n makeanveden helmiä.", incl43Seed, false},
		{"pl-PL", "Perełki nasienne to maleńkie perły słodkowodne o średnicy około 2 mm.", incl43Seed, false},
		{"cs-CZ", "Takzvané semínkové perly jsou drobné sladkovodní perly o velikosti kolem 2 mm.", incl43Seed, false},
		{"el-GR", "Τα μαργαριτάρια σπόρου είναι μικροσκοπικά μαργαριτάρια γλυκού νερού περίπου 2 mm.", incl43Seed, false},
		{"tr-TR", "Tohum inciler, yaklaşık 2 mm boyutunda minik tatlı su incileridir.", incl43Seed, false},
		{"ar-AE", "لآلئ البذور هي لآلئ مياه عذبة صغيرة جدًا بقطر 2 مم تقريبًا.", incl43Seed, false},
		{"ja-JP", "シードパールは約2mmの小さな淡水パールです。", incl43Seed, false},
		{"ko-KR", "시드 펄은 지름 약 2mm의 아주 작은 담수 진주로, 19세기 웨딩 주얼리에 즐겨 쓰였습니다.", incl43Seed, false},
		{"zh-CN", "米珠是直径约2毫米的微小淡水珍珠。", incl43Seed, false},
		{"zh-TW", "米珠是直徑約2毫米的微小淡水珍珠。", incl43Seed, false},
		// bad twins: a saltwater species said of seed pearls or of freshwater ones
		{"en-GB", "The bracelet holds 36 South Sea pearls.", incl43Seed, true},
		{"zh-CN", "手链镶嵌36颗南洋珍珠。", incl43Seed, true},
		{"en-GB", "The bracelet holds 36 Tahitian pearls.", incl43Seed, true},
		{"en-GB", "The bracelet holds 36 Akoya pearls.", incl43Seed, true},
		{"de-DE", "Das Armband trägt Südseeperlen.", incl43Seed, true},
		{"en-GB", "The bracelet holds 20 Akoya pearls.", incl43Fresh, true},
		{"es-ES", "La pulsera lleva perlas Akoya.", incl43Fresh, true},
	})
}

// TestKindsIncl43Chinese (#13, probe 43C zh-TW 43C101): 镀金纯银, gold-plated
// silver, is no vermeil (FTC 16 CFR 23.5 asks 2.5 microns of gold of at
// least 10k for "vermeil").
func TestKindsIncl43Chinese(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"zh-TW", "每只各鑲一顆 6 毫米粉紅蛋白石，底座為 18K 鍍金純銀。", incl43Opal, false},
		{"zh-CN", "每只各镶一颗 6 毫米粉红蛋白石，底座为 18K 镀金纯银。", incl43Opal, false},
		{"zh-TW", "它不同於帶有火焰般橘色的墨西哥火蛋白石；這對耳環只使用粉紅蛋白石。", incl43Opal, false},
		{"zh-CN", "它不同于带有火焰般橘色的墨西哥火蛋白石；这对耳环只使用粉红蛋白石。", incl43Opal, false},
		// bad twins: silver on brass, a fire opal set on the studs
		{"zh-TW", "底座為鍍金純銀。", incl43Brass, true},
		{"zh-CN", "底座为镀金纯银。", incl43Brass, true},
		{"zh-TW", "每只各鑲一顆火蛋白石。", incl43Opal, true},
		{"zh-CN", "每只各镶一颗火蛋白石。", incl43Opal, true},
		{"zh-CN", "这对耳环镶嵌带有火焰般橘色的墨西哥火蛋白石。", incl43Opal, true},
		{"zh-TW", "這對耳環鑲嵌帶有火焰般橘色的墨西哥火蛋白石。", incl43Opal, true},
		{"zh-CN", "不同于其他耳环，这对耳环镶嵌墨西哥火蛋白石。", incl43Opal, true},
		// Traditional forms the vocabulary lacked (OpenCC s2t over zh-CN's material and stone forms)
		{"zh-TW", "耳環表面飾以琺琅。", incl43Opal, true},
		{"zh-TW", "每只各鑲一顆紅電氣石。", incl43Opal, true},
		{"zh-TW", "每只各鑲一顆穆凱石。", incl43Opal, true},
	})
}

// TestKindsIncl43SeedCount (#13, probe 43C nb-NO 43C104-3): the seed-pearl
// words no vocabulary read (Saatperlen, perles de semence, frøperler,
// fröpärlor, zaadparels, siemenhelmiä, perełki nasienne) counted nothing,
// so a wrong count of them passed once "freshwater pearls" stopped
// blocking the text. Read as pearls, the count is compared; the true
// count passes.
func TestKindsIncl43SeedCount(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	rows := []kindRow{
		{"en-GB", "The bracelet gathers %d white seed pearls on three strands.", incl43Seed, true},
		{"de-DE", "Das Armband vereint %d weiße Saatperlen auf drei Strängen.", incl43Seed, true},
		{"fr-CA", "Le bracelet réunit %d perles de semence blanches.", incl43Seed, true},
		{"fr-FR", "Le bracelet réunit %d perles de semence blanches.", incl43Seed, true},
		{"es-MX", "La pulsera reúne %d perlas semilla blancas.", incl43Seed, true},
		{"it-IT", "Il bracciale riunisce %d perle seme bianche.", incl43Seed, true},
		{"nb-NO", "Armbåndet samler %d hvite frøperler på tre tynne tråder.", incl43Seed, true},
		{"da-DK", "Armbåndet samler %d hvide frøperler.", incl43Seed, true},
		{"sv-SE", "Armbandet samlar %d vita fröpärlor.", incl43Seed, true},
		{"nl-NL", "De armband verzamelt %d witte zaadparels.", incl43Seed, true},
		{"fi-FI", "Rannekoru kokoaa %d valkoista siemenhelmeä kolmeen nauhaan.", incl43Seed, true},
		{"cs-CZ", "Náramek spojuje %d bílých semínkových perel.", incl43Seed, true},
		{"pl-PL", "Bransoletka łączy %d białych perełek nasiennych.", incl43Seed, true},
		{"ko-KR", "흰색 시드 펄 %d개를 엮었습니다.", incl43Seed, true},
		{"ja-JP", "白いシードパール%d粒を連ねました。", incl43Seed, true},
		{"pt-PT", "A pulseira reúne %d pérolas-semente brancas.", incl43Seed, true},
		{"tr-TR", "Bileklik %d beyaz tohum inciyi bir araya getiriyor.", incl43Seed, true},
		{"el-GR", "Το βραχιόλι συγκεντρώνει %d λευκά μαργαριτάρια σπόρου.", incl43Seed, true},
		{"ar-AE", "يجمع السوار %d لؤلؤة بذرية بيضاء.", incl43Seed, true},
	}
	var all []kindRow
	for _, r := range rows {
		all = append(all, kindRow{r.locale, fmt.Sprintf(r.text, 48), r.p, true}, kindRow{r.locale, fmt.Sprintf(r.text, 36), r.p, false})
	}
	checkKindRows(t, svc, "", all)
}
