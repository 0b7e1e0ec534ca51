package checks

import (
	"github.com/copydesk/copydesk/internal/core"
	"testing"

	"github.com/copydesk/copydesk/internal/grounding"
)

// waterPlaceTexts are one language's sentences of the water-place kind
// (#13, released 7: Turkish "Denizde geçen uzun günler" blocked as a
// waterproof claim): place, a styling sentence naming the sea, a pool, a
// bath or a shower as a place or a season, which claims nothing about
// the piece; worn, the same places with the piece worn there (a verb of
// wearing, "even", "also"), which promises water resistance.
type waterPlaceTexts struct {
	place [2]string
	worn  [2]string
}

var waterPlaceByLang = map[string]waterPlaceTexts{
	"en": {place: [2]string{"Inspired by the waves in the sea.", "For lazy summer days by the pool."},
		worn: [2]string{"Wear it in the sea all summer long.", "You can even wear it in the pool."}},
	"fr": {place: [2]string{"Inspiré par les vagues dans la mer.", "Pour les après-midi d'été au bord de la piscine."},
		worn: [2]string{"Vous pouvez le porter dans la mer.", "Gardez-le même dans la piscine."}},
	"de": {place: [2]string{"Inspiriert von den Wellen im Meer.", "Für lange Sommertage im Pool und am Strand."},
		worn: [2]string{"Sie können ihn auch im Meer tragen.", "Trag ihn ruhig im Pool."}},
	"it": {place: [2]string{"Ispirato ai riflessi del sole in acqua.", "Per le lunghe giornate d'estate in piscina."},
		worn: [2]string{"Puoi indossarlo anche in piscina.", "Tienilo al polso anche in acqua."}},
	"es": {place: [2]string{"Inspirado en el reflejo del sol en el mar.", "Para las tardes de verano en la piscina."},
		worn: [2]string{"Puedes llevarlo en el mar sin problema.", "Úsalo también en la piscina."}},
	"pt": {place: [2]string{"Inspirado no reflexo do sol no mar.", "Para as tardes de verão na piscina."},
		worn: [2]string{"Pode usá-lo no mar sem problema.", "Use-o também na piscina."}},
	"nl": {place: [2]string{"Geïnspireerd op de golven in de zee.", "Voor lange zomerdagen in het zwembad en op het strand."},
		worn: [2]string{"Je kunt hem ook in de zee dragen.", "Draag hem gerust in het zwembad."}},
	"da": {place: [2]string{"Inspireret af bølgerne i havet.", "Til dovne sommerdage i poolen og på stranden."},
		worn: [2]string{"Du kan også bære det i havet.", "Bær det trygt i poolen."}},
	"nb": {place: [2]string{"Inspirert av bølgene i sjøen.", "For late sommerdager i bassenget og på stranden."},
		worn: [2]string{"Du kan også bruke det i sjøen.", "Bær det trygt i bassenget."}},
	"sv": {place: [2]string{"Inspirerad av vågorna i havet.", "För lata sommardagar i poolen och på stranden."},
		worn: [2]string{"Du kan även bära det i havet.", "Bär det tryggt i poolen."}},
	"fi": {place: [2]string{"Värit muistuttavat auringon kimallusta vedessä.", "Muotoilu on saanut innoituksensa aalloista meressä."},
		worn: [2]string{"Voit käyttää sitä myös meressä.", "Pidä sitä ranteessa uima-altaassa."}},
	"pl": {place: [2]string{"Inspirowany falami w morzu.", "Na leniwe letnie dni w basenie i na plaży."},
		worn: [2]string{"Możesz nosić ją także w morzu.", "Noś ją śmiało w basenie."}},
	"cs": {place: [2]string{"Inspirováno vlnami v moři.", "Pro líné letní dny v bazénu a na pláži."},
		worn: [2]string{"Můžete ho nosit i v moři.", "Noste ho klidně v bazénu."}},
	"tr": {place: [2]string{"Denizde tatil yapmayı sevenler için küçük bir hediye.", "Havuzda geçen tembel yaz günlerini hatırlatan bir tasarım."},
		worn: [2]string{"Denizde de rahatça takabilirsiniz.", "Havuzda takmaya devam edin."}},
	"el": {place: [2]string{"Εμπνευσμένο από τα κύματα στη θάλασσα.", "Για τις καλοκαιρινές μέρες στην πισίνα."},
		worn: [2]string{"Μπορείτε να το φοράτε και στη θάλασσα.", "Φορέστε το άφοβα στην πισίνα."}},
	"ar": {place: [2]string{"مستوحى من انعكاس الشمس في البحر.", "لأيام الصيف الطويلة في المسبح."},
		worn: [2]string{"يمكنك ارتداؤه في البحر طوال الصيف.", "ارتديه حتى في المسبح."}},
	"ja": {place: [2]string{"海水浴の思い出を形にしたデザイン。", "夏の海辺の休日に映えるデザイン。"},
		worn: [2]string{"プールでも安心して着けられます。", "海でも外さずに楽しめます。"}},
	"ko": {place: [2]string{"물놀이의 추억을 담은 디자인입니다.", "바닷가의 여름날을 닮은 디자인입니다."},
		worn: [2]string{"바다에서도 착용할 수 있습니다.", "수영장에서도 빼지 않아도 됩니다."}},
	"zh": {place: [2]string{"灵感来自海边的夏日时光。", "让人想起泳池边的慵懒午后。"},
		worn: [2]string{"戴着游泳也没问题。", "洗澡时也可以一直佩戴。"}},
	"zh-TW": {place: [2]string{"靈感來自海邊的夏日時光。", "讓人想起泳池邊的慵懶午後。"},
		worn: [2]string{"戴著游泳也沒問題。", "洗澡時也可以一直佩戴。"}},
}

