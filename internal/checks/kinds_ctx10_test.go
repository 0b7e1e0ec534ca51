package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// Products of the ctx10 tables (issue #13, fact and claim kinds on real
// copy): a rhodium-plated brass pendant and a stainless steel pendant,
// both silver in colour.
var (
	c10RhodiumPlated = core.Product{SKU: "C101", Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "brass", Plating: "rhodium"}}, Colours: []string{"silver"}}
	c10Steel = core.Product{SKU: "C102", Name: "Vela", Category: "pendant",
		Metals: []core.Metal{{Base: "stainless steel"}}, Colours: []string{"silver"}}
)

// c10LookLang is one language's texts of the look kind: look is silver
// as the look or colour of a plated or steel piece ("a silver look",
// "silver-toned finish", "looks like silver"); metal is silver as its
// material (solid silver, sterling, 925).
type c10LookLang struct {
	look, metal []string
}

var c10LookTexts = map[string]c10LookLang{
	"en": {look: []string{"The pendant has a silver look.", "A silver-toned finish for every day.", "It looks like silver and weighs almost nothing."},
		metal: []string{"The pendant is made of solid silver.", "A sterling pendant for every day.", "A 925 silver pendant for every day."}},
	"fr": {look: []string{"Le pendentif a un look argenté.", "Une finition ton argent pour tous les jours.", "Il a l'aspect de l'argent."},
		metal: []string{"Le pendentif est en argent massif.", "Un pendentif en argent sterling pour tous les jours.", "Un pendentif en argent 925 pour tous les jours."}},
	"de": {look: []string{"Der Anhänger hat einen silbernen Look.", "Ein silberfarbenes Finish für jeden Tag.", "Er sieht aus wie Silber."},
		metal: []string{"Der Anhänger ist aus massivem Silber.", "Ein Anhänger aus Sterlingsilber für jeden Tag.", "Ein Anhänger aus 925er Silber für jeden Tag."}},
	"it": {look: []string{"Il ciondolo ha un look argentato.", "Una finitura color argento per tutti i giorni.", "Ha l'aspetto dell'argento."},
		metal: []string{"Il ciondolo è in argento massiccio.", "Un ciondolo in argento sterling per tutti i giorni.", "Un ciondolo in argento 925 per tutti i giorni."}},
	"es": {look: []string{"El colgante tiene un aspecto plateado.", "Un acabado en tono plata para cada día.", "Tiene el aspecto de la plata."},
		metal: []string{"El colgante es de plata maciza.", "Un colgante de plata de ley para cada día.", "Un colgante de plata 925 para cada día."}},
	"pt": {look: []string{"A peça tem um visual prateado.", "Um acabamento em tom prata para todos os dias.", "Tem o aspeto da prata."},
		metal: []string{"A peça é de prata maciça.", "Uma peça em prata de lei para todos os dias.", "Uma peça em prata 925 para todos os dias."}},
	"nl": {look: []string{"De hanger heeft een zilveren look.", "Een zilverkleurige afwerking voor elke dag.", "Hij ziet eruit als zilver."},
		metal: []string{"De hanger is van massief zilver.", "Een hanger van sterling zilver voor elke dag.", "Een hanger van 925 zilver voor elke dag."}},
	"sv": {look: []string{"Hänget har en silvrig look.", "En silverfärgad finish för varje dag.", "Det ser ut som silver."},
		metal: []string{"Hänget är av massivt silver.", "Ett hänge i sterlingsilver för varje dag.", "Ett hänge i 925 silver för varje dag."}},
	"da": {look: []string{"Vedhænget har et sølvfarvet look.", "En sølvfarvet finish til hver dag.", "Det ligner sølv."},
		metal: []string{"Vedhænget er af massivt sølv.", "Et vedhæng i sterlingsølv til hver dag.", "Et vedhæng i 925 sølv til hver dag."}},
	"nb": {look: []string{"Anhenget har et sølvfarget look.", "En sølvfarget finish til hver dag.", "Det ser ut som sølv."},
		metal: []string{"Anhenget er av massivt sølv.", "Et anheng i sterlingsølv til hver dag.", "Et anheng i 925 sølv til hver dag."}},
	"fi": {look: []string{"Riipuksessa on hopeinen ilme.", "Hopeanvärinen viimeistely joka päivään.", "Se näyttää hopealta."},
		metal: []string{"Riipus on täyttä hopeaa.", "Sterlinghopeinen riipus joka päivään.", "Riipus on 925-hopeaa."}},
	"pl": {look: []string{"Wisiorek ma srebrzysty wygląd.", "Wykończenie w kolorze srebra na co dzień.", "Wygląda jak srebro."},
		metal: []string{"Wisiorek jest z litego srebra.", "Wisiorek ze srebra sterling na co dzień.", "Wisiorek ze srebra próby 925 na co dzień."}},
	"cs": {look: []string{"Přívěsek má stříbřitý vzhled.", "Povrch ve stříbrném odstínu pro každý den.", "Vypadá jako stříbro."},
		metal: []string{"Přívěsek je z masivního stříbra.", "Přívěsek ze sterlingového stříbra pro každý den.", "Přívěsek ze stříbra 925 pro každý den."}},
	"tr": {look: []string{"Kolye ucu gümüş görünümlüdür.", "Her gün için gümüş tonlu bir yüzey.", "Gümüş gibi görünür."},
		metal: []string{"Kolye ucu som gümüştür.", "Sterling gümüş kolye ucu her gün için.", "925 ayar gümüş kolye ucu her gün için."}},
	"el": {look: []string{"Το μενταγιόν έχει ασημί όψη.", "Φινίρισμα σε ασημί απόχρωση για κάθε μέρα.", "Μοιάζει με ασήμι."},
		metal: []string{"Το μενταγιόν είναι από συμπαγές ασήμι.", "Μενταγιόν από ασήμι στερλίνας για κάθε μέρα.", "Μενταγιόν από ασήμι 925 για κάθε μέρα."}},
	"ar": {look: []string{"تتميز القلادة بمظهر فضي.", "لمسة نهائية بلون فضي لكل يوم.", "تبدو مثل الفضة."},
		metal: []string{"القلادة مصنوعة من الفضة الخالصة.", "قلادة من الفضة الإسترليني لكل يوم.", "قلادة من فضة عيار 925 لكل يوم."}},
	"ja": {look: []string{"シルバーカラーのペンダントです。", "シルバートーンの仕上げで毎日使えます。", "銀色の外観が魅力です。"},
		metal: []string{"純銀製のペンダントです。", "スターリングシルバーのペンダントです。", "シルバー925のペンダントです。"}},
	"ko": {look: []string{"실버 톤의 펜던트입니다.", "실버 컬러 마감으로 매일 착용하기 좋습니다.", "은빛 외관이 매력적입니다."},
		metal: []string{"순은으로 만든 펜던트입니다.", "스털링 실버 펜던트입니다.", "925 실버 펜던트입니다."}},
	"zh-CN": {look: []string{"银色外观的吊坠。", "银色调的表面处理，适合日常佩戴。", "看起来像银一样。"},
		metal: []string{"这是一款纯银吊坠。", "这是一款925银吊坠。", "吊坠由纯银制成。"}},
	"zh-TW": {look: []string{"銀色外觀的吊墜。", "銀色調的表面處理，適合日常佩戴。", "看起來像銀一樣。"},
		metal: []string{"這是一款純銀吊墜。", "這是一款925銀吊墜。", "吊墜由純銀製成。"}},
}

