package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the lab7 tables: a platinum ring with three lab-grown
// diamonds, its twin with natural diamonds and a sterling ring with three
// cubic zirconia given as simulants.
var (
	m7LabRing = core.Product{SKU: "M77", Name: "Aster", Category: "ring",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"silver", "white"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginLabGrown}}}
	m7NaturalRing = core.Product{SKU: "M78", Name: "Aster", Category: "ring",
		Metals: []core.Metal{{Base: "platinum", Fineness: "950"}}, Colours: []string{"silver", "white"},
		Stones: []core.Stone{{Type: "diamond", Colour: "white", Count: 3, Origin: core.OriginNatural}}}
	m7CZRing = core.Product{SKU: "M79", Name: "Aster", Category: "ring",
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver", "white"},
		Stones: []core.Stone{{Type: "cubic zirconia", Colour: "white", Count: 3, Origin: core.OriginSimulant}}}
)

// m7LabLang is one language's texts of the lab_qualifier kind.
//
// labBlock: three lab-grown diamonds named with a word no market accepts
// as the qualifier ("cultured", "eco") or none, and as brilliants (a
// brilliant is a diamond); labPass: the market's qualifiers, brilliants
// with one. brilliant: brilliants named as the ring's stones without a
// qualifier: block on lab-grown and simulant stones, pass on natural
// diamonds. shine: the same languages' adjective "brilliant, shiny" on the
// lab-grown ring, publishable. cut: the simulant ring's zirconia cut as
// brilliants (a cut word before the brilliant word), publishable.
type m7LabLang struct {
	labBlock, labPass, brilliant, shine, cut []string
}