// TestKindsWaterPlace (#13, released 7 true_claim): a place of water in a
// styling sentence ("days at the sea", "summer by the pool", Turkish
// "denizde", Greek "στη θάλασσα") passes on a silver cuff with no water
// feature; the piece worn there blocks as a water claim.
func TestKindsWaterPlace(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var place, worn []lt
	perLocale(t, waterPlaceByLang, "water place", func(loc string, x waterPlaceTexts, in func([]string) []lt) {
		place = append(place, in(x.place[:])...)
		worn = append(worn, in(x.worn[:])...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"water place in a styling sentence", plainCuff, "", place},
		{"worn in water", plainCuff, CatClaim, worn},
		{"worn in water: licensed", steelBand, "", worn},
	})
}

// platinumFive is a platinum ring of five natural diamonds (no gold or
// silver anywhere): a gold, silver or colour word inside a place's name
// must not be read as its metal.
var platinumFive = core.Product{SKU: "P5", Name: "Cinq", Category: "ring", Metals: []core.Metal{{Base: "platinum", Fineness: "950"}},
	Colours: []string{"white"}, Stones: []core.Stone{{Type: "diamond", Colour: "clear", Count: 5, Origin: core.OriginNatural}}}

// placeNameByLocale holds sentences naming a place whose name holds a
// metal word, joined by a hyphen, an apostrophe or a linking word ("de",
// "d'", "da", "della") to a capitalised word, or glued into a compound:
// Val-d'Or, Côte-d'Or, Río de la Plata, Costa de Prata, Conca d'Oro,
// Goudkust, Gümüşlük, 銀座, 旧金山 (#13, released 7 proper_noun).
var placeNameByLocale = map[string][]string{
	"fr":    {"Elle est née dans notre atelier de la Côte-d'Or.", "Nos artisans travaillent à Val-d'Or depuis vingt ans.", "Un dessin inspiré des pins de la Côte d'Argent."},
	"es":    {"Inspirado en los atardeceres del Río de la Plata.", "Diseñado en nuestro taller de Costa de Oro."},
	"pt":    {"Inspirado nas praias da Costa de Prata.", "Desenhado no nosso atelier da Costa do Ouro."},
	"it":    {"Realizzato nel nostro laboratorio della Conca d'Oro, a Palermo.", "Ispirato alle spiagge della Costa d'Argento."},
	"en":    {"Designed in our studio on the Gold Coast.", "Made by hand in Silver Spring, Maryland."},
	"nl":    {"Ontworpen in ons atelier aan de Goudkust."},
	"tr":    {"Bodrum'daki Gümüşlük atölyemizde tasarlandı."},
	"ja":    {"銀座のアトリエでデザインされました。"},
	"zh":    {"在旧金山的工作室设计。"},
	"zh-TW": {"在舊金山的工作室設計。"},
}