// TestKindsMetalTone (issue #13: plating_silver, colour_sense; FTC 16 CFR
// 23.4 and 23.6: a plated or base-metal piece may not be called silver,
// solid silver or sterling, but its colour may be named) in every
// supported locale: silver as the look or tone of a rhodium-plated,
// silver-plated or steel piece whose colours include silver passes ("a
// silver look", "look argenté", "silberner Look", "aspecto plateado",
// 银色外观, シルバーカラー, 실버 톤); silver as its material blocks.
func TestKindsMetalTone(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var look, metal []lt
	perLocale(t, c10LookTexts, "ctx10 look", func(loc string, x c10LookLang, in func([]string) []lt) {
		look = append(look, in(x.look)...)
		metal = append(metal, in(x.metal)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"silver look of a rhodium-plated piece", c10RhodiumPlated, "", look},
		{"silver look of a silver-plated piece", c9SilverPlated, "", look},
		{"silver look of a steel piece", c10Steel, "", look},
		{"silver as the metal of a rhodium-plated piece", c10RhodiumPlated, wantAnyBlock, metal},
		{"silver as the metal of a silver-plated piece", c9SilverPlated, wantAnyBlock, metal},
		{"silver as the metal of a steel piece", c10Steel, wantAnyBlock, metal},
	})
}
