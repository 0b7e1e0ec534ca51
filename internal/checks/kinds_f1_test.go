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
