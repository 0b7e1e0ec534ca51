package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// The lucky charm named in its other noun phrases (#13, luckycharm21;
// released21a es-MX H21a09-0, and seen by the sixteenth session:
// "amuletos de la buena suerte", "talismany štěstí"): on a four-leaf clover
// necklace whose keywords say "lucky charm", "un regalo de cumpleaños con
// buena suerte incluida" blocked claim.health, as did the plural, "good"
// luck, the genitive and the amulet "for luck" in es, cs, pl, de, fr, it,
// pt, el, ja, ko, zh, ar. As protect14's lucky charm nouns they are idioms
// of health and forms of lucky_charm: they pass on a product whose data
// call it a charm and block elsewhere (FTC Act s. 5; EU UCPD 2005/29/EC
// Annex I no. 17; UK CAP Code 12.1). A charm said to bring luck still
// blocks on the charm.
func TestKindsLuckyCharm21(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	clover := core.Product{SKU: "LU21", Name: "Mother-of-Pearl Clover Necklace", Category: "necklace", Collection: "Moments",
		Materials: []string{"18k gold vermeil", "mother-of-pearl"}, Colours: []string{"yellow gold", "white"},
		Keywords:   []string{"clover necklace", "lucky charm", "mother-of-pearl"},
		Attributes: map[string]string{"motif": "four-leaf clover"}}
	plain := clover
	plain.Keywords = []string{"clover necklace", "mother-of-pearl"}
	checkOwnAndControl(t, svc, "claim", []kindRow{
		{"es-MX", "Un amuleto para todos los días y un regalo de cumpleaños con buena suerte incluida.", clover, false},
		{"es-MX", "Un collar con amuletos de la buena suerte.", clover, false},
		{"es-ES", "Un trébol de la buena suerte para cada día.", clover, false},
		{"cs-CZ", "Náhrdelník s talismany štěstí.", clover, false},
		{"cs-CZ", "Talisman štěstí na každý den.", clover, false},
		{"pl-PL", "Talizman szczęścia na co dzień.", clover, false},
		{"de-DE", "Ein Glückstalisman für jeden Tag.", clover, false},
		{"fr-FR", "Un trèfle porte-bonheur pour tous les jours.", clover, false},
		{"fr-CA", "Un talisman de chance à porter tous les jours.", clover, false},
		{"it-IT", "Un amuleto della fortuna per ogni giorno.", clover, false},
		{"pt-BR", "Amuletos da boa sorte para o dia a dia.", clover, false},
		{"el-GR", "Φυλαχτό για καλή τύχη κάθε μέρα.", clover, false},
		{"ja-JP", "毎日身につける幸運のお守りです。", clover, false},
		{"ko-KR", "매일 착용하는 행운의 부적입니다.", clover, false},
		{"zh-CN", "四叶草幸运护身符，适合日常佩戴。", clover, false},
		{"ar-AE", "تميمة حظ لكل يوم.", clover, false},
	}, func(r kindRow) (core.Product, bool) { return plain, true })
	// luck brought is the health claim on the charm too
	checkKindRows(t, svc, "claim", []kindRow{
		{"es-MX", "Este collar trae buena suerte a quien lo lleva.", clover, true},
		{"de-DE", "Dieser Anhänger bringt Glück.", clover, true},
		{"en-GB", "This necklace brings good luck to its wearer.", clover, true},
	})
}
