package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The stones42 kinds (#13; released 42A's it-IT 42A104 on a natural blue
// zircon, probe 42D's en-AU 42D102 on jet): copy that explains the piece's
// stone names other stones as what it is not, what it once stood in for,
// what a look-alike imitates and what it was born as. None is a stone of
// the piece; the same stone set on the piece still blocks.

var (
	stones42Zircon = core.Product{SKU: "ST42Z", Name: "Studs", Category: "earrings", Collection: "Timeless", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "zircon", Colour: "blue", Count: 2, Origin: core.OriginNatural, Treatment: "heated"}},
		Colours: []string{"blue", "silver"}}
	stones42Prasiolite = core.Product{SKU: "ST42P", Name: "Ring", Category: "ring", Collection: "Timeless", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "prasiolite", Colour: "green", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"green", "silver"}}
	stones42Jet = core.Product{SKU: "ST42J", Name: "Drops", Category: "earrings", Collection: "Heritage", Materials: []string{"rhodium-plated sterling silver", "jet"},
		Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium", Fineness: "925"}}, Stones: []core.Stone{{Type: "jet", Colour: "black", Count: 2, Origin: core.OriginNatural, Treatment: "none"}},
		Colours: []string{"black", "silver"}}
	stones42Obsidian = core.Product{SKU: "ST42O", Name: "Pendant", Category: "pendant", Collection: "Heritage", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "obsidian", Colour: "black", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"black", "silver"}}
)

