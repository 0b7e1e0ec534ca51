package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

// A sterling silver ring with no plating, and the same ring rhodium-plated.
var (
	pn13Silver  = core.Product{SKU: "PN13", Name: "Arc", Category: "ring", Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
	pn13Rhodium = core.Product{SKU: "PN13R", Name: "Arc", Category: "ring", Materials: []string{"rhodium-plated sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium"}}, Colours: []string{"silver"}}
)

// plateNoun13 are one language's rhodium plating said as a layer noun with
// the metal, a compound of the metal and a layer word, the verbal noun or
// the metal after a coated participle ('has a rhodium layer', "met een
// laagje rhodium", "Rhodiumschicht", "έχει επιρρόδιωση", "warstwą rodu",
// ロジウム加工, 로듐으로 도금된, 一层铑): on the unplated silver ring they
// block, on the rhodium-plated one they pass. The rows marked (before)
// in the comments passed on the unplated ring before the thirteenth
// session (#13, left13).
var plateNoun13 = map[string][]string{
	"en": {"The ring has a layer of rhodium for extra shine.", // before ("layer" read as the cross-selling verb)
		"A rhodium layer gives the ring extra shine.", "The ring has a coating of rhodium."},
	"de": {"Der Ring hat eine Rhodiumschicht.", "Der Ring mit Rhodiumbeschichtung.", "Der Ring hat eine Rhodinierung.", "Der Ring hat eine Rhodiumauflage.", // before
		"Der Ring ist mit Rhodium beschichtet."},
	"fr": {"La bague a un rhodiage brillant.", // before
		"La bague est recouverte d'une fine couche de rhodium."},
	"it": {"L'anello ha una rodiatura brillante.", // before
		"L'anello ha un bagno di rodio."},
	"es": {"El anillo tiene un recubrimiento de rodio.", "El anillo tiene una capa de rodio."},
	"pt": {"O anel tem uma camada de ródio.", "O anel tem revestimento de ródio."},
	"nl": {"De ring met rhodiumlaag.", "De ring met een laagje rhodium.", "De ring heeft een rhodiumlaagje.", "De ring heeft een rhodium coating.", "De ring heeft een rhodiumplating.", // before
		"De ring met een laagje rodium."},
	"da": {"Ringen har et rhodiumlag.", // before
		"Ringen har en rhodiumbelægning."},
	"sv": {"Ringen har ett rodiumskikt.", // before
		"Ringen har ett lager av rodium."},
	"nb": {"Ringen har et rhodiumlag.", // before
		"Ringen har rhodiumbelegg."},
	"fi": {"Sormuksessa on rodiumpinnoite.", "Sormuksessa on rodiumkerros.", // before
		"Sormus on päällystetty rodiumilla."},
	"pl": {"Pierścionek ma warstwę rodu.", "Pierścionek pokryty rodem.", // before
		"Pierścionek jest rodowany."},
	"cs": {"Prsten má rhodiovou vrstvu.", // before
		"Prsten má vrstvu rhodia."},
	"el": {"Το δαχτυλίδι έχει επιρρόδιωση.", "Το δαχτυλίδι είναι επιρροδιωμένο.", "Το δαχτυλίδι έχει επίστρωση ροδίου.", "Το δαχτυλίδι έχει επικάλυψη ροδίου.", "Το δαχτυλίδι έχει ένα στρώμα ροδίου."}, // before
	"tr": {"Yüzüğün üzerinde rodyum tabakası var.", "Yüzük rodyum kaplıdır."},
	"ar": {"الخاتم بطبقة روديوم.", "الخاتم مطلي بالروديوم."},
	"ja": {"リングにはロジウム加工が施されています。", "ロジウム仕上げのリングです。", "リングはロジウムでコーティングされています。"}, // before
	"ko": {"반지에는 로듐 코팅이 되어 있습니다.", "로듐으로 도금된 반지입니다.", // before
		"로듐 도금 반지입니다."},
	"zh-CN": {"戒指有一层铑。", "戒指表面有铑涂层。", "戒指表面镀了一层铑。", "戒指采用铑金属电镀。"}, // before
	"zh-TW": {"戒指表面鍍了一層銠。", "戒指表面有銠塗層。"},                          // before
}

// TestKindsPlatingNoun13: rhodium plating said in a noun or verb form the
// vocabularies lacked blocks on a ring that has none, in every locale
// (#13, left13: el "έχει επιρρόδιωση", nl "met rhodiumlaag", seen and left
// by negmat12); the same words pass on the rhodium-plated ring. The bare
// word's other senses stay no rhodium: Polish ród (a family) and Greek
// ρόδι (a pomegranate) are read as rhodium only after a layer word or a
// coated participle, and English "layer" is the cross-selling verb only
// with its object or after "to", "and", "or" ("Layer it with a gold chain"
// still speaks of another item). Greek ασήμι after a thickness in
// micrometres ("με 3 μm ασήμι") is the metal, not the colour: on
// silver-plated brass without a plating word it blocks as TestKindsTruePlating11's
// bare rows do in the other languages (before: passed).
func TestKindsPlatingNoun13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var rows []lt
	perLocale(t, plateNoun13, "pn13", func(loc string, x []string, in func([]string) []lt) {
		rows = append(rows, in(x)...)
	})
	runKinds(t, c, guide(t), []kindTable{
		{"rhodium plating said on an unplated ring", pn13Silver, wantAnyBlock, rows},
		{"rhodium plating said on the rhodium-plated ring", pn13Rhodium, "", rows},
		{"the other senses of the words", pn13Silver, "", []lt{
			{"pl-PL", "Sygnet z herbem rodu, wykonany ze srebra."},
			{"el-GR", "Δαχτυλίδι από ασήμι σε χρώμα ροδιού."},
			{"en-GB", "Layer it with a gold chain."},
			{"en-GB", "Perfect to layer with gold chains."},
			{"en-GB", "Layer the ring with gold bands."},
			{"en-GB", "Stack and layer gold rings beside it."},
		}},
		{"Greek silver after a thickness, no plating word", p11SilverPlated, wantAnyBlock, []lt{
			{"el-GR", "Βραχιόλι από ορείχαλκο με 3 μm ασήμι."}, // before
		}},
		{"Greek silver plating with its thickness", p11SilverPlated, "", []lt{
			{"el-GR", "Βραχιόλι από ορείχαλκο με επιμετάλλωση από 3 μm ασήμι."},
		}},
	})
}
