package checks

import "testing"

// Skin said not to react (#13, skinreact33): "your skin will never react"
// and "not even the most sensitive skin reacts" ("så skonsamma att inte
// ens den känsligaste huden reagerar", "Nicht einmal die empfindlichste
// Haut reagiert", "Ni siquiera la piel más sensible reacciona") are the
// hypoallergenic claim, which only the product's features license: they
// block on a plain sterling silver cuff and pass on a band whose features
// say hypoallergenic. The focus negation "not even" denies the verb, not
// the skin after it (focusNegated); the skin with a negated reaction verb
// is data/<lang>/concepts-skinreact33.yaml. Warnings ("if your skin
// reacts, take it off"), denials ("not suitable for sensitive skin") and
// "ani" as nor still pass. Japanese, Korean and Chinese rows blocked
// before; the other languages' rows passed.
func TestKindsSkinReact33(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	claims := [][2]string{
		{"en-GB", "Not even the most sensitive skin reacts to it."}, {"en-GB", "Your skin will never react."}, {"en-US", "Even the most sensitive skin won't react."}, {"en-AU", "It won't irritate even sensitive skin."},
		{"sv-SE", "Så skonsamma att inte ens den känsligaste huden reagerar."}, {"sv-SE", "Din hud kommer aldrig att reagera."},
		{"da-DK", "Så skånsomme, at ikke engang den mest følsomme hud reagerer."}, {"da-DK", "Din hud vil aldrig reagere."},
		{"nb-NO", "Så skånsomme at ikke engang den mest følsomme huden reagerer."}, {"nb-NO", "Huden din vil aldri reagere."},
		{"de-DE", "Nicht einmal die empfindlichste Haut reagiert."}, {"de-DE", "Ihre Haut wird nie reagieren."}, {"de-DE", "Selbst empfindlichste Haut reagiert nicht."},
		{"nl-NL", "Zelfs de gevoeligste huid reageert niet."}, {"nl-NL", "Niet eens de gevoeligste huid reageert erop."}, {"nl-NL", "Je huid zal nooit reageren."},
		{"fr-FR", "Même la peau la plus sensible ne réagit pas."}, {"fr-CA", "Pas même la peau la plus sensible ne réagit."}, {"fr-FR", "Votre peau ne réagira jamais."},
		{"es-ES", "Ni siquiera la piel más sensible reacciona."}, {"es-MX", "Su piel nunca reaccionará."},
		{"it-IT", "Nemmeno la pelle più sensibile reagisce."}, {"it-IT", "La sua pelle non reagirà mai."},
		{"pt-PT", "Nem mesmo a pele mais sensível reage."}, {"pt-BR", "Sua pele nunca vai reagir."},
		{"fi-FI", "Edes herkin iho ei reagoi."}, {"fi-FI", "Ihosi ei koskaan reagoi."},
		{"pl-PL", "Nawet najbardziej wrażliwa skóra nie reaguje."}, {"pl-PL", "Twoja skóra nigdy nie zareaguje."},
		{"cs-CZ", "Ani ta nejcitlivější pokožka nereaguje."}, {"cs-CZ", "Vaše pokožka nikdy nezareaguje."},
		{"tr-TR", "En hassas cilt bile tepki vermez."}, {"tr-TR", "Cildiniz asla tepki vermez."},
		{"el-GR", "Ούτε καν το πιο ευαίσθητο δέρμα δεν αντιδρά."}, {"el-GR", "Το δέρμα σας δεν θα αντιδράσει ποτέ."},
		{"ar-AE", "حتى أكثر أنواع البشرة حساسية لا تتفاعل معه."}, {"ar-AE", "لن تتهيج بشرتك أبدًا."},
		{"ja-JP", "どんなに敏感な肌でも反応しません。"}, {"ja-JP", "肌が反応することはありません。"},
		{"ko-KR", "아무리 민감한 피부도 반응하지 않습니다."}, {"ko-KR", "피부가 절대 반응하지 않습니다."},
		{"zh-CN", "即使是最敏感的肌肤也不会产生反应。"}, {"zh-CN", "您的肌肤永远不会过敏。"}, {"zh-TW", "即使是最敏感的肌膚也不會產生反應。"},
	}
	warnings := [][2]string{
		{"en-GB", "If your skin reacts, take the bracelet off."}, {"en-US", "Not suitable for sensitive skin."},
		{"sv-SE", "Om huden reagerar, ta av armbandet."}, {"da-DK", "Hvis din hud reagerer, så tag armbåndet af."},
		{"nb-NO", "Hvis huden din reagerer, ta av armbåndet."}, {"de-DE", "Wenn Ihre Haut reagiert, nehmen Sie das Armband ab."},
		{"de-DE", "Nicht für empfindliche Haut geeignet."}, {"nl-NL", "Als je huid reageert, doe de armband dan af."},
		{"fr-FR", "Si votre peau réagit, retirez le bracelet."}, {"es-ES", "Si su piel reacciona, quítese la pulsera."},
		{"it-IT", "Se la pelle reagisce, tolga il bracciale."}, {"pt-PT", "Se a sua pele reagir, retire a pulseira."},
		{"fi-FI", "Jos ihosi reagoi, ota rannekoru pois."}, {"pl-PL", "Jeśli skóra zareaguje, zdejmij bransoletkę."},
		{"cs-CZ", "Pokud pokožka zareaguje, náramek sundejte."}, {"cs-CZ", "Není vhodný pro alergiky ani pro citlivou pokožku."},
		{"tr-TR", "Cildiniz tepki verirse bilekliği çıkarın."}, {"el-GR", "Αν το δέρμα σας αντιδράσει, βγάλτε το βραχιόλι."},
	}
	var rows []kindRow
	for _, c := range claims {
		rows = append(rows, kindRow{c[0], c[1], plainCuff, true}, kindRow{c[0], c[1], steelBand, false})
	}
	for _, w := range warnings {
		rows = append(rows, kindRow{w[0], w[1], plainCuff, false})
	}
	checkKindRows(t, svc, CatClaim, rows)
}
