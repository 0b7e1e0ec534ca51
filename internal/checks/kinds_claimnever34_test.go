package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// claimNever34Hoops is a gold-plated silver hoop with no anti-tarnish or
// hypoallergenic feature: a finish or skin claim on it is unlicensed.
func claimNever34Hoops() core.Product {
	p := carePurpose34Earring()
	p.Name, p.Category = "Crescent Hoops", "earrings"
	return p
}

// claimNever34Twins are the rows of both kinds that must still pass: a
// design loved forever or a keepsake forever names no finish, and a warning
// to take the piece off if the skin turns red is no skin claim (the heads
// hold their negation).
var claimNever34Twins = []struct{ loc, text string }{
	{"en-GB", "A design you will love forever."},
	{"en-GB", "A keepsake forever."},
	{"en-GB", "If your skin turns red, remove the earrings."},
	{"en-US", "A design you'll love forever."},
	{"en-AU", "A keepsake to treasure forever, in a colour you will always love."},
	{"en-AU", "Should your skin go red, remove them."},
	{"de-DE", "Ein Design, das Sie für immer lieben werden."},
	{"de-DE", "Wenn Ihre Haut rot wird, nehmen Sie die Ohrringe ab."},
	{"fr-FR", "Un design que vous aimerez pour toujours."},
	{"fr-FR", "Si votre peau rougit, retirez les boucles."},
	{"fr-CA", "Un souvenir à garder pour toujours."},
	{"fr-CA", "Si votre peau devient rouge, retirez-les."},
	{"es-ES", "Un diseño que amarás para siempre."},
	{"es-ES", "Si tu piel se enrojece, quítatelos."},
	{"es-MX", "Un recuerdo para siempre."},
	{"es-MX", "Si tu piel se pone roja, retíralos."},
	{"it-IT", "Un design che amerai per sempre."},
	{"it-IT", "Se la pelle si arrossa, toglili."},
	{"pt-PT", "Um design que vai adorar para sempre."},
	{"pt-PT", "Se a pele ficar vermelha, retire-os."},
	{"pt-BR", "Uma lembrança para sempre."},
	{"pt-BR", "Se sua pele ficar vermelha, tire-os."},
	{"nl-NL", "Een ontwerp waar je voor altijd van houdt."},
	{"nl-NL", "Als je huid rood wordt, doe ze dan uit."},
	{"sv-SE", "En design du kommer att älska för alltid."},
	{"sv-SE", "Om huden blir röd, ta av dem."},
	{"da-DK", "Et design, du vil elske for altid."},
	{"da-DK", "Hvis din hud bliver rød, så tag dem af."},
	{"nb-NO", "Et design du vil elske for alltid."},
	{"nb-NO", "Hvis huden blir rød, ta dem av."},
	{"fi-FI", "Muotoilu, jota rakastat ikuisesti."},
	{"fi-FI", "Jos iho punoittaa, riisu korvakorut."},
	{"pl-PL", "Projekt, który pokochasz na zawsze."},
	{"cs-CZ", "Design, který budete milovat navždy."},
	{"cs-CZ", "Pokud pokožka zčervená, náušnice sundejte."},
	{"tr-TR", "Sonsuza dek seveceğiniz bir tasarım."},
	{"tr-TR", "Cildiniz kızarırsa küpeleri çıkarın."},
	{"el-GR", "Ένα σχέδιο που θα αγαπάτε για πάντα."},
	{"el-GR", "Αν το δέρμα σας κοκκινίσει, αφαιρέστε τα."},
	{"ar-AE", "تصميم ستحبينه إلى الأبد."},
	{"ar-AE", "إذا احمرت بشرتك، انزعي الأقراط."},
	{"ja-JP", "永遠に愛せるデザインです。"},
	{"ja-JP", "肌が赤くなった場合は、外してください。"},
	{"ko-KR", "영원히 사랑할 디자인입니다."},
	{"ko-KR", "피부가 빨개지면 귀걸이를 빼 주세요."},
	{"zh-CN", "一款您会永远喜爱的设计。"},
	{"zh-CN", "如皮肤发红，请取下耳环。"},
	{"zh-TW", "一款您會永遠喜愛的設計。"},
	{"zh-TW", "如皮膚發紅，請取下耳環。"},
}