// TestKindsPlaceNameMetal (#13, released 7 proper_noun): a metal word in
// a place's name passes on a platinum ring, in the locales whose language
// writes such names.
func TestKindsPlaceNameMetal(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var rows []lt
	for _, loc := range packLocales(t) {
		x, ok := placeNameByLocale[loc]
		if !ok {
			x = placeNameByLocale[langOf(loc)]
		}
		for _, s := range x {
			rows = append(rows, lt{loc, s})
		}
	}
	runKinds(t, c, guide(t), []kindTable{{"metal word in a place name", platinumFive, "", rows}})
}

// silverChain is a sterling silver necklace with no leather anywhere.
var silverChain = core.Product{SKU: "S7", Name: "Tres", Category: "necklace", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours: []string{"silver", "white"}, Stones: []core.Stone{{Type: "freshwater pearl", Colour: "white", Count: 3}}}

// skinWordByLocale: a word that is both skin and leather (es piel, it
// pelle, tr deri, pl skóra, cs kůže, el δέρμα, ar جلد) said of the skin the
// piece lies on (#13, released 7 true_claim: "favorece a todos los tonos
// de piel" read as leather). leatherWordByLocale: the same word as the
// material of a cord or strap, which blocks on silverChain.
var skinWordByLocale = map[string][]string{
	"en": {"It feels cool and smooth against the skin.", "A soft glow that flatters every skin tone."},
	"es": {"Queda precioso en piel bronceada.", "Se siente suave y fresco sobre la piel.", "Un brillo que favorece a cualquier piel."},
	"it": {"Risalta in pelle abbronzata.", "Si posa leggero sulla pelle del décolleté.", "Una luce che valorizza ogni pelle."},
	"tr": {"Deriye temas eden yüzeyi pürüzsüzdür.", "Deri ile temas eden kısmı yumuşak ve serindir."},
	"pl": {"Pięknie wygląda na opalonej skórze.", "Delikatnie chłodzi skórę w upalny dzień."},
	"cs": {"Krásně vynikne na opálené kůži.", "Vaše kůže ho ráda přijme."},
	"el": {"Απαλό πάνω στο δέρμα.", "Αναδεικνύει το μαυρισμένο δέρμα."},
	"ar": {"يلامس الجلد بنعومة.", "لمسة ناعمة مع الجلد طوال اليوم."},
	"pt": {"Assenta bem no decote, junto à pele.", "Um brilho que favorece qualquer tom de pele."},
	"fr": {"Doux sur la peau.", "Un éclat qui sublime toutes les carnations."},
	"de": {"Angenehm kühl auf der Haut.", "Ein Schimmer, der jedem Hautton schmeichelt."},
}

var leatherWordByLocale = map[string][]string{
	"es": {"Cuelga de un cordón de piel negro."},
	"it": {"Pende da un cordino in pelle nera."},
	"tr": {"Siyah deri kordona takılır."},
	"pl": {"Zawieszony na rzemieniu ze skóry."},
	"cs": {"Visí na šňůrce z pravé kůže."},
	"el": {"Κρέμεται από κορδόνι από δέρμα."},
	"ar": {"يتدلى من سوار من الجلد الطبيعي."},
}

