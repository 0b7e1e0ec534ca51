package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
	"github.com/copydesk/copydesk/internal/grounding"
)

var (
	// gf13Filled is 14/20 gold-filled hoops as the thirteenth blind set
	// modelled them: brass with a "plating" of 14k gold-filled, 1/20 by
	// weight.
	gf13Filled = core.Product{SKU: "GF13", Name: "Essence", Category: "earrings", Materials: []string{"14/20 gold-filled"},
		Metals: []core.Metal{{Base: "brass", Plating: "14k gold-filled (1/20 by weight)", Fineness: "14k"}}, Colours: []string{"gold"},
		Features: []string{"hinged closure", "14/20 gold-filled"}}
	// gf13Plated is the same hoops electroplated: gold-plated brass.
	gf13Plated = core.Product{SKU: "GP13", Name: "Essence", Category: "earrings", Materials: []string{"gold-plated brass"},
		Metals: []core.Metal{{Base: "brass", Plating: "18k gold"}}, Colours: []string{"gold"}}
	// gf13Silver is the same hoops in sterling silver.
	gf13Silver = core.Product{SKU: "SS13", Name: "Essence", Category: "earrings", Materials: []string{"sterling silver"},
		Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Colours: []string{"silver"}}
)

// gf13Lang is one language's truthful gold-filled copy (true: the karat
// gold named as the bonded layer, the fraction, gold plating named as the
// thinner overlay it is compared with), the piece called solid karat gold
// (solid), karat gold with no overlay word (bare), and the gold-filled
// words alone (filled).
type gf13Lang struct {
	true        []string
	solid, bare string
	filled      []string
}

