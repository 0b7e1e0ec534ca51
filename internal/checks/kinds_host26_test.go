package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The colour of the host mineral a stone type names after its variety
// ("lodolite (garden quartz)": clear quartz with green inclusions) is the
// host's, and true where the product lists it among its colours (#13,
// host26; released 26's es-ES lodolite "una cúpula de cuarzo transparente",
// blocked as grounding.colour against the stone's green). Every pass row has
// a control: the same text on a lodolite whose colours do not list clear
// blocks, and so does a colour the product does not have.
func TestKindsHost26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K26H1", Name: "Lumière Pendant", Category: "pendant", Collection: "Lumière",
		Materials: []string{"sterling silver", "lodolite quartz"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "lodolite (garden quartz)", Colour: "green", Count: 1, Origin: "natural"}},
		Colours: []string{"green", "clear", "silver"}}
	noClear := p
	noClear.Colours = []string{"green", "silver"}
	rows := []kindRow{
		{"en-GB", "The pendant holds a dome of clear quartz.", p, false},
		{"en-US", "The pendant holds a dome of clear quartz.", p, false},
		{"en-AU", "A dome of clear quartz sits in the pendant.", p, false},
		{"de-DE", "Der Anhänger fasst eine Kuppel aus klarem Quarz.", p, false},
		{"fr-FR", "Le pendentif renferme un dôme de quartz transparent.", p, false},
		{"fr-CA", "Le pendentif renferme un dôme de quartz incolore.", p, false},
		{"es-ES", "El colgante encierra una cúpula de cuarzo transparente.", p, false},
		{"es-MX", "El dije encierra una cúpula de cuarzo transparente.", p, false},
		{"it-IT", "Il ciondolo racchiude una cupola di quarzo trasparente.", p, false},
		{"pt-PT", "O pendente encerra uma cúpula de quartzo transparente.", p, false},
		{"pt-BR", "O pingente encerra uma cúpula de quartzo transparente.", p, false},
		{"nl-NL", "De hanger omvat een koepel van helder kwarts.", p, false},
		{"sv-SE", "Hänget har en kupol av klar kvarts.", p, false},
		{"da-DK", "Vedhænget har en kuppel af klar kvarts.", p, false},
		{"nb-NO", "Anhenget har en kuppel av klar kvarts.", p, false},
		{"fi-FI", "Riipuksessa on kupu kirkasta kvartsia.", p, false},
		{"pl-PL", "Zawieszka mieści kopułę przezroczystego kwarcu.", p, false},
		{"cs-CZ", "Přívěsek nese kopuli průhledného křemene.", p, false},
		{"el-GR", "Το μενταγιόν έχει έναν θόλο από διάφανο χαλαζία.", p, false},
		{"tr-TR", "Kolye ucunda şeffaf kuvarstan bir kubbe var.", p, false},
		{"ar-AE", "تضم القلادة قبة من الكوارتز الشفاف.", p, false},
		{"ja-JP", "ペンダントには透明な石英のドームが収まっています。", p, false},
		{"ko-KR", "펜던트에는 투명한 석영 돔이 있습니다.", p, false},
		{"zh-CN", "吊坠内嵌一颗透明石英圆顶。", p, false},
		{"zh-TW", "吊墜內嵌一顆透明石英圓頂。", p, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return noClear, true })
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "The pendant holds a dome of red quartz.", p, true},
		{"es-ES", "El colgante encierra una cúpula de cuarzo rojo.", p, true},
		{"de-DE", "Der Anhänger fasst eine Kuppel aus rotem Quarz.", p, true},
	})
}
