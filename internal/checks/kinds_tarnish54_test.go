package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The forty-eighth session's tarnish54 kinds (issue #13; probe 54D,
// released 54A, released 53B, probe 53C): a hedged tarnish statement
// ("slows the natural darkening of silver") said of the product's own
// rhodium, platinum or ruthenium plating read as a tarnish-proof promise.

// t54Rhodium is a rhodium-plated sterling silver necklace (probe 54D).
var t54Rhodium = core.Product{SKU: "T54-1", Name: "Herringbone Necklace", Category: "necklace", Collection: "Essence",
	Materials: []string{"rhodium-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "rhodium", PlatingMicrons: 0.3}},
	Colours:   []string{"silver"}, Features: []string{"rhodium-plated"}}

// t54Platinum is a platinum-plated sterling silver ring.
var t54Platinum = core.Product{SKU: "T54-2", Name: "Jonc Ring", Category: "ring", Collection: "Lumière",
	Materials: []string{"platinum-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "platinum"}},
	Colours:   []string{"silver"}}

// t54Ruthenium is a ruthenium-plated sterling silver ring.
var t54Ruthenium = core.Product{SKU: "T54-3", Name: "Nox Ring", Category: "ring", Collection: "Nox",
	Materials: []string{"ruthenium-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "ruthenium"}},
	Colours:   []string{"black"}}

// t54Silver is the same necklace in plain sterling silver: no plating, no
// coating.
var t54Silver = core.Product{SKU: "T54-4", Name: "Herringbone Necklace", Category: "necklace", Collection: "Essence",
	Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
	Colours: []string{"silver"}}

// tarnish54Hedged are, by locale, hedged tarnish statements said of the
// piece's rhodium plating: slowed, delayed, reduced or helped to resist.
var tarnish54Hedged = [][2]string{
	{"en-AU", "It is then electroplated with a fine layer of rhodium, a bright white metal from the platinum family, which adds a cool shine and slows the natural darkening of silver."},
	{"en-GB", "The rhodium plating adds a cool shine and helps the silver resist tarnish."},
	{"en-US", "A thin rhodium plating gives it a bright finish and reduces tarnishing."},
	{"fr-FR", "Un fin dépôt de rhodium, métal blanc de la famille du platine, recouvre ensuite l’argent : il lui donne un éclat froid et ralentit son noircissement naturel."},
	{"fr-CA", "Une fine couche de rhodium lui donne un éclat froid et ralentit le noircissement naturel de l'argent."},
	{"de-DE", "Die Rhodinierung verleiht einen kühlen Glanz und verlangsamt das natürliche Anlaufen des Silbers."},
	{"es-ES", "Un baño de rodio le da un brillo frío y retrasa el oscurecimiento natural de la plata."},
	{"es-MX", "El baño de rodio aporta un brillo frío y reduce el oscurecimiento natural de la plata."},
	{"it-IT", "La placcatura in rodio dona una lucentezza fredda e rallenta l'ossidazione naturale dell'argento."},
	{"pt-BR", "Por cima da prata vem uma camada fina de ródio, metal branco da família da platina, que deixa o brilho mais frio e retarda o escurecimento natural da prata."},
	{"pt-PT", "Uma camada fina de ródio dá-lhe um brilho frio e retarda o escurecimento natural da prata."},
	{"nl-NL", "De rodiumlaag geeft een koele glans en vertraagt het natuurlijke verkleuren van het zilver."},
	{"pl-PL", "Całość pokryto warstwą rodu: ten biały metal z grupy platynowców daje chłodny połysk i spowalnia naturalne ciemnienie srebra."},
	{"cs-CZ", "Vrstva rhodia dodává chladný lesk a zpomaluje přirozené černání stříbra."},
	{"sv-SE", "Rodineringen ger en sval glans och fördröjer silvrets naturliga missfärgning."},
	{"da-DK", "Rhodineringen giver en kølig glans og forsinker sølvets naturlige anløbning."},
	{"nb-NO", "Rodineringen gir en kjølig glans og forsinker sølvets naturlige anløpning."},
	{"fi-FI", "Rodinointi antaa viileän kiillon ja hidastaa hopean luonnollista tummumista."},
	{"el-GR", "Το κολιέ έχει επιμετάλλωση ροδίου, που δίνει ψυχρή, καθρεφτένια λάμψη και καθυστερεί το μαύρισμα του ασημιού."},
	{"tr-TR", "Kolyenin yüzeyi rodyumla kaplanmıştır; bu kaplama soğuk bir parlaklık verir ve gümüşün doğal kararmasını yavaşlatır."},
	{"ar-AE", "طلاء الروديوم يمنح القلادة بريقًا باردًا ويبطئ اسوداد الفضة."},
	{"ja-JP", "ロジウムメッキが涼しげな輝きを与え、銀の黒ずみを遅らせます。"},
	{"ko-KR", "로듐 도금이 차가운 광택을 더하고 은의 변색을 늦춰 줍니다."},
	{"zh-CN", "铑镀层带来冷冽的光泽，并减缓银的氧化变黑。"},
	{"zh-TW", "銠鍍層帶來冷冽的光澤，並能延緩變黑。"},
}

// TestKindsTarnish54 (issue #13, tarnish54): publishable copy of the
// kinds must not block.
func TestKindsTarnish54(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", pairRows(t54Rhodium, false, tarnish54Hedged))
}

// t54Gold is an 18k gold-plated sterling silver necklace: a gold plating
// is no rhodium flash, and licenses no hedge.
var t54Gold = core.Product{SKU: "T54-5", Name: "Herringbone Necklace", Category: "necklace", Collection: "Essence",
	Materials: []string{"18k gold-plated sterling silver"},
	Metals:    []core.Metal{{Base: "sterling silver", Fineness: "18k", Plating: "gold", PlatingMicrons: 0.5}},
	Colours:   []string{"gold"}}

// tarnish54Bad must block as claims: the hedge on a piece with no plating
// or coating (or a gold one), and an absolute promise on a piece plated
// with rhodium, platinum or ruthenium.
var tarnish54Bad = []kindRow{
	{"en-GB", "Its polished finish slows the natural darkening of silver.", t54Silver, true},
	{"en-US", "The high polish helps the silver resist tarnish.", t54Silver, true},
	{"fr-FR", "Son poli miroir ralentit le noircissement naturel de l'argent.", t54Silver, true},
	{"de-DE", "Die Politur verlangsamt das natürliche Anlaufen des Silbers.", t54Silver, true},
	{"pt-BR", "O acabamento polido retarda o escurecimento natural da prata.", t54Silver, true},
	{"pl-PL", "Polerowane wykończenie spowalnia naturalne ciemnienie srebra.", t54Silver, true},
	{"tr-TR", "Parlatılmış yüzey gümüşün doğal kararmasını yavaşlatır.", t54Silver, true},
	{"el-GR", "Το γυάλισμα καθυστερεί το μαύρισμα του ασημιού.", t54Silver, true},
	{"ja-JP", "磨き仕上げが銀の黒ずみを遅らせます。", t54Silver, true},
	{"en-AU", "The gold plating slows the natural darkening of silver.", t54Gold, true},
	{"fr-FR", "La dorure ralentit le noircissement naturel de l'argent.", t54Gold, true},
	// absolute promises: the plating is no tarnish-proof feature
	{"en-AU", "The rhodium plating means it will never tarnish.", t54Rhodium, true},
	{"en-GB", "Thanks to its rhodium plating, the necklace is tarnish-proof.", t54Rhodium, true},
	{"en-US", "Thanks to the rhodium plating, it will not tarnish.", t54Rhodium, true},
	{"en-US", "The rhodium plating slows tarnish, so the silver never tarnishes.", t54Rhodium, true},
	{"en-GB", "The rhodium plating helps it never tarnish.", t54Rhodium, true},
	{"en-GB", "The platinum plating slows tarnishing forever.", t54Platinum, true},
	{"fr-FR", "Grâce au rhodium, elle ne noircit jamais.", t54Rhodium, true},
	{"fr-FR", "Le dépôt de platine la rend inoxydable et ralentit à jamais son noircissement.", t54Platinum, true},
	{"de-DE", "Dank der Rhodinierung läuft sie niemals an.", t54Rhodium, true},
	{"es-ES", "Gracias al baño de rodio, nunca se oscurece.", t54Rhodium, true},
	{"it-IT", "Grazie alla placcatura in rodio, non si ossida mai.", t54Rhodium, true},
	{"pt-BR", "Graças ao ródio, nunca escurece.", t54Rhodium, true},
	{"pl-PL", "Dzięki rodowaniu nigdy nie ciemnieje.", t54Rhodium, true},
	{"tr-TR", "Rodyum kaplama sayesinde asla kararmaz.", t54Rhodium, true},
	{"el-GR", "Χάρη στο ρόδιο δεν μαυρίζει ποτέ.", t54Rhodium, true},
	{"nl-NL", "Dankzij het ruthenium verkleurt hij nooit.", t54Ruthenium, true},
	{"zh-CN", "铑镀层让它永不变色。", t54Rhodium, true},
}

// TestKindsTarnish54Bad (issue #13, tarnish54): the hedge on a piece with
// no rhodium, platinum or ruthenium plating, and an absolute promise on a
// plated piece, still block as claims.
func TestKindsTarnish54Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatClaim, tarnish54Bad)
}