var gf13Texts = map[string]gf13Lang{
	"en": {[]string{"Hoops in 14/20 gold-filled: a layer of 14k gold bonded to a brass core, far thicker than ordinary gold plating.",
		"Rolled gold hoops: a bonded layer of 14 carat gold over brass.", "A 14k gold overlay, 1/20 of the weight, bonded to brass."},
		"Hoops in solid 14k gold.", "These hoops are 14k gold.", []string{"Gold-filled hoops.", "Rolled gold hoops."}},
	"de": {[]string{"Creolen aus 14/20 Gold-Filled: eine Schicht aus 14 Karat Gold, 1/20 des Gewichts, ist mit einem Kern aus Messing verbunden. Viel dicker als eine Vergoldung.",
		"Creolen aus Golddoublé: 14 Karat Gold auf Messing gewalzt."},
		"Creolen aus massivem 14 Karat Gold.", "Creolen aus 14 Karat Gold.", []string{"Creolen aus Gold-Filled.", "Creolen aus Golddoublé."}},
	"fr": {[]string{"Créoles en gold filled 14/20 : une couche d'or 14 carats, soit 1/20 du poids total, liée à une âme en laiton. Bien plus épaisse qu'un simple plaqué or.",
		"Créoles en doublé or : une couche d'or 14 carats soudée sur du laiton, plus épaisse qu'une dorure."},
		"Créoles en or massif 14 carats.", "Créoles en or 14 carats.", []string{"Créoles en doublé or.", "Créoles en gold filled."}},
	"es": {[]string{"Arracadas de laminado de oro 14/20: una capa de oro de 14 kilates unida a un núcleo de latón, más resistentes que un baño de oro común.",
		"Aros de gold filled 14/20: una capa de oro de 14 quilates, 1/20 del peso total, unida a un núcleo de latón. Mucho más gruesa que un baño de oro."},
		"Aros de oro macizo de 14 quilates.", "Aros de oro de 14 quilates.", []string{"Aros de laminado de oro.", "Aros de oro laminado."}},
	"it": {[]string{"Orecchini in laminato oro 14/20: uno strato d'oro 14 carati, pari a 1/20 del peso, legato a un'anima in ottone. Molto più spesso di una normale doratura."},
		"Orecchini in oro massiccio 14 carati.", "Orecchini in oro 14 carati.", []string{"Orecchini in laminato oro.", "Orecchini in gold filled."}},
	"pt": {[]string{"Argolas em gold filled 14/20: uma camada de ouro 14 quilates, 1/20 do peso total, unida a um núcleo de latão. Muito mais espessa que um banho de ouro.",
		"Argolas em ouro laminado: uma camada de ouro 14 quilates sobre latão."},
		"Argolas em ouro maciço 14 quilates.", "Argolas em ouro 14 quilates.", []string{"Argolas em gold filled.", "Argolas em ouro laminado."}},
	"nl": {[]string{"Creolen van 14/20 gold-filled: 1/20 van het gewicht is 14 karaat goud, gebonden op messing.",
		"Creolen van doublé: een laag 14 karaat goud op messing, veel dikker dan een verguldsel."},
		"Creolen van massief 14 karaat goud.", "Creolen van 14 karaat goud.", []string{"Creolen van gold-filled.", "Creolen van doublé."}},
	"da": {[]string{"Creoler i 14/20 gold filled: et lag 14 karat guld, 1/20 af vægten, bundet til en kerne af messing. Langt tykkere end forgyldning.",
		"Creoler i gulddoublé: 14 karat guld valset på messing."},
		"Creoler i massivt 14 karat guld.", "Creoler i 14 karat guld.", []string{"Creoler i gulddoublé.", "Creoler i gold filled."}},
	"nb": {[]string{"Ringøreringer i 14/20 gold filled: et lag 14 karat gull, 1/20 av vekten, bundet til en kjerne av messing. Mye tykkere enn forgylling.",
		"Ringøreringer i gulldoublé: 14 karat gull valset på messing."},
		"Ringøreringer i massivt 14 karat gull.", "Ringøreringer i 14 karat gull.", []string{"Ringøreringer i gulldoublé.", "Ringøreringer i gold filled."}},
	"sv": {[]string{"Creoler i 14/20 gold filled: ett lager 14 karat guld, 1/20 av vikten, sammanfogat med en kärna av mässing. Mycket tjockare än förgyllning.",
		"Creoler i gulddoublé: 14 karat guld valsat på mässing."},
		"Creoler i massivt 14 karat guld.", "Creoler i 14 karat guld.", []string{"Creoler i gulddoublé.", "Creoler i guldfyllt."}},
	"fi": {[]string{"Kultatäytteiset 14/20 gold filled -renkaat: 14 karaatin kultakerros, 1/20 painosta, on liitetty messinkiytimeen. Paljon paksumpi kuin kullattu pinta."},
		"Renkaat massiivista 14 karaatin kultaa.", "Renkaat 14 karaatin kultaa.", []string{"Kultatäytteiset renkaat.", "Gold filled -renkaat."}},
	"pl": {[]string{"Koła z 14/20 gold filled: warstwa 14-karatowego złota, 1/20 wagi, połączona z rdzeniem z mosiądzu. Znacznie grubsza niż pozłacanie."},
		"Koła z litego 14-karatowego złota.", "Koła z 14-karatowego złota.", []string{"Koła gold filled.", "Koła wypełniane złotem."}},
	"cs": {[]string{"Kruhy z 14/20 gold filled: vrstva 14karátového zlata, 1/20 hmotnosti, spojená s mosazným jádrem. Mnohem silnější než běžné pozlacení.",
		"Kruhy ze zlatého dublé: 14karátové zlato navalcované na mosaz."},
		"Kruhy z masivního 14karátového zlata.", "Kruhy ze 14karátového zlata.", []string{"Kruhy ze zlatého dublé.", "Kruhy gold filled."}},
	"el": {[]string{"Κρίκοι από 14/20 gold filled: ένα στρώμα χρυσού 14 καρατίων, το 1/20 του βάρους, ενωμένο με πυρήνα από ορείχαλκο. Πολύ παχύτερο από μια επιχρύσωση."},
		"Κρίκοι από συμπαγή χρυσό 14 καρατίων.", "Κρίκοι από χρυσό 14 καρατίων.", []string{"Ελαφριοί κρίκοι gold filled για κάθε μέρα."}},
	"tr": {[]string{"14/20 gold filled halkalar: ağırlığın 1/20'si olan 14 ayar altın katmanı pirinç bir çekirdeğe bağlanmıştır. Sıradan altın kaplamadan çok daha kalın.",
		"Altın dolgulu halkalar: pirinç üzerine 14 ayar altın katman."},
		"Som 14 ayar altın halkalar.", "14 ayar altın halkalar.", []string{"Altın dolgulu halkalar.", "Gold filled halkalar."}},
	"ar": {[]string{"أقراط حلقية من الذهب المملوء 14/20: طبقة من الذهب عيار 14، تعادل 1/20 من الوزن، ملتحمة بقلب من النحاس الأصفر. أسمك بكثير من الطلاء بالذهب."},
		"أقراط حلقية من الذهب الخالص عيار 14.", "أقراط حلقية من الذهب عيار 14.", []string{"أقراط حلقية مملوءة بالذهب.", "أقراط حلقية من الذهب المملوء."}},
	"ja": {[]string{"14/20ゴールドフィルドのフープピアス。真鍮の芯に14金の層を圧着し、重量の1/20が14金です。金メッキよりもずっと厚い層です。",
		"金張りのフープピアス。真鍮に14金の層を圧着しています。"},
		"14金無垢のフープピアス。", "14金のフープピアス。", []string{"ゴールドフィルドのフープピアス。", "金張りのフープピアス。"}},
	"ko": {[]string{"14/20 골드필드 후프 귀걸이. 황동 심에 14K 금 층을 압착해 무게의 1/20이 14K 금입니다. 일반 금도금보다 훨씬 두껍습니다."},
		"14K 순금 후프 귀걸이.", "14K 금 후프 귀걸이.", []string{"골드필드 후프 귀걸이."}},
	"zh-CN": {[]string{"14/20包金圈形耳环：在黄铜芯上压合一层14K金，占总重量的1/20，比普通镀金厚得多。", "注金圈形耳环：黄铜上压合14K金层。"},
		"实心14K金圈形耳环。", "14K金圈形耳环。", []string{"包金圈形耳环。", "注金圈形耳环。"}},
	"zh-TW": {[]string{"14/20包金圈形耳環：在黃銅芯上壓合一層14K金，佔總重量的1/20，比一般鍍金厚得多。", "注金圈形耳環：黃銅上壓合14K金層。"},
		"實心14K金圈形耳環。", "14K金圈形耳環。", []string{"包金圈形耳環。", "注金圈形耳環。"}},
}