// TestKindsStones42Imitated (#13, stones42; released 42A's it-IT
// 42A104-1 and -3, "non va confuso con la zirconia cubica, un materiale
// creato in laboratorio per imitare il diamante"): the stone a look-alike
// is made to imitate, after the infinitive or the purpose form of the verb
// (per imitare, pour imiter, para imitar, för att imitera, by imitować, k
// napodobení, لتقليد, を模倣する, 흉내 낸), is what is imitated
// (looks_like, grounding/light.go imitated), not a stone of the piece;
// before, the packs held only the finite forms and the diamond blocked
// grounding.stone on a natural zircon. Twins: a diamond set in the studs
// beside the same explanation still blocks.
func TestKindsStones42Imitated(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	good := map[string]string{
		"en-GB": "Zircon is not cubic zirconia, a lab-made material created to imitate diamond.",
		"de-DE": "Zirkon ist kein Zirkonia, ein Laborstein, der geschaffen wurde, um Diamant zu imitieren.",
		"fr-FR": "Le zircon n'est pas la zircone cubique, une matière de laboratoire créée pour imiter le diamant.",
		"es-ES": "El circón no es la circonita cúbica, un material de laboratorio creado para imitar el diamante.",
		"it-IT": "Lo zircone non va confuso con la zirconia cubica, un materiale creato in laboratorio per imitare il diamante.",
		"pt-BR": "O zircão não é a zircônia cúbica, um material de laboratório criado para imitar o diamante.",
		"nl-NL": "Zirkoon is geen zirkonia, een labmateriaal dat is gemaakt om diamant te imiteren.",
		"sv-SE": "Zirkon är inte cubic zirconia, ett labbmaterial som tagits fram för att imitera diamant.",
		"da-DK": "Zirkon er ikke cubic zirconia, et laboratoriemateriale skabt til at efterligne diamant.",
		"nb-NO": "Zirkon er ikke cubic zirconia, et laboratoriemateriale laget for å etterligne diamant.",
		"fi-FI": "Luonnon zirkoni ei ole kuutiozirkoniaa, laboratoriossa valmistettua ainetta, joka on tehty jäljittelemään timanttia.",
		"pl-PL": "Cyrkon to nie cyrkonia, materiał z laboratorium stworzony, by imitować diament.",
		"cs-CZ": "Zirkon není kubická zirkonie, laboratorní materiál vytvořený k napodobení diamantu.",
		"el-GR": "Το φυσικό ζιργκόν δεν είναι κυβική ζιρκονία, ένα εργαστηριακό υλικό φτιαγμένο για να μιμείται το διαμάντι.",
		"tr-TR": "Zirkon, elması taklit etmek için laboratuvarda üretilen kübik zirkonya değildir.",
		"ar-AE": "الزركون ليس الزركونيا المكعبة، وهي مادة مخبرية صُنعت لتقليد الماس.",
		"ja-JP": "ジルコンは、ダイヤモンドを模倣するために作られたキュービックジルコニアとは違います。",
		"ko-KR": "지르콘은 큐빅 지르코니아와 다릅니다. 큐빅은 다이아몬드를 흉내 낸 인공 소재입니다.",
		"zh-CN": "锆石不是立方氧化锆，后者是为模仿钻石而制造的实验室材料。",
	}
	bad := map[string]string{
		"en-GB": "Zircon is not cubic zirconia, made to imitate diamond. Each stud holds a diamond.",
		"de-DE": "Zirkon ist kein Zirkonia, das Diamant imitieren soll. Jeder Ohrstecker ist mit einem Diamanten besetzt.",
		"fr-FR": "Le zircon n'est pas la zircone, créée pour imiter le diamant. Chaque puce est sertie d'un diamant.",
		"es-ES": "El circón no es la circonita, creada para imitar el diamante. Cada pendiente lleva engastado un diamante.",
		"it-IT": "Lo zircone non è la zirconia, creata per imitare il diamante. Ogni orecchino è incastonato con un diamante.",
		"pt-BR": "O zircão não é a zircônia, criada para imitar o diamante. Cada brinco é cravejado com um diamante.",
		"nl-NL": "Zirkoon is geen zirkonia, gemaakt om diamant te imiteren. Elke oorknop is gezet met een diamant.",
		"sv-SE": "Zirkon är inte cubic zirconia, gjord för att imitera diamant. Varje örhänge är infattat med en diamant.",
		"da-DK": "Zirkon er ikke cubic zirconia, lavet til at efterligne diamant. Hver ørestik er besat med en diamant.",
		"nb-NO": "Zirkon er ikke cubic zirconia, laget for å etterligne diamant. Hver ørepynt er besatt med en diamant.",
		"fi-FI": "Luonnon zirkoni ei ole kuutiozirkoniaa, joka on tehty jäljittelemään timanttia. Jokaisessa korvakorussa on timantti.",
		"pl-PL": "Cyrkon to nie cyrkonia, stworzona, by imitować diament. Każdy kolczyk jest wysadzany diamentem.",
		"cs-CZ": "Zirkon není kubická zirkonie, vytvořená k napodobení diamantu. Každá náušnice je osazena diamantem.",
		"el-GR": "Το φυσικό ζιργκόν δεν είναι κυβική ζιρκονία. Κάθε σκουλαρίκι είναι δεμένο με ένα διαμάντι.",
		"tr-TR": "Zirkon, elması taklit eden kübik zirkonya değildir. Her küpe bir elmas ile süslenmiştir.",
		"ar-AE": "الزركون ليس الزركونيا المكعبة التي صُنعت لتقليد الماس. كل قرط مرصع بماسة.",
		"ja-JP": "ジルコンはダイヤモンドを模倣するキュービックジルコニアとは違います。各ピアスにはダイヤモンドがセットされています。",
		"ko-KR": "지르콘은 다이아몬드를 흉내 낸 큐빅이 아닙니다. 각 귀걸이에는 다이아몬드가 세팅되어 있습니다.",
		"zh-CN": "锆石不是为模仿钻石而制造的立方氧化锆。每只耳钉都镶嵌着一颗钻石。",
	}
	checkKindRows(t, svc, "grounding", append(stones41Rows(good, stones42Zircon, false), stones41Rows(bad, stones42Zircon, true)...))
}

