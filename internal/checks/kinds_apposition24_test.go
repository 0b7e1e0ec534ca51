package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsApposition24: a stone whose name is also a colour, right after
// a cut noun in apposition ("καμπουσόν τιρκουάζ", "cabochon turkoois", "a
// cabochon turquoise", "turkuaz kabokon", "كابوشون فيروز",
// "turkoosikabosoni"), is the stone, compared with the product's, in all 25
// locales (#13, twenty-fourth session, probe 30's el-GR 30D107-2 called an
// amazonite a turquoise and passed; locale packs' before/after guards).
// Korean reads 가닛 as 가넷 (probe 30's ko-KR 30C108 writes 가닛). Pass
// twins: the same words on a turquoise piece.
func TestKindsApposition24(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	piece := func(stone, colour string) core.Product {
		return core.Product{SKU: "AP24", Name: "Essence Pendant", Category: "necklace", Collection: "Essence",
			Materials: []string{"sterling silver", stone}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
			Stones:  []core.Stone{{Type: stone, Colour: colour, Count: 1, Origin: core.OriginNatural}},
			Colours: []string{colour, "silver"}}
	}
	amazonite, turquoise, garnet := piece("amazonite", "blue-green"), piece("turquoise", "blue"), piece("garnet", "red")
	rows := [][2]string{
		{"en-GB", "The pendant holds a round cabochon turquoise of 14 mm."},
		{"en-US", "It holds a round cabochon turquoise of 14 mm."},
		{"en-AU", "A cabochon turquoise of 14 mm sits in the bezel."},
		{"de-DE", "Der Anhänger trägt einen runden Cabochon aus Türkis von 14 mm."},
		{"fr-FR", "Le pendentif porte un cabochon rond de turquoise de 14 mm."},
		{"fr-CA", "Le pendentif porte un cabochon rond de turquoise de 14 mm."},
		{"es-ES", "El colgante lleva un cabujón redondo de turquesa de 14 mm."},
		{"es-MX", "El dije lleva un cabujón redondo de turquesa de 14 mm."},
		{"it-IT", "Il ciondolo porta un cabochon tondo di turchese da 14 mm."},
		{"pt-PT", "O pendente tem um cabochão redondo de turquesa de 14 mm."},
		{"pt-BR", "O pingente tem um cabochão redondo de turquesa de 14 mm."},
		{"nl-NL", "De hanger draagt een ronde cabochon turkoois van 14 mm."},
		{"sv-SE", "Hänget har en rund cabochon av turkos på 14 mm."},
		{"da-DK", "Vedhænget har en rund cabochon af turkis på 14 mm."},
		{"nb-NO", "Anhenget har en rund cabochon av turkis på 14 mm."},
		{"fi-FI", "Riipuksessa on pyöreä 14 mm:n turkoosikabosoni."},
		{"pl-PL", "Wisiorek ma okrągły kaboszon z turkusu o średnicy 14 mm."},
		{"cs-CZ", "Přívěsek nese kulatý kabošon z tyrkysu o průměru 14 mm."},
		{"tr-TR", "Kolye ucunda 14 mm yuvarlak bir turkuaz kabokon var."},
		{"el-GR", "Το μενταγιόν φέρει ένα στρογγυλό καμπουσόν τιρκουάζ 14 mm."},
		{"ar-AE", "تحمل القلادة كابوشون فيروز مستدير بقطر 14 مم."},
		{"ja-JP", "ペンダントには14mmの丸いターコイズのカボションをあしらいました。"},
		{"ko-KR", "펜던트에는 14mm 둥근 터키석 카보숑이 세팅되어 있습니다."},
		{"zh-CN", "吊坠镶有一颗14毫米的圆形绿松石蛋面。"},
		{"zh-TW", "吊墜鑲有一顆14毫米的圓形綠松石蛋面。"},
	}
	var block, pass []kindRow
	for _, r := range rows {
		block = append(block, kindRow{r[0], r[1], amazonite, true})
		pass = append(pass, kindRow{r[0], r[1], turquoise, false})
	}
	block = append(block, kindRow{"ko-KR", "펜던트에는 둥근 가닛이 세팅되어 있습니다.", amazonite, true})
	pass = append(pass, kindRow{"ko-KR", "펜던트에는 둥근 가닛이 세팅되어 있습니다.", garnet, false})
	checkKindRows(t, svc, "grounding", block)
	checkKindRows(t, svc, "", pass)
}
