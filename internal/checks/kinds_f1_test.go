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