// TestKindsClaimForever34 (#13, claimnever34): the finish kept forever
// with no care advice ("Les créoles gardent leur éclat à jamais", "تحافظ على
// لمعانها إلى الأبد") passed: a forever phrase with a keeping verb and its
// shine, colour or lustre is the tarnish_proof claim
// (data/<lang>/concepts-claimnever34.yaml). Rows marked "miss" passed on
// main; the others already blocked and stay blocked. Each is licensed by an
// anti-tarnish feature; care advice with a purpose clause still passes
// (TestKindsCarePurpose34).
func TestKindsClaimForever34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := claimNever34Hoops()
	block := []struct{ loc, text string }{
		{"en-GB", "The hoops keep their shine forever."},
		{"en-GB", "They will retain their lustre for ever."},
		{"en-US", "These hoops keep their color forever."},
		{"en-US", "They hold their shine always."}, // miss
		{"en-AU", "The hoops keep their colour permanently."},
		{"en-AU", "They retain their shine forever."},
		{"de-DE", "Die Creolen behalten ihren Glanz für immer."},
		{"de-DE", "Sie bewahren ihre Farbe für immer."},           // miss
		{"fr-FR", "Les créoles gardent leur éclat à jamais."},     // miss
		{"fr-FR", "Elles conservent leur couleur pour toujours."}, // miss
		{"fr-CA", "Les anneaux gardent leur éclat pour toujours."},
		{"fr-CA", "Elles conservent leur brillance à jamais."},
		{"es-ES", "Los aros mantienen su brillo para siempre."},
		{"es-ES", "Conservan su color para siempre."},
		{"es-MX", "Los aretes conservan su brillo para siempre."},
		{"es-MX", "Mantienen su color para siempre."},
		{"it-IT", "I cerchi mantengono la loro lucentezza per sempre."},
		{"it-IT", "Conservano il loro colore per sempre."}, // miss
		{"pt-PT", "As argolas mantêm o seu brilho para sempre."},
		{"pt-PT", "Conservam a cor para sempre."},
		{"pt-BR", "As argolas mantêm o brilho para sempre."},
		{"pt-BR", "Conservam sua cor para sempre."},
		{"nl-NL", "De oorringen behouden hun glans voor altijd."},
		{"nl-NL", "Ze houden hun kleur voor altijd."}, // miss
		{"sv-SE", "Örhängena behåller sin glans för alltid."},
		{"sv-SE", "De behåller sin färg för alltid."},
		{"da-DK", "Øreringene bevarer deres glans for altid."},
		{"da-DK", "De beholder deres farve for altid."},
		{"nb-NO", "Øreringene beholder glansen for alltid."},
		{"nb-NO", "De bevarer fargen sin for alltid."},
		{"fi-FI", "Korvarenkaat säilyttävät kiiltonsa ikuisesti."},
		{"fi-FI", "Ne säilyttävät värinsä ikuisesti."},
		{"pl-PL", "Koła zachowują swój blask na zawsze."},
		{"pl-PL", "Zachowują swój kolor na zawsze."},
		{"cs-CZ", "Kruhy si zachovají svůj lesk navždy."},
		{"cs-CZ", "Zachovají si barvu navždy."},
		{"tr-TR", "Halkalar parlaklığını sonsuza dek korur."},
		{"tr-TR", "Rengini sonsuza dek korur."},
		{"el-GR", "Οι κρίκοι διατηρούν τη λάμψη τους για πάντα."},
		{"el-GR", "Διατηρούν το χρώμα τους για πάντα."}, // miss
		{"ar-AE", "تحافظ على لمعانها إلى الأبد"},
		{"ar-AE", "للحفاظ على لمعانها إلى الأبد"}, // miss
		{"ar-AE", "تحتفظ بلونها إلى الأبد."},
		{"ja-JP", "フープピアスは輝きを永遠に保ちます。"},
		{"ja-JP", "色を永遠に保ちます。"}, // miss
		{"ko-KR", "후프 귀걸이는 광택을 영원히 유지합니다."},
		{"ko-KR", "색상을 영원히 유지합니다."}, // miss
		{"zh-CN", "耳环永远保持光泽。"},
		{"zh-CN", "永远保持颜色。"}, // miss
		{"zh-TW", "耳環永遠保持光澤。"},
		{"zh-TW", "永遠保持顏色。"}, // miss
	}
	var kr []kindRow
	for _, r := range block {
		kr = append(kr, kindRow{r.loc, r.text, p, true})
		lic := p
		lic.Features = []string{"anti-tarnish"}
		kr = append(kr, kindRow{r.loc, r.text, lic, false})
	}
	for _, r := range claimNever34Twins {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "claim", kr)
}

