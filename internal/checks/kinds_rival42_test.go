package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// rival42Zircon is a pair of natural blue zircon studs (pool A of blind set
// 42): copy explaining zircon measures its fire against a diamond's.
var rival42Zircon = core.Product{SKU: "RV42Z", Name: "Blue Zircon Studs", Category: "earrings", Collection: "Timeless", Materials: []string{"sterling silver"},
	Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}}, Stones: []core.Stone{{Type: "blue zircon", Colour: "blue", Count: 2, Origin: core.OriginNatural, Treatment: "heated"}}, Colours: []string{"blue"}}

// TestKindsRival42 (explained stones, blind set 42's zircon pool): a stone
// that another stone's fire or brilliance is measured against ("Its fire
// rivals that of a diamond", "comparable to that of a diamond", "mit dem
// eines Diamanten vergleichbar", "paragonabile a quella di un diamante",
// "ダイヤモンドに匹敵", "可与钻石媲美", "다이아몬드에 견줄 만") is the
// comparison's, not the piece's: the locale packs' looks_like and
// looks_like_after lists (grounding/light.go imitated, resembled) gain the
// words of equal measure in 19 vocabularies (16 of 24 rows blocked before),
// with "that of", "celui de", "quello di" inside the phrase where they
// would pass lookGap. A diamond the piece is set with still blocks.
func TestKindsRival42(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Its fire rivals that of a diamond.", rival42Zircon, false},
		{"en-GB", "It was long used as a diamond substitute.", rival42Zircon, false},
		{"en-GB", "Its brilliance is comparable to that of a diamond.", rival42Zircon, false},
		{"en-GB", "Its brilliance is comparable to diamond.", rival42Zircon, false},
		{"en-GB", "Its sparkle is on a par with diamond.", rival42Zircon, false},
		{"de-DE", "Sein Feuer ist mit dem eines Diamanten vergleichbar.", rival42Zircon, false},
		{"de-DE", "Sein Feuer steht dem eines Diamanten kaum nach.", rival42Zircon, false},
		{"fr-FR", "Son feu rivalise avec celui du diamant.", rival42Zircon, false},
		{"fr-FR", "Son éclat est comparable à celui d'un diamant.", rival42Zircon, false},
		{"es-ES", "Su fuego rivaliza con el del diamante.", rival42Zircon, false},
		{"es-ES", "Su brillo es comparable al de un diamante.", rival42Zircon, false},
		{"it-IT", "Il suo fuoco rivaleggia con quello del diamante.", rival42Zircon, false},
		{"it-IT", "La sua brillantezza è paragonabile a quella di un diamante.", rival42Zircon, false},
		{"pt-BR", "Seu fogo rivaliza com o do diamante.", rival42Zircon, false},
		{"nl-NL", "Zijn vuur kan wedijveren met dat van een diamant.", rival42Zircon, false},
		{"sv-SE", "Dess eld kan mäta sig med en diamants.", rival42Zircon, false},
		{"pl-PL", "Jego ogień dorównuje diamentowi.", rival42Zircon, false},
		{"cs-CZ", "Jeho oheň se vyrovná diamantu.", rival42Zircon, false},
		{"tr-TR", "Ateşi elmasınkiyle yarışır.", rival42Zircon, false},
		{"ja-JP", "そのファイアはダイヤモンドに匹敵します。", rival42Zircon, false},
		{"zh-CN", "它的火彩可与钻石媲美。", rival42Zircon, false},
		{"ko-KR", "그 광채는 다이아몬드에 견줄 만합니다.", rival42Zircon, false},
		{"en-GB", "The studs are set with a diamond.", rival42Zircon, true},
		{"fr-FR", "Les puces sont serties d'un diamant.", rival42Zircon, true},
		{"en-GB", "Its fire is comparable to that of a diamond, and the studs are set with two diamonds.", rival42Zircon, true},
		{"de-DE", "Die Stecker sind mit einem Diamanten besetzt, vergleichbar mit einem Zirkon.", rival42Zircon, true},
	})
}
