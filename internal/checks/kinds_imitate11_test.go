package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// im11Lang is one language's texts of the imitation kind (issue #13,
// eleventh session): a stone named as what the product's stone imitates,
// mimics, rivals or recalls (pass on a cubic zirconia piece), the same
// stone named as the piece's own (grounding block), and the simulant
// presented as the gem it imitates in the language's inflected forms
// (regulatory block, FTC 16 CFR 23.25(e)/23.26 and the market's rules).
type im11Lang struct {
	imitates, own, asGem []string
}

var im11Texts = map[string]im11Lang{
	"en": {imitates: []string{"Clear stones with diamond-like brilliance.", "A diamond look for every day.", "Cubic zirconia is a synthetic stone that imitates the sparkle of diamond.", "The clear stones mimic the fire of diamonds.", "Each stone emulates the brilliance of a diamond.", "Clear stones that rival diamonds in brilliance."},
		own: []string{"The necklace is set with 38 diamonds.", "It imitates nothing: these are real diamonds."}, asGem: []string{"A continuous row of 38 clear diamonds."}},
	"fr": {imitates: []string{"La zircone cubique est une pierre synthétique qui imite l'éclat du diamant.", "Les pierres claires rappellent l'éclat des diamants.", "Chaque pierre imite le feu d'un diamant."},
		own: []string{"Le collier est serti de 38 diamants."}, asGem: []string{"Une rangée continue de 38 diamants clairs."}},
	"de": {imitates: []string{"Klare Steine mit diamantähnlichem Glanz.", "Die klaren Steine ahmen den Glanz von Diamanten nach.", "Zirkonia imitiert das Feuer eines Diamanten.", "Jeder Stein ist dem Funkeln eines Diamanten nachempfunden."},
		own: []string{"Die Kette ist mit 38 Diamanten besetzt."}, asGem: []string{"Eine durchgehende Reihe aus 38 klaren Diamanten."}},
	"it": {imitates: []string{"La zirconia cubica è una pietra sintetica che imita la brillantezza del diamante.", "Le pietre trasparenti ricordano la luce dei diamanti.", "Ogni pietra imita il fuoco di un diamante."},
		own: []string{"La collana è incastonata con 38 diamanti."}, asGem: []string{"Una fila continua di 38 diamanti trasparenti."}},
	"es": {imitates: []string{"La circonita cúbica es una piedra sintética que imita el brillo del diamante.", "Las piedras claras emulan el fuego de los diamantes.", "Cada piedra imita el destello de un diamante."},
		own: []string{"El collar lleva 38 diamantes engastados."}, asGem: []string{"Una hilera continua de 38 diamantes transparentes."}},
	"pt": {imitates: []string{"As pedras claras imitam o brilho do diamante.", "Cada pedra imita o fogo de um diamante.", "As pedras lembram o brilho dos diamantes."},
		own: []string{"O colar é cravejado com 38 diamantes."}, asGem: []string{"Uma fileira contínua de 38 diamantes transparentes."}},
	"nl": {imitates: []string{"Heldere stenen met een diamantachtige glans.", "Zirkonia is een synthetische steen die de glans van diamant imiteert.", "De heldere stenen bootsen de schittering van diamanten na.", "Elke steen imiteert het vuur van een diamant."},
		own: []string{"De ketting is bezet met 38 diamanten."}, asGem: []string{"Een doorlopende rij van 38 heldere diamanten."}},
	"sv": {imitates: []string{"Klara stenar med diamantliknande glans.", "Cubic zirconia är en syntetisk sten som imiterar diamantens glans.", "De klara stenarna efterliknar diamanters gnistrande eld.", "Varje sten imiterar glansen hos en diamant."},
		own: []string{"Halsbandet är besatt med 38 diamanter."}, asGem: []string{"En obruten rad med 38 klara diamanter."}},
	"da": {imitates: []string{"Klare sten med diamantlignende glans.", "Cubic zirconia er en syntetisk sten, der efterligner diamantens glans.", "De klare sten imiterer diamanternes funklen.", "Hver sten efterligner glansen fra en diamant."},
		own: []string{"Halskæden er besat med 38 diamanter."}, asGem: []string{"En ubrudt række af 38 klare diamanter."}},
	"nb": {imitates: []string{"Klare steiner med diamantlignende glans.", "Kubisk zirkonia er en syntetisk stein som etterligner diamantens glans.", "De klare steinene imiterer diamanters gnistring.", "Hver stein etterligner glansen til en diamant."},
		own: []string{"Kjedet er besatt med 38 diamanter."}, asGem: []string{"En sammenhengende rekke med 38 klare diamanter."}},
	"fi": {imitates: []string{"Kuutiozirkonia on synteettinen kivi, joka jäljittelee timantin kimallusta.", "Kirkkaat kivet jäljittelevät timanttien tulta.", "Jokainen kivi jäljittelee timantin loistetta."},
		own: []string{"Kaulakorussa on 38 timanttia."}, asGem: []string{"Yhtenäinen rivi, jossa on 38 kirkasta timanttia."}},
	"pl": {imitates: []string{"Cyrkonia sześcienna to syntetyczny kamień, który imituje blask diamentu.", "Przejrzyste kamienie naśladują blask diamentów.", "Każdy kamień naśladuje ogień diamentu."},
		own: []string{"Naszyjnik jest wysadzany 38 diamentami."}, asGem: []string{"Ciągły rząd 38 przejrzystych diamentów."}},
	"cs": {imitates: []string{"Kubická zirkonie je syntetický kámen, který napodobuje lesk diamantu.", "Čiré kameny imitují třpyt diamantů.", "Každý kámen napodobuje oheň diamantu."},
		own: []string{"Náhrdelník je osazen 38 diamanty."}, asGem: []string{"Souvislá řada 38 čirých diamantů."}},
	"el": {imitates: []string{"Η κυβική ζιρκόνια είναι συνθετική πέτρα που μιμείται τη λάμψη του διαμαντιού.", "Οι διάφανες πέτρες μιμούνται τη φωτιά των διαμαντιών."},
		own: []string{"Το κολιέ είναι διακοσμημένο με 38 διαμάντια."}, asGem: []string{"Μια αδιάκοπη σειρά από 38 διάφανα διαμάντια."}},
	"tr": {imitates: []string{"Kübik zirkonya, pırlantanın ışıltısını taklit eden sentetik bir taştır.", "Şeffaf taşlar elmasın parıltısını taklit eder.", "Her taş pırlantanın ateşini taklit ediyor."},
		own:   []string{"Kolye 38 pırlantayla süslenmiştir.", "Kolyede 38 şeffaf elmas var."},
		asGem: []string{"3 mm'lik 38 şeffaf pırlantadan oluşan kesintisiz bir sıra.", "38 şeffaf elmastan oluşan kesintisiz bir sıra.", "Kolyenin pırlantaları ışığı yakalar.", "Kolye, pırlantalarıyla göz kamaştırır.", "Pırlantaların her biri ışığı yakalar."}},
	"ar": {imitates: []string{"الزركونيا المكعبة حجر صناعي يحاكي بريق الألماس.", "الأحجار الشفافة تحاكي لمعان الماس."},
		own: []string{"القلادة مرصعة بـ 38 ماسة."}, asGem: []string{"صف متصل من 38 ماسة شفافة."}},
	"ja": {imitates: []string{"キュービックジルコニアはダイヤモンドの輝きを模した合成石です。", "ダイヤモンドの輝きを模倣したクリアストーン。"},
		own: []string{"ネックレスには38個のダイヤモンドがセットされています。"}, asGem: []string{"38個のクリアなダイヤモンドが連なるデザインです。"}},
	"ko": {imitates: []string{"큐빅 지르코니아는 다이아몬드의 광채를 모방한 합성석입니다.", "투명한 스톤이 다이아몬드의 반짝임을 재현합니다."},
		own: []string{"목걸이에는 38개의 다이아몬드가 세팅되어 있습니다."}, asGem: []string{"38개의 투명한 다이아몬드가 이어진 디자인입니다.", "다이아몬드들이 빛을 받아 반짝입니다."}},
	"zh-CN": {imitates: []string{"立方氧化锆是模仿钻石光芒的合成石。", "透明的石头模仿钻石的火彩。"},
		own: []string{"项链镶嵌38颗钻石。"}, asGem: []string{"项链由38颗透明钻石连成一排。"}},
	"zh-TW": {imitates: []string{"立方氧化鋯是模仿鑽石光芒的合成石。", "透明的石頭模仿鑽石的火彩。"},
		own: []string{"項鍊鑲嵌38顆鑽石。"}, asGem: []string{"項鍊由38顆透明鑽石連成一排。"}},
}