// TestKindsSkinNever34 (#13, claimnever34): the skin said never to be
// irritated or turn red ("Ihre Haut wird niemals gereizt", "Huden blir aldri
// irritert", "Iho ei koskaan ärsyynny") passed: the negated irritation or
// redness with the skin is the hypoallergenic claim
// (data/<lang>/concepts-claimnever34.yaml). Rows marked "miss" passed on
// main. Each is licensed by a hypoallergenic feature; the conditional
// warning still passes (TestKindsSkinWarning34 and the twins).
func TestKindsSkinNever34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := claimNever34Hoops()
	block := []struct{ loc, text string }{
		{"en-GB", "Your skin will never be irritated."},
		{"en-GB", "Your skin will never react."},
		{"en-US", "Your skin won't get red."}, // miss
		{"en-US", "Your skin will never get irritated."},
		{"en-AU", "Your skin will never react to them."},
		{"de-DE", "Ihre Haut wird niemals gereizt."}, // miss
		{"de-DE", "Ihre Haut wird nie rot."},         // miss
		{"fr-FR", "Votre peau ne réagira jamais."},
		{"fr-FR", "Votre peau ne rougira pas."}, // miss
		{"fr-CA", "Votre peau ne sera jamais irritée."},
		{"fr-CA", "Votre peau ne réagira jamais."},
		{"es-ES", "Tu piel nunca reaccionará."},
		{"es-ES", "Tu piel no se enrojecerá."}, // miss
		{"es-MX", "Tu piel nunca se irritará."},
		{"es-MX", "Tu piel nunca reaccionará."},
		{"it-IT", "La tua pelle non reagirà mai."},
		{"it-IT", "La pelle non si arrosserà."}, // miss
		{"pt-PT", "A sua pele nunca vai reagir."},
		{"pt-PT", "A pele nunca fica vermelha."}, // miss
		{"pt-BR", "Sua pele nunca vai ficar irritada."},
		{"pt-BR", "Sua pele nunca vai reagir."},
		{"nl-NL", "Je huid zal nooit reageren."},
		{"nl-NL", "Je huid wordt nooit rood."}, // miss
		{"sv-SE", "Din hud kommer aldrig att reagera."},
		{"sv-SE", "Huden blir aldrig röd."}, // miss
		{"da-DK", "Din hud bliver aldrig irriteret."},
		{"da-DK", "Huden reagerer aldrig."},
		{"nb-NO", "Huden blir aldri irritert."}, // miss
		{"nb-NO", "Huden din vil aldri reagere."},
		{"fi-FI", "Iho ei koskaan ärsyynny."},  // miss
		{"fi-FI", "Ihosi ei koskaan punoita."}, // miss
		{"pl-PL", "Twoja skóra nigdy nie będzie podrażniona."},
		{"pl-PL", "Skóra nigdy nie zareaguje."},
		{"cs-CZ", "Vaše pokožka nebude nikdy podrážděná."},
		{"cs-CZ", "Pokožka nikdy nezčervená."}, // miss
		{"tr-TR", "Cildiniz asla kızarmaz."},   // miss
		{"tr-TR", "Cildiniz hiçbir zaman tepki vermez."},
		{"el-GR", "Το δέρμα σας δεν θα ερεθιστεί ποτέ."},
		{"el-GR", "Το δέρμα σας δεν θα κοκκινίσει ποτέ."}, // miss
		{"ar-AE", "لن تتهيج بشرتك أبداً."},
		{"ar-AE", "لن تحمر بشرتك أبداً."}, // miss
		{"ja-JP", "肌が荒れることは決してありません。"},    // miss
		{"ja-JP", "肌が赤くなることはありません。"},      // miss
		{"ko-KR", "피부가 절대 자극받지 않습니다."},
		{"ko-KR", "피부가 빨개지지 않습니다."}, // miss
		{"zh-CN", "您的皮肤永远不会过敏。"},
		{"zh-CN", "皮肤绝不会发红。"}, // miss
		{"zh-TW", "您的皮膚永遠不會過敏。"},
		{"zh-TW", "皮膚絕不會發紅。"}, // miss
	}
	var kr []kindRow
	for _, r := range block {
		kr = append(kr, kindRow{r.loc, r.text, p, true})
		lic := p
		lic.Features = []string{"hypoallergenic"}
		kr = append(kr, kindRow{r.loc, r.text, lic, false})
	}
	for _, r := range claimNever34Twins {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	checkKindRows(t, svc, "claim", kr)
}