// TestKindsGoldFilled13: gold-filled (FTC Jewelry Guides 16 CFR 23.3:
// "gold filled", "rolled gold plate", "gold overlay": karat gold
// mechanically bonded to a base metal, at least 1/20 of its weight) is a
// gold overlay in every language (#13, thirteenth blind set: es "más
// resistentes que un baño de oro", it "una normale doratura", nl "14
// karaat goud" beside "gold-filled" blocked on 14/20 gold-filled hoops).
// Truthful copy naming the bonded karat gold and the plating it outlasts
// passes; solid karat gold, and karat gold with no overlay word, still
// block as plating misdescriptions; the gold-filled words block on
// gold-plated and on sterling silver hoops.
func TestKindsGoldFilled13(t *testing.T) {
	t.Parallel()
	c := NewScoped(grounding.CheckScoped)
	var truthful, solid, bare, filled []lt
	perLocale(t, gf13Texts, "goldfilled13", func(loc string, x gf13Lang, in func([]string) []lt) {
		truthful = append(truthful, in(x.true)...)
		solid = append(solid, in([]string{x.solid})...)
		bare = append(bare, in([]string{x.bare})...)
		filled = append(filled, in(x.filled)...)
	})
	runKindsChannel(t, c, guide(t), "marketplace", []kindTable{
		{"gold-filled said truly", gf13Filled, "", truthful},
		{"the gold-filled words on gold-filled", gf13Filled, "", filled},
		{"solid karat gold on gold-filled", gf13Filled, CatRegulatory, solid},
		{"karat gold with no overlay word on gold-filled", gf13Filled, CatRegulatory, bare},
		{"gold-filled on gold-plated", gf13Plated, CatGrounding, filled},
		{"gold-filled on sterling silver", gf13Silver, CatGrounding, filled},
	})
}