// TestKindsSkinNotLeather (#13, released 7 true_claim): the skin a piece
// lies on is no leather material; a cord of leather still is.
func TestKindsSkinNotLeather(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var skin, leather []lt
	for _, loc := range packLocales(t) {
		for _, m := range []struct {
			by  map[string][]string
			out *[]lt
		}{{skinWordByLocale, &skin}, {leatherWordByLocale, &leather}} {
			x, ok := m.by[loc]
			if !ok {
				x = m.by[langOf(loc)]
			}
			for _, s := range x {
				*m.out = append(*m.out, lt{loc, s})
			}
		}
	}
	runKinds(t, c, guide(t), []kindTable{
		{"skin word said of the skin", silverChain, "", skin},
		{"leather cord", silverChain, CatGrounding, leather},
	})
}

// czTennis is a rhodium-plated silver tennis bracelet of 38 cubic
// zirconia (simulants).
var czTennis = core.Product{SKU: "Z38", Name: "Aurora", Category: "bracelet", Metals: []core.Metal{{Base: "sterling silver", Plating: "rhodium", Fineness: "925"}},
	Colours: []string{"silver"}, Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: core.OriginSimulant}}}

// TestKindsChineseZirconia (#13, released 7 count_group h7b-zh-TW-H7B04-2,
// decided by the rule, not the label): cubic zirconia named 立方氧化锆 or
// 方晶锆石 and counted passes; a simulant called 宝石 (gem: FTC 16 CFR
// 23.25(b), "gem" or "gemstone" for a simulated stone only after
// "imitation" or "simulated"; CIBJO) blocks as regulatory, and 锆石 alone is
// zircon, a natural stone's name the guide forbids (glossary, level block),
// also when it shortens 方晶锆石 named before.
func TestKindsChineseZirconia(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	runKinds(t, c, guide(t), []kindTable{
		{"cubic zirconia named and counted", czTennis, "", []lt{
			{"zh-CN", "38颗透明立方氧化锆排成一列，每颗直径3毫米。"}, {"zh-CN", "38颗方晶锆石全部为圆形明亮式切割。"},
			{"zh-TW", "38顆透明立方氧化鋯排成一列，每顆直徑3毫米。"}, {"zh-TW", "38顆方晶鋯石全數為圓形明亮式切割。"},
		}},
		{"simulant called a gem", czTennis, CatRegulatory, []lt{
			{"zh-CN", "38颗方晶锆石排成一列，每颗宝石直径3毫米。"}, {"zh-TW", "38顆方晶鋯石排成一列，每顆寶石直徑3毫米。"},
		}},
		{"zircon for cubic zirconia", czTennis, CatGlossary, []lt{
			{"zh-CN", "38颗方晶锆石排成一列。38颗锆石全部为圆形切割。"}, {"zh-TW", "38顆方晶鋯石排成一列。38顆鋯石全數為圓形切割。"},
		}},
	})
}

// titaniumBand is a titanium ring with no stones.
var titaniumBand = core.Product{SKU: "T6", Name: "Orbit", Category: "ring", Metals: []core.Metal{{Base: "titanium"}}, Colours: []string{"grey"}}

