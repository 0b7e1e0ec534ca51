package checks

import (
	"testing"

	"github.com/copydesk/copydesk/internal/core"
)

// A word of genuineness said of the stone ("it is real petrified wood",
// "خشب متحجر حقيقي") says what the material is, not what the piece is made
// of (#13, genuine26; released 26's ar-AE peanut wood "وعلى عكس اليشب
// الدلماسي، فهو خشب متحجر حقيقي", unlike Dalmatian jasper it is real
// petrified wood, blocked on the jasper because حقيقي was read as the
// piece's "solid"). Petrified wood is now a stone of every vocabulary, so
// the product's "peanut wood (petrified wood)" names its topic. Every pass
// row blocks on an amber pendant; the same word beside a metal of the
// piece ("real bronze with a jasper inlay") still makes the sentence the
// piece's.
func TestKindsGenuine26(t *testing.T) {
	t.Parallel()
	svc := checkService(t)
	p := core.Product{SKU: "K26G1", Name: "Heritage Pendant", Category: "pendant", Collection: "Heritage",
		Materials: []string{"bronze", "peanut wood (petrified wood)"}, Metals: []core.Metal{{Base: "bronze"}},
		Stones: []core.Stone{{Type: "peanut wood", Colour: "brown", Count: 1, Origin: "natural"}}}
	amber := p
	amber.Materials = []string{"bronze", "amber"}
	amber.Stones = []core.Stone{{Type: "amber", Colour: "honey", Count: 1, Origin: "natural"}}
	rows := []kindRow{
		{"en-GB", "Unlike Dalmatian jasper, it is real petrified wood.", p, false},
		{"en-US", "Unlike jasper, it is genuine petrified wood.", p, false},
		{"en-AU", "Unlike jasper, it is real petrified wood.", p, false},
		{"de-DE", "Anders als Jaspis ist es echtes versteinertes Holz.", p, false},
		{"fr-FR", "Contrairement au jaspe, c'est du vrai bois pétrifié.", p, false},
		{"fr-CA", "Contrairement au jaspe, c'est un véritable bois pétrifié.", p, false},
		{"es-ES", "A diferencia del jaspe, es auténtica madera petrificada.", p, false},
		{"es-MX", "A diferencia del jaspe, es madera petrificada auténtica.", p, false},
		{"it-IT", "A differenza del diaspro, è vero legno pietrificato.", p, false},
		{"pt-PT", "Ao contrário do jaspe, é madeira petrificada verdadeira.", p, false},
		{"pt-BR", "Diferente do jaspe, é madeira petrificada de verdade.", p, false},
		{"nl-NL", "Anders dan jaspis is het echt versteend hout.", p, false},
		{"sv-SE", "Till skillnad från jaspis är det äkta förstenat trä.", p, false},
		{"da-DK", "I modsætning til jaspis er det ægte forstenet træ.", p, false},
		{"nb-NO", "I motsetning til jaspis er det ekte forsteinet tre.", p, false},
		{"fi-FI", "Toisin kuin jaspis, se on aitoa kivettynyttä puuta.", p, false},
		{"pl-PL", "To nie jaspis, lecz prawdziwe skamieniałe drewno.", p, false},
		{"cs-CZ", "Na rozdíl od jaspisu je to pravé zkamenělé dřevo.", p, false},
		{"el-GR", "Σε αντίθεση με τον ίασπι, είναι αληθινό απολιθωμένο ξύλο.", p, false},
		{"tr-TR", "Jaspisin aksine, bu gerçek bir taşlaşmış ağaç.", p, false},
		{"ar-AE", "وعلى عكس اليشب، فهو خشب متحجر حقيقي.", p, false},
		{"ja-JP", "ジャスパーとは違い、本物の珪化木です。", p, false},
		{"ko-KR", "재스퍼와 달리 진짜 규화목입니다.", p, false},
		{"zh-CN", "与碧玉不同，它是真正的硅化木。", p, false},
		{"zh-TW", "與碧玉不同，它是真正的矽化木。", p, false},
	}
	checkOwnAndControl(t, svc, "grounding", rows, func(r kindRow) (core.Product, bool) { return amber, true })
	checkKindRows(t, svc, "grounding", []kindRow{
		{"en-GB", "Petrified wood is older than jasper; the pendant is real bronze with a jasper inlay.", p, true},
		{"de-DE", "Versteinertes Holz ist älter als Jaspis; der Anhänger ist echte Bronze mit Jaspis.", p, true},
		{"ar-AE", "الخشب المتحجر أقدم من اليشب، والقلادة من البرونز الحقيقي مع اليشب.", p, true},
	})
}