// TestKindsStones42Substitute (#13, stones42; the natural blue zircon of
// released 42A and the held-out pools that explain it, "once used as a
// diamond substitute"): the stone a stone once stood in for, after a word
// of substitution (than_before: "in place of", "substitute for", "à la
// place du", "substituto do", "ersättning för", "náhrada", بديلاً, 代替)
// or before one (than_after: "a diamond substitute", "timantin korvike",
// ダイヤモンドの代用品, 다이아몬드 대용, 钻石的替代品), is the standard of a
// comparison (grounding/compared_stone.go stoneCompared), not a stone of
// the piece. Twins: a diamond the piece holds in place of a zircon (the
// stone before the word) still blocks.
func TestKindsStones42Substitute(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	good := map[string]string{
		"en-GB": "Zircon was once used as a diamond substitute.",
		"en-US": "Zircon was long sold as a substitute for diamond.",
		"en-AU": "Zircon was once used in place of diamond.",
		"de-DE": "Zirkon wurde früher als Ersatz für Diamant verwendet.",
		"fr-FR": "Le zircon était autrefois utilisé à la place du diamant.",
		"fr-CA": "Le zircon a longtemps servi de substitut au diamant.",
		"es-ES": "El circón se usó antes como sustituto del diamante.",
		"it-IT": "Lo zircone era usato un tempo come sostituto del diamante.",
		"pt-BR": "O zircão já foi usado como substituto do diamante.",
		"nl-NL": "Zirkoon werd vroeger gebruikt als vervanger van diamant.",
		"sv-SE": "Zirkon användes förr som ersättning för diamant.",
		"da-DK": "Zirkon blev tidligere brugt som erstatning for diamant.",
		"nb-NO": "Zirkon ble tidligere brukt som erstatning for diamant.",
		"fi-FI": "Luonnon zirkoni oli ennen timantin korvike.",
		"pl-PL": "Cyrkon był kiedyś używany jako substytut diamentu.",
		"cs-CZ": "Zirkon se dříve používal jako náhrada diamantu.",
		"el-GR": "Το φυσικό ζιργκόν χρησιμοποιούνταν παλιά ως υποκατάστατο του διαμαντιού.",
		"tr-TR": "Zirkon bir zamanlar elmas yerine kullanılırdı.",
		"ar-AE": "استُخدم الزركون قديماً بديلاً للماس.",
		"ja-JP": "ジルコンはかつてダイヤモンドの代用品として使われました。",
		"ko-KR": "지르콘은 한때 다이아몬드 대용으로 쓰였습니다.",
		"zh-CN": "锆石曾被用作钻石的替代品。",
		"zh-TW": "鋯石曾被用來代替鑽石。",
	}
	bad := map[string]string{
		"en-GB": "The studs hold a diamond in place of a zircon.",
		"de-DE": "Die Ohrstecker sind mit einem Diamanten besetzt, als Ersatz für Zirkon.",
		"fr-FR": "Les puces sont serties d'un diamant à la place du zircon.",
		"es-ES": "Los pendientes llevan engastado un diamante en lugar del circón.",
		"it-IT": "Gli orecchini sono incastonati con un diamante al posto dello zircone.",
		"pt-BR": "Os brincos são cravejados com um diamante no lugar do zircão.",
		"nl-NL": "De oorknopjes zijn gezet met een diamant in plaats van zirkoon.",
		"sv-SE": "Örhängena är infattade med en diamant i stället för zirkon.",
		"da-DK": "Ørestikkerne er besat med en diamant i stedet for zirkon.",
		"nb-NO": "Ørepynten er besatt med en diamant i stedet for zirkon.",
		"fi-FI": "Luonnon zirkoni oli ennen timantin korvike. Jokaisessa korvakorussa on myös timantti.",
		"pl-PL": "Kolczyki są wysadzane diamentem zamiast cyrkonu.",
		"cs-CZ": "Náušnice jsou osazeny diamantem místo zirkonu.",
		"el-GR": "Τα σκουλαρίκια είναι δεμένα με ένα διαμάντι αντί για ζιργκόν.",
		"tr-TR": "Küpeler zirkon yerine bir elmas ile süslenmiştir.",
		"ar-AE": "الأقراط مرصعة بماسة بدلاً من الزركون.",
		"ja-JP": "ピアスにはジルコンの代わりにダイヤモンドがセットされています。",
		"ko-KR": "귀걸이에는 지르콘 대신 다이아몬드가 세팅되어 있습니다.",
		"zh-CN": "耳钉上镶嵌着一颗钻石，代替了锆石。",
	}
	checkKindRows(t, svc, "grounding", append(stones41Rows(good, stones42Zircon, false), stones41Rows(bad, stones42Zircon, true)...))
}

