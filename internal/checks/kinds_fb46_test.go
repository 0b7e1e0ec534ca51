package checks

import (
	"context"
	"slices"
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// Products of TestKindsFb46 (#13, fb46), after released 46A/46B and probe
// 46C/46D.
var (
	fb46Hoops = core.Product{SKU: "F46H", Name: "Arracadas Trío", Category: "earrings", Collection: "Signature", Materials: []string{"gold-plated sterling silver", "lab-grown diamond"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginLabGrown}},
		TotalCaratWeight: 0.12, Colours: []string{"gold"}, Measurements: []core.Measurement{{Name: "hoop diameter", Value: 15, Unit: "mm"}}, Occasions: []string{"everyday"}, Keywords: []string{"arracadas diarias"}}
	fb46Trio = core.Product{SKU: "F46T", Name: "三石圈形耳環", Category: "earrings", Collection: "Signature", Materials: []string{"gold-plated sterling silver", "lab-grown diamond"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "gold", Fineness: "18k", PlatingMicrons: 2.5}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 6, Origin: core.OriginLabGrown}},
		TotalCaratWeight: 0.12, Colours: []string{"gold"}, Measurements: []core.Measurement{{Name: "hoop diameter", Value: 15, Unit: "mm"}}, Occasions: []string{"everyday"}, Keywords: []string{"日常耳環"}}
	fb46Band = core.Product{SKU: "F46B", Name: "Timeless Band Ring", Category: "ring", Collection: "Timeless", Materials: []string{"9k rose gold"},
		Metals: []core.Metal{{Base: "rose gold", Fineness: "9k"}}, Colours: []string{"rose gold"}, Measurements: []core.Measurement{{Name: "band width", Value: 3, Unit: "mm"}}}
	fb46Jadeite = core.Product{SKU: "F46J", Name: "Heritage Jadeite Ring", Category: "ring", Collection: "Heritage", Materials: []string{"18k yellow gold", "jadeite jade"},
		Metals: []core.Metal{{Base: "yellow gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "jadeite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "gold"}, Measurements: []core.Measurement{{Name: "stone length", Value: 10, Unit: "mm"}}, Keywords: []string{"gift for her"}}
	fb46Tungsten = core.Product{SKU: "F46W", Name: "Timeless 碳化鎢戒指", Category: "ring", Collection: "Timeless", Materials: []string{"tungsten carbide"},
		Metals: []core.Metal{{Base: "tungsten carbide"}}, Colours: []string{"grey"}, Features: []string{"scratch-resistant"},
		Measurements: []core.Measurement{{Name: "width", Value: 8, Unit: "mm"}}, Occasions: []string{"everyday"}}
	fb46Tahiti = core.Product{SKU: "F46P", Name: "Pendants d'oreilles perles de Tahiti", Category: "earrings", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "Tahitian cultured pearl", Colour: "black", Count: 2, Origin: core.OriginNatural},
			{Type: "diamond", Colour: "white", Count: 4, Origin: core.OriginNatural}}, Colours: []string{"black", "white"}, Measurements: []core.Measurement{{Name: "pearl diameter", Value: 9, Unit: "mm"}}}
	fb46Diamond = core.Product{SKU: "F46D", Name: "Diamond Drops", Category: "earrings", Collection: "Lumière", Materials: []string{"18k white gold"},
		Metals: []core.Metal{{Base: "white gold", Fineness: "18k"}}, Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 4, Origin: core.OriginNatural}}, Colours: []string{"white"}}
)

// fb46PDP checks each row as a pdp text (the released and probe copy is
// product page copy, longer than the social channel takes): a block of
// category (any when "") where the row wants one, none where it does not.
// Blocks of the categories in aside are not counted ("length" for rows of
// single sentences).
func fb46PDP(t *testing.T, svc *core.Service, category string, rows []kindRow, aside ...string) {
	t.Helper()
	for _, r := range rows {
		res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: r.p, Locale: r.locale, Channel: "pdp", Text: r.text})
		if err != nil {
			t.Fatal(err)
		}
		blocked := false
		for _, f := range res.Findings {
			blocked = blocked || f.Severity == core.SeverityBlock && !slices.Contains(aside, f.Category) && (category == "" || f.Category == category)
		}
		if blocked != r.block {
			t.Errorf("%s %q on %s: %s block %v, want %v: %s", r.locale, r.text, r.p.Name, category, blocked, r.block, describe(res.Findings, "", r.text))
		}
	}
}