// czCascade11 is a necklace of 38 clear cubic zirconia on rhodium-plated
// brass (the released 11b Cascade necklace).
var czCascade11 = core.Product{SKU: "H11b05", Name: "Cascade Tennis Necklace", Category: "necklace", Collection: "Moments",
	Materials: []string{"rhodium-plated brass", "cubic zirconia"}, Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}},
	Stones: []core.Stone{{Type: "cubic zirconia", Colour: "clear", Count: 38, Origin: core.OriginSimulant}}, Colours: []string{"silver"}}

// TestKindsImitation11 (issue #13, eleventh session: released 11b nb-NO
// "etterligner diamantens glans", tr-TR "pırlantanın ışıltısını taklit
// eden" blocked as grounding.stone on a zirconia piece) in every locale:
// a verb of imitation before or after the stone, with the light it
// imitates between ("imitates the sparkle of diamond"), says what the
// piece's stone resembles, not a stone it has; a stone the piece lacks,
// named as its own, still blocks, and the simulant called by the gem's
// name in any inflection is a regulatory block (16 CFR 23.25(e), 23.26).
func TestKindsImitation11(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var imitates, own, asGem []lt
	perLocale(t, im11Texts, "imitation11", func(loc string, x im11Lang, in func([]string) []lt) {
		imitates = append(imitates, in(x.imitates)...)
		own = append(own, in(x.own)...)
		asGem = append(asGem, in(x.asGem)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"the stone a simulant imitates", czCascade11, "", imitates},
		{"the stone as the piece's own", czCascade11, CatGrounding, own},
		{"a simulant called by the gem's name", czCascade11, CatRegulatory, asGem},
	})
}