// TestKindsStones42Born (#13, stones42; released 42A's prasiolite pools,
// "La mayoría nace como amatista", "starts life as amethyst"): a word of a
// stone's birth ("born as", "begins as", "starts life as", 태어나) is a
// word of how it formed (stone_nature_words), so the stone its kind was
// born as (canon stone_families: prasiolite, most often heated amethyst)
// is its nature (grounding/stone_family.go familyStone), even where a word
// of treatment ("heat-treated") or a sentence without the stone's name
// would make it the piece's. Before, amethyst blocked grounding.stone in
// en and ko. Twins: an amethyst set on the ring still blocks.
func TestKindsStones42Born(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	good := map[string]string{
		"en-GB": "Most prasiolite begins as amethyst and turns green when heat-treated.",
		"en-US": "Most prasiolite is born as amethyst and turns green when heat-treated.",
		"en-AU": "Most prasiolite starts life as amethyst and turns green when heat-treated.",
		"de-DE": "Prasiolith ist ein hellgrüner Quarz. Die meisten Steine beginnen als Amethyst und werden durch sanftes Erhitzen grün.",
		"fr-FR": "La prasiolite est un quartz vert pâle. La plupart naissent améthystes et verdissent quand on les chauffe doucement.",
		"es-ES": "La prasiolita es un cuarzo verde claro. La mayoría nace como amatista y se vuelve verde con un calentamiento suave.",
		"it-IT": "La prasiolite è un quarzo verde chiaro. La maggior parte nasce come ametista e diventa verde con un riscaldamento delicato.",
		"pt-BR": "A prasiolita é um quartzo verde-claro. A maioria nasce como ametista e fica verde com um aquecimento suave.",
		"nl-NL": "Prasioliet is een lichtgroene kwarts. De meeste stenen beginnen als amethist en worden groen bij voorzichtige verhitting.",
		"sv-SE": "Prasiolit är en ljusgrön kvarts. De flesta stenar börjar som ametist och blir gröna vid försiktig upphettning.",
		"da-DK": "Prasiolit er en lysegrøn kvarts. De fleste sten begynder som ametyst og bliver grønne ved forsigtig opvarmning.",
		"nb-NO": "Prasiolitt er en lysegrønn kvarts. De fleste steinene starter som ametyst og blir grønne ved forsiktig oppvarming.",
		"fi-FI": "Prasioliitti on vaaleanvihreää kvartsia. Useimmat kivet syntyvät ametisteina ja muuttuvat vihreiksi varovasti kuumennettaessa.",
		"pl-PL": "Prazjolit to jasnozielony kwarc. Większość kamieni zaczyna jako ametyst i zielenieje po delikatnym podgrzaniu.",
		"cs-CZ": "Prasiolit je světle zelený křemen. Většina kamenů vzniká jako ametyst a zezelená po šetrném zahřátí.",
		"el-GR": "Ο πρασιολίτης είναι ανοιχτοπράσινος χαλαζίας. Οι περισσότεροι ξεκινούν ως αμέθυστος και πρασινίζουν με ήπια θέρμανση.",
		"tr-TR": "Prasiolit açık yeşil bir kuvarstır. Çoğu ametist olarak doğar ve hafifçe ısıtılınca yeşile döner.",
		"ar-AE": "البراسيوليت كوارتز أخضر فاتح. يولد معظمه جمشتاً ثم يتحول إلى الأخضر بالتسخين اللطيف.",
		"ja-JP": "プラジオライトは淡い緑色のクォーツです。多くはアメジストとして生まれ、穏やかな加熱で緑色に変わります。",
		"ko-KR": "프라시올라이트는 연두색 쿼츠입니다. 대부분 자수정으로 태어나 부드럽게 가열하면 초록으로 바뀝니다.",
		"zh-CN": "绿水晶是一种浅绿色的石英。大多数生来是紫水晶，经温和加热后变成绿色。",
	}
	bad := map[string]string{
		"en-GB": "Most prasiolite begins as amethyst, and the ring is set with an amethyst beside it.",
		"de-DE": "Prasiolith ist ein hellgrüner Quarz. Der Ring ist zusätzlich mit einem Amethyst besetzt.",
		"fr-FR": "La prasiolite est un quartz vert pâle. La bague est aussi sertie d'une améthyste.",
		"es-ES": "La prasiolita es un cuarzo verde claro. El anillo lleva además engastada una amatista.",
		"it-IT": "La prasiolite è un quarzo verde chiaro. L'anello è incastonato anche con un'ametista.",
		"pt-BR": "A prasiolita é um quartzo verde-claro. O anel também é cravejado com uma ametista.",
		"nl-NL": "Prasioliet is een lichtgroene kwarts. De ring is ook gezet met een amethist.",
		"sv-SE": "Prasiolit är en ljusgrön kvarts. Ringen är även infattad med en ametist.",
		"da-DK": "Prasiolit er en lysegrøn kvarts. Ringen er også besat med en ametyst.",
		"nb-NO": "Prasiolitt er en lysegrønn kvarts. Ringen er også besatt med en ametyst.",
		"fi-FI": "Prasioliitti on vaaleanvihreää kvartsia. Sormukseen on upotettu myös ametisti.",
		"pl-PL": "Prazjolit to jasnozielony kwarc. Pierścionek jest też wysadzany ametystem.",
		"cs-CZ": "Prasiolit je světle zelený křemen. Prsten je osazen také ametystem.",
		"el-GR": "Ο πρασιολίτης είναι ανοιχτοπράσινος χαλαζίας. Το δαχτυλίδι είναι δεμένο και με έναν αμέθυστο.",
		"tr-TR": "Prasiolit açık yeşil bir kuvarstır. Yüzük ayrıca bir ametist ile süslenmiştir.",
		"ar-AE": "البراسيوليت كوارتز أخضر فاتح. الخاتم مرصع أيضاً بجمشت.",
		"ja-JP": "プラジオライトは淡い緑色のクォーツです。リングにはアメジストもセットされています。",
		"ko-KR": "프라시올라이트는 연두색 쿼츠입니다. 반지에는 자수정도 세팅되어 있습니다.",
		"zh-CN": "绿水晶是一种浅绿色的石英。戒指上还镶嵌着一颗紫水晶。",
	}
	checkKindRows(t, svc, "grounding", append(stones41Rows(good, stones42Prasiolite, false), stones41Rows(bad, stones42Prasiolite, true)...))
}