// fb46ColourWarned reports whether the check of text warns or blocks on a
// colour (grounding.colour).
func fb46ColourWarned(t *testing.T, svc *core.Service, p core.Product, locale, text string) (bool, []core.Finding) {
	t.Helper()
	res, err := svc.CheckText(context.Background(), core.CheckRequest{Product: p, Locale: locale, Channel: "social", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.Rule == "grounding.colour" {
			return true, res.Findings
		}
	}
	return false, res.Findings
}

// TestKindsFb46 (#13, fb46): publishable copy blocked on 099be13a for
// reasons other than a material explained. (1) A collection named for
// another piece: a capitalised piece named before it ("como los Broqueles
// Halo de la colección Moments") or, where qualifiers come first, after it
// ("Moments koleksiyonundan Halo küpeleri"), or a category word of another
// kind beside it ("مع أقراط Essence الحلقية", "with Essence hoop
// earrings"; grounding.go collectionOfOther). (2) A count said as a sum
// (三加三, "three plus three": numbers sum). (3) pl "wytrzymałość i tłusty
// połysk", a mineral's toughness and lustre, read as a lasting shine
// (data/pl/concepts-lustre46.yaml). (4) zh 比金或銀: the segmenter's 比金
// dropped the gold, so the silver listed after it was the piece's
// (grounding.go thanGlued). The piece's own wrong facts in the same
// shapes still block.
func TestKindsFb46(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	// failing before: the released and probe copy
	fb46PDP(t, svc, "", []kindRow{
		{"es-MX", "Las Arracadas Trío de la colección Signature miden 15 mm y están hechas en plata sterling con un baño de oro de 18 quilates de 2.5 micras. Cada arracada lleva al frente tres diamantes creados en laboratorio: seis piedras en total, con un peso conjunto de 0.12 quilates. El cierre de bisagra encaja con un clic suave y se mantiene firme todo el día. Úselas solas en la oficina o añada un broquel pequeño en una segunda perforación el fin de semana, como los Broqueles Halo de la colección Moments.", fb46Hoops, false},
		{"ar-AE", "خاتم Timeless مصنوع من الذهب الوردي عيار 9. يأتي لونه الوردي الدافئ من النحاس: فالذهب عيار 9 يحتوي على 37.5% من الذهب الخالص، ويُمزج الباقي بنسبة عالية من النحاس مع قليل من الفضة، فيتحول اللون الأصفر إلى وردي ناعم. وكلما زادت نسبة النحاس ازداد عمق اللون. كما يجعل هذا المزيج الخاتم أكثر صلابة ومقاومة للخدوش في الاستعمال اليومي. يبلغ عرض الحلقة 3 ملم بحواف مستديرة مريحة. ارتديه وحده أو مع أقراط Essence الحلقية من Aurelia، ونظّفيه بماء فاتر وصابون لطيف.", fb46Band, false},
		{"zh-TW", "Signature系列三石圈形耳環直徑15公釐，以925純銀為底，鍍上2.5微米厚的18K金。每只耳環正面鑲有三顆實驗室培育鑽石，兩只合計三加三顆，總重0.12克拉。鉸鏈式扣環輕輕一按即扣緊，整天穩固不鬆脫。上班時可單獨佩戴，週末不妨在第二個耳洞加上一顆小巧耳針。", fb46Trio, false},
		{"pl-PL", "Pierścionek z kolekcji Heritage ma owalny kaboszon z zielonego jadeitu typu A, oprawiony w 18-karatowe żółte złoto. „Typ A” oznacza, że kamień nie był barwiony, bielony ani nasycany żywicą. Jadeit powstaje głęboko pod ziemią, pod ogromnym ciśnieniem i w stosunkowo niskiej temperaturze; splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk, a zieleń pochodzi od domieszki chromu. Kaboszon mierzy 10 mm. Zdejmuj pierścionek przed ćwiczeniami i przecieraj go miękką, wilgotną ściereczką.", fb46Jadeite, false},
		{"pl-PL", "Pierścionek z kolekcji Heritage ma owalny kaboszon z zielonego jadeitu typu A, oprawiony w 18-karatowe żółte złoto. „Typ A” oznacza, że kamień nie był barwiony, bielony ani nasycany żywicą. Jadeit powstaje głęboko pod ziemią, pod ogromnym ciśnieniem i w stosunkowo niskiej temperaturze; splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk, a zieleń pochodzi od domieszki chromu. Kaboszon mierzy 10 mm i pięknie wygląda przy kremowym swetrze lub białej koszuli. Zdejmuj pierścionek przed ćwiczeniami i przecieraj go miękką, wilgotną ściereczką.", fb46Jadeite, false},
		{"pl-PL", "Pierścionek z kolekcji Heritage ma owalny kaboszon z zielonego jadeitu typu A, oprawiony w 18-karatowe żółte złoto. „Typ A” oznacza, że kamień nie był barwiony, bielony ani nasycany żywicą. Jadeit powstaje głęboko pod ziemią, pod ogromnym ciśnieniem i w stosunkowo niskiej temperaturze; splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk, a zieleń pochodzi od domieszki chromu. Kaboszon mierzy 10 mm, a cały pierścionek to wyjątkowy prezent dla niej. Zdejmuj pierścionek przed ćwiczeniami i przecieraj go miękką, wilgotną ściereczką.", fb46Jadeite, false},
	})
	fb46PDP(t, svc, "grounding", []kindRow{
		{"zh-TW", "Timeless 戒指寬 8 mm，以碳化鎢製成，中央為拉絲面，邊緣拋光。碳化鎢是將鎢粉與碳粉在高溫下結合，再燒結成緻密而極硬的材料。這樣的密度帶來紮實的重量，也讓它比金或銀更耐刮。由於質地堅硬，戒指無法改圍，訂購前請確認尺寸。搭配皮革錶帶的腕錶，日常配戴最自然。", fb46Tungsten, false},
	})
	fb46PDP(t, svc, "regulatory", []kindRow{
		{"zh-TW", "Timeless 戒指寬 8 mm，以碳化鎢製成，中央為拉絲面，邊緣拋光。碳化鎢是將鎢粉與碳粉在高溫下結合，再燒結成緻密而極硬的材料。這樣的密度帶來紮實的重量，也讓它比金或銀更耐刮。由於質地堅硬，戒指無法改圍，訂購前請確認尺寸。搭配皮革錶帶的腕錶，日常配戴最自然。", fb46Tungsten, false},
	})
	// a mineral's kind of lustre beside its toughness (pl idiom_pairs; the others pass already), every locale
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Interlocking microcrystals give it toughness and a greasy lustre.", fb46Jadeite, false},
		{"en-US", "Interlocking microcrystals give it toughness and a greasy luster.", fb46Jadeite, false},
		{"en-AU", "Its interlocking microcrystals give it durability and a greasy lustre.", fb46Jadeite, false},
		{"de-DE", "Sein Gefüge aus verfilzten Körnchen verleiht ihm Zähigkeit und einen fettigen Glanz.", fb46Jadeite, false},
		{"fr-FR", "Ses microcristaux enchevêtrés lui donnent sa ténacité et un éclat gras.", fb46Jadeite, false},
		{"fr-CA", "Ses microcristaux entrelacés lui donnent sa résistance et un lustre gras.", fb46Jadeite, false},
		{"es-ES", "Sus microcristales entrelazados le dan tenacidad y un brillo graso.", fb46Jadeite, false},
		{"es-MX", "Sus microcristales entrelazados le dan resistencia y un brillo graso.", fb46Jadeite, false},
		{"it-IT", "I microcristalli intrecciati gli danno tenacità e una lucentezza grassa.", fb46Jadeite, false},
		{"pt-PT", "Os microcristais entrelaçados dão-lhe resistência e um brilho gorduroso.", fb46Jadeite, false},
		{"pt-BR", "Os microcristais entrelaçados lhe dão resistência e um brilho graxo.", fb46Jadeite, false},
		{"nl-NL", "Verweven microkristallen geven het taaiheid en een vettige glans.", fb46Jadeite, false},
		{"sv-SE", "Sammanvävda mikrokristaller ger den seghet och en fet glans.", fb46Jadeite, false},
		{"da-DK", "Sammenvævede mikrokrystaller giver den sejhed og en fedtet glans.", fb46Jadeite, false},
		{"nb-NO", "Sammenvevde mikrokrystaller gir den seighet og en fettaktig glans.", fb46Jadeite, false},
		{"fi-FI", "Toisiinsa punoutuneet mikrokiteet antavat sille sitkeyden ja rasvaisen kiillon.", fb46Jadeite, false},
		{"pl-PL", "Splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk.", fb46Jadeite, false},
		{"cs-CZ", "Propletené mikrokrystaly mu dávají houževnatost a mastný lesk.", fb46Jadeite, false},
		{"el-GR", "Οι πλεγμένοι μικροκρύσταλλοι του δίνουν αντοχή και λιπαρή λάμψη.", fb46Jadeite, false},
		{"tr-TR", "İç içe geçmiş mikrokristaller ona dayanıklılık ve yağımsı bir parlaklık verir.", fb46Jadeite, false},
		{"ar-AE", "تمنحه البلورات الدقيقة المتشابكة صلابة وبريقًا دهنيًا.", fb46Jadeite, false},
		{"ja-JP", "絡み合った微細な結晶が、強靭さと脂肪光沢を与えます。", fb46Jadeite, false},
		{"ko-KR", "서로 얽힌 미세 결정이 강인함과 유지 광택을 줍니다.", fb46Jadeite, false},
		{"zh-CN", "交织的微晶赋予它韧性和油脂光泽。", fb46Jadeite, false},
		{"zh-TW", "交織的微晶賦予它韌性與油脂光澤。", fb46Jadeite, false},
	})
	// another named piece, then its collection ("like the Halo Studs from the Moments collection"), every locale
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Add a small stud in a second piercing, like the Halo Studs from the Moments collection.", fb46Hoops, false},
		{"en-US", "Add a small stud in a second piercing, like the Halo Studs from our Moments collection.", fb46Hoops, false},
		{"en-AU", "Add a little stud in a second piercing, such as the Halo Studs from the Moments collection.", fb46Hoops, false},
		{"de-DE", "Ergänzen Sie einen kleinen Stecker im zweiten Loch, wie die Halo-Ohrstecker aus der Kollektion Moments.", fb46Hoops, false},
		{"fr-FR", "Ajoutez une petite puce dans un deuxième trou, comme les Puces Halo de la collection Moments.", fb46Hoops, false},
		{"fr-CA", "Ajoutez une petite puce dans un deuxième trou, comme les puces Halo de la collection Moments.", fb46Hoops, false},
		{"es-ES", "Añada un pendiente pequeño en un segundo agujero, como los pendientes Halo de la colección Moments.", fb46Hoops, false},
		{"es-MX", "Añada un broquel pequeño en una segunda perforación, como los Broqueles Halo de la colección Moments.", fb46Hoops, false},
		{"it-IT", "Aggiunga un piccolo punto luce in un secondo foro, come gli orecchini Halo della collezione Moments.", fb46Hoops, false},
		{"pt-PT", "Acrescente um pequeno brinco num segundo furo, como os brincos Halo da coleção Moments.", fb46Hoops, false},
		{"pt-BR", "Acrescente um brinco pequeno em um segundo furo, como os brincos Halo da coleção Moments.", fb46Hoops, false},
		{"nl-NL", "Voeg een klein knopje toe in een tweede gaatje, zoals de oorknopjes Halo uit de Moments-collectie.", fb46Hoops, false},
		{"sv-SE", "Lägg till ett litet örhänge i ett andra hål, som örhängena Halo ur kollektionen Moments.", fb46Hoops, false},
		{"da-DK", "Tilføj en lille ørestikker i et andet hul, som ørestikkerne Halo fra kollektionen Moments.", fb46Hoops, false},
		{"nb-NO", "Legg til en liten ørepynt i et hull nummer to, som øredobbene Halo fra kolleksjonen Moments.", fb46Hoops, false},
		{"fi-FI", "Lisää pieni nappikoru toiseen reikään, kuten korvakorut Halo mallistosta Moments.", fb46Hoops, false},
		{"pl-PL", "Dodaj mały kolczyk w drugim przekłuciu, jak kolczyki Halo z kolekcji Moments.", fb46Hoops, false},
		{"cs-CZ", "Přidejte malou pecku do druhé dírky, jako jsou náušnice Halo z kolekce Moments.", fb46Hoops, false},
		{"el-GR", "Προσθέστε ένα μικρό σκουλαρίκι σε δεύτερη τρύπα, όπως τα σκουλαρίκια Halo της συλλογής Moments.", fb46Hoops, false},
		{"tr-TR", "İkinci deliğe küçük bir küpe ekleyin, örneğin Moments koleksiyonundan Halo küpeleri.", fb46Hoops, false},
		{"ar-AE", "أضيفي قرطًا صغيرًا في ثقب ثانٍ، مثل أقراط Halo من مجموعة Moments.", fb46Hoops, false},
		{"ja-JP", "セカンドピアスには、MomentsコレクションのHaloピアスのような小さなピアスを添えて。", fb46Hoops, false},
		{"ko-KR", "두 번째 피어싱에는 Moments 컬렉션의 Halo 귀걸이 같은 작은 스터드를 더해 보세요.", fb46Hoops, false},
		{"zh-CN", "第二个耳洞可以加上一颗小耳钉，例如Moments系列的Halo耳环。", fb46Hoops, false},
		{"zh-TW", "第二個耳洞可以加上一顆小耳針，例如Moments系列的Halo耳環。", fb46Hoops, false},
	})
	// a piece of another kind named with the collection ("with Essence hoop earrings"), every locale
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Wear it alone or with the Essence hoop earrings from Aurelia.", fb46Band, false},
		{"en-US", "Wear it alone or with Essence hoop earrings.", fb46Band, false},
		{"en-AU", "Wear it on its own or with our Essence earrings.", fb46Band, false},
		{"de-DE", "Tragen Sie ihn allein oder mit den Essence-Creolen.", fb46Band, false},
		{"fr-FR", "Portez-la seule ou avec les créoles Essence.", fb46Band, false},
		{"fr-CA", "Portez-la seule ou avec les boucles d'oreilles Essence.", fb46Band, false},
		{"es-ES", "Llévalo solo o con los pendientes de aro Essence.", fb46Band, false},
		{"es-MX", "Úsalo solo o con los aretes Essence.", fb46Band, false},
		{"it-IT", "Indossalo da solo o con gli orecchini a cerchio Essence.", fb46Band, false},
		{"pt-PT", "Use-o sozinho ou com os brincos de argola Essence.", fb46Band, false},
		{"pt-BR", "Use-o sozinho ou com as argolas Essence.", fb46Band, false},
		{"nl-NL", "Draag hem alleen of met de Essence-oorringen.", fb46Band, false},
		{"sv-SE", "Bär den ensam eller med örhängena Essence.", fb46Band, false},
		{"da-DK", "Bær den alene eller med øreringene Essence.", fb46Band, false},
		{"nb-NO", "Bruk den alene eller med øreringene Essence.", fb46Band, false},
		{"fi-FI", "Käytä sitä yksinään tai yhdistä siihen Essence-korvakoruja.", fb46Band, false},
		{"pl-PL", "Noś go solo lub z kolczykami Essence.", fb46Band, false},
		{"cs-CZ", "Noste ho samotný nebo s náušnicemi Essence.", fb46Band, false},
		{"el-GR", "Φορέστε το μόνο του ή με τα σκουλαρίκια Essence.", fb46Band, false},
		{"tr-TR", "Tek başına ya da Essence küpelerle takın.", fb46Band, false},
		{"ar-AE", "ارتديه وحده أو مع أقراط Essence الحلقية من Aurelia.", fb46Band, false},
		{"ja-JP", "単独で、またはEssenceのピアスと合わせて。", fb46Band, false},
		{"ko-KR", "단독으로 또는 Essence 귀걸이와 함께 착용하세요.", fb46Band, false},
		{"zh-CN", "可单独佩戴，或搭配Essence耳环。", fb46Band, false},
		{"zh-TW", "可單獨佩戴，或搭配Essence耳環。", fb46Band, false},
	})
	// a count said as a sum of two units, every locale
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Each hoop holds three lab-grown diamonds, three plus three in all.", fb46Trio, false},
		{"en-US", "Each hoop holds three lab-grown diamonds, three plus three in total.", fb46Trio, false},
		{"en-AU", "Each hoop carries three lab-grown diamonds: three plus three altogether.", fb46Trio, false},
		{"de-DE", "Jede Creole trägt drei im Labor gezüchtete Diamanten, insgesamt drei plus drei.", fb46Trio, false},
		{"fr-FR", "Chaque anneau porte trois diamants créés en laboratoire, soit trois plus trois au total.", fb46Trio, false},
		{"fr-CA", "Chaque anneau porte trois diamants créés en laboratoire, trois plus trois au total.", fb46Trio, false},
		{"es-ES", "Cada aro lleva tres diamantes creados en laboratorio, tres más tres en total.", fb46Trio, false},
		{"es-MX", "Cada arracada lleva tres diamantes creados en laboratorio, tres más tres en total.", fb46Trio, false},
		{"it-IT", "Ogni cerchio porta tre diamanti creati in laboratorio, tre più tre in tutto.", fb46Trio, false},
		{"pt-PT", "Cada argola tem três diamantes criados em laboratório, três mais três no total.", fb46Trio, false},
		{"pt-BR", "Cada argola tem três diamantes criados em laboratório, três mais três no total.", fb46Trio, false},
		{"nl-NL", "Elke oorring draagt drie labgekweekte diamanten, in totaal drie plus drie.", fb46Trio, false},
		{"sv-SE", "Varje ring har tre labbodlade diamanter, totalt tre plus tre.", fb46Trio, false},
		{"da-DK", "Hver ring har tre laboratoriedyrkede diamanter, i alt tre plus tre.", fb46Trio, false},
		{"nb-NO", "Hver ring har tre laboratoriedyrkede diamanter, til sammen tre pluss tre.", fb46Trio, false},
		{"fi-FI", "Kummassakin renkaassa on kolme laboratoriossa kasvatettua timanttia, yhteensä kolme plus kolme.", fb46Trio, false},
		{"pl-PL", "Każde kółko ma trzy diamenty laboratoryjne, łącznie trzy plus trzy.", fb46Trio, false},
		{"cs-CZ", "Každý kroužek nese tři laboratorně vypěstované diamanty, celkem tři plus tři.", fb46Trio, false},
		{"el-GR", "Κάθε κρίκος έχει τρία εργαστηριακά διαμάντια, συνολικά τρία συν τρία.", fb46Trio, false},
		{"tr-TR", "Her halkada üç laboratuvar elmas var, toplamda üç artı üç.", fb46Trio, false},
		{"ar-AE", "يحمل كل طوق ثلاثة ألماسات مصنّعة في المختبر، أي ثلاثة زائد ثلاثة في المجموع.", fb46Trio, false},
		{"ja-JP", "各フープにラボグロウンダイヤモンドを三石ずつ、合計で三足す三石。", fb46Trio, false},
		{"ko-KR", "각 후프에 랩그로운 다이아몬드가 세 개씩, 모두 셋 더하기 셋.", fb46Trio, false},
		{"zh-CN", "每只耳环镶有三颗实验室培育钻石，两只合计三加三颗。", fb46Trio, false},
		{"zh-TW", "每只耳環正面鑲有三顆實驗室培育鑽石，兩只合計三加三顆。", fb46Trio, false},
	})
	// bad twins: the piece's own wrong facts in the same shapes
	checkKindRows(t, svc, "grounding", []kindRow{
		{"es-MX", "Estas arracadas son de la colección Moments.", fb46Hoops, true},
		{"es-MX", "Las Arracadas Halo de la colección Moments miden 15 mm.", fb46Hoops, true},
		{"en-GB", "The Halo Studs from the Moments collection are 15 mm hoops.", fb46Hoops, true},
		{"en-GB", "These hoops are from the Moments collection, like the Halo Studs.", fb46Hoops, true},
		{"es-MX", "Nuestros aretes Moments miden 15 mm.", fb46Hoops, true},
		{"tr-TR", "Moments koleksiyonundan bu küpeler 15 mm'dir.", fb46Hoops, true},
		{"ja-JP", "Momentsコレクションのこのピアスは直径15mmです。", fb46Hoops, true},
		{"ar-AE", "هذا خاتم Essence من الذهب الوردي.", fb46Band, true},
		{"en-GB", "This Essence ring is made of rose gold.", fb46Band, true},
		{"en-GB", "Our Essence band is 3 mm wide.", fb46Band, true},
		{"de-DE", "Dieser Essence-Ring ist aus Roségold.", fb46Band, true},
		{"en-GB", "Each hoop holds three lab-grown diamonds, three plus two in all.", fb46Trio, true},
		{"zh-TW", "每只耳環正面鑲有三顆實驗室培育鑽石，兩只合計三加二顆。", fb46Trio, true},
		{"es-MX", "Cada arracada lleva tres diamantes creados en laboratorio, tres más dos en total.", fb46Trio, true},
		{"de-DE", "Jede Creole trägt drei im Labor gezüchtete Diamanten, insgesamt drei plus zwei.", fb46Trio, true},
		{"zh-TW", "它比金更耐刮，戒指以銀製成。", fb46Tungsten, true},
		{"zh-TW", "這枚戒指以銀製成。", fb46Tungsten, true},
		{"zh-CN", "这枚戒指是银的，比金更耐刮。", fb46Tungsten, true},
	})
	checkKindRows(t, svc, "claim", []kindRow{
		{"pl-PL", "Splecione mikrokryształy nadają mu wytrzymałość i tłusty połysk, a złoto nigdy nie matowieje.", fb46Jadeite, true},
		{"pl-PL", "Złoto zachowuje połysk i nie matowieje.", fb46Jadeite, true},
		{"pl-PL", "Pierścionek ma trwały połysk.", fb46Jadeite, true},
		{"pl-PL", "Nadają mu wytrzymałość i trwały połysk.", fb46Jadeite, true},
	})
	// comparisons with a list of metals, zh: pass
	checkKindRows(t, svc, "", []kindRow{
		{"zh-CN", "这样的密度带来扎实的重量，也让它比金或银更耐刮。", fb46Tungsten, false},
		{"zh-TW", "它比金和銀更耐刮。", fb46Tungsten, false},
		{"zh-TW", "它比銀或金更耐刮。", fb46Tungsten, false},
	})
}

