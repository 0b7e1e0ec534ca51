package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// carePurpose34Earring is a gold-plated silver earring with no anti-tarnish
// or hypoallergenic feature: a tarnish-proof or skin-safety claim on it is
// unlicensed.
func carePurpose34Earring() core.Product {
	return core.Product{SKU: "CP34", Name: "Crescent Drop Earrings", Category: "earrings", Collection: "Essence",
		Materials: []string{"gold-plated sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925", Plating: "gold"}},
		Colours: []string{"gold"}}
}

// TestKindsCarePurpose34 (#13, carepurpose34): care advice with a purpose
// clause, before or after it, is advice ("احفظيها بعيداً عن العطور والرطوبة
// لتحافظ على لمعانها", "Para conservar su brillo, guárdalos en un lugar
// seco" blocked claim.tarnish_proof): the care imperatives with an object
// pronoun attached are unless words (data/<lang>/concepts-carepurpose34.yaml).
// The shine kept forever stays the claim beside advice (the concept's
// forever phrases); advice beside "never" stays excused as
// TestDescriptionIsNoCareAdvice holds.
func TestKindsCarePurpose34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := carePurpose34Earring()
	pass := []locText{
		{"en-GB", "Keep them away from perfume and damp so they keep their shine."},
		{"en-GB", "To preserve their lustre, store them away from moisture."},
		{"en-US", "Store them dry to keep their shine."},
		{"en-US", "Wipe them with a soft cloth so they stay bright."},
		{"en-AU", "Keep them away from perfume and moisture so they keep their shine."},
		{"en-AU", "To keep their shine, store them in the pouch."},
		{"de-DE", "Bewahren Sie sie fern von Parfum und Feuchtigkeit auf, damit sie ihren Glanz behalten."},
		{"de-DE", "Um ihren Glanz zu bewahren, lagern Sie sie trocken."},
		{"fr-FR", "Rangez-les à l'abri du parfum et de l'humidité pour qu'elles gardent leur éclat."},
		{"fr-FR", "Pour préserver leur éclat, rangez-les à l'abri de l'humidité."},
		{"fr-CA", "Gardez-les loin du parfum et de l'humidité afin qu'elles conservent leur éclat."},
		{"fr-CA", "Pour conserver leur éclat, essuyez-les avec un chiffon doux."},
		{"es-ES", "Guárdalos lejos del perfume y la humedad para que mantengan su brillo."},
		{"es-ES", "Para conservar su brillo, guárdalos en un lugar seco."},
		{"es-MX", "Mantenlos lejos del perfume y la humedad para que conserven su brillo."},
		{"es-MX", "Para que conserven su brillo, límpialos con un paño suave."},
		{"it-IT", "Conservali lontano da profumi e umidità perché mantengano la loro lucentezza."},
		{"it-IT", "Per preservarne la lucentezza, riponili al riparo dall'umidità."},
		{"pt-PT", "Guarde-os longe do perfume e da humidade para que mantenham o seu brilho."},
		{"pt-PT", "Para preservar o brilho, guarde-os num local seco."},
		{"pt-BR", "Guarde-os longe de perfume e umidade para que mantenham o brilho."},
		{"pt-BR", "Para preservar o brilho, guarde-os em local seco."},
		{"nl-NL", "Bewaar ze uit de buurt van parfum en vocht, zodat ze hun glans behouden."},
		{"nl-NL", "Om de glans te behouden, bewaar je ze droog."},
		{"sv-SE", "Förvara dem borta från parfym och fukt så att de behåller sin glans."},
		{"sv-SE", "För att bevara glansen, förvara dem torrt."},
		{"da-DK", "Opbevar dem væk fra parfume og fugt, så de bevarer deres glans."},
		{"da-DK", "For at bevare glansen skal du opbevare dem tørt."},
		{"nb-NO", "Oppbevar dem unna parfyme og fuktighet, så de beholder glansen."},
		{"nb-NO", "For å bevare glansen bør du oppbevare dem tørt."},
		{"fi-FI", "Säilytä korvakorut erillään hajusteista ja kosteudesta, jotta ne säilyttävät kiiltonsa."},
		{"fi-FI", "Jotta kiilto säilyy, säilytä korvakorut kuivassa."},
		{"pl-PL", "Przechowuj je z dala od perfum i wilgoci, aby zachowały swój blask."},
		{"pl-PL", "Aby zachować ich blask, przechowuj je w suchym miejscu."},
		{"cs-CZ", "Uchovávejte je mimo parfémy a vlhkost, aby si zachovaly svůj lesk."},
		{"cs-CZ", "Aby si zachovaly lesk, uchovávejte je v suchu."},
		{"tr-TR", "Parlaklığını korumak için parfüm ve nemden uzak saklayın."},
		{"tr-TR", "Parlaklığını koruması için yumuşak bir bezle silin."},
		{"el-GR", "Φυλάξτε τα μακριά από αρώματα και υγρασία για να διατηρήσουν τη λάμψη τους."},
		{"el-GR", "Για να διατηρήσουν τη λάμψη τους, φυλάξτε τα σε στεγνό μέρος."},
		{"ar-AE", "احفظيها بعيداً عن العطور والرطوبة لتحافظ على لمعانها"},
		{"ar-AE", "للحفاظ على لمعانها، احفظيها بعيداً عن الرطوبة."},
		{"ar-AE", "امسحيها بقطعة قماش ناعمة لتحافظ على بريقها."},
		{"ja-JP", "輝きを保つために、香水や湿気を避けて保管してください。"},
		{"ja-JP", "柔らかい布で拭いて輝きを保ってください。"},
		{"ko-KR", "광택을 유지하려면 향수와 습기를 피해 보관하세요."},
		{"ko-KR", "부드러운 천으로 닦아 광택을 유지하세요."},
		{"zh-CN", "请远离香水和潮湿存放，以保持光泽。"},
		{"zh-CN", "为保持光泽，请用软布擦拭。"},
		{"zh-TW", "請遠離香水和潮濕存放，以保持光澤。"},
		{"zh-TW", "為保持光澤，請用軟布擦拭。"},
	}
	block := []locText{
		{"en-GB", "Keep them away from perfume so they keep their shine forever, no care needed."},
		{"en-GB", "Keep them away from perfume and they will never tarnish."},
		{"en-US", "They keep their shine for years."},
		{"en-AU", "Store them dry to keep their shine forever."},
		{"de-DE", "Bewahren Sie sie trocken auf, damit sie ihren Glanz für immer behalten."},
		{"fr-FR", "Rangez-les à l'abri de l'humidité pour qu'elles gardent leur éclat pour toujours."},
		{"es-ES", "Guárdalos en un lugar seco para que mantengan su brillo para siempre."},
		{"it-IT", "Conservali all'asciutto perché mantengano la loro lucentezza per sempre."},
		{"pt-PT", "Guarde-os num local seco para que mantenham o brilho para sempre."},
		{"nl-NL", "Bewaar ze droog, zodat ze hun glans voor altijd behouden."},
		{"sv-SE", "Förvara dem torrt så att de behåller sin glans för alltid."},
		{"da-DK", "Opbevar dem tørt, så de bevarer deres glans for altid."},
		{"nb-NO", "Oppbevar dem tørt, så beholder de glansen for alltid."},
		{"fi-FI", "Säilytä korvakorut kuivassa, jotta ne säilyttävät kiiltonsa ikuisesti."},
		{"pl-PL", "Przechowuj je w suchym miejscu, aby zachowały swój blask na zawsze."},
		{"cs-CZ", "Uchovávejte je v suchu, aby si zachovaly lesk navždy."},
		{"tr-TR", "Nemden uzak saklayın, parlaklığını sonsuza dek korur."},
		{"el-GR", "Φυλάξτε τα σε στεγνό μέρος για να διατηρήσουν τη λάμψη τους για πάντα."},
		{"ar-AE", "احفظيها بعيداً عن العطور والرطوبة لتحافظ على لمعانها إلى الأبد"},
		{"ar-AE", "تحافظ على لمعانها لسنوات."},
		{"ja-JP", "湿気を避けて保管すれば、輝きを永遠に保ちます。"},
		{"ko-KR", "습기를 피해 보관하면 광택을 영원히 유지합니다."},
		{"zh-CN", "请远离潮湿存放，以永远保持光泽。"},
		{"zh-CN", "请远离潮湿存放，永远不会变色。"},
		{"zh-TW", "請遠離潮濕存放，以永遠保持光澤。"},
		{"fr-CA", "Essuyez-les avec un chiffon doux pour qu'elles gardent leur éclat pour toujours."},
		{"it-IT", "Puliscili con un panno morbido perché restino brillanti per sempre."},
		{"pt-BR", "Guarde-os em local seco para que mantenham o brilho para sempre."},
		{"es-MX", "Guárdalos en un lugar seco para que conserven su brillo para siempre."},
		{"da-DK", "Tør dem af med en blød klud, så de bevarer glansen for altid."},
		{"sv-SE", "Torka av dem med en mjuk trasa så att de behåller glansen för alltid."},
	}
	checkKindRows(t, svc, "claim", passBlockRows(p, pass, block))
}