var m7LabTexts = map[string]m7LabLang{
	"en": {
		labBlock:  []string{"Three cultured diamonds line the band.", "Three eco diamonds line the band.", "Three diamonds line the band.", "Three brilliants line the band."},
		labPass:   []string{"Three laboratory-grown diamonds line the band.", "Three lab-created brilliants line the band."},
		brilliant: []string{"Three brilliants line the band."},
		cut:       []string{"Three white zirconia, cut as round brilliants, line the band."},
	},
	"fr": {
		labBlock:  []string{"Trois diamants de culture ornent l'anneau.", "Trois diamants éco ornent l'anneau.", "Trois diamants ornent l'anneau.", "Trois brillants ornent l'anneau.", "L'anneau est serti de brillants."},
		labPass:   []string{"Trois diamants de synthèse ornent l'anneau.", "Trois brillants de synthèse ornent l'anneau.", "L'anneau est serti de brillants synthétiques."},
		brilliant: []string{"Trois brillants ornent l'anneau.", "L'anneau est serti de brillants.", "Les brillants captent la lumière."},
		shine:     []string{"Des reflets brillants sur l'anneau, avec trois diamants de synthèse.", "Un anneau au fini brillant, avec trois diamants de synthèse.", "L'anneau est brillant et porte trois diamants de synthèse.", "Avec ses reflets brillants, l'anneau porte trois diamants de synthèse."},
		cut:       []string{"Trois oxydes de zirconium blancs, taillés en brillants, ornent l'anneau."},
	},
	"de": {
		labBlock:  []string{"Drei kultivierte Diamanten zieren die Schiene.", "Drei Öko-Diamanten zieren die Schiene.", "Drei Diamanten zieren die Schiene.", "Drei Brillanten zieren die Schiene."},
		labPass:   []string{"Drei im Labor gezüchtete Diamanten zieren die Schiene.", "Drei synthetische Brillanten zieren die Schiene."},
		brilliant: []string{"Drei Brillanten zieren die Schiene.", "Der Ring ist mit Brillanten besetzt."},
		cut:       []string{"Drei weiße Zirkonia, geschliffen als Brillant, zieren die Schiene."},
	},
	"it": {
		labBlock:  []string{"Tre diamanti coltivati ornano la fascia.", "Tre diamanti eco ornano la fascia.", "Tre diamanti ornano la fascia.", "Tre brillanti ornano la fascia.", "La fascia è impreziosita da brillanti."},
		labPass:   []string{"Tre diamanti creati in laboratorio ornano la fascia.", "Tre brillanti sintetici ornano la fascia."},
		brilliant: []string{"Tre brillanti ornano la fascia.", "La fascia è impreziosita da brillanti.", "I brillanti catturano la luce."},
		shine:     []string{"Colori brillanti e tre diamanti sintetici sulla fascia.", "Con brillanti riflessi, tre diamanti sintetici ornano la fascia.", "Un anello dai riflessi brillanti con tre diamanti sintetici."},
		cut:       []string{"Tre zirconie bianche dal taglio a brillanti ornano la fascia."},
	},
	"es": {
		labBlock:  []string{"Tres diamantes cultivados adornan el aro.", "Tres diamantes ecológicos adornan el aro.", "Tres diamantes adornan el aro.", "Tres brillantes adornan el aro.", "El aro está engastado con brillantes."},
		labPass:   []string{"Tres diamantes creados en laboratorio adornan el aro.", "Tres brillantes sintéticos adornan el aro."},
		brilliant: []string{"Tres brillantes adornan el aro.", "El aro está engastado con brillantes.", "Los brillantes atrapan la luz."},
		shine:     []string{"Tres diamantes sintéticos brillantes adornan el aro.", "Un aro de colores brillantes con tres diamantes sintéticos.", "Los aros son brillantes y llevan tres diamantes sintéticos.", "Con brillantes destellos, tres diamantes sintéticos adornan el aro."},
		cut:       []string{"Tres circonitas blancas talladas como brillantes adornan el aro."},
	},
	"pt": {
		labBlock:  []string{"Três diamantes cultivados enfeitam o aro.", "Três diamantes ecológicos enfeitam o aro.", "Três diamantes enfeitam o aro.", "Três brilhantes enfeitam o aro.", "O aro é cravejado de brilhantes."},
		labPass:   []string{"Três diamantes criados em laboratório enfeitam o aro.", "Três brilhantes sintéticos enfeitam o aro."},
		brilliant: []string{"Três brilhantes enfeitam o aro.", "O aro é cravejado de brilhantes.", "Os brilhantes captam a luz."},
		shine:     []string{"Três diamantes sintéticos brilhantes enfeitam o aro.", "Um aro de cores brilhantes com três diamantes sintéticos.", "Os aros são brilhantes e têm três diamantes sintéticos.", "Com brilhantes reflexos, três diamantes sintéticos enfeitam o aro."},
		cut:       []string{"Três zircônias brancas lapidadas como brilhantes enfeitam o aro."},
	},
	"nl": {
		labBlock:  []string{"Drie gecultiveerde diamanten sieren de band.", "Drie eco-diamanten sieren de band.", "Drie diamanten sieren de band.", "Drie briljanten sieren de band."},
		labPass:   []string{"Drie labgekweekte diamanten sieren de band.", "Drie synthetische briljanten sieren de band."},
		brilliant: []string{"Drie briljanten sieren de band."},
		cut:       []string{"Drie witte zirkonia, geslepen als briljanten, sieren de band."},
	},
	"sv": {
		labBlock:  []string{"Tre odlade diamanter pryder skenan.", "Tre ekodiamanter pryder skenan.", "Tre diamanter pryder skenan."},
		labPass:   []string{"Tre labbodlade diamanter pryder skenan.", "Tre syntetiska diamanter pryder skenan."},
		brilliant: []string{"Tre briljanter pryder skenan."},
		cut:       []string{"Tre vita zirkonia, slipade som briljanter, pryder skenan."},
	},
	"da": {
		labBlock:  []string{"Tre dyrkede diamanter pryder skinnen.", "Tre øko-diamanter pryder skinnen.", "Tre diamanter pryder skinnen."},
		labPass:   []string{"Tre laboratoriedyrkede diamanter pryder skinnen.", "Tre syntetiske diamanter pryder skinnen."},
		brilliant: []string{"Tre brillanter pryder skinnen."},
		cut:       []string{"Tre hvide zirkonia er slebet som runde brillanter."},
	},
	"nb": {
		labBlock:  []string{"Tre dyrkede diamanter pryder skinnen.", "Tre øko-diamanter pryder skinnen.", "Tre diamanter pryder skinnen."},
		labPass:   []string{"Tre labdyrkede diamanter pryder skinnen.", "Tre syntetiske diamanter pryder skinnen."},
		brilliant: []string{"Tre briljanter pryder skinnen."},
		cut:       []string{"Tre hvite zirkonia, slipt som briljanter, pryder skinnen."},
	},
	"fi": {
		labBlock:  []string{"Kolme viljeltyä timanttia koristaa sormusta.", "Kolme ekotimanttia koristaa sormusta.", "Kolme timanttia koristaa sormusta.", "Timanttisormus jokaiseen päivään."},
		labPass:   []string{"Kolme laboratoriossa kasvatettua timanttia koristaa sormusta.", "Kolme laboratoriotimanttia koristaa sormusta.", "Laboratoriotimanttisormus jokaiseen päivään."},
		brilliant: []string{"Timanttisormus jokaiseen päivään.", "Kolme briljanttia koristaa sormusta."},
		cut:       []string{"Kolme valkoista zirkoniaa on hiottu briljanteiksi ja hiottu kuin briljantit."},
	},
	"pl": {
		labBlock:  []string{"Trzy hodowlane diamenty zdobią obrączkę.", "Trzy eko diamenty zdobią obrączkę.", "Trzy diamenty zdobią obrączkę."},
		labPass:   []string{"Trzy diamenty hodowane w laboratorium zdobią obrączkę.", "Trzy syntetyczne diamenty zdobią obrączkę."},
		brilliant: []string{"Trzy brylanty zdobią obrączkę."},
	},
	"cs": {
		labBlock:  []string{"Tři kultivované diamanty zdobí obroučku.", "Tři eko diamanty zdobí obroučku.", "Tři diamanty zdobí obroučku."},
		labPass:   []string{"Tři laboratorně pěstované diamanty zdobí obroučku.", "Tři syntetické diamanty zdobí obroučku."},
		brilliant: []string{"Tři brilianty zdobí obroučku."},
	},
	"tr": {
		labBlock:  []string{"Üç kültür elmas yüzüğü süslüyor.", "Üç eko elmas yüzüğü süslüyor.", "Üç elmas yüzüğü süslüyor."},
		labPass:   []string{"Üç laboratuvarda yetiştirilmiş elmas yüzüğü süslüyor.", "Üç sentetik elmas yüzüğü süslüyor."},
		brilliant: []string{"Üç pırlanta yüzüğü süslüyor."},
	},
	"el": {
		labBlock:  []string{"Τρία καλλιεργημένα διαμάντια κοσμούν τη βέρα.", "Τρία οικολογικά διαμάντια κοσμούν τη βέρα.", "Τρία διαμάντια κοσμούν τη βέρα."},
		labPass:   []string{"Τρία εργαστηριακά διαμάντια κοσμούν τη βέρα.", "Τρία συνθετικά διαμάντια κοσμούν τη βέρα."},
		brilliant: []string{"Τρία μπριγιάν κοσμούν τη βέρα."},
		cut:       []string{"Τρεις λευκές κυβικές ζιρκόνιες σε κοπή μπριγιάν κοσμούν τη βέρα."},
	},
	"ar": {
		labBlock:  []string{"ثلاث ألماسات مستزرعة تزين الخاتم.", "ثلاث ألماسات صديقة للبيئة تزين الخاتم.", "ثلاث ألماسات تزين الخاتم."},
		labPass:   []string{"ثلاث ألماسات مصنّعة في المختبر تزين الخاتم.", "ثلاث ألماسات صناعية تزين الخاتم."},
		brilliant: []string{"ثلاث ألماسات تزين الخاتم."},
	},
	"ja": {
		labBlock:  []string{"3石のエコダイヤモンドがリングを彩ります。", "3石のダイヤモンドがリングを彩ります。"},
		labPass:   []string{"3石のラボグロウンダイヤモンドがリングを彩ります。", "3石の合成ダイヤモンドがリングを彩ります。"},
		brilliant: []string{"3石のダイヤモンドがリングを彩ります。"},
	},
	"ko": {
		labBlock:  []string{"에코 다이아몬드 세 개가 밴드를 장식합니다.", "다이아몬드 세 개가 밴드를 장식합니다."},
		labPass:   []string{"랩그로운 다이아몬드 세 개가 밴드를 장식합니다.", "합성 다이아몬드 세 개가 밴드를 장식합니다."},
		brilliant: []string{"다이아몬드 세 개가 밴드를 장식합니다."},
	},
	"zh-CN": {
		labBlock:  []string{"三颗环保钻石点缀戒圈。", "三颗钻石点缀戒圈。"},
		labPass:   []string{"三颗实验室培育钻石点缀戒圈。", "三颗合成钻石点缀戒圈。"},
		brilliant: []string{"三颗钻石点缀戒圈。"},
	},
	"zh-TW": {
		labBlock:  []string{"三顆環保鑽石點綴戒圈。", "三顆鑽石點綴戒圈。"},
		labPass:   []string{"三顆實驗室培育鑽石點綴戒圈。", "三顆合成鑽石點綴戒圈。"},
		brilliant: []string{"三顆鑽石點綴戒圈。"},
	},
}

// TestKindsLabQualifier7 (issue #13: lab_qualifier, simulant_as_gem) in
// every supported locale.
func TestKindsLabQualifier7(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var labBlock, labPass, brilliant, shine, cut []lt
	perLocale(t, m7LabTexts, "lab7", func(loc string, x m7LabLang, in func([]string) []lt) {
		labBlock = append(labBlock, in(x.labBlock)...)
		labPass = append(labPass, in(x.labPass)...)
		brilliant = append(brilliant, in(x.brilliant)...)
		shine = append(shine, in(x.shine)...)
		cut = append(cut, in(x.cut)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"lab-grown without an accepted qualifier", m7LabRing, CatRegulatory, labBlock},
		{"lab-grown with an accepted qualifier", m7LabRing, "", labPass},
		{"brilliants on lab-grown diamonds", m7LabRing, CatRegulatory, brilliant},
		{"brilliants on simulants", m7CZRing, CatRegulatory, brilliant},
		{"brilliants on natural diamonds", m7NaturalRing, "", brilliant},
		{"shiny, not a brilliant", m7LabRing, "", shine},
		{"cut as brilliants", m7CZRing, "", cut},
	})
}