// otherStoneByLocale names a gemstone the product does not have (kunzite,
// iolite, a tourmaline, a peridot), after an adjective and before a
// colour as copy writes it (#13, released 7 unknown_vocab: "uma pequena
// kunzite cor-de-rosa", "pieni sininen iioliitti" gave only a colour
// warning).
var otherStoneByLocale = map[string][]string{
	"en":    {"A small pink kunzite sits between the pearls.", "A tiny violet iolite is set inside the band."},
	"fr":    {"Une petite kunzite rose se glisse entre les perles.", "Une minuscule iolite violette est sertie à l'intérieur."},
	"de":    {"Ein kleiner rosa Kunzit sitzt zwischen den Perlen.", "Ein winziger violetter Iolith ist innen eingesetzt."},
	"it":    {"Una piccola kunzite rosa si trova tra le perle.", "Una minuscola iolite viola è incastonata all'interno."},
	"es":    {"Una pequeña kunzita rosa se sitúa entre las perlas.", "Una diminuta iolita violeta va engastada en el interior."},
	"pt":    {"Uma pequena kunzite rosa fica entre as pérolas.", "Uma minúscula iolite violeta está cravada no interior.", "No centro há uma pequena malaquita.", "No centro brilha uma pequena morganite cor-de-rosa."},
	"nl":    {"Een kleine roze kunziet zit tussen de parels.", "Een piepkleine violette ioliet is aan de binnenkant gezet.", "In het midden zit een kleine malachiet."},
	"da":    {"En lille lyserød kunzit sidder mellem perlerne.", "En lillebitte violet iolit er fattet på indersiden.", "I midten sidder en lille malakit."},
	"nb":    {"En liten rosa kunzitt sitter mellom perlene.", "En bitteliten fiolett iolitt er innfattet på innsiden.", "I midten sitter en liten malakitt."},
	"sv":    {"En liten rosa kunzit sitter mellan pärlorna.", "En pytteliten violett iolit är infattad på insidan.", "I mitten sitter en liten malakit."},
	"fi":    {"Helmien välissä on pieni vaaleanpunainen kunsiitti.", "Sisäpintaan on upotettu pieni sininen iioliitti.", "Keskellä on pieni malakiitti."},
	"pl":    {"Między perłami osadzono mały różowy kunzyt.", "Wewnątrz osadzono maleńki fioletowy iolit.", "Pośrodku osadzono mały malachit."},
	"cs":    {"Mezi perlami sedí malý růžový kunzit.", "Uvnitř je zasazen drobný fialový iolit.", "Uprostřed je malý malachit."},
	"tr":    {"İncilerin arasında küçük pembe bir kunzit yer alıyor.", "İç yüzeye minik mor bir iyolit yerleştirildi.", "Ortada küçük bir malakit var."},
	"el":    {"Ανάμεσα στα μαργαριτάρια βρίσκεται ένας μικρός ροζ κουνζίτης.", "Στο εσωτερικό είναι δεμένος ένας μικροσκοπικός ιολίτης.", "Στο κέντρο υπάρχει ένας μικρός μαλαχίτης."},
	"ar":    {"يتوسط اللآلئ حجر كونزيت وردي صغير.", "يزين الداخل حجر أيوليت بنفسجي صغير.", "في الوسط حجر مالاكيت صغير."},
	"ja":    {"パールの間に小さなピンクのクンツァイトを添えました。", "内側に小さなアイオライトをセットしました。", "中央に小さなマラカイトをセットしました。"},
	"ko":    {"진주 사이에 작은 핑크 쿤자이트가 자리합니다.", "안쪽에 작은 아이올라이트가 세팅되어 있습니다.", "가운데에 작은 말라카이트가 있습니다."},
	"zh":    {"珍珠之间点缀一颗粉色紫锂辉石。", "内侧镶嵌一颗小巧的堇青石。", "中央镶嵌一颗孔雀石。"},
	"zh-TW": {"珍珠之間點綴一顆粉色紫鋰輝石。", "內側鑲嵌一顆小巧的堇青石。", "中央鑲嵌一顆孔雀石。"},
}

// TestKindsOtherStoneNamed (#13, released 7 unknown_vocab): a gemstone
// the product does not have blocks in every locale, named as its
// language writes it.
func TestKindsOtherStoneNamed(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var rows []lt
	perLocale(t, otherStoneByLocale, "other stone", func(loc string, x []string, in func([]string) []lt) {
		rows = append(rows, in(x)...)
	})
	runKinds(t, c, guide(t), []kindTable{{"a stone the product lacks", titaniumBand, CatGrounding, rows}})
}
