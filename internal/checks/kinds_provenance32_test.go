package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// TestKindsProvenance32: a superlative whose head is the material's
// specimens in general (specimens, stones, crystals, exemplares, sten,
// okazy, 結晶, 원석, 标本), the subject of a verb of provenance, says where
// the best of the material is found, a trade fact that grades no product
// (#13, provenance32; released 31b blind31B-pt-BR-31B109-1 "Os melhores
// exemplares vêm da Bahia", da-DK "de fineste sten findes i Utah i USA og
// i Australien"; checks materialProvenance with the superlatives.yaml
// provenance nouns, of, not_after, final and topic). Every row blocked
// claim.superlative before. The locales whose superlative lists hold no
// form of the rows' superlatives (tr-TR, ar-AE; "最高品質の", "die
// schönsten", "les plus beaux") passed already and have no row. The
// blocking twins grade a piece or the brand's own stones: "the finest
// sapphire ring you can buy", "the best stones we have ever set", "la
// plus belle bague vient de notre atelier" (a phrase ending in a piece
// noun, which passed before too), "nasze najlepsze kamienie", この最高の結晶.
func TestKindsProvenance32(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	q := core.Product{SKU: "P32Q", Name: "Rutilated Quartz Ring", Category: "ring", Collection: "Reflexions",
		Materials: []string{"sterling silver"}, Metals: []core.Metal{{Base: "sterling silver", Fineness: "925"}},
		Stones:  []core.Stone{{Type: "rutilated quartz", Colour: "clear", Count: 1, Origin: core.OriginNatural}},
		Colours: []string{"silver", "clear"}}
	checkKindRows(t, svc, "", []kindRow{
		{"en-GB", "Rutilated quartz is rock crystal grown around rutile needles. The finest specimens come from Bahia in Brazil.", q, false},
		{"en-US", "The finest stones are found in Bahia, Brazil.", q, false},
		{"en-AU", "The finest specimens of rutilated quartz come from Brazil.", q, false},
		{"fr-FR", "Les meilleures pierres se trouvent au Brésil.", q, false},
		{"fr-CA", "Les meilleurs spécimens proviennent de Bahia, au Brésil.", q, false},
		{"es-ES", "Los mejores ejemplares proceden de Bahía, en Brasil.", q, false},
		{"es-MX", "Las mejores piedras vienen de Bahía, en Brasil.", q, false},
		{"it-IT", "I migliori esemplari provengono da Bahia, in Brasile.", q, false},
		{"pt-BR", "Os melhores exemplares vêm da Bahia.", q, false},
		{"pt-PT", "As melhores pedras provêm da Bahia, no Brasil.", q, false},
		{"nl-NL", "De beste exemplaren komen uit Bahia in Brazilië.", q, false},
		{"sv-SE", "De bästa stenarna finns i Brasilien.", q, false},
		{"sv-SE", "De finaste exemplaren kommer från Bahia i Brasilien.", q, false},
		{"da-DK", "De fineste sten findes i Utah i USA og i Australien.", q, false},
		{"da-DK", "De bedste eksemplarer kommer fra Bahia i Brasilien.", q, false},
		{"nb-NO", "De fineste steinene finnes i Brasil.", q, false},
		{"nb-NO", "De beste eksemplarene kommer fra Bahia i Brasil.", q, false},
		{"fi-FI", "Parhaat yksilöt tulevat Brasilian Bahiasta.", q, false},
		{"fi-FI", "Parhaat kivet ovat peräisin Brasiliasta.", q, false},
		{"pl-PL", "Najlepsze kamienie pochodzą z Brazylii.", q, false},
		{"cs-CZ", "Nejlepší exempláře pocházejí z Bahie v Brazílii.", q, false},
		{"el-GR", "Τα καλύτερα δείγματα προέρχονται από την Μπαΐα της Βραζιλίας.", q, false},
		{"el-GR", "Οι καλύτερες πέτρες βρίσκονται στη Βραζιλία.", q, false},
		{"ja-JP", "最高の結晶はブラジルのバイーア州で採れます。", q, false},
		{"ko-KR", "최고의 원석은 브라질 바이아에서 나옵니다.", q, false},
		{"ko-KR", "최상의 표본은 브라질에서 산출됩니다.", q, false},
		{"zh-CN", "最好的标本产自巴西巴伊亚。", q, false},
		{"zh-TW", "最好的晶體產自巴西。", q, false},
	})
	checkKindRows(t, svc, CatClaim, []kindRow{
		{"en-GB", "The finest sapphire ring you can buy.", q, true},
		{"en-US", "The best stones we have ever set come from Bahia.", q, true},
		{"en-AU", "This ring holds the finest stones from Bahia.", q, true},
		{"fr-FR", "La plus belle bague vient de notre atelier.", q, true},
		{"fr-CA", "Les meilleurs spécimens que nous ayons sertis viennent de Bahia.", q, true},
		{"es-ES", "El mejor anillo viene de nuestro taller.", q, true},
		{"it-IT", "Il migliore anello viene dal nostro laboratorio.", q, true},
		{"pt-BR", "Os melhores exemplares que já engastamos vêm da Bahia.", q, true},
		{"pt-PT", "O melhor anel vem do nosso ateliê.", q, true},
		{"da-DK", "De fineste ringe kommer fra vores værksted.", q, true},
		{"sv-SE", "De bästa stenarna vi har fattat kommer från Bahia.", q, true},
		{"pl-PL", "Nasze najlepsze kamienie pochodzą z Brazylii.", q, true},
		{"el-GR", "Τα καλύτερα δαχτυλίδια προέρχονται από το εργαστήριό μας.", q, true},
		{"ja-JP", "この最高の結晶はブラジル産です。", q, true},
		{"ko-KR", "최고의 반지는 저희 공방에서 나옵니다.", q, true},
		{"zh-CN", "我们最好的宝石产自巴西。", q, true},
	})
}
