package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A stone word naming one of the piece's colours in a list of colours
// (#13, list_colour21; released21b H21b09 es-ES, da-DK, el-GR): "cuentas
// de vidrio lampwork en azul laguna, turquesa y ámbar", "glasperler i
// lagunblå, turkis og varm rav", "σε μπλε της λιμνοθάλασσας, τιρκουάζ και
// ζεστό κεχριμπαρί" on a glass bead bracelet whose colours are blue,
// turquoise and amber blocked grounding.stone for the amber (3 false
// blocks): amber, like turquoise, is a colour name as well as a gem (OED,
// RAE, Den Danske Ordbog). Where the piece's colours name the stone and it
// has none, the word joined by a comma or a conjunction to a list that
// reaches a colour word is that colour (grounding list_colour.go). The same
// texts on a piece whose colours do not name the stones still block.
func TestKindsListColour21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	beads := core.Product{SKU: "LC21", Name: "Lagoon Lampwork Bead Bracelet", Category: "bracelet",
		Materials: []string{"lampwork glass", "925 sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Colours: []string{"blue", "turquoise", "amber", "silver"}, Features: []string{"handmade", "toggle clasp"},
		Attributes: map[string]string{"bead_material": "lampwork glass"}}
	control := beads
	control.Colours = []string{"blue", "silver"}
	checkOwnAndControl(t, svc, "grounding", []kindRow{
		{"es-ES", "Reúne catorce cuentas de vidrio lampwork en azul laguna, turquesa y ámbar.", beads, false},
		{"es-MX", "Cuentas de vidrio en tonos azul, turquesa y ámbar cálido.", beads, false},
		{"da-DK", "Armbåndet samler fjorten lampwork-glasperler i lagunblå, turkis og varm rav.", beads, false},
		{"nb-NO", "Fjorten glassperler i lagunblått, turkis og varm rav.", beads, false},
		{"sv-SE", "Fjorton glaspärlor i lagunblått, turkos och varm bärnsten.", beads, false},
		{"nl-NL", "Veertien glazen kralen in lagunablauw, turkoois en warm barnsteen.", beads, false},
		{"de-DE", "Vierzehn Glasperlen in Lagunenblau, Türkis und warmem Bernstein.", beads, false},
		{"el-GR", "Συγκεντρώνει δεκατέσσερις γυάλινες χάντρες σε μπλε της λιμνοθάλασσας, τιρκουάζ και ζεστό κεχριμπαρί.", beads, false},
		{"pt-BR", "Catorze contas de vidro em azul lagoa, turquesa e âmbar.", beads, false},
		{"pt-PT", "Catorze contas de vidro em azul, turquesa e âmbar quente.", beads, false},
		{"it-IT", "Quattordici perle di vetro in blu laguna, turchese e ambra.", beads, false},
		{"tr-TR", "On dört cam boncuk mavi, turkuaz ve kehribar tonlarında.", beads, false},
		{"ar-AE", "أربع عشرة خرزة زجاجية بالأزرق والفيروزي والكهرمان.", beads, false},
		{"ja-JP", "ブルー、ターコイズ、琥珀の14個のガラスビーズ。", beads, false},
		{"zh-CN", "十四颗蓝色、绿松石和琥珀的玻璃珠。", beads, false},
		{"ko-KR", "블루, 터키석, 호박석 빛깔의 유리 구슬 14개.", beads, false},
	}, func(r kindRow) (core.Product, bool) { return control, true })
	// a list of things, not of colours, still blocks on the bead piece
	checkKindRows(t, svc, "grounding", []kindRow{
		{"es-ES", "Cuentas de ámbar y vidrio azul.", beads, true},
		{"en-GB", "Set with genuine amber and blue glass beads.", beads, true},
		{"de-DE", "Glasperlen mit echtem Bernstein.", beads, true},
		{"es-ES", "Cuentas de vidrio con zafiros rosas y ámbar.", beads, true},
	})
}
