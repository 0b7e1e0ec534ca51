package checks

import "testing"

// TestKindsColourMiss47 (#13, colourmiss47): a wrong colour said of the
// piece's own stone as the predicate of a copula gave no finding: "The
// sapphire is a deep yellow", "The sapphire in this ring is yellow" on a
// pink sapphire ring were compared with the piece's colours and materials
// (a white gold piece's hold "yellow", gold), not with the stone's. Across
// a copula before the predicate (copulas: "is a deep yellow", "est d'un
// jaune", "es de un amarillo", three words at most, no other fact between)
// or a copula after it or its ending (copulas_after, copula_endings:
// サファイアは深い黄色です, "safirin rengi sarıdır", 노란색입니다), the colour is
// the stone's (grounding colour_predicate.go copulaStone), not in a
// sentence about the material in general (story, nature, species words,
// the new generic_words "usually", "most", a comparison). de gains colours
// with their depth in one word (tiefgelb, dunkelgelb, zartrosa stays
// pink's), zh 深黄色. The right colour predicated, a
// dress's or a light's colour beside it pass in 25 locales.
func TestKindsColourMiss47(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", []kindRow{
		// bad twins: a wrong colour said of the piece's stone, 25 locales
		{"en-GB", "The sapphire in this ring is yellow.", pk, true},
		{"en-US", "The sapphire in this ring is yellow.", pk, true},
		{"en-AU", "The sapphire in this ring is yellow.", pk, true},
		{"de-DE", "Der Saphir dieses Rings ist gelb.", pk, true},
		{"fr-FR", "Le saphir de cette bague est jaune.", pk, true},
		{"fr-CA", "Le saphir de cette bague est jaune.", pk, true},
		{"es-ES", "El zafiro de este anillo es amarillo.", pk, true},
		{"es-MX", "El zafiro de este anillo es amarillo.", pk, true},
		{"it-IT", "Lo zaffiro di questo anello è giallo.", pk, true},
		{"pt-PT", "A safira deste anel é amarela.", pk, true},
		{"pt-BR", "A safira deste anel é amarela.", pk, true},
		{"nl-NL", "De saffier van deze ring is geel.", pk, true},
		{"sv-SE", "Den här ringens safir är gul.", pk, true},
		{"da-DK", "Denne rings safir er gul.", pk, true},
		{"nb-NO", "Denne ringens safir er gul.", pk, true},
		{"fi-FI", "Tämän sormuksen safiiri on keltainen.", pk, true},
		{"pl-PL", "Szafir w tym pierścionku jest żółty.", pk, true},
		{"cs-CZ", "Safír v tomto prstenu je žlutý.", pk, true},
		{"el-GR", "Το ζαφείρι αυτού του δαχτυλιδιού είναι κίτρινο.", pk, true},
		{"ja-JP", "このリングのサファイアは黄色です。", pk, true},
		{"ko-KR", "이 반지의 사파이어는 노란색입니다.", pk, true},
		{"zh-CN", "这枚戒指的蓝宝石是黄色的。", pk, true},
		{"zh-TW", "這枚戒指的藍寶石是黃色的。", pk, true},
		{"tr-TR", "Bu yüzükteki safirin rengi sarıdır.", pk, true},
		{"ar-AE", "الياقوت في هذا الخاتم هو أصفر اللون.", pk, true},
		{"en-GB", "The sapphire is a deep yellow.", pk, true},
		{"en-US", "The sapphire in this ring is yellow, one of the many colors sapphires come in.", pk, true},
		{"de-DE", "Der Saphir ist tiefgelb.", pk, true},
		{"de-DE", "Der Saphir dieses Rings ist dunkelgelb.", pk, true},
		{"fr-FR", "Le saphir est d'un jaune profond.", pk, true},
		{"es-ES", "El zafiro es de un amarillo intenso.", pk, true},
		{"ja-JP", "サファイアは深い黄色です。", pk, true},
		{"ko-KR", "사파이어는 짙은 노란색입니다.", pk, true},
		{"tr-TR", "Yüzükteki safir koyu sarıdır.", pk, true},
		{"zh-CN", "这枚戒指的蓝宝石是深黄色的。", pk, true},
		// clean twins: the stone's own colour, a dress's, a light's
		{"en-GB", "The sapphire in this ring is pink.", pk, false},
		{"en-US", "The sapphire in this ring is pink.", pk, false},
		{"en-AU", "The sapphire in this ring is pink.", pk, false},
		{"de-DE", "Der Saphir dieses Rings ist rosa.", pk, false},
		{"fr-FR", "Le saphir de cette bague est rose.", pk, false},
		{"fr-CA", "Le saphir de cette bague est rose.", pk, false},
		{"es-ES", "El zafiro de este anillo es rosa.", pk, false},
		{"es-MX", "El zafiro de este anillo es rosa.", pk, false},
		{"it-IT", "Lo zaffiro di questo anello è rosa.", pk, false},
		{"pt-PT", "A safira deste anel é cor-de-rosa.", pk, false},
		{"pt-BR", "A safira deste anel é rosa.", pk, false},
		{"nl-NL", "De saffier van deze ring is roze.", pk, false},
		{"sv-SE", "Den här ringens safir är rosa.", pk, false},
		{"da-DK", "Denne rings safir er lyserød.", pk, false},
		{"nb-NO", "Denne ringens safir er rosa.", pk, false},
		{"fi-FI", "Tämän sormuksen safiiri on vaaleanpunainen.", pk, false},
		{"pl-PL", "Szafir w tym pierścionku jest różowy.", pk, false},
		{"cs-CZ", "Safír v tomto prstenu je růžový.", pk, false},
		{"el-GR", "Το ζαφείρι αυτού του δαχτυλιδιού είναι ροζ.", pk, false},
		{"tr-TR", "Bu yüzükteki safirin rengi pembedir.", pk, false},
		{"ar-AE", "الياقوت في هذا الخاتم هو وردي اللون.", pk, false},
		{"ja-JP", "このリングのサファイアはピンクです。", pk, false},
		{"ko-KR", "이 반지의 사파이어는 분홍색입니다.", pk, false},
		{"zh-CN", "这枚戒指的蓝宝石是粉色的。", pk, false},
		{"zh-TW", "這枚戒指的藍寶石是粉色的。", pk, false},
		{"en-GB", "The sapphire is a soft pink that looks lovely with a yellow summer dress.", pk, false},
		{"fr-FR", "Le saphir est d'un rose tendre, superbe avec une robe jaune.", pk, false},
		{"de-DE", "Der Saphir ist zartrosa und passt zu einem gelben Kleid.", pk, false},
		{"en-GB", "The sapphire is pink and catches warm yellow light.", pk, false},
		{"ja-JP", "サファイアは淡いピンクです。", pk, false},
	})
}

// TestKindsColourMiss47Open (#13, colourmiss47): rows not reached (zh 呈
// blocks since colourmiss47b, TestKindsColourMiss47B). A possessive of the piece
// before a list of colours after "come in" only warns; fr "Notre bague au
// saphir jaune : il existe aussi des saphirs jaunes" reads the whole
// sentence as a variant offered ("il existe aussi"); ar without a copula
// (the nominal sentence "الياقوت في هذا الخاتم أصفر": blocks since colourmiss47b); sv/da/nb "Safiren"
// (the definite form is no stone of the packs: adding it made titanium in
// "Safiren upphettas med titan" the treatment's, TestKindsContrast46).
func TestKindsColourMiss47Open(t *testing.T) {
	t.Skip("colourmiss47: open rows, see the doc comment")
	svc := checkService(t)
	pk := colour47Pink
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "This ring's sapphires come in every colour: blue, green and orange.", pk, true},
		{"fr-FR", "Notre bague au saphir jaune : il existe aussi des saphirs jaunes.", pk, true},
		{"sv-SE", "Safiren i den här ringen är gul.", pk, true},
	})
}