// TestKindsFb46Open (#13, fb46): rows left open. "Como los Broqueles Halo,
// estas arracadas son de la colección Moments" names the piece in the
// Moments collection after a likeness with another named piece; with
// "broquel" a category word it passes (the sentence reads as about the
// other piece, aboutOtherItem: "arracadas" names no category in the es
// vocabulary, and adding it did not close the row).
func TestKindsFb46Open(t *testing.T) {
	t.Skip("open: a likeness with another named piece opening the sentence makes the piece's own collection claim another item's")
	svc := checkService(t)
	checkKindRows(t, svc, "grounding", []kindRow{
		{"es-MX", "Como los Broqueles Halo, estas arracadas son de la colección Moments.", fb46Hoops, true},
	})
	// (5) a Tahitian pearl's overtones are its own colours (GIA); the
	// light warning on them is wrong, but it is the only grounding finding
	// on probe 46D pt-BR 46D101-2, whose Akoya named on Tahitian pearls is
	// missed, so silencing it (canon stone_overtones, tried) lowered probe
	// 46's category recall: left open until that miss is fixed.
	for _, r := range []struct {
		locale, text string
		p            core.Product
		warn         bool
	}{
		{"fr-FR", "Leur teinte sombre aux reflets verts et aubergine vient de la nacre de l'huître elle-même.", fb46Tahiti, false},
		{"pt-BR", "O tom escuro, com reflexos verdes e berinjela, vem do próprio nácar da ostra.", fb46Tahiti, false},
		{"en-GB", "Their dark tone with a green sheen comes from the oyster's own nacre.", fb46Tahiti, false},
		{"fr-FR", "Leur teinte sombre aux reflets rouges vient de la nacre de l'huître elle-même.", fb46Tahiti, true},
		{"en-GB", "Their dark tone with a red sheen comes from the oyster's own nacre.", fb46Tahiti, true},
		{"pt-BR", "O tom escuro, com reflexos vermelhos, vem do próprio nácar da ostra.", fb46Tahiti, true},
		{"fr-FR", "Leur éclat aux reflets verts vient de la taille.", fb46Diamond, true},
	} {
		if got, fs := fb46ColourWarned(t, svc, r.p, r.locale, r.text); got != r.warn {
			t.Errorf("%s %q on %s: colour warned %v, want %v: %s", r.locale, r.text, r.p.Name, got, r.warn, describe(fs, "", r.text))
		}
	}
}