// TestKindsSkinWarning34 (#13, skinwarning34): a conditional warning about
// the skin ("إذا تهيجت بشرتك، انزعي السوار", "If your skin becomes irritated,
// remove the bracelet") is no skin-safety claim: the condition before the
// irritation word is an idiom of hypoallergenic
// (data/<lang>/concepts-skinwarning34.yaml); the promise still blocks.
func TestKindsSkinWarning34(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := carePurpose34Earring()
	p.Name, p.Category = "Crescent Bangle", "bracelet"
	pass := []locText{
		{"en-GB", "If your skin becomes irritated, remove the bracelet."},
		{"en-US", "If your skin gets irritated, take the bracelet off."},
		{"en-AU", "Should your skin become irritated, remove the bracelet."},
		{"de-DE", "Wenn Ihre Haut gereizt ist, nehmen Sie das Armband ab."},
		{"fr-FR", "Si votre peau est irritée, retirez le bracelet."},
		{"fr-CA", "En cas d'irritation de la peau, retirez le bracelet."},
		{"es-ES", "Si tu piel se irrita, quítate la pulsera."},
		{"es-MX", "Si tu piel se irrita, retira la pulsera."},
		{"it-IT", "Se la pelle si irrita, togli il bracciale."},
		{"pt-PT", "Se a pele ficar irritada, retire a pulseira."},
		{"pt-BR", "Se sua pele ficar irritada, tire a pulseira."},
		{"nl-NL", "Als je huid geïrriteerd raakt, doe de armband dan af."},
		{"sv-SE", "Om huden blir irriterad, ta av armbandet."},
		{"da-DK", "Hvis din hud bliver irriteret, så tag armbåndet af."},
		{"nb-NO", "Hvis huden blir irritert, ta av armbåndet."},
		{"fi-FI", "Jos iho ärtyy, riisu rannekoru."},
		{"pl-PL", "Jeśli skóra zostanie podrażniona, zdejmij bransoletkę."},
		{"cs-CZ", "Pokud se vaše pokožka podráždí, náramek sundejte."},
		{"tr-TR", "Cildiniz tahriş olursa bileziği çıkarın."},
		{"el-GR", "Αν το δέρμα σας ερεθιστεί, αφαιρέστε το βραχιόλι."},
		{"ar-AE", "إذا تهيجت بشرتك، انزعي السوار"},
		{"ar-AE", "في حال تهيج البشرة، انزعي السوار فوراً."},
		{"ja-JP", "肌に異常を感じた場合は、ブレスレットを外してください。"},
		{"ko-KR", "피부가 자극을 받으면 팔찌를 빼 주세요."},
		{"zh-CN", "如皮肤出现刺激，请取下手镯。"},
		{"zh-TW", "如皮膚出現刺激，請取下手鐲。"},
	}
	block := []locText{
		{"en-GB", "Your skin will never be irritated."},
		{"en-US", "Safe for sensitive skin."},
		{"en-AU", "It won't irritate your skin, so there's no need to remove the bracelet."},
		{"de-DE", "Sicher für empfindliche Haut."},
		{"fr-FR", "Votre peau ne sera jamais irritée."},
		{"fr-CA", "Sans danger pour les peaux sensibles."},
		{"es-ES", "Tu piel nunca se irritará."},
		{"es-MX", "Segura para piel sensible."},
		{"it-IT", "La tua pelle non si irriterà mai."},
		{"pt-PT", "A sua pele nunca ficará irritada."},
		{"pt-BR", "Segura para pele sensível."},
		{"nl-NL", "Je huid raakt nooit geïrriteerd."},
		{"sv-SE", "Huden blir aldrig irriterad."},
		{"da-DK", "Sikker for sensitiv hud."},
		{"nb-NO", "Trygg for sensitiv hud."},
		{"fi-FI", "Turvallinen herkälle iholle."},
		{"pl-PL", "Bezpieczna dla wrażliwej skóry."},
		{"cs-CZ", "Bezpečný pro citlivou pokožku."},
		{"tr-TR", "Cildiniz asla tahriş olmaz."},
		{"el-GR", "Ασφαλές για ευαίσθητο δέρμα."},
		{"ar-AE", "لن تتهيج بشرتك أبداً."},
		{"ar-AE", "آمن للبشرة الحساسة."},
		{"ja-JP", "敏感肌にも安心です。"},
		{"ko-KR", "민감한 피부에도 안전합니다."},
		{"zh-CN", "敏感肌肤也可放心佩戴。"},
		{"zh-TW", "敏感肌膚也可安心配戴。"},
	}
	checkKindRows(t, svc, "claim", passBlockRows(p, pass, block))
}

// locText is a text in a locale.
type locText struct{ loc, text string }

// passBlockRows makes the rows of texts on p that must pass and of texts
// that must block.
func passBlockRows(p core.Product, pass, block []locText) []kindRow {
	var kr []kindRow
	for _, r := range pass {
		kr = append(kr, kindRow{r.loc, r.text, p, false})
	}
	for _, r := range block {
		kr = append(kr, kindRow{r.loc, r.text, p, true})
	}
	return kr
}
