package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsStones39Rough (#13, stones39; probe 37C en-US P37C025-1, 37D
// pl-PL P37D175-1, el-GR P37D203-1 "Most rough crystals come out
// brownish" on a tanzanite): crystals said to be rough (rough_words) on a
// piece whose stones are all natural or lab-grown are the mineral's as it
// is mined, so a sentence that opens on them goes on about the product's
// stone (grounding/material_sentence.go roughCrystal); before, the crystal
// word opened a subject of its own and blocked grounding.stone. The Greek
// semicolon (ano teleia, "·") now ends a sentence as ";" does, so "ο δικός
// μας" after it no longer makes the rough crystals the piece's. Twins: the
// same words on a cubic zirconia (a crystal is glass there), rough
// crystals set in the piece, and a clause of the piece after a Greek
// semicolon. (Crystals that are not rough were already read as the
// stone's own on such a piece: ownCrystal.)
func TestKindsStones39Rough(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	tz := core.Product{SKU: "ST39T", Name: "Drop", Category: "pendant", Collection: "Signature",
		Materials: []string{"14k white gold", "tanzanite"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "tanzanite", Colour: "violet-blue", Count: 1, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"white gold", "violet"}}
	cz := core.Product{SKU: "ST39Z", Name: "Drop", Category: "pendant", Collection: "Signature",
		Materials: []string{"sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "violet", Count: 1, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "violet"}}
	rows := []kindRow{
		{"en-GB", "The pendant holds a tanzanite. Tanzanite is a variety of the mineral zoisite. Most rough crystals come out brownish, and gentle heating brings out the violet-blue.", tz, false},
		{"en-US", "The pendant holds a tanzanite. Tanzanite is a variety of the mineral zoisite. Most rough crystals come out brownish, and gentle heating brings out the violet-blue.", tz, false},
		{"en-AU", "The pendant holds a tanzanite. Tanzanite is a variety of the mineral zoisite. Raw crystals are mostly brownish; gentle heating brings out the violet-blue.", tz, false},
		{"de-DE", "Der Anhänger trägt einen Tansanit. Tansanit ist eine Varietät des Minerals Zoisit. Die meisten rohen Kristalle sind bräunlich, erst sanftes Erhitzen bringt das Violettblau hervor.", tz, false},
		{"fr-FR", "Le pendentif porte une tanzanite. La tanzanite est une variété du minéral zoïsite. Les cristaux bruts sont le plus souvent brunâtres, et une chauffe douce révèle le bleu violet.", tz, false},
		{"fr-CA", "Le pendentif porte une tanzanite. La tanzanite est une variété du minéral zoïsite. Les cristaux bruts sont le plus souvent brunâtres, et une chauffe douce révèle le bleu violet.", tz, false},
		{"it-IT", "Il ciondolo ha una tanzanite. La tanzanite è una varietà del minerale zoisite. I cristalli grezzi sono per lo più brunastri, e un leggero riscaldamento fa emergere il blu violetto.", tz, false},
		{"es-ES", "El colgante lleva una tanzanita. La tanzanita es una variedad del mineral zoisita. Los cristales en bruto suelen ser pardos, y un calentamiento suave revela el azul violeta.", tz, false},
		{"es-MX", "El dije lleva una tanzanita. La tanzanita es una variedad del mineral zoisita. Los cristales en bruto suelen ser pardos, y un calentamiento suave revela el azul violeta.", tz, false},
		{"pt-PT", "O pendente tem uma tanzanite. A tanzanite é uma variedade do mineral zoisite. Os cristais em bruto são quase sempre acastanhados, e um aquecimento suave revela o azul-violeta.", tz, false},
		{"pt-BR", "O pingente tem uma tanzanita. A tanzanita é uma variedade do mineral zoisita. Os cristais brutos são quase sempre acastanhados, e um aquecimento suave revela o azul-violeta.", tz, false},
		{"nl-NL", "De hanger heeft een tanzaniet. Tanzaniet is een variëteit van het mineraal zoisiet. Ruwe kristallen zijn meestal bruinig, en zacht verhitten brengt het violetblauw naar boven.", tz, false},
		{"sv-SE", "Hänget har en tanzanit. Tanzanit är en varietet av mineralet zoisit. Råa kristaller är oftast brunaktiga, och varsam värmning tar fram det violettblå.", tz, false},
		{"da-DK", "Vedhænget har en tanzanit. Tanzanit er en varietet af mineralet zoisit. Rå krystaller er oftest brunlige, og forsigtig opvarmning fremkalder det violetblå.", tz, false},
		{"nb-NO", "Anhenget har en tanzanitt. Tanzanitt er en varietet av mineralet zoisitt. Rå krystaller er oftest brunlige, og forsiktig oppvarming får fram det fiolettblå.", tz, false},
		{"fi-FI", "Riipuksessa on tansaniitti. Tansaniitti on zoisiitti-mineraalin muunnos. Raa'at kristallit ovat useimmiten ruskehtavia, ja varovainen kuumennus tuo esiin sinivioletin.", tz, false},
		{"pl-PL", "Zawieszka ma tanzanit. Tanzanit to niebieskofioletowa odmiana minerału zoisytu. Surowe kryształy są przeważnie brunatne, a delikatne wygrzewanie wydobywa niebieskofioletową barwę.", tz, false},
		{"cs-CZ", "Přívěsek nese tanzanit. Tanzanit je odrůda minerálu zoisitu. Surové krystaly jsou většinou nahnědlé a šetrné zahřátí vyvolá fialovomodrou barvu.", tz, false},
		{"tr-TR", "Kolye ucunda bir tanzanit var. Tanzanit, zoisit mineralinin bir çeşididir. Ham kristaller çoğunlukla kahverengimsidir ve hafif ısıtma mor-maviyi ortaya çıkarır.", tz, false},
		{"el-GR", "Το μενταγιόν έχει έναν τανζανίτη. Ο τανζανίτης είναι ποικιλία του ορυκτού ζοϊσίτη. Οι περισσότεροι ακατέργαστοι κρύσταλλοι είναι καφετιοί· ο δικός μας έχει θερμανθεί.", tz, false},
		{"ar-AE", "تحمل القلادة حجر تنزانيت. التنزانيت نوع من معدن الزويسيت. معظم البلورات الخام بنية اللون، والتسخين اللطيف يبرز اللون البنفسجي المزرق.", tz, false},
		{"ja-JP", "このペンダントにはタンザナイトがあしらわれています。タンザナイトはゾイサイトという鉱物の一種です。原石の結晶の多くは褐色で、穏やかな加熱で青紫色が現れます。", tz, false},
		{"ko-KR", "이 펜던트에는 탄자나이트가 있습니다. 탄자나이트는 조이사이트 광물의 한 종류입니다. 원석 결정은 대부분 갈색을 띠며, 부드러운 가열로 청보라색이 드러납니다.", tz, false},
		{"zh-CN", "这款吊坠镶有一颗坦桑石。坦桑石是黝帘石的一个变种。大多数原石晶体呈褐色，温和加热后才显出蓝紫色。", tz, false},
		{"zh-TW", "這款吊墜鑲有一顆坦桑石。坦桑石是黝簾石的一個變種。大多數原石晶體呈褐色，溫和加熱後才顯出藍紫色。", tz, false},
		// block: the same words on a cubic zirconia, whose crystal is no mineral's
		{"en-GB", "The pendant holds a cubic zirconia. Cubic zirconia is a man-made material. Most rough crystals come out brownish.", cz, true},
		{"pl-PL", "Zawieszka ma cyrkonię. Cyrkonia to materiał syntetyczny. Surowe kryształy są przeważnie brunatne.", cz, true},
		{"de-DE", "Der Anhänger trägt einen Zirkonia. Zirkonia ist ein künstliches Material. Rohe Kristalle sind meist bräunlich.", cz, true},
		{"el-GR", "Το μενταγιόν έχει ένα κυβικό ζιρκόνιο. Είναι συνθετικό υλικό. Οι περισσότεροι ακατέργαστοι κρύσταλλοι είναι καφετιοί.", cz, true},
		// block: crystals set in the piece; after a Greek semicolon, the piece's own clause
		{"en-US", "The pendant holds a tanzanite. Tanzanite is a variety of the mineral zoisite. Rough crystals line the bezel.", tz, true},
		{"el-GR", "Το μενταγιόν έχει έναν τανζανίτη. Ο τανζανίτης είναι ποικιλία του ορυκτού ζοϊσίτη· το μενταγιόν έχει και ένα ρουμπίνι.", tz, true},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsStones39Lookalike (#13, stones39; probe 37C en-AU P37C032-1,
// 37D cs-CZ P37D182-1 "These are diamonds, not look-alikes such as
// moissanite or cubic zirconia" on lab-grown diamond studs): the stones
// given as examples of a denied word of imitation are denied with it
// (grounding/imitation.go deniedImitationExample); before, the denial
// reached no member of the list, or the first only. A diamond named for a
// simulant, and a simulant said of the piece, still block (16 CFR 23.12,
// 23.25).
func TestKindsStones39Lookalike(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	lgd := core.Product{SKU: "ST39D", Name: "Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"14k yellow gold", "lab-grown diamond"}, Metals: []core.Metal{{Base: "yellow gold", Fineness: "14k"}},
		Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 2, Origin: core.OriginLabGrown, Treatment: "none"}},
		Colours: []string{"gold", "white"}}
	cz := core.Product{SKU: "ST39C", Name: "Studs", Category: "earrings", Collection: "Timeless",
		Materials: []string{"sterling silver", "cubic zirconia"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 2, Origin: core.OriginSimulant}},
		Colours: []string{"silver", "white"}}
	rows := []kindRow{
		{"en-GB", "The earrings hold two lab-grown diamonds. These are diamonds, not look-alikes such as moissanite or cubic zirconia.", lgd, false},
		{"en-US", "The earrings hold two lab-grown diamonds. These are diamonds, not imitations like moissanite or cubic zirconia.", lgd, false},
		{"en-AU", "The earrings hold two lab-grown diamonds. These are diamonds, not simulants such as moissanite, cubic zirconia or white sapphire.", lgd, false},
		{"de-DE", "Die Ohrringe tragen zwei im Labor gezüchtete Diamanten. Es sind Diamanten, keine Imitationen wie Moissanit oder Zirkonia.", lgd, false},
		{"fr-FR", "Les boucles d'oreilles portent deux diamants de laboratoire. Ce sont des diamants, pas des imitations comme la moissanite ou la zircone.", lgd, false},
		{"fr-CA", "Les boucles d'oreilles portent deux diamants de laboratoire. Ce sont des diamants, pas des imitations comme la moissanite ou la zircone.", lgd, false},
		{"it-IT", "Gli orecchini hanno due diamanti creati in laboratorio. Sono diamanti, non imitazioni come la moissanite o la zirconia.", lgd, false},
		{"es-ES", "Los pendientes llevan dos diamantes creados en laboratorio. Son diamantes, no imitaciones como la moissanita o la circonita.", lgd, false},
		{"es-MX", "Los aretes llevan dos diamantes creados en laboratorio. Son diamantes, no imitaciones como la moissanita o la circonia.", lgd, false},
		{"pt-PT", "Os brincos têm dois diamantes criados em laboratório. São diamantes, não imitações como a moissanite ou a zircónia.", lgd, false},
		{"pt-BR", "Os brincos têm dois diamantes criados em laboratório. São diamantes, não imitações como a moissanita ou a zircônia.", lgd, false},
		{"nl-NL", "De oorbellen hebben twee labdiamanten. Het zijn diamanten, geen imitaties zoals moissaniet of zirkonia.", lgd, false},
		{"sv-SE", "Örhängena har två labbodlade diamanter. Det är diamanter, inte imitationer som moissanit eller cubic zirconia.", lgd, false},
		{"da-DK", "Øreringene har to laboratoriedyrkede diamanter. Det er diamanter, ikke imitationer som moissanit eller zirkonia.", lgd, false},
		{"nb-NO", "Øredobbene har to laboratoriedyrkede diamanter. Det er diamanter, ikke imitasjoner som moissanitt eller zirkonia.", lgd, false},
		{"fi-FI", "Korvakoruissa on kaksi laboratoriossa kasvatettua timanttia. Ne ovat timantteja, eivät jäljitelmiä kuten moissaniitti tai kuutiozirkonia.", lgd, false},
		{"pl-PL", "Kolczyki mają dwa diamenty laboratoryjne. To diamenty, nie imitacje takie jak moissanit czy cyrkonia.", lgd, false},
		{"cs-CZ", "Náušnice nesou dva laboratorně vypěstované diamanty. Jsou to diamanty, nejde o napodobeniny jako moissanit nebo kubická zirkonie.", lgd, false},
		{"tr-TR", "Küpelerde laboratuvarda üretilmiş iki elmas var. Bunlar elmastır, moissanit veya kübik zirkonya gibi taklitler değildir.", lgd, false},
		{"el-GR", "Τα σκουλαρίκια έχουν δύο εργαστηριακά διαμάντια. Είναι διαμάντια, όχι απομιμήσεις όπως ο μουασανίτης ή τα ζιργκόν.", lgd, false},
		{"ar-AE", "تحمل الأقراط ماستين مصنّعتين في المختبر. إنها ألماس، وليست تقليدًا مثل المويسانيت أو الزركونيا.", lgd, false},
		{"ja-JP", "このピアスにはラボグロウンダイヤモンドが2石あしらわれています。これらはダイヤモンドであり、モアサナイトやキュービックジルコニアのような模造石ではありません。", lgd, false},
		{"ko-KR", "이 귀걸이에는 랩그로운 다이아몬드 두 개가 있습니다. 이것은 다이아몬드이며, 모이사나이트나 큐빅 지르코니아 같은 모조석이 아닙니다.", lgd, false},
		{"zh-CN", "这对耳钉镶有两颗培育钻石。这些是钻石，而不是莫桑石或立方氧化锆之类的仿制品。", lgd, false},
		{"zh-TW", "這對耳環鑲有兩顆培育鑽石。這些是鑽石，而不是莫桑石或立方氧化鋯之類的仿製品。", lgd, false},
		// block: the diamond named for a simulant
		{"en-GB", "The earrings hold two stones. These are diamonds, not look-alikes such as moissanite.", cz, true},
		{"de-DE", "Die Ohrringe tragen zwei Steine. Es sind Diamanten, keine Imitationen wie Moissanit.", cz, true},
		{"cs-CZ", "Náušnice nesou dva kameny. Jsou to diamanty, nejde o napodobeniny jako moissanit.", cz, true},
		// block: the simulant said of the piece, or the look-alike not denied
		{"en-GB", "The earrings are set with moissanite.", lgd, true},
		{"en-AU", "The earrings are set with diamonds, not moissanite, and a cubic zirconia.", lgd, true},
		{"cs-CZ", "Náušnice nesou moissanit nebo kubickou zirkonii.", lgd, true},
		{"pl-PL", "Kolczyki mają moissanit czy cyrkonię.", lgd, true},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}

// TestKindsStones39Distinction (#13, stones39; released 38B pl-PL
// 38B104-2 "a od diamentu różni się mniejszą dyspersją" on a white topaz):
// the stone a verb of distinction distinguishes the subject from, its
// preposition fronted before it ("od diamentu różni się", "od diamantu se
// liší", "Vom Diamanten unterscheidet er sich"), is the arm of a contrast
// (grounding/contrast.go frontedDistinction); before, only the verb
// followed by its preposition was read. Twins in the other locales in
// their usual order. Still block: a diamond of the piece, a fronted
// preposition with no verb of distinction, a clause of the piece.
func TestKindsStones39Distinction(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	wt := core.Product{SKU: "ST39W", Name: "Essence", Category: "earrings", Collection: "Essence",
		Materials: []string{"sterling silver", "topaz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "white topaz", Colour: "colourless", Count: 2, Origin: core.OriginNatural}},
		Colours: []string{"silver", "white"}}
	rows := []kindRow{
		{"en-GB", "The earrings hold two white topazes. White topaz is the colourless variety of topaz. It differs from diamond by its lower dispersion, so it sparkles more calmly.", wt, false},
		{"en-US", "The earrings hold two white topazes. White topaz is the colorless variety of topaz. It differs from diamond in its lower dispersion.", wt, false},
		{"en-AU", "The earrings hold two white topazes. White topaz is the colourless variety of topaz. From diamond it differs by its lower dispersion.", wt, false},
		{"de-DE", "Die Ohrringe tragen zwei weiße Topase. Weißer Topas ist die farblose Varietät des Topas. Vom Diamanten unterscheidet er sich durch eine geringere Dispersion.", wt, false},
		{"fr-FR", "Les boucles d'oreilles portent deux topazes blanches. La topaze blanche est la variété incolore de la topaze. Elle se distingue du diamant par une dispersion plus faible.", wt, false},
		{"fr-CA", "Les boucles d'oreilles portent deux topazes blanches. La topaze blanche est la variété incolore de la topaze. Elle se distingue du diamant par une dispersion plus faible.", wt, false},
		{"it-IT", "Gli orecchini hanno due topazi bianchi. Il topazio bianco è la varietà incolore del topazio. Si distingue dal diamante per una dispersione minore.", wt, false},
		{"es-ES", "Los pendientes llevan dos topacios blancos. El topacio blanco es la variedad incolora del topacio. Se distingue del diamante por su menor dispersión.", wt, false},
		{"es-MX", "Los aretes llevan dos topacios blancos. El topacio blanco es la variedad incolora del topacio. Se distingue del diamante por su menor dispersión.", wt, false},
		{"pt-PT", "Os brincos têm dois topázios brancos. O topázio branco é a variedade incolor do topázio. Distingue-se do diamante pela menor dispersão.", wt, false},
		{"pt-BR", "Os brincos têm dois topázios brancos. O topázio branco é a variedade incolor do topázio. Ele se distingue do diamante pela menor dispersão.", wt, false},
		{"nl-NL", "De oorbellen hebben twee witte topazen. Witte topaas is de kleurloze variëteit van topaas. Hij verschilt van diamant door een kleinere dispersie.", wt, false},
		{"sv-SE", "Örhängena har två vita topaser. Vit topas är den färglösa varianten av topas. Den skiljer sig från diamant genom lägre dispersion.", wt, false},
		{"da-DK", "Øreringene har to hvide topaser. Hvid topas er den farveløse varietet af topas. Den adskiller sig fra diamant ved en lavere dispersion.", wt, false},
		{"nb-NO", "Øredobbene har to hvite topaser. Hvit topas er den fargeløse varieteten av topas. Den skiller seg fra diamant ved lavere dispersjon.", wt, false},
		{"fi-FI", "Korvakoruissa on kaksi valkoista topaasia. Valkoinen topaasi on topaasin väritön muunnos. Se eroaa timantista pienemmän dispersionsa vuoksi.", wt, false},
		{"pl-PL", "Kolczyki mają dwa białe topazy. Biały topaz to bezbarwna odmiana topazu. W odróżnieniu od cyrkonii jest kamieniem naturalnym, a od diamentu różni się mniejszą dyspersją, więc lśni spokojniej.", wt, false},
		{"pl-PL", "Kolczyki mają dwa białe topazy. Biały topaz to bezbarwna odmiana topazu. Od diamentu odróżnia go mniejsza dyspersja.", wt, false},
		{"cs-CZ", "Náušnice nesou dva bílé topazy. Bílý topaz je bezbarvá odrůda topazu. Od diamantu se liší menší disperzí.", wt, false},
		{"tr-TR", "Küpelerde iki beyaz topaz var. Beyaz topaz, topazın renksiz çeşididir. Elmastan daha düşük bir dispersiyona sahiptir.", wt, false},
		{"el-GR", "Τα σκουλαρίκια έχουν δύο λευκά τοπάζια. Το λευκό τοπάζι είναι η άχρωμη ποικιλία του τοπαζιού. Διαφέρει από το διαμάντι στη μικρότερη διασπορά.", wt, false},
		{"ar-AE", "تحمل الأقراط حجرين من التوباز الأبيض. التوباز الأبيض هو الصنف عديم اللون من التوباز. يختلف عن الألماس بتشتت أقل للضوء.", wt, false},
		{"ja-JP", "このピアスには白いトパーズが2石あしらわれています。ホワイトトパーズはトパーズの無色の変種です。ダイヤモンドと異なり、分散が小さい石です。", wt, false},
		{"ko-KR", "이 귀걸이에는 화이트 토파즈 두 개가 있습니다. 화이트 토파즈는 토파즈의 무색 변종입니다. 다이아몬드와는 달리 분산이 더 낮습니다.", wt, false},
		{"zh-CN", "这对耳钉镶有两颗白色托帕石。白色托帕石是托帕石的无色变种。它与钻石不同，色散更低。", wt, false},
		{"zh-TW", "這對耳環鑲有兩顆白色托帕石。白色托帕石是托帕石的無色變種。它與鑽石不同，色散更低。", wt, false},
		// block: a fronted preposition with no verb of distinction, a clause of the piece, the piece's diamond
		{"de-DE", "Die Ohrringe tragen zwei weiße Topase. Vom Diamanten stammt der Glanz dieser Ohrringe.", wt, true},
		{"pl-PL", "Kolczyki mają dwa białe topazy. Biały topaz to odmiana topazu. Kolczyki z diamentem różnią się od nich ceną.", wt, true},
		{"cs-CZ", "Náušnice nesou dva bílé topazy. Od diamantu se liší, ale náušnice nesou i diamant.", wt, true},
		{"pl-PL", "Kolczyki mają dwa białe topazy i diament.", wt, true},
	}
	checkKindRows(t, svc, CatGrounding, rows)
}
