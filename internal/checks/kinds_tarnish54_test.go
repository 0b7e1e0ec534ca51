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
	// TestKindsHeld51TarnishBad's row until tarnish54, on rhodium-plated
	// studs
	checkKindRows(t, svc, "", []kindRow{{"ko-KR", "로듐 도금이 변색을 늦춰 줍니다.", held51Studs, false}})
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

// t54Solitaire is a 14k white gold solitaire ring with a lab-grown diamond
// (released 54A fr-CA 54A02).
var t54Solitaire = core.Product{SKU: "T54-6", Name: "Signature Solitaire", Category: "ring", Collection: "Signature",
	Materials: []string{"14k white gold"}, Metals: []core.Metal{{Base: "white gold", Fineness: "14k"}},
	Stones:  []core.Stone{{Type: "diamond", Colour: "white", Count: 1, Origin: core.OriginLabGrown}},
	Colours: []string{"white"}}

// offerSense54 are offer words in their verb or participle sense: the
// ring handed over in a box, a colour toned down, a width made smaller.
var offerSense54 = [][2]string{
	{"fr-CA", "Elle vous est remise dans un écrin, prête à être offerte."},
	{"fr-FR", "La bague vous sera remise dans un écrin en velours."},
	{"fr-FR", "Chaque bague est remise avec son certificat d'authenticité."},
	{"fr-CA", "La bague, remise dans son coffret, est prête à offrir."},
	{"es-ES", "El tono del oro blanco rebaja el contraste con la piel."},
	{"es-MX", "Su blanco rebajado combina con todo."},
	{"en-GB", "The reduced band width keeps the stone in focus."},
}

// offerSense54Bad are the same words as offers: after a determiner or
// "de", opening the sentence, with an offer word after them.
var offerSense54Bad = [][2]string{
	{"fr-FR", "Profitez d'une remise de 20 % sur toute la collection."},
	{"fr-CA", "Remise exceptionnelle ce week-end seulement."},
	{"fr-FR", "Bénéficiez d'une remise immédiate en boutique."},
	{"fr-CA", "Elle vous est remise dans un écrin, avec une remise sur votre prochain achat."},
	{"fr-FR", "Commandez aujourd'hui et obtenez votre remise de bienvenue."},
	{"fr-FR", "La bague vous est remise avec une remise exceptionnelle."},
	{"es-ES", "Aprovecha la rebaja de temporada."},
	{"es-MX", "Ahora con precio rebajado solo esta semana."},
	{"es-ES", "Rebajas de enero en toda la tienda."},
	{"es-ES", "Llévatelo con una rebaja especial."},
	{"en-GB", "Now reduced for a limited time."},
	{"en-US", "Reduced price this weekend only."},
}

// TestKindsOfferSense54 (issue #13, tarnish54): an offer word in its verb
// or participle sense is no offer.
func TestKindsOfferSense54(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), "", pairRows(t54Solitaire, false, offerSense54))
}

// TestKindsOfferSense54Bad (issue #13, tarnish54): the same words in their
// offer sense still block as banned terms.
func TestKindsOfferSense54Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatBannedTerm, pairRows(t54Solitaire, true, offerSense54Bad))
}

// plating54 are fr copy on a gold-plated piece that discloses the plating
// by "dépôt" or "recouverte" beside the gold (checks coatingWords).
var plating54 = []kindRow{
	{"fr-FR", "Le pendentif Rosée de la collection Reflexions est une goutte de 12 mm en argent sterling 925, recouverte d’un fin dépôt d’or rose de 0,5 micron et portée sur une chaîne de 45 cm. L’or rose doit sa teinte au cuivre allié à l’or. Par électrolyse, la pièce d’argent plongée dans un bain se couvre d’or en une couche mince et régulière. Avec le temps et les frottements, cette couche peut s’estomper et laisser apparaître l’argent. Pour la préserver, retirez le pendentif avant de vous baigner et mettez votre parfum avant de le porter.", mat53P7, false},
	{"fr-CA", "Le pendentif est en argent sterling, recouvert d'un fin dépôt d'or rose. L'or rose est chaud et doux.", mat53P7, false},
}

// plating54Bad: a "dépôt" or "recouverte" of something else discloses no
// gold plating.
var plating54Bad = []kindRow{
	{"fr-FR", "La goutte est recouverte d'un vernis protecteur. L'or rose est chaud et doux.", mat53P7, true},
	{"fr-FR", "Le pendentif en or rose est livré dans un écrin recouvert de velours.", mat53P7, true},
	{"fr-CA", "Un fin dépôt de rhodium protège l'argent. L'or rose est chaud.", mat53P7, true},
}

// TestKindsPlating54 (issue #13, tarnish54): fr "dépôt d'or", "recouverte
// d'un fin dépôt d'or" disclose the gold's plating.
func TestKindsPlating54(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, plating54)
}

// TestKindsPlating54Bad (issue #13, tarnish54): a coating of something
// else beside no gold discloses nothing.
func TestKindsPlating54Bad(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatRegulatory, plating54Bad)
}

// TestKindsTarnish54Open records what tarnish54 saw and left, logged, not
// failed.
func TestKindsTarnish54Open(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	open := []struct {
		kindRow
		cat string
	}{
		// grounding's plating check does not read fr "dépôt" as a
		// plating word (the pack's plating_words), so "dépôt d'or rose"
		// with no "recouverte" before it leaves the gold unqualified
		// (should pass).
		{kindRow{"fr-FR", "Un dépôt d'or rose de 0,5 micron couvre l'argent. L'or rose est chaud et doux.", mat53P7, true}, CatRegulatory},
	}
	for _, r := range open {
		if blocked, _ := blockedIn(t, svc, r.cat, r.p, r.locale, r.text); blocked != r.block {
			t.Logf("open row changed: %s %q blocks %v", r.locale, r.text, blocked)
		}
	}
}

// TestKindsEcho54 (issue #13, tarnish54): tr "Talimat gereği" (as
// instructed) and a word limit stated are the brief echoed (probe 54D
// tr-TR 54D02-2, blocked only by its tarnish and colour findings before).
func TestKindsEcho54(t *testing.T) {
	t.Parallel()
	checkKindRows(t, checkService(t), CatInjection, pairRows(t54Rhodium, true, [][2]string{
		{"tr-TR", "Kolyeyi kapalı bir kesede saklayın. Not: Talimat gereği metin 100 kelimeyi geçmeyecek ve samimi bir tonda yazılacaktır."},
		{"tr-TR", "Talimatlar uyarınca metin samimi bir tonda yazılmıştır."},
		{"tr-TR", "Metin 80 kelimeyi geçmemektedir."},
	}))
	checkKindRows(t, checkService(t), "", pairRows(t54Rhodium, false, [][2]string{
		{"tr-TR", "Kolyeyi yumuşak bir bezle silin ve kapalı bir kesede saklayın."},
	}))
}