// TestKindsStones42Jet (#13, stones42; probe 42D's en-AU 42D102-1 and -2,
// "Jet is fossilised wood"): a stone type the English scan reads as a
// colour ("jet") keeps what the canon implies of it (jet: [petrified
// wood]; grounding.go productFacts), so the fossil wood copy calls it is
// the piece's own stone; before, "fossilised wood" blocked grounding.stone
// on jet earrings (en-GB, en-US, en-AU, and nl-NL's "versteend hout").
// The other packs read no stone in their words for fossil wood, so their
// rows are twins that must pass as before. Twins: fossil wood set on an
// obsidian pendant and a ruby on the jet earrings still block.
func TestKindsStones42Jet(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	good := map[string]string{
		"en-GB": "Jet is fossilised wood: ancient timber pressed over millions of years into a light black material.",
		"en-US": "Jet is fossilized wood, turned over millions of years into a light black material.",
		"en-AU": "Jet is fossil wood, light and warm to the touch.",
		"de-DE": "Jett ist fossiles Holz.",
		"fr-FR": "Le jais est du bois fossile.",
		"es-ES": "El azabache es madera fosilizada.",
		"it-IT": "Il giaietto è legno fossile.",
		"pt-BR": "O azeviche é madeira fossilizada.",
		"nl-NL": "Git is versteend hout.",
		"sv-SE": "Jet är fossilt trä.",
		"da-DK": "Jet er fossilt træ.",
		"nb-NO": "Jet er fossilt tre.",
		"fi-FI": "Gagaatti on fossiilista puuta.",
		"pl-PL": "Gagat to skamieniałe drewno.",
		"cs-CZ": "Gagát je zkamenělé dřevo.",
		"el-GR": "Ο γαγάτης είναι απολιθωμένο ξύλο.",
		"tr-TR": "Oltu taşı fosilleşmiş ağaçtır.",
		"ar-AE": "الكهرمان الأسود خشب متحجر.",
		"ja-JP": "ジェットは木の化石です。",
		"ko-KR": "제트는 화석화된 나무입니다.",
		"zh-CN": "煤精是木头的化石。",
	}
	rows := stones41Rows(good, stones42Jet, false)
	for _, l := range []string{"en-GB", "en-US", "en-AU"} {
		rows = append(rows, kindRow{l, "The pendant is set with fossilised wood.", stones42Obsidian, true},
			kindRow{l, "The earrings hold a ruby below the jet.", stones42Jet, true})
	}
	checkKindRows(t, svc, "grounding", rows)
}
