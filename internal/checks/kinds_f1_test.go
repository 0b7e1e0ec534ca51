package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the f1 tables (issue #13, fact kinds on real copy): a
// silver-plated brass bangle and its sterling twin.
var (
	f1PlatedBangle = core.Product{SKU: "F11", Name: "Luna", Category: "bangle",
		Metals: []core.Metal{{Base: "brass", Plating: "silver", PlatingMicrons: 1}}, Colours: []string{"silver"}}
	f1SterlingBangle = core.Product{SKU: "F12", Name: "Luna", Category: "bangle",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// f1ShapeLang is one language's texts of the bangle-shape kind: the
// bangle called silver, by its own noun or by a ring-shape noun that names
// it (French "anneau", Spanish "aro", Italian "cerchio"). They block on
// the silver-plated bangle (plating_silver) and pass on the sterling one.
// Before f1 the shape nouns were read as hoops, another piece: the silver
// went to them and passed on the plated bangle, and the sterling one was
// blocked as the wrong category (fr, es, it).
type f1ShapeLang struct {
	bangle []string
}

var f1ShapeTexts = map[string]f1ShapeLang{
	"en":    {bangle: []string{"A bangle of polished silver for the wrist.", "This silver bangle slips over the hand."}},
	"fr":    {bangle: []string{"Un anneau en argent qui glisse au poignet.", "Ce jonc est un anneau en argent poli."}},
	"de":    {bangle: []string{"Ein Reif aus Silber für das Handgelenk.", "Dieser Armreif ist ganz aus Silber gefertigt."}},
	"it":    {bangle: []string{"Un cerchio d'argento da portare al polso.", "Questo bangle è un cerchio in argento lucido."}},
	"es":    {bangle: []string{"Un aro de plata que se desliza en la muñeca.", "Esta esclava es un aro de plata pulida."}},
	"pt":    {bangle: []string{"Um aro de prata para usar no pulso.", "Esta pulseira rígida é feita de prata."}},
	"nl":    {bangle: []string{"Een bangle van zilver voor elke dag.", "Deze zilveren bangle glijdt om de pols."}},
	"sv":    {bangle: []string{"En armring i silver för varje dag.", "Den här armringen är gjord av silver."}},
	"da":    {bangle: []string{"En armring i sølv til hver dag.", "Denne armring er lavet af sølv."}},
	"nb":    {bangle: []string{"En armring i sølv til hver dag.", "Denne armringen er laget av sølv."}},
	"fi":    {bangle: []string{"Hopeinen rannerengas jokaiseen päivään.", "Tämä rannerengas on hopeaa."}},
	"pl":    {bangle: []string{"Srebrna bransoletka sztywna na co dzień.", "Ta sztywna bransoletka jest ze srebra."}},
	"cs":    {bangle: []string{"Pevný náramek ze stříbra na každý den.", "Tento pevný náramek je ze stříbra."}},
	"tr":    {bangle: []string{"Her gün için gümüş bir kelepçe.", "Bu kelepçe gümüşten yapılmıştır."}},
	"el":    {bangle: []string{"Ασημένια χειροπέδη για κάθε μέρα.", "Αυτή η χειροπέδη είναι από ασήμι."}},
	"ar":    {bangle: []string{"غويشة فضية لكل يوم.", "هذه الغويشة مصنوعة من الفضة."}},
	"ja":    {bangle: []string{"毎日使えるシルバーバングル。", "このバングルは銀製です。"}},
	"ko":    {bangle: []string{"매일 착용하는 실버 뱅글.", "이 뱅글은 은으로 만들었습니다."}},
	"zh-CN": {bangle: []string{"日常佩戴的银手镯。", "这款手镯由纯银制成。"}},
	"zh-TW": {bangle: []string{"日常佩戴的銀手鐲。", "這款手鐲由純銀製成。"}},
}

// TestKindsBangleShapeNoun (issue #13: plating_silver, a ring-shape noun
// naming a bangle) in every supported locale.
func TestKindsBangleShapeNoun(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var bangle []lt
	perLocale(t, f1ShapeTexts, "f1 shape", func(loc string, x f1ShapeLang, in func([]string) []lt) {
		bangle = append(bangle, in(x.bangle)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plated bangle called silver", f1PlatedBangle, CatRegulatory, bangle},
		{"sterling bangle called silver", f1SterlingBangle, "", bangle},
	})
}

// f1ManMadeLang is one language's texts of the "man-made" kind on the
// lab7 ring's three lab-grown diamonds: vague words of making (man-made,
// fabriqué par l'homme, künstlich, konstgjord, 人造) are no qualifier and
// block; the market's own words pass (培育钻石 in Chinese: GB/T
// 16552-2017 Amendment No. 1). Before f1, "man-made" passed in en-GB and
// en-AU. Japanese 人工 and Korean 인공 are accepted by their packs.
type f1ManMadeLang struct {
	manMade, accepted []string
}

var f1ManMadeTexts = map[string]f1ManMadeLang{
	"en":    {manMade: []string{"Three man-made diamonds line the band.", "Three manmade diamonds line the band."}, accepted: []string{"Three laboratory-grown diamonds line the band.", "Three lab-created diamonds line the band."}},
	"fr":    {manMade: []string{"Trois diamants fabriqués par l'homme ornent l'anneau."}, accepted: []string{"Trois diamants synthétiques ornent l'anneau."}},
	"de":    {manMade: []string{"Drei von Menschenhand geschaffene Diamanten zieren die Schiene.", "Drei künstliche Diamanten zieren die Schiene."}, accepted: []string{"Drei synthetische Diamanten zieren die Schiene."}},
	"it":    {manMade: []string{"Tre diamanti creati dall'uomo ornano la fascia.", "Tre diamanti artificiali ornano la fascia."}, accepted: []string{"Tre diamanti sintetici ornano la fascia."}},
	"es":    {manMade: []string{"Tres diamantes hechos por el hombre adornan el aro.", "Tres diamantes artificiales adornan el aro."}, accepted: []string{"Tres diamantes sintéticos adornan el aro."}},
	"pt":    {manMade: []string{"Três diamantes feitos pelo homem enfeitam o aro.", "Três diamantes artificiais enfeitam o aro."}, accepted: []string{"Três diamantes sintéticos enfeitam o aro."}},
	"nl":    {manMade: []string{"Drie door de mens gemaakte diamanten sieren de band.", "Drie kunstmatige diamanten sieren de band."}, accepted: []string{"Drie synthetische diamanten sieren de band."}},
	"sv":    {manMade: []string{"Tre konstgjorda diamanter pryder skenan."}, accepted: []string{"Tre syntetiska diamanter pryder skenan."}},
	"da":    {manMade: []string{"Tre menneskeskabte diamanter pryder skinnen."}, accepted: []string{"Tre syntetiske diamanter pryder skinnen."}},
	"nb":    {manMade: []string{"Tre menneskeskapte diamanter pryder skinnen."}, accepted: []string{"Tre syntetiske diamanter pryder skinnen."}},
	"fi":    {manMade: []string{"Kolme ihmisen valmistamaa timanttia koristaa sormusta."}, accepted: []string{"Kolme synteettistä timanttia koristaa sormusta."}},
	"pl":    {manMade: []string{"Trzy sztuczne diamenty zdobią obrączkę."}, accepted: []string{"Trzy syntetyczne diamenty zdobią obrączkę."}},
	"cs":    {manMade: []string{"Tři umělé diamanty zdobí obroučku."}, accepted: []string{"Tři syntetické diamanty zdobí obroučku."}},
	"tr":    {manMade: []string{"Üç insan yapımı elmas yüzüğü süslüyor."}, accepted: []string{"Üç sentetik elmas yüzüğü süslüyor."}},
	"el":    {manMade: []string{"Τρία τεχνητά διαμάντια κοσμούν τη βέρα."}, accepted: []string{"Τρία συνθετικά διαμάντια κοσμούν τη βέρα."}},
	"ar":    {manMade: []string{"ثلاث ألماسات من صنع الإنسان تزين الخاتم."}, accepted: []string{"ثلاث ألماسات صناعية تزين الخاتم."}},
	"ja":    {accepted: []string{"3石のラボグロウンダイヤモンドがリングを彩ります。"}},
	"ko":    {accepted: []string{"랩그로운 다이아몬드 세 개가 밴드를 장식합니다."}},
	"zh-CN": {manMade: []string{"三颗人造钻石点缀戒圈。"}, accepted: []string{"三颗培育钻石点缀戒圈。", "戒圈点缀三颗培育钻石，光彩夺目。"}},
	"zh-TW": {manMade: []string{"三顆人造鑽石點綴戒圈。"}, accepted: []string{"三顆培育鑽石點綴戒圈。", "戒圈點綴三顆培育鑽石，光彩奪目。"}},
}

// TestKindsLabManMade (issue #13: lab_qualifier, legal_qualifier) in every
// supported locale.
func TestKindsLabManMade(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var manMade, accepted []lt
	perLocale(t, f1ManMadeTexts, "f1 man-made", func(loc string, x f1ManMadeLang, in func([]string) []lt) {
		manMade = append(manMade, in(x.manMade)...)
		accepted = append(accepted, in(x.accepted)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"lab-grown called man-made", m7LabRing, CatRegulatory, manMade},
		{"lab-grown with the market's qualifier", m7LabRing, "", accepted},
	})
}

// f1GoldPlatedSterling is a ring of 18k gold-plated sterling silver.
var f1GoldPlatedSterling = core.Product{SKU: "F13", Name: "Sol", Category: "ring",
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "yellow gold", PlatingMicrons: 2.5}}, Colours: []string{"gold"}}

// f1LayerLang is one language's texts of the layer kind (true_plating):
// the gold of a gold-plated sterling ring described as a layer or coat
// over the silver ("covered by a layer of gold", "recouvert d'une couche
// d'or", "dekket av et lag gull", 外覆一层黄金) is a plating said, and
// passes; the bare gold ("made of gold") still blocks. Before f1 the layer
// rows blocked in every language but English and Arabic.
type f1LayerLang struct {
	layer, bare []string
}

var f1LayerTexts = map[string]f1LayerLang{
	"en":    {layer: []string{"The ring has a core of 925 sterling silver covered by a layer of gold."}, bare: []string{"This ring is made of gold."}},
	"fr":    {layer: []string{"La bague a un cœur en argent 925 recouvert d'une couche d'or."}, bare: []string{"Cette bague est en or."}},
	"de":    {layer: []string{"Der Ring hat einen Kern aus 925er Silber, überzogen mit einer Schicht Gold."}, bare: []string{"Dieser Ring ist aus Gold."}},
	"it":    {layer: []string{"L'anello ha un'anima in argento 925 ricoperta da uno strato d'oro."}, bare: []string{"Questo anello è in oro."}},
	"es":    {layer: []string{"El anillo tiene un núcleo de plata 925 cubierto por una capa de oro."}, bare: []string{"Este anillo es de oro."}},
	"pt":    {layer: []string{"O anel tem um núcleo de prata 925 coberto por uma camada de ouro."}, bare: []string{"Este anel é de ouro."}},
	"nl":    {layer: []string{"De ring heeft een kern van 925 sterling zilver bedekt met een laag goud."}, bare: []string{"Deze ring is van goud."}},
	"sv":    {layer: []string{"Ringen har en kärna av 925 sterlingsilver täckt av ett lager guld."}, bare: []string{"Den här ringen är av guld."}},
	"da":    {layer: []string{"Ringen har en kerne af 925 sterlingsølv dækket af et lag guld."}, bare: []string{"Denne ring er af guld."}},
	"nb":    {layer: []string{"Ringen har en kjerne av 925 sterlingsølv dekket av et lag gull på 2,5 mikron."}, bare: []string{"Denne ringen er av gull."}},
	"fi":    {layer: []string{"Sormuksen ydin on 925 sterlinghopeaa, jonka päällä on kerros kultaa."}, bare: []string{"Tämä sormus on kultaa."}},
	"pl":    {layer: []string{"Pierścionek ma rdzeń ze srebra 925 pokryty warstwą złota."}, bare: []string{"Ten pierścionek jest ze złota."}},
	"cs":    {layer: []string{"Prsten má jádro ze stříbra 925 pokryté vrstvou zlata."}, bare: []string{"Tento prsten je ze zlata."}},
	"tr":    {layer: []string{"Yüzüğün özü 925 ayar gümüş olup bir kat altınla kaplanmıştır."}, bare: []string{"Bu yüzük altından yapılmıştır."}},
	"el":    {layer: []string{"Το δαχτυλίδι έχει πυρήνα από ασήμι 925 καλυμμένο με ένα στρώμα χρυσού."}, bare: []string{"Αυτό το δαχτυλίδι είναι από χρυσό."}},
	"ar":    {layer: []string{"يتكون الخاتم من فضة استرلينية عيار 925 مغطاة بطبقة من الذهب."}, bare: []string{"هذا الخاتم مصنوع من الذهب."}},
	"ja":    {layer: []string{"シルバー925の芯に金の層を重ねたリングです。"}, bare: []string{"このリングは金でできています。"}},
	"ko":    {layer: []string{"925 스털링 실버 위에 금 층을 입힌 반지입니다."}, bare: []string{"이 반지는 금으로 만들었습니다."}},
	"zh-CN": {layer: []string{"戒指以925银为芯，外覆一层黄金。"}, bare: []string{"这枚戒指由黄金制成。"}},
	"zh-TW": {layer: []string{"戒指以925銀為芯，外覆一層黃金。"}, bare: []string{"這枚戒指由黃金製成。"}},
}

// TestKindsPlatingLayer (issue #13: true_plating, plating_silver) in
// every supported locale.
func TestKindsPlatingLayer(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var layer, bare []lt
	perLocale(t, f1LayerTexts, "f1 layer", func(loc string, x f1LayerLang, in func([]string) []lt) {
		layer = append(layer, in(x.layer)...)
		bare = append(bare, in(x.bare)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"gold-plated silver: the gold as a layer", f1GoldPlatedSterling, "", layer},
		{"gold-plated silver: bare gold", f1GoldPlatedSterling, CatRegulatory, bare},
	})
}

// Products of the disclosed-plating kind: a rhodium-plated brass bracelet
// and its twin of rhodium-plated sterling silver.
var (
	f1RhodiumBrass = core.Product{SKU: "F23", Name: "Halo", Category: "bracelet",
		Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"}}
	f1RhodiumSterling = core.Product{SKU: "F24", Name: "Halo", Category: "bracelet",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}}, Colours: []string{"silver"}}
)

// f1SterlingUnderPlating holds, by language, a bracelet said to be of 925
// or sterling silver, its rhodium plating named in the next sentence. On
// rhodium-plated brass the silver is a misdescription of the metal
// (plating_silver: regulatory, besides grounding's material); before f1 only
// grounding was reported wherever the plating was named (17 locales), so
// the category a reviewer expects was missing. On rhodium-plated sterling it
// is true and passes.
var f1SterlingUnderPlating = map[string][]string{
	"en":    {"The bracelet is made of 925 sterling silver. Its rhodium plating gives a cool shine."},
	"fr":    {"Le bracelet est en argent 925. Son placage rhodié lui donne un éclat froid."},
	"de":    {"Das Armband ist aus 925er Sterlingsilber. Die Rhodinierung verleiht ihm kühlen Glanz."},
	"it":    {"Il bracciale è in argento 925. La placcatura al rodio gli dona una luce fredda."},
	"es":    {"La pulsera es de plata 925. Su baño de rodio le da un brillo frío."},
	"pt":    {"A pulseira é de prata 925. O banho de ródio dá um brilho frio."},
	"nl":    {"De armband is van 925 sterling zilver. De rodiumlaag geeft een koele glans."},
	"sv":    {"Armbandet är av 925 sterlingsilver. Rodineringen ger en sval lyster."},
	"da":    {"Armbåndet er af 925 sterlingsølv. Rhodineringen giver en kølig glans."},
	"nb":    {"Armbåndet er av 925 sterlingsølv. Rhodineringen gir en kjølig glans."},
	"fi":    {"Rannekoru on 925 sterlinghopeaa. Rodinointi antaa viileän kiillon."},
	"pl":    {"Bransoletka jest wykonana ze srebra 925. Rodowanie nadaje jej chłodny blask."},
	"cs":    {"Náramek je ze stříbra 925. Rhodiování mu dodává chladný lesk."},
	"tr":    {"Bileklik 925 ayar gümüşten yapılmıştır. Rodyum kaplama serin bir parlaklık verir."},
	"el":    {"Το βραχιόλι είναι από ασήμι 925. Η επιροδίωση του δίνει δροσερή λάμψη."},
	"ar":    {"السوار مصنوع من الفضة الإسترلينية عيار 925. طلاء الروديوم يمنحه بريقاً بارداً."},
	"ja":    {"このブレスレットはシルバー925製です。ロジウムメッキが涼しげな輝きを添えます。"},
	"ko":    {"이 팔찌는 925 스털링 실버로 만들었습니다. 로듐 도금이 시원한 광택을 더합니다."},
	"zh-CN": {"这条手链采用925纯银制成。铑镀层带来清冷的光泽。"},
	"zh-TW": {"這條手鍊採用925純銀製成。銠鍍層帶來清冷的光澤。"},
}

// TestKindsSterlingUnderPlating (issue #13: plating_silver) in every
// supported locale.
func TestKindsSterlingUnderPlating(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var texts []lt
	perLocale(t, f1SterlingUnderPlating, "f1 sterling under plating", func(loc string, x []string, in func([]string) []lt) {
		texts = append(texts, in(x)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"plated brass called 925 silver, plating named", f1RhodiumBrass, CatRegulatory, texts},
		{"plated sterling called 925 silver, plating named", f1RhodiumSterling, "", texts},
	})
}

// f1ShineLang is one language's texts of the brilliant-adjective kind on
// the lab7 ring (three lab-grown diamonds): shine, the adjective
// "brilliant, shiny" before a noun of light after an opening article ("Les
// brillants reflets…", "I brillanti riflessi…", "Los brillantes
// destellos…", "Os brilhantes reflexos…"), with the diamonds qualified,
// publishable; stone, brilliants as the stones unqualified, blocked.
// Before f1 the shine rows blocked in fr, it, es, pt (7 locales).
type f1ShineLang struct {
	shine, stone []string
}

var f1ShineTexts = map[string]f1ShineLang{
	"en":    {shine: []string{"The brilliant reflections of the band frame three laboratory-grown diamonds."}, stone: []string{"Three brilliants line the band."}},
	"fr":    {shine: []string{"Les brillants reflets de l'anneau accompagnent trois diamants de synthèse."}, stone: []string{"Les brillants captent la lumière."}},
	"de":    {shine: []string{"Der brillante Glanz der Schiene umrahmt drei synthetische Diamanten."}, stone: []string{"Drei Brillanten zieren die Schiene."}},
	"it":    {shine: []string{"I brillanti riflessi della fascia accompagnano tre diamanti sintetici."}, stone: []string{"I brillanti catturano la luce."}},
	"es":    {shine: []string{"Los brillantes destellos del aro acompañan tres diamantes sintéticos."}, stone: []string{"Los brillantes atrapan la luz."}},
	"pt":    {shine: []string{"Os brilhantes reflexos do aro acompanham três diamantes sintéticos."}, stone: []string{"Os brilhantes captam a luz."}},
	"nl":    {shine: []string{"De briljante glans van de band omlijst drie synthetische diamanten."}, stone: []string{"Drie briljanten sieren de band."}},
	"sv":    {shine: []string{"Den briljanta glansen på skenan omger tre syntetiska diamanter."}, stone: []string{"Tre briljanter pryder skenan."}},
	"da":    {shine: []string{"Skinnens strålende glans indrammer tre syntetiske diamanter."}, stone: []string{"Tre brillanter pryder skinnen."}},
	"nb":    {shine: []string{"Skinnens strålende glans rammer inn tre syntetiske diamanter."}, stone: []string{"Tre briljanter pryder skinnen."}},
	"fi":    {shine: []string{"Sormuksen loistava kiilto kehystää kolme synteettistä timanttia."}, stone: []string{"Kolme briljanttia koristaa sormusta."}},
	"pl":    {shine: []string{"Błyszczący połysk obrączki otacza trzy syntetyczne diamenty."}, stone: []string{"Trzy brylanty zdobią obrączkę."}},
	"cs":    {shine: []string{"Zářivý lesk obroučky rámuje tři syntetické diamanty."}, stone: []string{"Tři brilianty zdobí obroučku."}},
	"tr":    {shine: []string{"Yüzüğün parlak ışıltısı üç sentetik elmasla buluşuyor."}, stone: []string{"Üç pırlanta yüzüğü süslüyor."}},
	"el":    {shine: []string{"Η λαμπερή λάμψη της βέρας πλαισιώνει τρία συνθετικά διαμάντια."}, stone: []string{"Τρία μπριγιάν κοσμούν τη βέρα."}},
	"ar":    {shine: []string{"البريق اللامع للخاتم يحيط بثلاث ألماسات صناعية."}, stone: []string{"ثلاث ألماسات تزين الخاتم."}},
	"ja":    {shine: []string{"リングのまばゆい輝きが3石の合成ダイヤモンドを引き立てます。"}, stone: []string{"3石のダイヤモンドがリングを彩ります。"}},
	"ko":    {shine: []string{"반지의 눈부신 광택이 합성 다이아몬드 세 개를 감쌉니다."}, stone: []string{"다이아몬드 세 개가 밴드를 장식합니다."}},
	"zh-CN": {shine: []string{"戒圈璀璨的光泽衬托三颗合成钻石。"}, stone: []string{"三颗钻石点缀戒圈。"}},
	"zh-TW": {shine: []string{"戒圈璀璨的光澤襯托三顆合成鑽石。"}, stone: []string{"三顆鑽石點綴戒圈。"}},
}

// TestKindsBrilliantBeforeNoun (issue #13: lab_qualifier, legal_qualifier)
// in every supported locale.
func TestKindsBrilliantBeforeNoun(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var shine, stone []lt
	perLocale(t, f1ShineTexts, "f1 shine", func(loc string, x f1ShineLang, in func([]string) []lt) {
		shine = append(shine, in(x.shine)...)
		stone = append(stone, in(x.stone)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"brilliant adjective before its noun", m7LabRing, "", shine},
		{"brilliants as the stones", m7LabRing, CatRegulatory, stone},
	})
}
